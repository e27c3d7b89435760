/** The client through a proxy that injects 503, 429 (Retry-After) and connection resets in front of Distribution. */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { RegistryClient } from '../../../src/oci/client.js'
import { RegistryError } from '../../../src/oci/errors.js'
import { composeIndex, indexBytes } from '../../../src/oci/index.js'
import { parseReference, withDigest, withTag } from '../../../src/oci/reference.js'
import type { RetryPolicy } from '../../../src/oci/retry.js'
import { MediaType, type Descriptor } from '../../../src/oci/types.js'
import { startFaultProxy, type Fault } from '../support/fault-proxy.js'
import { freePort, startRegistry, type Registry } from '../support/registry.js'
import { stopStarted } from '../support/teardown.js'
import { itgSkipReason } from '../support/tools.js'
import { pushTinyImage } from './tiny-image.js'

const skip = itgSkipReason(['docker-registry', 'crane'])
const d = skip ? describe.skip : describe

const fast: RetryPolicy = {
  maxAttempts: 8,
  initialDelayMs: 20,
  maxDelayMs: 200,
  factor: 2,
  jitter: 0.5,
  totalTimeMs: 20_000,
}

/** Idempotent requests only: GET, HEAD, and PUT of manifests (a blob upload's PUT is not). */
const faultable = (r: { method: string; path: string }) =>
  r.method === 'GET' || r.method === 'HEAD' || (r.method === 'PUT' && r.path.includes('/manifests/'))

/** About half the idempotent requests fail: resets, 503s, and now and then a 429 asking to wait a second. */
function sometimes(r: { method: string; path: string }, n: number): Fault | undefined {
  if (!faultable(r)) return undefined
  if (n % 11 === 4) return '429'
  return (['503', undefined, 'reset', undefined] as const)[n % 4]
}

d('RegistryClient: faults and retries', () => {
  let reg: Registry
  let legs: Descriptor[]
  beforeAll(async () => {
    reg = await startRegistry()
    const direct = new RegistryClient()
    const repo = parseReference(`${reg.host}/legs/app`)
    legs = [
      await pushTinyImage(direct, repo, 'linux/amd64', 'a'),
      await pushTinyImage(direct, repo, 'linux/arm64', 'b'),
    ]
    direct.close()
  })
  afterAll(() => stopStarted(reg))

  it('merges an index through 503s, 429s and resets within the retry budget', async () => {
    const proxy = await startFaultProxy(reg.host, sometimes)
    const client = new RegistryClient({ retry: fast })
    try {
      const from = parseReference(`${proxy.host}/legs/app`)
      const to = parseReference(`${proxy.host}/final/app`)
      for (const leg of legs) await client.copyManifest(withDigest(from, leg.digest), to)
      const bytes = indexBytes(composeIndex(legs))
      for (const tag of ['1', '1.0', 'latest']) await client.putManifest(withTag(to, tag), bytes, MediaType.OCI_INDEX)
      const back = await client.getManifest(withTag(to, '1.0'))
      expect(Buffer.from(back.bytes)).toEqual(Buffer.from(bytes))
      const read = execFileSync('crane', ['manifest', '--insecure', `${reg.host}/final/app:latest`])
      expect(read).toEqual(Buffer.from(bytes))
      const faults = proxy.log.map((r) => r.fault).filter(Boolean)
      expect(new Set(faults)).toEqual(new Set(['503', '429', 'reset']))
      expect(proxy.log.some((r) => r.method === 'POST' && r.path.includes('mount='))).toBe(true)
    } finally {
      client.close()
      await proxy.stop()
    }
  })

  it('never retries a blob upload (POST) blindly', async () => {
    const proxy = await startFaultProxy(reg.host, (r) => (r.method === 'POST' ? '503' : undefined))
    const client = new RegistryClient({ retry: fast })
    try {
      const e = await client
        .pushBlob(parseReference(`${proxy.host}/x/y`), new TextEncoder().encode('new blob'))
        .catch((x: unknown) => x)
      expect(e).toBeInstanceOf(RegistryError)
      expect(e).toMatchObject({ status: 503, method: 'POST', temporary: true, attempts: 1 })
      expect(proxy.log.filter((r) => r.method === 'POST')).toHaveLength(1)
    } finally {
      client.close()
      await proxy.stop()
    }
  })

  it('fails with a clear error after the time budget when the registry is down', async () => {
    const down = `127.0.0.1:${await freePort()}`
    const client = new RegistryClient({ retry: { ...fast, totalTimeMs: 1500 } })
    const start = Date.now()
    const e = await client.getManifest(parseReference(`${down}/x/y:1`)).catch((x: unknown) => x)
    const elapsed = Date.now() - start
    client.close()
    expect(e).toBeInstanceOf(RegistryError)
    expect((e as RegistryError).message).toMatch(
      new RegExp(`GET http://${down}/v2/: no response \\(ECONNREFUSED\\).*gave up after \\d+ attempts`),
    )
    expect((e as RegistryError).attempts).toBeGreaterThan(2)
    expect(elapsed).toBeLessThan(5000)
  })
})
