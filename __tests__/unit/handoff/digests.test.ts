import { describe, expect, it } from '@jest/globals'
import { InputError } from '../../../src/errors.js'
import { parseDigestsInput } from '../../../src/handoff/digests.js'

const A = `sha256:${'a'.repeat(64)}`
const B = `sha256:${'b'.repeat(64)}`

describe('parseDigestsInput', () => {
  it('parses lines, drops tags, comments, blanks and duplicates', () => {
    const text = `# legs\nghcr.io/o/app@${A}\n\n  localhost:5000/o/app:v1@${B}  \nghcr.io/o/app@${A}\n`
    expect(parseDigestsInput(text)).toEqual([
      { image: 'ghcr.io/o/app', digest: A },
      { image: 'localhost:5000/o/app', digest: B },
    ])
  })

  it.each([
    ['', /input 'digests': no image@sha256:... line given/],
    ['ghcr.io/o/app', /line 1 'ghcr.io\/o\/app' is not of the form image@sha256:<hex>/],
    [`@${A}`, /line 1 '@sha256:a+' is not of the form/],
    ['ghcr.io/o/app@sha256:abc', /line 1: 'sha256:abc': a sha256 digest has 64 hex digits/],
    [`\nGHCR.io/O/App_@${A}`, /line 2: 'GHCR.io\/O\/App_' is not an image name/],
  ])('rejects %j', (text, message) => {
    expect(() => parseDigestsInput(text)).toThrow(message)
    expect(() => parseDigestsInput(text)).toThrow(InputError)
  })
})

describe('digests with capitals in the repository (ghcr.io/${{ github.repository }}@...)', () => {
  it('lowercases the image name, as the images input does', () => {
    const digest = `sha256:${'a'.repeat(64)}`
    expect(parseDigestsInput(`ghcr.io/Octo-Org/App@${digest}`)).toEqual([{ image: 'ghcr.io/octo-org/app', digest }])
  })
})
