export const id = 779;
export const ids = [779];
export const modules = {

/***/ 85779:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   post: () => (/* binding */ post)
/* harmony export */ });
/* unused harmony export runPost */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(27406);
/* harmony import */ var _log_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6671);
/* harmony import */ var _buildx_builder_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(98917);
/* harmony import */ var _state_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(33260);
/* harmony import */ var _tools_runner_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(87695);
/* harmony import */ var _workflow_commands_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(69933);







/**
 * A docker-container builder is this job's alone and its state is thrown away: its container is killed instead of
 * stopped gracefully (`buildx rm` waits for BuildKit to shut down), then its volume, buildx's entry and the local tag of its image go at once.
 */
async function removeBuilder(builder, state, docker) {
    const untag = (state.untag ?? []).map((tag) => ['rmi', tag]);
    if (state.builderDriver !== 'docker-container') {
        await docker((0,_buildx_builder_js__WEBPACK_IMPORTED_MODULE_3__/* .removeBuilderArgs */ .tk)(builder));
        await Promise.all(untag.map((args) => docker(args)));
        return;
    }
    const { container, volume } = (0,_buildx_builder_js__WEBPACK_IMPORTED_MODULE_3__/* .builderContainer */ .R$)(builder);
    await docker(['rm', '--force', container]);
    await Promise.all([
        docker(['volume', 'rm', '--force', volume]),
        docker((0,_buildx_builder_js__WEBPACK_IMPORTED_MODULE_3__/* .removeBuilderArgs */ .tk)(builder)),
        ...untag.map((args) => docker(args)),
    ]);
}
/** Cleanup: removes the builder and temporary files, even after a failed or cancelled main. Warns, never fails. */
async function runPost(d) {
    const state = d.state.load();
    const env = { ...d.env, ...(state.dockerEnv ?? {}) };
    const dockerFor = (what) => async (args) => {
        try {
            const res = await d.runner.run('docker', args, { env, silent: true });
            if (res.exitCode !== 0)
                d.log.warning(`could not remove ${what}: ${res.stderr.trim()}`);
        }
        catch (e) {
            // e.g. docker is gone from PATH: the temporary files (the login config among them) still go below
            d.log.warning(`could not remove ${what}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(e)}`);
        }
    };
    if (state.builder) {
        const builder = state.builder;
        await d.log.group(`Removing builder ${builder}`, () => removeBuilder(builder, state, dockerFor(`builder ${builder}`)));
    }
    else {
        // the step stopped after tagging the builder's image, before creating the builder
        for (const tag of state.untag ?? [])
            await dockerFor(`the tag ${tag}`)(['rmi', tag]);
    }
    for (const dir of state.tempDirs) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(dir, { recursive: true, force: true }).catch((e) => {
            d.log.warning(`could not remove ${dir}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(e)}`);
        });
    }
}
async function post() {
    try {
        await runPost({ runner: _tools_runner_js__WEBPACK_IMPORTED_MODULE_5__/* .execRunner */ .M6, log: _log_js__WEBPACK_IMPORTED_MODULE_2__/* .actionsLog */ ._, state: _state_js__WEBPACK_IMPORTED_MODULE_4__/* .actionsState */ .R, env: process.env });
    }
    catch (e) {
        _workflow_commands_js__WEBPACK_IMPORTED_MODULE_6__.workflow.warning(`post step: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(e)}`);
    }
}
//# sourceMappingURL=post.js.map

/***/ })

};
