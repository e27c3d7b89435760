import { describe, expect, it } from '@jest/globals'
import { existsSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { memoryLog } from './support/memory-log.js'
import { runPost } from '../../src/post.js'
import { memoryState } from './support/memory-state.js'
import { recordingRunner } from './support/recording-runner.js'

describe('runPost', () => {
  it('removes the builder with the daemon settings of the main step, and the temporary directories', async () => {
    const r = recordingRunner()
    const dir = mkdtempSync(join(tmpdir(), 'mp-post-'))
    const state = memoryState()
    state.save({ builder: 'multiarch-publish-abc', tempDirs: [dir], dockerEnv: { DOCKER_HOST: 'unix:///d.sock' } })
    await runPost({ runner: r.runner, log: memoryLog(), state, env: { PATH: '/bin' } })
    expect(r.lines()).toEqual(['docker buildx rm --force multiarch-publish-abc'])
    expect(r.calls[0]?.env).toEqual({ PATH: '/bin', DOCKER_HOST: 'unix:///d.sock' })
    expect(existsSync(dir)).toBe(false)
  })

  it('warns and goes on when the builder cannot be removed (e.g. the job was cancelled mid-creation)', async () => {
    const r = recordingRunner([['docker buildx rm', { exitCode: 1, stderr: 'ERROR: no builder "x" found\n' }]])
    const log = memoryLog()
    const dir = mkdtempSync(join(tmpdir(), 'mp-post-'))
    const state = memoryState()
    state.save({ builder: 'x', tempDirs: [dir] })
    await runPost({ runner: r.runner, log, state, env: {} })
    expect(log.lines).toContain('warning: could not remove builder x: ERROR: no builder "x" found')
    expect(existsSync(dir)).toBe(false)
  })

  it('kills a docker-container builder instead of stopping it, then removes its volume and buildx entry', async () => {
    const r = recordingRunner()
    const state = memoryState()
    state.save({
      builder: 'mp-abc',
      builderDriver: 'docker-container',
      untag: ['127.0.0.1:0/multiarch-publish/buildkit:moby-buildkit-buildx-stable-1'],
      tempDirs: [],
    })
    await runPost({ runner: r.runner, log: memoryLog(), state, env: {} })
    expect(r.lines()[0]).toBe('docker rm --force buildx_buildkit_mp-abc0')
    // and the local tag its image ran under
    expect(r.lines().slice(1).sort()).toEqual([
      'docker buildx rm --force mp-abc',
      'docker rmi 127.0.0.1:0/multiarch-publish/buildkit:moby-buildkit-buildx-stable-1',
      'docker volume rm --force buildx_buildkit_mp-abc0_state',
    ])
  })

  it('removes the local tag of the builder image when the step stopped before creating the builder', async () => {
    const r = recordingRunner()
    const state = memoryState()
    state.save({ untag: ['127.0.0.1:0/multiarch-publish/buildkit:moby-buildkit-buildx-stable-1'], tempDirs: [] })
    await runPost({ runner: r.runner, log: memoryLog(), state, env: {} })
    expect(r.lines()).toEqual(['docker rmi 127.0.0.1:0/multiarch-publish/buildkit:moby-buildkit-buildx-stable-1'])
  })

  it('does nothing for a run that created no builder (docker driver, plan, merge)', async () => {
    const r = recordingRunner()
    await runPost({ runner: r.runner, log: memoryLog(), state: memoryState(), env: {} })
    expect(r.calls).toEqual([])
  })

  it('still removes the temporary directories (the login config among them) when docker cannot be run at all', async () => {
    const log = memoryLog()
    const dir = mkdtempSync(join(tmpdir(), 'mp-post-'))
    const state = memoryState()
    state.save({ builder: 'x', tempDirs: [dir] })
    const runner = {
      run: () => Promise.reject(new Error('Unable to locate executable file: docker')),
    }
    await runPost({ runner, log, state, env: {} })
    expect(log.lines).toContain('warning: could not remove builder x: Unable to locate executable file: docker')
    expect(existsSync(dir)).toBe(false)
  })
})
