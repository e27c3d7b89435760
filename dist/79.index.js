export const id = 79;
export const ids = [79];
export const modules = {

/***/ 8917:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Iz: () => (/* binding */ parseInspectPlatforms),
/* harmony export */   R$: () => (/* binding */ builderContainer),
/* harmony export */   R2: () => (/* binding */ createBuilderArgs),
/* harmony export */   Ux: () => (/* binding */ bootstrapArgs),
/* harmony export */   Zw: () => (/* binding */ planBuilder),
/* harmony export */   hm: () => (/* binding */ usesContainerdStore),
/* harmony export */   j1: () => (/* binding */ builderImage),
/* harmony export */   oN: () => (/* binding */ uncoveredPlatforms),
/* harmony export */   tk: () => (/* binding */ removeBuilderArgs),
/* harmony export */   w_: () => (/* binding */ dockerDriverProblem)
/* harmony export */ });
/* unused harmony export DEFAULT_BUILDKIT_IMAGE */
/* harmony import */ var _oci_platform_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3856);

/** The image buildx's docker-container driver runs when no `image=` driver option is given. */
const DEFAULT_BUILDKIT_IMAGE = 'moby/buildkit:buildx-stable-1';
/**
 * The BuildKit image a docker-container builder will run, and the input that named it (`buildkit-image`, an
 * `image=` line of `driver-opts`, or buildx's default); undefined for the other drivers, which run no image.
 */
function builderImage(s) {
    if (s.driver !== 'docker-container')
        return undefined;
    const opt = [...s.driverOpts].reverse().find((o) => o.startsWith('image='));
    if (opt)
        return { image: opt.slice('image='.length), input: 'driver-opts' };
    return { image: s.buildkitImage ?? DEFAULT_BUILDKIT_IMAGE, input: 'buildkit-image' };
}
/** The container and volume buildx's docker-container driver makes for a builder's first (only) node. */
function builderContainer(name) {
    const container = `buildx_buildkit_${name}0`;
    return { container, volume: `${container}_state` };
}
function planBuilder(s, uniqueName) {
    return s.driver === 'docker' ? { name: 'default', create: false } : { name: uniqueName, create: true };
}
/** `docker buildx create ...` for docker-container and remote. `configFile` is the buildkitd config to use, if any. */
function createBuilderArgs(s, name, configFile) {
    const args = ['buildx', 'create', '--name', name, '--driver', s.driver];
    if (s.buildkitImage)
        args.push('--driver-opt', `image=${s.buildkitImage}`);
    for (const opt of s.driverOpts)
        args.push('--driver-opt', opt);
    if (configFile)
        args.push('--buildkitd-config', configFile);
    // RUN steps on the host network need the builder to grant that entitlement (as setup-buildx-action's default)
    if (s.network === 'host' && s.driver === 'docker-container') {
        args.push('--buildkitd-flags', '--allow-insecure-entitlement=network.host');
    }
    if (s.driver === 'remote' && s.endpoint)
        args.push(s.endpoint);
    return args;
}
function bootstrapArgs(name) {
    return ['buildx', 'inspect', '--bootstrap', '--builder', name];
}
function removeBuilderArgs(name) {
    return ['buildx', 'rm', '--force', name];
}
/** Platforms from `docker buildx inspect` output (all nodes), normalised; `*` marks on user-set ones removed. */
function parseInspectPlatforms(output) {
    const out = new Set();
    for (const line of output.split('\n')) {
        const m = /^\s*Platforms:\s*(.*)$/.exec(line);
        if (!m || !m[1])
            continue;
        for (const raw of m[1].split(',')) {
            const p = raw.trim().replace(/\*$/, '');
            if (p === '')
                continue;
            try {
                out.add((0,_oci_platform_js__WEBPACK_IMPORTED_MODULE_0__/* .parsePlatform */ .FL)(p));
            }
            catch (e) {
                if (!(e instanceof _oci_platform_js__WEBPACK_IMPORTED_MODULE_0__/* .PlatformError */ .Wk))
                    throw e; // a platform we do not know cannot be one that was asked for
            }
        }
    }
    return [...out];
}
/** Requested platforms the builder cannot build. */
function uncoveredPlatforms(requested, builderPlatforms) {
    return requested.filter((p) => !builderPlatforms.includes(p));
}
/** Whether `docker info --format '{{json .DriverStatus}}'` shows the containerd image store. */
function usesContainerdStore(driverStatusJson) {
    let status;
    try {
        status = JSON.parse(driverStatusJson);
    }
    catch {
        return false;
    }
    return (Array.isArray(status) && status.some((pair) => Array.isArray(pair) && pair[1] === 'io.containerd.snapshotter.v1'));
}
/**
 * Why the docker driver cannot do this build, if it cannot: without the containerd image store it has neither
 * multi-platform images nor the OCI exporter the action pushes from.
 */
function dockerDriverProblem(s, containerdStore) {
    if (s.driver !== 'docker' || containerdStore || (!s.push && s.platforms.length === 1))
        return undefined;
    return ("the docker driver builds multi-platform images and pushes them by digest only with Docker's containerd image " +
        'store, which this daemon does not use; use driver: docker-container (the default), or turn on the ' +
        'containerd image store ("features": {"containerd-snapshotter": true} in daemon.json)');
}
//# sourceMappingURL=builder.js.map

/***/ }),

/***/ 5079:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  buildStep: () => (/* binding */ buildStep)
});

// EXTERNAL MODULE: ./node_modules/@actions/cache/lib/cache.js + 340 modules
var cache = __webpack_require__(1691);
// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 7 modules
var core = __webpack_require__(3838);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
var promises_namespaceObject = /*#__PURE__*/__webpack_require__.t(promises_, 2);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./build/src/buildx/cache.js
var buildx_cache = __webpack_require__(5788);
// EXTERNAL MODULE: ./build/src/handoff/env.js + 2 modules
var env = __webpack_require__(4550);
// EXTERNAL MODULE: ./build/src/qemu/emulators.js
var emulators = __webpack_require__(9382);
// EXTERNAL MODULE: ./build/src/oci/client.js + 7 modules
var oci_client = __webpack_require__(7632);
// EXTERNAL MODULE: ./build/src/oci/credentials.js
var oci_credentials = __webpack_require__(9617);
// EXTERNAL MODULE: ./build/src/oci/index.js
var oci = __webpack_require__(9099);
// EXTERNAL MODULE: ./build/src/oci/reference.js
var reference = __webpack_require__(4974);
// EXTERNAL MODULE: ./build/src/oci/decode.js
var decode = __webpack_require__(8229);
// EXTERNAL MODULE: ./build/src/oci/types.js
var types = __webpack_require__(7578);
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
/** Reads the index back from every repository and checks its bytes (by digest) and its platforms. */
async function verifyPushed(client, repos, digest, platforms) {
    let first;
    for (const repo of repos) {
        const fetched = await client.getManifest((0,reference/* withDigest */.hQ)(repo, digest));
        const verification = await verificationOf(client, repo, digest, fetched.manifest, platforms);
        if (!verification.ok) {
            throw new Error(`the pushed index ${repo.registry}/${repo.repository}@${digest} does not hold the requested platforms: ` +
                `${(0,oci/* describeVerification */.Xm)(verification)}; no tag was moved`);
        }
        first ??= { bytes: fetched.bytes, mediaType: fetched.descriptor.mediaType, verification };
    }
    if (!first)
        throw new Error('no image to verify');
    return first;
}
/** Puts the verified index under every tag of every repository; returns the image:tag names. */
async function tagAll(client, repos, tags, v) {
    const tagged = [];
    for (const repo of repos) {
        for (const tag of tags) {
            await client.putManifest((0,reference/* withTag */.Rd)(repo, tag), v.bytes, v.mediaType);
            tagged.push(`${repo.registry}/${repo.repository}:${tag}`);
        }
    }
    return tagged;
}
async function publishWith(client, req, log) {
    const repos = req.images.map((i) => (0,reference/* parseReference */.F2)(i));
    const [first, ...rest] = repos;
    if (!first)
        throw new Error('no image to publish to');
    if (req.strategy === 'layout') {
        log.info(`Pushing ${req.digest} from the OCI layout to ${first.registry}/${first.repository}`);
        await pushFromLayout(client, req.layoutDir, first, req.digest, req.mediaType);
        for (const repo of rest)
            await client.copyManifest((0,reference/* withDigest */.hQ)(first, req.digest), repo);
    }
    const verified = await verifyPushed(client, repos, req.digest, req.platforms);
    log.info(`Verified ${req.digest}: ${verified.verification.platforms.join(', ')}`);
    for (const t of await tagAll(client, repos, req.tags, verified))
        log.info(`Tagged ${t}`);
    // as the user named the images (the registry client's names are normalised: docker.io/library/...)
    const tagged = req.images.flatMap((image) => req.tags.map((tag) => `${image}:${tag}`));
    return {
        digest: req.digest,
        platforms: verified.verification.platforms,
        platformDigests: verified.verification.platformDigests,
        tagged,
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
    };
}
//# sourceMappingURL=publisher.js.map
// EXTERNAL MODULE: ./build/src/oci/retry.js
var retry = __webpack_require__(9221);
;// CONCATENATED MODULE: ./build/src/tools/binfmt.js


const BINFMT_DIR = '/proc/sys/fs/binfmt_misc';
/** Names of the enabled binfmt_misc entries (e.g. qemu-aarch64). An unmounted binfmt_misc has none. */
async function registeredEmulators(dir = BINFMT_DIR) {
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
        if (text.split('\n')[0]?.trim() === 'enabled')
            out.push(name);
    }
    return out;
}
//# sourceMappingURL=binfmt.js.map
// EXTERNAL MODULE: ./build/src/buildx/builder.js
var buildx_builder = __webpack_require__(8917);
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
var oci_transient = __webpack_require__(6673);
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
//# sourceMappingURL=plan.js.map
// EXTERNAL MODULE: ./build/src/tools/runner.js
var runner = __webpack_require__(7695);
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
        return (0,buildx_cache/* parseBuildxVersion */.Ou)(res.stdout);
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
    /** Writes the image to an archive (`docker save`), for `load` on another runner. */
    async saveImage(image, file) {
        await this.run(['save', '--output', file, image]);
    }
    async loadImage(file) {
        await this.run(['load', '--quiet', '--input', file]);
    }
    async installEmulators(image, emulators) {
        await this.retry.run('Installing the QEMU emulators', () => this.run(binfmtArgs(image, emulators), {}, false), (e) => (0,oci_transient/* transientFailure */.RG)(e, [DOCKER_RUN_OWN_FAILURE]));
    }
    /** `docker buildx create` without booting: the container starts with the bootstrap. */
    async createBuilder(s, name, configFile) {
        await this.retry.run('Creating the builder', () => this.run((0,buildx_builder/* createBuilderArgs */.R2)(s, name, configFile), {}, false), anyTransient);
    }
    /** Boots the builder (BuildKit reads the registered emulators now); returns the platforms it reports. */
    async bootstrap(name) {
        const res = await this.retry.run('Booting the builder', () => this.run((0,buildx_builder/* bootstrapArgs */.Ux)(name), {}, false), anyTransient);
        return (0,buildx_builder/* parseInspectPlatforms */.Iz)(res.stdout);
    }
    /**
     * Runs a build with its output shown in the log; returns buildx's progress output (stderr). A build that failed
     * while pushing (not in a build step) for a transient reason runs again: the builder's cache holds every step,
     * so it only pushes again.
     */
    async build(args, extraEnv) {
        const pushed = (e) => {
            const failure = pushFailure(e.stderr);
            return failure === undefined ? undefined : (0,oci_transient/* transientReason */.bR)(failure);
        };
        return (await this.retry.run('The push', () => this.run(args, extraEnv, false), pushed)).stderr;
    }
}
//# sourceMappingURL=docker.js.map
// EXTERNAL MODULE: ./build/src/modes/report.js
var report = __webpack_require__(2006);
// EXTERNAL MODULE: ./build/src/modes/workspace.js + 2 modules
var workspace = __webpack_require__(1628);
// EXTERNAL MODULE: ./build/src/errors.js
var errors = __webpack_require__(7406);
// EXTERNAL MODULE: ./build/src/text/slug.js
var slug = __webpack_require__(4774);
;// CONCATENATED MODULE: ./build/src/modes/build/images.js
/**
 * The images the action runs (binfmt, BuildKit), made present in the daemon before they are needed. A fresh runner
 * has neither, and Docker Hub refuses pulls past its rate limit (HTTP 429). So they are kept in the Actions cache,
 * keyed by the reference, the runner's architecture and the digest a HEAD of the manifest gives (a HEAD does not
 * count against Docker Hub's pull limit): a hit is loaded into the daemon and no layer is pulled from the registry;
 * a miss is pulled (with retries) and saved. When the registry refuses the pull and the cache holds an older copy,
 * that copy is used, with a warning. Without the cache (`cache-images: false`, or no cache service) images are
 * pulled, with retries.
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
class CachedImages {
    d;
    cache;
    constructor(d, cache) {
        this.d = d;
        this.cache = cache;
    }
    async ensure(image, input) {
        const { d, cache } = this;
        if (await d.docker.hasImage(image))
            return;
        const digest = await this.digest(image);
        const prefix = imageCacheKeyPrefix(image, d.arch);
        const key = digest && imageCacheKey(image, d.arch, digest);
        if (key && (await this.load(image, key))) {
            d.log.info(`${image}: loaded from the Actions cache (${key}); nothing pulled`);
            return;
        }
        const older = await cache.restoreCache([this.archive(image)], prefix, [prefix], { lookupOnly: true });
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
            if (older && reason && (await this.load(image, older))) {
                d.log.warning(`${input}: the registry refused '${image}' (${reason}); using the copy the Actions cache kept from an ` +
                    `earlier run (${older}), which may be older than the registry's`);
                return;
            }
            throw pullError(e, image, input);
        }
        if (key)
            await this.save(image, key);
        else
            d.log.info(`${image}: not kept in the Actions cache (the registry gave no digest to key it by)`);
    }
    archive(image) {
        return (0,external_node_path_.join)(this.d.dir, `${(0,slug/* slug */.y)(image, '._-')}.tar`);
    }
    async digest(image) {
        try {
            return await this.d.headDigest(image);
        }
        catch (e) {
            this.d.log.info(`${image}: the registry did not say its digest (${(0,errors/* errorMessage */.gJ)(e)})`);
            return undefined;
        }
    }
    /** Restores the entry `key` and loads it; false when the cache has no such entry or it does not load. */
    async load(image, key) {
        const { d, cache } = this;
        const file = this.archive(image);
        try {
            await d.files.mkdir(d.dir, { recursive: true });
            if ((await cache.restoreCache([file], key)) !== key)
                return false;
            await d.docker.loadImage(file);
            if (await d.docker.hasImage(image))
                return true;
            d.log.warning(`${image}: the Actions cache entry ${key} does not hold this image; pulling it`);
        }
        catch (e) {
            d.log.warning(`${image}: could not load it from the Actions cache entry ${key}; pulling it: ${(0,errors/* errorMessage */.gJ)(e)}`);
        }
        finally {
            await d.files.rm(file, { force: true });
        }
        return false;
    }
    /** Saves the image under `key`; a failure is a warning, never the step's. */
    async save(image, key) {
        const { d, cache } = this;
        const file = this.archive(image);
        try {
            await d.files.mkdir(d.dir, { recursive: true });
            await d.docker.saveImage(image, file);
            // @actions/cache warns and returns -1 when the service refuses the entry (another job saved it first, say)
            if ((await cache.saveCache([file], key)) >= 0)
                d.log.info(`${image}: kept in the Actions cache (${key})`);
        }
        catch (e) {
            d.log.warning(`${image}: not kept in the Actions cache: ${(0,errors/* errorMessage */.gJ)(e)}`);
        }
        finally {
            await d.files.rm(file, { force: true });
        }
    }
}
/** Pulls, with retries; without the cache. */
class PulledImages {
    docker;
    constructor(docker) {
        this.docker = docker;
    }
    async ensure(image, input) {
        if (await this.docker.hasImage(image))
            return;
        try {
            await this.docker.pull(image);
        }
        catch (e) {
            throw pullError(e, image, input);
        }
    }
}
function imageProvider(d) {
    return d.cache ? new CachedImages(d, d.cache) : new PulledImages(d.docker);
}
//# sourceMappingURL=images.js.map
;// CONCATENATED MODULE: ./build/src/modes/build/outputs.js
function buildOutputs(r) {
    return {
        digest: r.digest ?? '',
        platforms: r.platforms.join(','),
        'platform-digests': JSON.stringify(r.platformDigests),
        image: r.image ?? '',
        metadata: r.metadata.raw,
    };
}
const cell = (s) => s.replace(/\|/g, '\\|');
function summaryMarkdown(r) {
    const tags = r.tagged.length > 0 ? r.tagged.map((t) => `\`${t}\``).join('<br>') : 'none';
    const rows = r.platforms.map((p) => `| ${cell(p)} | ${r.platformDigests[p] ? `\`${r.platformDigests[p]}\`` : 'not pushed'} | ${tags} | ${r.buildSeconds.toFixed(1)} s | ${r.cache.kind} |`);
    return [
        '### multiarch-publish',
        '',
        r.digest ? `Index \`${r.image}\`` : 'Built without pushing.',
        '',
        '| Platform | Digest | Tags | Build time | Cache |',
        '| --- | --- | --- | --- | --- |',
        ...rows,
        '',
    ].join('\n');
}
//# sourceMappingURL=outputs.js.map
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
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
async function checkPaths(s, cwd) {
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
// EXTERNAL MODULE: ./build/src/meta/labels.js
var labels = __webpack_require__(1148);
;// CONCATENATED MODULE: ./build/src/buildx/argv.js

function outputStrategy(s) {
    if (!s.push)
        return 'none';
    return s.driver === 'docker' ? 'layout' : 'registry';
}
/** The environment variable a build secret travels in (never on the command line). */
function secretEnvName(index) {
    return `MULTIARCH_PUBLISH_SECRET_${index}`;
}
function outputArg(strategy, images, layoutDir) {
    switch (strategy) {
        case 'registry':
            return `type=image,"name=${images.join(',')}",push-by-digest=true,name-canonical=true,push=true`;
        case 'layout':
            return `type=oci,dest=${layoutDir},tar=false`;
        case 'none':
            return 'type=cacheonly';
    }
}
function buildArgs(s, builder, cache, strategy, paths) {
    const args = ['buildx', 'build', '--builder', builder, '--platform', s.platforms.join(',')];
    if (s.file)
        args.push('--file', s.file);
    if (s.target)
        args.push('--target', s.target);
    for (const a of s.buildArgs)
        args.push('--build-arg', a);
    for (const l of (0,labels/* labelLines */._e)(s.labels))
        args.push('--label', l);
    for (const a of (0,labels/* annotationLines */.bK)(s.annotations))
        args.push('--annotation', a);
    if (s.network)
        args.push('--network', s.network);
    if (s.network === 'host')
        args.push('--allow', 'network.host');
    if (s.provenance)
        args.push(`--provenance=${s.provenance}`);
    if (s.sbom)
        args.push(`--sbom=${s.sbom}`);
    s.secrets.forEach((sec, i) => args.push('--secret', `id=${sec.id},env=${secretEnvName(i)}`));
    for (const c of cache.from)
        args.push('--cache-from', c);
    for (const c of cache.to)
        args.push('--cache-to', c);
    args.push('--output', outputArg(strategy, s.images, paths.layoutDir));
    args.push('--metadata-file', paths.metadataFile);
    args.push(s.context);
    return args;
}
//# sourceMappingURL=argv.js.map
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
    const descriptor = m['containerimage.descriptor'];
    return {
        digest: digestText ? (0,types/* parseDigest */.m)(digestText) : undefined,
        descriptor: descriptor && typeof descriptor === 'object' ? descriptor : undefined,
        imageName: str('image.name'),
        buildRef: str('buildx.build.ref'),
        raw: JSON.stringify(json),
    };
}
//# sourceMappingURL=metadata.js.map
// EXTERNAL MODULE: ./build/src/oci/platform.js
var platform = __webpack_require__(3856);
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
var main = __webpack_require__(8390);
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
var lines = __webpack_require__(7746);
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
 * before they are registered builds the emulated platforms but never lists them (docs/qemu-order.md). So the
 * work that does not depend on the emulators runs at once (pulling the binfmt and BuildKit images, creating the
 * builder), then the emulators are registered, then the builder boots and reports its platforms.
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
/** What QEMU needs (nothing runs yet but the pull of the binfmt image when an emulator must be installed). */
async function prepareQemu(s, d) {
    const scope = emulationScope(s, d.hostArch, await analysis(s, d));
    for (const note of scope.notes)
        d.log.info(note);
    const plan = planQemu({ qemu: s.qemu, platforms: scope.emulated }, d.hostArch, await d.registeredEmulators());
    if (plan.install.length > 0)
        await d.images.ensure(s.binfmtImage, 'binfmt-image');
    return { plan, scope };
}
/** Creates the builder without booting it (or checks the docker driver can do the build). */
async function prepareBuilder(s, builder, d) {
    if (!builder.create) {
        const problem = (0,buildx_builder/* dockerDriverProblem */.w_)(s, await d.docker.containerdStore());
        if (problem)
            throw new errors/* InputError */.dz('driver', problem);
        d.log.info(`Builder: the docker driver's own builder '${builder.name}'`);
        return;
    }
    const image = (0,buildx_builder/* builderImage */.j1)(s);
    const [config] = await Promise.all([
        s.buildkitdConfigInline ? d.writeConfig(s.buildkitdConfigInline) : Promise.resolve(s.buildkitdConfig),
        image ? d.images.ensure(image.image, image.input) : Promise.resolve(),
    ]);
    // Saved before creating, so the post step removes it even when creation or the job is cut short.
    d.postState.builder = builder.name;
    d.postState.builderDriver = s.driver;
    d.state.save(d.postState);
    await d.docker.createBuilder(s, builder.name, config);
}
async function registerEmulators(s, qemu, d) {
    const { plan, scope } = qemu;
    if (plan.required.length === 0) {
        if (s.qemu === 'false')
            d.log.info('QEMU: off (qemu: false)');
        else if (scope.unemulated.length > 0)
            d.log.info(`QEMU: not needed, nothing runs emulated (${scope.unemulated.join(', ')} build natively)`);
        else
            d.log.info(`QEMU: not needed, every platform runs natively on ${d.hostArch}`);
        return;
    }
    if (plan.install.length > 0) {
        d.log.info(`QEMU: installing ${plan.install.map((e) => e.install).join(', ')} with ${s.binfmtImage}`);
        await d.docker.installEmulators(s.binfmtImage, plan.install);
    }
    else {
        d.log.info(`QEMU: ${plan.required.map((e) => e.entry).join(', ')} already registered`);
    }
    const missing = missingEmulators(plan.required, await d.registeredEmulators());
    if (missing.length > 0) {
        throw new Error(`QEMU emulators not registered after setup: ${missing.map((e) => e.entry).join(', ')} (see /proc/sys/fs/binfmt_misc)`);
    }
    d.log.info('QEMU: emulators registered before the builder boots');
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
async function setup(s, d) {
    return d.log.group('Setting up QEMU and the builder', async () => {
        const builder = (0,buildx_builder/* planBuilder */.Zw)(s, d.uniqueName);
        const [qemu] = await Promise.all([prepareQemu(s, d), prepareBuilder(s, builder, d)]);
        await registerEmulators(s, qemu, d);
        const listed = await d.docker.bootstrap(builder.name);
        checkPlatforms(s, builder, listed, qemu.scope, d.log);
        return builder;
    });
}
//# sourceMappingURL=setup.js.map
;// CONCATENATED MODULE: ./build/src/modes/build/run.js
/** Build mode: every platform in this job, pushed by digest, verified, then tagged. */








/** The environment buildx gets: the job's, which carries the cache service variables, plus the secrets. */
function buildEnv(s, env) {
    const out = {};
    for (const k of buildx_cache/* CACHE_ENV_VARS */._G)
        if (env[k] !== undefined)
            out[k] = env[k];
    s.secrets.forEach((sec, i) => (out[secretEnvName(i)] = sec.value));
    return out;
}
/**
 * Runs the build; a failure names the step (platform, stage, instruction) it stopped at, or says the push failed
 * (after how many attempts), not the command line.
 */
async function buildOrExplain(docker, args, env) {
    try {
        return await docker.build(args, env);
    }
    catch (e) {
        if (!(e instanceof runner/* CommandError */.Qd))
            throw e;
        const step = buildFailure(e.stderr);
        if (step !== undefined)
            throw new Error(`the build failed at ${step}\nnothing was pushed, no tag was moved`);
        const push = pushFailure(e.stderr);
        if (push === undefined)
            throw e;
        const r = e.retries;
        const tries = r ? ` (${r.reason}; gave up after ${r.attempts} attempts in ${(r.elapsedMs / 1000).toFixed(1)}s)` : '';
        throw new Error(`the push by digest failed${tries}: ${push}\nno tag was moved`);
    }
}
async function runBuild(s, d) {
    const leg = s.mode === 'build-platform';
    // a leg caches per platform, so the legs of one matrix never evict each other
    const scope = (0,buildx_cache/* ghaScope */.dh)(s.images[0], s.target, leg ? s.platforms.join(',') : undefined);
    const service = (0,buildx_cache/* cacheServiceFrom */.y6)(d.env);
    // buildx's version matters only for the v2 cache service: asked for then, while the builder is set up
    const [buildxVersion, builder] = await Promise.all([
        (0,buildx_cache/* needsBuildxVersion */.Cp)(s, service) ? d.docker.buildxVersion() : Promise.resolve(undefined),
        setup(s, d),
    ]);
    const cache = (0,buildx_cache/* planCache */._s)(s, service, buildxVersion, scope);
    if (cache.warning)
        d.log.warning(cache.warning);
    const strategy = outputStrategy(s);
    const paths = { metadataFile: (0,external_node_path_.join)(d.workDir, 'metadata.json'), layoutDir: (0,external_node_path_.join)(d.workDir, 'layout') };
    const args = buildArgs(s, builder.name, cache, strategy, paths);
    const started = d.clock();
    const progress = await d.log.group(`Building ${s.platforms.join(', ')} (cache: ${cache.kind})`, () => buildOrExplain(d.docker, args, buildEnv(s, d.env)));
    for (const w of cacheWarnings(progress))
        d.log.warning(w);
    const buildSeconds = (d.clock() - started) / 1000;
    const metadata = parseBuildMetadata(await d.readFile(paths.metadataFile));
    if (strategy === 'none') {
        return { platforms: s.platforms, platformDigests: {}, tagged: [], metadata, cache, buildSeconds };
    }
    if (!metadata.digest)
        throw new Error('buildx reported no image digest in its metadata; nothing was tagged');
    const digest = metadata.digest;
    if (leg && s.tags.length > 0) {
        d.log.notice(`build-platform pushes by digest only; the tags (${s.tags.join(', ')}) are pushed by the merge step`);
    }
    const pub = await d.log.group('Verifying the pushed index and tagging', () => d.publisher.publish({
        strategy,
        images: s.images,
        tags: leg ? [] : s.tags,
        digest,
        mediaType: metadata.descriptor?.mediaType ?? types/* MediaType */.zu.OCI_INDEX,
        layoutDir: paths.layoutDir,
        platforms: s.platforms,
    }));
    return {
        digest: pub.digest,
        platforms: pub.platforms,
        platformDigests: pub.platformDigests,
        image: `${s.images[0]}@${pub.digest}`,
        tagged: pub.tagged,
        metadata,
        cache,
        buildSeconds,
    };
}
//# sourceMappingURL=run.js.map
;// CONCATENATED MODULE: ./build/src/modes/build/index.js
/** The build and build-platform steps: real docker, registry client and (for legs) the Actions cache. */























/** Where image archives are written, relative to the workspace (the cache versions an entry by its paths). */
const IMAGES_DIR = '.multiarch-publish-images';
/**
 * The binfmt and BuildKit images through the Actions cache (unless `cache-images: false` or the job has no cache
 * service). The digest for the key comes from a HEAD of the manifest, with a few quick retries only: the pull that
 * follows a failed HEAD has the whole retry budget.
 */
function actionImages(s, ws, d, docker) {
    const cached = s.cacheImages && (0,buildx_cache/* cacheServiceFrom */.y6)(d.env).available;
    if (cached) {
        ws.postState.tempDirs.push((0,external_node_path_.resolve)(IMAGES_DIR)); // a cancelled step's archive goes with the post step
        d.state.save(ws.postState);
    }
    const headDigest = async (image) => {
        const client = new oci_client/* RegistryClient */.b({
            credentials: new oci_credentials/* DockerConfigCredentials */.zw({ ...(0,oci_credentials/* nodeDockerConfigDeps */.lc)(), env: ws.env }),
            insecureRegistries: s.insecureRegistries,
            retry: {
                ...retry/* DEFAULT_RETRY_POLICY */.cO,
                maxAttempts: s.retryTimeout === 0 ? 1 : 3,
                totalTimeMs: Math.min(10_000, s.retryTimeout * 1000),
            },
        });
        try {
            return (await client.headManifest((0,reference/* parseReference */.F2)(image)))?.digest;
        }
        finally {
            client.close();
        }
    };
    return imageProvider({
        docker,
        log: d.log,
        ...(cached ? { cache: cache } : {}),
        headDigest,
        arch: (0,emulators/* hostArchitecture */.m4)(process.arch),
        files: promises_namespaceObject,
        dir: IMAGES_DIR,
    });
}
/** Runs the build; returns the step outputs (tags: the image:tag names that now point at the pushed index). */
async function buildStep(s, d) {
    (0,report/* logNotes */.q)(s, d.log);
    await checkPaths(s, process.cwd());
    const ws = await (0,workspace/* prepareWorkspace */.t)({ ...s, actor: d.actor }, d, true);
    for (const sec of s.secrets)
        core/* setSecret */.Pq(sec.value);
    const retry = commandRetry({
        policy: commandRetryPolicy(s.retryTimeout),
        log: (m) => {
            d.log.info(m);
        },
    });
    const docker = new Docker(d.runner, ws.env, retry);
    const result = await runBuild(s, {
        docker,
        images: actionImages(s, ws, d, docker),
        log: d.log,
        state: d.state,
        postState: ws.postState,
        hostArch: (0,emulators/* hostArchitecture */.m4)(process.arch),
        registeredEmulators: () => registeredEmulators(),
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
    });
    if (s.mode === 'build-platform' && result.digest) {
        const digest = (0,types/* parseDigest */.m)(result.digest);
        await d.log.group('Handing off to the merge (Actions cache)', async () => {
            const store = (0,env/* handoffStoreFromEnv */.v)(d.env, cache, promises_namespaceObject, (m) => {
                d.log.info(m);
            });
            for (const platform of result.platforms)
                await store.save({ image: s.images[0], platform, digest });
        });
    }
    if (d.env.GITHUB_STEP_SUMMARY)
        await core/* summary */.z.addRaw(summaryMarkdown(result)).write();
    // a leg or push: false tags nothing
    return { ...(0,report/* publishOutputs */.e)(s, result.tagged), ...buildOutputs(result) };
}
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 9382:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gu: () => (/* binding */ neededEmulators),
/* harmony export */   PU: () => (/* binding */ runsNatively),
/* harmony export */   m4: () => (/* binding */ hostArchitecture)
/* harmony export */ });
/* unused harmony export EmulatorError */
/* harmony import */ var _oci_platform_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3856);
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

//# sourceMappingURL=79.index.js.map