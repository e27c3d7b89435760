import { describe, expect, it } from '@jest/globals'
import { buildSteps, cacheWarnings, pushFailure } from '../../../src/buildx/progress.js'

// buildx 0.29 plain progress with the cache service down (trimmed from a real run)
const DOWN = `#0 building with "default" instance using docker driver

#5 importing cache manifest from gha:1234
#5 ERROR: Post "http://127.0.0.1:41941/twirp/github.actions.results.api.v1.CacheService/GetCacheEntryDownloadURL": dial tcp 127.0.0.1:41941: connect: connection refused

#7 [linux/arm64 2/4] RUN ["sh", "-c", "uname -m > /arch"]
#7 DONE 0.4s

#8 [linux/amd64 2/4] RUN ["sh", "-c", "uname -m > /arch"]
#8 CACHED

#14 exporting to GitHub Actions Cache
#14 preparing build cache for export
#14 ERROR: failed to reserve cache: connect: connection refused
`

describe('buildSteps', () => {
  it('reads the steps, CACHED marks and errors', () => {
    expect(buildSteps(DOWN).map((s) => [s.id, s.cached, s.errors.length])).toEqual([
      ['#0', false, 0],
      ['#5', false, 1],
      ['#7', false, 0],
      ['#8', true, 0],
      ['#14', false, 1],
    ])
  })
})

describe('cacheWarnings', () => {
  it('warns for a failed import and a failed export', () => {
    expect(cacheWarnings(DOWN)).toEqual([
      'the GitHub Actions cache could not be read; building without it: Post "http://127.0.0.1:41941/twirp/github.actions.results.api.v1.CacheService/GetCacheEntryDownloadURL": dial tcp 127.0.0.1:41941: connect: connection refused',
      'the GitHub Actions cache could not be written; the image is unaffected: failed to reserve cache: connect: connection refused',
    ])
  })
  it('says nothing when the cache worked, or a build step (not the cache) failed', () => {
    expect(
      cacheWarnings(
        '#5 importing cache manifest from gha:1\n#5 DONE 0.1s\n#9 exporting to GitHub Actions Cache\n#9 DONE 0.2s\n',
      ),
    ).toEqual([])
    expect(
      cacheWarnings('#7 [linux/arm64 2/4] RUN make\n#7 ERROR: process "make" did not complete successfully\n'),
    ).toEqual([])
  })
})

// buildx 0.29 / BuildKit v0.32 plain progress of a push by digest that failed (trimmed from real runs through
// the test fault proxy): BuildKit retried the 503s itself for about 4 s, then gave up
const PUSH_503 = `#13 [linux/amd64 4/4] COPY hello.txt /hello.txt
#13 CACHED

#14 exporting to image
#14 exporting layers done
#14 exporting manifest list sha256:80fed5138a295eaf020de646d5b29ae206e917446d32c10c22884a2bcac04863 done
#14 pushing layers
#14 3.051 error: unexpected status from POST request to http://127.0.0.1:33677/v2/exp/app/blobs/uploads/: 503 Service Unavailable
#14 3.051 unavailable: try later
#14 3.051 retrying in 4s
#14 pushing layers 7.1s done
#14 ERROR: failed to push 127.0.0.1:33677/exp/app: unavailable: try later
------
 > exporting to image:
3.051 retrying in 4s
------
ERROR: failed to build: failed to solve: failed to push 127.0.0.1:33677/exp/app: unavailable: try later
`

describe('pushFailure', () => {
  it("gives the export step's error when the build stopped while pushing", () => {
    expect(pushFailure(PUSH_503)).toBe('failed to push 127.0.0.1:33677/exp/app: unavailable: try later')
    expect(pushFailure('#14 exporting to image\n#14 ERROR: failed to push r/x: toomanyrequests: slow down\n')).toBe(
      'failed to push r/x: toomanyrequests: slow down',
    )
  })

  it('is undefined when a build step failed, even if the export failed too, or nothing failed', () => {
    const both = `#7 [linux/arm64 2/4] RUN make\n#7 ERROR: process "make" did not complete successfully\n${PUSH_503}`
    expect(pushFailure(both)).toBeUndefined()
    expect(
      pushFailure('#7 [linux/arm64 2/4] RUN make\n#7 0.1 connection reset by peer\n#7 ERROR: exit code: 1\n'),
    ).toBe(undefined)
    expect(pushFailure('#14 exporting to image\n#14 DONE 0.1s\n')).toBeUndefined()
    expect(pushFailure('')).toBeUndefined()
  })

  it('is undefined for a failed cache export (ignore-error) or import', () => {
    expect(pushFailure(DOWN)).toBeUndefined()
  })
})
