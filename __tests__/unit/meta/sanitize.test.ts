import { describe, expect, it } from '@jest/globals'
import { formatDate } from '../../../src/meta/dateformat.js'
import { isValidTag, sanitizeTag } from '../../../src/meta/sanitize.js'
import { renderTemplate, TemplateError } from '../../../src/meta/template.js'

describe('sanitizeTag', () => {
  it.each([
    ['v1.2.3', 'v1.2.3'],
    ['feature/x', 'feature-x'],
    ['renovate/docker//node-20.x', 'renovate-docker-node-20.x'],
    ['a b:c@d', 'a-b-c-d'],
    ['-leading', 'leading'],
    ['.hidden', 'hidden'],
    ['_under', '_under'],
    ['Ünïcode', 'n-code'],
    ['x'.repeat(200), 'x'.repeat(128)],
    ['///', ''],
    ['', ''],
  ])('%j -> %j', (raw, expected) => {
    const tag = sanitizeTag(raw)
    expect(tag).toBe(expected)
    if (tag !== '') expect(isValidTag(tag)).toBe(true)
  })
})

describe('formatDate (UTC)', () => {
  const d = new Date('2024-05-02T03:07:09.045Z')
  it.each([
    ['YYYYMMDD', '20240502'],
    ['YYYY-MM-DD[T]HH:mm:ss.SSS', '2024-05-02T03:07:09.045'],
    ['YY.M.D-H.m.s', '24.5.2-3.7.9'],
    ['[nightly-]YYYYMMDD', 'nightly-20240502'],
  ])('%j -> %j', (format, expected) => {
    expect(formatDate(d, format)).toBe(expected)
  })
})

describe('renderTemplate', () => {
  const vars = { a: () => 'A', echo: (arg: string | undefined) => `<${arg ?? ''}>` }
  it.each([
    ['plain', 'plain'],
    ['{{a}}-{{ a }}', 'A-A'],
    [`{{echo 'x y'}}{{echo "z"}}`, '<x y><z>'],
    ['x}}y', 'x}}y'],
  ])('%j -> %j', (template, expected) => {
    expect(renderTemplate(template, vars)).toBe(expected)
  })

  it.each([
    ['{{a', /unclosed '\{\{' in '\{\{a'/],
    ['{{b}}', /unknown expression '\{\{b\}\}'/],
    ['{{a b c}}', /cannot read expression/],
  ])('%j throws %s', (template, message) => {
    expect(() => renderTemplate(template, vars)).toThrow(TemplateError)
    expect(() => renderTemplate(template, vars)).toThrow(message)
  })
})
