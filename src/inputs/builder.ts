/**
 * setup-buildx-action's builder inputs: `buildkitd-flags`, `name` (a builder kept after the job), `cleanup`, and
 * `nodes`, the builder's extra nodes (docker buildx create --append), one per line:
 * `endpoint=...,platforms=...[,driver=...][,driver-opts=...][,buildkitd-flags=...][,name=...]`.
 */
import { InputError } from '../errors.js'
import { parsePlatform, PlatformError, type Platform } from '../oci/platform.js'
import type { BuilderNode, Driver } from '../settings.js'
import { keyValue } from '../text/lines.js'
import { fieldsInput, lineError } from './build-options.js'
import { bool, optional, type InputGetter } from './read.js'

/** buildx's builder and node names. */
const NAME = /^[a-zA-Z0-9][a-zA-Z0-9_.-]*$/
const NODE_KEYS = ['endpoint', 'platforms', 'driver', 'driver-opts', 'buildkitd-flags', 'name']

/**
 * The `key=value` fields of a nodes line. A field without `=` continues the list before it (`platforms=linux/arm64,
 * linux/arm/v7`); `driver-opts` may be repeated, or quoted with commas inside ("driver-opts=network=host,image=x").
 */
function nodeFields(item: { line: number; fields: string[] }): Map<string, string[]> {
  const out = new Map<string, string[]>()
  let last: string | undefined
  for (const field of item.fields) {
    if (field === '') continue
    const kv = keyValue(field)
    if (!kv && last === 'platforms') {
      out.get(last)?.push(field)
      continue
    }
    if (!kv) throw lineError('nodes', item, `expected key=value fields (${NODE_KEYS.join(', ')}), got '${field}'`)
    const [key, value] = kv
    if (!NODE_KEYS.includes(key)) throw lineError('nodes', item, `unknown key '${key}' (${NODE_KEYS.join(', ')})`)
    if (out.has(key) && key !== 'driver-opts') throw lineError('nodes', item, `'${key}' is given twice`)
    const values = key === 'platforms' || key === 'driver-opts' ? value.split(',') : [value]
    out.set(key, [...(out.get(key) ?? []), ...values.map((v) => v.trim()).filter((v) => v !== '')])
    last = key
  }
  return out
}

function parseNode(item: { line: number; fields: string[] }, driver: Driver): BuilderNode {
  const f = nodeFields(item)
  const one = (k: string) => f.get(k)?.[0]
  const endpoint = one('endpoint')
  if (!endpoint)
    throw lineError('nodes', item, 'expected endpoint=... (a Docker endpoint or context, or a BuildKit address)')
  const nodeDriver = one('driver')
  if (nodeDriver !== undefined && nodeDriver !== driver) {
    throw lineError(
      'nodes',
      item,
      `driver=${nodeDriver}, but the builder's driver is ${driver} (input driver): buildx appends nodes of the builder's driver only`,
    )
  }
  const names = f.get('platforms') ?? []
  if (names.length === 0) {
    throw lineError('nodes', item, 'expected platforms=... (the platforms this node builds, e.g. linux/arm64)')
  }
  const platforms = names.map((p) => {
    try {
      return parsePlatform(p)
    } catch (e) {
      if (e instanceof PlatformError) throw lineError('nodes', item, e.message)
      throw e
    }
  })
  const node: BuilderNode = { line: item.line, endpoint, platforms, driverOpts: f.get('driver-opts') ?? [] }
  for (const o of node.driverOpts) {
    if (!keyValue(o)) throw lineError('nodes', item, `expected driver-opts=KEY=VALUE, got '${o}'`)
  }
  const flags = one('buildkitd-flags')
  if (flags !== undefined) {
    if (driver === 'remote')
      throw lineError('nodes', item, 'a remote BuildKit takes no buildkitd-flags (they are its own)')
    node.buildkitdFlags = flags
  }
  const name = one('name')
  if (name !== undefined) {
    if (!NAME.test(name))
      throw lineError('nodes', item, `expected a node name of letters, digits, '_', '.', '-', got '${name}'`)
    node.name = name
  }
  return node
}

function nodesInput(get: InputGetter, driver: Driver): BuilderNode[] {
  const items = fieldsInput(get, 'nodes')
  if (items.length > 0 && driver === 'docker') {
    throw new InputError(
      'nodes',
      "the docker driver's builder is the daemon's own and takes no extra nodes (use driver: docker-container)",
    )
  }
  const nodes = items.map((item) => parseNode(item, driver))
  const seen = new Map<Platform, number>()
  for (const n of nodes) {
    for (const p of n.platforms) {
      const other = seen.get(p)
      if (other !== undefined)
        throw lineError('nodes', n, `${p} is already the platform of the node on line ${String(other)}`)
      seen.set(p, n.line)
    }
  }
  return nodes
}

export function builderInputs(get: InputGetter, driver: Driver) {
  const buildkitdFlags = optional(get, 'buildkitd-flags')
  if (buildkitdFlags !== undefined && driver !== 'docker-container') {
    throw new InputError(
      'buildkitd-flags',
      `only used with driver: docker-container (driver is ${driver}: ${driver === 'docker' ? "the daemon's builder" : 'the remote BuildKit'} has its own flags)`,
    )
  }
  const builderName = optional(get, 'name')
  if (builderName !== undefined) {
    if (driver === 'docker')
      throw new InputError(
        'name',
        "the docker driver uses the daemon's own builder; name is for a builder this action creates",
      )
    if (!NAME.test(builderName))
      throw new InputError('name', `expected letters, digits, '_', '.', '-', got '${builderName}'`)
  }
  return { buildkitdFlags, builderName, cleanup: bool(get, 'cleanup'), nodes: nodesInput(get, driver) }
}
