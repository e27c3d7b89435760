/**
 * An emulator of the GitHub Actions results service as a job step sees it (ACTIONS_RESULTS_URL), for tests on a
 * machine that cannot reach GitHub: the artifact service that @actions/artifact 6 talks to, implemented here, and
 * the cache service, passed through to the shared cache emulator (../shared/tools/gha-cache-server), so that one
 * ACTIONS_RESULTS_URL and one ACTIONS_RUNTIME_TOKEN serve both, as on GitHub. Binds 127.0.0.1 only; in memory.
 *
 * Artifact service (Twirp JSON, service github.actions.results.api.v1.ArtifactService, POST only):
 *   CreateArtifact, FinalizeArtifact, ListArtifacts, GetSignedArtifactURL, DeleteArtifact
 * and the signed URLs behind it, an Azure Blob subset at /devstoreaccount1/actions-results/<id>?se=&sp=&sig=:
 *   Put Block (?comp=block&blockid=), Put Block List (?comp=blocklist), Put Blob, Get Blob.
 * Semantics as on GitHub: each job's runtime token is an HS256 JWT whose `scp` claim names the workflow run's and
 * the job's backend ids (`Actions.Results:<run>:<job>`), which @actions/artifact reads and sends back; requests for
 * another run are refused (403). Artifacts belong to the run: every job of every attempt of the run lists them.
 * A name is unique in the run: a second CreateArtifact of a name is refused with Twirp `already_exists` (409), the
 * answer GitHub gives a re-run that uploads a name again. FinalizeArtifact checks the size and the sha256 the
 * client computed against what was uploaded. ListArtifacts gives the finalized, unexpired artifacts of the run.
 * Cache service: every other request (the v2 CacheService Twirp calls, the v1 _apis/artifactcache REST calls) goes
 * to the cache emulator with the job's token swapped for the cache emulator's own; its signed blob URLs point at
 * the cache emulator directly. The job token carries the cache token's claims (`ac` scopes, for BuildKit).
 * Not emulated: the GitHub REST API for artifacts (other runs, other repositories), protobuf encoding, quotas.
 */
import { createHash, createHmac, randomUUID, timingSafeEqual } from 'node:crypto'
import http from 'node:http'
import type { AddressInfo } from 'node:net'

const TWIRP = '/twirp/github.actions.results.api.v1.ArtifactService/'
const BLOB = '/devstoreaccount1/actions-results/'
const INVALID_NAME = ['"', ':', '<', '>', '|', '*', '?', '\r', '\n', '\\', '/']

export interface StoredArtifact {
  id: number
  /** The workflow run, as the test named it. */
  run: string
  /** The job that uploaded it. */
  job: string
  name: string
  contentType: string
  bytes: Buffer
  finalized: boolean
  createdAt: Date
  expiresAt?: Date
  digest?: string
}

export interface ResultsService {
  /** http://127.0.0.1:PORT/ */
  url: string
  /**
   * The environment of a step of job `job` in workflow run `run` (any names; the same run name is the same run
   * across attempts): ACTIONS_RESULTS_URL, ACTIONS_RUNTIME_TOKEN, and with a cache emulator ACTIONS_CACHE_URL and
   * its ACTIONS_CACHE_SERVICE_V2.
   */
  jobEnv(run: string, job: string): Record<string, string>
  /** Every artifact, finalized or not, in creation order. */
  artifacts(): StoredArtifact[]
  /** Requests served, as `METHOD path` (Twirp method names, `blob PUT`, `cache ...`), for assertions. */
  requests: string[]
  stop(): Promise<void>
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message)
  }
}

const b64u = (v: string | Buffer) => Buffer.from(v).toString('base64url')
const sign = (secret: Buffer, data: string) => createHmac('sha256', secret).update(data).digest('base64url')
const safeEq = (a: string, b: string) => {
  const [x, y] = [Buffer.from(a), Buffer.from(b)]
  return x.length === y.length && timingSafeEqual(x, y)
}

/** A JSON field as a string ('' unless a string or a number). */
const str = (v: unknown): string => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '')

/** The claims of a JWT, unverified (to copy the cache emulator's `ac` scopes into the job tokens). */
function claimsOf(token: string): Record<string, unknown> {
  const body = token.split('.')[1] ?? ''
  return JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as Record<string, unknown>
}

async function readBody(req: http.IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = []
  for await (const c of req) chunks.push(c as Buffer)
  return Buffer.concat(chunks)
}

export async function startResultsService(
  opts: { cache?: { env: Record<string, string> } } = {},
): Promise<ResultsService> {
  const secret = Buffer.from(randomUUID())
  const runIds = new Map<string, string>() // run name -> backend id
  const jobIds = new Map<string, string>() // run/job -> backend id
  const runNames = new Map<string, string>() // backend id -> run name
  const jobNames = new Map<string, string>() // backend id -> job name (unique per run: ids are random)
  const stored: StoredArtifact[] = []
  const requests: string[] = []
  const cacheEnv = opts.cache?.env
  const cacheUrl = cacheEnv ? new URL(cacheEnv.ACTIONS_RESULTS_URL ?? cacheEnv.ACTIONS_CACHE_URL ?? '') : undefined
  const cacheClaims = cacheEnv?.ACTIONS_RUNTIME_TOKEN ? claimsOf(cacheEnv.ACTIONS_RUNTIME_TOKEN) : {}
  let base = ''

  const mint = (runId: string, jobId: string) => {
    const now = Math.floor(Date.now() / 1000)
    const head = b64u(JSON.stringify({ alg: 'HS256', typ: 'JWT' }))
    const claims = {
      ...cacheClaims,
      iss: 'results-service-emulator',
      nbf: now - 60,
      iat: now,
      exp: now + 6 * 3600,
      scp: `Actions.GenericRead:00000000-0000-0000-0000-000000000000 Actions.Results:${runId}:${jobId}`,
    }
    const body = b64u(JSON.stringify(claims))
    return `${head}.${body}.${sign(secret, `${head}.${body}`)}`
  }

  /** The run and job backend ids of the request's token; throws 401 for a token this service did not mint. */
  const authenticate = (req: http.IncomingMessage): { run: string; job: string } => {
    const m = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '')
    const [head = '', body = '', sig = ''] = (m?.[1] ?? '').split('.')
    if (!m || !sig || !safeEq(sig, sign(secret, `${head}.${body}`))) {
      throw new HttpError(401, 'unauthenticated', 'missing or invalid runtime token')
    }
    const claims = claimsOf(m[1] ?? '')
    const scope = str(claims.scp)
      .split(' ')
      .find((s) => s.startsWith('Actions.Results:'))
    const [, run = '', job = ''] = scope?.split(':') ?? []
    if (typeof claims.exp !== 'number' || claims.exp < Date.now() / 1000) {
      throw new HttpError(401, 'unauthenticated', 'runtime token expired')
    }
    return { run, job }
  }

  const sas = (a: StoredArtifact, perm: string, se: string) => sign(secret, `${perm}\n${se}\n${String(a.id)}`)
  const signedUrl = (a: StoredArtifact, perm: string) => {
    const se = new Date(Date.now() + 3600e3).toISOString()
    const q = new URLSearchParams({ sv: '2024-11-04', sr: 'b', sp: perm, se, sig: sas(a, perm, se) })
    return `${base.replace(/\/$/, '')}${BLOB}${String(a.id)}?${q.toString()}`
  }

  const toJson = (a: StoredArtifact) => ({
    workflow_run_backend_id: runIds.get(a.run),
    workflow_job_run_backend_id: jobIds.get(`${a.run}/${a.job}`),
    database_id: String(a.id),
    name: a.name,
    size: String(a.bytes.length),
    created_at: a.createdAt.toISOString(),
    ...(a.digest ? { digest: a.digest } : {}),
  })

  async function twirp(req: http.IncomingMessage, method: string): Promise<unknown> {
    const who = authenticate(req)
    const ct = (req.headers['content-type'] ?? '').split(';')[0]
    if (req.method !== 'POST' || ct !== 'application/json') {
      throw new HttpError(404, 'bad_route', 'Twirp takes POST with application/json here')
    }
    const body = JSON.parse((await readBody(req)).toString('utf8') || '{}') as Record<string, unknown>
    const runId = str(body.workflow_run_backend_id)
    const jobId = str(body.workflow_job_run_backend_id)
    // any job of the run may be named (a download names the uploading job); uploads are the token's job's own
    const own = method === 'CreateArtifact' || method === 'FinalizeArtifact'
    if (runId !== who.run || (own && jobId !== who.job) || !jobNames.has(jobId)) {
      throw new HttpError(403, 'permission_denied', "the backend ids are not the runtime token's run and job")
    }
    const run = runNames.get(runId) ?? ''
    const job = jobNames.get(jobId) ?? ''
    const name = typeof body.name === 'string' ? body.name : ''
    const live = (a: StoredArtifact) => a.run === run && (!a.expiresAt || a.expiresAt > new Date())
    switch (method) {
      case 'CreateArtifact': {
        if (!name || INVALID_NAME.some((c) => name.includes(c))) {
          throw new HttpError(400, 'invalid_argument', `invalid artifact name '${name}'`)
        }
        if (stored.some((a) => live(a) && a.name === name)) {
          throw new HttpError(409, 'already_exists', 'an artifact with this name already exists on the workflow run')
        }
        const expires = typeof body.expires_at === 'string' ? new Date(body.expires_at) : undefined
        const mime = body.mime_type
        const a: StoredArtifact = {
          id: stored.length + 1,
          run,
          job,
          name,
          contentType: typeof mime === 'string' ? mime : 'application/zip',
          bytes: Buffer.alloc(0),
          finalized: false,
          createdAt: new Date(),
          ...(expires ? { expiresAt: expires } : {}),
        }
        stored.push(a)
        return { ok: true, signed_upload_url: signedUrl(a, 'cw') }
      }
      case 'FinalizeArtifact': {
        const a = stored.find((x) => live(x) && x.name === name && x.job === job && !x.finalized)
        if (!a) throw new HttpError(404, 'not_found', `no artifact '${name}' is being uploaded by this job`)
        if (Number(body.size ?? 0) !== a.bytes.length) {
          throw new HttpError(
            400,
            'invalid_argument',
            `size ${str(body.size)} is not the ${String(a.bytes.length)} bytes uploaded`,
          )
        }
        const digest = `sha256:${createHash('sha256').update(a.bytes).digest('hex')}`
        if (body.hash !== undefined && body.hash !== digest) {
          throw new HttpError(400, 'invalid_argument', `hash ${str(body.hash)} is not the uploaded ${digest}`)
        }
        a.finalized = true
        a.digest = digest
        return { ok: true, artifact_id: String(a.id) }
      }
      case 'ListArtifacts': {
        const byName = typeof body.name_filter === 'string' ? body.name_filter : undefined
        const byId = body.id_filter === undefined ? undefined : Number(body.id_filter)
        const list = stored.filter(
          (a) =>
            live(a) &&
            a.finalized &&
            (byName === undefined || a.name === byName) &&
            (byId === undefined || a.id === byId),
        )
        return { artifacts: list.map(toJson) }
      }
      case 'GetSignedArtifactURL': {
        const a = stored.find((x) => live(x) && x.finalized && x.name === name && x.job === job)
        if (!a) throw new HttpError(404, 'not_found', `no artifact '${name}' in this run`)
        return { signed_url: signedUrl(a, 'r') }
      }
      case 'DeleteArtifact': {
        const i = stored.findIndex((x) => live(x) && x.finalized && x.name === name)
        const a = stored[i]
        if (!a) throw new HttpError(404, 'not_found', `no artifact '${name}' in this run`)
        a.expiresAt = new Date(0)
        return { ok: true, artifact_id: String(a.id) }
      }
      default:
        throw new HttpError(404, 'bad_route', `no handler for ${method}`)
    }
  }

  const azHeaders = (req: http.IncomingMessage, extra: Record<string, string | number> = {}) => ({
    'x-ms-request-id': randomUUID(),
    'x-ms-version': String(req.headers['x-ms-version'] ?? '2024-11-04'),
    ...(req.headers['x-ms-client-request-id']
      ? { 'x-ms-client-request-id': String(req.headers['x-ms-client-request-id']) }
      : {}),
    ...extra,
  })

  const blocks = new Map<string, Buffer>() // `${id}/${blockid}` -> bytes

  async function blob(req: http.IncomingMessage, res: http.ServerResponse, id: number, q: URLSearchParams) {
    const a = stored.find((x) => x.id === id)
    const sp = q.get('sp') ?? ''
    const se = q.get('se') ?? ''
    if (!a || !safeEq(q.get('sig') ?? '', sas(a, sp, se)) || !(Date.parse(se) > Date.now())) {
      throw new HttpError(403, 'AuthenticationFailed', 'signature missing, invalid or expired')
    }
    if (req.method === 'PUT') {
      if (!sp.includes('w') || a.finalized) throw new HttpError(403, 'AuthorizationPermissionMismatch', 'read-only')
      const comp = q.get('comp')
      const body = await readBody(req)
      if (comp === 'block') {
        blocks.set(`${String(id)}/${q.get('blockid') ?? ''}`, body)
        res.writeHead(201, azHeaders(req, { 'Content-Length': 0 })).end()
        return
      }
      if (comp === 'blocklist') {
        const ids = [...body.toString('utf8').matchAll(/<(Latest|Committed|Uncommitted)>\s*([^<]*?)\s*<\/\1>/g)].map(
          (m) => m[2] ?? '',
        )
        const parts = ids.map((b) => blocks.get(`${String(id)}/${b}`))
        if (parts.some((p) => p === undefined)) throw new HttpError(400, 'InvalidBlockList', 'a block was not staged')
        a.bytes = Buffer.concat(parts as Buffer[])
      } else {
        a.bytes = body
      }
      const type = req.headers['x-ms-blob-content-type']
      if (typeof type === 'string') a.contentType = type
      const done = { ETag: `"0x${String(id)}"`, 'Last-Modified': new Date().toUTCString(), 'Content-Length': 0 }
      res.writeHead(201, azHeaders(req, done)).end()
      return
    }
    if (req.method === 'GET' || req.method === 'HEAD') {
      if (!sp.includes('r')) throw new HttpError(403, 'AuthorizationPermissionMismatch', 'write-only')
      res.writeHead(200, azHeaders(req, { 'Content-Type': a.contentType, 'Content-Length': a.bytes.length }))
      res.end(req.method === 'GET' ? a.bytes : undefined)
      return
    }
    throw new HttpError(405, 'UnsupportedHttpVerb', String(req.method))
  }

  /** Passes a cache call to the cache emulator, with its token instead of the job's. */
  async function toCache(req: http.IncomingMessage, res: http.ServerResponse, path: string) {
    if (!cacheUrl || !cacheEnv) throw new HttpError(404, 'NotFound', 'no cache service behind this emulator')
    authenticate(req)
    const body = await readBody(req)
    const headers = {
      ...req.headers,
      host: cacheUrl.host,
      authorization: `Bearer ${cacheEnv.ACTIONS_RUNTIME_TOKEN ?? ''}`,
    }
    await new Promise<void>((resolve, reject) => {
      const out = http.request(
        { host: cacheUrl.hostname, port: cacheUrl.port, method: req.method, path, headers },
        (answer) => {
          res.writeHead(answer.statusCode ?? 502, answer.headers)
          answer.pipe(res).on('finish', resolve).on('error', reject)
        },
      )
      out.on('error', reject)
      out.end(body)
    })
  }

  const server = http.createServer((req, res) => {
    const u = new URL(req.url ?? '/', 'http://localhost')
    const kind = u.pathname.startsWith(TWIRP) ? 'twirp' : u.pathname.startsWith(BLOB) ? 'blob' : 'cache'
    requests.push(
      kind === 'twirp'
        ? u.pathname.slice(TWIRP.length)
        : kind === 'blob'
          ? `blob ${req.method ?? ''}${u.searchParams.get('comp') ? `?comp=${u.searchParams.get('comp') ?? ''}` : ''}`
          : `cache ${req.method ?? ''} ${u.pathname}`,
    )
    const handle = async () => {
      if (kind === 'twirp') {
        const out = JSON.stringify(await twirp(req, u.pathname.slice(TWIRP.length)))
        res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(out) }).end(out)
      } else if (kind === 'blob') {
        await blob(req, res, Number(u.pathname.slice(BLOB.length)), u.searchParams)
      } else {
        await toCache(req, res, `${u.pathname}${u.search}`)
      }
    }
    handle().catch((e: unknown) => {
      const err =
        e instanceof HttpError ? e : new HttpError(500, 'internal', e instanceof Error ? e.message : String(e))
      if (res.headersSent) {
        res.destroy()
        return
      }
      req.resume()
      const body =
        kind === 'blob'
          ? `<?xml version="1.0" encoding="utf-8"?><Error><Code>${err.code}</Code><Message>${err.message}</Message></Error>`
          : JSON.stringify({ code: err.code, msg: err.message })
      const type = kind === 'blob' ? 'application/xml' : 'application/json'
      res.writeHead(err.status, { 'Content-Type': type, 'Content-Length': Buffer.byteLength(body) }).end(body)
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${String((server.address() as AddressInfo).port)}/`

  return {
    url: base,
    requests,
    jobEnv(run, job) {
      const runId = runIds.get(run) ?? randomUUID()
      runIds.set(run, runId)
      runNames.set(runId, run)
      const jobId = jobIds.get(`${run}/${job}`) ?? randomUUID()
      jobIds.set(`${run}/${job}`, jobId)
      jobNames.set(jobId, job)
      const env: Record<string, string> = { ACTIONS_RESULTS_URL: base, ACTIONS_RUNTIME_TOKEN: mint(runId, jobId) }
      if (cacheEnv) {
        env.ACTIONS_CACHE_URL = base
        if (cacheEnv.ACTIONS_CACHE_SERVICE_V2) env.ACTIONS_CACHE_SERVICE_V2 = cacheEnv.ACTIONS_CACHE_SERVICE_V2
      }
      return env
    },
    artifacts: () => [...stored],
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => {
          resolve()
        })
        server.closeAllConnections()
      }),
  }
}
