export const id = 709;
export const ids = [709];
export const modules = {

/***/ 8917:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Iz: () => (/* binding */ parseInspectPlatforms),
/* harmony export */   R2: () => (/* binding */ createBuilderArgs),
/* harmony export */   Ux: () => (/* binding */ bootstrapArgs),
/* harmony export */   Zw: () => (/* binding */ planBuilder),
/* harmony export */   _B: () => (/* binding */ inspectArgs),
/* harmony export */   hm: () => (/* binding */ usesContainerdStore),
/* harmony export */   oN: () => (/* binding */ uncoveredPlatforms),
/* harmony export */   tk: () => (/* binding */ removeBuilderArgs),
/* harmony export */   w_: () => (/* binding */ dockerDriverProblem)
/* harmony export */ });
/* harmony import */ var _oci_platform_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3856);

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
function inspectArgs(name) {
    return ['buildx', 'inspect', '--builder', name];
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

/***/ 2709:
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
// EXTERNAL MODULE: ./build/src/handoff/env.js + 2 modules
var env = __webpack_require__(4550);
// EXTERNAL MODULE: ./build/src/qemu/emulators.js
var emulators = __webpack_require__(9382);
// EXTERNAL MODULE: ./build/src/oci/client.js + 9 modules
var oci_client = __webpack_require__(2744);
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
// EXTERNAL MODULE: ./build/src/tools/runner.js
var runner = __webpack_require__(7695);
// EXTERNAL MODULE: ./build/src/buildx/builder.js
var buildx_builder = __webpack_require__(8917);
// EXTERNAL MODULE: ./build/src/buildx/cache.js
var buildx_cache = __webpack_require__(5788);
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
;// CONCATENATED MODULE: ./build/src/tools/docker.js
/** Thin wrappers over the docker CLI: buildx and the binfmt container. Decisions live in src/plan/. */




class Docker {
    runner;
    env;
    constructor(runner, env) {
        this.runner = runner;
        this.env = env;
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
    async installEmulators(image, emulators) {
        await this.run(binfmtArgs(image, emulators), {}, false);
    }
    async createBuilder(s, name, configFile) {
        await this.run((0,buildx_builder/* createBuilderArgs */.R2)(s, name, configFile), {}, false);
    }
    async bootstrap(name) {
        await this.run((0,buildx_builder/* bootstrapArgs */.Ux)(name), {}, false);
    }
    async builderPlatforms(name) {
        const res = await this.run((0,buildx_builder/* inspectArgs */._B)(name));
        return (0,buildx_builder/* parseInspectPlatforms */.Iz)(res.stdout);
    }
    /** Runs a build with its output shown in the log; returns buildx's progress output (stderr). */
    async build(args, extraEnv) {
        return (await this.run(args, extraEnv, false)).stderr;
    }
}
//# sourceMappingURL=docker.js.map
// EXTERNAL MODULE: ./build/src/modes/report.js
var report = __webpack_require__(2006);
// EXTERNAL MODULE: ./build/src/modes/workspace.js + 2 modules
var workspace = __webpack_require__(1628);
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
// EXTERNAL MODULE: ./build/src/errors.js
var errors = __webpack_require__(7406);
;// CONCATENATED MODULE: ./build/src/modes/build/paths.js
/** The build's context and Dockerfile, checked before anything runs (bad paths are bad input too). */




async function checkPaths(s, cwd) {
    if (/^[a-z]+:\/\//i.test(s.context) || s.context.startsWith('git@'))
        return; // a remote context: buildx fetches it
    const context = (0,external_node_path_.resolve)(cwd, s.context);
    await (0,promises_.access)(context, external_node_fs_.constants.R_OK).catch(() => {
        throw new errors/* InputError */.dz('context', `expected a readable directory, '${s.context}' is not readable or does not exist`);
    });
    const file = s.file ? (0,external_node_path_.resolve)(cwd, s.file) : (0,external_node_path_.join)(context, 'Dockerfile');
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
//# sourceMappingURL=progress.js.map
;// CONCATENATED MODULE: ./build/src/modes/build/setup.js



async function setupQemu(s, d) {
    const plan = planQemu(s, d.hostArch, await d.registeredEmulators());
    if (plan.required.length === 0) {
        d.log.info(s.qemu === 'false'
            ? 'QEMU: off (qemu: false)'
            : `QEMU: not needed, every platform runs natively on ${d.hostArch}`);
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
}
async function setupBuilder(s, d) {
    const plan = (0,buildx_builder/* planBuilder */.Zw)(s, d.uniqueName);
    if (!plan.create) {
        const problem = (0,buildx_builder/* dockerDriverProblem */.w_)(s, await d.docker.containerdStore());
        if (problem)
            throw new errors/* InputError */.dz('driver', problem);
        d.log.info(`Builder: the docker driver's own builder '${plan.name}'`);
        return plan;
    }
    const config = s.buildkitdConfigInline ? await d.writeConfig(s.buildkitdConfigInline) : s.buildkitdConfig;
    // Saved before creating, so the post step removes it even when creation or the job is cut short.
    d.postState.builder = plan.name;
    d.state.save(d.postState);
    await d.docker.createBuilder(s, plan.name, config);
    await d.docker.bootstrap(plan.name);
    return plan;
}
/** Both setups at once (they do not depend on each other), then the platform check. */
async function setup(s, d) {
    return d.log.group('Setting up QEMU and the builder', async () => {
        const [, builder] = await Promise.all([setupQemu(s, d), setupBuilder(s, d)]);
        const platforms = await d.docker.builderPlatforms(builder.name);
        const uncovered = (0,buildx_builder/* uncoveredPlatforms */.oN)(s.platforms, platforms);
        if (uncovered.length > 0) {
            throw new Error(`builder '${builder.name}' cannot build ${uncovered.join(', ')} (it supports ${platforms.join(', ') || 'nothing'}); ` +
                'set qemu: true or auto, or use a runner that runs these platforms');
        }
        d.log.info(`Builder '${builder.name}' supports ${platforms.join(', ')}`);
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
async function runBuild(s, d) {
    const buildxVersion = await d.docker.buildxVersion();
    const leg = s.mode === 'build-platform';
    // a leg caches per platform, so the legs of one matrix never evict each other
    const scope = (0,buildx_cache/* ghaScope */.dh)(s.images[0], s.target, leg ? s.platforms.join(',') : undefined);
    const cache = (0,buildx_cache/* planCache */._s)(s, (0,buildx_cache/* cacheServiceFrom */.y6)(d.env), buildxVersion, scope);
    if (cache.warning)
        d.log.warning(cache.warning);
    const builder = await setup(s, d);
    const strategy = outputStrategy(s);
    const paths = { metadataFile: (0,external_node_path_.join)(d.workDir, 'metadata.json'), layoutDir: (0,external_node_path_.join)(d.workDir, 'layout') };
    const args = buildArgs(s, builder.name, cache, strategy, paths);
    const started = d.clock();
    const progress = await d.log.group(`Building ${s.platforms.join(', ')} (cache: ${cache.kind})`, () => d.docker.build(args, buildEnv(s, d.env)));
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
















/** Runs the build; returns the step outputs (tags: the image:tag names that now point at the pushed index). */
async function buildStep(s, d) {
    (0,report/* logNotes */.q)(s, d.log);
    await checkPaths(s, process.cwd());
    const ws = await (0,workspace/* prepareWorkspace */.t)({ ...s, actor: d.actor }, d, true);
    for (const sec of s.secrets)
        core/* setSecret */.Pq(sec.value);
    const result = await runBuild(s, {
        docker: new Docker(d.runner, ws.env),
        log: d.log,
        state: d.state,
        postState: ws.postState,
        hostArch: (0,emulators/* hostArchitecture */.m4)(process.arch),
        registeredEmulators: () => registeredEmulators(),
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

//# sourceMappingURL=709.index.js.map