/**
 * build-push-action's build options, read with its list syntax (src/text/csv.ts) and checked the way buildx
 * checks them, so that a value buildx would reject fails here, naming the input and the line, before anything runs.
 */
import { isIP } from 'node:net'
import { InputError } from '../errors.js'
import { CsvError, csvRecords, listItems, type ListItem } from '../text/csv.js'
import { keyValue } from '../text/lines.js'
import { bool, optional, type InputGetter } from './read.js'

/** A list input's items; an unclosed quote is an error naming the input and the line. */
export function listInput(get: InputGetter, name: string, opts: { ignoreComma: boolean }): ListItem[] {
  try {
    return listItems(get(name), opts)
  } catch (e) {
    if (e instanceof CsvError) throw new InputError(name, `line ${String(e.line)}: ${e.message}`)
    throw e
  }
}

/** The CSV fields of each line of a list input (`a=b,"c=d,e"` -> a=b, c=d,e). */
export function fieldsInput(get: InputGetter, name: string): { line: number; fields: string[] }[] {
  try {
    return csvRecords(get(name)).map((r) => ({ line: r.line, fields: r.fields.map((f) => f.trim()) }))
  } catch (e) {
    if (e instanceof CsvError) throw new InputError(name, `line ${String(e.line)}: ${e.message}`)
    throw e
  }
}

export const lineError = (input: string, item: { line: number }, message: string): InputError =>
  new InputError(input, `line ${String(item.line)}: ${message}`)

/** `name=value` lines: a path, docker-image://, target:, oci-layout:// or a URL (buildx --build-context). */
function buildContextsInput(get: InputGetter): string[] {
  return listInput(get, 'build-contexts', { ignoreComma: true }).map((item) => {
    const kv = keyValue(item.value)
    if (!kv || kv[1].trim() === '' || !/^[A-Za-z0-9][A-Za-z0-9_.:/@-]*$/.test(kv[0])) {
      throw lineError(
        'build-contexts',
        item,
        `expected name=value (a path, docker-image://..., target:..., a URL), got '${item.value}'`,
      )
    }
    return `${kv[0]}=${kv[1].trim()}`
  })
}

/** The entitlements buildx --allow takes. */
const ENTITLEMENT = /^(?:network\.host|security\.insecure|device(?:=.+)?)$/

function allowInput(get: InputGetter): string[] {
  return listInput(get, 'allow', { ignoreComma: false }).map((item) => {
    if (!ENTITLEMENT.test(item.value)) {
      throw lineError('allow', item, `expected network.host, security.insecure or device[=NAME], got '${item.value}'`)
    }
    return item.value
  })
}

/** docker/go-units RAMInBytes, which buildx parses --shm-size with: 64m, 2g, 1.5GiB, 1024. */
const SIZE = /^(\d+(?:\.\d+)*) ?([kKmMgGtTpP])?[iI]?[bB]?$/

function shmSizeInput(get: InputGetter): string | undefined {
  const v = optional(get, 'shm-size')
  if (v !== undefined && !SIZE.test(v)) {
    throw new InputError('shm-size', `expected a size like 64m, 2g or 1073741824 (bytes), got '${v}'`)
  }
  return v
}

/** The names docker/go-units ParseUlimit knows. */
const ULIMITS = [
  'core',
  'cpu',
  'data',
  'fsize',
  'locks',
  'memlock',
  'msgqueue',
  'nice',
  'nofile',
  'nproc',
  'rss',
  'rtprio',
  'rttime',
  'sigpending',
  'stack',
]

function ulimitInput(get: InputGetter): string[] {
  return listInput(get, 'ulimit', { ignoreComma: true }).map((item) => {
    const m = /^([a-z]+)=(-?\d+)(?::(-?\d+))?$/.exec(item.value)
    const bad = (why: string) => lineError('ulimit', item, `${why}, got '${item.value}'`)
    if (!m) throw bad('expected NAME=SOFT[:HARD] (e.g. nofile=1024:2048)')
    const [, name, soft, hard] = m as unknown as [string, string, string, string | undefined]
    if (!ULIMITS.includes(name)) throw bad(`unknown limit '${name}' (one of ${ULIMITS.join(', ')})`)
    if (hard !== undefined && BigInt(soft) > BigInt(hard)) throw bad('the soft limit is above the hard limit')
    return item.value
  })
}

/** `host:ip` or `host=ip` (buildx --add-host); the IP may be host-gateway. */
function addHostsInput(get: InputGetter): string[] {
  return listInput(get, 'add-hosts', { ignoreComma: false }).map((item) => {
    const v = item.value
    const sep = v.includes('=') ? v.indexOf('=') : v.indexOf(':')
    const host = sep > 0 ? v.slice(0, sep) : ''
    const ip = sep > 0 ? v.slice(sep + 1).replace(/^\[(.*)\]$/, '$1') : ''
    if (!/^[A-Za-z0-9][A-Za-z0-9.-]*$/.test(host) || (ip !== 'host-gateway' && isIP(ip) === 0)) {
      throw lineError('add-hosts', item, `expected host:ip or host=ip (an IPv4, IPv6 or host-gateway), got '${v}'`)
    }
    return v
  })
}

/** buildx --call: build (the default), check, outline, targets, with format= and ignorestatus= options. */
function callInput(get: InputGetter): string | undefined {
  const v = optional(get, 'call')
  if (v === undefined) return undefined
  const fields = v.split(',').map((f) => f.trim())
  const [name, ...options] = fields
  if (!['build', 'check', 'outline', 'targets'].includes(name ?? '')) {
    throw new InputError(
      'call',
      `expected build, check, outline or targets (then format=..., ignorestatus=...), got '${v}'`,
    )
  }
  for (const o of options) {
    const kv = keyValue(o)
    const ok =
      kv &&
      (kv[0] === 'format' ? /^(?:json|text)$/.test(kv[1]) : kv[0] === 'ignorestatus' && /^(?:true|false)$/.test(kv[1]))
    if (!ok) throw new InputError('call', `unknown option '${o}' (format=json|text, ignorestatus=true|false)`)
  }
  return name === 'build' && options.length === 0 ? undefined : v
}

/** The exporter types `outputs` may name: none of them pushes or moves a registry tag. */
const OUTPUT_TYPES = ['local', 'tar', 'oci', 'docker'] as const

/** The options of BuildKit's local, tar, oci and docker exporters (docs.docker.com/build/exporters). */
function outputKeyKnown(type: string, key: string): boolean {
  if (key === 'type' || key === 'dest') return true
  if (type === 'local' || type === 'tar') return key === 'platform-split'
  if (key.startsWith('annotation')) return true
  const image = [
    'name',
    'tar',
    'compression',
    'compression-level',
    'force-compression',
    'oci-mediatypes',
    'oci-artifact',
    'rewrite-timestamp',
    'buildinfo',
    'buildinfo-attrs',
    'dangling-name-prefix',
    'name-canonical',
  ]
  return image.includes(key) || (type === 'docker' && key === 'context')
}

/**
 * `outputs`, one exporter per line (buildx --output). `type=image` and `type=registry` push under their own names
 * without the verification that moves this action's tags, so they are refused: push: true (with images and tags)
 * publishes, load: true loads into Docker.
 */
function outputsInput(get: InputGetter): string[] {
  return fieldsInput(get, 'outputs').map((item) => {
    const text = item.fields.join(',')
    // a bare path is the local exporter (buildx: `-o dir`)
    if (item.fields.length === 1 && !keyValue(text)) return `type=local,dest=${text}`
    const kvs = item.fields.map((f) => ({ field: f, kv: keyValue(f) }))
    const type = kvs.find((f) => f.kv?.[0] === 'type')?.kv?.[1]
    if (type === 'image' || type === 'registry') {
      throw lineError(
        'outputs',
        item,
        `type=${type} would push tags without the verification this action does before it moves any tag; use push: true (with images and tags)`,
      )
    }
    if (!type || !(OUTPUT_TYPES as readonly string[]).includes(type)) {
      throw lineError('outputs', item, `expected type=${OUTPUT_TYPES.join('|')} with its options, got '${text}'`)
    }
    const unknown = kvs.filter((f) => !f.kv || !outputKeyKnown(type, f.kv[0]))
    if (unknown.length > 0 || kvs.filter((f) => f.kv?.[0] === 'type').length > 1) {
      const what = unknown.map((f) => `'${f.field}'`).join(', ') || 'type= given twice'
      throw lineError('outputs', item, `unknown option ${what} for type=${type}`)
    }
    if (type !== 'docker' && !kvs.some((f) => f.kv?.[0] === 'dest')) {
      throw lineError('outputs', item, `type=${type} needs dest=PATH (buildx would write the image to the log)`)
    }
    return item.fields.map((f) => (f.includes(',') ? `"${f.replace(/"/g, '""')}"` : f)).join(',')
  })
}

export function buildOptionsInputs(get: InputGetter) {
  return {
    buildContexts: buildContextsInput(get),
    noCache: bool(get, 'no-cache'),
    noCacheFilters: listInput(get, 'no-cache-filters', { ignoreComma: false }).map((i) => i.value),
    pull: bool(get, 'pull'),
    allow: allowInput(get),
    shmSize: shmSizeInput(get),
    ulimits: ulimitInput(get),
    addHosts: addHostsInput(get),
    call: callInput(get),
    load: bool(get, 'load'),
    outputs: outputsInput(get),
  }
}
