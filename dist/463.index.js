export const id = 463;
export const ids = [463];
export const modules = {

/***/ 68463:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  buildStep: () => (/* binding */ buildStep)
});

// UNUSED EXPORTS: localDaemon

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
var promises_namespaceObject = /*#__PURE__*/__webpack_require__.t(promises_, 2);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
;// CONCATENATED MODULE: ./build/src/cache-service/service.js
/**
 * The Actions cache service's protocol (pure): which API, where, with which token (as `@actions/cache` decides it),
 * and the requests that find, reserve, upload and commit an entry, on both APIs (v2: Twirp, with the bytes on an
 * Azure Blob signed URL; v1: REST). The action keeps raw entries of its own (an image's blobs, each as it is), which
 * `@actions/cache` cannot write: its entries are tar archives.
 */

/** GitHub Enterprise Server has only the v1 API (as `@actions/cache` decides it). */
function isGhes(env) {
    let host;
    try {
        host = new URL(env.GITHUB_SERVER_URL || 'https://github.com').hostname.toUpperCase();
    }
    catch {
        return true;
    }
    return host !== 'GITHUB.COM' && !host.endsWith('.GHE.COM') && !host.endsWith('.LOCALHOST');
}
const withSlash = (url) => (url.endsWith('/') ? url : `${url}/`);
/** The job's cache service; undefined when it has none. */
function cacheServiceOf(env) {
    const mode = (env.ACTIONS_CACHE_MODE ?? '').trim().toLowerCase();
    const readable = mode !== 'none' && mode !== 'write-only';
    const writable = mode !== 'none' && mode !== 'read';
    const token = env.ACTIONS_RUNTIME_TOKEN ?? '';
    const api = !isGhes(env) && (env.ACTIONS_CACHE_SERVICE_V2 ?? '') !== '' ? 'v2' : 'v1';
    const url = api === 'v2' ? env.ACTIONS_RESULTS_URL : env.ACTIONS_CACHE_URL || env.ACTIONS_RESULTS_URL;
    return token && url ? { api, url: withSlash(url), token, readable, writable } : undefined;
}
/** The version of the action's own entries of a kind (an entry is found only under the version it was saved with). */
function ownEntryVersion(kind) {
    return (0,external_node_crypto_.createHash)('sha256').update(`multiarch-publish|${kind}|1`).digest('hex');
}
const TWIRP = '/twirp/github.actions.results.api.v1.CacheService/';
const V1_ACCEPT = 'application/json;api-version=6.0-preview.1';
function headers(service, extra) {
    // the service's own clients always say who asks
    return { authorization: `Bearer ${service.token}`, 'user-agent': 'multiarch-publish', ...extra };
}
function twirp(service, method, body) {
    return {
        url: new URL(`${TWIRP}${method}`, service.url).href,
        method: 'POST',
        headers: headers(service, { 'content-type': 'application/json' }),
        body: JSON.stringify(body),
    };
}
function v1(service, method, path, body) {
    const json = body === undefined ? {} : { 'content-type': 'application/json' };
    return {
        url: `${service.url}_apis/artifactcache/${path}`,
        method,
        headers: headers(service, { accept: V1_ACCEPT, ...json }),
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    };
}
/** The request for the entry of `keys[0]`, else the newest whose key starts with one of the others. */
function lookupRequest(service, keys, version) {
    if (service.api === 'v2') {
        const [key = '', ...restoreKeys] = keys;
        return twirp(service, 'GetCacheEntryDownloadURL', { key, restore_keys: restoreKeys, version });
    }
    return v1(service, 'GET', `cache?keys=${encodeURIComponent(keys.join(','))}&version=${version}`);
}
/** The request that reserves an entry of `size` bytes under `key` and `version`. */
function reserveRequest(service, key, version, size) {
    return service.api === 'v2'
        ? twirp(service, 'CreateCacheEntry', { key, version })
        : v1(service, 'POST', 'caches', { key, version, cacheSize: size });
}
/**
 * The answer to a reservation: the reservation; `exists` when the entry exists or another job is saving it (409, as
 * both APIs answer it); `refused` when the service will not keep it (v2 `ok: false`: a read-only token, say).
 * Throws for any other answer.
 */
function parseReserve(service, status, text) {
    if (status === 409)
        return 'exists';
    if (status !== 200 && status !== 201)
        throw new Error(`the cache service answered ${status}: ${text.slice(0, 200)}`);
    const body = parseBody(status, text);
    if (service.api === 'v2') {
        if (body.ok !== true)
            return 'refused';
        const url = body.signed_upload_url ?? body.signedUploadUrl;
        if (typeof url !== 'string' || !url)
            throw new Error('the cache service reserved an entry but gave no upload URL');
        return { api: 'v2', uploadUrl: url };
    }
    if (typeof body.cacheId !== 'number')
        throw new Error('the cache service reserved an entry but gave no cacheId');
    return { api: 'v1', cacheId: body.cacheId };
}
/** v1 takes an entry's bytes in chunks of at most this many (as `@actions/cache` sends them). */
const V1_CHUNK_BYTES = 32 << 20;
/**
 * The requests that upload `size` bytes to a reservation, each with the byte range it carries: one Put Blob on the
 * signed URL (v2; Azure takes up to 5000 MiB in one), or a PATCH per chunk (v1).
 */
function uploadRequests(service, r, size) {
    if (r.api === 'v2') {
        const request = {
            url: r.uploadUrl,
            method: 'PUT',
            headers: {
                'x-ms-blob-type': 'BlockBlob',
                'x-ms-version': '2020-04-08', // Put Blob of up to 5000 MiB needs 2019-12-12 or later
                'content-type': 'application/octet-stream',
                'content-length': String(size),
            },
        };
        return [{ request, start: 0, end: size }];
    }
    const chunks = [];
    for (let start = 0; start < size; start += V1_CHUNK_BYTES) {
        const end = Math.min(size, start + V1_CHUNK_BYTES);
        const request = v1(service, 'PATCH', `caches/${r.cacheId}`);
        request.headers['content-type'] = 'application/octet-stream';
        request.headers['content-range'] = `bytes ${start}-${end - 1}/*`;
        request.headers['content-length'] = String(end - start);
        chunks.push({ request, start, end });
    }
    return chunks;
}
/** Whether an upload request's answer is a success (Azure: 201 Created; v1: 204). */
const uploaded = (status) => status === 201 || status === 204 || status === 200;
/** The request that makes an uploaded entry of `size` bytes visible to lookups. */
function commitRequest(service, r, key, version, size) {
    return r.api === 'v2'
        ? twirp(service, 'FinalizeCacheEntryUpload', { key, version, size_bytes: String(size) })
        : v1(service, 'POST', `caches/${r.cacheId}`, { size });
}
/** Throws unless the commit's answer is a success. */
function checkCommit(service, status, text) {
    if (status !== 200 && status !== 204)
        throw new Error(`the cache service answered ${status}: ${text.slice(0, 200)}`);
    if (service.api === 'v2' && parseBody(status, text).ok !== true)
        throw new Error(`the cache service did not finalize the entry: ${text.slice(0, 200)}`);
}
function parseBody(status, text) {
    try {
        const body = JSON.parse(text);
        if (body && typeof body === 'object')
            return body;
    }
    catch {
        // below
    }
    throw new Error(`the cache service answered ${status} with a body that is not a JSON object`);
}
/** The service's answer: a hit, undefined for a miss; throws for an answer that is neither. */
function parseLookup(service, status, text) {
    if (service.api === 'v1' && status === 204)
        return undefined;
    if (status !== 200)
        throw new Error(`the cache service answered ${status}: ${text.slice(0, 200)}`);
    const body = parseBody(status, text);
    const str = (v) => (typeof v === 'string' ? v : '');
    if (service.api === 'v2') {
        if (body.ok !== true)
            return undefined;
        const hit = {
            key: str(body.matched_key ?? body.matchedKey),
            url: str(body.signed_download_url ?? body.signedDownloadUrl),
        };
        if (!hit.key || !hit.url)
            throw new Error('the cache service found an entry but gave no key or download URL');
        return hit;
    }
    const hit = { key: str(body.cacheKey), url: str(body.archiveLocation) };
    if (!hit.key || !hit.url)
        throw new Error('the cache service found an entry but gave no key or archive location');
    return hit;
}
//# sourceMappingURL=service.js.map
// EXTERNAL MODULE: ./build/src/handoff/env.js + 1 modules
var env = __webpack_require__(90695);
// EXTERNAL MODULE: ./build/src/qemu/emulators.js
var emulators = __webpack_require__(49382);
// EXTERNAL MODULE: ./build/src/errors.js
var errors = __webpack_require__(27406);
// EXTERNAL MODULE: ./build/src/oci/index.js
var oci = __webpack_require__(69099);
// EXTERNAL MODULE: ./build/src/oci/platform.js
var platform = __webpack_require__(23856);
// EXTERNAL MODULE: ./build/src/oci/reference.js
var reference = __webpack_require__(84974);
// EXTERNAL MODULE: ./build/src/oci/types.js
var types = __webpack_require__(57578);
;// CONCATENATED MODULE: ./build/src/publish/compose.js




/** buildx's annotation on an attestation manifest: the digest of the image it attests. */
const REFERENCE_DIGEST = 'vnd.docker.reference.digest';
/** The in-toto predicate type of an attestation layer. */
const PREDICATE_TYPE = 'in-toto.io/predicate-type';
/** The entries of the joined index that one part gives: its images of its platforms, and their attestations. */
async function entriesOf(client, repo, part) {
    const { descriptor, manifest } = await client.getManifest((0,reference/* withDigest */.hQ)(repo, part.digest));
    if (manifest.kind === 'image') {
        if (part.platforms.length !== 1)
            throw new Error(`${part.digest} is one image, not ${part.platforms.join(', ')}`);
        return [{ ...descriptor, platform: (0,platform/* toOciPlatform */.kw)(part.platforms[0]) }];
    }
    if (manifest.kind !== 'index')
        throw new Error(`${part.digest} is a '${descriptor.mediaType}', not an image`);
    const children = manifest.index.manifests;
    const images = children.filter((c) => {
        const p = (0,oci/* platformOf */.tj)(c);
        return p !== undefined && part.platforms.includes(p);
    });
    const held = images.map(oci/* platformOf */.tj);
    const missing = part.platforms.filter((p) => !held.includes(p));
    if (missing.length > 0)
        throw new Error(`${part.digest} holds no ${missing.join(', ')}; nothing was tagged`);
    const digests = new Set(images.map((c) => c.digest));
    const attestations = children.filter((c) => c.annotations?.[oci/* REFERENCE_TYPE_ANNOTATION */.fl] === oci/* ATTESTATION_MANIFEST */.lL &&
        digests.has(c.annotations[REFERENCE_DIGEST] ?? ''));
    return [...images, ...attestations];
}
/**
 * Joins the parts into one index and puts it, by digest, in every image (each part was pushed to all of them).
 * Returns its digest and media type; no tag is written.
 */
async function composeParts(client, images, parts, annotations) {
    const repos = images.map((i) => (0,reference/* parseReference */.F2)(i));
    const first = repos[0];
    if (!first)
        throw new Error('no image to compose the index in');
    const entries = [];
    for (const part of parts)
        entries.push(...(await entriesOf(client, first, part)));
    const index = (0,oci/* composeIndex */.DD)(entries, annotations);
    const bytes = (0,oci/* indexBytes */.EI)(index);
    const digest = (0,types/* digestOf */.ol)(bytes);
    for (const repo of repos)
        await client.putManifest((0,reference/* withDigest */.hQ)(repo, digest), bytes, index.mediaType);
    return { digest, mediaType: index.mediaType };
}
/** The attestations an index holds (none for a single image manifest). */
async function attestationsOf(client, repo, index) {
    if (index.kind !== 'index')
        return [];
    const platformOfDigest = new Map();
    for (const m of index.index.manifests) {
        const p = (0,oci/* platformOf */.tj)(m);
        if (p !== undefined)
            platformOfDigest.set(m.digest, p);
    }
    const out = [];
    for (const m of index.index.manifests) {
        if (m.annotations?.[oci/* REFERENCE_TYPE_ANNOTATION */.fl] !== oci/* ATTESTATION_MANIFEST */.lL)
            continue;
        const { manifest } = await client.getManifest((0,reference/* withDigest */.hQ)(repo, m.digest));
        const layers = manifest.kind === 'image' ? manifest.image.layers : [];
        const types = layers.map((l) => l.annotations?.[PREDICATE_TYPE]).filter((t) => t !== undefined);
        out.push({
            platform: platformOfDigest.get(m.annotations[REFERENCE_DIGEST] ?? ''),
            predicateTypes: [...new Set(types)],
        });
    }
    return out;
}
//# sourceMappingURL=compose.js.map
// EXTERNAL MODULE: ./build/src/oci/client.js + 3 modules
var oci_client = __webpack_require__(37626);
// EXTERNAL MODULE: ./build/src/oci/credentials.js
var oci_credentials = __webpack_require__(69617);
// EXTERNAL MODULE: ./build/src/oci/decode.js
var decode = __webpack_require__(58229);
;// CONCATENATED MODULE: ./build/src/publish/layout.js
/** Pushes an image from an OCI layout directory (buildx `type=oci,tar=false`) into a repository, by digest. */





function blobPath(layoutDir, digest) {
    const [algorithm, hex] = digest.split(':');
    return (0,external_node_path_.join)(layoutDir, 'blobs', algorithm, hex);
}
async function readBlob(layoutDir, digest) {
    const bytes = await (0,promises_.readFile)(blobPath(layoutDir, digest));
    if ((0,types/* digestOf */.ol)(bytes) !== digest)
        throw new Error(`OCI layout ${layoutDir}: blob ${digest} does not match its digest`);
    return bytes;
}
/** Pushes the manifest `digest` (and everything it refers to, children first) from the layout into `repo`. */
async function pushFromLayout(client, layoutDir, repo, digest, mediaType) {
    const bytes = await readBlob(layoutDir, digest);
    const manifest = (0,decode/* decodeManifest */.MK)(bytes, mediaType, `OCI layout ${layoutDir}: ${digest}`);
    for (const child of (0,decode/* childrenOf */.LU)(manifest)) {
        const d = child.digest;
        if (types/* MANIFEST_ACCEPT */.dY.includes(child.mediaType)) {
            await pushFromLayout(client, layoutDir, repo, d, child.mediaType);
        }
        else if (!(await client.blobExists(repo, d))) {
            await client.pushBlob(repo, await readBlob(layoutDir, d));
        }
    }
    await client.putManifest((0,reference/* withDigest */.hQ)(repo, digest), bytes, mediaType);
}
//# sourceMappingURL=layout.js.map
;// CONCATENATED MODULE: ./build/src/publish/verify.js
/** Compares the one platform of an image with the expected ones, in the same shape as verifyIndex. */
function verifySingleImage(platform, digest, expected) {
    const want = [...new Set(expected)];
    const platforms = platform ? [platform] : [];
    const missing = want.filter((p) => !platforms.includes(p));
    const unexpected = platforms.filter((p) => !want.includes(p));
    return {
        ok: missing.length === 0 && unexpected.length === 0,
        missing,
        unexpected,
        duplicates: [],
        platforms,
        platformDigests: platform ? { [platform]: digest } : {},
    };
}
//# sourceMappingURL=verify.js.map
;// CONCATENATED MODULE: ./build/src/publish/publisher.js
/** Verify-then-tag publishing with the registry client: no tag moves before the index is verified everywhere. */









/** An index is checked entry by entry; a single image by the platform its config names. */
async function verificationOf(client, repo, digest, manifest, platforms) {
    if (manifest.kind === 'index')
        return (0,oci/* verifyIndex */.MV)(manifest.index, platforms);
    if (manifest.kind !== 'image') {
        throw new Error(`${repo.registry}/${repo.repository}@${digest} is a '${manifest.mediaType}', not an image or index`);
    }
    const bytes = await client.getBlob(repo, manifest.image.config.digest);
    const platform = (0,decode/* decodeConfigPlatform */.Me)(bytes, `${repo.registry}/${repo.repository}@${digest} config`);
    return verifySingleImage(platform, digest, platforms);
}
/**
 * Reads the index back from every repository (at once) and checks its bytes (by digest) and its platforms; the
 * first repository, in the order given, that fails is the error.
 */
async function verifyPushed(client, repos, digest, platforms) {
    const read = async (repo) => {
        const fetched = await client.getManifest((0,reference/* withDigest */.hQ)(repo, digest));
        return { fetched, verification: await verificationOf(client, repo, digest, fetched.manifest, platforms) };
    };
    const settled = await Promise.allSettled(repos.map(read));
    let first;
    for (const [i, repo] of repos.entries()) {
        const result = settled[i];
        if (result?.status !== 'fulfilled')
            throw result?.reason;
        const { fetched, verification } = result.value;
        if (!verification.ok) {
            throw new Error(`the pushed index ${repo.registry}/${repo.repository}@${digest} does not hold the requested platforms: ` +
                `${(0,oci/* describeVerification */.Xm)(verification)}; no tag was moved`);
        }
        first ??= {
            bytes: fetched.bytes,
            mediaType: fetched.descriptor.mediaType,
            manifest: fetched.manifest,
            verification,
        };
    }
    if (!first)
        throw new Error('no image to verify');
    return first;
}
/**
 * Puts the verified index under every tag of every repository, all at once (each is a round trip to the
 * registry); returns the image:tag names in the order given. `said` hears each tag that moved, in that order, also
 * when another failed: then the first failure in that order is thrown.
 */
async function tagAll(client, repos, tags, v, said = () => undefined) {
    const all = repos.flatMap((repo) => tags.map((tag) => ({ repo, tag })));
    const settled = await Promise.allSettled(all.map(({ repo, tag }) => client.putManifest((0,reference/* withTag */.Rd)(repo, tag), v.bytes, v.mediaType)));
    const names = all.map(({ repo, tag }) => `${repo.registry}/${repo.repository}:${tag}`);
    names.forEach((name, i) => {
        if (settled[i]?.status === 'fulfilled')
            said(name);
    });
    (0,errors/* throwFirstRejection */.wA)(settled);
    return names;
}
async function publishWith(client, req, log) {
    const repos = req.images.map((i) => (0,reference/* parseReference */.F2)(i));
    const [first, ...rest] = repos;
    if (!first)
        throw new Error('no image to publish to');
    if (req.strategy === 'layout') {
        log.info(`Pushing ${req.digest} from the OCI layout to ${first.registry}/${first.repository}`);
        await pushFromLayout(client, req.layoutDir, first, req.digest, req.mediaType);
        await Promise.all(rest.map((repo) => client.copyManifest((0,reference/* withDigest */.hQ)(first, req.digest), repo)));
    }
    const verified = await verifyPushed(client, repos, req.digest, req.platforms);
    log.info(`Verified ${req.digest}: ${verified.verification.platforms.join(', ')}`);
    const attestations = await attestationsOf(client, first, verified.manifest);
    await tagAll(client, repos, req.tags, verified, (t) => {
        log.info(`Tagged ${t}`);
    });
    // as the user named the images (the registry client's names are normalised: docker.io/library/...)
    const tagged = req.images.flatMap((image) => req.tags.map((tag) => `${image}:${tag}`));
    return {
        digest: req.digest,
        platforms: verified.verification.platforms,
        platformDigests: verified.verification.platformDigests,
        tagged,
        attestations,
    };
}
/** `env` decides the Docker config the credentials come from (DOCKER_CONFIG). */
function registryPublisher(opts) {
    return {
        async publish(req) {
            const credentials = new oci_credentials/* DockerConfigCredentials */.zw({ ...(0,oci_credentials/* nodeDockerConfigDeps */.lc)(), env: opts.env });
            const client = new oci_client/* RegistryClient */.b({ credentials, insecureRegistries: opts.insecureRegistries });
            try {
                return await publishWith(client, req, opts.log);
            }
            finally {
                client.close();
            }
        },
        async compose(req) {
            const credentials = new oci_credentials/* DockerConfigCredentials */.zw({ ...(0,oci_credentials/* nodeDockerConfigDeps */.lc)(), env: opts.env });
            const client = new oci_client/* RegistryClient */.b({ credentials, insecureRegistries: opts.insecureRegistries });
            try {
                return await composeParts(client, req.images, req.parts, req.annotations);
            }
            finally {
                client.close();
            }
        },
    };
}
//# sourceMappingURL=publisher.js.map
// EXTERNAL MODULE: ./build/src/oci/retry.js
var retry = __webpack_require__(79221);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(37067);
;// CONCATENATED MODULE: ./build/src/registry-facade/routes.js
const API_VERSION = { 'docker-distribution-api-version': 'registry/2.0' };
function error(status, code, message) {
    const body = Buffer.from(JSON.stringify({ errors: [{ code, message }] }));
    return {
        status,
        headers: { ...API_VERSION, 'content-type': 'application/json', 'content-length': String(body.length) },
        body,
    };
}
const ROUTE = /^\/v2\/(.+)\/(manifests|blobs)\/([^/]+)$/;
/** The answer to `method path` (the path without a query); a registry without `content` knows no repository. */
function answer(content, method, path) {
    if (method !== 'GET' && method !== 'HEAD')
        return error(405, 'UNSUPPORTED', 'this registry only serves pulls');
    const head = method === 'HEAD';
    if (path === '/v2/' || path === '/v2')
        return { status: 200, headers: { ...API_VERSION, 'content-length': '0' } };
    const m = ROUTE.exec(path);
    if (!content || !m || m[1] !== content.repository)
        return error(404, 'NAME_UNKNOWN', 'repository name not known to registry');
    const ref = m[3];
    if (m[2] === 'manifests') {
        const manifest = ref === content.tag ? content.manifests[0] : content.manifests.find((x) => x.digest === ref);
        if (!manifest)
            return error(404, 'MANIFEST_UNKNOWN', 'manifest unknown');
        const headers = {
            ...API_VERSION,
            'content-type': manifest.mediaType,
            'content-length': String(manifest.bytes.length),
            'docker-content-digest': manifest.digest,
        };
        return head ? { status: 200, headers } : { status: 200, headers, body: manifest.bytes };
    }
    const blob = content.blobs.get(ref);
    if (!blob)
        return error(404, 'BLOB_UNKNOWN', 'blob unknown to registry');
    if ('url' in blob)
        return { status: 307, headers: { ...API_VERSION, location: blob.url, 'content-length': '0' } };
    const headers = {
        ...API_VERSION,
        'content-type': 'application/octet-stream',
        'content-length': String(blob.size),
        'docker-content-digest': ref,
    };
    return head ? { status: 200, headers } : { status: 200, headers, file: blob.file };
}
//# sourceMappingURL=routes.js.map
;// CONCATENATED MODULE: ./build/src/registry-facade/server.js
/** The facade registry on loopback (a thin node:http server over routes.ts), for one pull, then closed. */



function send(res, a) {
    res.writeHead(a.status, a.headers);
    if ('file' in a) {
        const file = (0,external_node_fs_.createReadStream)(a.file);
        file.on('error', () => res.destroy());
        file.pipe(res);
    }
    else
        res.end(a.body);
}
const isPing = (path) => path === '/v2/' || path === '/v2';
/**
 * Listens at once. The version check is answered at once (a client gives it a short timeout); the other requests
 * once `content` resolves (a pull can start while the content is being found), as a registry without any
 * repository when it resolves to nothing.
 */
async function startFacade(content) {
    const served = content.catch(() => undefined);
    let reached = false;
    const server = (0,external_node_http_.createServer)((req, res) => {
        reached = true;
        const method = req.method ?? 'GET';
        const path = (req.url ?? '/').split('?')[0];
        const reply = (c) => {
            try {
                send(res, answer(c, method, path));
            }
            catch {
                res.destroy(); // a header Node refuses, say: this request fails, the server goes on
            }
        };
        if (isPing(path))
            reply(undefined);
        else
            void served.then(reply);
    });
    await new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(0, '127.0.0.1', () => {
            server.off('error', reject);
            resolve();
        });
    });
    server.on('error', () => undefined); // after listening, a failed connection is that connection's alone
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    return {
        host: `127.0.0.1:${port}`,
        reached: () => reached,
        close: () => new Promise((resolve) => {
            server.closeAllConnections();
            server.close(() => {
                resolve();
            });
        }),
    };
}
//# sourceMappingURL=server.js.map
;// CONCATENATED MODULE: ./build/src/tools/binfmt.js


const BINFMT_DIR = '/proc/sys/fs/binfmt_misc';
/** Every binfmt_misc entry, each file read once. An unmounted binfmt_misc has none. */
async function entries(dir) {
    let names;
    try {
        names = await (0,promises_.readdir)(dir);
    }
    catch {
        return [];
    }
    const out = [];
    for (const name of names) {
        if (name === 'register' || name === 'status')
            continue;
        const text = await (0,promises_.readFile)((0,external_node_path_.join)(dir, name), 'utf8').catch(() => '');
        const flags = /^flags:\s*(\S*)/m.exec(text)?.[1] ?? '';
        out.push({ name, enabled: text.split('\n')[0]?.trim() === 'enabled', flags });
    }
    return out;
}
/** Names of the enabled binfmt_misc entries (e.g. qemu-aarch64). */
async function registeredEmulators(dir = BINFMT_DIR) {
    return (await entries(dir)).filter((e) => e.enabled).map((e) => e.name);
}
/**
 * Names of the enabled binfmt_misc entries registered without the F (fix binary) flag: the kernel looks their
 * interpreter up when a program starts, in the program's own file system, so inside a container (a build's RUN)
 * it is not found.
 */
async function unfixedEmulators(dir = BINFMT_DIR) {
    return (await entries(dir)).filter((e) => e.enabled && !e.flags.includes('F')).map((e) => e.name);
}
//# sourceMappingURL=binfmt.js.map
// EXTERNAL MODULE: ./build/src/buildx/builder.js
var buildx_builder = __webpack_require__(98917);
// EXTERNAL MODULE: ./node_modules/semver/index.js
var semver = __webpack_require__(62088);
// EXTERNAL MODULE: ./build/src/text/slug.js
var slug = __webpack_require__(24774);
;// CONCATENATED MODULE: ./build/src/buildx/cache.js
/** Build cache decisions (pure): GHA cache by default when the job has the cache service. */


function cacheServiceFrom(env) {
    const v2 = (env.ACTIONS_CACHE_SERVICE_V2 ?? '') !== '';
    const url = v2 ? env.ACTIONS_RESULTS_URL : env.ACTIONS_CACHE_URL;
    return { available: !!env.ACTIONS_RUNTIME_TOKEN && !!url, v2 };
}
/** The variables buildx's gha cache reads; they must reach the buildx process. */
const CACHE_ENV_VARS = [
    'ACTIONS_RUNTIME_TOKEN',
    'ACTIONS_CACHE_URL',
    'ACTIONS_RESULTS_URL',
    'ACTIONS_CACHE_SERVICE_V2',
];
/** buildx supports the v2 cache service from 0.21 on. */
const BUILDX_MIN_FOR_CACHE_V2 = '0.21.0';
/**
 * The gha scope: per build (the handoff-id when given, else image, Dockerfile and target) and, for a matrix leg,
 * per platform, so that unrelated builds and the legs of one matrix never evict each other. Without a handoff-id
 * the build args stay out of the scope: a build arg that changes every run (a commit SHA) would else leave every
 * run a cold cache; variants that differ only in build args each give a handoff-id to get a scope of their own.
 */
function ghaScope(s, platform) {
    const build = s.handoff.explicit ? [s.handoff.id] : [s.images[0], s.file, s.target];
    return ['multiarch-publish', ...build, platform]
        .filter((p) => p !== undefined && p !== '')
        .map((p, i) => (i === 0 ? p : (0,slug/* slug */.y)(p, '._-')))
        .join('-');
}
/** Whether planCache needs buildx's version: only to use the gha cache through the v2 cache service. */
function needsBuildxVersion(s, service) {
    return s.cacheFrom.length === 0 && s.cacheTo.length === 0 && s.cache !== 'none' && service.available && service.v2;
}
/** `buildxVersion`: required when needsBuildxVersion says so, else not read. */
function planCache(s, service, buildxVersion, scope) {
    if (s.cacheFrom.length > 0 || s.cacheTo.length > 0)
        return { kind: 'custom', from: s.cacheFrom, to: s.cacheTo };
    if (s.cache === 'none')
        return { kind: 'none', from: [], to: [] };
    if (!service.available) {
        if (s.cache === 'auto')
            return { kind: 'none', from: [], to: [] };
        return {
            kind: 'none',
            from: [],
            to: [],
            warning: 'cache: gha was asked for, but this job has no Actions cache service (ACTIONS_RUNTIME_TOKEN and the cache URL are not set); building without cache',
        };
    }
    const version = semver.coerce(buildxVersion ?? '');
    if (service.v2 && (!version || semver.lt(version, BUILDX_MIN_FOR_CACHE_V2))) {
        return {
            kind: 'none',
            from: [],
            to: [],
            warning: `the Actions cache service v2 is in use, and buildx ${buildxVersion ?? '(version unknown)'} cannot talk to it (needs ${BUILDX_MIN_FOR_CACHE_V2} or newer); building WITHOUT cache. Upgrade buildx to keep the cache.`,
        };
    }
    return {
        kind: 'gha',
        from: [`type=gha,scope=${scope}`],
        to: [`type=gha,scope=${scope},mode=${s.cacheMode},ignore-error=true`],
    };
}
/** Parses `docker buildx version` output (`github.com/docker/buildx v0.29.1 abc` or Debian's `0.29.1+ds1 ...`). */
function parseBuildxVersion(output) {
    const field = output.trim().split(/\s+/)[1] ?? '';
    const v = semver.coerce(field);
    if (!v)
        throw new Error(`cannot read the buildx version from: ${output.trim()}`);
    return v.version;
}
//# sourceMappingURL=cache.js.map
;// CONCATENATED MODULE: ./build/src/buildx/progress.js
/** buildx's plain progress output (what it prints when its output is not a TTY), read for what it says. Pure. */
/** `#9 [linux/arm64 2/4] RUN ...` opens a step, `#9 CACHED` / `#9 ERROR: ...` report on it. */
function buildSteps(log) {
    const steps = new Map();
    for (const line of log.split('\n')) {
        const m = /^(#\d+) (.*)$/.exec(line);
        if (!m)
            continue;
        const [, id, rest] = m;
        const step = steps.get(id);
        if (!step)
            steps.set(id, { id, title: rest, cached: rest === 'CACHED', errors: [] });
        else if (rest === 'CACHED')
            step.cached = true;
        else if (rest.startsWith('ERROR: '))
            step.errors.push(rest.slice('ERROR: '.length));
    }
    return [...steps.values()];
}
/**
 * Warnings for a GitHub Actions cache that could not be read or written. The build goes on without it
 * (`ignore-error=true` on export; BuildKit skips a failed import), so without a warning the loss is silent.
 */
function cacheWarnings(log) {
    const out = [];
    for (const step of buildSteps(log)) {
        if (step.errors.length === 0)
            continue;
        const error = step.errors[0];
        if (step.title.startsWith('importing cache manifest from gha')) {
            out.push(`the GitHub Actions cache could not be read; building without it: ${error}`);
        }
        else if (step.title.startsWith('exporting to GitHub Actions Cache')) {
            out.push(`the GitHub Actions cache could not be written; the image is unaffected: ${error}`);
        }
    }
    return out;
}
/**
 * The step a failed build stopped at, in words: `[linux/arm64 2/2] RUN [...]: process "..." did not complete
 * successfully: exit code: 1`. Undefined when the log names no failed build step (then the caller shows stderr).
 */
function buildFailure(log) {
    const failed = buildSteps(log).filter((s) => s.errors.length > 0 && s.title.startsWith('['));
    if (failed.length === 0)
        return undefined;
    return failed.map((s) => `${s.title}: ${s.errors[0] ?? ''}`).join('\n');
}
/**
 * What a failed image export said, when that is where the build stopped (no build step failed): buildx pushing the
 * layers and manifests by digest. Running the same build again re-uses the builder's cache, so it only pushes
 * again. Undefined for any other failure.
 */
function pushFailure(log) {
    const steps = buildSteps(log).filter((s) => s.errors.length > 0);
    if (steps.some((s) => s.title.startsWith('[')))
        return undefined;
    const exported = steps.filter((s) => s.title.startsWith('exporting to image'));
    if (exported.length === 0)
        return undefined;
    return exported.flatMap((s) => s.errors).join('\n');
}
//# sourceMappingURL=progress.js.map
// EXTERNAL MODULE: ./build/src/oci/transient.js
var oci_transient = __webpack_require__(46673);
;// CONCATENATED MODULE: ./build/src/qemu/plan.js

/**
 * Which emulators to install. `auto`: the platforms this host cannot run, less those already registered in
 * /proc/sys/fs/binfmt_misc. `true`: all non-native ones, registered or not. `false`: none, nothing checked.
 */
function planQemu(s, hostArch, registered) {
    if (s.qemu === 'false')
        return { install: [], required: [] };
    const required = (0,emulators/* neededEmulators */.Gu)(s.platforms, hostArch);
    const install = s.qemu === 'true' ? required : required.filter((e) => !registered.includes(e.entry));
    return { install, required };
}
function binfmtArgs(image, install) {
    return ['run', '--privileged', '--rm', image, '--install', install.map((e) => e.install).join(',')];
}
/** Emulators still not registered after the install. */
function missingEmulators(required, registered) {
    return required.filter((e) => !registered.includes(e.entry));
}
/** The emulators these platforms need that are registered without the F flag (unusable in a container). */
function unfixedFor(platforms, hostArch, unfixed) {
    return (0,emulators/* neededEmulators */.Gu)(platforms, hostArch).filter((e) => unfixed.includes(e.entry));
}
/** The platforms a builder booted now cannot run: non-native ones whose emulator is not registered. */
function unrunnablePlatforms(platforms, hostArch, registered) {
    return platforms.filter((p) => missingEmulators((0,emulators/* neededEmulators */.Gu)([p], hostArch), registered).length > 0);
}
//# sourceMappingURL=plan.js.map
// EXTERNAL MODULE: ./build/src/tools/runner.js
var runner = __webpack_require__(87695);
;// CONCATENATED MODULE: ./build/src/tools/retry.js
/**
 * Retries of the commands that reach a registry: the image pulls, the binfmt run, the builder's creation and boot,
 * and buildx's push by digest. Only a failure its caller finds transient (src/oci/transient.ts) is run again, with
 * the registry client's loop (src/oci/retry.ts: backoff with jitter, a bound on attempts and on time); each retry
 * is logged with its reason.
 */


/**
 * The policy for commands, bounded by `retry-timeout` (seconds; 0: no retries). The bound counts from a command's
 * first failure, so a long build whose push fails still gets its retries.
 */
function commandRetryPolicy(totalSeconds) {
    return {
        maxAttempts: totalSeconds === 0 ? 1 : 8,
        initialDelayMs: 1000,
        maxDelayMs: 30_000,
        factor: 2,
        jitter: 0.5,
        totalTimeMs: totalSeconds * 1000,
    };
}
function commandRetry(opts) {
    const { policy, log, clock = retry/* systemClock */.ml } = opts;
    return {
        run: (what, attempt, transient) => (0,retry/* retryLoop */.rU)(() => attempt(), {
            policy,
            clock,
            boundFrom: 'first-failure',
            classify: (e) => {
                if (!(e instanceof runner/* CommandError */.Qd))
                    return undefined;
                const reason = transient(e);
                return reason === undefined ? undefined : { error: e, reason };
            },
            onRetry: (f, n, delay) => {
                log(`${what} failed (${f.reason}): attempt ${n + 1} of ${policy.maxAttempts} in ${(delay / 1000).toFixed(1)}s`);
            },
            giveUp: (f, n, elapsed) => (n > 1 ? f.error.afterAttempts(n, elapsed, f.reason) : f.error),
        }),
    };
}
/** Runs every command once. */
const noRetry = { run: (_what, attempt) => attempt() };
//# sourceMappingURL=retry.js.map
;// CONCATENATED MODULE: ./build/src/tools/docker.js
/** Thin wrappers over the docker CLI: buildx, images and the binfmt container. Decisions live in src/buildx/. */







/** `docker run` exits 125 when docker itself failed (pulling the image, say), else with the container's code. */
const DOCKER_RUN_OWN_FAILURE = 125;
/** A failed command whose stderr's tail reports a transient registry or network failure. */
const anyTransient = (e) => (0,oci_transient/* transientFailure */.RG)(e);
class Docker {
    runner;
    env;
    retry;
    /** `retry`: how the commands that reach a registry or boot the builder are tried again after a transient failure. */
    constructor(runner, env, retry = noRetry) {
        this.runner = runner;
        this.env = env;
        this.retry = retry;
    }
    run(args, extraEnv = {}, silent = true) {
        return (0,runner/* runChecked */.X4)(this.runner, 'docker', args, { env: { ...this.env, ...extraEnv }, silent });
    }
    async buildxVersion() {
        const res = await this.run(['buildx', 'version']);
        return parseBuildxVersion(res.stdout);
    }
    /** Whether the daemon keeps images in the containerd image store. */
    async containerdStore() {
        const res = await this.run(['info', '--format', '{{json .DriverStatus}}']);
        return (0,buildx_builder/* usesContainerdStore */.hm)(res.stdout);
    }
    /** Whether the daemon has the image (under this name). */
    async hasImage(image) {
        const res = await this.runner.run('docker', ['image', 'inspect', '--format', '{{.Id}}', image], {
            env: this.env,
            silent: true,
        });
        return res.exitCode === 0;
    }
    /** Pulls an image, again after a transient failure (by default any; `transient` narrows it). */
    async pull(image, transient = anyTransient) {
        await this.retry.run(`Pulling ${image}`, () => this.run(['pull', '--quiet', image]), transient);
    }
    /** Gives the image another name (`docker tag`). */
    async tag(image, target) {
        await this.run(['tag', image, target]);
    }
    async installEmulators(image, emulators) {
        await this.retry.run('Installing the QEMU emulators', () => this.run(binfmtArgs(image, emulators), {}, false), (e) => (0,oci_transient/* transientFailure */.RG)(e, [DOCKER_RUN_OWN_FAILURE]));
    }
    /**
     * `docker buildx create`, booting the builder in the same call (`bootstrap`) or not (nodes are appended first).
     * A boot that failed for a transient reason leaves the builder's entry behind: the next attempt boots that one.
     */
    async createBuilder(s, name, configFile, opts) {
        let attempts = 0;
        await this.retry.run(opts.bootstrap ? 'Creating and booting the builder' : 'Creating the builder', async () => {
            const created = attempts++ > 0 && opts.bootstrap && (await this.builderExists(name));
            return this.run(created ? (0,buildx_builder/* bootstrapArgs */.Ux)(name) : (0,buildx_builder/* createBuilderArgs */.R2)(s, name, configFile, opts.bootstrap), {}, false);
        }, anyTransient);
    }
    /** Appends a node to the builder (`docker buildx create --append`), without booting it. */
    async appendNode(s, name, node) {
        await this.run((0,buildx_builder/* appendNodeArgs */.C6)(s, name, node), {}, false);
    }
    /** Whether a builder of that name exists (a named builder of an earlier step or job is used as it is). */
    async builderExists(name) {
        const res = await this.runner.run('docker', (0,buildx_builder/* inspectBuilderArgs */.p5)(name), { env: this.env, silent: true });
        return res.exitCode === 0;
    }
    /** Boots the builder (BuildKit reads the registered emulators now); returns the platforms it reports. */
    async bootstrap(name) {
        const res = await this.retry.run('Booting the builder', () => this.run((0,buildx_builder/* bootstrapArgs */.Ux)(name), {}, false), anyTransient);
        return (0,buildx_builder/* parseInspectPlatforms */.Iz)(res.stdout);
    }
    /**
     * Runs a build with its output shown in the log (`silent`: only captured, for builds that run side by side);
     * returns buildx's progress output (stderr). A build that failed while pushing (not in a build step) for a
     * transient reason runs again: the builder's cache holds every step, so it only pushes again.
     */
    async build(args, extraEnv, silent = false) {
        const pushed = (e) => {
            const failure = pushFailure(e.stderr);
            return failure === undefined ? undefined : (0,oci_transient/* transientReason */.bR)(failure);
        };
        return (await this.retry.run('The push', () => this.run(args, extraEnv, silent), pushed)).stderr;
    }
}
//# sourceMappingURL=docker.js.map
// EXTERNAL MODULE: ./build/src/modes/artifacts.js
var artifacts = __webpack_require__(55165);
// EXTERNAL MODULE: ./build/src/modes/report.js
var report = __webpack_require__(12006);
// EXTERNAL MODULE: ./build/src/workflow/commands.js
var commands = __webpack_require__(69933);
// EXTERNAL MODULE: ./build/src/modes/workspace.js + 2 modules
var workspace = __webpack_require__(61628);
// EXTERNAL MODULE: ./build/src/oci/errors.js
var oci_errors = __webpack_require__(88548);
;// CONCATENATED MODULE: ./build/src/cache-service/client.js




/** A call to the service (lookup, reserve, commit): three attempts in all, 0.25 s then 0.5 s apart. */
const CALL_RETRY = {
    maxAttempts: 3,
    initialDelayMs: 250,
    maxDelayMs: 500,
    factor: 2,
    jitter: 0,
    totalTimeMs: Number.POSITIVE_INFINITY, // the attempts bound it
};
/** Whether an answer is worth asking again: the service was busy or failed (as `@actions/cache` retries). */
const retryable = (status) => status === 0 || status === 429 || status >= 500;
/** A failed call worth another attempt; `error` is what is thrown if none is left. */
class TryAgain extends Error {
    error;
    constructor(error) {
        super(error.message);
        this.error = error;
    }
}
/**
 * The entry of `keys[0]`, else the newest whose key starts with one of the others; undefined when none. A refused
 * or failed lookup is tried again twice (0.25 s, then 0.5 s later), then thrown.
 */
async function lookupEntry(service, keys, version, transport, clock = retry/* systemClock */.ml) {
    return call(transport, lookupRequest(service, keys, version), clock, (status, text) => parseLookup(service, status, text));
}
/**
 * One call to the service, its answer parsed; a call that got no answer, or a busy or failed service's answer, is
 * tried again twice (0.25 s, then 0.5 s later), then thrown.
 */
function call(transport, req, clock, parse) {
    return (0,retry/* retryLoop */.rU)(async () => {
        const res = await client_send(transport, req);
        if (retryable(res.status))
            throw new TryAgain(new Error(`the cache service answered ${res.status}: ${res.text.slice(0, 200)}`));
        return parse(res.status, res.text);
    }, {
        policy: CALL_RETRY,
        clock,
        classify: (e) => (e instanceof TryAgain ? { error: e.error, reason: e.message } : undefined),
    });
}
/** Sends a request to the service; a request that got no answer is worth another attempt. */
async function client_send(transport, req) {
    try {
        const res = await transport.request({
            method: req.method,
            url: new URL(req.url),
            headers: req.headers,
            ...(req.body === undefined ? {} : { body: Buffer.from(req.body) }),
        });
        return { status: res.status, text: Buffer.from(res.body).toString('utf8') };
    }
    catch (e) {
        throw new TryAgain(new Error(`the cache service did not answer: ${(0,errors/* errorMessage */.gJ)(e)}`));
    }
}
/**
 * A request to a signed URL that got no answer, said by the socket's code: the transport's RegistryError carries
 * it (its message redacts the signed query, but the code is all that is needed).
 */
function socketFailure(e) {
    const code = e instanceof oci_errors/* RegistryError */.gl ? e.networkCode : e.code;
    return code ?? (0,errors/* errorMessage */.gJ)(e);
}
/** The entry's bytes, as it arrives. Errors name the entry, never its URL (it is signed: a secret). */
async function openEntry(hit, transport) {
    const failed = (why) => new Error(`the download of the cache entry ${hit.key} ${why}`);
    let res;
    try {
        res = await transport.request({ method: 'GET', url: new URL(hit.url), headers: {}, stream: true });
    }
    catch (e) {
        throw failed(`failed: ${socketFailure(e)}`);
    }
    const stream = res.stream;
    if (res.status !== 200 || !stream) {
        stream?.destroy();
        throw failed(`answered ${res.status}`);
    }
    return stream; // a connection lost midway fails it with "aborted" (ECONNRESET): no URL in that either
}
/** A small entry's bytes, whole; one larger than `maxBytes` is refused. */
async function readEntry(hit, transport, maxBytes) {
    const stream = await openEntry(hit, transport);
    const chunks = [];
    let size = 0;
    for await (const chunk of stream) {
        size += chunk.length;
        if (size > maxBytes) {
            stream.destroy();
            throw new Error(`the cache entry ${hit.key} is larger than ${maxBytes} bytes`);
        }
        chunks.push(chunk);
    }
    return Buffer.concat(chunks);
}
/**
 * Saves an entry: reserve, upload, commit. `exists` when the service has it (or another job is saving it), `refused`
 * when it will not keep it. The service's calls are tried again (see call()); the upload is not (a failed one fails
 * the save). Errors name the key, never the upload URL (signed: a secret).
 */
async function saveEntry(service, key, version, source, transport, clock = retry/* systemClock */.ml) {
    const reservation = await call(transport, reserveRequest(service, key, version, source.size), clock, (s, t) => parseReserve(service, s, t));
    if (reservation === 'exists' || reservation === 'refused')
        return reservation;
    for (const { request, start, end } of uploadRequests(service, reservation, source.size)) {
        let status;
        try {
            const res = await transport.request({
                method: request.method,
                url: new URL(request.url),
                headers: request.headers,
                body: source.read(start, end),
            });
            status = res.status;
        }
        catch (e) {
            throw new Error(`the upload of the cache entry ${key} failed: ${socketFailure(e)}`);
        }
        if (!uploaded(status))
            throw new Error(`the upload of the cache entry ${key} was answered ${status}`);
    }
    await call(transport, commitRequest(service, reservation, key, version, source.size), clock, (s, t) => {
        checkCommit(service, s, t);
    });
    return 'saved';
}
//# sourceMappingURL=client.js.map
// EXTERNAL MODULE: ./build/src/oci/copy.js
var copy = __webpack_require__(59998);
// EXTERNAL MODULE: ./build/src/oci/transport.js
var oci_transport = __webpack_require__(17670);
;// CONCATENATED MODULE: ./build/src/modes/build/image-snapshot.js
/**
 * What the Actions cache keeps of an image the action runs, for one runner (pure): the registry's manifests as it
 * served them (the reference's index, and the manifest of the runner's platform), and the blobs that manifest names
 * (config and layers), each saved as an entry of its own, as it is. A loopback registry (src/registry-facade) then
 * serves the manifests and sends the daemon to the cache for each blob: the daemon pulls the image as from any
 * registry, with the same digests, its bytes never passing through the action.
 */



/** A snapshot record bigger than this is not one (it holds two manifests). */
const SNAPSHOT_MAX_BYTES = 4 << 20;
/** The key of a blob's own entry: content-addressed, shared by every image (and job) that has the blob. */
function blobEntryKey(digest) {
    return `multiarch-publish-blob-${digest.replace(':', '-')}`;
}
const image_snapshot_decode = (m) => (0,decode/* decodeManifest */.MK)(m.bytes, m.mediaType, m.digest);
/** The variant a daemon on a runner of this architecture takes when an index offers several (as containerd's). */
const DEFAULT_VARIANT = { amd64: 'v1', arm64: 'v8', arm: 'v7' };
/**
 * The manifest of `linux/<arch>` in an index (attestations left out), of the variant the daemon takes: none or the
 * architecture's default first, else the first listed; undefined when it has none.
 */
function platformManifest(m, arch) {
    if (m.kind !== 'index')
        return undefined;
    const candidates = m.index.manifests.filter((d) => (0,oci/* platformOf */.tj)(d) !== undefined && d.platform?.os === 'linux' && d.platform.architecture === arch);
    const preferred = (d) => !d.platform?.variant || d.platform.variant === DEFAULT_VARIANT[arch];
    return candidates.find(preferred) ?? candidates[0];
}
/**
 * The snapshot of `top` (and, when it is an index, of `platform`, its runner's manifest). Throws when the manifests
 * do not make one image: an index without the platform's manifest, or anything but an image at the end.
 */
function snapshotOf(top, platform) {
    const manifests = platform ? [top, platform] : [top];
    const image = image_snapshot_decode(manifests[manifests.length - 1]);
    if (image.kind !== 'image')
        throw new Error(`${top.digest} is not an image for this runner's platform`);
    if (platform && !(0,decode/* childrenOf */.LU)(image_snapshot_decode(top)).some((d) => d.digest === platform.digest))
        throw new Error(`${top.digest} does not list ${platform.digest}`);
    return { digest: top.digest, manifests, blobs: (0,decode/* childrenOf */.LU)(image).map((d) => ({ digest: d.digest, size: d.size })) };
}
/** The record kept in the cache (its blobs are listed by the manifests themselves). */
function encodeSnapshot(s) {
    const record = {
        version: 1,
        digest: s.digest,
        manifests: s.manifests.map((m) => ({
            digest: m.digest,
            mediaType: m.mediaType,
            data: Buffer.from(m.bytes).toString('base64'),
        })),
    };
    return Buffer.from(JSON.stringify(record));
}
/** A record read back; throws when it is not one this version wrote, or its manifests are not their digests. */
function decodeSnapshot(bytes) {
    const wrong = () => new Error('not an image snapshot of this version');
    const r = JSON.parse(Buffer.from(bytes).toString('utf8'));
    if (r?.version !== 1 || !Array.isArray(r.manifests))
        throw wrong();
    const manifests = r.manifests.map((m) => {
        const { digest, mediaType, data } = (m ?? {});
        if (typeof digest !== 'string' || typeof mediaType !== 'string' || typeof data !== 'string')
            throw wrong();
        const manifest = Buffer.from(data, 'base64');
        if ((0,types/* digestOf */.ol)(manifest) !== digest)
            throw new Error(`a manifest does not match its digest ${digest}`);
        return { digest: (0,types/* parseDigest */.m)(digest), mediaType, bytes: manifest };
    });
    const [top, platform, ...rest] = manifests;
    if (!top || top.digest !== r.digest || rest.length > 0)
        throw wrong();
    return snapshotOf(top, platform);
}
//# sourceMappingURL=image-snapshot.js.map
;// CONCATENATED MODULE: ./build/src/modes/build/image-cache.js
/**
 * The Actions cache for the action's images, by the cache service's own protocol: a small record per image and
 * runner (its manifests, image-snapshot.ts) and an entry per blob, kept as it is, so that the daemon can download
 * each blob from the cache's URL itself. Signed download URLs are secrets: each is masked before anything could
 * print it (upload URLs never reach the log).
 */






const SNAPSHOT_VERSION = ownEntryVersion('image-snapshot');
const BLOB_VERSION = ownEntryVersion('blob');
/** A call whose socket stalls this long fails (the step then fetches or pulls the image). */
const IDLE_TIMEOUT_MS = 30_000;
/** Blob entries saved at once. */
const SAVE_CONCURRENCY = 3;
function actionsImageCache(service, secret) {
    /** A connection of its own for each call, closed after it (no idle keep-alive socket outlives the step). */
    const over = async (fn) => {
        const transport = (0,oci_transport/* nodeTransport */._)({ timeoutMs: IDLE_TIMEOUT_MS });
        try {
            return await fn(transport);
        }
        finally {
            transport.close?.();
        }
    };
    const find = async (t, keys, version) => {
        const hit = await lookupEntry(service, keys, version, t);
        if (hit)
            secret(hit.url);
        return hit;
    };
    return {
        writable: service.writable,
        find: async (key, restoreKeys) => service.readable ? over((t) => find(t, [key, ...restoreKeys], SNAPSHOT_VERSION)) : undefined,
        snapshot: async (hit) => decodeSnapshot(await over((t) => readEntry(hit, t, SNAPSHOT_MAX_BYTES))),
        blobUrls: (snapshot) => over(async (t) => {
            const hits = await Promise.all(snapshot.blobs.map((b) => find(t, [blobEntryKey(b.digest)], BLOB_VERSION)));
            const urls = new Map();
            snapshot.blobs.forEach((b, i) => hits[i] && urls.set(b.digest, hits[i].url));
            return urls;
        }),
        save: (key, snapshot, files) => over(async (t) => {
            await (0,copy/* mapLimit */.sf)(snapshot.blobs, SAVE_CONCURRENCY, async (b) => {
                const file = files.get(b.digest);
                if (!file)
                    throw new Error(`no file for ${b.digest}`);
                const read = (start, end) => end > start ? (0,external_node_fs_.createReadStream)(file, { start, end: end - 1 }) : new Uint8Array();
                await saveEntry(service, blobEntryKey(b.digest), BLOB_VERSION, { size: b.size, read }, t);
            });
            const record = encodeSnapshot(snapshot);
            const read = (start, end) => record.subarray(start, end);
            return saveEntry(service, key, SNAPSHOT_VERSION, { size: record.length, read }, t);
        }),
    };
}
//# sourceMappingURL=image-cache.js.map
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(46466);
;// CONCATENATED MODULE: ./build/src/modes/build/image-fetch.js
/**
 * An image the cache does not hold yet, fetched by the action from its registry for the runner's platform: the
 * reference's manifest (by the digest a HEAD gave, so the snapshot is of that image), the platform's manifest, and
 * its blobs written to files, each checked against its digest. The two manifest GETs are what the daemon's own pull
 * would have asked (one pull, to Docker Hub's count); the daemon then pulls the image from these files.
 */








/** Blobs downloaded at once (as dockerd does). */
const CONCURRENCY = 3;
/** The manifest as served, and decoded. */
async function manifest(client, ref, digest) {
    const m = await client.getManifest((0,reference/* withDigest */.hQ)(ref, digest));
    return [{ digest, mediaType: m.descriptor.mediaType, bytes: m.bytes }, m.manifest];
}
/** Writes the blob to `file`; throws when its bytes are not its digest, or not the size its descriptor says. */
async function download(client, ref, blob, file) {
    const { stream } = await client.openBlob(ref, blob.digest);
    const hash = (0,external_node_crypto_.createHash)('sha256');
    let size = 0;
    const count = new external_node_stream_.Transform({
        transform(chunk, _enc, done) {
            hash.update(chunk);
            size += chunk.length;
            done(null, chunk);
        },
    });
    await (0,external_node_stream_promises_.pipeline)(stream, count, (0,external_node_fs_.createWriteStream)(file));
    const digest = `sha256:${hash.digest('hex')}`;
    if (digest !== blob.digest || size !== blob.size)
        throw new Error(`the blob ${blob.digest} arrived as ${size} bytes of ${digest} (expected ${blob.size} bytes)`);
}
async function fetchImage(client, ref, digest, arch, dir) {
    const [top, decoded] = await manifest(client, ref, digest);
    const platform = platformManifest(decoded, arch);
    if (decoded.kind === 'index' && !platform)
        throw new Error(`${digest} has no image for linux/${arch}`);
    const snapshot = snapshotOf(top, platform && (await manifest(client, ref, platform.digest))[0]);
    const files = new Map(snapshot.blobs.map((b) => [b.digest, (0,external_node_path_.join)(dir, b.digest.replace(':', '-'))]));
    await (0,copy/* mapLimit */.sf)(snapshot.blobs, CONCURRENCY, (blob) => download(client, ref, blob, files.get(blob.digest)));
    return { snapshot, files };
}
//# sourceMappingURL=image-fetch.js.map
;// CONCATENATED MODULE: ./build/src/modes/build/images.js
/**
 * The images the action runs (binfmt, BuildKit), made present in the daemon before they are needed. A fresh runner
 * has neither, and Docker Hub refuses pulls past its rate limit (HTTP 429). So they are kept in the Actions cache,
 * keyed by the reference, the runner's architecture and the digest a HEAD of the manifest gives (a HEAD does not
 * count against Docker Hub's pull limit). The cache keeps the image's manifests and each of its blobs as they are
 * (image-snapshot.ts), and the daemon pulls the image from a registry of the action's on loopback
 * (src/registry-facade), which serves the manifests and redirects each blob to its URL in the cache: a hit pulls no
 * layer from the image's registry, and its bytes never pass through the action. A miss is fetched by the action from
 * the registry, pulled by the daemon from those files, and saved. When the registry refuses and the cache holds an
 * older copy, that copy is used, with a warning. Without the cache (`cache-images: false`, no cache service, a
 * daemon on another machine, a reference by digest), and when the action's own fetch fails, the daemon pulls
 * (with retries).
 */







/** The start of every key of this image on this architecture: an older copy is found by it. */
function imageCacheKeyPrefix(image, arch) {
    return `multiarch-publish-image-${(0,slug/* slug */.y)(image, '._-')}-${arch}-`;
}
function imageCacheKey(image, arch, digest) {
    return `${imageCacheKeyPrefix(image, arch)}${digest.replace(':', '-')}`;
}
/** A pull that failed: a name the registry does not have is the input's fault; a registry that kept failing is not. */
function pullError(e, image, input) {
    if (!(e instanceof runner/* CommandError */.Qd))
        return e;
    const reason = (0,oci_transient/* transientFailure */.RG)(e);
    if (reason === undefined)
        return new errors/* InputError */.dz(input, `the image '${image}' cannot be pulled:\n${(0,runner/* stderrTail */.be)(e.stderr)}`);
    const tries = e.retries
        ? `; gave up after ${e.retries.attempts} attempts in ${(e.retries.elapsedMs / 1000).toFixed(1)}s`
        : '';
    return new Error(`the image '${image}' (${input}) could not be pulled: ${reason}${tries}\n${(0,runner/* stderrTail */.be)(e.stderr)}`);
}
/**
 * The newest copy's image once the registry's digest says it is current; undefined when it is not, or not ready
 * (`keyOf`: the key of a digest).
 */
async function current(digest, newest, keyOf) {
    const [{ digest: d }, { copy }] = await Promise.all([digest, newest]);
    if (!d || !copy || copy.hit.key !== keyOf(d))
        return undefined;
    const ready = await copy.ready;
    return 'why' in ready ? undefined : ready;
}
class CachedImages {
    d;
    cache;
    /** Set once the daemon could not reach the loopback registry (a rootless daemon, or one on another machine). */
    unreachable = false;
    /** The images pulled from the loopback registry, and the name each was pulled by. */
    names = new Map();
    /** The names still to give them (settle() gives them). */
    naming = [];
    /** The images being saved, and named, while the step goes on. */
    saving = [];
    constructor(d, cache) {
        this.d = d;
        this.cache = cache;
    }
    nameOf(image) {
        return this.names.get(image) ?? image;
    }
    async settle() {
        await Promise.all(this.naming.splice(0).map((name) => name()));
    }
    settleLater() {
        this.saving.push(this.settle());
    }
    async finish() {
        await Promise.all([this.settle(), ...this.saving]);
    }
    async ensure(image, input) {
        const { d } = this;
        const ref = (0,reference/* parseReference */.F2)(image);
        if (ref.digest) {
            if (await d.docker.hasImage(image))
                return 'present';
            // a pulled image keeps the name it was pulled by, and a name with a digest cannot be given to it afterwards
            d.log.info(`${image}: not kept in the Actions cache (an image named by digest can only be pulled by it)`);
            return pullImage(d.docker, image, input);
        }
        const prefix = imageCacheKeyPrefix(image, d.arch);
        // the newest copy is asked for, and made ready, while the daemon says whether it has the image and the registry
        // says the digest: on a warm run it is the one wanted; without any copy there is nothing to ask for by the key
        const digestP = this.digest(image);
        const newestP = this.copy(prefix, [prefix]);
        // and the daemon is sent to the loopback registry at once (its start overlaps the questions): it serves the
        // newest copy once the daemon says it lacks the image and the digest says the copy is current, else nothing,
        // and that pull fails at once
        const keyOf = (digest) => imageCacheKey(image, d.arch, digest);
        const present = d.docker.hasImage(image);
        const warm = this.serve(image, ref, present.then((has) => (has ? undefined : current(digestP, newestP, keyOf))));
        if (await present) {
            await warm; // served nothing
            return 'present'; // what was asked is not used, nor said
        }
        const [asked, found] = await Promise.all([digestP, newestP]);
        if (asked.why)
            d.log.info(`${image}: the registry did not say its digest (${asked.why})`);
        if (found.why)
            d.log.warning(`${image}: the Actions cache could not be asked for ${prefix}: ${found.why}`);
        const { digest } = asked;
        const newest = found.copy;
        const key = digest && keyOf(digest);
        const hit = key === undefined || newest === undefined
            ? undefined
            : newest.hit.key === key
                ? newest
                : await this.copy(key, []).then((c) => {
                    if (c.why)
                        d.log.warning(`${image}: the Actions cache could not be asked for ${key}: ${c.why}`);
                    return c.copy;
                });
        const loaded = (await warm) || (hit !== undefined && hit !== newest && (await this.fromCache(image, ref, hit)));
        if (hit && loaded) {
            d.log.info(`${image}: loaded from the Actions cache (${hit.hit.key}); nothing pulled`);
            return 'fetched';
        }
        if (hit && hit === newest)
            await this.explain(image, hit);
        const older = newest && newest.hit.key !== hit?.hit.key ? newest : undefined;
        const miss = digest && key ? await this.fetched(image, ref, digest, key, older !== undefined) : undefined;
        if (miss === true)
            return 'fetched';
        // Docker Hub's limit holds for hours: with an older copy at hand, a 429 is not worth waiting out
        const transient = (e) => {
            const reason = (0,oci_transient/* transientFailure */.RG)(e);
            return older && reason === oci_transient/* RATE_LIMITED */.kU ? undefined : reason;
        };
        try {
            await d.docker.pull(image, transient);
        }
        catch (e) {
            const reason = e instanceof runner/* CommandError */.Qd ? (0,oci_transient/* transientFailure */.RG)(e) : undefined;
            if (older && reason && (await this.fromCache(image, ref, older))) {
                d.log.warning(`${input}: the registry refused '${image}' (${reason}); using the copy the Actions cache kept from an ` +
                    `earlier run (${older.hit.key}), which may be older than the registry's`);
                return 'fetched';
            }
            throw pullError(e, image, input);
        }
        const why = key ? miss : 'the registry gave no digest to key it by';
        if (why)
            d.log.info(`${image}: not kept in the Actions cache (${why})`);
        return 'fetched';
    }
    /** The registry's digest of the image; else why not (said only if it is used). */
    async digest(image) {
        try {
            const digest = await this.d.headDigest(image);
            return digest ? { digest } : {};
        }
        catch (e) {
            return { why: (0,errors/* errorMessage */.gJ)(e) };
        }
    }
    /**
     * The cache's entry, made ready to serve from the moment it is found (its snapshot read, its blobs' URLs asked
     * for); none when it has none, or cannot be asked (why: said only if it is used; the cache is never the step's
     * failure).
     */
    async copy(key, restoreKeys) {
        try {
            const hit = await this.cache.find(key, restoreKeys);
            return hit ? { copy: { hit, ready: this.ready(hit) } } : {};
        }
        catch (e) {
            return { why: (0,errors/* errorMessage */.gJ)(e) };
        }
    }
    /** The entry's image, ready to serve; else why it cannot be (said only if it is used). */
    async ready(hit) {
        try {
            const snapshot = await this.cache.snapshot(hit);
            const urls = await this.cache.blobUrls(snapshot);
            const missing = snapshot.blobs.filter((b) => !urls.has(b.digest));
            if (missing.length > 0)
                return { why: `the Actions cache no longer holds ${missing.length} of its blobs (${hit.key})`, warn: false };
            return { snapshot, blobs: new Map([...urls].map(([digest, url]) => [digest, { url }])) };
        }
        catch (e) {
            return { why: `could not load it from the Actions cache entry ${hit.key}: ${(0,errors/* errorMessage */.gJ)(e)}`, warn: true };
        }
    }
    /** The image pulled from the cache's entry; false when that cannot be done (said why). */
    async fromCache(image, ref, copy) {
        const ready = await copy.ready;
        if ('why' in ready)
            return this.explain(image, copy);
        return this.serve(image, ref, Promise.resolve(ready));
    }
    /** Says why the entry could not be served, if its image was not ready; false. */
    async explain(image, copy) {
        const ready = await copy.ready;
        if ('why' in ready) {
            if (ready.warn)
                this.d.log.warning(`${image}: ${ready.why}`);
            else
                this.d.log.info(`${image}: ${ready.why}`);
        }
        return false;
    }
    /**
     * A miss: the image fetched from its registry by the action and pulled by the daemon from those files, which are
     * saved meanwhile (finish() waits for that: nothing in the step does). True when it is there; else why it is not
     * kept in the cache, if that was not said already (the daemon then pulls it from its registry).
     */
    async fetched(image, ref, digest, key, quick) {
        const { d, cache } = this;
        if (this.unreachable)
            return "the daemon cannot reach the action's loopback registry";
        const dir = (0,external_node_path_.join)(d.dir, (0,slug/* slug */.y)(image, '._-'));
        const clean = () => d.files.rm(dir, { force: true, recursive: true }).catch((e) => {
            d.log.info(`${image}: ${dir} stays until the post step: ${(0,errors/* errorMessage */.gJ)(e)}`);
        });
        let got;
        try {
            await d.files.mkdir(dir, { recursive: true });
            got = await d.fetchImage(ref, digest, d.arch, dir, quick);
        }
        catch (e) {
            await clean();
            d.log.info(`${image}: the action could not fetch it (${(0,errors/* errorMessage */.gJ)(e)}); the daemon pulls it`);
            return 'the action could not fetch it';
        }
        const { snapshot, files } = got;
        if (!cache.writable)
            d.log.info(`${image}: not kept in the Actions cache (read-only for this job)`);
        const saved = cache.writable ? this.save(image, key, snapshot, files) : Promise.resolve();
        const blobs = new Map(snapshot.blobs.map((b) => [
            b.digest,
            { file: files.get(b.digest), size: b.size },
        ]));
        const served = await this.serve(image, ref, Promise.resolve({ snapshot, blobs }));
        // the files go once both the daemon and the upload have read them
        this.saving.push(saved.finally(clean));
        return served || undefined;
    }
    /**
     * Pulls the image from a loopback registry serving `ready` as soon as it resolves (by the image's tag); the image
     * then runs by that name until settle() gives it its own. False when it resolves to nothing (the daemon is answered
     * that the registry has no such image), or when the pull fails: a daemon that never reached the loopback registry
     * is not sent there again.
     */
    async serve(image, ref, ready) {
        const { d } = this;
        if (this.unreachable)
            return false;
        const tag = ref.tag ?? 'latest';
        let facade;
        try {
            facade = await d.startFacade(ready.then((r) => r && { repository: ref.repository, tag, manifests: r.snapshot.manifests, blobs: r.blobs }));
        }
        catch (e) {
            this.unreachable = true;
            d.log.warning(`${image}: the action's loopback registry did not start (${(0,errors/* errorMessage */.gJ)(e)}); pulling it`);
            return false;
        }
        const local = `${facade.host}/${ref.repository}:${tag}`;
        try {
            await d.docker.pull(local, () => undefined); // loopback: nothing worth another attempt
        }
        catch (e) {
            const why = (0,oci_errors/* redactUrlsIn */.$1)((0,errors/* errorMessage */.gJ)(e));
            if (!facade.reached()) {
                this.unreachable = true;
                d.log.warning(`${image}: the daemon cannot reach the action's loopback registry; the images are pulled from their ` +
                    `registries: ${why}`);
            }
            else if (await ready.catch(() => undefined)) {
                d.log.warning(`${image}: the copy from the Actions cache could not be pulled; pulling it instead: ${why}`);
            } // else nothing was served: that pull was to fail
            return false;
        }
        finally {
            await facade.close();
        }
        d.untagLater(local);
        this.names.set(image, local);
        this.naming.push(() => d.docker.tag(local, image).catch((e) => {
            d.log.warning(`${image}: pulled as ${local}, but not named ${image}: ${(0,errors/* errorMessage */.gJ)(e)}`);
        }));
        return true;
    }
    /** Saves the image under `key`; a failure is a warning, never the step's. */
    async save(image, key, snapshot, files) {
        try {
            const saved = await this.cache.save(key, snapshot, files);
            this.d.log.info(saved === 'saved'
                ? `${image}: kept in the Actions cache (${key})`
                : saved === 'exists'
                    ? `${image}: the Actions cache already holds ${key}`
                    : `${image}: not kept in the Actions cache (the cache service would not keep ${key})`);
        }
        catch (e) {
            this.d.log.warning(`${image}: not kept in the Actions cache: ${(0,errors/* errorMessage */.gJ)(e)}`);
        }
    }
}
/** Pulls, with retries. */
async function pullImage(docker, image, input) {
    try {
        await docker.pull(image);
    }
    catch (e) {
        throw pullError(e, image, input);
    }
    return 'fetched';
}
/** Pulls, with retries; without the cache. */
class PulledImages {
    docker;
    constructor(docker) {
        this.docker = docker;
    }
    async ensure(image, input) {
        return (await this.docker.hasImage(image)) ? 'present' : pullImage(this.docker, image, input);
    }
    nameOf(image) {
        return image;
    }
    settle() {
        return Promise.resolve();
    }
    settleLater() {
        // nothing is pulled under another name
    }
    finish() {
        return Promise.resolve();
    }
}
function imageProvider(d) {
    return d.cache ? new CachedImages(d, d.cache) : new PulledImages(d.docker);
}
//# sourceMappingURL=images.js.map
;// CONCATENATED MODULE: ./build/src/modes/build/outputs.js

function buildOutputs(r) {
    return { ...(0,report/* indexOutputs */.$8)(r), imageid: r.imageId ?? '', metadata: r.metadata.raw };
}
/** in-toto predicate types, as people call them. */
const PREDICATES = {
    'https://slsa.dev/provenance/v0.2': 'provenance (SLSA v0.2)',
    'https://slsa.dev/provenance/v1': 'provenance (SLSA v1)',
    'https://spdx.dev/Document': 'SBOM (SPDX)',
};
/** `provenance (SLSA v0.2) for linux/amd64, linux/arm64; SBOM (SPDX) for linux/amd64, linux/arm64`, or `none`. */
function attestationSummary(attestations) {
    const by = new Map();
    for (const a of attestations) {
        for (const t of a.predicateTypes) {
            const name = PREDICATES[t] ?? t;
            by.set(name, [...(by.get(name) ?? []), ...(a.platform ? [a.platform] : [])]);
        }
    }
    if (by.size === 0)
        return 'none';
    return [...by]
        .sort(([a], [b]) => a.localeCompare(b, 'en', { sensitivity: 'base' }))
        .map(([name, ps]) => (ps.length > 0 ? `${name} for ${ps.join(', ')}` : name))
        .join('; ');
}
function headline(r) {
    if (r.call !== undefined)
        return `\`call: ${r.call}\`: no problem found; nothing was built or pushed.`;
    return r.digest ? `Index \`${r.image ?? ''}\`` : 'Built without pushing.';
}
function summaryMarkdown(r) {
    const tags = r.tagged.length > 0 ? r.tagged.map((t) => `\`${t}\``).join('<br>') : 'none';
    const rows = r.platforms.map((p) => `| ${(0,report/* cell */.Hn)(p)} | ${r.platformDigests[p] ? `\`${r.platformDigests[p]}\`` : 'not pushed'} | ${tags} | ${r.buildSeconds.toFixed(1)} s | ${r.cache.kind} |`);
    const nodes = r.nodes.length > 1
        ? [`Nodes: ${r.nodes.map((n) => `${n.platforms.join(', ')} on \`${n.node ?? '?'}\``).join('; ')}`, '']
        : [];
    const attested = r.digest ? [`Attestations pushed: ${attestationSummary(r.attestations)}`, ''] : [];
    return [
        '### multiarch-publish',
        '',
        headline(r),
        '',
        ...(r.call !== undefined
            ? []
            : ['| Platform | Digest | Tags | Build time | Cache |', '| --- | --- | --- | --- | --- |', ...rows, '']),
        ...attested,
        ...nodes,
    ].join('\n');
}
//# sourceMappingURL=outputs.js.map
;// CONCATENATED MODULE: ./build/src/modes/build/paths.js
/** The build's context and Dockerfile, checked before anything runs (bad paths are bad input too). */




/** A context buildx fetches itself (a Git or HTTP URL): nothing of it can be read here. */
function isRemoteContext(context) {
    return /^[a-z]+:\/\//i.test(context) || context.startsWith('git@');
}
/** The Dockerfile's path on this machine; undefined for a remote context. */
function dockerfilePath(s, cwd) {
    if (isRemoteContext(s.context))
        return undefined;
    return s.file ? (0,external_node_path_.resolve)(cwd, s.file) : (0,external_node_path_.join)((0,external_node_path_.resolve)(cwd, s.context), 'Dockerfile');
}
/** Secret files must be readable files, ssh sockets and keys must exist: checked before anything runs. */
async function checkSecretPaths(s, cwd) {
    for (const f of s.secretFiles) {
        const path = (0,external_node_path_.resolve)(cwd, f.path);
        const file = await (0,promises_.stat)(path).catch(() => undefined);
        const readable = file?.isFile() &&
            (await (0,promises_.access)(path, external_node_fs_.constants.R_OK).then(() => true, () => false));
        if (!readable) {
            throw new errors/* InputError */.dz('secret-files', `line ${String(f.line)}: '${f.path}' (id ${f.id}) is not a readable file or does not exist`);
        }
    }
    for (const x of s.ssh) {
        for (const p of x.paths) {
            const found = await (0,promises_.stat)((0,external_node_path_.resolve)(cwd, p)).catch(() => undefined);
            if (!found) {
                const what = x.agent ? `the ssh-agent socket SSH_AUTH_SOCK=${p}` : `'${p}'`;
                throw new errors/* InputError */.dz('ssh', `line ${String(x.line)}: ${what} does not exist`);
            }
        }
    }
}
async function checkPaths(s, cwd) {
    await checkSecretPaths(s, cwd);
    const file = dockerfilePath(s, cwd);
    if (file === undefined)
        return;
    await (0,promises_.access)((0,external_node_path_.resolve)(cwd, s.context), external_node_fs_.constants.R_OK).catch(() => {
        throw new errors/* InputError */.dz('context', `expected a readable directory, '${s.context}' is not readable or does not exist`);
    });
    await (0,promises_.access)(file, external_node_fs_.constants.R_OK).catch(() => {
        throw new errors/* InputError */.dz('file', `expected a readable Dockerfile, '${s.file ?? (0,external_node_path_.join)(s.context, 'Dockerfile')}' is not readable or does not exist`);
    });
}
//# sourceMappingURL=paths.js.map
// EXTERNAL MODULE: ./build/src/buildx/argv.js
var argv = __webpack_require__(61662);
;// CONCATENATED MODULE: ./build/src/buildx/metadata.js
/** buildx --metadata-file parsing (pure). */

function parseBuildMetadata(text) {
    let json;
    try {
        json = JSON.parse(text);
    }
    catch {
        throw new Error(`buildx metadata file is not JSON: ${text.slice(0, 200)}`);
    }
    if (typeof json !== 'object' || json === null || Array.isArray(json)) {
        throw new Error('buildx metadata file is not a JSON object');
    }
    const m = json;
    const str = (k) => (typeof m[k] === 'string' ? m[k] : undefined);
    const digestText = str('containerimage.digest');
    const configText = str('containerimage.config.digest');
    const descriptor = m['containerimage.descriptor'];
    return {
        digest: digestText ? (0,types/* parseDigest */.m)(digestText) : undefined,
        descriptor: descriptor && typeof descriptor === 'object' ? descriptor : undefined,
        configDigest: configText ? (0,types/* parseDigest */.m)(configText) : undefined,
        imageName: str('image.name'),
        buildRef: str('buildx.build.ref'),
        raw: JSON.stringify(json),
    };
}
/**
 * The `imageid` output as build-push-action gives it (buildx's --iidfile): the config digest of a one-platform
 * image, else the image's (the index's) digest.
 */
function imageId(m) {
    return m.configDigest ?? m.digest;
}
/** The node a build ran on, from `buildx.build.ref` (builder/node/ref). */
function buildNode(m) {
    return m.buildRef?.split('/')[1];
}
//# sourceMappingURL=metadata.js.map
;// CONCATENATED MODULE: ./build/src/modes/build/exec.js
/** Running one `docker buildx build`: its environment, its failure in words, its metadata file. */





/**
 * The environment buildx gets on top of the job's: the cache service variables, the secrets (`secrets` and the
 * GitHub token under names of this action's; `secret-envs` under their own), and the ssh-agent socket.
 */
function buildEnv(s, env) {
    const out = {};
    for (const k of CACHE_ENV_VARS)
        if (env[k] !== undefined)
            out[k] = env[k];
    s.secrets.forEach((sec, i) => (out[(0,argv/* secretEnvName */.ln)(i)] = sec.value));
    for (const e of s.secretEnvs) {
        const value = env[e.env];
        if (value !== undefined)
            out[e.env] = value;
    }
    if (s.gitAuth)
        out[argv/* GIT_AUTH_ENV */.Wr] = s.gitAuth.token;
    const sock = env.SSH_AUTH_SOCK;
    if (s.ssh.some((x) => x.agent) && sock !== undefined)
        out.SSH_AUTH_SOCK = sock;
    return out;
}
/**
 * A failed build in words: the step (platform, stage, instruction) it stopped at, not the command line; for
 * `call: check`, what buildx printed about the problems it found; a push that failed (after how many attempts).
 * Anything else is returned as it is.
 */
function explainFailure(s, e) {
    if (!(e instanceof runner/* CommandError */.Qd))
        return e;
    if (s.call !== undefined) {
        const said = [e.stdout, e.stderr].map((t) => (0,runner/* stderrTail */.be)(t, 20)).filter((t) => t.trim() !== '');
        return new Error(`call: ${s.call} failed (exit code ${String(e.exitCode)}):\n${said.join('\n')}\nnothing was pushed`);
    }
    const step = buildFailure(e.stderr);
    if (step !== undefined)
        return new Error(`the build failed at ${step}\nnothing was pushed, no tag was moved`);
    const push = pushFailure(e.stderr);
    if (push === undefined)
        return e;
    const r = e.retries;
    const tries = r
        ? ` (${r.reason}; gave up after ${String(r.attempts)} attempts in ${(r.elapsedMs / 1000).toFixed(1)}s)`
        : '';
    return new Error(`the push by digest failed${tries}: ${push}\nno tag was moved`);
}
/** Runs a build with its output in the log; returns buildx's progress output. Throws the failure in words. */
async function buildOrExplain(s, docker, args, env) {
    try {
        return await docker.build(args, env);
    }
    catch (e) {
        throw explainFailure(s, e);
    }
}
/** buildx writes no metadata for some runs (call: check writes `{}`); a missing file is empty metadata. */
async function readMetadata(readFile, path) {
    let text;
    try {
        text = await readFile(path);
    }
    catch (e) {
        if (e.code === 'ENOENT')
            return { raw: '{}' };
        throw e;
    }
    return parseBuildMetadata(text);
}
//# sourceMappingURL=exec.js.map
;// CONCATENATED MODULE: ./build/src/modes/build/nodes.js
/**
 * A build on a builder with appended nodes: one `docker buildx build` per node, side by side, each for the
 * platforms its node builds (buildx sends them there: the nodes' platforms are fixed), each pushed by digest.
 * buildx's own multi-node build cannot be used: it pushes the merged index under `latest` (a tag moved before any
 * verification) and reports no digest. run.ts joins the results into one index.
 */







/**
 * The cache of a build of these platforms: a gha scope per image and target, and per platform set when the
 * builds are several (matrix legs, nodes), so that they never evict each other.
 */
function groupCache(s, service, buildxVersion, perPlatforms) {
    return (platforms) => planCache(s, service, buildxVersion, ghaScope(s, perPlatforms ? platforms.join(',') : undefined));
}
/** The settings of one node's build: its platforms; index annotations only where it makes an index of several. */
function groupSettings(s, platforms) {
    if (platforms.length > 1)
        return { ...s, platforms };
    const annotations = Object.fromEntries(Object.entries(s.annotations).filter(([level]) => !level.startsWith('index')));
    return { ...s, platforms, annotations };
}
const where = (g) => g.node ? `the node of nodes line ${String(g.node.line)} (${g.node.endpoint})` : "the builder's first node";
async function buildOnNodes(s, d, builder, groups, cacheOf) {
    d.log.info(`Building on ${String(groups.length)} nodes at once: ${groups.map((g) => `${g.platforms.join(', ')} on ${where(g)}`).join('; ')}`);
    const env = buildEnv(s, d.env);
    // side by side, their logs captured: each is shown in its own group once the builds are over
    const results = await Promise.all(groups.map(async (g, i) => {
        const gs = groupSettings(s, g.platforms);
        const paths = {
            metadataFile: (0,external_node_path_.join)(d.workDir, `metadata-${String(i)}.json`),
            layoutDir: (0,external_node_path_.join)(d.workDir, 'layout'),
        };
        const args = (0,argv/* buildArgs */.CH)(gs, builder, cacheOf(g.platforms), (0,argv/* outputStrategy */.Rq)(s), paths);
        try {
            return { progress: await d.docker.build(args, env, true), metadataFile: paths.metadataFile };
        }
        catch (e) {
            return { progress: e instanceof runner/* CommandError */.Qd ? e.stderr : '', error: e, metadataFile: paths.metadataFile };
        }
    }));
    const out = [];
    for (const [i, r] of results.entries()) {
        const g = groups[i];
        const cache = cacheOf(g.platforms);
        await d.log.group(`Build of ${g.platforms.join(', ')} on ${where(g)} (cache: ${cache.kind})`, async () => {
            d.log.info(r.progress);
            if (r.error === undefined) {
                const metadata = await readMetadata(d.readFile, r.metadataFile);
                d.log.info(`${g.platforms.join(', ')} built on node ${buildNode(metadata) ?? '(unknown)'}`);
                out.push({ platforms: g.platforms, metadata });
            }
        });
        for (const w of cacheWarnings(r.progress))
            d.log.warning(w);
    }
    const failed = results.find((r) => r.error !== undefined);
    if (failed)
        throw explainFailure(s, failed.error);
    return out;
}
//# sourceMappingURL=nodes.js.map
;// CONCATENATED MODULE: ./build/src/dockerfile/words.js
/**
 * Expands the ARGs in one word of a FROM line (its image or its --platform value) the way BuildKit's shell lexer
 * does for the forms Dockerfiles use: `$NAME`, `${NAME}`, `${NAME:-word}`, `${NAME-word}`, `${NAME:+word}`,
 * `${NAME+word}`, quotes and the escape character. A form it does not know (`${NAME#pattern}`, `${NAME:?msg}`, ...)
 * is reported, never guessed. Pure.
 */
/** Unwinds the lexer at the first word it cannot expand; caught in expandWord, never seen outside. */
class Stop extends Error {
    failure;
    constructor(failure) {
        super('expansion stopped');
        this.failure = failure;
    }
}
const isNameStart = (c) => (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c === '_';
const isNameChar = (c) => isNameStart(c) || (c >= '0' && c <= '9');
class Lexer {
    text;
    escape;
    scope;
    pos = 0;
    constructor(text, escape, scope) {
        this.text = text;
        this.escape = escape;
        this.scope = scope;
    }
    /** Reads until the end, or until an unquoted `stop` character (left unread). */
    word(stop) {
        let out = '';
        for (;;) {
            const c = this.text[this.pos];
            if (c === undefined || c === stop)
                return out;
            this.pos++;
            if (c === this.escape)
                out += this.text[this.pos++] ?? '';
            else if (c === "'")
                out += this.until("'");
            else if (c === '"')
                out += this.doubleQuoted();
            else if (c === '$')
                out += this.variable();
            else
                out += c;
        }
    }
    until(end) {
        const close = this.text.indexOf(end, this.pos);
        if (close < 0)
            throw new Stop({ ok: false, unsupported: `unterminated quote in '${this.text}'` });
        const out = this.text.slice(this.pos, close);
        this.pos = close + 1;
        return out;
    }
    doubleQuoted() {
        let out = '';
        for (;;) {
            const c = this.text[this.pos++];
            if (c === undefined)
                throw new Stop({ ok: false, unsupported: `unterminated quote in '${this.text}'` });
            if (c === '"')
                return out;
            if (c === this.escape)
                out += this.text[this.pos++] ?? '';
            else if (c === '$')
                out += this.variable();
            else
                out += c;
        }
    }
    name() {
        const start = this.pos;
        while (isNameChar(this.text[this.pos] ?? ''))
            this.pos++;
        return this.text.slice(start, this.pos);
    }
    /** After a `$`. */
    variable() {
        if (this.text[this.pos] !== '{') {
            if (!isNameStart(this.text[this.pos] ?? ''))
                return '$';
            return this.lookUp(this.name());
        }
        this.pos++;
        const name = this.name();
        if (name === '')
            throw new Stop({ ok: false, unsupported: `'\${${this.text.slice(this.pos)}' in '${this.text}'` });
        if (this.text[this.pos] === '}') {
            this.pos++;
            return this.lookUp(name);
        }
        const colon = this.text[this.pos] === ':';
        if (colon)
            this.pos++;
        const op = this.text[this.pos] ?? '';
        if (op !== '-' && op !== '+') {
            throw new Stop({ ok: false, unsupported: `the form '\${${name}${colon ? ':' : ''}${op}...}' in '${this.text}'` });
        }
        this.pos++;
        const alternative = this.word('}');
        if (this.text[this.pos] !== '}')
            throw new Stop({ ok: false, unsupported: `unterminated '\${${name}' in '${this.text}'` });
        this.pos++;
        const value = this.scope.get(name);
        if (value === null)
            throw new Stop({ ok: false, variable: name, unknown: true });
        const set = value !== undefined && (!colon || value !== '');
        if (op === '-')
            return set ? value : alternative;
        return set ? alternative : '';
    }
    lookUp(name) {
        const value = this.scope.get(name);
        if (value === undefined || value === null)
            throw new Stop({ ok: false, variable: name, unknown: value === null });
        return value;
    }
}
/** Expands one word; `escape` is the Dockerfile's escape character (`\` unless a directive changes it). */
function expandWord(text, scope, escape = '\\') {
    try {
        return { ok: true, value: new Lexer(text, escape, scope).word() };
    }
    catch (e) {
        if (e instanceof Stop)
            return e.failure;
        throw e;
    }
}
//# sourceMappingURL=words.js.map
;// CONCATENATED MODULE: ./build/src/dockerfile/graph.js
/**
 * The stages of a Dockerfile as BuildKit builds them for one target platform: the platform each stage runs on
 * (a stage FROM another stage takes that stage's platform, else its --platform, else the target platform) and the
 * stages a target needs (FROM <stage>, COPY --from=<stage>, RUN --mount=from=<stage>, and those in the ONBUILD
 * triggers of a local base stage). Stages are placed lazily: an ARG that only a stage the target does not need uses
 * decides nothing. Pure.
 */


/** Why the analysis cannot decide; its message goes to the log. */
class Undecided extends Error {
    constructor(message) {
        super(message);
        this.name = 'Undecided';
    }
}
const label = (s) => (s.name !== undefined ? `stage '${s.name}'` : `stage #${s.index}`);
function expanded(result, what) {
    if (result.ok)
        return result.value;
    if ('unsupported' in result)
        throw new Undecided(`${what}: cannot expand ${result.unsupported}`);
    const why = result.unknown ? 'a default this analysis cannot expand' : 'no value (no default, no build-arg)';
    throw new Undecided(`${what}: $${result.variable} has ${why}`);
}
/** The stages of one target platform, placed lazily (only the stages the target needs are expanded). */
class PlatformBuild {
    df;
    scope;
    target;
    placed = new Map();
    constructor(df, scope, target) {
        this.df = df;
        this.scope = scope;
        this.target = target;
    }
    place(stage) {
        const known = this.placed.get(stage.index);
        if (known)
            return known;
        const what = `line ${stage.line}: FROM ${stage.platform === undefined ? '' : `--platform=${stage.platform} `}${stage.base}`;
        const image = expanded(expandWord(stage.base, this.scope, this.df.escape), what);
        if (image === '')
            throw new Undecided(`${what}: the image is empty`);
        const base = this.df.stages.slice(0, stage.index).find((s) => s.name === image);
        let placement = { platform: this.target };
        if (base) {
            placement = { platform: this.place(base).platform, via: `FROM ${label(base)}`, base };
        }
        else if (stage.platform !== undefined) {
            const value = expanded(expandWord(stage.platform, this.scope, this.df.escape), what);
            try {
                placement = { platform: (0,platform/* parsePlatform */.FL)(value), via: `--platform=${stage.platform}` };
            }
            catch (e) {
                if (e instanceof platform/* PlatformError */.Wk)
                    throw new Undecided(`${what}: ${e.message}`);
                throw e;
            }
        }
        this.placed.set(stage.index, placement);
        return placement;
    }
    /** The stage a COPY --from or RUN --mount=from= in `user` reads, or undefined for an image. */
    source(ref, user) {
        const what = `line ${ref.line}: ${ref.via} from=${ref.from}`;
        if (ref.from.includes('$'))
            throw new Undecided(`${what}: a variable in from= is not expanded here`);
        const byIndex = /^\d+$/.test(ref.from);
        const source = byIndex
            ? this.df.stages[Number(ref.from)]
            : this.df.stages.find((s) => s.name === ref.from.toLowerCase());
        if (source === undefined && byIndex)
            throw new Undecided(`${what}: there is no stage #${ref.from}`);
        if (source !== undefined && source.index >= user.index) {
            throw new Undecided(`${what}: ${label(source)} is not defined before ${label(user)}`);
        }
        return source;
    }
    /** The stages the target stage needs, itself included, in Dockerfile order. */
    needed(targetStage) {
        const seen = new Set();
        const visit = (stage) => {
            if (seen.has(stage.index))
                return;
            seen.add(stage.index);
            const { base } = this.place(stage);
            if (base)
                visit(base);
            for (const ref of [...stage.refs, ...(base?.onbuild.refs ?? [])]) {
                const source = this.source(ref, stage);
                if (source)
                    visit(source);
            }
        };
        visit(targetStage);
        return this.df.stages.filter((s) => seen.has(s.index));
    }
}
//# sourceMappingURL=graph.js.map
;// CONCATENATED MODULE: ./build/src/dockerfile/scope.js
/**
 * The ARGs a FROM line sees, as BuildKit sets them: its automatic platform ARGs (TARGETPLATFORM, TARGETOS,
 * TARGETARCH, TARGETVARIANT for the platform being built, the BUILD* ones for the build platform), then each global
 * ARG (before the first FROM) in order: a build-arg for it wins, else its default expanded with the ARGs before it,
 * else it keeps the automatic value it may have. A build-arg for an ARG the Dockerfile does not declare is not seen.
 * Pure.
 */


function platformArgs(prefix, p) {
    const parts = (0,platform/* platformParts */.Yn)(p);
    return [
        [`${prefix}PLATFORM`, p],
        [`${prefix}OS`, parts.os],
        [`${prefix}ARCH`, parts.architecture],
        [`${prefix}VARIANT`, parts.variant ?? ''],
    ];
}
function globalScope(args, buildArgs, target, build, escape) {
    const scope = new Map([...platformArgs('TARGET', target), ...platformArgs('BUILD', build)]);
    for (const arg of args) {
        if (Object.hasOwn(buildArgs, arg.name)) {
            scope.set(arg.name, buildArgs[arg.name] ?? '');
        }
        else if (arg.value !== undefined) {
            const expanded = expandWord(arg.value, scope, escape);
            // a default this analysis cannot expand poisons the ARG: a FROM that uses it cannot be decided
            scope.set(arg.name, expanded.ok ? expanded.value : null);
        }
    }
    return scope;
}
//# sourceMappingURL=scope.js.map
// EXTERNAL MODULE: ./node_modules/dockerfile-ast/lib/main.js
var main = __webpack_require__(78390);
;// CONCATENATED MODULE: ./build/src/dockerfile/stages.js
/**
 * A Dockerfile read with dockerfile-ast into what the emulation analysis needs: the global ARGs, and per stage its
 * FROM (image and --platform as written), its RUN lines, the stages or images it reads (COPY --from,
 * RUN --mount=from=) and the ONBUILD triggers it leaves for a stage built FROM it. What BuildKit would reject, or
 * this reading cannot be sure of, is an error with the line. Pure.
 */

class DockerfileError extends Error {
    constructor(message) {
        super(message);
        this.name = 'DockerfileError';
    }
}
const KEYWORDS = new Set(Object.values(main.Keyword));
const STAGE_NAME = /^[a-z][a-z0-9-_.]*$/;
const lineOf = (i) => i.getRange().start.line + 1;
function fail(i, message) {
    throw new DockerfileError(`line ${lineOf(i)}: ${message}`);
}
function checkHeredocs(i) {
    if (!(i instanceof main.Run || i instanceof main.Copy))
        return;
    for (const h of i.getHeredocs()) {
        if (h.getDelimiterRange() === null)
            fail(i, `here-document <<${h.getName()} is not closed`);
    }
}
/** Adds what a RUN or COPY reads and runs to `steps`; `line` is where it is written (the ONBUILD's line for a trigger). */
function addStep(steps, i, line) {
    if (i instanceof main.Run) {
        steps.runs.push(line);
        for (const flag of i.getFlags()) {
            if (flag.getName() !== 'mount')
                continue;
            const from = flag.getOption('from')?.getValue();
            const raw = flag.getValue() ?? '';
            if (raw.includes('"') || raw.includes("'"))
                fail(i, `cannot read the quoted --mount '${raw}'`);
            if (from !== undefined && from !== null)
                steps.refs.push({ from, line, via: 'RUN --mount' });
        }
    }
    else if (i instanceof main.Copy) {
        // not getFromFlag(): it sees --from only when it is the only flag (`COPY --link --from=...` has two)
        const from = i.getFlags().filter((f) => f.getName() === 'from');
        if (from.length > 1)
            fail(i, 'COPY takes one --from');
        const value = from[0]?.getValue();
        if (value === null)
            fail(i, '--from has no value');
        if (value !== undefined)
            steps.refs.push({ from: value, line, via: 'COPY --from' });
    }
}
function readFrom(i, index) {
    const flags = i.getFlags();
    const unknown = flags.find((f) => f.getName() !== 'platform');
    if (unknown)
        fail(i, `FROM takes no --${unknown.getName()}`);
    if (flags.length > 1)
        fail(i, 'FROM takes one --platform');
    const args = i.getArguments().map((a) => a.getValue());
    const [base, as, name] = args;
    if (base === undefined)
        fail(i, 'FROM names no image');
    if (args.length !== 1 && (args.length !== 3 || as?.toLowerCase() !== 'as')) {
        fail(i, `expected 'FROM [--platform=...] image [AS name]', found 'FROM ${args.join(' ')}'`);
    }
    const stage = { index, line: lineOf(i), base, runs: [], refs: [], onbuild: { runs: [], refs: [] } };
    if (name !== undefined) {
        const lower = name.toLowerCase();
        if (!STAGE_NAME.test(lower))
            fail(i, `'${name}' is not a valid stage name`);
        stage.name = lower;
    }
    const platform = flags[0]?.getValue();
    if (platform === null)
        fail(i, '--platform has no value');
    if (platform !== undefined)
        stage.platform = platform;
    return stage;
}
function readOnbuild(stage, i) {
    const trigger = i.getTriggerInstruction();
    if (trigger === null)
        fail(i, 'ONBUILD has no instruction');
    const keyword = trigger.getKeyword();
    if (!KEYWORDS.has(keyword) || ['ONBUILD', 'FROM', 'MAINTAINER'].includes(keyword)) {
        fail(i, `ONBUILD cannot trigger ${keyword}`);
    }
    checkHeredocs(trigger);
    addStep(stage.onbuild, trigger, lineOf(i));
}
function readGlobalArgs(i, args) {
    if (!(i instanceof main.Arg))
        fail(i, `${i.getKeyword()} before the first FROM (only ARG may come before it)`);
    for (const p of i.getProperties()) {
        const value = p.getValue();
        args.push(value === null ? { name: p.getName() } : { name: p.getName(), value });
    }
}
/** Reads a Dockerfile; throws DockerfileError where BuildKit would fail or the reading is unsure. */
function parseDockerfile(text) {
    let df;
    try {
        df = main.DockerfileParser.parse(text);
    }
    catch (e) {
        throw new DockerfileError(`the Dockerfile could not be read: ${e instanceof Error ? e.message : String(e)}`);
    }
    const args = [];
    const stages = [];
    for (const i of df.getInstructions()) {
        const keyword = i.getKeyword();
        if (!KEYWORDS.has(keyword))
            fail(i, `unknown instruction '${i.getInstruction()}'`);
        checkHeredocs(i);
        const current = stages[stages.length - 1];
        if (i instanceof main.From) {
            const stage = readFrom(i, stages.length);
            if (stage.name !== undefined && stages.some((s) => s.name === stage.name)) {
                fail(i, `stage name '${stage.name}' is used twice`);
            }
            stages.push(stage);
        }
        else if (current === undefined)
            readGlobalArgs(i, args);
        else if (i instanceof main.Onbuild)
            readOnbuild(current, i);
        else
            addStep(current, i, lineOf(i));
    }
    if (stages.length === 0)
        throw new DockerfileError('the Dockerfile has no FROM');
    const parsed = { args, stages, escape: df.getEscapeCharacter() };
    const syntax = syntaxOf(df);
    if (syntax !== undefined)
        parsed.syntax = syntax;
    return parsed;
}
/**
 * The `# syntax=` directive; also one that follows a blank line or another comment before the first instruction,
 * which dockerfile-ast reads as a comment: mistaking a comment for a custom frontend only costs the emulator.
 */
function syntaxOf(df) {
    const directive = df.getDirectives().find((d) => d.getName().toLowerCase() === 'syntax');
    if (directive)
        return directive.getValue();
    const first = df.getInstructions()[0]?.getRange().start.line ?? Infinity;
    for (const comment of df.getComments()) {
        if (comment.getRange().start.line > first)
            break;
        const [key = '', ...value] = comment.getContent().split('=');
        if (key.trim().toLowerCase() === 'syntax' && value.length > 0)
            return value.join('=').trim();
    }
    return undefined;
}
//# sourceMappingURL=stages.js.map
;// CONCATENATED MODULE: ./build/src/dockerfile/emulation.js
/**
 * Which platforms a build runs code under that this runner cannot run natively, read from the Dockerfile: only a
 * RUN executes code (FROM, COPY, ADD, ENV, ... are pulls and file operations that BuildKit does natively). For each
 * target platform the stages the build target needs are followed (FROM <stage>, COPY --from=<stage>,
 * RUN --mount=from=<stage>, and the same in ONBUILD triggers of a local base stage) and each gets its platform:
 * a stage FROM another stage has that stage's platform; else its --platform (`$BUILDPLATFORM` is this runner,
 * linux/<hostArch>); else the target platform. A RUN (or an ONBUILD RUN of its base stage) in a stage whose platform
 * the runner does not run natively needs the emulator. External base images are assumed to carry no ONBUILD RUN.
 * When the Dockerfile cannot be decided (a FROM with an ARG without value, a syntax the reading is unsure of, a
 * custom frontend, an unknown target) the answer is `undecided` and the caller installs QEMU as it would without
 * this analysis. Pure.
 */





/** The frontends that are BuildKit's own Dockerfile syntax (any version or channel). */
const STANDARD_FRONTENDS = new Set([
    'docker/dockerfile',
    'docker/dockerfile-upstream',
    'docker.io/docker/dockerfile',
    'docker.io/docker/dockerfile-upstream',
]);
function frontendName(ref) {
    const name = ref.trim().split('@')[0] ?? '';
    const colon = name.lastIndexOf(':');
    return (colon > name.lastIndexOf('/') ? name.slice(0, colon) : name).toLowerCase();
}
function emulatedRuns(build, stages, hostArch) {
    const out = [];
    for (const stage of stages) {
        const { platform, via, base } = build.place(stage);
        if ((0,emulators/* runsNatively */.PU)(platform, hostArch))
            continue;
        const as = `runs as ${platform}${via ? ` (${via})` : ''}`;
        if (base) {
            for (const line of base.onbuild.runs) {
                out.push({ platform, text: `ONBUILD RUN of ${label(base)} (line ${line}) in ${label(stage)} ${as}` });
            }
        }
        for (const line of stage.runs)
            out.push({ platform, text: `RUN in ${label(stage)} (line ${line}) ${as}` });
    }
    return out;
}
function nativeReason(build, stages) {
    const parts = stages.map((stage) => {
        const { platform, via, base } = build.place(stage);
        if (stage.runs.length === 0 && (base?.onbuild.runs.length ?? 0) === 0)
            return `${label(stage)} has no RUN`;
        return `${label(stage)} runs on ${platform}${via ? ` (${via})` : ''}`;
    });
    return `no RUN runs emulated: ${parts.join('; ')}`;
}
/** The build platform ($BUILDPLATFORM): the runner, as BuildKit on it reports itself. */
function runnerPlatform(hostArch) {
    try {
        return (0,platform/* parsePlatform */.FL)(`linux/${hostArch}`);
    }
    catch (e) {
        if (e instanceof platform/* PlatformError */.Wk)
            throw new Undecided(`the runner's architecture '${hostArch}' is not known`);
        throw e;
    }
}
function analyze(df, input) {
    const syntax = input.buildArgs.BUILDKIT_SYNTAX ?? df.syntax;
    if (syntax !== undefined && !STANDARD_FRONTENDS.has(frontendName(syntax))) {
        throw new Undecided(`the Dockerfile is built by the frontend '${syntax}', not BuildKit's Dockerfile syntax`);
    }
    const target = input.target ?? '';
    const targetStage = target === '' ? df.stages[df.stages.length - 1] : df.stages.find((s) => s.name === target.toLowerCase());
    if (targetStage === undefined)
        throw new Undecided(`the target stage '${target}' is not in the Dockerfile`);
    const buildPlatform = runnerPlatform(input.hostArch);
    const needed = [];
    const reasons = [];
    for (const platform of input.platforms) {
        const scope = globalScope(df.args, input.buildArgs, platform, buildPlatform, df.escape);
        const build = new PlatformBuild(df, scope, platform);
        const stages = build.needed(targetStage);
        const emulated = emulatedRuns(build, stages, input.hostArch);
        for (const run of emulated)
            if (!needed.includes(run.platform))
                needed.push(run.platform);
        const [first] = emulated;
        if (first) {
            const more = emulated.length > 1 ? ` (and ${emulated.length - 1} more emulated RUN)` : '';
            reasons.push(`${platform}: ${first.text}${more}`);
        }
        else if ((0,emulators/* runsNatively */.PU)(platform, input.hostArch)) {
            reasons.push(`${platform}: runs natively on this ${input.hostArch} runner`);
        }
        else {
            reasons.push(`${platform}: ${nativeReason(build, stages)}`);
        }
    }
    return { needed, reasons };
}
/** Which platforms need QEMU for this Dockerfile, or why that cannot be decided. Never throws for a bad Dockerfile. */
function analyzeEmulation(input) {
    try {
        return analyze(parseDockerfile(input.dockerfile), input);
    }
    catch (e) {
        if (e instanceof Undecided || e instanceof DockerfileError)
            return { undecided: e.message };
        throw e;
    }
}
//# sourceMappingURL=emulation.js.map
// EXTERNAL MODULE: ./build/src/text/lines.js
var lines = __webpack_require__(17746);
;// CONCATENATED MODULE: ./build/src/modes/build/emulation.js

/** Whether the Dockerfile is worth reading: some platform is not native and `qemu` is not forced on. */
function wantsAnalysis(s, hostArch) {
    return s.qemu !== 'true' && s.platforms.some((p) => !(0,emulators/* runsNatively */.PU)(p, hostArch));
}
function emulationScope(s, hostArch, analysis) {
    const nonNative = s.platforms.filter((p) => !(0,emulators/* runsNatively */.PU)(p, hostArch));
    if (nonNative.length === 0 || s.qemu === 'true' || analysis === undefined) {
        return { emulated: nonNative, unemulated: [], notes: [] };
    }
    if ('undecided' in analysis) {
        return {
            emulated: nonNative,
            unemulated: [],
            notes: [
                `QEMU: the Dockerfile does not tell what runs emulated (${analysis.undecided}); emulating every platform`,
            ],
        };
    }
    return {
        emulated: analysis.needed,
        unemulated: nonNative.filter((p) => !analysis.needed.includes(p)),
        notes: analysis.reasons.map((r) => `QEMU: ${r}`),
    };
}
//# sourceMappingURL=emulation.js.map
;// CONCATENATED MODULE: ./build/src/modes/build/setup.js
/**
 * QEMU and builder setup. BuildKit reads the registered emulators once, when its worker starts: a builder booted
 * before they are registered builds the emulated platforms but never lists them (docs/qemu-order.md). So two
 * chains run at once: the Dockerfile read, the binfmt image and the emulators' registration on one side, the
 * BuildKit image (its import is the slowest part) and the buildkitd config on the other; then a new builder is
 * created and booted in one `docker buildx create --bootstrap`. Its platforms need no second call: the emulators it reads at boot were
 * checked registered just before. A builder that already exists, or one with appended nodes, is booted with
 * `docker buildx inspect --bootstrap`, whose platform list is checked against the request.
 */






async function analysis(s, d) {
    if (!wantsAnalysis(s, d.hostArch))
        return undefined;
    const dockerfile = await d.readDockerfile();
    if (dockerfile === undefined)
        return { undecided: 'a remote build context' };
    const buildArgs = Object.fromEntries(s.buildArgs.map((a) => (0,lines/* keyValue */.Hv)(a)).filter((kv) => kv !== undefined));
    return analyzeEmulation({ dockerfile, target: s.target, buildArgs, platforms: s.platforms, hostArch: d.hostArch });
}
/**
 * What QEMU needs (nothing runs yet but the pull of the binfmt image when an emulator must be installed). A
 * platform an appended node builds runs there, natively: no emulator for it.
 */
async function prepareQemu(s, d) {
    const scope = onNodes(s, emulationScope(s, d.hostArch, await analysis(s, d)));
    for (const note of scope.notes)
        d.log.info(note);
    const registered = await d.registeredEmulators();
    const plan = planQemu({ qemu: s.qemu, platforms: scope.emulated }, d.hostArch, registered);
    if (plan.install.length > 0)
        await d.images.ensure(s.binfmtImage, 'binfmt-image');
    return { plan, scope, registered };
}
/** Platforms that appended nodes build are emulated nowhere: each node builds its platforms natively. */
function onNodes(s, scope) {
    const covered = s.nodes.flatMap((n) => n.platforms).filter((p) => s.platforms.includes(p));
    if (covered.length === 0)
        return scope;
    return {
        emulated: scope.emulated.filter((p) => !covered.includes(p)),
        unemulated: scope.unemulated.filter((p) => !covered.includes(p)),
        notes: [...scope.notes, `QEMU: ${covered.join(', ')} built on appended nodes (natively there): no emulator here`],
    };
}
/** `load: true` with several platforms needs Docker's containerd image store (buildx loads an index there). */
async function checkLoad(s, d) {
    if (!s.load || s.platforms.length < 2 || (await d.docker.containerdStore()))
        return;
    throw new errors/* InputError */.dz('load', `load: true with platforms: ${s.platforms.join(',')} needs Docker's containerd image store, which this daemon does ` +
        'not use (it loads one platform only); give one platform, or turn on the containerd image store');
}
/**
 * Whether a new builder is created and booted in one call, its platforms taken from the emulators checked just
 * before: a docker-container builder of one node, on this daemon. A remote builder, or one with appended nodes,
 * runs elsewhere: `buildx inspect --bootstrap` tells its platforms.
 */
function bootsOnCreate(s) {
    return s.driver === 'docker-container' && s.nodes.length === 0;
}
/** Checks the docker driver can build, or makes a new builder's image and config ready; creates nothing yet. */
async function prepareBuilder(s, builder, d) {
    if (!builder.create) {
        const problem = (0,buildx_builder/* dockerDriverProblem */.w_)(s, await d.docker.containerdStore());
        if (problem)
            throw new errors/* InputError */.dz('driver', problem);
        d.log.info(`Builder: the docker driver's own builder '${builder.name}'`);
        return { kind: 'none' };
    }
    if (s.builderName !== undefined && (await d.docker.builderExists(s.builderName))) {
        d.log.info(`Builder '${s.builderName}' (input name) exists: used as it is` +
            (s.nodes.length > 0 ? '; its nodes are not changed (input nodes not appended)' : ''));
        return { kind: 'existing' };
    }
    const image = (0,buildx_builder/* builderImage */.j1)(s);
    const [config, provided] = await Promise.all([
        s.buildkitdConfigInline ? d.writeConfig(s.buildkitdConfigInline) : Promise.resolve(s.buildkitdConfig),
        image ? d.images.ensure(image.image, image.input) : Promise.resolve(undefined),
    ]);
    // An image this step has just pulled or loaded is current: the builder runs it under a tag of its own, so that
    // its boot does not pull it again (localBuilderImage). Only for a builder of one node on this daemon that the
    // post step removes (with the tag); an image the daemon had already, and a kept builder, go to buildx by name,
    // so that buildx's pull at boot keeps a moving tag current on a long-lived daemon.
    if (!image || provided !== 'fetched' || !builder.remove || !bootsOnCreate(s))
        return { kind: 'new', config };
    const localImage = (0,buildx_builder/* localBuilderImage */.Gc)(builder.name);
    d.postState.untag = [...(d.postState.untag ?? []), localImage]; // saved before tagging: removed whatever happens next
    d.state.save(d.postState);
    await d.docker.tag(d.images.nameOf(image.image), localImage);
    d.log.info(`Builder image: ${image.image}, as ${localImage} (booted from the copy just made present)`);
    return { kind: 'new', config, localImage };
}
/** Creates the builder, booted in the same call unless nodes are appended to it first. */
async function createBuilder(s, builder, boot, d) {
    // Saved just before creating, so the post step removes it even when creation or the job is cut short. A
    // builder named by the user, or with cleanup: false, is kept.
    if (builder.remove) {
        d.postState.builder = builder.name;
        d.postState.builderDriver = s.driver;
        d.state.save(d.postState);
    }
    else {
        d.log.info(`Builder '${builder.name}' is kept after the job (${s.builderName ? 'input name' : 'cleanup: false'})`);
    }
    const created = boot.localImage
        ? { ...s, buildkitImage: boot.localImage, driverOpts: s.driverOpts.filter((o) => !o.startsWith('image=')) }
        : s;
    await d.docker.createBuilder(created, builder.name, boot.config, { bootstrap: bootsOnCreate(s) });
    for (const node of s.nodes)
        await d.docker.appendNode(s, builder.name, node);
}
/** Installs the emulators the plan asks for; returns the entries registered now. */
async function registerEmulators(s, qemu, d) {
    const { plan, scope } = qemu;
    if (plan.required.length === 0) {
        if (s.qemu === 'false')
            d.log.info('QEMU: off (qemu: false)');
        else if (scope.unemulated.length > 0)
            d.log.info(`QEMU: not needed, nothing runs emulated (${scope.unemulated.join(', ')} build natively)`);
        else
            d.log.info(`QEMU: not needed, every platform runs natively on ${d.hostArch}`);
        return qemu.registered;
    }
    if (plan.install.length > 0) {
        d.log.info(`QEMU: installing ${plan.install.map((e) => e.install).join(', ')} with ${s.binfmtImage}`);
        await d.docker.installEmulators(d.images.nameOf(s.binfmtImage), plan.install);
    }
    else {
        d.log.info(`QEMU: ${plan.required.map((e) => e.entry).join(', ')} already registered`);
    }
    const registered = plan.install.length > 0 ? await d.registeredEmulators() : qemu.registered;
    const missing = missingEmulators(plan.required, registered);
    if (missing.length > 0) {
        throw new Error(`QEMU emulators not registered after setup: ${missing.map((e) => e.entry).join(', ')} (see /proc/sys/fs/binfmt_misc)`);
    }
    d.log.info('QEMU: emulators registered before the builder boots');
    return registered;
}
function checkPlatforms(s, builder, listed, scope, log) {
    const uncovered = (0,buildx_builder/* uncoveredPlatforms */.oN)(s.platforms, listed);
    const missing = uncovered.filter((p) => !scope.unemulated.includes(p));
    if (missing.length > 0) {
        throw new Error(`builder '${builder.name}' cannot build ${missing.join(', ')} (it supports ${listed.join(', ') || 'nothing'}); ` +
            (s.qemu === 'false'
                ? 'set qemu: auto, or use a runner that runs these platforms'
                : 'the emulators were registered before it booted: check /proc/sys/fs/binfmt_misc and the binfmt image'));
    }
    log.info(`Builder '${builder.name}' supports ${listed.join(', ')}`);
    const accepted = uncovered.filter((p) => scope.unemulated.includes(p));
    if (accepted.length > 0) {
        log.info(`Builder '${builder.name}' builds ${accepted.join(', ')} without an emulator: nothing runs emulated there`);
    }
}
/**
 * A builder booted now runs the native platforms and those whose emulator is registered (with the F flag:
 * checkFixed): an emulated platform without one fails here, before the builder is created. With `qemu: auto` or
 * `true` the emulators were checked registered after the install already; this catches `qemu: false` on a runner
 * without them.
 */
function checkEmulated(s, builder, qemu, registered, d) {
    const missing = unrunnablePlatforms(qemu.scope.emulated, d.hostArch, registered);
    if (missing.length > 0) {
        throw new Error(`builder '${builder.name}' cannot build ${missing.join(', ')}: its RUN steps need an emulator that is not ` +
            'registered (see /proc/sys/fs/binfmt_misc); ' +
            (s.qemu === 'false' ? 'set qemu: auto, or use a runner that runs these platforms' : 'check the binfmt image'));
    }
}
/** What a builder booted by `docker buildx create --bootstrap` builds, and how. */
function logBooted(s, builder, qemu, d) {
    const emulated = qemu.scope.emulated.filter((p) => s.platforms.includes(p));
    d.log.info(`Builder '${builder.name}' booted: builds ${s.platforms.join(', ')}` +
        (emulated.length > 0 ? ` (${emulated.join(', ')} under QEMU)` : '') +
        (qemu.scope.unemulated.length > 0 ? ` (${qemu.scope.unemulated.join(', ')} without an emulator)` : ''));
}
/**
 * An emulator registered without the F flag (an old distribution's qemu-user-static, say) does not run inside a
 * container: a build's RUN under it fails, late and obscurely. Said here, before the builder starts.
 */
async function checkFixed(qemu, d) {
    if (qemu.scope.emulated.length === 0 || !d.unfixedEmulators)
        return;
    const unfixed = unfixedFor(qemu.scope.emulated, d.hostArch, await d.unfixedEmulators());
    if (unfixed.length === 0)
        return;
    const names = unfixed.map((e) => e.entry).join(', ');
    throw new Error(`QEMU: ${names} registered without the F flag (see the flags line of /proc/sys/fs/binfmt_misc/${unfixed[0]?.entry ?? ''}): ` +
        'a build container cannot use it. Remove it (echo -1 > /proc/sys/fs/binfmt_misc/<name>) so that the binfmt ' +
        'image installs one, or register it with the F flag');
}
async function setup(s, d) {
    return d.log.group('Setting up QEMU and the builder', async () => {
        const builder = (0,buildx_builder/* planBuilder */.Zw)(s, d.uniqueName);
        await checkLoad(s, d);
        // the emulators are registered while the BuildKit image is still arriving (its import, from a registry or
        // the Actions cache, is the slowest part of the setup): only the boot needs both
        const qemuChain = async () => {
            const q = await prepareQemu(s, d);
            return { qemu: q, registered: await registerEmulators(s, q, d) };
        };
        const [qemuDone, builderDone] = await Promise.allSettled([qemuChain(), prepareBuilder(s, builder, d)]);
        if (builderDone.status === 'rejected')
            throw builderDone.reason;
        if (qemuDone.status === 'rejected')
            throw qemuDone.reason;
        const { qemu, registered } = qemuDone.value;
        const boot = builderDone.value;
        if (s.driver !== 'remote')
            await checkFixed(qemu, d);
        const oneCall = boot.kind === 'new' && bootsOnCreate(s);
        if (oneCall)
            checkEmulated(s, builder, qemu, registered, d);
        // the images have their own names before anything looks for them by those: buildx's boot, unless it runs the
        // builder's local tag (then they are named while the build runs, which needs no tag: images.finish() waits)
        const byName = !(boot.kind === 'new' && boot.localImage);
        if (byName)
            await d.images.settle();
        if (boot.kind === 'new')
            await createBuilder(s, builder, boot, d);
        if (oneCall)
            logBooted(s, builder, qemu, d);
        else
            checkPlatforms(s, builder, await d.docker.bootstrap(builder.name), qemu.scope, d.log);
        if (!byName)
            d.images.settleLater();
        return builder;
    });
}
//# sourceMappingURL=setup.js.map
;// CONCATENATED MODULE: ./build/src/modes/build/run.js
/**
 * Build mode: every platform in this job, pushed by digest, verified, then tagged. With appended builder nodes,
 * one build per node (src/modes/build/nodes.ts), joined into one index before the verification.
 */











/** The one build of a single-node builder (every platform at once). */
async function buildOnce(s, d, builder, cache) {
    const paths = { metadataFile: (0,external_node_path_.join)(d.workDir, 'metadata.json'), layoutDir: (0,external_node_path_.join)(d.workDir, 'layout') };
    const args = (0,argv/* buildArgs */.CH)(s, builder, cache, (0,argv/* outputStrategy */.Rq)(s), paths);
    const title = s.call === undefined ? `Building ${s.platforms.join(', ')} (cache: ${cache.kind})` : `Running call: ${s.call}`;
    const progress = await d.log.group(title, () => buildOrExplain(s, d.docker, args, buildEnv(s, d.env)));
    for (const w of cacheWarnings(progress))
        d.log.warning(w);
    return { platforms: s.platforms, metadata: await readMetadata(d.readFile, paths.metadataFile) };
}
async function runBuild(s, d) {
    const leg = s.mode === 'build-platform';
    const service = cacheServiceFrom(d.env);
    // buildx's version matters only for the v2 cache service: asked for then, while the builder is set up
    const [buildxVersion, builder] = await Promise.all([
        needsBuildxVersion(s, service) ? d.docker.buildxVersion() : Promise.resolve(undefined),
        setup(s, d),
    ]);
    // a leg caches per platform, so the legs of one matrix never evict each other; so does each node
    const groups = s.call === undefined ? (0,buildx_builder/* nodeGroups */.f$)(s) : [{ platforms: s.platforms }];
    const cacheOf = groupCache(s, service, buildxVersion, leg || groups.length > 1);
    const cache = cacheOf(s.platforms);
    if (cache.warning)
        d.log.warning(cache.warning);
    const strategy = (0,argv/* outputStrategy */.Rq)(s);
    const started = d.clock();
    const built = groups.length > 1
        ? await buildOnNodes(s, d, builder.name, groups, cacheOf)
        : [await buildOnce(s, d, builder.name, cache)];
    const buildSeconds = (d.clock() - started) / 1000;
    const nodes = built.map((b) => ({ node: buildNode(b.metadata), platforms: b.platforms }));
    const single = built.length === 1 ? built[0].metadata : undefined;
    const base = { platforms: s.platforms, platformDigests: {}, tagged: [], cache, buildSeconds, attestations: [], nodes };
    if (s.call !== undefined || strategy === 'none') {
        const metadata = single ?? {
            raw: JSON.stringify({ nodes: built.map((b) => JSON.parse(b.metadata.raw)) }),
        };
        return { ...base, metadata, imageId: single ? imageId(single) : undefined, call: s.call };
    }
    const { digest, mediaType, metadata } = await joined(s, d, built);
    if (leg && s.tags.length > 0) {
        d.log.notice(`build-platform pushes by digest only; the tags (${s.tags.join(', ')}) are pushed by the merge step`);
    }
    const pub = await d.log.group('Verifying the pushed index and tagging', () => d.publisher.publish({
        strategy,
        images: s.images,
        tags: leg ? [] : s.tags,
        digest,
        mediaType,
        layoutDir: (0,external_node_path_.join)(d.workDir, 'layout'),
        platforms: s.platforms,
    }));
    return {
        ...base,
        digest: pub.digest,
        platforms: pub.platforms,
        platformDigests: pub.platformDigests,
        image: `${s.images[0]}@${pub.digest}`,
        imageId: single ? imageId(single) : pub.digest,
        tagged: pub.tagged,
        metadata,
        attestations: pub.attestations,
    };
}
/** The digest to verify: the one build's, or the index joining the builds of every node. */
async function joined(s, d, built) {
    const parts = built.map((b) => {
        if (!b.metadata.digest)
            throw new Error('buildx reported no image digest in its metadata; nothing was tagged');
        return { digest: b.metadata.digest, platforms: b.platforms, metadata: b.metadata };
    });
    const only = parts.length === 1 ? parts[0] : undefined;
    if (only) {
        return {
            digest: only.digest,
            mediaType: only.metadata.descriptor?.mediaType ?? types/* MediaType */.zu.OCI_INDEX,
            metadata: only.metadata,
        };
    }
    const index = await d.log.group('Joining the nodes’ images into one index', () => d.publisher.compose({ images: s.images, parts, annotations: s.annotations.index }));
    d.log.info(`Index ${index.digest}: ${parts.map((p) => `${p.platforms.join(', ')} (${p.digest})`).join('; ')}`);
    const raw = JSON.stringify({
        'containerimage.digest': index.digest,
        'containerimage.descriptor': { mediaType: index.mediaType, digest: index.digest },
        nodes: parts.map((p) => JSON.parse(p.metadata.raw)),
    });
    return { digest: index.digest, mediaType: index.mediaType, metadata: { ...parseBuildMetadata(raw), raw } };
}
//# sourceMappingURL=run.js.map
;// CONCATENATED MODULE: ./build/src/modes/build/secrets.js
/**
 * The secret values the runner must mask (core.setSecret): `secrets`, the values of `secret-envs`, the text of
 * `secret-files`, and the GitHub token. A value of several lines is masked line by line too (the runner masks
 * within one line of the log).
 */


/** Secret files larger than this are not read to be masked (a key or a token file is far smaller). */
const MASK_FILE_LIMIT = 64 * 1024;
function maskTargets(value) {
    const lines = value
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter((l) => l !== '');
    return [...new Set([value.trim(), ...(lines.length > 1 ? lines : [])])].filter((v) => v !== '');
}
async function secretValues(s, env, cwd) {
    const values = [...s.secrets.map((x) => x.value), ...s.secretEnvs.map((x) => env[x.env] ?? '')];
    if (s.gitAuth)
        values.push(s.gitAuth.token);
    for (const f of s.secretFiles) {
        const bytes = await (0,promises_.readFile)((0,external_node_path_.resolve)(cwd, f.path));
        if (bytes.length <= MASK_FILE_LIMIT)
            values.push(bytes.toString('utf8'));
    }
    return values.flatMap(maskTargets);
}
//# sourceMappingURL=secrets.js.map
;// CONCATENATED MODULE: ./build/src/modes/build/index.js
/** The build and build-platform steps: real docker, registry client and (for legs) the artifact handoff. */



























/** Where blobs fetched for the Actions cache are written, relative to the workspace. */
const IMAGES_DIR = '.multiarch-publish-images';
/** Whether the daemon runs on this machine (so it can reach a registry of the action's on loopback). */
function localDaemon(env) {
    const host = env.DOCKER_HOST ?? '';
    return host === '' || host.startsWith('unix://') || host.startsWith('npipe://');
}
/**
 * The binfmt and BuildKit images through the Actions cache (unless `cache-images: false`, the job has no cache
 * service or the daemon is on another machine). The digest for the key comes from a HEAD of the manifest, and an
 * image the cache lacks is fetched by the action, with a few quick retries only: the daemon's pull that follows a
 * failure has the whole retry budget.
 */
function actionImages(s, ws, d, docker) {
    const service = s.cacheImages ? cacheServiceOf(d.env) : undefined;
    const local = localDaemon(ws.env);
    if (service && !local)
        d.log.info('cache-images: the daemon is on another machine (DOCKER_HOST); images are pulled');
    const cached = service && local;
    if (cached) {
        ws.postState.tempDirs.push((0,external_node_path_.resolve)(IMAGES_DIR)); // a cancelled step's blobs go with the post step
        d.state.save(ws.postState);
    }
    const client = (quick) => new oci_client/* RegistryClient */.b({
        credentials: new oci_credentials/* DockerConfigCredentials */.zw({ ...(0,oci_credentials/* nodeDockerConfigDeps */.lc)(), env: ws.env }),
        insecureRegistries: s.insecureRegistries,
        retry: {
            ...retry/* DEFAULT_RETRY_POLICY */.cO,
            maxAttempts: s.retryTimeout === 0 || quick ? 1 : 3,
            totalTimeMs: Math.min(10_000, s.retryTimeout * 1000),
        },
    });
    const using = async (quick, fn) => {
        const c = client(quick);
        try {
            return await fn(c);
        }
        finally {
            c.close();
        }
    };
    return imageProvider({
        docker,
        log: d.log,
        ...(cached
            ? {
                cache: actionsImageCache(service, (v) => {
                    commands.workflow.setSecret(v);
                }),
            }
            : {}),
        headDigest: (image) => using(false, async (c) => (await c.headManifest((0,reference/* parseReference */.F2)(image)))?.digest),
        fetchImage: (ref, digest, arch, dir, quick) => using(quick, (c) => fetchImage(c, ref, digest, arch, dir)),
        startFacade: startFacade,
        untagLater: (name) => {
            ws.postState.untag = [...(ws.postState.untag ?? []), name];
            d.state.save(ws.postState);
        },
        arch: (0,emulators/* hostArchitecture */.m4)(process.arch),
        files: promises_namespaceObject,
        dir: IMAGES_DIR,
    });
}
/** Runs the build; returns the step outputs (tags: the image:tag names that now point at the pushed index). */
async function buildStep(s, d) {
    (0,report/* logNotes */.qV)(s, d.log);
    await checkPaths(s, process.cwd());
    for (const secret of await secretValues(s, d.env, process.cwd()))
        commands.workflow.setSecret(secret);
    const ws = await (0,workspace/* prepareWorkspace */.t)({ ...s, actor: d.actor }, d, true);
    // a leg that could not hand off fails before it builds (outside a workflow run, without the artifact service)
    const handoff = s.mode === 'build-platform'
        ? (0,env/* handoffStoreFromEnv */.v)(d.env, artifacts/* lazyArtifactClient */.G, promises_namespaceObject, {
            handoffId: s.handoff.id,
            tempRoot: ws.workDir,
            info: (m) => {
                d.log.info(m);
            },
        })
        : undefined;
    const retry = commandRetry({
        policy: commandRetryPolicy(s.retryTimeout),
        log: (m) => {
            d.log.info(m);
        },
    });
    const docker = new Docker(d.runner, ws.env, retry);
    const images = actionImages(s, ws, d, docker);
    const result = await runBuild(s, {
        docker,
        images,
        log: d.log,
        state: d.state,
        postState: ws.postState,
        hostArch: (0,emulators/* hostArchitecture */.m4)(process.arch),
        registeredEmulators: () => registeredEmulators(),
        unfixedEmulators: () => unfixedEmulators(),
        readDockerfile: async () => {
            const path = dockerfilePath(s, process.cwd());
            return path === undefined ? undefined : promises_.readFile(path, 'utf8');
        },
        writeConfig: async (toml) => {
            const path = (0,external_node_path_.join)(ws.workDir, 'buildkitd.toml');
            await promises_.writeFile(path, toml);
            return path;
        },
        uniqueName: `multiarch-publish-${(0,external_node_crypto_.randomBytes)(6).toString('hex')}`,
        publisher: registryPublisher({ env: ws.env, log: d.log, insecureRegistries: s.insecureRegistries }),
        env: d.env,
        workDir: ws.workDir,
        readFile: (p) => promises_.readFile(p, 'utf8'),
        clock: () => Date.now(),
    }).finally(() => images.finish()); // the images named, and kept in the Actions cache, while the build ran
    if (handoff) {
        // push: false hands off too: the merge then checks the legs without pushing (a pull request)
        const digest = result.digest ? (0,types/* parseDigest */.m)(result.digest) : undefined;
        await d.log.group(`Handing off to the merge (handoff-id ${s.handoff.id})`, async () => {
            for (const platform of result.platforms) {
                await handoff.save({ image: s.images[0] ?? '', platform, ...(digest ? { digest } : {}) });
            }
        });
    }
    if (s.summary && d.env.GITHUB_STEP_SUMMARY)
        await commands.workflow.appendSummary(summaryMarkdown(result), d.env);
    // a leg or push: false tags nothing
    return { ...(0,report/* publishOutputs */.eB)(s, result.tagged), ...buildOutputs(result) };
}
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 49382:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gu: () => (/* binding */ neededEmulators),
/* harmony export */   PU: () => (/* binding */ runsNatively),
/* harmony export */   m4: () => (/* binding */ hostArchitecture)
/* harmony export */ });
/* unused harmony export EmulatorError */
/* harmony import */ var _oci_platform_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(23856);
/** Which platforms a host runs natively, and the QEMU emulator each other one needs. Pure. */

/** Node's process.arch -> the OCI architecture of the machine. */
function hostArchitecture(nodeArch) {
    const map = {
        x64: 'amd64',
        arm64: 'arm64',
        arm: 'arm',
        ia32: '386',
        ppc64: 'ppc64le',
        s390x: 's390x',
        riscv64: 'riscv64',
        loong64: 'loong64',
    };
    return map[nodeArch] ?? nodeArch;
}
/**
 * Whether a linux host of the given architecture runs this platform without emulation.
 * amd64 hosts run 386 natively. 32-bit arm on arm64 hosts is NOT assumed: GitHub's arm64 runners (Neoverse N2)
 * have no AArch32, so arm/v6, arm/v7 get an emulator.
 */
function runsNatively(platform, hostArch) {
    const p = (0,_oci_platform_js__WEBPACK_IMPORTED_MODULE_0__/* .platformParts */ .Yn)(platform);
    if (p.os !== 'linux')
        return false;
    if (p.architecture === hostArch)
        return true;
    return hostArch === 'amd64' && p.architecture === '386';
}
const EMULATORS = {
    amd64: { install: 'amd64', entry: 'qemu-x86_64' },
    '386': { install: '386', entry: 'qemu-i386' },
    arm64: { install: 'arm64', entry: 'qemu-aarch64' },
    arm: { install: 'arm', entry: 'qemu-arm' },
    ppc64le: { install: 'ppc64le', entry: 'qemu-ppc64le' },
    s390x: { install: 's390x', entry: 'qemu-s390x' },
    riscv64: { install: 'riscv64', entry: 'qemu-riscv64' },
    mips64le: { install: 'mips64le', entry: 'qemu-mips64el' },
    mips64: { install: 'mips64', entry: 'qemu-mips64' },
    loong64: { install: 'loong64', entry: 'qemu-loongarch64' },
};
class EmulatorError extends Error {
    constructor(message) {
        super(message);
        this.name = 'EmulatorError';
    }
}
/** The emulators the requested platforms need on this host (none for native ones), without duplicates. */
function neededEmulators(platforms, hostArch) {
    const out = [];
    for (const platform of platforms) {
        if (runsNatively(platform, hostArch))
            continue;
        const emu = EMULATORS[(0,_oci_platform_js__WEBPACK_IMPORTED_MODULE_0__/* .platformParts */ .Yn)(platform).architecture];
        if (!emu)
            throw new EmulatorError(`no QEMU emulator is known for '${platform}'`);
        if (!out.some((e) => e.entry === emu.entry))
            out.push(emu);
    }
    return out;
}
//# sourceMappingURL=emulators.js.map

/***/ })

};
