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
 * stopped gracefully (`buildx rm` waits for BuildKit to shut down), then its volume and buildx's entry go at once.
 */
async function removeBuilder(builder, driver, docker) {
    if (driver !== 'docker-container') {
        await docker((0,_buildx_builder_js__WEBPACK_IMPORTED_MODULE_3__/* .removeBuilderArgs */ .tk)(builder));
        return;
    }
    const { container, volume } = (0,_buildx_builder_js__WEBPACK_IMPORTED_MODULE_3__/* .builderContainer */ .R$)(builder);
    await docker(['rm', '--force', container]);
    await Promise.all([docker(['volume', 'rm', '--force', volume]), docker((0,_buildx_builder_js__WEBPACK_IMPORTED_MODULE_3__/* .removeBuilderArgs */ .tk)(builder))]);
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
                    d.log.warning(`could not remove builder ${builder}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(e)}`);
                }
            };
            await removeBuilder(builder, state.builderDriver, docker);
        });
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
        _workflow_commands_js__WEBPACK_IMPORTED_MODULE_6__/* .workflow */ .kn.warning(`post step: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(e)}`);
    }
}
//# sourceMappingURL=post.js.map

/***/ })

};

//# sourceMappingURL=779.index.js.map