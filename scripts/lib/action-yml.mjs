// Reads the inputs and outputs of action.yml (name, description, default), for the runner harness and the
// README tables. Knows the flat layout of this action.yml, not YAML in general: `inputs:` / `outputs:` at the
// top level, two-space names, four-space `description:` / `default:` scalars (plain, 'single' or "double").
import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

/** The action's own action.yml. */
export const ACTION_YML = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'action.yml')

function scalar(raw) {
  const v = raw.trim()
  if (/^".*"$/.test(v)) return JSON.parse(v)
  if (/^'.*'$/.test(v)) return v.slice(1, -1).replace(/''/g, "'")
  return v
}

function section(yml, name) {
  const m = new RegExp(`^${name}:\\s*$([\\s\\S]*?)(?=^\\S|(?![\\s\\S]))`, 'm').exec(yml)
  const out = []
  let current
  for (const line of (m?.[1] ?? '').split('\n')) {
    const key = /^ {2}([A-Za-z0-9_-]+):\s*$/.exec(line)
    if (key) {
      current = { name: key[1] }
      out.push(current)
      continue
    }
    const field = /^ {4}(description|default|required):\s*(.*)$/.exec(line)
    if (field && current) current[field[1]] = scalar(field[2])
  }
  return out
}

/** `runs:`'s two-space scalars: { using: 'node24', main: 'dist/index.js', post: 'dist/index.js' } */
function runs(yml) {
  const m = /^runs:\s*$([\s\S]*?)(?=^\S|(?![\s\S]))/m.exec(yml)
  const out = {}
  for (const line of (m?.[1] ?? '').split('\n')) {
    const field = /^ {2}([A-Za-z0-9_-]+):\s*(.+)$/.exec(line)
    if (field) out[field[1]] = scalar(field[2])
  }
  return out
}

/**
 * { inputs: [{ name, description, default, required }], outputs: [{ name, description }],
 *   runs: { using, main, post } }
 */
export function readActionYml(path) {
  const yml = readFileSync(path, 'utf8')
  return { inputs: section(yml, 'inputs'), outputs: section(yml, 'outputs'), runs: runs(yml) }
}

/**
 * Every input with the value a runner passes when the workflow leaves it out: action.yml's default, with
 * expressions (`${{ github.token }}`) replaced by what they give outside a workflow run (empty).
 */
export function defaultInputs(path = ACTION_YML) {
  const { inputs } = readActionYml(path)
  return Object.fromEntries(inputs.map((i) => [i.name, (i.default ?? '').includes('${{') ? '' : (i.default ?? '')]))
}
