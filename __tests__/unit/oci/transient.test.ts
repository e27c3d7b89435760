import { describe, expect, it } from '@jest/globals'
import { RATE_LIMITED, transientFailure, transientReason } from '../../../src/oci/transient.js'

// What docker, containerd and BuildKit print; the loopback ones from this machine's dockerd 28 and buildx 0.29
// through the test fault proxy, the Docker Hub ones as GitHub runners report them.
const HOST = '127.0.0.1:35897'
const RESOLVE = `Error response from daemon: unknown: failed to resolve reference "${HOST}/tonistiigi/binfmt:latest": unexpected status from HEAD request to http://${HOST}/v2/tonistiigi/binfmt/manifests/latest`

describe('transientReason: the messages worth trying again after', () => {
  it.each([
    [`${RESOLVE}: 429 Too Many Requests`, RATE_LIMITED],
    [
      'Error response from daemon: toomanyrequests: You have reached your pull rate limit. You may increase the limit by authenticating and upgrading: https://www.docker.com/increase-rate-limit',
      RATE_LIMITED,
    ],
    [`${RESOLVE}: 503 Service Unavailable`, 'HTTP 503'],
    [
      'ERROR: failed to push x: unexpected status from PUT request to http://r/v2/x/blobs/uploads/1: 500 Internal Server Error',
      'HTTP 500',
    ],
    ['received unexpected HTTP status: 502 Bad Gateway', 'HTTP 502'],
    [
      'ERROR: failed to build: failed to solve: failed to push 127.0.0.1:33677/exp/app: unavailable: try later',
      'HTTP 503',
    ],
    ['failed to push 127.0.0.1:37599/exp/app: toomanyrequests: slow down', RATE_LIMITED],
    [
      'Error response from daemon: error from registry: You have reached your unauthenticated pull rate limit. https://www.docker.com/increase-rate-limit',
      RATE_LIMITED,
    ],
    ['Error response from daemon: error from registry: service unavailable', 'HTTP 503'],
    [
      'ERROR: failed to build: failed to solve: failed to push 127.0.0.1:36225/acme/push-refused: unavailable',
      'HTTP 503',
    ],
    ['#14 ERROR: failed to push r/x: unavailable\n------\n', 'HTTP 503'],
    [
      'failed to push 127.0.0.1:35731/exp/app: failed to do request: Post "http://127.0.0.1:35731/v2/exp/app/blobs/uploads/": read tcp 127.0.0.1:51706->127.0.0.1:35731: read: connection reset by peer',
      'connection reset',
    ],
    ['error: unexpected status code 504 from the registry', 'HTTP 504'],
    ['failed commit on ref "layer-sha256:ab": unexpected status: 503', 'HTTP 503'],
    [
      `Error response from daemon: failed to resolve reference "${HOST}/x:1": failed to do request: Head "https://${HOST}/v2/x/manifests/1": read tcp 127.0.0.1:46608->${HOST}: read: connection reset by peer`,
      'connection reset',
    ],
    [
      'Error response from daemon: Get "http://127.0.0.1:1/v2/": dial tcp 127.0.0.1:1: connect: connection refused',
      'connection refused',
    ],
    [
      'Error response from daemon: Get "https://registry-1.docker.io/v2/": net/http: TLS handshake timeout',
      'TLS handshake timeout',
    ],
    [
      'Error response from daemon: Get "https://registry-1.docker.io/v2/": dial tcp: lookup registry-1.docker.io on 127.0.0.53:53: read udp 127.0.0.1:40000->127.0.0.53:53: i/o timeout',
      'i/o timeout',
    ],
    [
      'Error response from daemon: Get "https://registry-1.docker.io/v2/": net/http: request canceled while waiting for connection (Client.Timeout exceeded while awaiting headers)',
      'timeout awaiting response headers',
    ],
  ])('%s', (text, reason) => {
    expect(transientReason(text)).toBe(reason)
  })
})

describe('transientReason: failures that another attempt cannot fix', () => {
  it.each([
    'Error response from daemon: manifest for 127.0.0.1:5000/moby/buildkit:no-such-tag not found: manifest unknown: manifest unknown',
    "Error response from daemon: pull access denied for nope/nope, repository does not exist or may require 'docker login': denied: requested access to the resource is denied",
    'Error response from daemon: Head "https://ghcr.io/v2/acme/x/manifests/1": unauthorized: authentication required',
    `${RESOLVE}: 401 Unauthorized`,
    `${RESOLVE}: 404 Not Found`,
    'invalid reference format',
    'ERROR: failed to build: failed to solve: process "/bin/sh -c make" did not complete successfully: exit code: 2',
    'exit status 5030',
    'the service is unavailable',
    'unavailable platforms: linux/s390x',
    // dockerd drops the status and the code of a registry's error body: a message that names neither says nothing
    'Error response from daemon: error from registry: slow down',
    'rpc error: code = Unavailable desc = x',
    '',
  ])('%s', (text) => {
    expect(transientReason(text)).toBeUndefined()
  })
})

describe('transientFailure: the exit code and the tail of stderr', () => {
  const reset = 'read: connection reset by peer\n'

  it('needs a failure: exit code 0 is never transient', () => {
    expect(transientFailure({ exitCode: 0, stderr: reset })).toBeUndefined()
    expect(transientFailure({ exitCode: 1, stderr: reset })).toBe('connection reset')
  })

  it('reads only the tail: an old line further up does not count', () => {
    const stderr = `${reset}${Array.from({ length: 12 }, (_, i) => `line ${i}`).join('\n')}\nERROR: manifest unknown\n`
    expect(transientFailure({ exitCode: 1, stderr })).toBeUndefined()
    expect(transientFailure({ exitCode: 1, stderr: `line\n${reset}ERROR: x\n` })).toBe('connection reset')
  })

  it("`docker run`: only docker's own failure (125) may be transient, not the container's exit code", () => {
    expect(transientFailure({ exitCode: 125, stderr: `docker: ${RESOLVE}: 503 Service Unavailable` }, [125])).toBe(
      'HTTP 503',
    )
    expect(transientFailure({ exitCode: 1, stderr: reset }, [125])).toBeUndefined()
  })
})
