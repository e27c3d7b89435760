export const id = 850;
export const ids = [850];
export const modules = {

/***/ 90695:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  v: () => (/* binding */ handoffStoreFromEnv)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./build/src/errors.js
var errors = __webpack_require__(27406);
// EXTERNAL MODULE: ./build/src/oci/platform.js
var oci_platform = __webpack_require__(23856);
// EXTERNAL MODULE: ./build/src/oci/types.js
var types = __webpack_require__(57578);
// EXTERNAL MODULE: ./build/src/handoff/names.js
var names = __webpack_require__(17352);
;// CONCATENATED MODULE: ./build/src/handoff/store.js
/**
 * The leg -> merge handoff through GitHub Actions artifacts (@actions/artifact): each leg uploads one small JSON
 * file per platform as an artifact of the workflow run; the merge lists the run's artifacts and reads the newest
 * attempt of each platform of its handoff-id. The artifact client and the file system are injected.
 *
 * Why artifacts and not the Actions cache: a cache entry's version hashes the paths as written, the runner's
 * compression tool (zstd or gzip) and, on Windows, enableCrossOsArchive, so a merge on another OS or without
 * zstd finds nothing; and the cache's restore is a lookup by key, so the merge could not see which legs exist.
 * An artifact is found by its name alone, and the run's artifacts can be listed (docs/handoff.md).
 */





/** Handoff artifacts live one day: the merge runs minutes after its legs. */
const RETENTION_DAYS = 1;
class HandoffError extends Error {
    constructor(message) {
        super(message);
        this.name = 'HandoffError';
    }
}
class ArtifactHandoffStore {
    o;
    constructor(o) {
        this.o = o;
    }
    async save(leg) {
        const { artifacts, files, handoffId, attempt } = this.o;
        const name = (0,names/* legArtifactName */.As)(handoffId, leg.platform, attempt);
        const record = { handoffId, attempt, image: leg.image, platform: leg.platform, digest: leg.digest ?? null };
        const dir = await files.mkdtemp((0,external_node_path_.join)(this.o.tempRoot, 'handoff-'));
        try {
            await files.writeFile((0,external_node_path_.join)(dir, names/* LEG_FILE */.gU), JSON.stringify(record));
            await artifacts.uploadArtifact(name, [(0,external_node_path_.join)(dir, names/* LEG_FILE */.gU)], dir, { retentionDays: RETENTION_DAYS });
        }
        catch (e) {
            if (/\(409\)|already exists/i.test((0,errors/* errorMessage */.gJ)(e))) {
                throw new errors/* InputError */.dz('handoff-id', `another leg of this workflow run already handed off ${leg.platform} under handoff-id '${handoffId}' in attempt ${String(attempt)} (artifact ${name}): two builds in one run need different handoff-ids (the default is derived from images, file, target and build-args); no tag was moved`);
            }
            throw new HandoffError(`could not hand off ${leg.platform} as artifact ${name}: ${(0,errors/* errorMessage */.gJ)(e)}`);
        }
        finally {
            await files.rm(dir, { recursive: true, force: true });
        }
        this.o.info?.(`${leg.platform}: ${leg.digest ?? 'built, not pushed'} (artifact ${name})`);
    }
    async load(platforms) {
        const { artifacts } = await this.o.artifacts.listArtifacts().catch((e) => {
            throw new HandoffError(`could not list the workflow run's artifacts: ${(0,errors/* errorMessage */.gJ)(e)}`);
        });
        const legs = artifacts.flatMap((a) => {
            const parsed = (0,names/* parseLegArtifactName */.DH)(a.name);
            return parsed && parsed.attempt <= this.o.attempt ? [{ ...parsed, id: a.id, name: a.name }] : [];
        });
        const mine = newestPerPlatform(legs.filter((l) => l.handoffId === this.o.handoffId));
        const found = [];
        const missing = [];
        for (const platform of platforms) {
            const artifact = mine.get((0,names/* platformSlug */.DN)(platform));
            if (artifact)
                found.push(await this.read(artifact, platform));
            else
                missing.push(platform);
        }
        const expected = new Set(platforms.map(names/* platformSlug */.DN));
        const unexpected = [];
        for (const [slug, artifact] of mine)
            if (!expected.has(slug))
                unexpected.push(await this.read(artifact));
        return { found, missing, unexpected, elsewhere: elsewhere(legs, this.o.handoffId) };
    }
    /** Downloads one leg's artifact and checks it is what its name says. */
    async read(artifact, platform) {
        const { files } = this.o;
        const dir = await files.mkdtemp((0,external_node_path_.join)(this.o.tempRoot, 'handoff-'));
        try {
            await this.o.artifacts.downloadArtifact(artifact.id, { path: dir });
            const leg = parseLegFile(await files.readFile((0,external_node_path_.join)(dir, names/* LEG_FILE */.gU), 'utf8'), artifact.name);
            if (leg.handoffId !== artifact.handoffId ||
                leg.attempt !== artifact.attempt ||
                (0,names/* platformSlug */.DN)(leg.platform) !== artifact.platformSlug ||
                (platform !== undefined && leg.platform !== platform)) {
                throw new HandoffError(`artifact ${artifact.name} holds ${leg.platform} of handoff-id '${leg.handoffId}', attempt ${String(leg.attempt)}`);
            }
            this.o.info?.(`${leg.platform}: ${leg.digest ?? 'built, not pushed'} (from run attempt ${String(leg.attempt)}, artifact ${artifact.name})`);
            const out = { image: leg.image, platform: leg.platform, attempt: leg.attempt };
            if (leg.digest)
                out.digest = leg.digest;
            return out;
        }
        finally {
            await files.rm(dir, { recursive: true, force: true });
        }
    }
}
/** The newest attempt of each platform. */
function newestPerPlatform(legs) {
    const out = new Map();
    for (const l of legs) {
        const seen = out.get(l.platformSlug);
        if (!seen || l.attempt > seen.attempt)
            out.set(l.platformSlug, l);
    }
    return out;
}
function elsewhere(legs, handoffId) {
    const ids = new Map();
    for (const l of legs) {
        if (l.handoffId === handoffId)
            continue;
        const set = ids.get(l.handoffId) ?? new Set();
        set.add(l.platformSlug);
        ids.set(l.handoffId, set);
    }
    return [...ids]
        .sort(([a], [b]) => (a < b ? -1 : 1))
        .map(([id, set]) => ({ handoffId: id, platforms: [...set].sort() }));
}
/** Parses and checks a leg's file. */
function parseLegFile(text, name) {
    let json;
    try {
        json = JSON.parse(text);
    }
    catch {
        throw new HandoffError(`artifact ${name} is not JSON`);
    }
    const o = (typeof json === 'object' && json !== null ? json : {});
    const { handoffId, attempt, image, platform, digest } = o;
    if (typeof handoffId !== 'string' ||
        typeof attempt !== 'number' ||
        typeof image !== 'string' ||
        typeof platform !== 'string' ||
        (digest !== null && typeof digest !== 'string')) {
        throw new HandoffError(`artifact ${name} lacks handoffId, attempt, image, platform or digest`);
    }
    try {
        const leg = { handoffId, attempt, image, platform: (0,oci_platform/* parsePlatform */.FL)(platform) };
        if (typeof digest === 'string')
            leg.digest = (0,types/* parseDigest */.m)(digest);
        return leg;
    }
    catch (e) {
        throw new HandoffError(`artifact ${name}: ${(0,errors/* errorMessage */.gJ)(e)}`);
    }
}
//# sourceMappingURL=store.js.map
;// CONCATENATED MODULE: ./build/src/handoff/env.js
/** Builds the artifact handoff store from a job's environment (the results service, GITHUB_RUN_ATTEMPT). */

function handoffStoreFromEnv(env, artifacts, files, opts) {
    const attempt = Number(env.GITHUB_RUN_ATTEMPT ?? '1');
    if (!Number.isInteger(attempt) || attempt < 1) {
        throw new HandoffError(`GITHUB_RUN_ATTEMPT is '${env.GITHUB_RUN_ATTEMPT ?? ''}', not a positive integer`);
    }
    if (!env.ACTIONS_RUNTIME_TOKEN || !env.ACTIONS_RESULTS_URL) {
        throw new HandoffError('the Actions artifact service is not available to this step (ACTIONS_RUNTIME_TOKEN and ACTIONS_RESULTS_URL are not set): the handoff between legs and merge works inside a workflow run only; outside one, give the merge `digests`');
    }
    return new ArtifactHandoffStore({ artifacts, files, attempt, ...opts });
}
//# sourceMappingURL=env.js.map

/***/ }),

/***/ 17352:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   As: () => (/* binding */ legArtifactName),
/* harmony export */   DH: () => (/* binding */ parseLegArtifactName),
/* harmony export */   DN: () => (/* binding */ platformSlug),
/* harmony export */   gU: () => (/* binding */ LEG_FILE)
/* harmony export */ });
/* unused harmony export ARTIFACT_PREFIX */
/* harmony import */ var _text_slug_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(24774);

const ARTIFACT_PREFIX = 'multiarch-publish-handoff';
/** The one file inside each artifact. */
const LEG_FILE = 'leg.json';
/** A platform as it appears in artifact names: `linux/arm/v7` -> `linux-arm-v7` (letters, digits and `-` only). */
function platformSlug(platform) {
    return (0,_text_slug_js__WEBPACK_IMPORTED_MODULE_0__/* .slug */ .y)(platform, '');
}
function legArtifactName(handoffId, platform, attempt) {
    if (!Number.isInteger(attempt) || attempt < 1) {
        throw new Error(`run attempt '${String(attempt)}' is not a positive integer (GITHUB_RUN_ATTEMPT)`);
    }
    return `${ARTIFACT_PREFIX}_${handoffId}_${platformSlug(platform)}_attempt-${String(attempt)}`;
}
/** The parts of a handoff artifact's name; undefined for any other artifact of the run. Read from the right. */
function parseLegArtifactName(name) {
    const m = new RegExp(`^${ARTIFACT_PREFIX}_(.+)_([A-Za-z0-9-]+)_attempt-([1-9][0-9]*)$`).exec(name);
    if (!m)
        return undefined;
    const [, handoffId = '', platform = '', attempt = ''] = m;
    return { handoffId, platformSlug: platform, attempt: Number(attempt) };
}
//# sourceMappingURL=names.js.map

/***/ }),

/***/ 89581:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ metaOutputs),
/* harmony export */   r: () => (/* binding */ imageTags)
/* harmony export */ });
/* harmony import */ var _labels_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(11148);
/** The action's metadata outputs: newline lists, plus one JSON document. Pure. */

/** Every image with every tag, image by image (as metadata-action orders them). */
function imageTags(images, tags) {
    return images.flatMap((image) => tags.map((tag) => `${image}:${tag}`));
}
function metaOutputs(refs, version, labels, annotations) {
    const annotationList = (0,_labels_js__WEBPACK_IMPORTED_MODULE_0__/* .annotationLines */ .bK)(annotations);
    return {
        tags: refs.join('\n'),
        labels: (0,_labels_js__WEBPACK_IMPORTED_MODULE_0__/* .labelLines */ ._e)(labels).join('\n'),
        annotations: annotationList.join('\n'),
        version,
        json: JSON.stringify({ tags: refs, labels, annotations: annotationList, version }),
    };
}
//# sourceMappingURL=outputs.js.map

/***/ }),

/***/ 55165:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ lazyArtifactClient)
/* harmony export */ });
async function client() {
    const { DefaultArtifactClient } = await Promise.all(/* import() */[__webpack_require__.e(260), __webpack_require__.e(341)]).then(__webpack_require__.bind(__webpack_require__, 74341));
    return new DefaultArtifactClient();
}
const lazyArtifactClient = {
    uploadArtifact: async (name, files, rootDirectory, options) => (await client()).uploadArtifact(name, files, rootDirectory, options),
    listArtifacts: async () => (await client()).listArtifacts(),
    downloadArtifact: async (artifactId, options) => (await client()).downloadArtifact(artifactId, options),
};
//# sourceMappingURL=artifacts.js.map

/***/ }),

/***/ 12006:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $8: () => (/* binding */ indexOutputs),
/* harmony export */   Hn: () => (/* binding */ cell),
/* harmony export */   eB: () => (/* binding */ publishOutputs),
/* harmony export */   qV: () => (/* binding */ logNotes)
/* harmony export */ });
/* harmony import */ var _meta_outputs_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(89581);

function logNotes(s, log) {
    for (const n of s.notices)
        log.notice(n);
    for (const w of s.warnings)
        log.warning(w);
}
/** `tags`, `labels`, `annotations`, `version`, `json`: `tagged` is every image:tag that now points at the index. */
function publishOutputs(s, tagged) {
    return { ...(0,_meta_outputs_js__WEBPACK_IMPORTED_MODULE_0__/* .metaOutputs */ .E)(tagged, s.version, s.labels, s.annotations) };
}
/** `digest`, `platforms`, `platform-digests`, `image`: what build and merge say of the index they pushed. */
function indexOutputs(r) {
    return {
        digest: r.digest ?? '',
        platforms: r.platforms.join(','),
        'platform-digests': JSON.stringify(r.platformDigests),
        image: r.image ?? '',
    };
}
/** Text for a cell of a job-summary table (a `|` would end the cell). */
const cell = (s) => s.replace(/\|/g, '\\|');
//# sourceMappingURL=report.js.map

/***/ }),

/***/ 61628:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  t: () => (/* binding */ prepareWorkspace),
  q: () => (/* binding */ removeWorkspace)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./build/src/errors.js
var errors = __webpack_require__(27406);
// EXTERNAL MODULE: ./build/src/oci/credentials.js
var credentials = __webpack_require__(69617);
// EXTERNAL MODULE: ./build/src/oci/reference.js
var reference = __webpack_require__(84974);
// EXTERNAL MODULE: ./build/src/login/credentials.js
var login_credentials = __webpack_require__(6833);
;// CONCATENATED MODULE: ./build/src/login/dockerconfig.js
/**
 * The Docker client configuration (config.json) that logs this action's commands in: `auths` entries with
 * base64(username:password), on top of the user's own configuration. Pure.
 */



const GHCR = 'ghcr.io';
/** The key Docker uses in `auths`: Docker Hub's is historical, the others are the host. */
function authKey(registry) {
    const host = (0,login_credentials/* registryHost */.U$)(registry);
    return host === login_credentials/* DOCKER_HUB */.Xb ? credentials/* DOCKER_HUB_SERVER */.Ns : host;
}
function basicAuth(c) {
    return Buffer.from(`${c.username}:${c.password}`, 'utf8').toString('base64');
}
/** The registry of an image reference (`ghcr.io/o/app:1` -> ghcr.io, `o/app` -> docker.io), as Docker reads it. */
function registryOfImage(image) {
    return (0,login_credentials/* registryHost */.U$)((0,reference/* parseReference */.F2)(image).registry);
}
/**
 * Adds a ghcr.io login with the workflow token when an image goes to ghcr.io and no credentials were given for
 * it (docker/login-action's usual `username: github.actor, password: secrets.GITHUB_TOKEN`).
 */
function withGithubToken(creds, images, githubToken, actor) {
    const wantsGhcr = images.some((i) => registryOfImage(i) === GHCR);
    if (!wantsGhcr || githubToken === '' || creds.some((c) => c.registry === GHCR))
        return [...creds];
    return [...creds, { registry: GHCR, username: actor || 'github-actions', password: githubToken }];
}
/**
 * The configuration to write: `base` (the user's config.json) with our auths. `credsStore` is dropped and the
 * `credHelpers` of our registries removed, since either would take precedence over `auths`.
 */
function buildDockerConfig(creds, base = {}) {
    const auths = { ...(base.auths ?? {}) };
    const ours = new Set(creds.flatMap((c) => [(0,login_credentials/* registryHost */.U$)(c.registry), ...(c.registry === login_credentials/* DOCKER_HUB */.Xb ? ['index.docker.io'] : [])]));
    const helpers = Object.fromEntries(Object.entries(base.credHelpers ?? {}).filter(([host]) => !ours.has(host)));
    for (const c of creds)
        auths[authKey(c.registry)] = { auth: basicAuth(c) };
    const config = { ...base, auths };
    delete config.credsStore;
    if (base.credHelpers)
        config.credHelpers = helpers;
    return config;
}
/** Every string a log must never show: the passwords and the encoded auths. */
function secretsOf(creds) {
    return creds.flatMap((c) => [c.password, basicAuth(c)]);
}
//# sourceMappingURL=dockerconfig.js.map
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
;// CONCATENATED MODULE: ./build/src/login/login.js
/**
 * Writes the login configuration to a fresh private directory that only this action's commands use (through
 * DOCKER_CONFIG), and removes it in the post step. The user's own ~/.docker is read, never written.
 */




/** Subdirectories shared with the user's configuration (buildx/ is created there if missing). */
const SHARED_DIRS = ['buildx', 'contexts', 'cli-plugins'];
async function writeLogin(creds, deps) {
    for (const secret of secretsOf(creds))
        deps.mask(secret);
    const base = deps.baseConfigDir ? await readBaseConfig(deps.baseConfigDir) : {};
    const dir = await (0,promises_.mkdtemp)((0,external_node_path_.join)(deps.tempRoot, 'multiarch-publish-docker-'));
    try {
        if (deps.baseConfigDir)
            linkShared(deps.baseConfigDir, dir);
        const config = buildDockerConfig(creds, base);
        await (0,promises_.writeFile)((0,external_node_path_.join)(dir, 'config.json'), `${JSON.stringify(config, null, 2)}\n`, { mode: 0o600 });
    }
    catch (e) {
        await removeLogin(dir);
        throw e;
    }
    return { dir, env: { DOCKER_CONFIG: dir } };
}
/** Removes the directory (post step). Missing is fine. */
async function removeLogin(dir) {
    await (0,promises_.rm)(dir, { recursive: true, force: true });
}
async function readBaseConfig(baseDir) {
    const file = (0,external_node_path_.join)(baseDir, 'config.json');
    let text;
    try {
        text = await (0,promises_.readFile)(file, 'utf8');
    }
    catch {
        return {};
    }
    try {
        return JSON.parse(text);
    }
    catch {
        throw new Error(`${file} is not valid JSON; fix or remove it`);
    }
}
function linkShared(baseDir, dir) {
    for (const name of SHARED_DIRS) {
        const target = (0,external_node_path_.join)(baseDir, name);
        if (name === 'buildx')
            (0,external_node_fs_.mkdirSync)(target, { recursive: true });
        if ((0,external_node_fs_.existsSync)(target))
            (0,external_node_fs_.symlinkSync)(target, (0,external_node_path_.join)(dir, name));
    }
}
//# sourceMappingURL=login.js.map
// EXTERNAL MODULE: ./build/src/workflow/commands.js
var commands = __webpack_require__(69933);
;// CONCATENATED MODULE: ./build/src/modes/workspace.js
/** What every step that talks to registries sets up: a private temp dir, the Docker env, the registry login. */







/** The variables that choose the daemon and the docker config, so the post step talks to the same ones. */
const DOCKER_VARS = ['DOCKER_HOST', 'DOCKER_CONFIG', 'DOCKER_CONTEXT', 'DOCKER_CERT_PATH', 'DOCKER_TLS_VERIFY'];
/**
 * `forPost`: the post step removes the directory (a mode that leaves a builder behind). Otherwise the mode removes
 * it itself (`removeWorkspace`) and leaves the post step nothing to do.
 */
async function prepareWorkspace(opts, d, forPost) {
    const workDir = await (0,promises_.mkdtemp)((0,external_node_path_.join)(d.env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(), 'multiarch-publish-'));
    const env = Object.fromEntries(Object.entries(d.env).filter((e) => e[1] !== undefined));
    const dockerEnv = Object.fromEntries(DOCKER_VARS.filter((k) => env[k] !== undefined).map((k) => [k, env[k]]));
    const postState = { tempDirs: [workDir], dockerEnv };
    if (forPost)
        d.state.save(postState);
    const creds = withGithubToken(opts.credentials, opts.images, opts.githubToken, opts.actor);
    if (creds.length > 0) {
        const login = await writeLogin(creds, {
            mask: (secret) => {
                commands.workflow.setSecret(secret);
            },
            tempRoot: workDir,
            baseConfigDir: env.DOCKER_CONFIG || (0,external_node_path_.join)((0,external_node_os_.homedir)(), '.docker'),
        });
        env.DOCKER_CONFIG = login.env.DOCKER_CONFIG;
        d.log.info(`Logged in to ${creds.map((c) => c.registry).join(', ')} (a private Docker config for this step)`);
    }
    return { workDir, env, postState };
}
/** Removes the workspace (and the login in it) at the end of a mode that has no post work. */
async function removeWorkspace(ws, log) {
    await (0,promises_.rm)(ws.workDir, { recursive: true, force: true }).catch((e) => {
        log.warning(`could not remove ${ws.workDir}: ${(0,errors/* errorMessage */.gJ)(e)}`);
    });
}
//# sourceMappingURL=workspace.js.map

/***/ }),

/***/ 85167:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ee: () => (/* binding */ pushBlob),
/* harmony export */   Ym: () => (/* binding */ openBlob),
/* harmony export */   Z7: () => (/* binding */ copyBlob),
/* harmony export */   kQ: () => (/* binding */ blobExists),
/* harmony export */   qW: () => (/* binding */ getBlob),
/* harmony export */   ti: () => (/* binding */ mountBlob)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(88548);
/* harmony import */ var _manifests_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(20733);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(57578);
/**
 * Blob endpoints (distribution-spec: checking, mounting, pushing blobs). A blob goes from one registry to
 * another as a stream: GET from the source piped into a monolithic upload (POST, then PUT with the digest).
 * Uploads are not idempotent and are never retried blindly.
 */



const blobPath = (ref, digest) => `/v2/${ref.repository}/blobs/${digest}`;
const uploadsPath = (ref) => `/v2/${ref.repository}/blobs/uploads/`;
async function blobExists(session, ref, digest) {
    const res = await session.send({
        method: 'HEAD',
        registry: ref.registry,
        path: blobPath(ref, digest),
        scopes: [(0,_manifests_js__WEBPACK_IMPORTED_MODULE_1__/* .pullScope */ .iH)(ref)],
        ok: [200, 404],
    });
    return res.status === 200;
}
/** A small blob's bytes (an image config), checked against its digest. Not for layers: they are streamed. */
async function getBlob(session, ref, digest) {
    const res = await session.send({
        method: 'GET',
        registry: ref.registry,
        path: blobPath(ref, digest),
        scopes: [(0,_manifests_js__WEBPACK_IMPORTED_MODULE_1__/* .pullScope */ .iH)(ref)],
    });
    if ((0,_types_js__WEBPACK_IMPORTED_MODULE_2__/* .digestOf */ .ol)(res.body) !== digest) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RegistryError */ .gl({
            method: 'GET',
            url: `${ref.registry}${blobPath(ref, digest)}`,
            status: res.status,
            detail: `the blob's bytes do not match ${digest}`,
        });
    }
    return res.body;
}
/** A blob as it arrives, with its size (the registry's Content-Length). The caller checks it against the digest. */
async function openBlob(session, ref, digest) {
    const res = await session.send({
        method: 'GET',
        registry: ref.registry,
        path: blobPath(ref, digest),
        scopes: [(0,_manifests_js__WEBPACK_IMPORTED_MODULE_1__/* .pullScope */ .iH)(ref)],
        stream: true,
    });
    const size = Number(res.headers['content-length']);
    if (!res.stream || !Number.isSafeInteger(size)) {
        res.stream?.destroy();
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RegistryError */ .gl({
            method: 'GET',
            url: `${ref.registry}${blobPath(ref, digest)}`,
            status: res.status,
            detail: 'no blob size',
        });
    }
    return { stream: res.stream, size };
}
/** Cross-repository mount within one registry: true when mounted (201), false when refused (202). */
async function mountBlob(session, target, digest, fromRepository) {
    const query = new URLSearchParams({ mount: digest, from: fromRepository });
    const res = await session.send({
        method: 'POST',
        registry: target.registry,
        path: `${uploadsPath(target)}?${query.toString()}`,
        scopes: [(0,_manifests_js__WEBPACK_IMPORTED_MODULE_1__/* .pushScope */ .Xu)(target), (0,_manifests_js__WEBPACK_IMPORTED_MODULE_1__/* .pullScope */ .iH)({ repository: fromRepository })],
        ok: [201, 202],
    });
    if (res.status === 201)
        return true;
    await cancelUpload(session, target, res.headers.location);
    return false;
}
/** Best effort: a refused mount opened an upload session nobody will use. */
async function cancelUpload(session, target, location) {
    if (!location)
        return;
    await session
        .send({
        method: 'DELETE',
        registry: target.registry,
        path: location,
        scopes: [(0,_manifests_js__WEBPACK_IMPORTED_MODULE_1__/* .pushScope */ .Xu)(target)],
        idempotent: false,
    })
        .catch(() => undefined);
}
/** Copies a blob unless the target has it: a mount within one registry, else a streamed download and upload. */
async function copyBlob(session, from, to, digest) {
    if (await blobExists(session, to, digest))
        return;
    if (from.registry === to.registry && from.repository !== to.repository) {
        if (await mountBlob(session, to, digest, from.repository))
            return;
    }
    const { stream, size } = await openBlob(session, from, digest);
    try {
        await upload(session, to, digest, stream, String(size));
    }
    finally {
        stream.destroy();
    }
}
async function upload(session, to, digest, body, length) {
    const start = await session.send({
        method: 'POST',
        registry: to.registry,
        path: uploadsPath(to),
        scopes: [(0,_manifests_js__WEBPACK_IMPORTED_MODULE_1__/* .pushScope */ .Xu)(to)],
        ok: [202],
    });
    const location = start.headers.location;
    if (!location)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RegistryError */ .gl({
            method: 'POST',
            url: `https://${to.registry}${uploadsPath(to)}`,
            status: 202,
            detail: 'no upload Location',
        });
    const sep = location.includes('?') ? '&' : '?';
    await session.send({
        method: 'PUT',
        registry: to.registry,
        path: `${location}${sep}digest=${encodeURIComponent(digest)}`,
        scopes: [(0,_manifests_js__WEBPACK_IMPORTED_MODULE_1__/* .pushScope */ .Xu)(to)],
        headers: { 'content-type': 'application/octet-stream', 'content-length': length },
        body,
        ok: [201],
        idempotent: false,
    });
}
/** Pushes bytes as a blob (monolithic upload) unless the repository has it; returns its digest. */
async function pushBlob(session, to, bytes) {
    const digest = (0,_types_js__WEBPACK_IMPORTED_MODULE_2__/* .digestOf */ .ol)(bytes);
    if (!(await blobExists(session, to, digest)))
        await upload(session, to, digest, bytes, String(bytes.length));
    return digest;
}
//# sourceMappingURL=blobs.js.map

/***/ }),

/***/ 37626:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  b: () => (/* binding */ RegistryClient)
});

// EXTERNAL MODULE: ./build/src/oci/blobs.js
var blobs = __webpack_require__(85167);
// EXTERNAL MODULE: ./build/src/oci/copy.js
var copy = __webpack_require__(59998);
// EXTERNAL MODULE: ./build/src/oci/credentials.js
var credentials = __webpack_require__(69617);
// EXTERNAL MODULE: ./build/src/oci/manifests.js
var manifests = __webpack_require__(20733);
// EXTERNAL MODULE: ./build/src/oci/errors.js
var errors = __webpack_require__(88548);
;// CONCATENATED MODULE: ./build/src/oci/auth.js



/** Tokens without expires_in live 60 s (token.md); renew this long before expiry. */
const DEFAULT_TOKEN_SECONDS = 60;
const EXPIRY_MARGIN_MS = 10_000;
const CLIENT_ID = 'multiarch-publish';
class Authenticator {
    deps;
    tokens = new Map();
    constructor(deps) {
        this.deps = deps;
    }
    /** The Authorization header for a request to `registry` needing `scopes`, or undefined for none. */
    async header(registry, challenge, scopes) {
        if (!challenge)
            return undefined;
        const cred = await this.deps.credentials.get(registry);
        if (challenge.scheme === 'basic')
            return basicHeader(cred);
        if (challenge.scheme !== 'bearer')
            return undefined;
        if (cred?.registryToken)
            return `Bearer ${cred.registryToken}`;
        const key = tokenKey(registry, challenge, scopes);
        const cached = this.tokens.get(key);
        if (cached) {
            const t = await cached.catch(() => undefined);
            if (t && t.expiresAt > this.deps.clock.now())
                return `Bearer ${t.token}`;
        }
        const fresh = this.fetchToken(challenge, scopes, cred);
        this.tokens.set(key, fresh);
        fresh.catch(() => this.tokens.delete(key));
        return `Bearer ${(await fresh).token}`;
    }
    /** Forgets the token for these scopes (after a 401 despite it). */
    invalidate(registry, challenge, scopes) {
        if (challenge)
            this.tokens.delete(tokenKey(registry, challenge, scopes));
    }
    async fetchToken(ch, scopes, cred) {
        const realm = this.realmUrl(ch);
        const service = ch.params.service;
        let req;
        if (cred?.identityToken) {
            const form = new URLSearchParams({
                grant_type: 'refresh_token',
                refresh_token: cred.identityToken,
                client_id: CLIENT_ID,
            });
            if (service)
                form.set('service', service);
            if (scopes.length)
                form.set('scope', scopes.join(' '));
            const headers = { 'content-type': 'application/x-www-form-urlencoded' };
            req = { method: 'POST', url: realm, headers, body: new TextEncoder().encode(form.toString()) };
        }
        else {
            if (service)
                realm.searchParams.set('service', service);
            for (const s of scopes)
                realm.searchParams.append('scope', s);
            const auth = basicHeader(cred);
            req = { method: 'GET', url: realm, headers: auth ? { authorization: auth } : {} };
        }
        const res = await this.deps.send(req, req.method === 'GET');
        if (res.status !== 200) {
            const refused = cred ? 'the token server refused the credentials' : 'the token server refused anonymous access';
            const detail = res.status === 401 ? refused : 'token request failed';
            throw new errors/* RegistryError */.gl({
                method: req.method,
                url: realm,
                status: res.status,
                errors: (0,errors/* parseErrorBody */.kW)(res.body),
                detail,
            });
        }
        return this.parseToken(res, req, realm);
    }
    parseToken(res, req, realm) {
        const json = JSON.parse(new TextDecoder().decode(res.body));
        const token = json.token || json.access_token;
        if (!token)
            throw new errors/* RegistryError */.gl({ method: req.method, url: realm, status: res.status, detail: 'no token in the answer' });
        const seconds = typeof json.expires_in === 'number' && json.expires_in > 0 ? json.expires_in : DEFAULT_TOKEN_SECONDS;
        return { token, expiresAt: this.deps.clock.now() + seconds * 1000 - EXPIRY_MARGIN_MS };
    }
    realmUrl(ch) {
        const raw = ch.params.realm;
        if (!raw)
            throw new Error('the registry sent a Bearer challenge without a realm');
        const url = new URL(raw);
        if (url.protocol === 'http:' && !this.deps.allowHttp(url.host)) {
            throw new Error(`refusing to send credentials to the plain-HTTP token realm ${url.origin}`);
        }
        if (url.protocol !== 'http:' && url.protocol !== 'https:')
            throw new Error(`unsupported token realm ${url.origin}`);
        return url;
    }
}
function basicHeader(cred) {
    if (cred?.username === undefined || cred.password === undefined)
        return undefined;
    return `Basic ${Buffer.from(`${cred.username}:${cred.password}`).toString('base64')}`;
}
function tokenKey(registry, ch, scopes) {
    return [registry, ch.params.realm ?? '', ch.params.service ?? '', ...[...scopes].sort()].join('\n');
}
//# sourceMappingURL=auth.js.map
;// CONCATENATED MODULE: ./build/src/oci/challenge.js
/**
 * WWW-Authenticate parsing (RFC 7235 section 4.1; the token flow of distribution's docs/spec/auth/token.md).
 * Pure. A header may carry several challenges: `Basic realm="r", Bearer realm="https://a/token",service="s"`.
 */
/** Parses every challenge of a WWW-Authenticate header; unknown syntax is skipped rather than thrown. */
function parseChallenges(header) {
    const out = [];
    let current;
    let i = 0;
    const skip = (re) => {
        while (i < header.length && re.test(header[i]))
            i++;
    };
    while (i < header.length) {
        skip(/[\s,]/);
        const start = i;
        skip(/[^\s,=]/);
        const token = header.slice(start, i);
        if (token === '') {
            i++;
            continue;
        }
        skip(/[ \t]/);
        if (header[i] === '=' && current) {
            i++;
            skip(/[ \t]/);
            const { value, end } = readValue(header, i);
            current.params[token.toLowerCase()] = value;
            i = end;
        }
        else if (header[i] === '=') {
            skip(/=/); // token68 without a scheme: ignore
        }
        else {
            current = { scheme: token.toLowerCase(), params: {} };
            out.push(current);
        }
    }
    return out;
}
function readValue(s, i) {
    if (s[i] !== '"') {
        let end = i;
        while (end < s.length && !/[\s,]/.test(s[end]))
            end++;
        return { value: s.slice(i, end), end };
    }
    let value = '';
    let j = i + 1;
    while (j < s.length && s[j] !== '"') {
        if (s[j] === '\\' && j + 1 < s.length)
            j++;
        value += s[j] ?? '';
        j++;
    }
    return { value, end: j + 1 };
}
/** The challenge to answer: Bearer preferred over Basic; undefined when neither is offered. */
function pickChallenge(challenges) {
    return challenges.find((c) => c.scheme === 'bearer') ?? challenges.find((c) => c.scheme === 'basic');
}
/** `repository:<name>:<actions>` scope strings (distribution token scope grammar). */
function repositoryScope(repository, actions) {
    return `repository:${repository}:${actions.join(',')}`;
}
//# sourceMappingURL=challenge.js.map
// EXTERNAL MODULE: ./build/src/oci/retry.js
var retry = __webpack_require__(79221);
;// CONCATENATED MODULE: ./build/src/oci/session.js
/**
 * One registry conversation: pick the scheme (HTTPS; plain HTTP as a fallback only for loopback or insecure
 * registries), learn the auth challenge from `GET /v2/`, then send requests with Authorization, retries for
 * idempotent ones, redirects for reads, and spec errors turned into RegistryError.
 */





const MAX_REDIRECTS = 5;
function isLoopbackHost(host) {
    const name = host
        .replace(/:\d+$/, '')
        .replace(/^\[|\]$/g, '')
        .toLowerCase();
    return name === 'localhost' || name.endsWith('.localhost') || name === '::1' || /^127\.\d+\.\d+\.\d+$/.test(name);
}
/** Docker Hub's registry API is not at docker.io (which redirects to the website) but at registry-1.docker.io. */
const DOCKER_HUB_API = 'registry-1.docker.io';
/** The host that serves a registry's API: the registry itself, but for Docker Hub. */
function apiHost(registry) {
    return registry === 'docker.io' || registry === 'index.docker.io' ? DOCKER_HUB_API : registry;
}
class RegistrySession {
    opts;
    endpoints = new Map();
    auth;
    retry;
    clock;
    constructor(opts) {
        this.opts = opts;
        this.retry = opts.retry ?? retry/* DEFAULT_RETRY_POLICY */.cO;
        this.clock = opts.clock ?? retry/* systemClock */.ml;
        this.auth = new Authenticator({
            credentials: opts.credentials ?? credentials/* anonymous */._5,
            send: (req, idempotent) => this.withRetry(() => opts.transport.request(req), idempotent),
            clock: this.clock,
            allowHttp: (host) => this.allowHttp(host),
        });
    }
    allowHttp(host) {
        return isLoopbackHost(host) || (this.opts.insecureRegistries ?? []).includes(host);
    }
    /** Sends a request; throws RegistryError unless the status is acceptable. */
    async send(req) {
        const endpoint = await this.endpoint(req.registry);
        const idempotent = req.idempotent ?? (['GET', 'HEAD', 'PUT', 'DELETE'].includes(req.method) && !isStream(req.body));
        return this.withRetry(() => this.attempt(req, endpoint), idempotent);
    }
    withRetry(fn, idempotent) {
        return (0,retry/* withRetry */.bD)(fn, { policy: this.retry, clock: this.clock, idempotent });
    }
    async attempt(req, ep) {
        let url = typeof req.path === 'string' ? new URL(req.path, ep.base) : req.path;
        let res = await this.exchange(req, url, ep);
        if (res.status === 401 && !isStream(req.body)) {
            res.stream?.destroy();
            const again = this.reauth(req, ep, res);
            res = await this.exchange(again.req, url, again.ep);
        }
        for (let n = 0; isRedirect(res.status) && (req.method === 'GET' || req.method === 'HEAD'); n++) {
            if (n >= MAX_REDIRECTS)
                break;
            res.stream?.destroy();
            const next = new URL(res.headers.location ?? '', url);
            const sameOrigin = next.origin === ep.base.origin;
            url = next;
            res = sameOrigin ? await this.exchange(req, url, ep) : await this.opts.transport.request(plain(req, url));
        }
        return this.check(req, url, res);
    }
    async exchange(req, url, ep) {
        // credentials go to the registry's own origin only, never to a host an upload Location points at
        const authorization = url.origin === ep.base.origin ? await this.auth.header(req.registry, ep.challenge, req.scopes) : undefined;
        const headers = { ...req.headers, ...(authorization ? { authorization } : {}) };
        return this.opts.transport.request({ ...plain(req, url), headers });
    }
    /** After a 401: forget the token, take the challenge (and any extra scope) the answer carries. */
    reauth(req, ep, res) {
        this.auth.invalidate(req.registry, ep.challenge, req.scopes);
        const challenge = pickChallenge(parseChallenges(res.headers['www-authenticate'] ?? '')) ?? ep.challenge;
        const scope = challenge?.params.scope;
        const scopes = scope && !req.scopes.includes(scope) ? [...req.scopes, scope] : req.scopes;
        return { req: { ...req, scopes }, ep: { base: ep.base, challenge } };
    }
    async check(req, url, res) {
        const ok = req.ok ? req.ok.includes(res.status) : res.status >= 200 && res.status < 300;
        if (ok)
            return res;
        const body = res.stream ? await drain(res.stream) : res.body;
        const retryAfterMs = (0,retry/* parseRetryAfter */.mu)(res.headers['retry-after'], this.clock.now());
        throw new errors/* RegistryError */.gl({
            method: req.method,
            url,
            status: res.status,
            errors: (0,errors/* parseErrorBody */.kW)(body),
            ...(retryAfterMs !== undefined ? { retryAfterMs } : {}),
        });
    }
    /** The registry's base URL and challenge, from `GET /v2/` (cached; forgotten on failure). */
    endpoint(registry) {
        let ep = this.endpoints.get(registry);
        if (!ep) {
            ep = this.ping(registry);
            this.endpoints.set(registry, ep);
            ep.catch(() => this.endpoints.delete(registry));
        }
        return ep;
    }
    async ping(registry) {
        const schemes = this.allowHttp(registry) ? ['https', 'http'] : ['https'];
        for (const [i, scheme] of schemes.entries()) {
            const base = new URL(`${scheme}://${apiHost(registry)}/`);
            const req = { method: 'GET', url: new URL('/v2/', base), headers: {} };
            const last = i === schemes.length - 1;
            try {
                const res = last ? await this.withRetry(() => this.pingOnce(req), true) : await this.pingOnce(req);
                const challenge = res.status === 401 ? pickChallenge(parseChallenges(res.headers['www-authenticate'] ?? '')) : undefined;
                return { base, challenge };
            }
            catch (e) {
                // a certificate problem means the server speaks TLS: plain HTTP would only hide the real error
                if (last || !(e instanceof errors/* RegistryError */.gl) || e.status !== 0 || isCertificateError(e))
                    throw e;
            }
        }
        throw new Error('unreachable');
    }
    async pingOnce(req) {
        const res = await this.opts.transport.request(req);
        if (res.status >= 500 || res.status === 429) {
            const retryAfterMs = (0,retry/* parseRetryAfter */.mu)(res.headers['retry-after'], this.clock.now());
            throw new errors/* RegistryError */.gl({
                method: 'GET',
                url: req.url,
                status: res.status,
                ...(retryAfterMs !== undefined ? { retryAfterMs } : {}),
            });
        }
        return res;
    }
}
function plain(req, url) {
    const out = { method: req.method, url, headers: { ...req.headers } };
    if (req.body !== undefined)
        out.body = req.body;
    if (req.stream)
        out.stream = true;
    return out;
}
function isStream(body) {
    return body !== undefined && !(body instanceof Uint8Array);
}
function isCertificateError(e) {
    return /CERT|SELF_SIGNED|UNABLE_TO_VERIFY|ALTNAME/.test(e.networkCode ?? '');
}
function isRedirect(status) {
    return [301, 302, 303, 307, 308].includes(status);
}
async function drain(stream) {
    const chunks = [];
    for await (const c of stream)
        chunks.push(Buffer.from(c));
    return Buffer.concat(chunks);
}
//# sourceMappingURL=session.js.map
// EXTERNAL MODULE: ./build/src/oci/transport.js
var transport = __webpack_require__(17670);
;// CONCATENATED MODULE: ./build/src/oci/client.js






class RegistryClient {
    session;
    transport;
    concurrency;
    constructor(opts = {}) {
        this.transport =
            opts.transport ??
                (0,transport/* nodeTransport */._)({ caCertificates: opts.caCertificates ?? [], timeoutMs: opts.timeoutMs ?? 60_000 });
        this.concurrency = opts.concurrency ?? copy/* DEFAULT_CONCURRENCY */.WH;
        this.session = new RegistrySession({
            transport: this.transport,
            credentials: opts.credentials ?? credentials/* anonymous */._5,
            insecureRegistries: opts.insecureRegistries ?? [],
            ...(opts.retry ? { retry: opts.retry } : {}),
            ...(opts.clock ? { clock: opts.clock } : {}),
        });
    }
    /** The manifest's descriptor, or undefined when the registry does not know it (404). */
    headManifest(ref) {
        return (0,manifests/* headManifest */.sy)(this.session, ref);
    }
    /** The manifest's bytes, parsed JSON and descriptor; the digest is verified when the reference has one. */
    getManifest(ref) {
        return (0,manifests/* getManifest */.c2)(this.session, ref);
    }
    /** Stores a manifest or index under the reference's digest, else its tag (`latest` without either). */
    putManifest(ref, bytes, mediaType) {
        return (0,manifests/* putManifest */.RV)(this.session, ref, bytes, mediaType);
    }
    blobExists(ref, digest) {
        return (0,blobs/* blobExists */.kQ)(this.session, ref, digest);
    }
    /** A small blob's bytes (e.g. an image config), verified against the digest. */
    getBlob(ref, digest) {
        return (0,blobs/* getBlob */.qW)(this.session, ref, digest);
    }
    /** A blob as it arrives, and its size; the caller checks the bytes against the digest. */
    openBlob(ref, digest) {
        return (0,blobs/* openBlob */.Ym)(this.session, ref, digest);
    }
    /** Mounts a blob from another repository of the same registry; false when the registry refuses (202). */
    mountBlob(target, digest, fromRepository) {
        return (0,blobs/* mountBlob */.ti)(this.session, target, digest, fromRepository);
    }
    /** Copies a blob: nothing if present, a mount within a registry, a streamed download and upload otherwise. */
    copyBlob(from, to, digest) {
        return (0,blobs/* copyBlob */.Z7)(this.session, from, to, digest);
    }
    /** Uploads bytes as a blob unless present; returns the digest. */
    pushBlob(to, bytes) {
        return (0,blobs/* pushBlob */.Ee)(this.session, to, bytes);
    }
    /**
     * Makes a manifest (and, recursively, its config/layers or child manifests) available in target's
     * repository: mount within a registry, copy across; then PUT it by digest.
     */
    copyManifest(from, to) {
        return (0,copy/* copyManifest */.nX)(this.session, from, to, this.concurrency);
    }
    /** Closes idle connections. */
    close() {
        this.transport.close?.();
    }
}
//# sourceMappingURL=client.js.map

/***/ }),

/***/ 59998:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   WH: () => (/* binding */ DEFAULT_CONCURRENCY),
/* harmony export */   nX: () => (/* binding */ copyManifest),
/* harmony export */   sf: () => (/* binding */ mapLimit)
/* harmony export */ });
/* harmony import */ var _blobs_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(85167);
/* harmony import */ var _manifests_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(20733);
/* harmony import */ var _reference_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(84974);
/* harmony import */ var _decode_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(58229);
/**
 * Copying a manifest into another repository (go-containerregistry's remote.Write of an index or image):
 * children and blobs first, each at most once, a few at a time; the manifest itself last, by digest.
 */




const DEFAULT_CONCURRENCY = 4;
/**
 * Runs `fn` over the items with at most `limit` running at once. After a failure no item is started; once the
 * running ones have ended, rejects with the first failure (nothing is left running behind the caller's back).
 */
async function mapLimit(items, limit, fn) {
    const results = new Array(items.length);
    let next = 0;
    let failure;
    const worker = async () => {
        while (!failure && next < items.length) {
            const i = next++;
            try {
                results[i] = await fn(items[i]);
            }
            catch (e) {
                failure ??= { error: e };
            }
        }
    };
    await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
    if (failure)
        throw failure.error;
    return results;
}
/** Makes `from` (a manifest or index, with its blobs and children) available in `to`'s repository. */
async function copyManifest(session, from, to, concurrency = DEFAULT_CONCURRENCY) {
    const { descriptor, bytes, manifest } = await (0,_manifests_js__WEBPACK_IMPORTED_MODULE_1__/* .getManifest */ .c2)(session, from);
    const target = (0,_reference_js__WEBPACK_IMPORTED_MODULE_2__/* .withDigest */ .hQ)(to, descriptor.digest);
    if (sameRepository(from, to) || (await (0,_manifests_js__WEBPACK_IMPORTED_MODULE_1__/* .headManifest */ .sy)(session, target)))
        return descriptor;
    if (manifest.kind === 'index') {
        const children = manifest.index.manifests;
        await mapLimit(children, concurrency, (c) => copyManifest(session, (0,_reference_js__WEBPACK_IMPORTED_MODULE_2__/* .withDigest */ .hQ)(from, c.digest), to, concurrency));
    }
    else {
        const blobs = (0,_decode_js__WEBPACK_IMPORTED_MODULE_3__/* .childrenOf */ .LU)(manifest).filter((b) => !b.urls?.length);
        const unique = [...new Map(blobs.map((b) => [b.digest, b])).values()];
        await mapLimit(unique, concurrency, (b) => (0,_blobs_js__WEBPACK_IMPORTED_MODULE_0__/* .copyBlob */ .Z7)(session, from, to, b.digest));
    }
    await (0,_manifests_js__WEBPACK_IMPORTED_MODULE_1__/* .putManifest */ .RV)(session, target, bytes, descriptor.mediaType);
    return descriptor;
}
function sameRepository(a, b) {
    return a.registry === b.registry && a.repository === b.repository;
}
//# sourceMappingURL=copy.js.map

/***/ }),

/***/ 58229:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LU: () => (/* binding */ childrenOf),
/* harmony export */   MK: () => (/* binding */ decodeManifest),
/* harmony export */   Me: () => (/* binding */ decodeConfigPlatform),
/* harmony export */   lD: () => (/* binding */ decodeConfigCreated)
/* harmony export */ });
/* unused harmony export ManifestDecodeError */
/* harmony import */ var _platform_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(23856);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(57578);
/**
 * Decoding what a registry serves into typed values, once, at the client's edge: image indexes, image manifests
 * (OCI and Docker schema 2) and image configs. Anything malformed is a ManifestDecodeError that says where and
 * what; nothing past this module casts JSON to a manifest type. Pure.
 */


class ManifestDecodeError extends Error {
    constructor(where, why) {
        super(`${where}: the registry served a malformed manifest: ${why}`);
        this.name = 'ManifestDecodeError';
    }
}
const isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
function parseJson(bytes, where, what) {
    let json;
    try {
        json = JSON.parse(new TextDecoder().decode(bytes));
    }
    catch {
        throw new ManifestDecodeError(where, `${what} is not JSON`);
    }
    if (!isObject(json))
        throw new ManifestDecodeError(where, `${what} is not a JSON object`);
    return json;
}
function stringRecord(v, field, fail) {
    if (v === undefined)
        return undefined;
    if (!isObject(v) || Object.values(v).some((x) => typeof x !== 'string'))
        fail(`${field} is not a map of strings`);
    return v;
}
function decodePlatform(v, field, fail) {
    if (v === undefined)
        return undefined;
    if (!isObject(v) || typeof v.os !== 'string' || typeof v.architecture !== 'string') {
        fail(`${field} has no os and architecture`);
    }
    const p = { os: v.os, architecture: v.architecture };
    if (typeof v.variant === 'string')
        p.variant = v.variant;
    if (typeof v['os.version'] === 'string')
        p['os.version'] = v['os.version'];
    if (Array.isArray(v['os.features']))
        p['os.features'] = v['os.features'].filter((f) => typeof f === 'string');
    return p;
}
function decodeDescriptor(v, field, fail) {
    if (!isObject(v))
        fail(`${field} is not a descriptor`);
    const { mediaType, digest, size } = v;
    if (typeof mediaType !== 'string')
        fail(`${field} has no mediaType`);
    if (typeof size !== 'number' || !Number.isInteger(size) || size < 0)
        fail(`${field} has no valid size`);
    let d;
    try {
        d = (0,_types_js__WEBPACK_IMPORTED_MODULE_1__/* .parseDigest */ .m)(typeof digest === 'string' ? digest : '');
    }
    catch {
        fail(`${field} has no valid digest`);
    }
    const out = { mediaType, digest: d, size };
    const platform = decodePlatform(v.platform, `${field}.platform`, fail);
    if (platform)
        out.platform = platform;
    const annotations = stringRecord(v.annotations, `${field}.annotations`, fail);
    if (annotations)
        out.annotations = annotations;
    if (typeof v.artifactType === 'string')
        out.artifactType = v.artifactType;
    if (Array.isArray(v.urls))
        out.urls = v.urls.filter((u) => typeof u === 'string');
    return out;
}
/** Decodes manifest bytes; `contentType` is the registry's Content-Type, used when the body declares none. */
function decodeManifest(bytes, contentType, where) {
    const fail = (why) => {
        throw new ManifestDecodeError(where, why);
    };
    const json = parseJson(bytes, where, 'the manifest');
    const mediaType = (0,_types_js__WEBPACK_IMPORTED_MODULE_1__/* .declaredMediaType */ .TN)(json) ?? contentType ?? '';
    const isIndex = _types_js__WEBPACK_IMPORTED_MODULE_1__/* .INDEX_MEDIA_TYPES */ .kA.includes(mediaType);
    if (!isIndex && !_types_js__WEBPACK_IMPORTED_MODULE_1__/* .IMAGE_MEDIA_TYPES */ .xp.includes(mediaType))
        return { kind: 'other', mediaType };
    if (json.schemaVersion !== 2)
        fail(`schemaVersion is ${JSON.stringify(json.schemaVersion)}, not 2`);
    const annotations = stringRecord(json.annotations, 'annotations', fail);
    if (isIndex) {
        if (!Array.isArray(json.manifests))
            fail('an index without a manifests list');
        const manifests = json.manifests.map((m, i) => decodeDescriptor(m, `manifests[${i}]`, fail));
        const index = { schemaVersion: 2, mediaType, manifests };
        if (annotations)
            index.annotations = annotations;
        return { kind: 'index', mediaType, index };
    }
    const config = decodeDescriptor(json.config, 'config', fail);
    if (json.layers !== undefined && !Array.isArray(json.layers))
        fail('layers is not a list');
    const layers = (json.layers ?? []).map((l, i) => decodeDescriptor(l, `layers[${i}]`, fail));
    const image = { schemaVersion: 2, mediaType, config, layers };
    if (json.subject !== undefined)
        image.subject = decodeDescriptor(json.subject, 'subject', fail);
    if (annotations)
        image.annotations = annotations;
    if (typeof json.artifactType === 'string')
        image.artifactType = json.artifactType;
    return { kind: 'image', mediaType, image };
}
/** The platform an image config names (`os`, `architecture`, `variant`); undefined when it names none we know. */
function decodeConfigPlatform(bytes, where) {
    const json = parseJson(bytes, where, 'the image config');
    const str = (k) => (typeof json[k] === 'string' ? json[k] : undefined);
    return (0,_platform_js__WEBPACK_IMPORTED_MODULE_0__/* .fromOciPlatform */ .F2)({ os: str('os'), architecture: str('architecture'), variant: str('variant') });
}
/**
 * When an image config says the image was made (`created`, RFC 3339, optional in the image spec); undefined when
 * it gives none. A value that is not a date is a ManifestDecodeError: it would make the merged index's time up.
 */
function decodeConfigCreated(bytes, where) {
    const created = parseJson(bytes, where, 'the image config').created;
    if (created === undefined || created === null || created === '')
        return undefined;
    const date = typeof created === 'string' && RFC3339.test(created) ? new Date(created) : undefined;
    if (date === undefined || Number.isNaN(date.getTime())) {
        throw new ManifestDecodeError(where, `created is ${JSON.stringify(created)}, not an RFC 3339 time`);
    }
    return date;
}
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/i;
/** Children of a manifest: the manifests of an index, or the config and layers of an image. */
function childrenOf(m) {
    if (m.kind === 'index')
        return m.index.manifests;
    if (m.kind === 'image')
        return [m.image.config, ...m.image.layers];
    return [];
}
//# sourceMappingURL=decode.js.map

/***/ }),

/***/ 88548:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $1: () => (/* binding */ redactUrlsIn),
/* harmony export */   gl: () => (/* binding */ RegistryError),
/* harmony export */   h: () => (/* binding */ DigestMismatchError),
/* harmony export */   kW: () => (/* binding */ parseErrorBody)
/* harmony export */ });
/* unused harmony exports ErrorCode, redactUrl */
/* harmony import */ var _transient_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(46673);
/**
 * Registry errors (distribution-spec "Error Codes"), after go-containerregistry's transport.Error: the HTTP
 * status, the spec codes from the body, the request with its URL redacted, and whether retrying may help.
 * No message ever carries credentials: Authorization headers are never read here, URLs lose user info and
 * query values other than harmless ones.
 */

const ErrorCode = {
    BLOB_UNKNOWN: 'BLOB_UNKNOWN',
    BLOB_UPLOAD_INVALID: 'BLOB_UPLOAD_INVALID',
    BLOB_UPLOAD_UNKNOWN: 'BLOB_UPLOAD_UNKNOWN',
    DIGEST_INVALID: 'DIGEST_INVALID',
    MANIFEST_BLOB_UNKNOWN: 'MANIFEST_BLOB_UNKNOWN',
    MANIFEST_INVALID: 'MANIFEST_INVALID',
    MANIFEST_UNKNOWN: 'MANIFEST_UNKNOWN',
    NAME_INVALID: 'NAME_INVALID',
    NAME_UNKNOWN: 'NAME_UNKNOWN',
    SIZE_INVALID: 'SIZE_INVALID',
    UNAUTHORIZED: 'UNAUTHORIZED',
    DENIED: 'DENIED',
    UNSUPPORTED: 'UNSUPPORTED',
    TOOMANYREQUESTS: 'TOOMANYREQUESTS',
};
/** Node socket errors worth retrying: resets, timeouts, a registry not (yet) listening. */
const TEMPORARY_NETWORK_CODES = new Set([
    'ECONNRESET',
    'ECONNREFUSED',
    'ETIMEDOUT',
    'EPIPE',
    'EAI_AGAIN',
    'ECONNABORTED',
    'UND_ERR_SOCKET',
]);
const SAFE_QUERY_KEYS = new Set(['digest', 'mount', 'from', 'n', 'last', 'scope', 'service']);
class RegistryError extends Error {
    init;
    method;
    /** The request URL, redacted. */
    url;
    status;
    codes;
    errors;
    networkCode;
    retryAfterMs;
    /** Whether trying again later may succeed (429, 5xx, resets, timeouts). */
    temporary;
    attempts;
    constructor(init) {
        const url = redactUrl(init.url);
        const errors = init.errors ?? [];
        super(describe(init, url, errors));
        this.init = init;
        this.name = 'RegistryError';
        this.method = init.method;
        this.url = url;
        this.status = init.status;
        this.errors = errors;
        this.codes = errors.map((e) => e.code);
        this.attempts = init.attempts ?? 1;
        if (init.networkCode !== undefined)
            this.networkCode = init.networkCode;
        if (init.retryAfterMs !== undefined)
            this.retryAfterMs = init.retryAfterMs;
        this.temporary =
            init.status === 0
                ? TEMPORARY_NETWORK_CODES.has(init.networkCode ?? '')
                : _transient_js__WEBPACK_IMPORTED_MODULE_0__/* .TEMPORARY_STATUSES */ .xp.has(init.status) || this.codes.includes(ErrorCode.TOOMANYREQUESTS);
    }
    hasCode(code) {
        return this.codes.includes(code);
    }
    /** The same error, saying how many attempts were made in how long. */
    afterAttempts(attempts, elapsedMs) {
        return new RegistryError({ ...this.init, attempts, elapsedMs });
    }
}
function describe(init, url, errors) {
    const what = init.status === 0 ? `no response (${init.networkCode ?? 'network error'})` : `HTTP ${init.status}`;
    const codes = errors.map((e) => (e.message ? `${e.code}: ${e.message}` : e.code)).join('; ');
    const detail = codes || init.detail;
    const tries = init.attempts !== undefined && init.attempts > 1
        ? ` (gave up after ${init.attempts} attempts in ${((init.elapsedMs ?? 0) / 1000).toFixed(1)}s)`
        : '';
    return `${init.method} ${url}: ${what}${detail ? `: ${detail}` : ''}${tries}`;
}
/** Drops user info and replaces query values (upload state, signatures, tokens) except harmless ones. */
function redactUrl(input) {
    let u;
    try {
        u = new URL(input.toString());
    }
    catch {
        return '<unparseable url>';
    }
    u.username = '';
    u.password = '';
    for (const key of [...u.searchParams.keys()]) {
        if (!SAFE_QUERY_KEYS.has(key.toLowerCase()))
            u.searchParams.set(key, 'REDACTED');
    }
    return u.toString();
}
/** `text` with every URL in it redacted (a command's error may quote a signed URL). */
function redactUrlsIn(text) {
    return text.replace(/https?:\/\/[^\s"'<>]+/g, (match) => {
        const [, url = match, tail = ''] = /^(.*?)([.,;:)]*)$/.exec(match) ?? []; // punctuation after a URL stays
        return `${redactUrl(url)}${tail}`;
    });
}
/** The spec's error body `{"errors":[{"code","message","detail"}]}`; [] when the body is something else. */
function parseErrorBody(body) {
    try {
        const json = JSON.parse(new TextDecoder().decode(body));
        if (!Array.isArray(json.errors))
            return [];
        const errors = json.errors;
        return errors
            .filter((e) => typeof e === 'object' && e !== null && typeof e.code === 'string')
            .map((e) => typeof e.message === 'string' && e.message ? { code: e.code, message: e.message } : { code: e.code });
    }
    catch {
        return [];
    }
}
/** A manifest whose bytes do not hash to the digest asked for or announced. */
class DigestMismatchError extends Error {
    expected;
    actual;
    constructor(expected, actual, where) {
        super(`${where}: content digest ${actual} does not match ${expected}`);
        this.expected = expected;
        this.actual = actual;
        this.name = 'DigestMismatchError';
    }
}
//# sourceMappingURL=errors.js.map

/***/ }),

/***/ 69099:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DD: () => (/* binding */ composeIndex),
/* harmony export */   EI: () => (/* binding */ indexBytes),
/* harmony export */   MV: () => (/* binding */ verifyIndex),
/* harmony export */   Xm: () => (/* binding */ describeVerification),
/* harmony export */   fl: () => (/* binding */ REFERENCE_TYPE_ANNOTATION),
/* harmony export */   lL: () => (/* binding */ ATTESTATION_MANIFEST),
/* harmony export */   tj: () => (/* binding */ platformOf)
/* harmony export */ });
/* harmony import */ var _platform_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(23856);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(57578);
/**
 * Pure index transformations (go-containerregistry's mutate, without the I/O): compose an image index from
 * per-platform manifests, and check an index against the platforms a publish promised.
 */


/** The annotation buildx puts on attestation manifests (docs.docker.com/build/metadata/attestations). */
const REFERENCE_TYPE_ANNOTATION = 'vnd.docker.reference.type';
const ATTESTATION_MANIFEST = 'attestation-manifest';
const DOCKER_CHILD_TYPES = new Set([_types_js__WEBPACK_IMPORTED_MODULE_1__/* .MediaType */ .zu.DOCKER_MANIFEST, _types_js__WEBPACK_IMPORTED_MODULE_1__/* .MediaType */ .zu.DOCKER_MANIFEST_LIST]);
/**
 * An index listing the manifests in order, each digest once. Like `docker buildx imagetools create`, a list of
 * only Docker schema 2 manifests without annotations gives a Docker manifest list; anything else an OCI index.
 */
function composeIndex(manifests, annotations) {
    const seen = new Set();
    const unique = manifests.filter((m) => !seen.has(m.digest) && seen.add(m.digest));
    const hasAnnotations = annotations !== undefined && Object.keys(annotations).length > 0;
    const allDocker = unique.length > 0 && unique.every((m) => DOCKER_CHILD_TYPES.has(m.mediaType));
    const index = {
        schemaVersion: 2,
        mediaType: allDocker && !hasAnnotations ? _types_js__WEBPACK_IMPORTED_MODULE_1__/* .MediaType */ .zu.DOCKER_MANIFEST_LIST : _types_js__WEBPACK_IMPORTED_MODULE_1__/* .MediaType */ .zu.OCI_INDEX,
        manifests: unique.map(copyDescriptor),
    };
    if (hasAnnotations)
        index.annotations = { ...annotations };
    return index;
}
function copyDescriptor(d) {
    const out = { mediaType: d.mediaType, digest: d.digest, size: d.size };
    if (d.platform)
        out.platform = { ...d.platform };
    if (d.annotations)
        out.annotations = { ...d.annotations };
    if (d.artifactType)
        out.artifactType = d.artifactType;
    if (d.urls)
        out.urls = [...d.urls];
    return out;
}
/** The index serialised as registries will store it (the bytes whose digest names it). */
function indexBytes(index) {
    return new TextEncoder().encode(JSON.stringify(index));
}
/** The platform a descriptor names (`linux/arm64`, ...); undefined for attestation manifests and platform-less ones. */
function platformOf(d) {
    if (d.annotations?.[REFERENCE_TYPE_ANNOTATION] === ATTESTATION_MANIFEST)
        return undefined;
    const p = d.platform;
    if (!p || (p.os === 'unknown' && p.architecture === 'unknown'))
        return undefined;
    return (0,_platform_js__WEBPACK_IMPORTED_MODULE_0__/* .fromOciPlatform */ .F2)(p);
}
/** Compares the platforms of an index with the expected ones; attestations are ignored. */
function verifyIndex(index, expectedPlatforms) {
    const expected = [...new Set(expectedPlatforms)];
    const platforms = [];
    const duplicates = [];
    const platformDigests = {};
    for (const m of index.manifests) {
        const p = platformOf(m);
        if (p === undefined)
            continue;
        if (platforms.includes(p)) {
            if (!duplicates.includes(p))
                duplicates.push(p);
            continue;
        }
        platforms.push(p);
        platformDigests[p] = m.digest;
    }
    const missing = expected.filter((p) => !platforms.includes(p));
    const unexpected = platforms.filter((p) => !expected.includes(p));
    const ok = missing.length === 0 && unexpected.length === 0 && duplicates.length === 0;
    return { ok, missing, unexpected, duplicates, platforms, platformDigests };
}
/** The verification's findings in words: `missing linux/arm64; unexpected linux/s390x`. */
function describeVerification(v) {
    const parts = [];
    if (v.missing.length)
        parts.push(`missing ${v.missing.join(', ')}`);
    if (v.unexpected.length)
        parts.push(`unexpected ${v.unexpected.join(', ')}`);
    if (v.duplicates.length)
        parts.push(`more than one manifest for ${v.duplicates.join(', ')}`);
    return parts.join('; ');
}
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 20733:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RV: () => (/* binding */ putManifest),
/* harmony export */   Xu: () => (/* binding */ pushScope),
/* harmony export */   c2: () => (/* binding */ getManifest),
/* harmony export */   iH: () => (/* binding */ pullScope),
/* harmony export */   sy: () => (/* binding */ headManifest)
/* harmony export */ });
/* harmony import */ var _decode_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(58229);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(88548);
/* harmony import */ var _reference_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(84974);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(57578);
/** Manifest endpoints (distribution-spec: pulling and pushing manifests), over a RegistrySession. */




const pullScope = (r) => `repository:${r.repository}:pull`;
const pushScope = (r) => `repository:${r.repository}:pull,push`;
const ACCEPT = { accept: _types_js__WEBPACK_IMPORTED_MODULE_3__/* .MANIFEST_ACCEPT */ .dY.join(', ') };
function manifestPath(ref) {
    return `/v2/${ref.repository}/manifests/${(0,_reference_js__WEBPACK_IMPORTED_MODULE_2__/* .manifestIdentifier */ .LG)(ref)}`;
}
/** HEAD a manifest: its descriptor, or undefined when the registry does not know it. */
async function headManifest(session, ref) {
    const res = await session.send({
        method: 'HEAD',
        registry: ref.registry,
        path: manifestPath(ref),
        scopes: [pullScope(ref)],
        headers: ACCEPT,
        ok: [200, 404],
    });
    if (res.status === 404)
        return undefined;
    const announced = res.headers['docker-content-digest'];
    if (!announced)
        return (await getManifest(session, ref)).descriptor;
    const digest = (0,_types_js__WEBPACK_IMPORTED_MODULE_3__/* .parseDigest */ .m)(announced);
    if (ref.digest && digest !== ref.digest)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .DigestMismatchError */ .h(ref.digest, digest, (0,_reference_js__WEBPACK_IMPORTED_MODULE_2__/* .formatReference */ .FH)(ref));
    return { mediaType: contentType(res) ?? '', digest, size: Number(res.headers['content-length'] ?? 0) };
}
/** GET a manifest; its bytes must hash to the reference's digest, if it has one, and to the announced one. */
async function getManifest(session, ref) {
    const res = await session.send({
        method: 'GET',
        registry: ref.registry,
        path: manifestPath(ref),
        scopes: [pullScope(ref)],
        headers: ACCEPT,
    });
    const bytes = res.body;
    const digest = (0,_types_js__WEBPACK_IMPORTED_MODULE_3__/* .digestOf */ .ol)(bytes);
    const where = (0,_reference_js__WEBPACK_IMPORTED_MODULE_2__/* .formatReference */ .FH)(ref);
    if (ref.digest && ref.digest !== digest)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .DigestMismatchError */ .h(ref.digest, digest, where);
    checkAnnounced(res, digest, where);
    const manifest = (0,_decode_js__WEBPACK_IMPORTED_MODULE_0__/* .decodeManifest */ .MK)(bytes, contentType(res), where);
    return { descriptor: { mediaType: manifest.mediaType, digest, size: bytes.length }, bytes, manifest };
}
/** PUT a manifest under a tag or a digest; returns its digest (checked against the registry's answer). */
async function putManifest(session, ref, bytes, mediaType) {
    const digest = (0,_types_js__WEBPACK_IMPORTED_MODULE_3__/* .digestOf */ .ol)(bytes);
    const where = (0,_reference_js__WEBPACK_IMPORTED_MODULE_2__/* .formatReference */ .FH)(ref);
    if (ref.digest && ref.digest !== digest)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .DigestMismatchError */ .h(ref.digest, digest, where);
    const target = ref.digest ? ref : { ...ref, tag: ref.tag ?? 'latest' };
    const res = await session.send({
        method: 'PUT',
        registry: ref.registry,
        path: manifestPath(target),
        scopes: [pushScope(ref)],
        headers: { 'content-type': mediaType },
        body: bytes,
    });
    checkAnnounced(res, digest, where);
    return digest;
}
function checkAnnounced(res, digest, where) {
    const announced = res.headers['docker-content-digest'];
    if (announced?.startsWith('sha256:') && announced !== digest)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .DigestMismatchError */ .h(announced, digest, where);
}
function contentType(res) {
    return res.headers['content-type']?.split(';')[0]?.trim() || undefined;
}
//# sourceMappingURL=manifests.js.map

/***/ }),

/***/ 79221:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   bD: () => (/* binding */ withRetry),
/* harmony export */   cO: () => (/* binding */ DEFAULT_RETRY_POLICY),
/* harmony export */   ml: () => (/* binding */ systemClock),
/* harmony export */   mu: () => (/* binding */ parseRetryAfter),
/* harmony export */   rU: () => (/* binding */ retryLoop)
/* harmony export */ });
/* unused harmony export backoffDelay */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(88548);
/**
 * Retries with exponential backoff and jitter, honouring Retry-After, within a bounded total time. The registry
 * client retries only idempotent requests, and only on temporary failures (429, 5xx, resets, timeouts): see
 * RegistryError.temporary. The commands that reach registries (image pulls, the builder's boot, the push) retry
 * with the same loop (src/tools/retry.ts). Time comes from an injected clock so tests never sleep.
 */

const DEFAULT_RETRY_POLICY = {
    maxAttempts: 6,
    initialDelayMs: 500,
    maxDelayMs: 15_000,
    factor: 2,
    jitter: 0.5,
    totalTimeMs: 60_000,
};
const systemClock = {
    now: () => Date.now(),
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    random: () => Math.random(),
};
/** The delay before retry number `retry` (1 for the first retry). */
function backoffDelay(policy, retry, random) {
    const base = Math.min(policy.maxDelayMs, policy.initialDelayMs * policy.factor ** (retry - 1));
    const scaled = base * (1 + policy.jitter * (2 * random - 1));
    return Math.max(0, Math.min(policy.maxDelayMs, Math.round(scaled)));
}
/** Retry-After as milliseconds: delta-seconds or an HTTP date; undefined when absent or unparseable. */
function parseRetryAfter(value, nowMs) {
    if (value === undefined || value.trim() === '')
        return undefined;
    const v = value.trim();
    if (/^\d+$/.test(v))
        return Number(v) * 1000;
    const at = Date.parse(v);
    return Number.isNaN(at) ? undefined : Math.max(0, at - nowMs);
}
/**
 * Runs `attempt` until it succeeds, fails for good, or the attempts or the time bound run out: one retry policy
 * (backoff with jitter, a server's minimum wait, a bound on attempts and on time) for every kind of failure.
 */
async function retryLoop(attempt, opts) {
    const { policy, clock } = opts;
    let start = opts.boundFrom === 'first-failure' ? undefined : clock.now();
    for (let n = 1;; n++) {
        try {
            return await attempt(n);
        }
        catch (e) {
            const failure = opts.classify(e);
            if (!failure)
                throw e;
            start ??= clock.now();
            const elapsed = clock.now() - start;
            const delay = Math.max(backoffDelay(policy, n, clock.random?.() ?? Math.random()), failure.minDelayMs ?? 0);
            if (n >= policy.maxAttempts || elapsed + delay > policy.totalTimeMs) {
                throw opts.giveUp ? opts.giveUp(failure, n, elapsed) : failure.error;
            }
            opts.onRetry?.(failure, n, delay);
            await clock.sleep(delay);
        }
    }
}
/** Retries a registry request on temporary failures (RegistryError.temporary), when it is idempotent. */
async function withRetry(attempt, opts) {
    return retryLoop(attempt, {
        policy: opts.policy,
        clock: opts.clock,
        classify: (e) => e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RegistryError */ .gl && e.temporary && opts.idempotent
            ? { error: e, reason: e.message, ...(e.retryAfterMs === undefined ? {} : { minDelayMs: e.retryAfterMs }) }
            : undefined,
        onRetry: (f, n, delay) => opts.onRetry?.(f.error, n, delay),
        giveUp: (f, n, elapsed) => f.error.afterAttempts(n, elapsed),
    });
}
//# sourceMappingURL=retry.js.map

/***/ }),

/***/ 46673:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RG: () => (/* binding */ transientFailure),
/* harmony export */   bR: () => (/* binding */ transientReason),
/* harmony export */   kU: () => (/* binding */ RATE_LIMITED),
/* harmony export */   xp: () => (/* binding */ TEMPORARY_STATUSES)
/* harmony export */ });
/* harmony import */ var _text_lines_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(17746);
/**
 * Registry failures as docker, containerd and BuildKit report them on stderr: which are transient, that is worth
 * trying again (a rate limit, a 5xx, a reset or refused connection, a timeout), and which are not (anything else:
 * a missing image, denied access, a build step that failed). The one place that reads a command's stderr for this;
 * the registry client judges its own HTTP errors with the same statuses (RegistryError.temporary). Pure.
 */

/** HTTP statuses worth retrying (as go-containerregistry's retry.Backoff does); RegistryError uses them too. */
const TEMPORARY_STATUSES = new Set([408, 429, 500, 502, 503, 504]);
/** The reason given for a rate limit (any 429; Docker Hub's `toomanyrequests` or its message). */
const RATE_LIMITED = 'rate limited (HTTP 429)';
/**
 * Messages of the transient failures, first match wins; each gives the reason logged with a retry. Some programs
 * drop the status: dockerd's containerd image store turns a registry's error body into `error from registry:
 * <message>` (Docker Hub: `You have reached your pull rate limit`), containerd into `<code>: <message>`, or the
 * code alone when the message is the code's own (`toomanyrequests: ...`, `unavailable`: distribution's codes for
 * 429 and 503).
 */
const TRANSIENT = [
    [/toomanyrequests|too many requests|pull rate limit/i, () => RATE_LIMITED],
    [
        /\b(50[0234]) (?:internal server error|bad gateway|service unavailable|gateway timeout)\b/i,
        (m) => `HTTP ${m[1] ?? ''}`,
    ],
    [/\b(?:status(?: code)?|http status)[:= ]+(50[0234])\b/i, (m) => `HTTP ${m[1] ?? ''}`],
    [/(?:^|[\s:])unavailable: |:\s*unavailable\s*$|\bservice unavailable\b/im, () => 'HTTP 503'],
    [/\b408 request timeout\b/i, () => 'HTTP 408'],
    [/connection reset by peer/i, () => 'connection reset'],
    [/connection refused/i, () => 'connection refused'],
    [/tls handshake timeout/i, () => 'TLS handshake timeout'],
    [/i\/o timeout/i, () => 'i/o timeout'],
    [/client\.timeout exceeded while awaiting headers/i, () => 'timeout awaiting response headers'],
];
/** Why this text reports a transient registry or network failure; undefined when it reports none. */
function transientReason(text) {
    for (const [re, reason] of TRANSIENT) {
        const m = re.exec(text);
        if (m)
            return reason(m);
    }
    return undefined;
}
/**
 * Why a failed command is worth running again, from its exit code and the tail of its stderr; undefined when it is
 * not. `exitCodes` limits the exit codes that may be transient: `docker run` exits 125 for its own failures (such
 * as pulling the image) and with the container's code otherwise, which says nothing about a registry.
 */
function transientFailure(f, exitCodes) {
    if (f.exitCode === 0)
        return undefined;
    if (exitCodes && !exitCodes.includes(f.exitCode))
        return undefined;
    return transientReason((0,_text_lines_js__WEBPACK_IMPORTED_MODULE_0__/* .stderrTail */ .be)(f.stderr));
}
//# sourceMappingURL=transient.js.map

/***/ }),

/***/ 17670:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ nodeTransport)
/* harmony export */ });
/* unused harmony export DEFAULT_TIMEOUT_MS */
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37067);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(44708);
/* harmony import */ var node_tls__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(41692);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(88548);
/**
 * The wire: one HTTP exchange with node:http / node:https, keep-alive, extra trusted CAs, a per-request idle
 * timeout. No auth, no retries, no redirects here (see session.ts). Socket failures become RegistryError with
 * status 0 and the socket error code, so the retry policy can judge them.
 */




const DEFAULT_TIMEOUT_MS = 60_000;
function nodeTransport(opts = {}) {
    const timeout = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    const ca = opts.caCertificates?.length ? [...node_tls__WEBPACK_IMPORTED_MODULE_2__.rootCertificates, ...opts.caCertificates] : undefined;
    const http = new node_http__WEBPACK_IMPORTED_MODULE_0__.Agent({ keepAlive: true, maxSockets: 16 });
    const https = new node_https__WEBPACK_IMPORTED_MODULE_1__.Agent({ keepAlive: true, maxSockets: 16, ...(ca ? { ca } : {}) });
    return {
        request: (req) => exchange(req, req.url.protocol === 'https:' ? https : http, timeout),
        close() {
            http.destroy();
            https.destroy();
        },
    };
}
function exchange(req, agent, timeout) {
    const fail = (e) => new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .RegistryError */ .gl({
        method: req.method,
        url: req.url,
        status: 0,
        networkCode: e.code ?? 'ECONNRESET',
        detail: e.message,
    });
    return new Promise((resolve, reject) => {
        const send = req.url.protocol === 'https:' ? node_https__WEBPACK_IMPORTED_MODULE_1__.request : node_http__WEBPACK_IMPORTED_MODULE_0__.request;
        const r = send(req.url, { method: req.method, headers: req.headers, agent, timeout }, (res) => {
            if (req.stream) {
                resolve({ status: res.statusCode ?? 0, headers: flatten(res), body: new Uint8Array(), stream: res });
                return;
            }
            const chunks = [];
            res.on('data', (c) => chunks.push(c));
            res.on('error', (e) => {
                reject(fail(e));
            });
            res.on('end', () => {
                resolve({ status: res.statusCode ?? 0, headers: flatten(res), body: Buffer.concat(chunks) });
            });
        });
        r.on('timeout', () => r.destroy(Object.assign(new Error(`idle for ${timeout} ms`), { code: 'ETIMEDOUT' })));
        r.on('error', (e) => {
            reject(fail(e));
        });
        const body = req.body;
        if (body === undefined || body instanceof Uint8Array)
            r.end(body);
        else {
            body.on('error', (e) => r.destroy(e));
            body.pipe(r);
        }
    });
}
function flatten(res) {
    const out = {};
    for (const [k, v] of Object.entries(res.headers)) {
        if (v !== undefined)
            out[k.toLowerCase()] = Array.isArray(v) ? v.join(', ') : v;
    }
    return out;
}
//# sourceMappingURL=transport.js.map

/***/ })

};
