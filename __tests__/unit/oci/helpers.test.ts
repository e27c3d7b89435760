import { describe, expect, it } from '@jest/globals'
import { mapLimit } from '../../../src/oci/copy.js'
import { redactUrlsIn } from '../../../src/oci/errors.js'

describe('redactUrlsIn', () => {
  it("replaces every URL's query values (signatures, tokens), keeps the text and the punctuation after a URL", () => {
    expect(
      redactUrlsIn(
        'failed open: unexpected status code https://acct.blob.core.windows.net/c/1?sv=2024&sig=S3CRET: 403 ' +
          '(and "http://127.0.0.1:9/x?token=T")',
      ),
    ).toBe(
      'failed open: unexpected status code https://acct.blob.core.windows.net/c/1?sv=REDACTED&sig=REDACTED: 403 ' +
        '(and "http://127.0.0.1:9/x?token=REDACTED")',
    )
    expect(redactUrlsIn('no URL here')).toBe('no URL here')
  })
})

describe('mapLimit', () => {
  it('runs at most `limit` at once and keeps the order of the results', async () => {
    let running = 0
    let most = 0
    const out = await mapLimit([1, 2, 3, 4, 5], 2, async (n) => {
      running++
      most = Math.max(most, running)
      await new Promise((resolve) => setTimeout(resolve, 5 - n))
      running--
      return n * 10
    })
    expect(out).toEqual([10, 20, 30, 40, 50])
    expect(most).toBe(2)
  })

  it('after a failure starts no item, waits for the running ones, then rejects with the first failure', async () => {
    const started: number[] = []
    const ended: number[] = []
    const run = mapLimit([1, 2, 3, 4, 5, 6], 2, async (n) => {
      started.push(n)
      await new Promise((resolve) => setTimeout(resolve, n === 1 ? 1 : 20))
      if (n === 1) throw new Error('first')
      ended.push(n)
      return n
    })
    await expect(run).rejects.toThrow('first')
    expect(started).toEqual([1, 2]) // 3 is never started: 1 failed first
    expect(ended).toEqual([2]) // 2, running when 1 failed, had ended before the rejection
  })
})
