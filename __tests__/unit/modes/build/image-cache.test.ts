import { describe, expect, it } from '@jest/globals'
import { compressionOf } from '../../../../src/modes/build/image-cache.js'
import type { RunResult, Runner } from '../../../../src/tools/runner.js'

/** A runner that answers `zstd --quiet --version` as given (or throws, as @actions/exec does for a missing program). */
function zstd(answer: RunResult | Error): Runner & { lines: string[] } {
  const lines: string[] = []
  return {
    lines,
    run(command, args) {
      lines.push([command, ...args].join(' '))
      return answer instanceof Error ? Promise.reject(answer) : Promise.resolve(answer)
    },
  }
}

describe('compressionOf: what @actions/cache compresses an entry with on this runner', () => {
  it('zstd (without --long) when `zstd --quiet --version` says anything', async () => {
    const r = zstd({ exitCode: 0, stdout: 'v1.5.4\n', stderr: '' })
    expect(await compressionOf(r)).toBe('zstd-without-long')
    expect(r.lines).toEqual(['zstd --quiet --version'])
    expect(await compressionOf(zstd({ exitCode: 1, stdout: '', stderr: 'zstd: odd\n' }))).toBe('zstd-without-long')
  })
  it('gzip when zstd says nothing or is not there', async () => {
    expect(await compressionOf(zstd({ exitCode: 0, stdout: ' \n', stderr: '' }))).toBe('gzip')
    expect(await compressionOf(zstd(new Error('Unable to locate executable file: zstd')))).toBe('gzip')
  })
})
