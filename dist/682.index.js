export const id = 682;
export const ids = [682];
export const modules = {

/***/ 74682:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   metaStep: () => (/* binding */ metaStep)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/**
 * The meta step: docker/metadata-action's outputs (version, tags, tag-names, labels, annotations, json) and its
 * bake files, written to a directory of the runner's temp folder that outlives the step (a later step reads
 * them). No Docker, no registry, no post work: it runs on any runner OS.
 */



async function metaStep(s, d) {
    const m = s.metadata;
    for (const n of m.notices)
        d.log.notice(n);
    for (const w of m.warnings)
        d.log.warning(w);
    d.log.info(`Version: ${m.version || '(none)'}`);
    for (const t of m.tags)
        d.log.info(`Tag: ${t}`);
    const dir = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdtemp)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(d.env.RUNNER_TEMP || (0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)(), 'multiarch-publish-meta-'));
    const bake = {};
    for (const output of Object.keys(m.bakeFiles)) {
        const file = m.bakeFiles[output];
        const path = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, file.fileName);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(path, file.content);
        bake[output] = path;
    }
    return { ...m.outputs, ...bake };
}
//# sourceMappingURL=index.js.map

/***/ })

};
