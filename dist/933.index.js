export const id = 933;
export const ids = [933];
export const modules = {

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
