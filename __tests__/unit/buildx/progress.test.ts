import { describe, expect, it } from '@jest/globals'
import { buildSteps, cacheWarnings } from '../../../src/buildx/progress.js'

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
