/**
 * The workflow expression evaluator the workflow test runs publish.yml with, against GitHub's documented
 * semantics (docs.github.com, "Evaluate expressions in workflows and actions": literals, operators, coercion,
 * functions).
 */
import { describe, expect, it } from '@jest/globals'
import {
  evaluate,
  evaluateCondition,
  evaluateTemplate,
  ExpressionError,
  type Contexts,
} from '../support/workflow-expressions.js'

const ctx: Contexts = {
  inputs: { 'build-args': 'A=1', push: 'auto', tags: '', count: 3, flag: true, none: null },
  github: { event_name: 'pull_request', token: 'ghs_x', actor: 'octocat', event: { pull_request: { number: 7 } } },
  matrix: { platform: 'linux/arm64', runner: 'ubuntu-24.04-arm' },
  needs: { plan: { outputs: { matrix: '{"include":[{"platform":"linux/amd64"}]}', platforms: 'linux/amd64' } } },
  secrets: { 'registry-password': '' },
}

describe('evaluate', () => {
  it.each([
    ['inputs.build-args', 'A=1'],
    ["inputs['build-args']", 'A=1'],
    ['INPUTS.Build-Args', 'A=1'], // contexts and properties ignore case
    ['github.event.pull_request.number', 7],
    ['github.event.push.nothing', null], // missing properties are null, also below a missing one
    ['secrets.registry-username', null],
    ['needs.plan.outputs.platforms', 'linux/amd64'],
    ["'it''s'", "it's"],
    ['null', null],
    ['true', true],
    ['-1.5', -1.5],
    ['0x10', 16],
  ])('%s -> %j', (expr, value) => {
    expect(evaluate(expr, ctx)).toEqual(value)
  })

  it.each([
    // || and && give an operand, not a boolean: the `x || default` idiom
    ['secrets.registry-password || github.token', 'ghs_x'],
    ["inputs.tags || 'latest'", 'latest'],
    ["inputs.push && 'yes'", 'yes'],
    ["inputs.tags && 'yes'", ''],
    ['inputs.none || inputs.tags', ''],
    // precedence: ! > comparison > equality > && > ||
    ["github.event_name != 'pull_request' || inputs.push == 'true'", false],
    ["inputs.push == 'auto' && github.event_name != 'pull_request' || inputs.push == 'true'", false],
    ["(inputs.push == 'auto' && github.event_name != 'push') || false", true],
    ['!inputs.tags', true],
    ['!inputs.flag == false', true],
    ['1 < 2 && 2 <= 2 && 3 > 2 && 3 >= 4', false],
  ])('%s -> %j', (expr, value) => {
    expect(evaluate(expr, ctx)).toEqual(value)
  })

  it.each([
    ["'ABC' == 'abc'", true], // strings ignore case
    ["'1' == 1", true], // different types compare as numbers
    ["'' == 0", true],
    ['null == 0', true],
    ['true == 1', true],
    ["'true' == true", false], // 'true' is NaN as a number
    ["'a' != 'b'", true],
    ['inputs.count == 3', true],
  ])('coerces %s -> %j', (expr, value) => {
    expect(evaluate(expr, ctx)).toBe(value)
  })

  it.each([
    ["contains('Hello world', 'WORLD')", true],
    ['contains(fromJSON(\'["linux/amd64","linux/arm64"]\'), matrix.platform)', true],
    ["contains(fromJSON('[\"a\"]'), 'b')", false],
    ["startsWith(matrix.runner, 'ubuntu')", true],
    ["endsWith(matrix.runner, '-ARM')", true],
    ["format('{0}-{1} {{x}}', 'a', 3)", 'a-3 {x}'],
    ["join(fromJSON('[1,2]'), '+')", '1+2'],
    ['fromJSON(needs.plan.outputs.matrix).include[0].platform', 'linux/amd64'],
    ['toJSON(fromJSON(\'{"a":[1]}\'))', '{\n  "a": [\n    1\n  ]\n}'],
    ['success() && !failure() && !cancelled() && always()', true],
  ])('%s -> %j', (expr, value) => {
    expect(evaluate(expr, ctx)).toEqual(value)
  })

  it.each([
    ["hashFiles('**')", /unknown or unsupported function hashFiles/],
    ['vars.x', /unknown context 'vars'/],
    ["'open", /unterminated string/],
    ['a b', /unexpected 'b'|unknown context/],
    ['inputs.', /expected a property name/],
    ["format('{1}', 'a')", /format has no argument \{1\}/],
    ["fromJSON('nope')", /fromJSON: not JSON/],
    ['contains(1)', /contains takes 2 argument/],
  ])('refuses %s', (expr, message) => {
    expect(() => evaluate(expr, ctx)).toThrow(ExpressionError)
    expect(() => evaluate(expr, ctx)).toThrow(message)
  })
})

describe('evaluateTemplate', () => {
  it('gives the value of a lone expression, objects included', () => {
    expect(evaluateTemplate('${{ fromJSON(needs.plan.outputs.matrix) }}', ctx)).toEqual({
      include: [{ platform: 'linux/amd64' }],
    })
    expect(evaluateTemplate('  ${{ inputs.count }} ', ctx)).toBe(3)
  })
  it('puts the text of each expression into a string: null is empty, booleans are true/false', () => {
    expect(evaluateTemplate('build ${{ matrix.platform }} on ${{ matrix.runner }}', ctx)).toBe(
      'build linux/arm64 on ubuntu-24.04-arm',
    )
    expect(evaluateTemplate('[${{ inputs.none }}] ${{ inputs.flag }}', ctx)).toBe('[] true')
    expect(evaluateTemplate('no expression', ctx)).toBe('no expression')
  })
  it('refuses an object inside a string', () => {
    expect(() => evaluateTemplate('x ${{ github.event }}', ctx)).toThrow(/cannot be part of a string/)
  })
})

describe('evaluateCondition', () => {
  it.each([
    ["github.event_name == 'pull_request'", true],
    ["${{ github.event_name == 'push' }}", false],
    ['${{ inputs.tags }}', false],
    ['inputs.build-args', true],
  ])('%s -> %s', (text, value) => {
    expect(evaluateCondition(text, ctx)).toBe(value)
  })
})
