/**
 * Registry credentials from the inputs. Pure.
 *
 * Single registry:   registry: ghcr.io   username: octo   password: ${{ secrets.TOKEN }}
 *   (registry defaults to Docker Hub; username and password go together.)
 *
 * Several registries, the `logins` input, one per line, attributes separated by commas:
 *   registry=ghcr.io,username=octo,password=${{ secrets.GHCR_TOKEN }}
 *   registry=docker.io,username=octo,password-env=DOCKERHUB_TOKEN
 * `registry` and `username` come first; `password=` must be the last attribute and takes the rest of the line
 * as is (commas and `=` included; the line is trimmed). `password-env=NAME` reads the password from the step's
 * environment variable NAME instead, so the secret never appears in the input text. Blank lines and lines
 * starting with `#` are skipped. Error messages give the line number, never the line (it holds a secret).
 *
 * No credentials for ghcr.io while an image is pushed there: log in with `github-token` (see dockerconfig.ts).
 */
import { InputError } from '../errors.js'
import { normalizeRegistryKey } from '../oci/credentials.js'
import { DOCKER_HUB } from '../oci/reference.js'
import { numberedLines } from '../text/lines.js'

export interface Credential {
  /** Host as the user wrote it, normalised by registryHost(). */
  registry: string
  username: string
  password: string
}

export interface LoginInputs {
  registry: string
  username: string
  password: string
  logins: string
}

export { DOCKER_HUB }

/** `https://ghcr.io/` -> ghcr.io; Docker Hub's aliases and '' -> docker.io (as the registry client keys them). */
export function registryHost(registry: string): string {
  const host = normalizeRegistryKey(registry.trim())
  return host === '' ? DOCKER_HUB : host
}

export function parseCredentials(inputs: LoginInputs, env: Readonly<Record<string, string | undefined>>): Credential[] {
  const creds: Credential[] = []
  const single = singleCredential(inputs)
  if (single) creds.push(single)
  for (const { line, text } of numberedLines(inputs.logins)) creds.push(loginLine(text, line, env))
  const seen = new Set<string>()
  for (const c of creds) {
    if (seen.has(c.registry)) throw new InputError('logins', `registry ${c.registry} is given more than once`)
    seen.add(c.registry)
  }
  return creds
}

function singleCredential(inputs: LoginInputs): Credential | undefined {
  const { username, password } = inputs
  if (username === '' && password === '') return undefined
  if (username === '') throw new InputError('username', 'a password is given without a username')
  if (password === '') throw new InputError('password', `username '${username}' is given without a password`)
  return { registry: registryHost(inputs.registry), username, password }
}

function loginLine(text: string, line: number, env: Readonly<Record<string, string | undefined>>): Credential {
  const fail = (message: string) => new InputError('logins', `line ${line}: ${message}`)
  const attrs = new Map<string, string>()
  let rest = text
  while (rest !== '') {
    const eq = rest.indexOf('=')
    if (eq < 0) throw fail('expected registry=...,username=...,password=... (or password-env=NAME)')
    const key = rest.slice(0, eq).trim().toLowerCase()
    if (key === 'password') {
      attrs.set(key, rest.slice(eq + 1))
      break
    }
    if (!['registry', 'username', 'password-env'].includes(key)) throw fail(`unknown attribute '${key}'`)
    if (attrs.has(key)) throw fail(`attribute '${key}' given twice`)
    const comma = rest.indexOf(',', eq)
    attrs.set(key, (comma < 0 ? rest.slice(eq + 1) : rest.slice(eq + 1, comma)).trim())
    rest = comma < 0 ? '' : rest.slice(comma + 1).trimStart()
  }
  const registry = attrs.get('registry')
  const username = attrs.get('username')
  if (!registry) throw fail('registry= is missing')
  if (!username) throw fail('username= is missing')
  return { registry: registryHost(registry), username, password: passwordOf(attrs, env, fail) }
}

function passwordOf(
  attrs: Map<string, string>,
  env: Readonly<Record<string, string | undefined>>,
  fail: (m: string) => InputError,
): string {
  const fromEnv = attrs.get('password-env')
  const inline = attrs.get('password')
  if (fromEnv !== undefined && inline !== undefined) throw fail('give password= or password-env=, not both')
  if (fromEnv !== undefined) {
    const value = env[fromEnv]
    if (!value) throw fail(`environment variable '${fromEnv}' (password-env) is not set or empty`)
    return value
  }
  if (!inline) throw fail('password= (last on the line) or password-env= is missing')
  return inline
}
