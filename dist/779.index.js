export const id = 779;
export const ids = [779];
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

/***/ 7406:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HB: () => (/* binding */ unreachable),
/* harmony export */   dz: () => (/* binding */ InputError),
/* harmony export */   gJ: () => (/* binding */ errorMessage)
/* harmony export */ });
/** A bad input: names the input and what was expected. Raised before anything runs or is pushed. */
class InputError extends Error {
    input;
    constructor(input, message) {
        super(`input '${input}': ${message}`);
        this.input = input;
        this.name = 'InputError';
    }
}
/** Renders anything thrown as a one-line message (non-Error throws included). */
function errorMessage(e) {
    if (e instanceof Error)
        return e.message;
    return typeof e === 'string' ? e : JSON.stringify(e);
}
/** For the default branch of a switch that handles every case: a new case that is not handled fails `tsc`. */
function unreachable(value) {
    throw new Error(`unhandled case: ${JSON.stringify(value)}`);
}
//# sourceMappingURL=errors.js.map

/***/ }),

/***/ 6671:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ actionsLog)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3838);

const actionsLog = {
    group: (name, fn) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .group */ .Os(name, fn),
    info: (m) => {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(m);
    },
    notice: (m) => {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .notice */ .lm(m);
    },
    warning: (m) => {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(m);
    },
    error: (m) => {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .error */ .z3(m);
    },
    debug: (m) => {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .debug */ .Yz(m);
    },
};
//# sourceMappingURL=log.js.map

/***/ }),

/***/ 3856:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F2: () => (/* binding */ fromOciPlatform),
/* harmony export */   FL: () => (/* binding */ parsePlatform),
/* harmony export */   VX: () => (/* binding */ parsePlatformList),
/* harmony export */   Wk: () => (/* binding */ PlatformError),
/* harmony export */   Yn: () => (/* binding */ platformParts),
/* harmony export */   kw: () => (/* binding */ toOciPlatform)
/* harmony export */ });
/* unused harmony exports platformEquals, satisfies */
const KNOWN_OS = new Set(['linux', 'windows', 'darwin', 'freebsd', 'netbsd', 'openbsd', 'solaris', 'illumos', 'aix']);
/** Aliases as containerd's platforms.Normalize accepts them. */
const ARCH_ALIASES = {
    amd64: { architecture: 'amd64' },
    x86_64: { architecture: 'amd64' },
    'x86-64': { architecture: 'amd64' },
    '386': { architecture: '386' },
    i386: { architecture: '386' },
    x86: { architecture: '386' },
    arm64: { architecture: 'arm64' },
    aarch64: { architecture: 'arm64' },
    arm: { architecture: 'arm' },
    armhf: { architecture: 'arm', variant: 'v7' },
    armel: { architecture: 'arm', variant: 'v6' },
    ppc64le: { architecture: 'ppc64le' },
    ppc64: { architecture: 'ppc64' },
    s390x: { architecture: 's390x' },
    riscv64: { architecture: 'riscv64' },
    mips64le: { architecture: 'mips64le' },
    mips64: { architecture: 'mips64' },
    mipsle: { architecture: 'mipsle' },
    mips: { architecture: 'mips' },
    loong64: { architecture: 'loong64' },
    wasm: { architecture: 'wasm' },
};
const ARM_VARIANTS = new Set(['v5', 'v6', 'v7', 'v8']);
const AMD64_VARIANTS = new Set(['v1', 'v2', 'v3', 'v4']);
class PlatformError extends Error {
    constructor(message) {
        super(message);
        this.name = 'PlatformError';
    }
}
function normalizeVariant(raw, architecture, given) {
    let variant = given;
    if (variant !== undefined && /^\d$/.test(variant))
        variant = `v${variant}`;
    if (architecture === 'arm') {
        variant ??= 'v7';
        if (!ARM_VARIANTS.has(variant))
            throw new PlatformError(`'${raw}': unknown arm variant '${variant}'`);
        return variant;
    }
    if (architecture === 'arm64') {
        if (variant === 'v8')
            return undefined;
        if (variant !== undefined && !/^v[89](\.\d)?$/.test(variant)) {
            throw new PlatformError(`'${raw}': unknown arm64 variant '${variant}'`);
        }
        return variant;
    }
    if (architecture === 'amd64') {
        if (variant === 'v1')
            return undefined;
        if (variant !== undefined && !AMD64_VARIANTS.has(variant)) {
            throw new PlatformError(`'${raw}': unknown amd64 variant '${variant}'`);
        }
        return variant;
    }
    if (variant !== undefined)
        throw new PlatformError(`'${raw}': architecture '${architecture}' takes no variant`);
    return undefined;
}
/** Parses and normalises one platform; throws PlatformError on a bad one. */
function parsePlatform(input) {
    const raw = input.trim();
    if (raw === '')
        throw new PlatformError('empty platform entry');
    const parts = raw.toLowerCase().split('/');
    const [osRaw, archRaw, variantRaw] = parts;
    if (parts.length > 3 || !osRaw || !archRaw || variantRaw === '') {
        throw new PlatformError(`'${raw}' is not of the form os/arch[/variant] (e.g. linux/amd64, linux/arm/v7)`);
    }
    const os = osRaw === 'macos' ? 'darwin' : osRaw;
    if (!KNOWN_OS.has(os))
        throw new PlatformError(`'${raw}': unknown operating system '${osRaw}'`);
    const alias = ARCH_ALIASES[archRaw];
    if (!alias) {
        const known = [...new Set(Object.values(ARCH_ALIASES).map((a) => a.architecture))].join(', ');
        throw new PlatformError(`'${raw}': unknown architecture '${archRaw}' (known: ${known})`);
    }
    const variant = normalizeVariant(raw, alias.architecture, variantRaw ?? alias.variant);
    return formatParts({ os, architecture: alias.architecture, variant });
}
function formatParts(p) {
    return (p.variant ? `${p.os}/${p.architecture}/${p.variant}` : `${p.os}/${p.architecture}`);
}
/** The parts of a platform. */
function platformParts(p) {
    const [os = '', architecture = '', variant] = p.split('/');
    return variant === undefined ? { os, architecture } : { os, architecture, variant };
}
/**
 * The platform an OCI descriptor or image config names; undefined when it names none. One this module does not
 * know is kept as written (lowercased), so that a verification reports it as unexpected instead of passing it over.
 */
function fromOciPlatform(p) {
    if (!p.os || !p.architecture)
        return undefined;
    const raw = p.variant ? `${p.os}/${p.architecture}/${p.variant}` : `${p.os}/${p.architecture}`;
    try {
        return parsePlatform(raw);
    }
    catch (e) {
        if (e instanceof PlatformError)
            return raw.toLowerCase();
        throw e;
    }
}
/** The descriptor form (`{os, architecture, variant}`) of a platform. */
function toOciPlatform(p) {
    return platformParts(p);
}
/** Two platforms are the same (both are normalised, so their strings are). */
function platformEquals(a, b) {
    return a === b;
}
/**
 * Whether `p` satisfies `spec` (go-containerregistry's Satisfies): os and architecture equal, and the variant
 * equal when the spec names one (a spec without a variant accepts any).
 */
function satisfies(p, spec) {
    const have = platformParts(p);
    const want = platformParts(spec);
    return (have.os === want.os &&
        have.architecture === want.architecture &&
        (want.variant === undefined || want.variant === have.variant));
}
/** Splits a comma/newline list, parses each entry, removes duplicates (keeping order). */
function parsePlatformList(input) {
    const entries = input.split(/[,\n]/).map((s) => s.trim());
    // a trailing newline or comma is fine; an empty entry in the middle is a mistake
    while (entries.length > 0 && entries[entries.length - 1] === '')
        entries.pop();
    if (entries.length === 0)
        throw new PlatformError('no platform given');
    const out = [];
    for (const e of entries) {
        const p = parsePlatform(e);
        if (!out.includes(p))
            out.push(p);
    }
    return out;
}
//# sourceMappingURL=platform.js.map

/***/ }),

/***/ 5779:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   post: () => (/* binding */ post)
/* harmony export */ });
/* unused harmony export runPost */
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3838);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7406);
/* harmony import */ var _log_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6671);
/* harmony import */ var _buildx_builder_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8917);
/* harmony import */ var _state_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3260);
/* harmony import */ var _tools_runner_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(7695);







/**
 * A docker-container builder is this job's alone and its state is thrown away: its container is killed instead of
 * stopped gracefully (`buildx rm` waits for BuildKit to shut down), then its volume and buildx's entry go at once.
 */
async function removeBuilder(builder, driver, docker) {
    if (driver !== 'docker-container') {
        await docker((0,_buildx_builder_js__WEBPACK_IMPORTED_MODULE_4__/* .removeBuilderArgs */ .tk)(builder));
        return;
    }
    const { container, volume } = (0,_buildx_builder_js__WEBPACK_IMPORTED_MODULE_4__/* .builderContainer */ .R$)(builder);
    await docker(['rm', '--force', container]);
    await Promise.all([docker(['volume', 'rm', '--force', volume]), docker((0,_buildx_builder_js__WEBPACK_IMPORTED_MODULE_4__/* .removeBuilderArgs */ .tk)(builder))]);
}
/** Cleanup: removes the builder and temporary files, even after a failed or cancelled main. Warns, never fails. */
async function runPost(d) {
    const state = d.state.load();
    if (state.builder) {
        const builder = state.builder;
        await d.log.group(`Removing builder ${builder}`, async () => {
            const env = { ...d.env, ...(state.dockerEnv ?? {}) };
            const docker = async (args) => {
                try {
                    const res = await d.runner.run('docker', args, { env, silent: true });
                    if (res.exitCode !== 0)
                        d.log.warning(`could not remove builder ${builder}: ${res.stderr.trim()}`);
                }
                catch (e) {
                    // e.g. docker is gone from PATH: the temporary files (the login config among them) still go below
                    d.log.warning(`could not remove builder ${builder}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(e)}`);
                }
            };
            await removeBuilder(builder, state.builderDriver, docker);
        });
    }
    for (const dir of state.tempDirs) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(dir, { recursive: true, force: true }).catch((e) => {
            d.log.warning(`could not remove ${dir}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(e)}`);
        });
    }
}
async function post() {
    try {
        await runPost({ runner: _tools_runner_js__WEBPACK_IMPORTED_MODULE_6__/* .execRunner */ .M6, log: _log_js__WEBPACK_IMPORTED_MODULE_3__/* .actionsLog */ ._, state: _state_js__WEBPACK_IMPORTED_MODULE_5__/* .actionsState */ .R, env: process.env });
    }
    catch (e) {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(`post step: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(e)}`);
    }
}
//# sourceMappingURL=post.js.map

/***/ }),

/***/ 3260:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ actionsState)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3838);
/* harmony import */ var _post_state_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2843);


/** State through the runner's GITHUB_STATE (main) and STATE_* variables (post). */
const actionsState = {
    save: (state) => {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .saveState */ .LZ(_post_state_js__WEBPACK_IMPORTED_MODULE_1__/* .STATE_KEY */ .Mq, JSON.stringify(state));
    },
    load: () => {
        const text = _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getState */ .Gu(_post_state_js__WEBPACK_IMPORTED_MODULE_1__/* .STATE_KEY */ .Mq);
        return text ? JSON.parse(text) : { tempDirs: [] };
    },
};
//# sourceMappingURL=state.js.map

/***/ }),

/***/ 7746:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hv: () => (/* binding */ keyValue),
/* harmony export */   Mn: () => (/* binding */ lines),
/* harmony export */   UF: () => (/* binding */ numberedLines),
/* harmony export */   be: () => (/* binding */ stderrTail),
/* harmony export */   ld: () => (/* binding */ items)
/* harmony export */ });
/** Multi-line inputs: one item per line, blank lines and `#` comment lines dropped. Pure. */
/** Non-blank, non-comment lines with their line numbers. */
function numberedLines(text) {
    return text
        .split(/\r?\n/)
        .map((t, i) => ({ line: i + 1, text: t.trim() }))
        .filter((l) => l.text !== '' && !l.text.startsWith('#'));
}
/** Non-blank, non-comment lines, trimmed. */
function lines(text) {
    return numberedLines(text).map((l) => l.text);
}
/** Items of an input that takes one per line or comma-separated. */
function items(text) {
    return lines(text)
        .flatMap((l) => l.split(','))
        .map((s) => s.trim())
        .filter((s) => s !== '');
}
/** Splits KEY=VALUE; undefined when there is no `=` or the key is empty. The key is trimmed, the value kept. */
function keyValue(line) {
    const i = line.indexOf('=');
    if (i <= 0)
        return undefined;
    return [line.slice(0, i).trim(), line.slice(i + 1)];
}
const TAIL_LINES = 12;
/** The last lines of a command's stderr, where buildx, docker and friends say what went wrong. */
function stderrTail(stderr, lines = TAIL_LINES) {
    return stderr.trimEnd().split('\n').slice(-lines).join('\n');
}
//# sourceMappingURL=lines.js.map

/***/ }),

/***/ 7695:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M6: () => (/* binding */ execRunner),
/* harmony export */   Qd: () => (/* binding */ CommandError),
/* harmony export */   X4: () => (/* binding */ runChecked),
/* harmony export */   be: () => (/* reexport safe */ _text_lines_js__WEBPACK_IMPORTED_MODULE_1__.be)
/* harmony export */ });
/* harmony import */ var _actions_exec__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1955);
/* harmony import */ var _text_lines_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7746);



/** A process that exited non-zero. Failure is decided by the exit code, never by stderr being non-empty. */
class CommandError extends Error {
    command;
    args;
    exitCode;
    stderr;
    retries;
    constructor(command, args, exitCode, stderr, 
    /** Set when the command was retried: how often it ran, and why it failed for good. */
    retries) {
        const tail = (0,_text_lines_js__WEBPACK_IMPORTED_MODULE_1__/* .stderrTail */ .be)(stderr);
        const tries = retries
            ? ` (${retries.reason}; gave up after ${retries.attempts} attempts in ${(retries.elapsedMs / 1000).toFixed(1)}s)`
            : '';
        super(`${command} ${args.join(' ')} exited with code ${exitCode}${tries}${tail ? `:\n${tail}` : ''}`);
        this.command = command;
        this.args = args;
        this.exitCode = exitCode;
        this.stderr = stderr;
        this.retries = retries;
        this.name = 'CommandError';
    }
    /** The same failure, saying how often it was tried in how long, and why it was worth trying again. */
    afterAttempts(attempts, elapsedMs, reason) {
        return new CommandError(this.command, this.args, this.exitCode, this.stderr, { attempts, elapsedMs, reason });
    }
}
/** Runs and throws CommandError on a non-zero exit. */
async function runChecked(runner, command, args, options) {
    const res = await runner.run(command, args, options);
    if (res.exitCode !== 0)
        throw new CommandError(command, args, res.exitCode, res.stderr);
    return res;
}
/** The real runner, on @actions/exec. */
const execRunner = {
    async run(command, args, options = {}) {
        const res = await (0,_actions_exec__WEBPACK_IMPORTED_MODULE_0__/* .getExecOutput */ .H)(command, [...args], {
            ignoreReturnCode: true,
            silent: options.silent ?? false,
            env: options.env,
            cwd: options.cwd,
            input: options.input === undefined ? undefined : Buffer.from(options.input),
        });
        return { exitCode: res.exitCode, stdout: res.stdout, stderr: res.stderr };
    },
};
//# sourceMappingURL=runner.js.map

/***/ })

};

//# sourceMappingURL=779.index.js.map