export const id = 10;
export const ids = [10];
export const modules = {

/***/ 32010:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  planStep: () => (/* binding */ planStep)
});

// EXTERNAL MODULE: ./build/src/qemu/emulators.js
var emulators = __webpack_require__(49382);
// EXTERNAL MODULE: ./build/src/text/slug.js
var slug = __webpack_require__(24774);
;// CONCATENATED MODULE: ./build/src/modes/plan/matrix.js


const FALLBACK_RUNNER = 'ubuntu-24.04';
/** GitHub-hosted runners: amd64 runs 386 natively; the arm64 runners have no AArch32, so arm/* emulates there. */
const DEFAULT_RUNNER_MAP = {
    'linux/amd64': 'ubuntu-24.04',
    'linux/386': 'ubuntu-24.04',
    'linux/arm64': 'ubuntu-24.04-arm',
    'linux/arm/*': 'ubuntu-24.04-arm',
};
/** Whether a normalised platform matches a pattern (`*` matches one whole segment, or everything alone). */
function matchesPattern(platform, pattern) {
    if (pattern === '*')
        return true;
    const want = pattern.split('/');
    const have = platform.split('/');
    return want.length === have.length && want.every((w, i) => w === '*' || w === have[i]);
}
/** The runner for a platform: the first matching pattern of the map, else of the default map, else ubuntu-24.04. */
function runnerFor(platform, runnerMap = {}) {
    for (const map of [runnerMap, DEFAULT_RUNNER_MAP]) {
        const pattern = Object.keys(map).find((p) => matchesPattern(platform, p));
        if (pattern !== undefined)
            return map[pattern];
    }
    return FALLBACK_RUNNER;
}
/** The architecture of a runner, guessed from its label (GitHub's arm runners end in `-arm`). */
function runnerArchitecture(runner) {
    return /(^|[-_.])(arm|arm64|aarch64)($|[-_.])/i.test(runner) ? 'arm64' : 'amd64';
}
function platformSlug(platform) {
    return (0,slug/* slug */.y)(platform);
}
/** The matrix for `strategy.matrix`: one leg per platform (parsed at the input edge, without duplicates). */
function planMatrix(platforms, runnerMap = {}) {
    return {
        include: platforms.map((platform) => {
            const runner = runnerFor(platform, runnerMap);
            return {
                platform,
                runner,
                qemu: !(0,emulators/* runsNatively */.PU)(platform, runnerArchitecture(runner)),
                slug: platformSlug(platform),
            };
        }),
    };
}
//# sourceMappingURL=matrix.js.map
;// CONCATENATED MODULE: ./build/src/modes/plan/run.js

function runPlan(settings) {
    const matrix = planMatrix(settings.platforms, settings.runnerMap);
    const outputs = {
        matrix: JSON.stringify(matrix),
        platforms: matrix.include.map((l) => l.platform).join(','),
    };
    return { matrix, outputs };
}
//# sourceMappingURL=run.js.map
;// CONCATENATED MODULE: ./build/src/modes/plan/index.js

function planStep(s, d) {
    const { matrix, outputs } = runPlan(s);
    for (const leg of matrix.include)
        d.log.info(`${leg.platform} -> ${leg.runner}${leg.qemu ? ' (QEMU)' : ''}`);
    return { ...outputs };
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
