import { describe, expect, it } from '@jest/globals'
import { localDaemon } from '../../../../src/modes/build/index.js'

describe('localDaemon: whether the daemon can reach a registry of the action on loopback', () => {
  it('the default socket, a unix socket or a named pipe: yes', () => {
    expect(localDaemon({})).toBe(true)
    expect(localDaemon({ DOCKER_HOST: '' })).toBe(true)
    expect(localDaemon({ DOCKER_HOST: 'unix:///run/user/1000/docker.sock' })).toBe(true)
    expect(localDaemon({ DOCKER_HOST: 'npipe:////./pipe/docker_engine' })).toBe(true)
  })
  it('a daemon over TCP or SSH (another machine): no', () => {
    expect(localDaemon({ DOCKER_HOST: 'tcp://203.0.113.5:2376' })).toBe(false)
    expect(localDaemon({ DOCKER_HOST: 'ssh://builder@host' })).toBe(false)
  })
})
