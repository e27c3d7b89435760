/**
 * Build secrets and SSH, with build-push-action's syntax: `secrets` (id=VALUE, a quoted value may hold commas and
 * newlines), `secret-files` (id=PATH, or buildx's id=ID,src=PATH), `secret-envs` (id=VARIABLE), `ssh` (default or
 * id=PATH), and the `github-token` as the Git credential of GitHub contexts. Values never reach a command line:
 * they travel as environment variables (src/buildx/argv.ts); files and sockets are checked before anything runs
 * (src/modes/build/paths.ts).
 */
import { InputError } from '../errors.js'
import type { GitAuth, SecretEnv, SecretFile, SecretValue, SshSpec } from '../settings.js'
import { keyValue } from '../text/lines.js'
import { lineError, listInput } from './build-options.js'
import type { InputGetter } from './read.js'

const SECRET_ID = /^[A-Za-z0-9_.-]+$/
const idError = "an id of letters, digits, '.', '_' or '-'"

function secretsInput(get: InputGetter): SecretValue[] {
  return listInput(get, 'secrets', { ignoreComma: true }).map((item) => {
    const kv = keyValue(item.value)
    if (!kv || !SECRET_ID.test(kv[0]) || kv[1] === '') {
      // the value is not echoed: it is a secret
      throw lineError(
        'secrets',
        item,
        `expected id=VALUE with ${idError} and a value (quote a value with commas or newlines: "id=...")`,
      )
    }
    return { id: kv[0], value: kv[1] }
  })
}

/** buildx's own form, `id=ID,src=PATH` (as `docker buildx build --secret`), next to build-push-action's `ID=PATH`. */
function buildxSecretFile(value: string): { id?: string; path?: string; unknown: string[] } | undefined {
  if (!/^(?:id|src|source|type)=/.test(value) || !value.includes(',')) return undefined
  const out: { id?: string; path?: string; unknown: string[] } = { unknown: [] }
  for (const field of value.split(',')) {
    const kv = keyValue(field)
    if (kv?.[0] === 'id') out.id = kv[1]
    else if (kv?.[0] === 'src' || kv?.[0] === 'source') out.path = kv[1]
    else if (!(kv?.[0] === 'type' && kv[1] === 'file')) out.unknown.push(field)
  }
  return out
}

function secretFilesInput(get: InputGetter): SecretFile[] {
  return listInput(get, 'secret-files', { ignoreComma: true }).map((item) => {
    const buildx = buildxSecretFile(item.value)
    if (buildx && buildx.unknown.length > 0) {
      throw lineError('secret-files', item, `unknown option '${buildx.unknown.join(',')}' (expected id=ID,src=PATH)`)
    }
    const kv = keyValue(item.value)
    const id = buildx ? buildx.id : kv?.[0]
    const path = (buildx ? buildx.path : kv?.[1])?.trim()
    if (id === undefined || !SECRET_ID.test(id) || !path) {
      throw lineError('secret-files', item, `expected id=PATH (or id=ID,src=PATH) with ${idError}, got '${item.value}'`)
    }
    return { id, path, line: item.line }
  })
}

function secretEnvsInput(get: InputGetter, env: Readonly<Record<string, string | undefined>>): SecretEnv[] {
  return listInput(get, 'secret-envs', { ignoreComma: false }).map((item) => {
    const kv = keyValue(item.value)
    if (!kv || !SECRET_ID.test(kv[0]) || !/^[A-Za-z_][A-Za-z0-9_]*$/.test(kv[1])) {
      throw lineError('secret-envs', item, `expected id=VARIABLE with ${idError}, got '${item.value}'`)
    }
    if (env[kv[1]] === undefined) {
      throw lineError('secret-envs', item, `the environment variable ${kv[1]} is not set (set it in the step's env:)`)
    }
    return { id: kv[0], env: kv[1] }
  })
}

/** `default`, `default=PATH` or `id=PATH[,PATH]` (buildx --ssh); `default` alone is the agent at SSH_AUTH_SOCK. */
function sshInput(get: InputGetter, env: Readonly<Record<string, string | undefined>>): SshSpec[] {
  return listInput(get, 'ssh', { ignoreComma: false }).map((item) => {
    const kv = keyValue(item.value)
    const id = kv ? kv[0] : item.value
    if (!SECRET_ID.test(id) || (kv && kv[1].trim() === '')) {
      throw lineError('ssh', item, `expected default, or id=PATH (an agent socket or a key file), got '${item.value}'`)
    }
    if (kv) return { spec: item.value, line: item.line, paths: [kv[1].trim()], agent: false }
    const sock = env.SSH_AUTH_SOCK
    if (!sock) {
      throw lineError('ssh', item, `'${id}' without a path uses the ssh-agent at SSH_AUTH_SOCK, which is not set`)
    }
    return { spec: item.value, line: item.line, paths: [sock], agent: true }
  })
}

/** A Git URL on the GitHub server (https://github.com/owner/repo.git#ref): the token's only use. */
function onServer(value: string, host: string): boolean {
  try {
    const u = new URL(value)
    return u.protocol === 'https:' && u.host === host
  } catch {
    return false
  }
}

/**
 * build-push-action gives `github-token` to the build as the GIT_AUTH_TOKEN secret when it builds a context on
 * GitHub. BuildKit hands a plain GIT_AUTH_TOKEN to every Git host the build fetches from, so it goes as
 * GIT_AUTH_TOKEN.<host>, which BuildKit uses for that host only. Not when the user gives a GIT_AUTH_TOKEN secret.
 */
function gitAuth(
  token: string,
  serverUrl: string,
  contexts: readonly string[],
  ids: readonly string[],
): GitAuth | undefined {
  let host: string
  try {
    host = new URL(serverUrl || 'https://github.com').host
  } catch {
    return undefined
  }
  if (token === '' || !contexts.some((c) => onServer(c, host))) return undefined
  if (ids.some((id) => id === 'GIT_AUTH_TOKEN' || id.startsWith('GIT_AUTH_TOKEN.'))) return undefined
  return { host, token }
}

export function secretInputs(
  get: InputGetter,
  env: Readonly<Record<string, string | undefined>>,
  git: { token: string; serverUrl: string; contexts: readonly string[] },
) {
  const secrets = secretsInput(get)
  const secretFiles = secretFilesInput(get)
  const secretEnvs = secretEnvsInput(get, env)
  const ids = [...secrets, ...secretFiles, ...secretEnvs].map((s) => s.id)
  const dup = ids.find((id, i) => ids.indexOf(id) !== i)
  if (dup !== undefined) {
    throw new InputError(
      secrets.some((s) => s.id === dup) ? 'secrets' : 'secret-files',
      `the secret id '${dup}' is given twice (in secrets, secret-files or secret-envs)`,
    )
  }
  return {
    secrets,
    secretFiles,
    secretEnvs,
    ssh: sshInput(get, env),
    gitAuth: gitAuth(git.token, git.serverUrl, git.contexts, ids),
  }
}
