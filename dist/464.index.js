export const id = 464;
export const ids = [464,933];
export const modules = {

/***/ 61662:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CH: () => (/* binding */ buildArgs),
/* harmony export */   Rq: () => (/* binding */ outputStrategy),
/* harmony export */   Wr: () => (/* binding */ GIT_AUTH_ENV),
/* harmony export */   ln: () => (/* binding */ secretEnvName),
/* harmony export */   t8: () => (/* binding */ entitlements)
/* harmony export */ });
/* unused harmony exports outputArg, outputArgs, secretArgs */
/* harmony import */ var _meta_labels_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(11148);

function outputStrategy(s) {
    if (!s.push)
        return 'none';
    return s.driver === 'docker' ? 'layout' : 'registry';
}
/** The environment variable a build secret (`secrets`) travels in (never on the command line). */
function secretEnvName(index) {
    return `MULTIARCH_PUBLISH_SECRET_${String(index)}`;
}
/** The environment variable `github-token` travels in as the GIT_AUTH_TOKEN.<host> secret. */
const GIT_AUTH_ENV = 'MULTIARCH_PUBLISH_GIT_AUTH_TOKEN';
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
/**
 * Every `--output`: the user's `outputs` (none of which pushes), the docker exporter for `load` (under every
 * image:tag: names in the local Docker, no registry tag moves), then the push by digest (or the OCI layout the
 * action pushes); only a cache export when there is none of them. None for `call` (check, outline, targets).
 * The push comes last: BuildKit merges the exporters' responses in their order (the last digest is the one in
 * the metadata file), and the digest the action verifies and tags must be the pushed one. Were it not, the
 * verification would find no such index and move no tag.
 */
function outputArgs(s, strategy, layoutDir) {
    if (s.call !== undefined)
        return [];
    const out = [...s.outputs];
    if (s.load) {
        const names = s.images.flatMap((image) => s.tags.map((tag) => `${image}:${tag}`));
        out.push(names.length > 0 ? `type=docker,"name=${names.join(',')}"` : 'type=docker');
    }
    if (strategy !== 'none')
        out.push(outputArg(strategy, s.images, layoutDir));
    return out.length > 0 ? out : [outputArg('none', s.images, layoutDir)];
}
/** The entitlements the build asks for: `allow`, and network.host for `network: host`. */
function entitlements(s) {
    const out = [...s.allow];
    if (s.network === 'host' && !out.includes('network.host'))
        out.push('network.host');
    return out;
}
/** `--secret` values: none holds a secret (values travel in the environment, files by path). */
function secretArgs(s) {
    return [
        ...s.secrets.map((sec, i) => `id=${sec.id},env=${secretEnvName(i)}`),
        ...s.secretFiles.map((f) => `id=${f.id},src=${f.path}`),
        ...s.secretEnvs.map((e) => `id=${e.id},env=${e.env}`),
        ...(s.gitAuth ? [`id=GIT_AUTH_TOKEN.${s.gitAuth.host},env=${GIT_AUTH_ENV}`] : []),
    ];
}
function buildArgs(s, builder, cache, strategy, paths) {
    const args = ['buildx', 'build', '--builder', builder, '--platform', s.platforms.join(',')];
    if (s.file)
        args.push('--file', s.file);
    if (s.target)
        args.push('--target', s.target);
    for (const a of s.buildArgs)
        args.push('--build-arg', a);
    for (const c of s.buildContexts)
        args.push('--build-context', c);
    for (const l of (0,_meta_labels_js__WEBPACK_IMPORTED_MODULE_0__/* .labelLines */ ._e)(s.labels))
        args.push('--label', l);
    for (const a of (0,_meta_labels_js__WEBPACK_IMPORTED_MODULE_0__/* .annotationLines */ .bK)(s.annotations))
        args.push('--annotation', a);
    if (s.network)
        args.push('--network', s.network);
    for (const e of entitlements(s))
        args.push('--allow', e);
    for (const h of s.addHosts)
        args.push('--add-host', h);
    if (s.shmSize)
        args.push('--shm-size', s.shmSize);
    for (const u of s.ulimits)
        args.push('--ulimit', u);
    if (s.noCache)
        args.push('--no-cache');
    for (const f of s.noCacheFilters)
        args.push('--no-cache-filter', f);
    if (s.pull)
        args.push('--pull');
    for (const a of s.attests)
        args.push('--attest', a);
    for (const sec of secretArgs(s))
        args.push('--secret', sec);
    for (const ssh of s.ssh)
        args.push('--ssh', ssh.spec);
    for (const c of cache.from)
        args.push('--cache-from', c);
    for (const c of cache.to)
        args.push('--cache-to', c);
    if (s.call !== undefined)
        args.push('--call', s.call);
    for (const o of outputArgs(s, strategy, paths.layoutDir))
        args.push('--output', o);
    args.push('--metadata-file', paths.metadataFile);
    args.push(s.context);
    return args;
}
//# sourceMappingURL=argv.js.map

/***/ }),

/***/ 98917:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C6: () => (/* binding */ appendNodeArgs),
/* harmony export */   Gc: () => (/* binding */ localBuilderImage),
/* harmony export */   Iz: () => (/* binding */ parseInspectPlatforms),
/* harmony export */   R$: () => (/* binding */ builderContainer),
/* harmony export */   R2: () => (/* binding */ createBuilderArgs),
/* harmony export */   Ux: () => (/* binding */ bootstrapArgs),
/* harmony export */   Zw: () => (/* binding */ planBuilder),
/* harmony export */   f$: () => (/* binding */ nodeGroups),
/* harmony export */   hm: () => (/* binding */ usesContainerdStore),
/* harmony export */   j1: () => (/* binding */ builderImage),
/* harmony export */   oN: () => (/* binding */ uncoveredPlatforms),
/* harmony export */   p5: () => (/* binding */ inspectBuilderArgs),
/* harmony export */   tk: () => (/* binding */ removeBuilderArgs),
/* harmony export */   w_: () => (/* binding */ dockerDriverProblem)
/* harmony export */ });
/* unused harmony exports DEFAULT_BUILDKIT_IMAGE, buildkitdFlags, firstNodePlatforms */
/* harmony import */ var _argv_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(61662);
/* harmony import */ var _oci_platform_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(23856);
/* harmony import */ var _text_slug_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(24774);



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
/**
 * The local tag a new docker-container builder runs its image under, one per builder. buildx's driver pulls the
 * image each time it boots a builder, even when the daemon has it: a registry round trip (on Docker Hub: a ping, a
 * token request and a HEAD of the manifest) before the container starts; when that pull fails, buildx runs the
 * daemon's copy. Nothing can listen on port 0, so a pull of this name fails at once, and the builder boots from
 * the copy the step has just pulled or loaded, without asking any registry again.
 */
function localBuilderImage(builderName) {
    return `127.0.0.1:0/multiarch-publish/buildkit:${(0,_text_slug_js__WEBPACK_IMPORTED_MODULE_2__/* .slug */ .y)(builderName, '._-')
        .replace(/^[.-]+/, '')
        .slice(0, 128)}`;
}
/** The container and volume buildx's docker-container driver makes for a builder's first (only) node. */
function builderContainer(name) {
    const container = `buildx_buildkit_${name}0`;
    return { container, volume: `${container}_state` };
}
function planBuilder(s, uniqueName) {
    if (s.driver === 'docker')
        return { name: 'default', create: false, remove: false };
    if (s.builderName !== undefined)
        return { name: s.builderName, create: true, remove: false };
    return { name: uniqueName, create: true, remove: s.cleanup };
}
/** The flags buildkitd gets: the user's, and the entitlements the build asks for (allow, network: host). */
function buildkitdFlags(flags, wanted) {
    const missing = wanted.filter((e) => !(flags ?? '').includes(e));
    const parts = [...(flags ? [flags] : []), ...missing.map((e) => `--allow-insecure-entitlement=${e}`)];
    return parts.length > 0 ? parts.join(' ') : undefined;
}
/** Requested platforms that no appended node builds: the builder's first node builds them. */
function firstNodePlatforms(s) {
    return s.platforms.filter((p) => !s.nodes.some((n) => n.platforms.includes(p)));
}
/**
 * The requested platforms by the node that builds them: the first node's (those no appended node builds), then
 * each appended node's. Nodes that build none of them are left out.
 */
function nodeGroups(s) {
    const groups = [{ platforms: firstNodePlatforms(s) }];
    for (const node of s.nodes)
        groups.push({ platforms: s.platforms.filter((p) => node.platforms.includes(p)), node });
    return groups.filter((g) => g.platforms.length > 0);
}
/**
 * `docker buildx create ...` for docker-container and remote. `configFile` is the buildkitd config to use, if any.
 * With appended nodes, the first node is fixed to the platforms no other node builds, so that buildx sends each
 * platform to the node declared for it.
 */
function createBuilderArgs(s, name, configFile, bootstrap = false) {
    const args = ['buildx', 'create', '--name', name, '--driver', s.driver];
    if (s.buildkitImage)
        args.push('--driver-opt', `image=${s.buildkitImage}`);
    for (const opt of s.driverOpts)
        args.push('--driver-opt', opt);
    const first = firstNodePlatforms(s);
    if (s.nodes.length > 0 && first.length > 0)
        args.push('--platform', first.join(','));
    if (configFile)
        args.push('--buildkitd-config', configFile);
    // RUN steps on the host network (and the other entitlements asked for) need the builder to grant them
    const flags = s.driver === 'docker-container' ? buildkitdFlags(s.buildkitdFlags, (0,_argv_js__WEBPACK_IMPORTED_MODULE_0__/* .entitlements */ .t8)(s)) : undefined;
    if (flags)
        args.push('--buildkitd-flags', flags);
    if (bootstrap)
        args.push('--bootstrap');
    if (s.driver === 'remote' && s.endpoint)
        args.push(s.endpoint);
    return args;
}
/**
 * `docker buildx create --append` for one node. A docker-container node runs `buildkit-image` unless its own
 * driver-opts name an image, and gets its own buildkitd-flags or the builder's.
 */
function appendNodeArgs(s, name, node) {
    const args = ['buildx', 'create', '--name', name, '--append'];
    if (node.name)
        args.push('--node', node.name);
    const ownImage = node.driverOpts.some((o) => o.startsWith('image='));
    if (s.driver === 'docker-container' && s.buildkitImage && !ownImage) {
        args.push('--driver-opt', `image=${s.buildkitImage}`);
    }
    for (const opt of node.driverOpts)
        args.push('--driver-opt', opt);
    const flags = s.driver === 'docker-container'
        ? buildkitdFlags(node.buildkitdFlags ?? s.buildkitdFlags, (0,_argv_js__WEBPACK_IMPORTED_MODULE_0__/* .entitlements */ .t8)(s))
        : undefined;
    if (flags)
        args.push('--buildkitd-flags', flags);
    args.push('--platform', node.platforms.join(','), node.endpoint);
    return args;
}
/** Exits 0 when a builder of that name exists. */
function inspectBuilderArgs(name) {
    return ['buildx', 'inspect', '--builder', name];
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
                out.add((0,_oci_platform_js__WEBPACK_IMPORTED_MODULE_1__/* .parsePlatform */ .FL)(p));
            }
            catch (e) {
                if (!(e instanceof _oci_platform_js__WEBPACK_IMPORTED_MODULE_1__/* .PlatformError */ .Wk))
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

/***/ 27406:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HB: () => (/* binding */ unreachable),
/* harmony export */   dz: () => (/* binding */ InputError),
/* harmony export */   gJ: () => (/* binding */ errorMessage),
/* harmony export */   wA: () => (/* binding */ throwFirstRejection)
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
/**
 * After every promise has settled: throws the reason of the first rejected one, in the order given (work started
 * at once, reported as if it had run in that order).
 */
function throwFirstRejection(settled) {
    const failed = settled.find((r) => r.status === 'rejected');
    if (failed)
        throw failed.reason;
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
/* harmony import */ var _workflow_commands_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(69933);

/** The runner's log: workflow commands on stdout (src/workflow/commands.ts). */
const actionsLog = {
    group: (name, fn) => _workflow_commands_js__WEBPACK_IMPORTED_MODULE_0__.workflow.group(name, fn),
    info: (m) => {
        _workflow_commands_js__WEBPACK_IMPORTED_MODULE_0__.workflow.info(m);
    },
    notice: (m) => {
        _workflow_commands_js__WEBPACK_IMPORTED_MODULE_0__.workflow.notice(m);
    },
    warning: (m) => {
        _workflow_commands_js__WEBPACK_IMPORTED_MODULE_0__.workflow.warning(m);
    },
    error: (m) => {
        _workflow_commands_js__WEBPACK_IMPORTED_MODULE_0__.workflow.error(m);
    },
    debug: (m) => {
        _workflow_commands_js__WEBPACK_IMPORTED_MODULE_0__.workflow.debug(m);
    },
};
//# sourceMappingURL=log.js.map

/***/ }),

/***/ 91304:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Ry: () => (/* binding */ DATE_EXPRESSIONS),
  SN: () => (/* binding */ GLOBAL_EXPRESSIONS),
  d9: () => (/* binding */ VERSION_EXPRESSIONS),
  W0: () => (/* binding */ branchOf),
  BU: () => (/* binding */ checkTemplate),
  Vp: () => (/* binding */ dateVars),
  Eq: () => (/* binding */ prOf),
  Yy: () => (/* binding */ renderGlobal),
  Fu: () => (/* binding */ shortSha),
  cO: () => (/* binding */ tagOf)
});

// UNUSED EXPORTS: DEFAULT_SHORT_SHA_LENGTH, REF_HEADS, globalVars, isDefaultBranch

;// CONCATENATED MODULE: ./build/src/meta/zoned.js
/**
 * Wall-clock fields of an instant in an IANA time zone, from the platform's Intl (its ICU time zone data), and
 * English month and weekday names from the same place. Pure; formatters are cached per zone.
 */
const formatters = new Map();
function formatter(timeZone) {
    let f = formatters.get(timeZone);
    if (!f) {
        f = new Intl.DateTimeFormat('en-US', {
            timeZone,
            hourCycle: 'h23',
            era: 'short',
            year: 'numeric',
            month: 'numeric',
            day: 'numeric',
            hour: 'numeric',
            minute: 'numeric',
            second: 'numeric',
            timeZoneName: 'short',
        });
        formatters.set(timeZone, f);
    }
    return f;
}
/** True when the platform knows the zone (IANA names such as Asia/Tokyo, Etc/GMT+9, UTC). */
function isTimeZone(timeZone) {
    try {
        formatter(timeZone);
        return true;
    }
    catch {
        return false;
    }
}
function zonedTime(date, timeZone) {
    const parts = {};
    for (const p of formatter(timeZone).formatToParts(date))
        parts[p.type] = p.value;
    const num = (type) => Number(parts[type] ?? '0');
    const bc = parts.era === 'BC';
    const year = bc ? 1 - num('year') : num('year');
    const epoch = date.getTime();
    const millisecond = ((epoch % 1000) + 1000) % 1000;
    const wall = utc(year, num('month'), num('day'), num('hour'), num('minute'), num('second'), millisecond);
    return {
        year,
        month: num('month'),
        day: num('day'),
        hour: num('hour'),
        minute: num('minute'),
        second: num('second'),
        millisecond,
        weekday: new Date(wall).getUTCDay(),
        offset: Math.round((wall - epoch) / 60000),
        zoneName: parts.timeZoneName ?? '',
        epoch,
    };
}
/** Date.UTC without the 0-99 -> 1900-1999 mapping. */
function utc(year, month, day, h = 0, m = 0, s = 0, ms = 0) {
    const d = new Date(0);
    d.setUTCFullYear(year, month - 1, day);
    d.setUTCHours(h, m, s, ms);
    return d.getTime();
}
const MONTHS = [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
/**
 * English names, index 0 = January / Sunday (what Intl's en-US gives; written out, so that loading this module
 * costs no Intl initialisation before a step's first line).
 */
const NAMES = {
    months: MONTHS,
    monthsShort: MONTHS.map((m) => m.slice(0, 3)),
    weekdays: WEEKDAYS,
    weekdaysShort: WEEKDAYS.map((d) => d.slice(0, 3)),
};
//# sourceMappingURL=zoned.js.map
;// CONCATENATED MODULE: ./build/src/meta/dateformat.js
/**
 * Formats a date in a time zone with moment.js's format tokens and its English locale, which is what
 * metadata-action's `{{date 'FORMAT' tz='Zone'}}` and `{{commit_date ...}}` render with (moment-timezone). The
 * tokenizer is moment's own pattern, so unknown letters, `[literal]` and `\x` escapes behave as there. Time zone
 * conversion and names come from the platform's Intl (src/meta/zoned.ts). Pure.
 */

// moment's localFormattingTokens and formattingTokens (src/lib/format/format.js)
const LOCAL_TOKENS = /(\[[^[]*\])|(\\)?(LTS|LT|LL?L?L?|l{1,4})/g;
const TOKENS = /(\[[^[]*\])|(\\)?([Hh]mm(ss)?|Mo|MM?M?M?|Do|DDDo|DD?D?D?|ddd?d?|do?|w[o|w]?|W[o|W]?|Qo?|N{1,5}|YYYYYY|YYYYY|YYYY|YY|y{2,4}|yo?|gg(ggg?)?|GG(GGG?)?|e|E|a|A|hh?|HH?|kk?|mm?|ss?|S{1,9}|x|X|zz?|ZZ?|.)/g;
// moment's English locale (src/locale/en.js and the base config)
const LONG_FORMATS = {
    LTS: 'h:mm:ss A',
    LT: 'h:mm A',
    L: 'MM/DD/YYYY',
    LL: 'MMMM D, YYYY',
    LLL: 'MMMM D, YYYY h:mm A',
    LLLL: 'dddd, MMMM D, YYYY h:mm A',
    l: 'M/D/YYYY',
    ll: 'MMM D, YYYY',
    lll: 'MMM D, YYYY h:mm A',
    llll: 'ddd, MMM D, YYYY h:mm A',
};
/** moment's `format()` without a format: ISO 8601 to the second, `Z` when the offset is 0. */
const DEFAULT_FORMAT = 'YYYY-MM-DDTHH:mm:ssZ';
const DEFAULT_FORMAT_UTC = 'YYYY-MM-DDTHH:mm:ss[Z]';
function formatDate(date, format, timeZone = 'UTC') {
    const t = zonedTime(date, timeZone);
    const fmt = format ? expand(format) : t.offset === 0 ? DEFAULT_FORMAT_UTC : DEFAULT_FORMAT;
    return (fmt.match(TOKENS) ?? []).map((token) => TOKEN_FUNCTIONS[token]?.(t) ?? literal(token)).join('');
}
function expand(format) {
    let f = format;
    for (let i = 5; i >= 0 && new RegExp(LOCAL_TOKENS.source).test(f); i--) {
        f = f.replace(LOCAL_TOKENS, (token) => LONG_FORMATS[token] ?? token);
    }
    return f;
}
function literal(token) {
    return /\[[\s\S]/.test(token) ? token.replace(/^\[|\]$/g, '') : token.replace(/\\/g, '');
}
const pad = (n, width, sign = false) => {
    const digits = String(Math.abs(n)).padStart(width, '0');
    return (n >= 0 ? (sign ? '+' : '') : '-') + digits;
};
function ordinal(n) {
    const b = n % 10;
    const suffix = Math.trunc((n % 100) / 10) === 1 ? 'th' : b === 1 ? 'st' : b === 2 ? 'nd' : b === 3 ? 'rd' : 'th';
    return `${String(n)}${suffix}`;
}
function dayOfYear(t) {
    return Math.round((utc(t.year, t.month, t.day) - utc(t.year, 1, 1)) / 864e5) + 1;
}
const isLeap = (y) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
// moment's weekOfYear (src/lib/units/week-calendar-utils.js): locale weeks (en: dow 0, doy 6) and ISO weeks
function firstWeekOffset(year, dow, doy) {
    const fwd = 7 + dow - doy;
    const d = new Date(0);
    d.setUTCFullYear(year, 0, fwd);
    const fwdlw = (7 + d.getUTCDay() - dow) % 7;
    return -fwdlw + fwd - 1;
}
function weeksInYear(year, dow, doy) {
    const days = isLeap(year) ? 366 : 365;
    return (days - firstWeekOffset(year, dow, doy) + firstWeekOffset(year + 1, dow, doy)) / 7;
}
function weekOfYear(t, dow, doy) {
    const week = Math.floor((dayOfYear(t) - firstWeekOffset(t.year, dow, doy) - 1) / 7) + 1;
    if (week < 1)
        return { week: week + weeksInYear(t.year - 1, dow, doy), year: t.year - 1 };
    const inYear = weeksInYear(t.year, dow, doy);
    if (week > inYear)
        return { week: week - inYear, year: t.year + 1 };
    return { week, year: t.year };
}
const localWeek = (t) => weekOfYear(t, 0, 6);
const isoWeek = (t) => weekOfYear(t, 1, 4);
function offset(t, separator) {
    const abs = Math.abs(t.offset);
    return `${t.offset < 0 ? '-' : '+'}${pad(Math.trunc(abs / 60), 2)}${separator}${pad(abs % 60, 2)}`;
}
const h12 = (t) => t.hour % 12 || 12;
const yearToken = (t) => (t.year <= 9999 ? pad(t.year, 4) : `+${String(t.year)}`);
const TOKEN_FUNCTIONS = {
    M: (t) => String(t.month),
    Mo: (t) => ordinal(t.month),
    MM: (t) => pad(t.month, 2),
    MMM: (t) => NAMES.monthsShort[t.month - 1] ?? '',
    MMMM: (t) => NAMES.months[t.month - 1] ?? '',
    Q: (t) => String(Math.ceil(t.month / 3)),
    Qo: (t) => ordinal(Math.ceil(t.month / 3)),
    D: (t) => String(t.day),
    Do: (t) => ordinal(t.day),
    DD: (t) => pad(t.day, 2),
    DDD: (t) => String(dayOfYear(t)),
    DDDo: (t) => ordinal(dayOfYear(t)),
    DDDD: (t) => pad(dayOfYear(t), 3),
    d: (t) => String(t.weekday),
    do: (t) => ordinal(t.weekday),
    dd: (t) => (NAMES.weekdaysShort[t.weekday] ?? '').slice(0, 2),
    ddd: (t) => NAMES.weekdaysShort[t.weekday] ?? '',
    dddd: (t) => NAMES.weekdays[t.weekday] ?? '',
    e: (t) => String(t.weekday),
    E: (t) => String(t.weekday || 7),
    w: (t) => String(localWeek(t).week),
    wo: (t) => ordinal(localWeek(t).week),
    ww: (t) => pad(localWeek(t).week, 2),
    W: (t) => String(isoWeek(t).week),
    Wo: (t) => ordinal(isoWeek(t).week),
    WW: (t) => pad(isoWeek(t).week, 2),
    Y: yearToken,
    YY: (t) => pad(t.year % 100, 2),
    YYYY: (t) => pad(t.year, 4),
    YYYYY: (t) => pad(t.year, 5),
    YYYYYY: (t) => pad(t.year, 6, true),
    y: (t) => String(t.year),
    yo: (t) => ordinal(t.year),
    yy: (t) => pad(t.year, 2),
    yyy: (t) => pad(t.year, 3),
    yyyy: (t) => pad(t.year, 4),
    N: () => 'AD',
    NN: () => 'AD',
    NNN: () => 'AD',
    NNNN: () => 'Anno Domini',
    NNNNN: () => 'AD',
    gg: (t) => pad(localWeek(t).year % 100, 2),
    gggg: (t) => pad(localWeek(t).year, 4),
    ggggg: (t) => pad(localWeek(t).year, 5),
    GG: (t) => pad(isoWeek(t).year % 100, 2),
    GGGG: (t) => pad(isoWeek(t).year, 4),
    GGGGG: (t) => pad(isoWeek(t).year, 5),
    a: (t) => (t.hour > 11 ? 'pm' : 'am'),
    A: (t) => (t.hour > 11 ? 'PM' : 'AM'),
    H: (t) => String(t.hour),
    HH: (t) => pad(t.hour, 2),
    h: (t) => String(h12(t)),
    hh: (t) => pad(h12(t), 2),
    k: (t) => String(t.hour || 24),
    kk: (t) => pad(t.hour || 24, 2),
    hmm: (t) => `${String(h12(t))}${pad(t.minute, 2)}`,
    hmmss: (t) => `${String(h12(t))}${pad(t.minute, 2)}${pad(t.second, 2)}`,
    Hmm: (t) => `${String(t.hour)}${pad(t.minute, 2)}`,
    Hmmss: (t) => `${String(t.hour)}${pad(t.minute, 2)}${pad(t.second, 2)}`,
    m: (t) => String(t.minute),
    mm: (t) => pad(t.minute, 2),
    s: (t) => String(t.second),
    ss: (t) => pad(t.second, 2),
    ...fractions(),
    X: (t) => String(Math.floor(t.epoch / 1000)),
    x: (t) => String(t.epoch),
    Z: (t) => offset(t, ':'),
    ZZ: (t) => offset(t, ''),
    z: (t) => t.zoneName,
    zz: (t) => t.zoneName,
};
/** S..SSSSSSSSS: tenths of a second to nanoseconds (moment only knows milliseconds). */
function fractions() {
    const out = {};
    for (let n = 1; n <= 9; n++) {
        out['S'.repeat(n)] = (t) => pad(Math.floor((t.millisecond * 10 ** Math.max(n - 3, 0)) / 10 ** Math.max(3 - n, 0)), n);
    }
    return out;
}
//# sourceMappingURL=dateformat.js.map
// EXTERNAL MODULE: ./build/src/meta/template.js
var meta_template = __webpack_require__(29677);
;// CONCATENATED MODULE: ./build/src/meta/expressions.js



const PLAIN = { args: 0, hash: [] };
const DATE = { args: 1, hash: ['tz'] };
/** `{{date}}` and `{{commit_date}}`: the only expressions of a `type=schedule` pattern. */
const DATE_EXPRESSIONS = { date: DATE, commit_date: DATE };
/** Expressions usable in value, prefix, suffix and enable, in the flavor, labels and annotations. */
const GLOBAL_EXPRESSIONS = {
    branch: PLAIN,
    tag: PLAIN,
    sha: PLAIN,
    base_ref: PLAIN,
    is_default_branch: PLAIN,
    is_not_default_branch: PLAIN,
    ...DATE_EXPRESSIONS,
};
/** `type=semver` and `type=pep440` patterns. */
const VERSION_EXPRESSIONS = {
    raw: PLAIN,
    version: PLAIN,
    major: PLAIN,
    minor: PLAIN,
    patch: PLAIN,
};
/** Throws TemplateError if the template is malformed, names an expression outside `specs`, or misuses one. */
function checkTemplate(template, specs) {
    for (const s of (0,meta_template/* parseTemplate */.QC)(template)) {
        if (!('expr' in s))
            continue;
        const { name, args, hash } = s.expr;
        const spec = specs[name];
        if (!spec) {
            throw new meta_template/* TemplateError */.$w(`unknown expression '${s.source}' (known here: ${Object.keys(specs).join(', ')})`);
        }
        if (args.length > spec.args) {
            throw new meta_template/* TemplateError */.$w(`'${s.source}': {{${name}}} takes ${spec.args === 0 ? 'no argument' : 'one format'}`);
        }
        for (const [key, value] of Object.entries(hash)) {
            if (!spec.hash.includes(key))
                throw new meta_template/* TemplateError */.$w(`'${s.source}': unknown attribute ${key}=`);
            if (key === 'tz' && !isTimeZone(value)) {
                throw new meta_template/* TemplateError */.$w(`'${s.source}': unknown time zone '${value}' (expected an IANA name such as Asia/Tokyo)`);
            }
        }
    }
}
const REF_HEADS = /^refs\/heads\//;
const REF_TAGS = /^refs\/tags\//;
const REF_PULL = /^refs\/pull\//;
const branchOf = (ref) => (REF_HEADS.test(ref) ? ref.replace(REF_HEADS, '') : '');
const tagOf = (ref) => (REF_TAGS.test(ref) ? ref.replace(REF_TAGS, '') : '');
/** refs/pull/42/merge -> 42 */
const prOf = (ref) => (REF_PULL.test(ref) ? ref.replace(REF_PULL, '').replace(/\/merge$/, '') : '');
const DEFAULT_SHORT_SHA_LENGTH = 7;
function shortSha(ctx) {
    return ctx.sha.slice(0, ctx.shortShaLength ?? DEFAULT_SHORT_SHA_LENGTH);
}
/** Events that always run on the default branch's last commit (metadata-action's list). */
const DEFAULT_BRANCH_EVENTS = [/create/, /discussion/, /issues/, /schedule/];
function isDefaultBranch(ctx) {
    // metadata-action strips refs/heads/ only: a tag or pull request ref is never the default branch by name
    const branch = ctx.ref.replace(REF_HEADS, '');
    if (branch === '')
        return false;
    if (branch === ctx.payload.repository?.default_branch)
        return true;
    return DEFAULT_BRANCH_EVENTS.some((re) => re.test(ctx.eventName));
}
function baseRef(ctx) {
    if (REF_TAGS.test(ctx.ref) && ctx.payload.base_ref)
        return ctx.payload.base_ref.replace(REF_HEADS, '');
    if (REF_PULL.test(ctx.ref))
        return ctx.payload.pull_request?.base?.ref ?? '';
    return '';
}
const dateOf = (date) => ({ args, hash }) => formatDate(date, args[0], hash.tz ?? 'UTC');
function dateVars(ctx) {
    return { date: dateOf(ctx.now), commit_date: dateOf(ctx.commitDate ?? ctx.now) };
}
function globalVars(ctx) {
    return {
        branch: () => branchOf(ctx.ref),
        tag: () => tagOf(ctx.ref),
        sha: () => shortSha(ctx),
        base_ref: () => baseRef(ctx),
        is_default_branch: () => String(isDefaultBranch(ctx)),
        is_not_default_branch: () => String(!isDefaultBranch(ctx)),
        ...dateVars(ctx),
    };
}
function renderGlobal(template, ctx) {
    return (0,meta_template/* renderTemplate */.Xm)(template, globalVars(ctx));
}
//# sourceMappingURL=expressions.js.map

/***/ }),

/***/ 11148:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DE: () => (/* binding */ CREATED),
/* harmony export */   ID: () => (/* binding */ computeAnnotations),
/* harmony export */   KX: () => (/* binding */ parseAnnotations),
/* harmony export */   Xy: () => (/* binding */ parseLabels),
/* harmony export */   _e: () => (/* binding */ labelLines),
/* harmony export */   bK: () => (/* binding */ annotationLines),
/* harmony export */   z6: () => (/* binding */ withCreated),
/* harmony export */   zt: () => (/* binding */ computeLabels)
/* harmony export */ });
/* unused harmony exports OCI_PREFIX, ANNOTATION_LEVELS, ociLabels, sortedKeys */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(27406);
/* harmony import */ var _text_lines_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(17746);
/* harmony import */ var _expressions_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(91304);
/**
 * OCI labels and annotations from the GitHub context (the eight `org.opencontainers.image.*` keys that
 * docker/metadata-action sets, src/meta.ts getOCIAnnotationsWithCustoms), merged with the user's `labels` /
 * `annotations` inputs, whose lines may use the global expressions; the user wins; keys sorted as
 * metadata-action sorts them (localeCompare). Pure.
 */



const OCI_PREFIX = 'org.opencontainers.image.';
const ANNOTATION_LEVELS = [
    'index',
    'manifest',
    'index-descriptor',
    'manifest-descriptor',
];
const CREATED = `${OCI_PREFIX}created`;
/**
 * The OCI keys, from the event payload (repository) and the run. Empty values are kept, as metadata-action does.
 * `created` is the context's `created` (SOURCE_DATE_EPOCH), else its `now`; left out when `created` is null.
 */
function ociLabels(ctx, version) {
    const repo = ctx.payload.repository ?? {};
    // outside a workflow run there is no repository, and so no URL to give
    const known = /^[^/]+\/[^/]+$/.test(ctx.repository);
    const url = repo.html_url ?? (known ? `${ctx.serverUrl}/${ctx.repository}` : '');
    const created = ctx.created === undefined ? ctx.now : ctx.created;
    return {
        ...(created === null ? {} : { [CREATED]: created.toISOString() }),
        [`${OCI_PREFIX}description`]: repo.description ?? '',
        [`${OCI_PREFIX}licenses`]: repo.license?.spdx_id ?? '',
        [`${OCI_PREFIX}revision`]: ctx.sha,
        [`${OCI_PREFIX}source`]: url,
        [`${OCI_PREFIX}title`]: repo.name ?? ctx.repository.split('/')[1] ?? '',
        [`${OCI_PREFIX}url`]: url,
        [`${OCI_PREFIX}version`]: version,
    };
}
/** OCI labels merged with the user's (expressions rendered); keys sorted. */
function computeLabels(ctx, version, userLabels) {
    return sortKeys({ ...ociLabels(ctx, version), ...render(ctx, Object.entries(userLabels)) });
}
/**
 * For each level, the OCI keys and the user's annotations for that level (or every level), sorted. A level may
 * carry a platform qualifier (`manifest[linux/amd64]`); user annotations of its base level apply to it.
 */
function computeAnnotations(ctx, version, user, levels = ['index', 'manifest']) {
    const out = {};
    for (const level of levels) {
        const base = level.replace(/\[.*$/, '');
        const mine = user.filter((a) => a.level === undefined || a.level === base).map((a) => [a.key, a.value]);
        out[level] = sortKeys({ ...ociLabels(ctx, version), ...render(ctx, mine) });
    }
    return out;
}
/** `key=value` per label (buildx `--label`, the `labels` output). */
function labelLines(labels) {
    return Object.entries(labels).map(([k, v]) => `${k}=${v}`);
}
/** `level:key=value` per annotation, level by level in the order computed (buildx `--annotation`, the output). */
function annotationLines(annotations) {
    return Object.entries(annotations).flatMap(([level, kv]) => Object.entries(kv).map(([k, v]) => `${level}:${k}=${v}`));
}
function render(ctx, entries) {
    return Object.fromEntries(entries.map(([k, v]) => [(0,_expressions_js__WEBPACK_IMPORTED_MODULE_1__/* .renderGlobal */ .Yy)(k, ctx), (0,_expressions_js__WEBPACK_IMPORTED_MODULE_1__/* .renderGlobal */ .Yy)(v, ctx)]));
}
/** The `labels` input: `key=value` per line; expressions such as `{{commit_date 'YYYY-MM-DD'}}` allowed. */
function parseLabels(text, input = 'labels') {
    return Object.fromEntries(keyValues(text, input).map(({ key, value }) => [key, value]));
}
/** The `annotations` input: `[level:]key=value` per line, level one of ANNOTATION_LEVELS. */
function parseAnnotations(text, input = 'annotations') {
    return keyValues(text, input).map(({ key, value }) => {
        const colon = key.indexOf(':');
        const level = ANNOTATION_LEVELS.find((l) => colon >= 0 && key.slice(0, colon) === l);
        if (level === undefined)
            return { key, value };
        return { level, key: key.slice(colon + 1), value };
    });
}
function keyValues(text, input) {
    return (0,_text_lines_js__WEBPACK_IMPORTED_MODULE_2__/* .numberedLines */ .UF)(text).map(({ line, text: t }) => {
        const eq = t.indexOf('=');
        const key = eq < 0 ? '' : t.slice(0, eq).trim();
        if (key === '' || /\s/.test(key))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `line ${String(line)} '${t}': expected key=value`);
        const value = t.slice(eq + 1).trim();
        try {
            (0,_expressions_js__WEBPACK_IMPORTED_MODULE_1__/* .checkTemplate */ .BU)(key, _expressions_js__WEBPACK_IMPORTED_MODULE_1__/* .GLOBAL_EXPRESSIONS */ .SN);
            (0,_expressions_js__WEBPACK_IMPORTED_MODULE_1__/* .checkTemplate */ .BU)(value, _expressions_js__WEBPACK_IMPORTED_MODULE_1__/* .GLOBAL_EXPRESSIONS */ .SN);
        }
        catch (e) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `line ${String(line)} '${t}': ${e.message}`);
        }
        return { key, value };
    });
}
/** The annotations with `created` added when they have none (the user's or SOURCE_DATE_EPOCH's stays); sorted. */
function withCreated(annotations, created) {
    return CREATED in annotations ? { ...annotations } : sortKeys({ ...annotations, [CREATED]: created.toISOString() });
}
/** Made on first use: an Intl.Collator costs milliseconds to create, too much for every step's start. */
let collator;
/** Keys in which Intl's 'en' order is code-point order: lower-case letters, digits and dots (the OCI keys). */
const PLAIN_KEY = /^[a-z0-9.]*$/;
/** Sorts keys as Intl.Collator('en') does (metadata-action's localeCompare), without ICU for plain keys. */
function sortedKeys(keys) {
    if (keys.every((k) => PLAIN_KEY.test(k)))
        return [...keys].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    collator ??= new Intl.Collator('en');
    return [...keys].sort(collator.compare);
}
function sortKeys(record) {
    return Object.fromEntries(sortedKeys(Object.keys(record)).map((k) => [k, record[k]]));
}
//# sourceMappingURL=labels.js.map

/***/ }),

/***/ 29677:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $w: () => (/* binding */ TemplateError),
/* harmony export */   QC: () => (/* binding */ parseTemplate),
/* harmony export */   Xm: () => (/* binding */ renderTemplate),
/* harmony export */   fy: () => (/* binding */ isOnly)
/* harmony export */ });
/**
 * The small expression language of metadata-action's attributes, a subset of Handlebars:
 * `{{name}}`, `{{name 'argument'}}` and `{{name 'argument' key='value'}}` (single or double quotes). An unknown
 * name is an error rather than an empty string, so a typo cannot silently produce a wrong tag. Pure.
 */
class TemplateError extends Error {
}
const NAME = /^[A-Za-z_][A-Za-z0-9_]*/;
const QUOTED = /^(?:'([^']*)'|"([^"]*)")/;
const HASH = /^([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(?:'([^']*)'|"([^"]*)")/;
/** Splits a template into literal text and expressions. Throws TemplateError on `{{` without `}}`. */
function parseTemplate(template) {
    const segments = [];
    let rest = template;
    for (;;) {
        const open = rest.indexOf('{{');
        if (open < 0)
            break;
        const close = rest.indexOf('}}', open + 2);
        if (close < 0)
            throw new TemplateError(`unclosed '{{' in '${template}'`);
        if (open > 0)
            segments.push({ text: rest.slice(0, open) });
        const source = rest.slice(open, close + 2);
        segments.push({ expr: parseExpression(source.slice(2, -2), source), source });
        rest = rest.slice(close + 2);
    }
    if (rest.length > 0)
        segments.push({ text: rest });
    return segments;
}
function parseExpression(inner, source) {
    let rest = inner.trim();
    const name = NAME.exec(rest)?.[0];
    if (name === undefined)
        throw new TemplateError(`cannot read expression '${source}'`);
    const expr = { name, args: [], hash: {} };
    rest = rest.slice(name.length);
    while (rest !== '') {
        if (!/^\s/.test(rest))
            throw new TemplateError(`cannot read expression '${source}'`);
        rest = rest.trimStart();
        const hash = HASH.exec(rest);
        const quoted = QUOTED.exec(rest);
        if (hash) {
            expr.hash[hash[1] ?? ''] = hash[2] ?? hash[3] ?? '';
            rest = rest.slice(hash[0].length);
        }
        else if (quoted) {
            expr.args.push(quoted[1] ?? quoted[2] ?? '');
            rest = rest.slice(quoted[0].length);
        }
        else {
            const word = /^\S+/.exec(rest)?.[0] ?? rest;
            throw new TemplateError(`in '${source}': quote the argument '${word}' (e.g. {{${name} '${word}'}})`);
        }
    }
    return expr;
}
function renderTemplate(template, vars) {
    return parseTemplate(template)
        .map((s) => {
        if ('text' in s)
            return s.text;
        const fn = vars[s.expr.name];
        if (!fn)
            throw new TemplateError(`unknown expression '${s.source}'`);
        return fn(s.expr);
    })
        .join('');
}
/** True when the template is one expression `{{name}}` and nothing else (metadata-action's isRawStatement). */
function isOnly(template, name) {
    try {
        const segments = parseTemplate(template);
        const only = segments[0];
        return segments.length === 1 && only !== undefined && 'expr' in only && only.expr.name === name;
    }
    catch {
        return false;
    }
}
//# sourceMappingURL=template.js.map

/***/ }),

/***/ 23856:
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

/***/ 33260:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ actionsState)
/* harmony export */ });
/* harmony import */ var _post_state_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2843);
/* harmony import */ var _workflow_commands_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(69933);


/** State through the runner's GITHUB_STATE (main) and STATE_* variables (post). */
const actionsState = {
    save: (state) => {
        _workflow_commands_js__WEBPACK_IMPORTED_MODULE_0__.workflow.saveState(_post_state_js__WEBPACK_IMPORTED_MODULE_1__/* .STATE_KEY */ .Mq, JSON.stringify(state));
    },
    load: () => {
        const text = (0,_workflow_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .getState */ .Gu)(process.env, _post_state_js__WEBPACK_IMPORTED_MODULE_1__/* .STATE_KEY */ .Mq);
        return text ? JSON.parse(text) : { tempDirs: [] };
    },
};
//# sourceMappingURL=state.js.map

/***/ }),

/***/ 17746:
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

/***/ 24774:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   y: () => (/* binding */ slug)
/* harmony export */ });
/** Names fit for cache keys, scopes, file and job names. Pure. */
/**
 * Every run of characters other than ASCII letters, digits and the `keep` characters becomes one `-`:
 * `linux/arm/v7` -> `linux-arm-v7`; `ghcr.io/acme/app` with keep `._-` -> `ghcr.io-acme-app`.
 */
function slug(text, keep = '.') {
    const kept = keep.replace(/[\\\]^-]/g, '\\$&');
    return text.replace(new RegExp(`[^A-Za-z0-9${kept}]+`, 'g'), '-');
}
//# sourceMappingURL=slug.js.map

/***/ }),

/***/ 87695:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M6: () => (/* binding */ execRunner),
/* harmony export */   Qd: () => (/* binding */ CommandError),
/* harmony export */   X4: () => (/* binding */ runChecked),
/* harmony export */   be: () => (/* reexport safe */ _text_lines_js__WEBPACK_IMPORTED_MODULE_0__.be)
/* harmony export */ });
/* harmony import */ var _text_lines_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(17746);


/** A process that exited non-zero. Failure is decided by the exit code, never by stderr being non-empty. */
class CommandError extends Error {
    command;
    args;
    exitCode;
    stderr;
    stdout;
    retries;
    constructor(command, args, exitCode, stderr, stdout = '', 
    /** Set when the command was retried: how often it ran, and why it failed for good. */
    retries) {
        const tail = (0,_text_lines_js__WEBPACK_IMPORTED_MODULE_0__/* .stderrTail */ .be)(stderr);
        const tries = retries
            ? ` (${retries.reason}; gave up after ${retries.attempts} attempts in ${(retries.elapsedMs / 1000).toFixed(1)}s)`
            : '';
        super(`${command} ${args.join(' ')} exited with code ${exitCode}${tries}${tail ? `:\n${tail}` : ''}`);
        this.command = command;
        this.args = args;
        this.exitCode = exitCode;
        this.stderr = stderr;
        this.stdout = stdout;
        this.retries = retries;
        this.name = 'CommandError';
    }
    /** The same failure, saying how often it was tried in how long, and why it was worth trying again. */
    afterAttempts(attempts, elapsedMs, reason) {
        return new CommandError(this.command, this.args, this.exitCode, this.stderr, this.stdout, {
            attempts,
            elapsedMs,
            reason,
        });
    }
}
/** Runs and throws CommandError on a non-zero exit. */
async function runChecked(runner, command, args, options) {
    const res = await runner.run(command, args, options);
    if (res.exitCode !== 0)
        throw new CommandError(command, args, res.exitCode, res.stderr, res.stdout);
    return res;
}
/** The real runner, on @actions/exec (loaded with the first command: a merge runs none). */
const execRunner = {
    async run(command, args, options = {}) {
        const { getExecOutput } = await __webpack_require__.e(/* import() */ 260).then(__webpack_require__.bind(__webpack_require__, 81260));
        const res = await getExecOutput(command, [...args], {
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

/***/ }),

/***/ 69933:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gu: () => (/* binding */ getState),
/* harmony export */   V4: () => (/* binding */ getInput),
/* harmony export */   workflow: () => (/* binding */ workflow)
/* harmony export */ });
/* unused harmony exports escapeData, escapeProperty, formatCommand, fileCommandEntry, inputVariable */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(51455);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(48161);
/**
 * The runner's protocol, written directly: inputs from `INPUT_*`, outputs and state through the `GITHUB_OUTPUT` and
 * `GITHUB_STATE` files, log lines and annotations as workflow commands on stdout. It writes what `@actions/core`
 * writes for the same calls (a unit test compares the two), without loading it: `@actions/core` pulls in its
 * HTTP client (undici, about 1 MB of the bundle) before the first line, which is most of a short step's start.
 */




/** A command's message, escaped the way the runner unescapes it. */
function escapeData(text) {
    return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
/** A command property's value: like a message, plus the separators of properties. */
function escapeProperty(text) {
    return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
/** `::command key=value,...::message`; properties with an empty value are left out. */
function formatCommand(command, message, properties = {}) {
    const props = Object.entries(properties)
        .filter(([, v]) => v !== '')
        .map(([k, v]) => `${k}=${escapeProperty(v)}`)
        .join(',');
    return `::${command}${props ? ` ${props}` : ''}::${escapeData(message)}`;
}
/** A `GITHUB_OUTPUT` / `GITHUB_STATE` entry in heredoc form; the delimiter must occur in neither key nor value. */
function fileCommandEntry(key, value, delimiter) {
    if (key.includes(delimiter) || value.includes(delimiter)) {
        throw new Error(`unexpected input: the name or value of '${key}' contains the delimiter ${delimiter}`);
    }
    return `${key}<<${delimiter}${node_os__WEBPACK_IMPORTED_MODULE_3__.EOL}${value}${node_os__WEBPACK_IMPORTED_MODULE_3__.EOL}${delimiter}${node_os__WEBPACK_IMPORTED_MODULE_3__.EOL}`;
}
/** The variable the runner sets for an input (`build-args` -> `INPUT_BUILD-ARGS`). */
function inputVariable(name) {
    return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}
/** An input as the action received it, trimmed; '' when unset. */
function getInput(env, name) {
    return (env[inputVariable(name)] ?? '').trim();
}
/** What the main step saved under `name`, read by the post step. */
function getState(env, name) {
    return env[`STATE_${name}`] ?? '';
}
function issue(command, message, properties) {
    process.stdout.write(formatCommand(command, message, properties) + node_os__WEBPACK_IMPORTED_MODULE_3__.EOL);
}
/** A file command, or its stdout form outside a runner (no such file). */
function keyValue(env, file, command, key, value) {
    const path = env[file];
    if (path) {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.appendFileSync)(path, fileCommandEntry(key, value, `ghadelimiter_${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)()}`), 'utf8');
        return;
    }
    if (command === 'set-output')
        process.stdout.write(node_os__WEBPACK_IMPORTED_MODULE_3__.EOL);
    issue(command, value, { name: key });
}
const workflow = {
    info(message) {
        process.stdout.write(message + node_os__WEBPACK_IMPORTED_MODULE_3__.EOL);
    },
    debug(message) {
        issue('debug', message);
    },
    notice(message) {
        issue('notice', message);
    },
    warning(message) {
        issue('warning', message);
    },
    error(message) {
        issue('error', message);
    },
    async group(name, fn) {
        issue('group', name);
        try {
            return await fn();
        }
        finally {
            issue('endgroup', '');
        }
    },
    /** Masks `secret` in the rest of the job's log. */
    setSecret(secret) {
        issue('add-mask', secret);
    },
    setOutput(name, value, env = process.env) {
        keyValue(env, 'GITHUB_OUTPUT', 'set-output', name, value);
    },
    saveState(name, value, env = process.env) {
        keyValue(env, 'GITHUB_STATE', 'save-state', name, value);
    },
    /** Fails the step: exit code 1 and an error annotation. */
    setFailed(message) {
        process.exitCode = 1;
        issue('error', message);
    },
    /** Appends markdown to the job summary (`GITHUB_STEP_SUMMARY`), as core.summary.addRaw(...).write() does. */
    async appendSummary(markdown, env = process.env) {
        const path = env.GITHUB_STEP_SUMMARY;
        if (!path)
            throw new Error('Unable to find environment variable for $GITHUB_STEP_SUMMARY. Check if your runtime environment supports job summaries.');
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.appendFile)(path, markdown, 'utf8');
    },
};
//# sourceMappingURL=commands.js.map

/***/ })

};
