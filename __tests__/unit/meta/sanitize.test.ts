import { describe, expect, it } from '@jest/globals'
import { sanitizeTag, tagProblem } from '../../../src/meta/sanitize.js'
import { isOnly, renderTemplate, TemplateError, type Expression } from '../../../src/meta/template.js'

// metadata-action's sanitizeTag: every run of characters outside [a-zA-Z0-9._-] becomes one '-'
describe('sanitizeTag', () => {
  it.each([
    ['v1.2.3', 'v1.2.3', undefined],
    ['feature/x', 'feature-x', undefined],
    ['releases/v1', 'releases-v1', undefined],
    ['renovate/docker//node-20.x', 'renovate-docker-node-20.x', undefined],
    ['a b:c@d', 'a-b-c-d', undefined],
    ['2020-01-10T00:30:00Z', '2020-01-10T00-30-00Z', undefined],
    ['Ünïcode', '-n-code', "a tag cannot start with '-'"],
    ['.hidden', '.hidden', "a tag cannot start with '.'"],
    ['_under', '_under', undefined],
    ['x'.repeat(129), 'x'.repeat(129), 'it is longer than 128 characters'],
    ['///', '-', "a tag cannot start with '-'"],
  ])('%j -> %j', (raw, expected, problem) => {
    const tag = sanitizeTag(raw)
    expect(tag).toBe(expected)
    expect(tagProblem(tag)).toBe(problem)
  })
})

describe('renderTemplate', () => {
  const vars = {
    a: () => 'A',
    echo: ({ args, hash }: Expression) => `<${args.join('|')}${Object.entries(hash).join('|')}>`,
  }
  it.each([
    ['plain', 'plain'],
    ['{{a}}-{{ a }}', 'A-A'],
    [`{{echo 'x y'}}{{echo "z"}}`, '<x y><z>'],
    [`{{echo 'YYYY' tz='Asia/Tokyo'}}`, '<YYYYtz,Asia/Tokyo>'],
    [`{{echo "a, b" tz = "UTC"}}`, '<a, btz,UTC>'],
    ['x}}y', 'x}}y'],
  ])('%j -> %j', (template, expected) => {
    expect(renderTemplate(template, vars)).toBe(expected)
  })

  it.each([
    ['{{a', /unclosed '\{\{' in '\{\{a'/],
    ['{{b}}', /unknown expression '\{\{b\}\}'/],
    ['{{a b c}}', /quote the argument 'b' \(e\.g\. \{\{a 'b'\}\}\)/],
    ['{{date YYYY-MM-DD}}', /quote the argument 'YYYY-MM-DD'/],
    ["{{echo 'x'tz='y'}}", /cannot read expression/],
    ['{{}}', /cannot read expression '\{\{\}\}'/],
  ])('%j throws %s', (template, message) => {
    expect(() => renderTemplate(template, vars)).toThrow(TemplateError)
    expect(() => renderTemplate(template, vars)).toThrow(message)
  })
})

// metadata-action's isRawStatement (its __tests__/meta.test.ts)
describe('isOnly raw', () => {
  it.each([
    ['{{ raw }}.{{ version }}', false],
    ['{{ version }},{{raw }.', false],
    ['{{ raw }}', true],
    ['{{ raw}}', true],
    ['{{raw}}', true],
    [' {{raw}}', false],
  ])('%j -> %s', (pattern, expected) => {
    expect(isOnly(pattern, 'raw')).toBe(expected)
  })
})
