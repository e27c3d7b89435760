export const id = 258;
export const ids = [258];
export const modules = {

/***/ 7406:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ InputError),
/* harmony export */   g: () => (/* binding */ errorMessage)
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
//# sourceMappingURL=errors.js.map

/***/ }),

/***/ 6671:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ actionsLog)
/* harmony export */ });
/* unused harmony export memoryLog */
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3838);

const actionsLog = {
    group: (name, fn) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .group */ .Os(name, fn),
    info: (m) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(m),
    notice: (m) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .notice */ .lm(m),
    warning: (m) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(m),
    error: (m) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .error */ .z3(m),
    debug: (m) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .debug */ .Yz(m),
};
/** A log that records lines, for tests. */
function memoryLog() {
    const lines = [];
    return {
        lines,
        async group(name, fn) {
            lines.push(`::group::${name}`);
            try {
                return await fn();
            }
            finally {
                lines.push('::endgroup::');
            }
        },
        info: (m) => lines.push(m),
        notice: (m) => lines.push(`notice: ${m}`),
        warning: (m) => lines.push(`warning: ${m}`),
        error: (m) => lines.push(`error: ${m}`),
        debug: (m) => lines.push(`debug: ${m}`),
    };
}
//# sourceMappingURL=log.js.map

/***/ }),

/***/ 6833:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U$: () => (/* binding */ registryHost),
/* harmony export */   Xb: () => (/* reexport safe */ _oci_reference_js__WEBPACK_IMPORTED_MODULE_2__.Xb),
/* harmony export */   gu: () => (/* binding */ parseCredentials)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7406);
/* harmony import */ var _oci_credentials_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9617);
/* harmony import */ var _oci_reference_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2593);
/**
 * Registry credentials from the inputs. Pure.
 *
 * Single registry:   registry: ghcr.io   username: octo   password: ${{ secrets.TOKEN }}
 *   (registry defaults to Docker Hub; username and password go together.)
 *
 * Several registries, the `logins` input, one per line, attributes separated by commas:
 *   registry=ghcr.io,username=octo,password=${{ secrets.GHCR_TOKEN }}
 *   registry=docker.io,username=octo,password-env=DOCKERHUB_TOKEN
 * `registry` and `username` come first; `password=` must be the last attribute and takes the rest of the line
 * as is (commas and `=` included; the line is trimmed). `password-env=NAME` reads the password from the step's
 * environment variable NAME instead, so the secret never appears in the input text. Blank lines and lines
 * starting with `#` are skipped. Error messages give the line number, never the line (it holds a secret).
 *
 * No credentials for ghcr.io while an image is pushed there: log in with `github-token` (see dockerconfig.ts).
 */




/** `https://ghcr.io/` -> ghcr.io; Docker Hub's aliases and '' -> docker.io (as the registry client keys them). */
function registryHost(registry) {
    const host = (0,_oci_credentials_js__WEBPACK_IMPORTED_MODULE_1__/* .normalizeRegistryKey */ .MO)(registry.trim());
    return host === '' ? _oci_reference_js__WEBPACK_IMPORTED_MODULE_2__/* .DOCKER_HUB */ .Xb : host;
}
function parseCredentials(inputs, env) {
    const creds = [];
    const single = singleCredential(inputs);
    if (single)
        creds.push(single);
    inputs.logins.split(/\r?\n/).forEach((raw, i) => {
        const text = raw.trim();
        if (text !== '' && !text.startsWith('#'))
            creds.push(loginLine(text, i + 1, env));
    });
    const seen = new Set();
    for (const c of creds) {
        if (seen.has(c.registry))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d('logins', `registry ${c.registry} is given more than once`);
        seen.add(c.registry);
    }
    return creds;
}
function singleCredential(inputs) {
    const { username, password } = inputs;
    if (username === '' && password === '')
        return undefined;
    if (username === '')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d('username', 'a password is given without a username');
    if (password === '')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d('password', `username '${username}' is given without a password`);
    return { registry: registryHost(inputs.registry), username, password };
}
function loginLine(text, line, env) {
    const fail = (message) => new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d('logins', `line ${line}: ${message}`);
    const attrs = new Map();
    let rest = text;
    while (rest !== '') {
        const eq = rest.indexOf('=');
        if (eq < 0)
            throw fail('expected registry=...,username=...,password=... (or password-env=NAME)');
        const key = rest.slice(0, eq).trim().toLowerCase();
        if (key === 'password') {
            attrs.set(key, rest.slice(eq + 1));
            break;
        }
        if (!['registry', 'username', 'password-env'].includes(key))
            throw fail(`unknown attribute '${key}'`);
        if (attrs.has(key))
            throw fail(`attribute '${key}' given twice`);
        const comma = rest.indexOf(',', eq);
        attrs.set(key, (comma < 0 ? rest.slice(eq + 1) : rest.slice(eq + 1, comma)).trim());
        rest = comma < 0 ? '' : rest.slice(comma + 1).trimStart();
    }
    const registry = attrs.get('registry');
    const username = attrs.get('username');
    if (!registry)
        throw fail('registry= is missing');
    if (!username)
        throw fail('username= is missing');
    return { registry: registryHost(registry), username, password: passwordOf(attrs, env, fail) };
}
function passwordOf(attrs, env, fail) {
    const fromEnv = attrs.get('password-env');
    const inline = attrs.get('password');
    if (fromEnv !== undefined && inline !== undefined)
        throw fail('give password= or password-env=, not both');
    if (fromEnv !== undefined) {
        const value = env[fromEnv];
        if (!value)
            throw fail(`environment variable '${fromEnv}' (password-env) is not set or empty`);
        return value;
    }
    if (!inline)
        throw fail('password= (last on the line) or password-env= is missing');
    return inline;
}
//# sourceMappingURL=credentials.js.map

/***/ }),

/***/ 258:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  main: () => (/* binding */ main)
});

// UNUSED EXPORTS: checkPaths, currentContext, runStep

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 7 modules
var core = __webpack_require__(3838);
// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js + 22 modules
var github = __webpack_require__(2413);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./build/src/errors.js
var errors = __webpack_require__(7406);
;// CONCATENATED MODULE: ./build/src/plan/lists.js
/** Input list helpers (pure). */
/** Lines of a multiline input, trimmed, blank lines and `#` comments dropped. */
function lines(text) {
    return text
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter((l) => l !== '' && !l.startsWith('#'));
}
/** Items of an input that takes one per line or comma-separated. */
function items(text) {
    return lines(text)
        .flatMap((l) => l.split(','))
        .map((s) => s.trim())
        .filter((s) => s !== '');
}
/** Splits KEY=VALUE; returns undefined when there is no `=` or the key is empty. */
function keyValue(line) {
    const i = line.indexOf('=');
    if (i <= 0)
        return undefined;
    return [line.slice(0, i).trim(), line.slice(i + 1)];
}
//# sourceMappingURL=lists.js.map
;// CONCATENATED MODULE: ./build/src/inputs/read.js
/** Reading single inputs with validation; every error names the input and what was expected. */


function oneOf(get, name, allowed, fallback) {
    const v = get(name).trim() || fallback;
    if (!allowed.includes(v)) {
        throw new errors/* InputError */.d(name, `expected one of ${allowed.join(', ')}, got '${v}'`);
    }
    return v;
}
function bool(get, name, fallback) {
    const v = get(name).trim().toLowerCase();
    if (v === '')
        return fallback;
    if (v === 'true')
        return true;
    if (v === 'false')
        return false;
    throw new errors/* InputError */.d(name, `expected true or false, got '${v}'`);
}
function optional(get, name) {
    const v = get(name).trim();
    return v === '' ? undefined : v;
}
function keyValueLines(get, name) {
    return lines(get(name)).map((l, i) => {
        if (!keyValue(l))
            throw new errors/* InputError */.d(name, `line ${i + 1}: expected KEY=VALUE, got '${l}'`);
        return l;
    });
}
//# sourceMappingURL=read.js.map
;// CONCATENATED MODULE: ./build/src/meta/fields.js
/** Splitting of metadata-action style lines: `key=value,key=value`. Pure. */
/**
 * Splits on commas that are outside double quotes and outside `{{ }}`; quotes outside `{{ }}` are removed
 * and fields trimmed.
 * Throws on an unterminated quote.
 */
function splitFields(line) {
    const fields = [];
    let cur = '';
    let quoted = false;
    let depth = 0;
    for (let i = 0; i < line.length; i++) {
        const c = line[i];
        if (!quoted && line.startsWith('{{', i))
            depth++;
        else if (!quoted && depth > 0 && line.startsWith('}}', i))
            depth--;
        else if (c === '"' && depth === 0) {
            quoted = !quoted;
            continue;
        }
        if (c === ',' && !quoted && depth === 0) {
            fields.push(cur.trim());
            cur = '';
        }
        else
            cur += c;
    }
    if (quoted)
        throw new Error('unterminated double quote');
    fields.push(cur.trim());
    return fields.filter((f) => f !== '');
}
/** `key=value` -> [key lower-cased, value]; a field without `=` -> [undefined, field]. */
function splitAttribute(field) {
    const eq = field.indexOf('=');
    if (eq < 0)
        return [undefined, field];
    return [field.slice(0, eq).trim().toLowerCase(), field.slice(eq + 1).trim()];
}
/** Non-blank lines of a multiline input with their 1-based line numbers; `#` starts a comment line. */
function inputLines(text) {
    return text
        .split(/\r?\n/)
        .map((t, i) => ({ line: i + 1, text: t.trim() }))
        .filter((l) => l.text !== '' && !l.text.startsWith('#'));
}
//# sourceMappingURL=fields.js.map
;// CONCATENATED MODULE: ./build/src/meta/template.js
/**
 * The small expression language of metadata-action's attributes: `{{name}}` and `{{name 'argument'}}`
 * (single or double quotes). Nothing else of Handlebars is supported; an unknown name is an error rather than
 * an empty string, so a typo cannot silently produce a wrong tag. Pure.
 */
class TemplateError extends Error {
}
const EXPRESSION = /^\s*([A-Za-z_][A-Za-z0-9_]*)(?:\s+(?:'([^']*)'|"([^"]*)"))?\s*$/;
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
        const inner = rest.slice(open + 2, close);
        const m = EXPRESSION.exec(inner);
        if (!m)
            throw new TemplateError(`cannot read expression '{{${inner}}}' in '${template}'`);
        const arg = m[2] ?? m[3];
        segments.push(arg === undefined ? { name: m[1] } : { name: m[1], arg });
        rest = rest.slice(close + 2);
    }
    if (rest.length > 0)
        segments.push({ text: rest });
    return segments;
}
/** Throws TemplateError if the template is malformed or uses a name outside `names`. */
function checkTemplate(template, names) {
    for (const s of parseTemplate(template)) {
        if ('name' in s && !names.includes(s.name)) {
            throw new TemplateError(`unknown expression '{{${s.name}}}' (known here: ${names.join(', ')})`);
        }
    }
}
function renderTemplate(template, vars) {
    return parseTemplate(template)
        .map((s) => {
        if ('text' in s)
            return s.text;
        const fn = vars[s.name];
        if (!fn)
            throw new TemplateError(`unknown expression '{{${s.name}}}'`);
        return fn(s.arg);
    })
        .join('');
}
//# sourceMappingURL=template.js.map
;// CONCATENATED MODULE: ./build/src/meta/rules.js
/**
 * The `tags` input: docker/metadata-action's rules, one per line (`type=semver,pattern={{version}}`), or plain
 * tags (`latest`, `v1`). Parsed into typed rules sorted by priority, highest first. Pure.
 */



const DEFAULT_PRIORITY = {
    schedule: 1000,
    semver: 900,
    edge: 700,
    ref: 600,
    raw: 200,
    sha: 100,
};
/** metadata-action's default when `tags` is empty. */
const DEFAULT_RULES = ['type=schedule', 'type=ref,event=branch', 'type=ref,event=tag', 'type=ref,event=pr'];
const OWN_ATTRIBUTES = {
    schedule: ['pattern'],
    semver: ['pattern', 'value'],
    ref: ['event'],
    sha: ['format'],
    raw: ['value'],
    edge: ['branch'],
};
const COMMON_ATTRIBUTES = ['enable', 'priority', 'prefix', 'suffix'];
/** Expressions usable in value, prefix, suffix and enable. */
const GLOBAL_EXPRESSIONS = ['branch', 'tag', 'sha', 'base_ref', 'is_default_branch', 'date'];
const SEMVER_EXPRESSIONS = ['version', 'major', 'minor', 'patch', 'raw'];
/** Parses the `tags` input (metadata-action's defaults when it is blank). Throws InputError naming the line. */
function parseRules(text, input = 'tags') {
    const lines = inputLines(text);
    const source = lines.length > 0 ? lines : DEFAULT_RULES.map((t, i) => ({ line: i + 1, text: t }));
    const rules = source.flatMap(({ line, text }) => {
        try {
            return parseLine(text, line);
        }
        catch (e) {
            if (e instanceof errors/* InputError */.d)
                throw e;
            throw new errors/* InputError */.d(input, `line ${line} '${text}': ${e.message}`);
        }
    });
    return rules.sort((a, b) => b.priority - a.priority);
}
function parseLine(text, line) {
    const fields = splitFields(text);
    if (fields.every((f) => !f.includes('='))) {
        return fields.map((value) => build('raw', new Map([['value', value]]), line));
    }
    const attrs = new Map();
    for (const field of fields) {
        const [key, value] = splitAttribute(field);
        const name = key ?? 'value';
        if (attrs.has(name))
            throw new Error(`attribute '${name}' given twice`);
        attrs.set(name, value);
    }
    const type = attrs.get('type') ?? 'raw';
    if (!(type in OWN_ATTRIBUTES)) {
        throw new Error(`unknown rule type '${type}' (supported: ${Object.keys(OWN_ATTRIBUTES).join(', ')})`);
    }
    attrs.delete('type');
    return [build(type, attrs, line)];
}
function build(type, attrs, line) {
    const allowed = [...OWN_ATTRIBUTES[type], ...COMMON_ATTRIBUTES];
    for (const key of attrs.keys()) {
        if (!allowed.includes(key))
            throw new Error(`unknown attribute '${key}' for type=${type} (allowed: ${allowed.join(', ')})`);
    }
    const get = (k) => attrs.get(k);
    const base = { line, enable: get('enable') ?? 'true', priority: priority(get('priority'), type) };
    if (attrs.has('prefix'))
        base.prefix = get('prefix');
    else if (type === 'sha')
        base.prefix = 'sha-';
    else if (type === 'ref' && get('event') === 'pr')
        base.prefix = 'pr-';
    if (attrs.has('suffix'))
        base.suffix = get('suffix');
    for (const t of [base.enable, base.prefix, base.suffix])
        if (t !== undefined)
            check(t, GLOBAL_EXPRESSIONS);
    return { ...base, ...typed(type, get) };
}
function typed(type, get) {
    switch (type) {
        case 'schedule': {
            const pattern = get('pattern') ?? 'nightly';
            check(pattern, GLOBAL_EXPRESSIONS);
            return { type, pattern };
        }
        case 'semver': {
            const pattern = required(get('pattern'), 'pattern', type);
            check(pattern, SEMVER_EXPRESSIONS);
            const value = get('value') ?? '';
            check(value, GLOBAL_EXPRESSIONS);
            return { type, pattern, value };
        }
        case 'ref': {
            const event = required(get('event'), 'event', type);
            if (!['branch', 'tag', 'pr'].includes(event))
                throw new Error(`event=${event}: expected branch, tag or pr`);
            return { type, event: event };
        }
        case 'sha': {
            const format = get('format') ?? 'short';
            if (format !== 'short' && format !== 'long')
                throw new Error(`format=${format}: expected short or long`);
            return { type, format };
        }
        case 'raw': {
            const value = required(get('value'), 'value', type);
            check(value, GLOBAL_EXPRESSIONS);
            return { type, value };
        }
        case 'edge':
            return { type, branch: get('branch') ?? '' };
    }
}
function required(value, name, type) {
    if (value === undefined || value === '')
        throw new Error(`type=${type} needs ${name}=`);
    return value;
}
function priority(value, type) {
    if (value === undefined)
        return DEFAULT_PRIORITY[type];
    if (!/^-?\d+$/.test(value))
        throw new Error(`priority=${value}: expected an integer`);
    return Number(value);
}
function check(template, names) {
    try {
        checkTemplate(template, names);
    }
    catch (e) {
        throw new Error(e.message);
    }
}
//# sourceMappingURL=rules.js.map
;// CONCATENATED MODULE: ./build/src/meta/flavor.js
/**
 * The `flavor` input, as docker/metadata-action reads it: `latest=auto|true|false`, `prefix=`, `suffix=`, each
 * optionally followed by `onlatest=true|false` (also put the prefix/suffix on the `latest` tag). Entries may be
 * on separate lines or comma-separated. Pure.
 */




const DEFAULT_FLAVOR = {
    latest: 'auto',
    prefix: '',
    prefixLatest: false,
    suffix: '',
    suffixLatest: false,
};
function parseFlavor(text, input = 'flavor') {
    const flavor = { ...DEFAULT_FLAVOR };
    for (const { line, text: lineText } of inputLines(text)) {
        const fail = (message) => new errors/* InputError */.d(input, `line ${line} '${lineText}': ${message}`);
        let last;
        let fields;
        try {
            fields = splitFields(lineText);
        }
        catch (e) {
            throw fail(e.message);
        }
        for (const field of fields) {
            const [key, value] = splitAttribute(field);
            if (key === 'latest') {
                if (value !== 'auto' && value !== 'true' && value !== 'false')
                    throw fail(`latest=${value}: expected auto, true or false`);
                flavor.latest = value;
            }
            else if (key === 'prefix' || key === 'suffix') {
                try {
                    checkTemplate(value, GLOBAL_EXPRESSIONS);
                }
                catch (e) {
                    throw fail(e.message);
                }
                flavor[key] = value;
                last = key;
            }
            else if (key === 'onlatest') {
                if (value !== 'true' && value !== 'false')
                    throw fail(`onlatest=${value}: expected true or false`);
                if (!last)
                    throw fail('onlatest= must follow prefix= or suffix= on the same line');
                flavor[last === 'prefix' ? 'prefixLatest' : 'suffixLatest'] = value === 'true';
            }
            else {
                throw fail(`unknown entry '${field}' (known: latest, prefix, suffix, onlatest)`);
            }
        }
    }
    return flavor;
}
//# sourceMappingURL=flavor.js.map
;// CONCATENATED MODULE: ./build/src/meta/labels.js
/**
 * OCI labels and annotations from the GitHub context (the eight `org.opencontainers.image.*` keys that
 * docker/metadata-action sets), merged with the user's `labels` / `annotations` inputs; the user wins. Pure.
 */


const OCI_PREFIX = 'org.opencontainers.image.';
const ANNOTATION_LEVELS = [
    'index',
    'manifest',
    'index-descriptor',
    'manifest-descriptor',
];
/** The OCI keys, from the event payload (repository) and the run. Empty values are kept, as metadata-action does. */
function ociLabels(ctx, version) {
    const repo = ctx.payload.repository ?? {};
    // outside a workflow run there is no repository, and so no URL to give
    const known = /^[^/]+\/[^/]+$/.test(ctx.repository);
    const url = repo.html_url ?? (known ? `${ctx.serverUrl}/${ctx.repository}` : '');
    return {
        [`${OCI_PREFIX}created`]: ctx.now.toISOString(),
        [`${OCI_PREFIX}description`]: repo.description ?? '',
        [`${OCI_PREFIX}licenses`]: repo.license?.spdx_id ?? '',
        [`${OCI_PREFIX}revision`]: ctx.sha,
        [`${OCI_PREFIX}source`]: url,
        [`${OCI_PREFIX}title`]: repo.name ?? ctx.repository.split('/')[1] ?? '',
        [`${OCI_PREFIX}url`]: url,
        [`${OCI_PREFIX}version`]: version,
    };
}
/** OCI labels merged with the user's; keys sorted. */
function computeLabels(ctx, version, userLabels) {
    return sortKeys({ ...ociLabels(ctx, version), ...userLabels });
}
/** `level:key=value` strings for buildx `--annotation` / `imagetools create --annotation`, sorted. */
function computeAnnotations(ctx, version, user, levels = ['index', 'manifest']) {
    return levels.flatMap((level) => {
        const mine = user.filter((a) => a.level === undefined || a.level === level);
        const merged = sortKeys({ ...ociLabels(ctx, version), ...Object.fromEntries(mine.map((a) => [a.key, a.value])) });
        return Object.entries(merged).map(([k, v]) => `${level}:${k}=${v}`);
    });
}
/** The `labels` input: `key=value` per line. */
function parseLabels(text, input = 'labels') {
    return Object.fromEntries(keyValues(text, input).map(({ key, value }) => [key, value]));
}
/** The `annotations` input: `[level:]key=value` per line, level one of ANNOTATION_LEVELS. */
function parseAnnotations(text, input = 'annotations') {
    return keyValues(text, input).map(({ key, value }) => {
        const colon = key.indexOf(':');
        const level = key.slice(0, colon);
        if (colon < 0 || !ANNOTATION_LEVELS.includes(level))
            return { key, value };
        return { level: level, key: key.slice(colon + 1), value };
    });
}
function keyValues(text, input) {
    return inputLines(text).map(({ line, text: t }) => {
        const eq = t.indexOf('=');
        const key = eq < 0 ? '' : t.slice(0, eq).trim();
        if (key === '' || /\s/.test(key))
            throw new errors/* InputError */.d(input, `line ${line} '${t}': expected key=value`);
        return { key, value: t.slice(eq + 1).trim() };
    });
}
function sortKeys(record) {
    return Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
//# sourceMappingURL=labels.js.map
// EXTERNAL MODULE: ./node_modules/semver/index.js
var semver = __webpack_require__(2088);
;// CONCATENATED MODULE: ./build/src/meta/dateformat.js
/**
 * Formats a date in UTC with the moment.js tokens metadata-action users write in `{{date '...'}}`:
 * YYYY YY MM M DD D HH H mm m ss s SSS, and `[literal]`. Other characters are copied. Pure.
 */
const TOKENS = /\[([^\]]*)\]|YYYY|YY|SSS|MM|M|DD|D|HH|H|mm|m|ss|s/g;
const pad = (n, width) => String(n).padStart(width, '0');
function formatDate(date, format) {
    const parts = {
        YYYY: pad(date.getUTCFullYear(), 4),
        YY: pad(date.getUTCFullYear() % 100, 2),
        MM: pad(date.getUTCMonth() + 1, 2),
        M: String(date.getUTCMonth() + 1),
        DD: pad(date.getUTCDate(), 2),
        D: String(date.getUTCDate()),
        HH: pad(date.getUTCHours(), 2),
        H: String(date.getUTCHours()),
        mm: pad(date.getUTCMinutes(), 2),
        m: String(date.getUTCMinutes()),
        ss: pad(date.getUTCSeconds(), 2),
        s: String(date.getUTCSeconds()),
        SSS: pad(date.getUTCMilliseconds(), 3),
    };
    return format.replace(TOKENS, (token, literal) => literal ?? parts[token] ?? token);
}
//# sourceMappingURL=dateformat.js.map
;// CONCATENATED MODULE: ./build/src/meta/expressions.js


const SHORT_SHA_LENGTH = 7;
const branchOf = (ref) => (ref.startsWith('refs/heads/') ? ref.slice('refs/heads/'.length) : '');
const tagOf = (ref) => (ref.startsWith('refs/tags/') ? ref.slice('refs/tags/'.length) : '');
/** refs/pull/42/merge -> 42 */
const prOf = (ref) => ref.startsWith('refs/pull/') ? ref.slice('refs/pull/'.length).replace(/\/merge$/, '') : '';
function dateVar(now) {
    return (format) => {
        if (format === undefined)
            throw new TemplateError(`{{date}} needs a format, e.g. {{date 'YYYYMMDD'}}`);
        return formatDate(now, format);
    };
}
/** Events that always run on the default branch's last commit (as metadata-action treats them). */
const DEFAULT_BRANCH_EVENTS = /create|discussion|issues|schedule/;
function globalVars(ctx) {
    return {
        branch: () => branchOf(ctx.ref),
        tag: () => tagOf(ctx.ref),
        sha: () => ctx.sha.slice(0, SHORT_SHA_LENGTH),
        base_ref: () => {
            if (tagOf(ctx.ref) && ctx.payload.base_ref)
                return ctx.payload.base_ref.replace(/^refs\/heads\//, '');
            if (prOf(ctx.ref))
                return ctx.payload.pull_request?.base?.ref ?? '';
            return '';
        },
        is_default_branch: () => {
            const branch = branchOf(ctx.ref);
            if (branch !== '' && branch === ctx.payload.repository?.default_branch)
                return 'true';
            return DEFAULT_BRANCH_EVENTS.test(ctx.eventName) ? 'true' : 'false';
        },
        date: dateVar(ctx.now),
    };
}
function renderGlobal(template, ctx) {
    return renderTemplate(template, globalVars(ctx));
}
//# sourceMappingURL=expressions.js.map
// EXTERNAL MODULE: ./build/src/oci/reference.js
var reference = __webpack_require__(2593);
;// CONCATENATED MODULE: ./build/src/meta/sanitize.js
/**
 * Docker tag sanitising. A tag is `[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}` (distribution/reference). Like
 * metadata-action, every run of other characters becomes one `-` (so branch `feature/x` gives `feature-x`);
 * then leading `.` and `-` are dropped and the result is cut to 128 characters. Pure.
 */
const MAX_TAG_LENGTH = 128;
/** Returns the sanitised tag, or '' if nothing usable is left. */
function sanitizeTag(raw) {
    return raw
        .replace(/[^A-Za-z0-9_.-]+/g, '-')
        .replace(/^[.-]+/, '')
        .slice(0, MAX_TAG_LENGTH);
}

//# sourceMappingURL=sanitize.js.map
;// CONCATENATED MODULE: ./build/src/meta/tags.js
/**
 * Tags from rules, following docker/metadata-action: rules run in priority order; the first value becomes the
 * version, the others follow in order without duplicates; the first rule that yields a value decides, under
 * `latest=auto`, whether `latest` is added (semver releases and git tags say yes, everything else no). Pure.
 */





function computeTags(rules, flavor, ctx, input = 'tags') {
    const warnings = [];
    const values = [];
    let latest;
    for (const rule of rules) {
        const fail = (message) => new errors/* InputError */.d(input, `line ${rule.line} (type=${rule.type}): ${message}`);
        const enable = render(() => renderGlobal(rule.enable, ctx), fail);
        if (enable !== 'true' && enable !== 'false')
            throw fail(`enable=${enable}: expected true or false`);
        if (enable === 'false')
            continue;
        const candidate = render(() => evaluate(rule, ctx, warnings), fail);
        if (!candidate)
            continue;
        const full = render(() => affix(rule, flavor, ctx, candidate.value), fail);
        if (full === '')
            continue;
        const tag = sanitizeTag(full);
        if (tag === '')
            throw fail(`'${full}' leaves nothing once sanitised to a Docker tag`);
        if (!values.includes(tag))
            values.push(tag);
        latest ??= flavor.latest === 'auto' ? candidate.autoLatest : flavor.latest === 'true';
    }
    const version = values[0] ?? '';
    if (version && latest) {
        const latestTag = sanitizeTag(latestName(flavor, ctx));
        if (!values.includes(latestTag))
            values.push(latestTag);
    }
    return { tags: version ? values : [], version, warnings };
}
function render(fn, fail) {
    try {
        return fn();
    }
    catch (e) {
        if (e instanceof errors/* InputError */.d)
            throw e;
        throw fail(e.message);
    }
}
function affix(rule, flavor, ctx, value) {
    const prefix = rule.prefix ?? flavor.prefix;
    const suffix = rule.suffix ?? flavor.suffix;
    return `${renderGlobal(prefix, ctx)}${value}${renderGlobal(suffix, ctx)}`;
}
function latestName(flavor, ctx) {
    const prefix = flavor.prefixLatest ? renderGlobal(flavor.prefix, ctx) : '';
    const suffix = flavor.suffixLatest ? renderGlobal(flavor.suffix, ctx) : '';
    return `${prefix}latest${suffix}`;
}
function evaluate(rule, ctx, warnings) {
    switch (rule.type) {
        case 'schedule':
            if (!ctx.eventName.includes('schedule'))
                return undefined;
            return { value: renderTemplate(rule.pattern, { ...globalVars(ctx), date: dateVar(ctx.now) }), autoLatest: false };
        case 'semver':
            return semverCandidate(rule.pattern, rule.value, ctx, warnings, rule.line);
        case 'ref': {
            const value = { branch: branchOf, tag: tagOf, pr: prOf }[rule.event](ctx.ref);
            return value ? { value, autoLatest: rule.event === 'tag' } : undefined;
        }
        case 'sha':
            if (!ctx.sha)
                return undefined;
            return { value: rule.format === 'short' ? ctx.sha.slice(0, 7) : ctx.sha, autoLatest: false };
        case 'raw':
            return { value: renderGlobal(rule.value, ctx), autoLatest: false };
        case 'edge': {
            const branch = branchOf(ctx.ref);
            const wanted = rule.branch || ctx.payload.repository?.default_branch;
            return branch !== '' && branch === wanted ? { value: 'edge', autoLatest: false } : undefined;
        }
    }
}
const RAW_ONLY = /^\{\{\s*raw\s*\}\}$/;
function semverCandidate(pattern, valueTemplate, ctx, warnings, line) {
    if (!tagOf(ctx.ref) && valueTemplate === '')
        return undefined;
    const raw = valueTemplate !== '' ? renderGlobal(valueTemplate, ctx) : tagOf(ctx.ref).replace(/\//g, '-');
    const parsed = semver.valid(raw) ? semver.parse(raw, { loose: true }) : null;
    if (!parsed) {
        warnings.push(`tags line ${line}: '${raw}' is not a valid semantic version; type=semver skipped`);
        return undefined;
    }
    const isPre = parsed.prerelease.length > 0;
    const vars = {
        version: () => parsed.version,
        major: () => String(parsed.major),
        minor: () => String(parsed.minor),
        patch: () => String(parsed.patch),
        raw: () => raw,
    };
    if (isPre)
        return { value: RAW_ONLY.test(pattern) ? raw : parsed.version, autoLatest: false };
    return { value: renderTemplate(pattern, vars), autoLatest: true };
}
//# sourceMappingURL=tags.js.map
// EXTERNAL MODULE: ./build/src/login/credentials.js
var login_credentials = __webpack_require__(6833);
;// CONCATENATED MODULE: ./build/src/plan/names.js


function validateTag(input, tag) {
    if (!(0,reference/* isValidTag */.r_)(tag)) {
        throw new errors/* InputError */.d(input, `'${tag}' is not a valid tag (1-128 of letters, digits, '_', '.', '-'; not starting with '.' or '-')`);
    }
    return tag;
}
/**
 * An image repository as users write it (`ghcr.io/owner/app`, `localhost:5000/app`, `owner/app`), without tag or
 * digest. Checked with the registry client's reference grammar; returned as given.
 */
function validateImageName(input, name) {
    const bad = (why) => new errors/* InputError */.d(input, `'${name}' is not a valid image repository: ${why}`);
    if (name.includes('@'))
        throw bad('expected a repository without a digest (e.g. ghcr.io/owner/app)');
    let ref;
    try {
        ref = (0,reference/* parseReference */.F2)(name);
    }
    catch (e) {
        if (e instanceof reference/* InvalidReferenceError */.x_)
            throw bad(e.message.replace(/^invalid image reference '[^']*': /, ''));
        throw e;
    }
    if (ref.tag)
        throw bad("expected a repository without a tag; put tags in the 'tags' input");
    return name;
}
//# sourceMappingURL=names.js.map
;// CONCATENATED MODULE: ./build/src/inputs/meta.js






function parseMetaInputs(get, ctx, env, annotationLevels = ['index', 'manifest']) {
    const computed = computeTags(parseRules(get('tags')), parseFlavor(get('flavor')), ctx);
    const tags = computed.tags.map((t) => validateTag('tags', t));
    const labels = computeLabels(ctx, computed.version, parseLabels(get('labels')));
    const userAnnotations = parseAnnotations(get('annotations'));
    const annotations = computeAnnotations(ctx, computed.version, userAnnotations, annotationLevels);
    const dropped = userAnnotations.filter((a) => a.level !== undefined && !annotationLevels.includes(a.level));
    const warnings = [
        ...computed.warnings,
        ...dropped.map((a) => `annotations: '${a.level}:${a.key}' is not applied: this step annotates ${annotationLevels.join(' and ')} only`),
    ];
    const credentials = (0,login_credentials/* parseCredentials */.gu)({ registry: get('registry'), username: get('username'), password: get('password'), logins: get('logins') }, env);
    return { tags, version: computed.version, labels, annotations, warnings, credentials };
}
//# sourceMappingURL=meta.js.map
// EXTERNAL MODULE: ./build/src/oci/types.js
var types = __webpack_require__(7578);
;// CONCATENATED MODULE: ./build/src/handoff/digests.js
/** The explicit `digests` input: lines of `image@sha256:...`, for users who collect the leg digests themselves. */


const INPUT = 'digests';
/** Parses the lines; blank lines and `#` comments are ignored, a tag before the `@` is dropped, duplicates too. */
function parseDigestsInput(text) {
    const out = [];
    for (const [i, raw] of text.split('\n').entries()) {
        const line = raw.trim();
        if (line === '' || line.startsWith('#'))
            continue;
        const ref = digests_parseLine(line, i + 1);
        if (!out.some((r) => r.image === ref.image && r.digest === ref.digest))
            out.push(ref);
    }
    if (out.length === 0)
        throw new errors/* InputError */.d(INPUT, 'no image@sha256:... line given');
    return out;
}
function digests_parseLine(line, n) {
    const at = line.lastIndexOf('@');
    if (at <= 0)
        throw new errors/* InputError */.d(INPUT, `line ${n} '${line}' is not of the form image@sha256:<hex>`);
    let digest;
    try {
        digest = (0,types/* parseDigest */.m)(line.slice(at + 1));
    }
    catch (e) {
        throw new errors/* InputError */.d(INPUT, `line ${n}: ${(0,errors/* errorMessage */.g)(e)}`);
    }
    const image = stripTag(line.slice(0, at));
    if (!/^[a-z0-9]([a-z0-9._:/-]*[a-z0-9])?$/.test(image) || image.includes('//')) {
        throw new errors/* InputError */.d(INPUT, `line ${n}: '${image}' is not an image name like ghcr.io/owner/app`);
    }
    return { image, digest };
}
/** Drops `:tag` from the last path segment (a `:` in the first segment is a registry port). */
function stripTag(name) {
    const slash = name.lastIndexOf('/');
    const colon = name.lastIndexOf(':');
    return colon > slash ? name.slice(0, colon) : name;
}
//# sourceMappingURL=digests.js.map
// EXTERNAL MODULE: ./build/src/plan/platforms.js
var plan_platforms = __webpack_require__(7457);
;// CONCATENATED MODULE: ./build/src/plan/matrix.js
/**
 * The matrix for a native-runner build: one leg per platform, each on a runner that runs it natively where one
 * exists. Pure: no process, no file system.
 */


const FALLBACK_RUNNER = 'ubuntu-24.04';
/** GitHub-hosted runners: amd64 runs 386 natively; the arm64 runners have no AArch32, so arm/* emulates there. */
const DEFAULT_RUNNER_MAP = {
    'linux/amd64': 'ubuntu-24.04',
    'linux/386': 'ubuntu-24.04',
    'linux/arm64': 'ubuntu-24.04-arm',
    'linux/arm/*': 'ubuntu-24.04-arm',
};
const matrix_INPUT = 'runner-map';
const LABEL = /^[A-Za-z0-9._-]+$/;
/** Parses the `runner-map` input: lines of `platform=runner`, `#` comments and blank lines ignored. */
function parseRunnerMap(input) {
    const map = {};
    for (const [i, raw] of input.split('\n').entries()) {
        const line = raw.trim();
        if (line === '' || line.startsWith('#'))
            continue;
        const eq = line.indexOf('=');
        if (eq < 0)
            throw new errors/* InputError */.d(matrix_INPUT, `line ${i + 1} '${line}' is not of the form platform=runner`);
        const pattern = normalizePattern(line.slice(0, eq).trim(), i + 1);
        const runner = line.slice(eq + 1).trim();
        if (!LABEL.test(runner)) {
            throw new errors/* InputError */.d(matrix_INPUT, `line ${i + 1}: '${runner}' is not a runner label (letters, digits, . _ -)`);
        }
        if (Object.hasOwn(map, pattern))
            throw new errors/* InputError */.d(matrix_INPUT, `line ${i + 1}: '${pattern}' is mapped twice`);
        map[pattern] = runner;
    }
    return map;
}
function normalizePattern(pattern, line) {
    if (pattern === '*')
        return pattern;
    if (pattern.includes('*')) {
        const parts = pattern.toLowerCase().split('/');
        if (parts.length < 2 || parts.length > 3 || parts.some((p) => p === '' || (p.includes('*') && p !== '*'))) {
            throw new errors/* InputError */.d(matrix_INPUT, `line ${line}: '${pattern}' is not a platform pattern like linux/arm/*`);
        }
        return parts.join('/');
    }
    try {
        return (0,plan_platforms/* normalizePlatform */.FL)(pattern);
    }
    catch (e) {
        if (e instanceof plan_platforms/* PlatformError */.Wk)
            throw new errors/* InputError */.d(matrix_INPUT, `line ${line}: ${e.message}`);
        throw e;
    }
}
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
    return platform.replace(/[^A-Za-z0-9.]+/g, '-');
}
/** The matrix for `strategy.matrix`: one leg per platform (normalised, without duplicates). */
function planMatrix(platforms, runnerMap = {}) {
    const normalised = [];
    for (const p of platforms) {
        let platform;
        try {
            platform = (0,plan_platforms/* normalizePlatform */.FL)(p);
        }
        catch (e) {
            if (e instanceof plan_platforms/* PlatformError */.Wk)
                throw new errors/* InputError */.d('platforms', e.message);
            throw e;
        }
        if (!normalised.includes(platform))
            normalised.push(platform);
    }
    if (normalised.length === 0)
        throw new errors/* InputError */.d('platforms', 'no platform given');
    return {
        include: normalised.map((platform) => {
            const runner = runnerFor(platform, runnerMap);
            return {
                platform,
                runner,
                qemu: !(0,plan_platforms/* runsNatively */.PU)(platform, runnerArchitecture(runner)),
                slug: platformSlug(platform),
            };
        }),
    };
}
//# sourceMappingURL=matrix.js.map
;// CONCATENATED MODULE: ./build/src/inputs/modes.js
/** Inputs of the modes that do not build: merge (join the legs) and plan (the matrix). */







function platformsInput(get) {
    try {
        return (0,plan_platforms/* parsePlatformList */.VX)(get('platforms') || 'linux/amd64,linux/arm64');
    }
    catch (e) {
        if (e instanceof plan_platforms/* PlatformError */.Wk)
            throw new errors/* InputError */.d('platforms', e.message);
        throw e;
    }
}
function imagesInput(get, required) {
    const images = items(get('images')).map((img) => validateImageName('images', img));
    if (required && images.length === 0)
        throw new errors/* InputError */.d('images', `expected at least one image repository ${required}`);
    return images;
}
/** Registries (host[:port]) the registry client may reach over plain HTTP; loopback ones always may. */
function insecureRegistriesInput(get) {
    return items(get('insecure-registries')).map((host) => {
        if (!/^(?:[a-zA-Z0-9.-]+|\[[0-9a-fA-F:]+\])(?::\d+)?$/.test(host)) {
            throw new errors/* InputError */.d('insecure-registries', `expected host[:port] entries, got '${host}'`);
        }
        return host;
    });
}
function parseMergeInputs(get, ctx, env) {
    const images = imagesInput(get, 'to merge into');
    const meta = parseMetaInputs(get, ctx, env, ['index']);
    const annotations = Object.fromEntries(meta.annotations.map((a) => {
        const kv = a.slice('index:'.length);
        return [kv.slice(0, kv.indexOf('=')), kv.slice(kv.indexOf('=') + 1)];
    }));
    return {
        mode: 'merge',
        images,
        tags: meta.tags,
        platforms: platformsInput(get),
        version: meta.version,
        labels: Object.entries(meta.labels).map(([k, v]) => `${k}=${v}`),
        annotations,
        digests: get('digests').trim() ? parseDigestsInput(get('digests')) : undefined,
        warnings: meta.warnings,
        credentials: meta.credentials,
        insecureRegistries: insecureRegistriesInput(get),
        githubToken: get('github-token'),
    };
}
function parsePlanInputs(get) {
    const runnerMap = get('runner-map');
    parseRunnerMap(runnerMap); // validates: InputError('runner-map', ...) before anything runs
    return { mode: 'plan', platforms: platformsInput(get), runnerMap };
}
//# sourceMappingURL=modes.js.map
;// CONCATENATED MODULE: ./build/src/inputs.js





function secretsInput(get) {
    return lines(get('secrets')).map((l, i) => {
        const kv = keyValue(l);
        if (!kv || !/^[A-Za-z0-9_.-]+$/.test(kv[0])) {
            throw new errors/* InputError */.d('secrets', `line ${i + 1}: expected id=VALUE with an id of letters, digits, '.', '_' or '-'`);
        }
        return { id: kv[0], value: kv[1] };
    });
}
/** Parses and validates every input of build mode. Throws InputError naming the input; runs nothing. */
function parseBuildInputs(get, ctx, env = {}, mode = 'build') {
    const push = bool(get, 'push', true);
    if (mode === 'build-platform' && !push) {
        throw new errors/* InputError */.d('push', 'a build-platform leg pushes by digest for the merge; expected true');
    }
    const images = imagesInput(get, push ? 'when push is true' : '');
    const platforms = platformsInput(get);
    // buildx refuses index annotations when it exports one platform (no index of its own to annotate)
    const meta = parseMetaInputs(get, ctx, env, platforms.length > 1 ? ['index', 'manifest'] : ['manifest']);
    if (images.length === 0 && get('tags').trim() !== '') {
        throw new errors/* InputError */.d('tags', 'tags were given but no images to tag');
    }
    // with no image there is nothing to tag: the default tag rules' results (main, pr-42, ...) are dropped
    const tags = images.length === 0 ? [] : meta.tags;
    const driver = oneOf(get, 'driver', ['docker-container', 'docker', 'remote'], 'docker-container');
    const endpoint = optional(get, 'endpoint');
    if (driver === 'remote' && !endpoint)
        throw new errors/* InputError */.d('endpoint', 'expected a BuildKit address when driver is remote');
    if (driver !== 'remote' && endpoint)
        throw new errors/* InputError */.d('endpoint', `only used with driver: remote (driver is ${driver})`);
    const cacheFrom = lines(get('cache-from'));
    const cacheTo = lines(get('cache-to'));
    if (cacheFrom.length > 0 || cacheTo.length > 0) {
        // cache-from/cache-to replace the gha default: settings of that default would be silently ignored
        if (get('cache-mode').trim()) {
            throw new errors/* InputError */.d('cache-mode', 'only applies to the default gha cache; with cache-to, give mode= in its spec');
        }
        if (get('cache').trim() && get('cache').trim() !== 'auto') {
            throw new errors/* InputError */.d('cache', 'give either cache or cache-from/cache-to (which replace the gha default)');
        }
    }
    const driverOpts = keyValueLines(get, 'driver-opts');
    if (driver === 'docker' && driverOpts.length > 0) {
        throw new errors/* InputError */.d('driver-opts', 'the docker driver takes no driver options (they configure a builder this action creates)');
    }
    const buildkitImage = optional(get, 'buildkit-image');
    if (buildkitImage && driver !== 'docker-container') {
        throw new errors/* InputError */.d('buildkit-image', `only used with driver: docker-container (driver is ${driver})`);
    }
    const buildkitdConfig = optional(get, 'buildkitd-config');
    const buildkitdConfigInline = optional(get, 'buildkitd-config-inline');
    if (buildkitdConfig && buildkitdConfigInline) {
        throw new errors/* InputError */.d('buildkitd-config-inline', 'give either buildkitd-config or buildkitd-config-inline, not both');
    }
    if ((buildkitdConfig || buildkitdConfigInline) && driver === 'docker') {
        throw new errors/* InputError */.d(buildkitdConfig ? 'buildkitd-config' : 'buildkitd-config-inline', 'the docker driver takes no BuildKit config (use driver: docker-container)');
    }
    return {
        mode,
        images,
        tags,
        platforms,
        context: get('context').trim() || '.',
        file: optional(get, 'file'),
        target: optional(get, 'target'),
        buildArgs: keyValueLines(get, 'build-args'),
        labels: Object.entries(meta.labels).map(([k, v]) => `${k}=${v}`),
        annotations: meta.annotations,
        version: meta.version,
        warnings: meta.warnings,
        credentials: meta.credentials,
        push,
        qemu: oneOf(get, 'qemu', ['auto', 'true', 'false'], 'auto'),
        binfmtImage: get('binfmt-image').trim() || 'docker.io/tonistiigi/binfmt:latest',
        driver,
        endpoint,
        buildkitImage,
        driverOpts,
        buildkitdConfig,
        buildkitdConfigInline,
        network: optional(get, 'network'),
        cache: oneOf(get, 'cache', ['auto', 'gha', 'none'], 'auto'),
        cacheMode: oneOf(get, 'cache-mode', ['min', 'max'], 'min'),
        cacheFrom,
        cacheTo,
        provenance: optional(get, 'provenance'),
        sbom: optional(get, 'sbom'),
        secrets: secretsInput(get),
        insecureRegistries: insecureRegistriesInput(get),
        githubToken: get('github-token'),
    };
}
function parseInputs(get, ctx, env = {}) {
    const mode = oneOf(get, 'mode', ['build', 'build-platform', 'merge', 'plan'], 'build');
    switch (mode) {
        case 'build':
        case 'build-platform':
            return parseBuildInputs(get, ctx, env, mode);
        case 'merge':
            return parseMergeInputs(get, ctx, env);
        case 'plan':
            return parsePlanInputs(get);
    }
}
//# sourceMappingURL=inputs.js.map
// EXTERNAL MODULE: ./build/src/log.js
var log = __webpack_require__(6671);
;// CONCATENATED MODULE: ./build/src/meta/context.js
/**
 * What tags and labels are computed from: a plain object, built once from the `@actions/github` context so that
 * everything in src/meta stays pure and testable with recorded event payloads.
 */
/** Maps `github.context` to a MetaContext. `now` is passed in, so the clock stays outside. */
function contextFromGithub(ctx, now) {
    return {
        eventName: ctx.eventName,
        ref: ctx.ref,
        sha: ctx.sha,
        payload: ctx.payload,
        runId: ctx.runId,
        repository: `${ctx.repo.owner}/${ctx.repo.repo}`,
        serverUrl: ctx.serverUrl,
        now,
    };
}
//# sourceMappingURL=context.js.map
;// CONCATENATED MODULE: ./build/src/meta/outputs.js
/** The action's metadata outputs: newline lists, plus one JSON document. Pure. */
/** Every image with every tag, image by image (as metadata-action orders them). */
function imageTags(images, tags) {
    return images.flatMap((image) => tags.map((tag) => `${image}:${tag}`));
}
function metaOutputs(refs, version, labels, annotations) {
    return {
        tags: refs.join('\n'),
        labels: Object.entries(labels)
            .map(([k, v]) => `${k}=${v}`)
            .join('\n'),
        annotations: annotations.join('\n'),
        version,
        json: JSON.stringify({ tags: refs, labels, annotations, version }),
    };
}
//# sourceMappingURL=outputs.js.map
// EXTERNAL MODULE: ./build/src/state.js
var state = __webpack_require__(3260);
;// CONCATENATED MODULE: ./build/src/modes/plan.js
/** Plan mode: the matrix JSON for `strategy.matrix`, from the platforms and the runner map. Pure. */

function runPlan(settings) {
    const matrix = planMatrix(settings.platforms, parseRunnerMap(settings.runnerMap));
    const outputs = {
        matrix: JSON.stringify(matrix),
        platforms: matrix.include.map((l) => l.platform).join(','),
    };
    return { matrix, outputs };
}
//# sourceMappingURL=plan.js.map
;// CONCATENATED MODULE: ./build/src/steps/plan.js

/** The plan step: the matrix for `strategy.matrix` and the normalised platforms. */
async function planStep(s, d) {
    const { matrix, outputs } = runPlan(s);
    for (const leg of matrix.include)
        d.log.info(`${leg.platform} -> ${leg.runner}${leg.qemu ? ' (QEMU)' : ''}`);
    return { ...outputs };
}
//# sourceMappingURL=plan.js.map
// EXTERNAL MODULE: ./build/src/tools/runner.js
var runner = __webpack_require__(7695);
;// CONCATENATED MODULE: ./build/src/main.js













/** Bad paths are bad input too: checked before anything runs. */
async function checkPaths(s, cwd) {
    if (/^[a-z]+:\/\//i.test(s.context) || s.context.startsWith('git@'))
        return; // a remote context: buildx fetches it
    const context = (0,external_node_path_.resolve)(cwd, s.context);
    await (0,promises_.access)(context, external_node_fs_.constants.R_OK).catch(() => {
        throw new errors/* InputError */.d('context', `expected a readable directory, '${s.context}' is not readable or does not exist`);
    });
    const file = s.file ? (0,external_node_path_.resolve)(cwd, s.file) : (0,external_node_path_.join)(context, 'Dockerfile');
    await (0,promises_.access)(file, external_node_fs_.constants.R_OK).catch(() => {
        throw new errors/* InputError */.d('file', `expected a readable Dockerfile, '${s.file ?? (0,external_node_path_.join)(s.context, 'Dockerfile')}' is not readable or does not exist`);
    });
}
/** The GitHub context; outside a workflow run (no GITHUB_REPOSITORY) its repository is empty. */
function currentContext(env, now) {
    const [owner = '', repo = ''] = (env.GITHUB_REPOSITORY ?? '').split('/');
    const gh = github/* context */._;
    return contextFromGithub({ ...gh, sha: gh.sha ?? '', ref: gh.ref ?? '', payload: gh.payload, repo: { owner, repo } }, now);
}
function labelsObject(labels) {
    return Object.fromEntries(labels.map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]));
}
/** Runs the step the `mode` input asks for; returns its outputs. */
async function runStep(s, d) {
    if (s.mode === 'plan')
        return planStep(s, d);
    for (const w of s.warnings)
        d.log.warning(w);
    const annotations = s.mode === 'merge' ? Object.entries(s.annotations).map(([k, v]) => `index:${k}=${v}`) : s.annotations;
    const meta = (tagged) => metaOutputs(tagged, s.version, labelsObject(s.labels), annotations);
    // each step loads its own dependencies (the registry client, the Actions cache, docker wrappers) only when run
    if (s.mode === 'merge') {
        const { mergeStep } = await Promise.all(/* import() */[__webpack_require__.e(691), __webpack_require__.e(546), __webpack_require__.e(344)]).then(__webpack_require__.bind(__webpack_require__, 4344));
        const outputs = await mergeStep(s, d); // it tags every image with every tag, or fails
        return { ...meta(imageTags(s.images, s.tags)), ...outputs };
    }
    await checkPaths(s, process.cwd());
    const { buildStep } = await Promise.all(/* import() */[__webpack_require__.e(691), __webpack_require__.e(546), __webpack_require__.e(391)]).then(__webpack_require__.bind(__webpack_require__, 391));
    const { outputs, tagged } = await buildStep(s, d); // a leg or push: false tags nothing
    return { ...meta(tagged), ...outputs };
}
/** The action's main step: the one try/catch that turns any failure into a failed step with an annotation. */
async function main() {
    try {
        const env = process.env;
        const get = (name) => core/* getInput */.V4(name);
        const settings = parseInputs(get, currentContext(env, new Date()), env);
        const deps = { runner: runner/* execRunner */.M6, log: log/* actionsLog */._, state: state/* actionsState */.R, env, actor: github/* context */._.actor };
        const outputs = await runStep(settings, deps);
        for (const [k, v] of Object.entries(outputs))
            core/* setOutput */.uH(k, v);
    }
    catch (e) {
        core/* setFailed */.C1((0,errors/* errorMessage */.g)(e));
    }
}
//# sourceMappingURL=main.js.map

/***/ }),

/***/ 9617:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MO: () => (/* binding */ normalizeRegistryKey),
/* harmony export */   Ns: () => (/* binding */ DOCKER_HUB_SERVER),
/* harmony export */   _5: () => (/* binding */ anonymous),
/* harmony export */   lc: () => (/* binding */ nodeDockerConfigDeps),
/* harmony export */   zw: () => (/* binding */ DockerConfigCredentials)
/* harmony export */ });
/* unused harmony exports staticCredentials, chainCredentials, runCredentialHelper */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8161);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/**
 * Where credentials come from: the Docker client config (`$DOCKER_CONFIG/config.json` or
 * `~/.docker/config.json`: `auths`, `credsStore`, `credHelpers` through `docker-credential-<helper> get`),
 * fixed ones, or none. File and process access are injected so the lookup logic is testable.
 */




const anonymous = { get: async () => undefined };
/** Fixed credentials per registry host. */
function staticCredentials(byRegistry) {
    return { get: async (registry) => byRegistry[normalizeRegistryKey(registry)] ?? byRegistry[registry] };
}
/** The first source that knows the registry wins. */
function chainCredentials(...sources) {
    return {
        async get(registry) {
            for (const s of sources) {
                const c = await s.get(registry);
                if (c)
                    return c;
            }
            return undefined;
        },
    };
}
const HUB_ALIASES = new Set(['docker.io', 'index.docker.io', 'registry-1.docker.io']);
/** The key Docker stores Docker Hub credentials under, and the server URL its helpers are asked for. */
const DOCKER_HUB_SERVER = 'https://index.docker.io/v1/';
/** `https://index.docker.io/v1/` -> docker.io, `https://host:5000/path` -> host:5000. */
function normalizeRegistryKey(key) {
    const host = key.replace(/^[a-z]+:\/\//i, '').split('/')[0] ?? '';
    const lower = host.toLowerCase();
    return HUB_ALIASES.has(lower) ? 'docker.io' : lower;
}
class DockerConfigCredentials {
    deps;
    constructor(deps = nodeDockerConfigDeps()) {
        this.deps = deps;
    }
    configPath() {
        const dir = this.deps.env.DOCKER_CONFIG || (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(this.deps.homedir(), '.docker');
        return (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, 'config.json');
    }
    async get(registry) {
        const text = this.deps.readFile(this.configPath());
        if (text === undefined)
            return undefined;
        const config = JSON.parse(text);
        const key = normalizeRegistryKey(registry);
        const helper = findByKey(config.credHelpers ?? {}, key) ?? config.credsStore;
        if (helper)
            return this.fromHelper(helper, key);
        const entry = findByKey(config.auths ?? {}, key);
        return entry ? fromAuthEntry(entry) : undefined;
    }
    async fromHelper(helper, key) {
        const out = await this.deps.runHelper(helper, key === 'docker.io' ? DOCKER_HUB_SERVER : key);
        if (out === undefined)
            return undefined;
        const { Username, Secret } = JSON.parse(out);
        if (!Secret)
            return undefined;
        return Username === '<token>' ? { identityToken: Secret } : { username: Username ?? '', password: Secret };
    }
}
function findByKey(map, key) {
    const k = Object.keys(map).find((k) => normalizeRegistryKey(k) === key);
    return k === undefined ? undefined : map[k];
}
function fromAuthEntry(e) {
    if (e.identitytoken)
        return { identityToken: e.identitytoken };
    if (e.registrytoken)
        return { registryToken: e.registrytoken };
    if (e.auth) {
        const plain = Buffer.from(e.auth, 'base64').toString('utf8');
        const colon = plain.indexOf(':');
        if (colon > 0)
            return { username: plain.slice(0, colon), password: plain.slice(colon + 1) };
    }
    if (e.username && e.password)
        return { username: e.username, password: e.password };
    return undefined;
}
/** Real files and processes; `env` supplies DOCKER_CONFIG and the PATH the helpers are looked up in. */
function nodeDockerConfigDeps(env = process.env) {
    return {
        env,
        homedir: node_os__WEBPACK_IMPORTED_MODULE_2__.homedir,
        readFile(path) {
            try {
                return (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(path, 'utf8');
            }
            catch (e) {
                if (e.code === 'ENOENT')
                    return undefined;
                throw e;
            }
        },
        runHelper: (helper, serverUrl) => runCredentialHelper(helper, serverUrl, env),
    };
}
/** `docker-credential-<helper> get`; "not found" answers give undefined; other failures name the helper only. */
function runCredentialHelper(helper, serverUrl, env = process.env) {
    return new Promise((resolve, reject) => {
        const opts = { timeout: 30_000, env: env };
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile)(`docker-credential-${helper}`, ['get'], opts, (err, stdout) => {
            if (!err)
                return resolve(stdout);
            if (/credentials not found/i.test(stdout))
                return resolve(undefined);
            reject(new Error(`credential helper docker-credential-${helper} failed for ${serverUrl}: ${err.message}`));
        });
        child.stdin?.end(serverUrl);
    });
}
//# sourceMappingURL=credentials.js.map

/***/ }),

/***/ 2593:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F2: () => (/* binding */ parseReference),
/* harmony export */   FH: () => (/* binding */ formatReference),
/* harmony export */   LG: () => (/* binding */ manifestIdentifier),
/* harmony export */   Rd: () => (/* binding */ withTag),
/* harmony export */   Xb: () => (/* binding */ DOCKER_HUB),
/* harmony export */   hQ: () => (/* binding */ withDigest),
/* harmony export */   r_: () => (/* binding */ isValidTag),
/* harmony export */   x_: () => (/* binding */ InvalidReferenceError)
/* harmony export */ });
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7578);
/**
 * Image references, parsed and normalised as Docker does (distribution/reference ParseNormalizedNamed):
 * `alpine` -> docker.io/library/alpine, `user/app` -> docker.io/user/app, `localhost:5000/x` keeps its registry.
 * Pure. No default tag is added: a reference without tag or digest means `latest` to the client.
 */

const DOCKER_HUB = 'docker.io';
const LEGACY_HUB = 'index.docker.io';
const COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const TAG = /^[\w][\w.-]{0,127}$/;
const DOMAIN_COMPONENT = /^(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])$/;
const IPV6 = /^\[[a-fA-F0-9:]+\]$/;
const MAX_NAME_LENGTH = 255;
/** Docker's tag grammar: 1-128 of [A-Za-z0-9_.-], not starting with '.' or '-'. */
function isValidTag(tag) {
    return TAG.test(tag);
}
class InvalidReferenceError extends Error {
    input;
    constructor(input, reason) {
        super(`invalid image reference '${input}': ${reason}`);
        this.input = input;
        this.name = 'InvalidReferenceError';
    }
}
/** Parses `[registry/]repository[:tag][@digest]`; throws InvalidReferenceError with the reason. */
function parseReference(s) {
    const input = s.trim();
    if (input === '')
        throw new InvalidReferenceError(s, 'empty');
    const at = input.indexOf('@');
    const namePart = at === -1 ? input : input.slice(0, at);
    const digest = at === -1 ? undefined : digestPart(s, input.slice(at + 1));
    const { name, tag } = splitTag(s, namePart);
    const { registry, repository } = splitName(s, name);
    const ref = { registry, repository };
    if (tag !== undefined)
        ref.tag = tag;
    if (digest !== undefined)
        ref.digest = digest;
    return ref;
}
function digestPart(input, raw) {
    try {
        return (0,_types_js__WEBPACK_IMPORTED_MODULE_0__/* .parseDigest */ .m)(raw);
    }
    catch (e) {
        throw new InvalidReferenceError(input, e instanceof _types_js__WEBPACK_IMPORTED_MODULE_0__/* .DigestError */ .jR ? e.message : 'bad digest');
    }
}
function splitTag(input, namePart) {
    const colon = namePart.lastIndexOf(':');
    // a colon before the last slash belongs to the registry's port
    if (colon === -1 || colon < namePart.lastIndexOf('/'))
        return { name: namePart };
    const tag = namePart.slice(colon + 1);
    if (!TAG.test(tag))
        throw new InvalidReferenceError(input, `invalid tag '${tag}' (letters, digits, _ . -; max 128)`);
    return { name: namePart.slice(0, colon), tag };
}
function splitName(input, name) {
    const slash = name.indexOf('/');
    const first = slash === -1 ? '' : name.slice(0, slash);
    const hasRegistry = slash !== -1 && (/[.:]/.test(first) || first === 'localhost' || first !== first.toLowerCase());
    let registry = hasRegistry ? first : DOCKER_HUB;
    let repository = hasRegistry ? name.slice(slash + 1) : name;
    if (registry === LEGACY_HUB)
        registry = DOCKER_HUB;
    if (registry === DOCKER_HUB && !repository.includes('/'))
        repository = `library/${repository}`;
    checkRegistry(input, registry);
    checkRepository(input, repository);
    if (`${registry}/${repository}`.length > MAX_NAME_LENGTH) {
        throw new InvalidReferenceError(input, `name longer than ${MAX_NAME_LENGTH} characters`);
    }
    return { registry, repository };
}
function checkRegistry(input, registry) {
    const m = /^(.*?)(?::(\d+))?$/.exec(registry);
    const host = m?.[1] ?? '';
    const ok = IPV6.test(host) || (host !== '' && host.split('.').every((c) => DOMAIN_COMPONENT.test(c)));
    if (!ok)
        throw new InvalidReferenceError(input, `invalid registry '${registry}'`);
}
function checkRepository(input, repository) {
    if (repository === '')
        throw new InvalidReferenceError(input, 'empty repository name');
    if (repository !== repository.toLowerCase()) {
        throw new InvalidReferenceError(input, 'repository name must be lowercase');
    }
    for (const c of repository.split('/')) {
        if (!COMPONENT.test(c))
            throw new InvalidReferenceError(input, `invalid repository path component '${c}'`);
    }
}
/** `registry/repository[:tag][@digest]`, the fully qualified form. */
function formatReference(r) {
    return `${r.registry}/${r.repository}${r.tag !== undefined ? `:${r.tag}` : ''}${r.digest ? `@${r.digest}` : ''}`;
}
/** The same repository, pointing at a digest (the tag is dropped). */
function withDigest(r, digest) {
    return { registry: r.registry, repository: r.repository, digest };
}
/** The same repository, pointing at a tag (any digest is dropped). */
function withTag(r, tag) {
    if (!TAG.test(tag))
        throw new InvalidReferenceError(tag, `invalid tag '${tag}'`);
    return { registry: r.registry, repository: r.repository, tag };
}
/** What the manifests endpoint is addressed by: the digest if any, else the tag, else `latest`. */
function manifestIdentifier(r) {
    return r.digest ?? r.tag ?? 'latest';
}
//# sourceMappingURL=reference.js.map

/***/ }),

/***/ 7578:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   TN: () => (/* binding */ declaredMediaType),
/* harmony export */   dY: () => (/* binding */ MANIFEST_ACCEPT),
/* harmony export */   jR: () => (/* binding */ DigestError),
/* harmony export */   kA: () => (/* binding */ INDEX_MEDIA_TYPES),
/* harmony export */   m: () => (/* binding */ parseDigest),
/* harmony export */   ol: () => (/* binding */ digestOf),
/* harmony export */   xp: () => (/* binding */ IMAGE_MEDIA_TYPES),
/* harmony export */   zu: () => (/* binding */ MediaType)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/**
 * OCI types, after the image spec (https://github.com/opencontainers/image-spec: descriptor.md, manifest.md,
 * image-index.md) and Docker's image manifest v2 schema 2, which registries still serve.
 */

/** Hex lengths of the registered algorithms (image-spec descriptor.md "Registered algorithms"). */
const DIGEST_HEX_LENGTH = { sha256: 64, sha512: 128 };
class DigestError extends Error {
    constructor(message) {
        super(message);
        this.name = 'DigestError';
    }
}
/** Checks `sha256:<64 lowercase hex>` (or sha512); throws DigestError otherwise. */
function parseDigest(s) {
    const m = /^([a-z0-9]+(?:[.+_-][a-z0-9]+)*):([a-f0-9]+)$/.exec(s);
    if (!m)
        throw new DigestError(`'${s}' is not a digest of the form sha256:<64 lowercase hex digits>`);
    const [, algorithm, hex] = m;
    const want = DIGEST_HEX_LENGTH[algorithm];
    if (want === undefined)
        throw new DigestError(`'${s}': unsupported digest algorithm '${algorithm}'`);
    if (hex.length !== want)
        throw new DigestError(`'${s}': a ${algorithm} digest has ${want} hex digits`);
    return s;
}
/** The sha256 digest of some bytes. */
function digestOf(bytes) {
    return `sha256:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(bytes).digest('hex')}`;
}
const MediaType = {
    OCI_INDEX: 'application/vnd.oci.image.index.v1+json',
    OCI_MANIFEST: 'application/vnd.oci.image.manifest.v1+json',
    OCI_CONFIG: 'application/vnd.oci.image.config.v1+json',
    OCI_LAYER: 'application/vnd.oci.image.layer.v1.tar',
    OCI_LAYER_GZIP: 'application/vnd.oci.image.layer.v1.tar+gzip',
    OCI_EMPTY: 'application/vnd.oci.empty.v1+json',
    DOCKER_MANIFEST_LIST: 'application/vnd.docker.distribution.manifest.list.v2+json',
    DOCKER_MANIFEST: 'application/vnd.docker.distribution.manifest.v2+json',
    DOCKER_CONFIG: 'application/vnd.docker.container.image.v1+json',
    DOCKER_LAYER_GZIP: 'application/vnd.docker.image.rootfs.diff.tar.gzip',
    DOCKER_FOREIGN_LAYER: 'application/vnd.docker.image.rootfs.foreign.diff.tar.gzip',
};
/** Media types of manifests that list other manifests. */
const INDEX_MEDIA_TYPES = [MediaType.OCI_INDEX, MediaType.DOCKER_MANIFEST_LIST];
/** Media types of single-image manifests. */
const IMAGE_MEDIA_TYPES = [MediaType.OCI_MANIFEST, MediaType.DOCKER_MANIFEST];
/** The Accept header for manifests: OCI and Docker schema 2, images and indexes. */
const MANIFEST_ACCEPT = [...INDEX_MEDIA_TYPES, ...IMAGE_MEDIA_TYPES];
/** The media type a manifest declares in its body, if any. */
function declaredMediaType(json) {
    if (typeof json !== 'object' || json === null)
        return undefined;
    const mt = json.mediaType;
    return typeof mt === 'string' ? mt : undefined;
}
//# sourceMappingURL=types.js.map

/***/ }),

/***/ 7457:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FL: () => (/* binding */ normalizePlatform),
/* harmony export */   Gu: () => (/* binding */ neededEmulators),
/* harmony export */   PU: () => (/* binding */ runsNatively),
/* harmony export */   VX: () => (/* binding */ parsePlatformList),
/* harmony export */   Wk: () => (/* binding */ PlatformError),
/* harmony export */   Y8: () => (/* binding */ parsePlatform),
/* harmony export */   m4: () => (/* binding */ hostArchitecture)
/* harmony export */ });
/* unused harmony export formatPlatform */
/**
 * Platform strings: parse, normalise (the way containerd and buildx do), and decide which need emulation.
 * Pure: no process, no file system.
 */
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
}
/** Parses and normalises one platform (`linux/arm64/v8` -> linux/arm64, `linux/arm` -> linux/arm/v7). */
function parsePlatform(input) {
    const raw = input.trim();
    if (raw === '')
        throw new PlatformError('empty platform entry');
    const parts = raw.toLowerCase().split('/');
    if (parts.length < 2 || parts.length > 3 || parts.some((p) => p === '')) {
        throw new PlatformError(`'${raw}' is not of the form os/arch[/variant] (e.g. linux/amd64, linux/arm/v7)`);
    }
    const [osRaw, archRaw, variantRaw] = parts;
    const os = osRaw === 'macos' ? 'darwin' : osRaw;
    if (!KNOWN_OS.has(os))
        throw new PlatformError(`'${raw}': unknown operating system '${osRaw}'`);
    const alias = ARCH_ALIASES[archRaw];
    if (!alias) {
        throw new PlatformError(`'${raw}': unknown architecture '${archRaw}' (known: ${[...new Set(Object.values(ARCH_ALIASES).map((a) => a.architecture))].join(', ')})`);
    }
    const architecture = alias.architecture;
    let variant = variantRaw ?? alias.variant;
    if (variant !== undefined && /^\d$/.test(variant))
        variant = `v${variant}`;
    if (architecture === 'arm') {
        variant = variant ?? 'v7';
        if (!ARM_VARIANTS.has(variant))
            throw new PlatformError(`'${raw}': unknown arm variant '${variant}'`);
    }
    else if (architecture === 'arm64') {
        if (variant === 'v8')
            variant = undefined;
        else if (variant !== undefined && !/^v[89](\.\d)?$/.test(variant)) {
            throw new PlatformError(`'${raw}': unknown arm64 variant '${variant}'`);
        }
    }
    else if (architecture === 'amd64') {
        if (variant === 'v1')
            variant = undefined;
        else if (variant !== undefined && !AMD64_VARIANTS.has(variant)) {
            throw new PlatformError(`'${raw}': unknown amd64 variant '${variant}'`);
        }
    }
    else if (variant !== undefined) {
        throw new PlatformError(`'${raw}': architecture '${architecture}' takes no variant`);
    }
    return variant === undefined ? { os, architecture } : { os, architecture, variant };
}
function formatPlatform(p) {
    return p.variant ? `${p.os}/${p.architecture}/${p.variant}` : `${p.os}/${p.architecture}`;
}
/** Normalises a platform string; throws PlatformError on a bad one. */
function normalizePlatform(input) {
    return formatPlatform(parsePlatform(input));
}
/** Splits a comma/newline list, normalises each entry, removes duplicates (keeping order). */
function parsePlatformList(input) {
    const entries = input.split(/[,\n]/).map((s) => s.trim());
    // a trailing newline or comma is fine; an empty entry in the middle is a mistake
    while (entries.length > 0 && entries[entries.length - 1] === '')
        entries.pop();
    if (entries.length === 0)
        throw new PlatformError('no platform given');
    const out = [];
    for (const e of entries) {
        const p = normalizePlatform(e);
        if (!out.includes(p))
            out.push(p);
    }
    return out;
}
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
    const p = parsePlatform(platform);
    if (p.os !== 'linux')
        return false;
    if (p.architecture === hostArch)
        return true;
    return hostArch === 'amd64' && p.architecture === '386';
}
/**
 * The emulator a platform needs, as tonistiigi/binfmt names it for `--install`, and the binfmt_misc entry it
 * registers (`/proc/sys/fs/binfmt_misc/<entry>`).
 */
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
/** The emulators the requested platforms need on this host (none for native ones), without duplicates. */
function neededEmulators(platforms, hostArch) {
    const out = [];
    for (const platform of platforms) {
        if (runsNatively(platform, hostArch))
            continue;
        const { architecture } = parsePlatform(platform);
        const emu = EMULATORS[architecture];
        if (!emu)
            throw new PlatformError(`no QEMU emulator is known for '${platform}'`);
        if (!out.some((e) => e.entry === emu.entry))
            out.push(emu);
    }
    return out;
}
//# sourceMappingURL=platforms.js.map

/***/ }),

/***/ 3260:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ actionsState)
/* harmony export */ });
/* unused harmony export memoryState */
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3838);

const KEY = 'multiarch-publish';
/** State through the runner's GITHUB_STATE (main) and STATE_* variables (post). */
const actionsState = {
    save: (state) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .saveState */ .LZ(KEY, JSON.stringify(state)),
    load: () => {
        const text = _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getState */ .Gu(KEY);
        return text ? JSON.parse(text) : { tempDirs: [] };
    },
};
function memoryState() {
    const store = {
        current: { tempDirs: [] },
        save(state) {
            store.current = JSON.parse(JSON.stringify(state));
        },
        load: () => store.current,
    };
    return store;
}
//# sourceMappingURL=state.js.map

/***/ }),

/***/ 7695:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M6: () => (/* binding */ execRunner),
/* harmony export */   X4: () => (/* binding */ runChecked)
/* harmony export */ });
/* unused harmony exports stderrTail, CommandError */
/* harmony import */ var _actions_exec__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7187);

const TAIL_LINES = 12;
/** The last lines of stderr, where buildx, docker and friends say what went wrong. */
function stderrTail(stderr, lines = TAIL_LINES) {
    return stderr.trimEnd().split('\n').slice(-lines).join('\n');
}
/** A process that exited non-zero. Failure is decided by the exit code, never by stderr being non-empty. */
class CommandError extends Error {
    command;
    args;
    exitCode;
    stderr;
    constructor(command, args, exitCode, stderr) {
        const tail = stderrTail(stderr);
        super(`${command} ${args.join(' ')} exited with code ${exitCode}${tail ? `:\n${tail}` : ''}`);
        this.command = command;
        this.args = args;
        this.exitCode = exitCode;
        this.stderr = stderr;
        this.name = 'CommandError';
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

//# sourceMappingURL=258.index.js.map