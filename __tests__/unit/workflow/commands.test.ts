/**
 * The runner protocol written directly (src/workflow/commands.ts) against @actions/core, call for call: the same
 * stdout, the same GITHUB_OUTPUT / GITHUB_STATE / GITHUB_STEP_SUMMARY contents (delimiters aside, which are random),
 * the same exit code.
 */
import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals'
import * as core from '@actions/core'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  escapeProperty,
  fileCommandEntry,
  formatCommand,
  getInput,
  getState,
  inputVariable,
  workflow,
} from '../../../src/workflow/commands.js'

const FILES = ['GITHUB_OUTPUT', 'GITHUB_STATE', 'GITHUB_STEP_SUMMARY'] as const

interface Written {
  stdout: string
  files: Record<string, string>
  exitCode: typeof process.exitCode
}

let dir: string
const saved = { ...process.env }

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'workflow-commands-'))
})
afterEach(() => {
  rmSync(dir, { recursive: true, force: true })
  process.env = { ...saved }
  process.exitCode = undefined
})

/** Runs `fn` with fresh runner files (or none) and returns what it wrote, delimiters made equal. */
async function capture(withFiles: boolean, fn: () => unknown): Promise<Written> {
  const sub = mkdtempSync(join(dir, 'run-'))
  for (const f of FILES) {
    if (withFiles) {
      writeFileSync(join(sub, f), '')
      process.env[f] = join(sub, f)
    } else {
      Reflect.deleteProperty(process.env, f)
    }
  }
  process.exitCode = undefined
  let stdout = ''
  const spy = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stdout += String(chunk)
    return true
  })
  try {
    await fn()
  } finally {
    spy.mockRestore()
  }
  const files = Object.fromEntries(
    FILES.map((f) => [f, withFiles ? readFileSync(join(sub, f), 'utf8').replace(/ghadelimiter_[0-9a-f-]+/g, 'D') : '']),
  )
  const written = { stdout, files, exitCode: process.exitCode }
  process.exitCode = undefined
  return written
}

const message = 'line 1\nline 2\r\n100% done: a,b'

const cases: [string, () => unknown, () => unknown][] = [
  [
    'info',
    () => {
      core.info(message)
    },
    () => {
      workflow.info(message)
    },
  ],
  [
    'debug',
    () => {
      core.debug(message)
    },
    () => {
      workflow.debug(message)
    },
  ],
  [
    'notice',
    () => {
      core.notice(message)
    },
    () => {
      workflow.notice(message)
    },
  ],
  [
    'warning',
    () => {
      core.warning(message)
    },
    () => {
      workflow.warning(message)
    },
  ],
  [
    'error',
    () => {
      core.error(message)
    },
    () => {
      workflow.error(message)
    },
  ],
  [
    'setSecret',
    () => {
      core.setSecret('p@ss%word\n')
    },
    () => {
      workflow.setSecret('p@ss%word\n')
    },
  ],
  [
    'setFailed',
    () => {
      core.setFailed(message)
    },
    () => {
      workflow.setFailed(message)
    },
  ],
  [
    'setOutput',
    () => {
      core.setOutput('platform-digests', '{"a":1}\nx')
    },
    () => {
      workflow.setOutput('platform-digests', '{"a":1}\nx')
    },
  ],
  [
    'setOutput (empty)',
    () => {
      core.setOutput('digest', '')
    },
    () => {
      workflow.setOutput('digest', '')
    },
  ],
  [
    'saveState',
    () => {
      core.saveState('multiarch-publish', '{"b":"c,d"}')
    },
    () => {
      workflow.saveState('multiarch-publish', '{"b":"c,d"}')
    },
  ],
  [
    'group',
    () =>
      core.group('Building linux/amd64, linux/arm64', () => {
        core.info('inside')
        return Promise.resolve()
      }),
    () =>
      workflow.group('Building linux/amd64, linux/arm64', () => {
        workflow.info('inside')
        return Promise.resolve()
      }),
  ],
  [
    'summary',
    () => core.summary.addRaw('| a | b |\n|---|---|\n').write(),
    () => workflow.appendSummary('| a | b |\n|---|---|\n'),
  ],
]

describe('workflow commands write what @actions/core writes', () => {
  it.each(cases)('%s, inside a runner (file commands)', async (_name, theirs, ours) => {
    const expected = await capture(true, theirs)
    const actual = await capture(true, ours)
    expect(actual).toEqual(expected)
    expect(JSON.stringify(actual)).not.toBe(
      JSON.stringify({
        stdout: '',
        files: { GITHUB_OUTPUT: '', GITHUB_STATE: '', GITHUB_STEP_SUMMARY: '' },
        exitCode: undefined,
      }),
    )
  })

  it.each(cases.filter(([name]) => name !== 'summary'))(
    '%s, outside a runner (stdout commands)',
    async (_name, theirs, ours) => {
      expect(await capture(false, ours)).toEqual(await capture(false, theirs))
    },
  )

  it('fails a group that throws after closing it, as core.group does', async () => {
    const boom = () => Promise.reject(new Error('boom'))
    const expected = await capture(true, () => core.group('g', boom).catch((e: unknown) => String(e)))
    const actual = await capture(true, () => workflow.group('g', boom).catch((e: unknown) => String(e)))
    expect(actual).toEqual(expected)
    expect(actual.stdout).toBe('::group::g\n::endgroup::\n')
  })

  it('refuses a summary outside a runner, as core.summary does', async () => {
    delete process.env.GITHUB_STEP_SUMMARY
    await expect(workflow.appendSummary('x')).rejects.toThrow('GITHUB_STEP_SUMMARY')
    await expect(core.summary.addRaw('x').write()).rejects.toThrow('GITHUB_STEP_SUMMARY')
  })

  it.each([
    ['build-args', '  a=1\n b=2  ', 'a=1\n b=2'],
    ['cache from', 'type=gha', 'type=gha'],
    ['images', undefined, ''],
  ])('reads input %s as core.getInput does', (name, value, expected) => {
    const variable = inputVariable(name)
    if (value === undefined) Reflect.deleteProperty(process.env, variable)
    else process.env[variable] = value
    expect(getInput(process.env, name)).toBe(expected)
    expect(core.getInput(name)).toBe(expected)
  })

  it('reads state as core.getState does', () => {
    process.env.STATE_builder = 'multiarch-publish-1'
    expect(getState(process.env, 'builder')).toBe(core.getState('builder'))
    expect(getState(process.env, 'builder')).toBe('multiarch-publish-1')
    expect(getState(process.env, 'none')).toBe(core.getState('none'))
  })
})

describe('formatting', () => {
  it('escapes messages and properties', () => {
    expect(formatCommand('warning', 'a%b\nc', { file: 'x:y,z', line: '' })).toBe('::warning file=x%3Ay%2Cz::a%25b%0Ac')
    expect(escapeProperty('1:2,3%\r')).toBe('1%3A2%2C3%25%0D')
  })

  it('refuses a value that holds the delimiter', () => {
    expect(() => fileCommandEntry('digest', 'x D y', 'D')).toThrow("'digest' contains the delimiter")
    expect(fileCommandEntry('digest', 'sha256:1', 'D')).toBe('digest<<D\nsha256:1\nD\n')
  })
})
