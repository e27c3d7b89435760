export const id = 348;
export const ids = [348];
export const modules = {

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

/***/ 6833:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U$: () => (/* binding */ registryHost),
/* harmony export */   Xb: () => (/* reexport safe */ _oci_reference_js__WEBPACK_IMPORTED_MODULE_2__.Xb),
/* harmony export */   gu: () => (/* binding */ parseCredentials)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7406);
/* harmony import */ var _oci_credentials_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9617);
/* harmony import */ var _oci_reference_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4974);
/* harmony import */ var _text_lines_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7746);
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
    for (const { line, text } of (0,_text_lines_js__WEBPACK_IMPORTED_MODULE_3__/* .numberedLines */ .UF)(inputs.logins))
        creds.push(loginLine(text, line, env));
    const seen = new Set();
    for (const c of creds) {
        if (seen.has(c.registry))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('logins', `registry ${c.registry} is given more than once`);
        seen.add(c.registry);
    }
    return creds;
}
function singleCredential(inputs) {
    const { username, password } = inputs;
    if (username === '' && password === '')
        return undefined;
    if (username === '')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('username', 'a password is given without a username');
    if (password === '')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('password', `username '${username}' is given without a password`);
    return { registry: registryHost(inputs.registry), username, password };
}
function loginLine(text, line, env) {
    const fail = (message) => new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('logins', `line ${line}: ${message}`);
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

/***/ 2348:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  main: () => (/* binding */ main)
});

// UNUSED EXPORTS: currentContext, runStep

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 7 modules
var core = __webpack_require__(3838);
// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js + 22 modules
var github = __webpack_require__(2413);
// EXTERNAL MODULE: ./build/src/errors.js
var errors = __webpack_require__(7406);
;// CONCATENATED MODULE: ./build/src/settings.js
const MODES = ['build', 'build-platform', 'merge', 'plan', 'meta'];
//# sourceMappingURL=settings.js.map
// EXTERNAL MODULE: ./build/src/text/lines.js
var text_lines = __webpack_require__(7746);
// EXTERNAL MODULE: ./build/src/oci/platform.js
var platform = __webpack_require__(3856);
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
/**
 * `key=value` -> [key lower-cased, value]; a field without `=` -> [undefined, field]. An `=` inside `{{ }}`
 * (`{{date 'YYYY' tz='UTC'}}`) does not make a key.
 */
function splitAttribute(field) {
    const eq = field.indexOf('=');
    const open = field.indexOf('{{');
    if (eq < 0 || (open >= 0 && open < eq))
        return [undefined, field];
    return [field.slice(0, eq).trim().toLowerCase(), field.slice(eq + 1).trim()];
}
//# sourceMappingURL=fields.js.map
;// CONCATENATED MODULE: ./build/src/meta/images.js
/**
 * The `images` input as metadata-action reads it (src/image.ts): one image per line, `name/app` or
 * `name=name/app,enable=false`; a single line may list several images separated by commas. Image names are
 * lowercased (metadata-action's sanitizeImageName), with a notice for each one that changed. Pure.
 */



function parseImages(text, input = 'images') {
    const lines = (0,text_lines/* numberedLines */.UF)(text);
    const only = lines.length === 1 ? lines[0] : undefined;
    const fail = (line, t, message) => new errors/* InputError */.dz(input, `line ${String(line)} '${t}': ${message}`);
    if (only) {
        const fields = fieldsOf(only.text, (m) => fail(only.line, only.text, m));
        // the old format: one line of comma-separated names
        if (fields.every((f) => !f.includes('=')))
            return fields.map((name) => ({ name, enable: true }));
    }
    return lines.map(({ line, text: t }) => {
        const image = { name: '', enable: true };
        for (const field of fieldsOf(t, (m) => fail(line, t, m))) {
            const [key, value] = splitAttribute(field);
            if (key === undefined || key === 'name')
                image.name = value;
            else if (key === 'enable') {
                if (value !== 'true' && value !== 'false')
                    throw fail(line, t, `enable=${value}: expected true or false`);
                image.enable = value === 'true';
            }
            else
                throw fail(line, t, `unknown attribute '${key}' (allowed: name, enable)`);
        }
        if (image.name === '')
            throw fail(line, t, 'no image name');
        return image;
    });
}
function fieldsOf(text, fail) {
    try {
        return splitFields(text);
    }
    catch (e) {
        throw fail(e.message);
    }
}
/** The enabled images' names, lowercased as metadata-action does, and a notice for each changed name. */
function imageNames(images, input = 'images') {
    const names = [];
    const notices = [];
    for (const image of images) {
        const entry = typeof image === 'string' ? { name: image, enable: true } : image;
        if (!entry.enable)
            continue;
        const lower = entry.name.toLowerCase();
        if (lower !== entry.name) {
            notices.push(`${input}: '${entry.name}' is used as '${lower}' (image names are lowercase)`);
        }
        names.push(lower);
    }
    return { names, notices };
}
//# sourceMappingURL=images.js.map
// EXTERNAL MODULE: ./build/src/oci/reference.js
var reference = __webpack_require__(4974);
;// CONCATENATED MODULE: ./build/src/inputs/names.js


function validateTag(input, tag) {
    if (!(0,reference/* isValidTag */.r_)(tag)) {
        throw new errors/* InputError */.dz(input, `'${tag}' is not a valid tag (1-128 of letters, digits, '_', '.', '-'; not starting with '.' or '-')`);
    }
    return tag;
}
/**
 * An image repository as users write it (`ghcr.io/owner/app`, `localhost:5000/app`, `owner/app`), without tag or
 * digest. Checked with the registry client's reference grammar; returned as given.
 */
function validateImageName(input, name, given = name) {
    const bad = (why) => new errors/* InputError */.dz(input, `'${given}' is not a valid image repository: ${why}`);
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
;// CONCATENATED MODULE: ./build/src/inputs/read.js
/**
 * Reading single inputs with validation; every error names the input and what was expected.
 * Defaults live in action.yml only: the runner passes them for every input the user did not write, so a blank
 * value here means the user wrote it blank (`platforms: ''`, or an empty matrix value). For an input whose
 * action.yml default is not blank, that is an error, never a silent fall back.
 */


/** The trimmed value of an input that action.yml gives a default; blank is an error. */
function required(get, name, expected) {
    const v = get(name).trim();
    if (v === '')
        throw new errors/* InputError */.dz(name, `expected ${expected}, got an empty value`);
    return v;
}
function oneOf(get, name, allowed) {
    const v = required(get, name, `one of ${allowed.join(', ')}`);
    if (!allowed.includes(v)) {
        throw new errors/* InputError */.dz(name, `expected one of ${allowed.join(', ')}, got '${v}'`);
    }
    return v;
}
function bool(get, name) {
    const v = required(get, name, 'true or false').toLowerCase();
    if (v === 'true')
        return true;
    if (v === 'false')
        return false;
    throw new errors/* InputError */.dz(name, `expected true or false, got '${v}'`);
}
/** An input whose action.yml default is blank: undefined when blank. */
function optional(get, name) {
    const v = get(name).trim();
    return v === '' ? undefined : v;
}
function keyValueLines(get, name) {
    return (0,text_lines/* lines */.Mn)(get(name)).map((l, i) => {
        if (!(0,text_lines/* keyValue */.Hv)(l))
            throw new errors/* InputError */.dz(name, `line ${i + 1}: expected KEY=VALUE, got '${l}'`);
        return l;
    });
}
/** An integer within [min, max] (an input that action.yml gives a default). */
function integer(get, name, min, max) {
    const v = required(get, name, `an integer from ${min} to ${max}`);
    const n = /^\d+$/.test(v) ? Number(v) : NaN;
    if (!Number.isSafeInteger(n) || n < min || n > max) {
        throw new errors/* InputError */.dz(name, `expected an integer from ${min} to ${max}, got '${v}'`);
    }
    return n;
}
//# sourceMappingURL=read.js.map
;// CONCATENATED MODULE: ./build/src/inputs/common.js
/** Inputs that several modes read: images, platforms, insecure registries. */






function platformsInput(get) {
    try {
        return (0,platform/* parsePlatformList */.VX)(required(get, 'platforms', 'platforms like linux/amd64,linux/arm64'));
    }
    catch (e) {
        if (e instanceof platform/* PlatformError */.Wk)
            throw new errors/* InputError */.dz('platforms', e.message);
        throw e;
    }
}
/**
 * The image repositories: one per line or comma-separated, or metadata-action's `name=...,enable=...` lines.
 * Lowercased as metadata-action does (Docker needs lowercase repositories; each change gives a notice), then
 * checked with the registry client's reference grammar.
 */
function imagesInput(get, requiredWhen) {
    const text = get('images');
    const entries = text.includes('=') ? parseImages(text) : (0,text_lines/* items */.ld)(text).map((name) => ({ name, enable: true }));
    const enabled = entries.filter((e) => e.enable);
    for (const e of enabled)
        validateImageName('images', e.name.toLowerCase(), e.name);
    if (requiredWhen && enabled.length === 0)
        throw new errors/* InputError */.dz('images', `expected at least one image repository ${requiredWhen}`);
    const { names, notices } = imageNames(enabled);
    return { images: names, notices };
}
/** Registries (host[:port]) the registry client may reach over plain HTTP; loopback ones always may. */
function insecureRegistriesInput(get) {
    return (0,text_lines/* items */.ld)(get('insecure-registries')).map((host) => {
        if (!/^(?:[a-zA-Z0-9.-]+|\[[0-9a-fA-F:]+\])(?::\d+)?$/.test(host)) {
            throw new errors/* InputError */.dz('insecure-registries', `expected host[:port] entries, got '${host}'`);
        }
        return host;
    });
}
//# sourceMappingURL=common.js.map
// EXTERNAL MODULE: ./build/src/meta/expressions.js + 2 modules
var expressions = __webpack_require__(1304);
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
    for (const { line, text: lineText } of (0,text_lines/* numberedLines */.UF)(text)) {
        const fail = (message) => new errors/* InputError */.dz(input, `line ${String(line)} '${lineText}': ${message}`);
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
                    (0,expressions/* checkTemplate */.BU)(value, expressions/* GLOBAL_EXPRESSIONS */.SN);
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
// EXTERNAL MODULE: ./build/src/meta/labels.js
var meta_labels = __webpack_require__(1148);
;// CONCATENATED MODULE: ./build/src/meta/rule-kinds.js
/**
 * The attributes of each rule type of metadata-action's `tags` input (its src/tag.ts), checked and typed: which
 * attributes a type takes, their defaults, and the regular expressions of `type=match` and `match=`. Pure.
 * Errors are plain Errors; rules.ts adds the input name and line.
 */

/** metadata-action's DefaultPriorities. */
const DEFAULT_PRIORITY = {
    schedule: 1000,
    semver: 900,
    pep440: 900,
    match: 800,
    edge: 700,
    ref: 600,
    raw: 200,
    sha: 100,
};
const OWN_ATTRIBUTES = {
    schedule: ['pattern'],
    semver: ['pattern', 'value', 'match'],
    pep440: ['pattern', 'value', 'match'],
    match: ['pattern', 'group', 'value'],
    ref: ['event'],
    sha: ['format'],
    raw: ['value'],
    edge: ['branch'],
};
const isRuleType = (type) => Object.hasOwn(OWN_ATTRIBUTES, type);
function ruleKind(type, get) {
    switch (type) {
        case 'schedule':
            return { type, pattern: checked(get('pattern') ?? 'nightly', expressions/* DATE_EXPRESSIONS */.Ry) };
        case 'semver':
        case 'pep440':
            return versionKind(type, get);
        case 'match': {
            const pattern = rule_kinds_required(get('pattern'), 'pattern', type);
            const group = get('group') ?? '0';
            if (!/^\d+$/.test(group))
                throw new Error(`group=${group}: expected a capture group number`);
            const value = checked(get('value') ?? '', expressions/* GLOBAL_EXPRESSIONS */.SN);
            return { type, pattern, regex: matchRegex(pattern), group: Number(group), value };
        }
        case 'ref': {
            const event = rule_kinds_required(get('event'), 'event', type);
            if (event !== 'branch' && event !== 'tag' && event !== 'pr') {
                throw new Error(`event=${event}: expected branch, tag or pr`);
            }
            return { type, event };
        }
        case 'sha': {
            const format = get('format') ?? 'short';
            if (format !== 'short' && format !== 'long')
                throw new Error(`format=${format}: expected short or long`);
            return { type, format };
        }
        case 'raw':
            return { type, value: checked(rule_kinds_required(get('value'), 'value', type), expressions/* GLOBAL_EXPRESSIONS */.SN) };
        case 'edge':
            return { type, branch: get('branch') ?? '' };
    }
}
function versionKind(type, get) {
    const pattern = checked(rule_kinds_required(get('pattern'), 'pattern', type), expressions/* VERSION_EXPRESSIONS */.d9);
    if (!pattern.includes('{{')) {
        throw new Error(`pattern=${pattern} has no expression; write e.g. pattern={{version}} or pattern=v{{major}}`);
    }
    const value = checked(get('value') ?? '', expressions/* GLOBAL_EXPRESSIONS */.SN);
    const match = get('match');
    if (match === undefined || match === '')
        return { type, pattern, value };
    const regex = compile(match, '', 'match');
    if (captureGroups(regex) < 1) {
        throw new Error(`match=${match} has no capture group; the version is taken from group 1, e.g. match=v(.*)`);
    }
    return { type, pattern, value, match: regex };
}
/** `type=match,pattern=`: `/source/flags` or a bare source, as metadata-action reads it. */
function matchRegex(pattern) {
    const literal = /^\/(.+)\/(.*)$/.exec(pattern);
    return literal ? compile(literal[1] ?? '', literal[2] ?? '', 'pattern') : compile(pattern, '', 'pattern');
}
function compile(source, flags, attribute) {
    try {
        return new RegExp(source, flags);
    }
    catch (e) {
        throw new Error(`${attribute}=${source}: not a valid regular expression (${e.message})`);
    }
}
function captureGroups(re) {
    return (new RegExp(`${re.source}|`).exec('')?.length ?? 1) - 1;
}
function rule_kinds_required(value, name, type) {
    if (value === undefined || value === '')
        throw new Error(`type=${type} needs ${name}=`);
    return value;
}
function checked(template, specs) {
    (0,expressions/* checkTemplate */.BU)(template, specs);
    return template;
}
//# sourceMappingURL=rule-kinds.js.map
;// CONCATENATED MODULE: ./build/src/meta/rules.js
/**
 * The `tags` input: docker/metadata-action's rules, one per line (`type=semver,pattern={{version}}`), or plain
 * tags (`latest`, `v1`, also comma-separated). Parsed into typed rules sorted by priority, highest first, as
 * metadata-action's src/tag.ts does. Every error names the input and the line. Pure.
 */








/** metadata-action's default when `tags` is empty. */
const DEFAULT_RULES = ['type=schedule', 'type=ref,event=branch', 'type=ref,event=tag', 'type=ref,event=pr'];
const COMMON_ATTRIBUTES = ['enable', 'priority', 'prefix', 'suffix'];
/** Parses the `tags` input (metadata-action's defaults when it is blank). Throws InputError naming the line. */
function parseRules(text, input = 'tags') {
    const lines = (0,text_lines/* numberedLines */.UF)(text);
    const source = lines.length > 0 ? lines : DEFAULT_RULES.map((t, i) => ({ line: i + 1, text: t }));
    const rules = source.flatMap(({ line, text }) => {
        try {
            return parseLine(text, line, input);
        }
        catch (e) {
            if (e instanceof errors/* InputError */.dz)
                throw e;
            throw new errors/* InputError */.dz(input, `line ${String(line)} '${text}': ${e.message}`);
        }
    });
    return rules.sort((a, b) => b.priority - a.priority);
}
function parseLine(text, line, input) {
    const fields = splitFields(text);
    if (fields.every((f) => splitAttribute(f)[0] === undefined)) {
        return fields.map((value) => build('raw', new Map([['value', value]]), line, input, text));
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
    if (!isRuleType(type)) {
        throw new Error(`unknown rule type '${type}' (supported: ${Object.keys(OWN_ATTRIBUTES).join(', ')})`);
    }
    attrs.delete('type');
    return [build(type, attrs, line, input, text)];
}
function build(type, attrs, line, input, text) {
    const allowed = [...OWN_ATTRIBUTES[type], ...COMMON_ATTRIBUTES];
    for (const key of attrs.keys()) {
        if (!allowed.includes(key))
            throw new Error(`unknown attribute '${key}' for type=${type} (allowed: ${allowed.join(', ')})`);
    }
    const get = (k) => attrs.get(k);
    const base = { line, enable: get('enable') ?? 'true', priority: priority(get('priority'), type) };
    const prefix = get('prefix');
    if (prefix !== undefined)
        base.prefix = prefix;
    else if (type === 'sha')
        base.prefix = 'sha-';
    else if (type === 'ref' && get('event') === 'pr')
        base.prefix = 'pr-';
    const suffix = get('suffix');
    if (suffix !== undefined)
        base.suffix = suffix;
    for (const t of [base.enable, base.prefix, base.suffix])
        if (t !== undefined)
            (0,expressions/* checkTemplate */.BU)(t, expressions/* GLOBAL_EXPRESSIONS */.SN);
    const kind = ruleKind(type, get);
    if (kind.type === 'raw')
        rejectImageReference(kind.value, line, input, text);
    return { ...base, ...kind };
}
function priority(value, type) {
    if (value === undefined)
        return DEFAULT_PRIORITY[type];
    if (!/^-?\d+$/.test(value))
        throw new Error(`priority=${value}: expected an integer`);
    return Number(value);
}
/**
 * build-push-action's `tags` takes whole references (`user/app:1.0`); here that would silently become the tag
 * `user-app-1.0`. A value with a tag or digest, or a registry host, is refused.
 */
function rejectImageReference(value, line, input, text) {
    if (value.includes('{{') || !/[:@]|^[^/]*[.:][^/]*\/|^localhost\//.test(value))
        return;
    let ref;
    try {
        ref = (0,reference/* parseReference */.F2)(value);
    }
    catch {
        return;
    }
    const repository = value.replace(/@.*$/, '').replace(/:[^:/]*$/, '');
    const tags = ref.tag ?? (ref.digest ? '' : 'latest');
    throw new errors/* InputError */.dz(input, `line ${String(line)} '${text}': '${value}' is an image reference, not a tag. '${input}' holds tag names or ` +
        `rules (e.g. ${tags || 'latest'}, type=semver,pattern={{version}}); the repository goes in 'images' ` +
        `(images: ${repository}${tags ? `, ${input}: ${tags}` : ''})`);
}
//# sourceMappingURL=rules.js.map
;// CONCATENATED MODULE: ./build/src/meta/sanitize.js
/**
 * Docker tag and image name sanitising, as metadata-action does it (src/meta.ts sanitizeTag, sanitizeImageName):
 * every run of characters outside [A-Za-z0-9_.-] in a tag becomes one `-` (branch `feature/x` gives
 * `feature-x`); image names are lowercased. Pure.
 */

const MAX_TAG_LENGTH = 128;
function sanitizeTag(raw) {
    return raw.replace(/[^a-zA-Z0-9._-]+/g, '-');
}
/**
 * Why a sanitised tag is still not a Docker tag (it starts with `.` or `-`, or is longer than 128 characters),
 * or undefined when it is one. metadata-action passes such tags on and the push fails; here they are errors.
 */
function tagProblem(tag) {
    if ((0,reference/* isValidTag */.r_)(tag))
        return undefined;
    if (tag === '')
        return 'it is empty';
    if (tag.length > MAX_TAG_LENGTH)
        return `it is longer than ${String(MAX_TAG_LENGTH)} characters`;
    return `a tag cannot start with '${tag.charAt(0)}'`;
}

//# sourceMappingURL=sanitize.js.map
// EXTERNAL MODULE: ./build/src/meta/template.js
var template = __webpack_require__(9677);
// EXTERNAL MODULE: ./node_modules/@renovatebot/pep440/index.js
var pep440 = __webpack_require__(8898);
// EXTERNAL MODULE: ./node_modules/semver/index.js
var semver = __webpack_require__(2088);
;// CONCATENATED MODULE: ./build/src/meta/versions.js
/**
 * The version rules, as metadata-action's procSemver, procPep440 and procMatch (src/meta.ts) evaluate them:
 * the git tag (or `value=`), optionally narrowed by `match=`, read as a semantic version, a PEP 440 version or a
 * regular expression match. Pre-releases only ever give the full version (or `{{raw}}`) and never `latest`. Pure.
 */




/** The git tag or the rendered `value=`; undefined when neither applies. */
function source(rule, ctx) {
    if (rule.value !== '')
        return (0,expressions/* renderGlobal */.Yy)(rule.value, ctx);
    return (0,expressions/* tagOf */.cO)(ctx.ref) || undefined;
}
function versionOutcome(rule, ctx) {
    let raw = source(rule, ctx);
    if (raw === undefined)
        return undefined;
    let warning;
    if (rule.match) {
        const m = raw.match(rule.match);
        if (!m)
            warning = `${rule.match.source} does not match ${raw}.`;
        else if (m[1] === undefined)
            return { warning: `group 1 of ${rule.match.source} did not match in ${raw}.` };
        else
            raw = m[1];
    }
    raw = raw.replace(/\//g, '-');
    const outcome = rule.type === 'semver' ? semverValue(rule.pattern, raw) : pep440Value(rule.pattern, raw);
    if (warning === undefined)
        return outcome;
    // metadata-action warns and goes on with the whole tag when match= does not match
    return 'value' in outcome ? { ...outcome, warning } : { warning: `${warning} ${outcome.warning}` };
}
function semverValue(pattern, raw) {
    const parsed = semver.valid(raw) ? semver.parse(raw, { loose: true }) : null;
    if (!parsed)
        return { warning: `${raw} is not a valid semver. More info: https://semver.org/` };
    const vars = {
        raw: () => parsed.raw,
        version: () => parsed.version,
        major: () => String(parsed.major),
        minor: () => String(parsed.minor),
        patch: () => String(parsed.patch),
    };
    if (parsed.prerelease.length > 0) {
        return { value: (0,template/* renderTemplate */.Xm)((0,template/* isOnly */.fy)(pattern, 'raw') ? pattern : '{{version}}', vars), autoLatest: false };
    }
    return { value: (0,template/* renderTemplate */.Xm)(pattern, vars), autoLatest: true };
}
function pep440Value(pattern, raw) {
    const explained = pep440.valid(raw) ? pep440.explain(raw) : null;
    if (!explained) {
        return { warning: `${raw} does not conform to PEP 440. More info: https://www.python.org/dev/peps/pep-0440` };
    }
    const clean = pep440.clean(raw) ?? raw;
    if (explained.is_prerelease || explained.is_postrelease || explained.is_devrelease) {
        return { value: (0,template/* isOnly */.fy)(pattern, 'raw') ? raw : clean, autoLatest: false };
    }
    const vars = {
        raw: () => raw,
        version: () => clean,
        major: () => String(pep440.major(raw)),
        minor: () => String(pep440.minor(raw)),
        patch: () => String(pep440.patch(raw)),
    };
    return { value: (0,template/* renderTemplate */.Xm)(pattern, vars), autoLatest: true };
}
function matchOutcome(rule, ctx) {
    const raw = source(rule, ctx);
    if (raw === undefined)
        return undefined;
    const m = raw.match(rule.regex);
    if (!m)
        return { warning: `${rule.pattern} does not match ${raw}.` };
    const value = m[rule.group];
    if (value === undefined)
        return { warning: `Group ${String(rule.group)} does not exist for ${rule.pattern} pattern.` };
    return { value, autoLatest: true };
}
//# sourceMappingURL=versions.js.map
;// CONCATENATED MODULE: ./build/src/meta/tags.js
/**
 * Tags from rules, following docker/metadata-action's getVersion and getTags (src/meta.ts): rules run in
 * priority order; the first value becomes the version, the others follow in order without duplicates; the first
 * rule that yields a value decides, under `latest=auto`, whether `latest` is added (version rules, `type=match`
 * and `type=ref,event=tag` say yes unless the version is a pre-release; everything else no). Pure.
 */





function computeTags(rules, flavor, ctx, input = 'tags') {
    const warnings = [];
    const values = [];
    let latest;
    for (const rule of rules) {
        const fail = (message) => new errors/* InputError */.dz(input, `line ${String(rule.line)} (type=${rule.type}): ${message}`);
        const enable = guard(() => (0,expressions/* renderGlobal */.Yy)(rule.enable, ctx), fail);
        if (enable !== 'true' && enable !== 'false')
            throw fail(`enable=${enable}: expected true or false`);
        if (enable === 'false')
            continue;
        const outcome = guard(() => evaluate(rule, ctx), fail);
        if (outcome?.warning)
            warnings.push(`${input} line ${String(rule.line)}: ${outcome.warning}`);
        if (!outcome || !('value' in outcome))
            continue;
        const full = guard(() => affix(rule, flavor, ctx, outcome.value), fail);
        if (full === '')
            continue;
        const tag = sanitizeTag(full);
        if (/^-?$/.test(tag))
            throw fail(`'${full}' leaves nothing once sanitised to a Docker tag`);
        const problem = tagProblem(tag);
        if (problem)
            throw fail(`'${tag}' is not a valid Docker tag: ${problem}`);
        if (!values.includes(tag))
            values.push(tag);
        latest ??= flavor.latest === 'auto' ? outcome.autoLatest : flavor.latest === 'true';
    }
    const version = values[0] ?? '';
    if (version && latest) {
        const latestTag = sanitizeTag(guard(() => latestName(flavor, ctx), (m) => new errors/* InputError */.dz('flavor', m)));
        const problem = tagProblem(latestTag);
        if (problem)
            throw new errors/* InputError */.dz('flavor', `the latest tag '${latestTag}' is not a valid Docker tag: ${problem}`);
        if (!values.includes(latestTag))
            values.push(latestTag);
    }
    return { tags: values, version, warnings };
}
function guard(fn, fail) {
    try {
        return fn();
    }
    catch (e) {
        if (e instanceof errors/* InputError */.dz)
            throw e;
        throw fail(e.message);
    }
}
/** The rule's own prefix/suffix when it has one (even empty), else the flavor's. */
function affix(rule, flavor, ctx, value) {
    const prefix = rule.prefix ?? flavor.prefix;
    const suffix = rule.suffix ?? flavor.suffix;
    return `${(0,expressions/* renderGlobal */.Yy)(prefix, ctx)}${value}${(0,expressions/* renderGlobal */.Yy)(suffix, ctx)}`;
}
function latestName(flavor, ctx) {
    const prefix = flavor.prefixLatest ? (0,expressions/* renderGlobal */.Yy)(flavor.prefix, ctx) : '';
    const suffix = flavor.suffixLatest ? (0,expressions/* renderGlobal */.Yy)(flavor.suffix, ctx) : '';
    return `${prefix}latest${suffix}`;
}
/** A value that is there, or no value (a ref of another kind, no commit). */
const value = (v, autoLatest = false) => (v ? { value: v, autoLatest } : undefined);
function evaluate(rule, ctx) {
    switch (rule.type) {
        case 'schedule':
            if (!/schedule/.test(ctx.eventName))
                return undefined;
            return { value: (0,template/* renderTemplate */.Xm)(rule.pattern, (0,expressions/* dateVars */.Vp)(ctx)), autoLatest: false };
        case 'semver':
        case 'pep440':
            return versionOutcome(rule, ctx);
        case 'match':
            return matchOutcome(rule, ctx);
        case 'ref':
            return value({ branch: expressions/* branchOf */.W0, tag: expressions/* tagOf */.cO, pr: expressions/* prOf */.Eq }[rule.event](ctx.ref), rule.event === 'tag');
        case 'sha':
            return value(rule.format === 'short' ? (0,expressions/* shortSha */.Fu)(ctx) : ctx.sha);
        case 'raw':
            // an empty value still gets the prefix and suffix (metadata-action's procRaw)
            return { value: (0,expressions/* renderGlobal */.Yy)(rule.value, ctx), autoLatest: false };
        case 'edge': {
            const branch = (0,expressions/* branchOf */.W0)(ctx.ref);
            const wanted = rule.branch || ctx.payload.repository?.default_branch;
            return branch !== '' && branch === wanted ? value('edge') : undefined;
        }
    }
}
//# sourceMappingURL=tags.js.map
// EXTERNAL MODULE: ./build/src/login/credentials.js
var login_credentials = __webpack_require__(6833);
;// CONCATENATED MODULE: ./build/src/inputs/meta.js






function parseMetaInputs(get, ctx, env, annotationLevels = ['index', 'manifest']) {
    const computed = computeTags(parseRules(get('tags')), parseFlavor(get('flavor')), ctx);
    const tags = computed.tags.map((t) => validateTag('tags', t));
    const labels = (0,meta_labels/* computeLabels */.zt)(ctx, computed.version, (0,meta_labels/* parseLabels */.Xy)(get('labels')));
    const userAnnotations = (0,meta_labels/* parseAnnotations */.KX)(get('annotations'));
    const annotations = (0,meta_labels/* computeAnnotations */.ID)(ctx, computed.version, userAnnotations, annotationLevels);
    const dropped = userAnnotations.filter((a) => a.level !== undefined && !annotationLevels.includes(a.level));
    const warnings = [
        ...computed.warnings,
        ...dropped.map((a) => `annotations: '${a.level ?? ''}:${a.key}' is not applied: this step annotates ${annotationLevels.join(' and ')} only`),
    ];
    const credentials = (0,login_credentials/* parseCredentials */.gu)({ registry: get('registry'), username: get('username'), password: get('password'), logins: get('logins') }, env);
    return { tags, version: computed.version, labels, annotations, warnings, credentials };
}
//# sourceMappingURL=meta.js.map
;// CONCATENATED MODULE: ./build/src/inputs/publish.js


function parsePublishInputs(get, ctx, env, opts) {
    const { images, notices } = imagesInput(get, opts.imagesRequiredWhen);
    const platforms = platformsInput(get);
    const meta = parseMetaInputs(get, ctx, env, opts.annotationLevels(platforms.length));
    return {
        images,
        tags: meta.tags,
        platforms,
        version: meta.version,
        labels: meta.labels,
        annotations: meta.annotations,
        warnings: meta.warnings,
        notices,
        credentials: meta.credentials,
        insecureRegistries: insecureRegistriesInput(get),
        githubToken: get('github-token').trim(),
    };
}
//# sourceMappingURL=publish.js.map
;// CONCATENATED MODULE: ./build/src/inputs/build.js
/** Inputs of build and build-platform modes. */




function secretsInput(get) {
    return (0,text_lines/* lines */.Mn)(get('secrets')).map((l, i) => {
        const kv = (0,text_lines/* keyValue */.Hv)(l);
        if (!kv || !/^[A-Za-z0-9_.-]+$/.test(kv[0])) {
            throw new errors/* InputError */.dz('secrets', `line ${i + 1}: expected id=VALUE with an id of letters, digits, '.', '_' or '-'`);
        }
        return { id: kv[0], value: kv[1] };
    });
}
/**
 * The driver and what goes with it. Conflicts are checked against values the user must have written: a value
 * other than action.yml's default (which the runner passes for every input left out).
 */
function driverInputs(get) {
    const driver = oneOf(get, 'driver', ['docker-container', 'docker', 'remote']);
    const endpoint = optional(get, 'endpoint');
    if (driver === 'remote' && !endpoint)
        throw new errors/* InputError */.dz('endpoint', 'expected a BuildKit address when driver is remote');
    if (driver !== 'remote' && endpoint)
        throw new errors/* InputError */.dz('endpoint', `only used with driver: remote (driver is ${driver})`);
    const driverOpts = keyValueLines(get, 'driver-opts');
    if (driver === 'docker' && driverOpts.length > 0) {
        throw new errors/* InputError */.dz('driver-opts', 'the docker driver takes no driver options (they configure a builder this action creates)');
    }
    const buildkitImage = optional(get, 'buildkit-image');
    if (buildkitImage && driver !== 'docker-container') {
        throw new errors/* InputError */.dz('buildkit-image', `only used with driver: docker-container (driver is ${driver})`);
    }
    const buildkitdConfig = optional(get, 'buildkitd-config');
    const buildkitdConfigInline = optional(get, 'buildkitd-config-inline');
    if (buildkitdConfig && buildkitdConfigInline) {
        throw new errors/* InputError */.dz('buildkitd-config-inline', 'give either buildkitd-config or buildkitd-config-inline, not both');
    }
    if ((buildkitdConfig || buildkitdConfigInline) && driver === 'docker') {
        throw new errors/* InputError */.dz(buildkitdConfig ? 'buildkitd-config' : 'buildkitd-config-inline', 'the docker driver takes no BuildKit config (use driver: docker-container)');
    }
    return { driver, endpoint, driverOpts, buildkitImage, buildkitdConfig, buildkitdConfigInline };
}
/**
 * The cache inputs. `cache-from`/`cache-to` replace the gha default, so settings of that default would be
 * silently ignored: `cache` other than auto or `cache-mode: max` with them is an error. action.yml's defaults
 * (auto, min) are what every step gets, so they never conflict.
 */
function cacheInputs(get) {
    const cache = oneOf(get, 'cache', ['auto', 'gha', 'none']);
    const cacheMode = oneOf(get, 'cache-mode', ['min', 'max']);
    const cacheFrom = (0,text_lines/* lines */.Mn)(get('cache-from'));
    const cacheTo = (0,text_lines/* lines */.Mn)(get('cache-to'));
    if (cacheFrom.length > 0 || cacheTo.length > 0) {
        if (cacheMode === 'max') {
            throw new errors/* InputError */.dz('cache-mode', 'only applies to the default gha cache; with cache-to, give mode= in its spec');
        }
        if (cache !== 'auto') {
            throw new errors/* InputError */.dz('cache', 'give either cache or cache-from/cache-to (which replace the gha default)');
        }
    }
    return { cache, cacheMode, cacheFrom, cacheTo };
}
/** Parses and validates every input of build mode. Throws InputError naming the input; runs nothing. */
function parseBuildInputs(get, ctx, env, mode) {
    const push = bool(get, 'push');
    if (mode === 'build-platform' && !push) {
        throw new errors/* InputError */.dz('push', 'a build-platform leg pushes by digest for the merge; expected true');
    }
    const publish = parsePublishInputs(get, ctx, env, {
        imagesRequiredWhen: push ? 'when push is true' : '',
        // buildx refuses index annotations when it exports one platform (no index of its own to annotate)
        annotationLevels: (n) => (n > 1 ? ['index', 'manifest'] : ['manifest']),
    });
    if (publish.images.length === 0 && get('tags').trim() !== '') {
        throw new errors/* InputError */.dz('tags', 'tags were given but no images to tag');
    }
    return {
        mode,
        ...publish,
        // with no image there is nothing to tag: the default tag rules' results (main, pr-42, ...) are dropped
        tags: publish.images.length === 0 ? [] : publish.tags,
        context: required(get, 'context', 'a path or a Git URL'),
        file: optional(get, 'file'),
        target: optional(get, 'target'),
        buildArgs: keyValueLines(get, 'build-args'),
        push,
        qemu: oneOf(get, 'qemu', ['auto', 'true', 'false']),
        binfmtImage: required(get, 'binfmt-image', 'an image reference'),
        cacheImages: bool(get, 'cache-images'),
        retryTimeout: integer(get, 'retry-timeout', 0, 3600),
        ...driverInputs(get),
        network: optional(get, 'network'),
        ...cacheInputs(get),
        provenance: optional(get, 'provenance'),
        sbom: optional(get, 'sbom'),
        secrets: secretsInput(get),
    };
}
//# sourceMappingURL=build.js.map
// EXTERNAL MODULE: ./build/src/oci/types.js
var types = __webpack_require__(7578);
;// CONCATENATED MODULE: ./build/src/handoff/digests.js
/** The explicit `digests` input: lines of `image@sha256:...`, for users who collect the leg digests themselves. */



const INPUT = 'digests';
/** Parses the lines; blank lines and `#` comments are ignored, a tag before the `@` is dropped, duplicates too. */
function parseDigestsInput(text) {
    const out = [];
    for (const { line: n, text: line } of (0,text_lines/* numberedLines */.UF)(text)) {
        const ref = digests_parseLine(line, n);
        if (!out.some((r) => r.image === ref.image && r.digest === ref.digest))
            out.push(ref);
    }
    if (out.length === 0)
        throw new errors/* InputError */.dz(INPUT, 'no image@sha256:... line given');
    return out;
}
function digests_parseLine(line, n) {
    const at = line.lastIndexOf('@');
    if (at <= 0)
        throw new errors/* InputError */.dz(INPUT, `line ${n} '${line}' is not of the form image@sha256:<hex>`);
    let digest;
    try {
        digest = (0,types/* parseDigest */.m)(line.slice(at + 1));
    }
    catch (e) {
        throw new errors/* InputError */.dz(INPUT, `line ${n}: ${(0,errors/* errorMessage */.gJ)(e)}`);
    }
    // lowercased like the images input: ghcr.io/${{ github.repository }}@... often has capitals
    const given = stripTag(line.slice(0, at));
    const image = given.toLowerCase();
    if (!/^[a-z0-9]([a-z0-9._:/-]*[a-z0-9])?$/.test(image) || image.includes('//')) {
        throw new errors/* InputError */.dz(INPUT, `line ${n}: '${given}' is not an image name like ghcr.io/owner/app`);
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
;// CONCATENATED MODULE: ./build/src/inputs/merge.js
/** Inputs of merge mode: join the legs into one index. */


function parseMergeInputs(get, ctx, env) {
    const publish = parsePublishInputs(get, ctx, env, {
        imagesRequiredWhen: 'to merge into',
        annotationLevels: () => ['index'], // the merge writes the index only
    });
    return {
        mode: 'merge',
        ...publish,
        digests: get('digests').trim() ? parseDigestsInput(get('digests')) : undefined,
    };
}
//# sourceMappingURL=merge.js.map
;// CONCATENATED MODULE: ./build/src/meta/bake.js
/**
 * The bake definition files metadata-action writes (src/meta.ts getBakeFile, getBakeFileTagsLabels): their
 * names and their exact content, `JSON.stringify({target: {<bake-target>: ...}}, null, 2)`. Writing them is the
 * caller's job. Pure.
 */
const DEFAULT_BAKE_TARGET = 'docker-metadata-action';
function bakeFiles(d) {
    const args = { DOCKER_META_IMAGES: d.images.join(','), DOCKER_META_VERSION: d.version || undefined };
    const file = (suffix, definition) => ({
        fileName: `docker-metadata-action-bake${suffix ? `-${suffix}` : ''}.json`,
        content: JSON.stringify({ target: { [d.target]: definition } }, null, 2),
    });
    return {
        'bake-file-tags': file('tags', { tags: d.tags, args }),
        'bake-file-labels': file('labels', { labels: d.labels }),
        'bake-file-annotations': file('annotations', { annotations: d.annotations }),
        'bake-file': file('', { tags: d.tags, labels: d.labels, args }),
    };
}
//# sourceMappingURL=bake.js.map
;// CONCATENATED MODULE: ./build/src/meta/env.js
/**
 * The environment variables metadata-action users set, read from a plain object (never `process.env` here):
 * DOCKER_METADATA_PR_HEAD_SHA, DOCKER_METADATA_SHORT_SHA_LENGTH, DOCKER_METADATA_ANNOTATIONS_LEVELS. Pure.
 */

const LEVEL = /^(?:index|manifest|index-descriptor|manifest-descriptor)(?:\[[^\]\s]+\])?$/;
function metaEnv(env) {
    // metadata-action: /true/i.test(process.env.DOCKER_METADATA_PR_HEAD_SHA || '')
    const prHeadSha = /true/i.test(env.DOCKER_METADATA_PR_HEAD_SHA ?? '');
    const out = { prHeadSha, annotationLevels: annotationLevels(env.DOCKER_METADATA_ANNOTATIONS_LEVELS) };
    const length = env.DOCKER_METADATA_SHORT_SHA_LENGTH;
    if (length) {
        if (!/^\s*\d+\s*$/.test(length) || Number(length) < 1) {
            throw new errors/* InputError */.dz('DOCKER_METADATA_SHORT_SHA_LENGTH', `expected a positive whole number, got '${length}'`);
        }
        out.shortShaLength = Number(length);
    }
    return out;
}
function annotationLevels(value) {
    if (!value)
        return ['manifest'];
    const levels = value.split(',').map((l) => l.trim());
    for (const level of levels) {
        if (!LEVEL.test(level)) {
            throw new errors/* InputError */.dz('DOCKER_METADATA_ANNOTATIONS_LEVELS', `'${level}' in '${value}' is not an annotation level (index, manifest, index-descriptor, manifest-descriptor)`);
        }
    }
    return levels;
}
//# sourceMappingURL=env.js.map
;// CONCATENATED MODULE: ./build/src/meta/metadata.js





/**
 * `ctx` should come from contextFromGithub(github.context, now, env), which applies the DOCKER_METADATA_* variables
 * that change the ref, the commit and the short SHA length; `env` here gives the annotation levels.
 */
function computeMetadata(inputs, ctx, env = {}) {
    const { annotationLevels } = metaEnv(env);
    const { names, notices } = imageNames(inputs.images);
    const computed = computeTags(inputs.rules, inputs.flavor, ctx);
    const { version } = computed;
    const tagNames = computed.tags;
    const tags = names.length === 0 ? tagNames : names.flatMap((image) => tagNames.map((tag) => `${image}:${tag}`));
    const labels = (0,meta_labels/* computeLabels */.zt)(ctx, version, inputs.labels);
    const annotations = (0,meta_labels/* annotationLines */.bK)((0,meta_labels/* computeAnnotations */.ID)(ctx, version, inputs.annotations, annotationLevels));
    const warnings = [...computed.warnings];
    if (version === '')
        warnings.push('No Docker image version has been generated. Check tags input.');
    if (tags.length === 0)
        warnings.push('No Docker tag has been generated. Check tags input.');
    const sep = { tags: '\n', labels: '\n', annotations: '\n', ...inputs.separators };
    const outputs = {
        version,
        tags: tags.join(sep.tags),
        'tag-names': tagNames.join(sep.tags),
        labels: Object.entries(labels)
            .map(([k, v]) => `${k}=${v}`)
            .join(sep.labels),
        annotations: annotations.join(sep.annotations),
        json: JSON.stringify({ tags, 'tag-names': tagNames, labels, annotations }),
    };
    const target = inputs.bakeTarget || DEFAULT_BAKE_TARGET;
    const bake = bakeFiles({ target, tags, images: names, version, labels, annotations });
    return { version, tags, tagNames, labels, annotations, outputs, bakeFiles: bake, notices, warnings };
}
//# sourceMappingURL=metadata.js.map
;// CONCATENATED MODULE: ./build/src/inputs/meta-mode.js





/** A separator input (`sep-tags`, ...): empty means a newline, as in metadata-action. */
function separator(get, name) {
    return get(name) || '\n';
}
function parseMetaModeInputs(get, ctx, env) {
    const metadata = computeMetadata({
        images: parseImages(get('images')),
        rules: parseRules(get('tags')),
        flavor: parseFlavor(get('flavor')),
        labels: (0,meta_labels/* parseLabels */.Xy)(get('labels')),
        annotations: (0,meta_labels/* parseAnnotations */.KX)(get('annotations')),
        bakeTarget: get('bake-target').trim(),
        separators: {
            tags: separator(get, 'sep-tags'),
            labels: separator(get, 'sep-labels'),
            annotations: separator(get, 'sep-annotations'),
        },
    }, ctx, env);
    return { mode: 'meta', metadata };
}
//# sourceMappingURL=meta-mode.js.map
;// CONCATENATED MODULE: ./build/src/inputs/runner-map.js
/**
 * The `runner-map` input: lines of `platform=runner`, `#` comments and blank lines ignored. A platform pattern
 * may have `*` for a whole segment (`linux/arm/*`), or be `*` alone for everything else.
 */



const runner_map_INPUT = 'runner-map';
const LABEL = /^[A-Za-z0-9._-]+$/;
/** Parses the `runner-map` input into patterns (normalised) -> runner labels, in the order given. */
function parseRunnerMap(input) {
    const map = {};
    for (const { line: n, text: line } of (0,text_lines/* numberedLines */.UF)(input)) {
        const eq = line.indexOf('=');
        if (eq < 0)
            throw new errors/* InputError */.dz(runner_map_INPUT, `line ${n} '${line}' is not of the form platform=runner`);
        const pattern = normalizePattern(line.slice(0, eq).trim(), n);
        const runner = line.slice(eq + 1).trim();
        if (!LABEL.test(runner)) {
            throw new errors/* InputError */.dz(runner_map_INPUT, `line ${n}: '${runner}' is not a runner label (letters, digits, . _ -)`);
        }
        if (Object.hasOwn(map, pattern))
            throw new errors/* InputError */.dz(runner_map_INPUT, `line ${n}: '${pattern}' is mapped twice`);
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
            throw new errors/* InputError */.dz(runner_map_INPUT, `line ${line}: '${pattern}' is not a platform pattern like linux/arm/*`);
        }
        return parts.join('/');
    }
    try {
        return (0,platform/* parsePlatform */.FL)(pattern);
    }
    catch (e) {
        if (e instanceof platform/* PlatformError */.Wk)
            throw new errors/* InputError */.dz(runner_map_INPUT, `line ${line}: ${e.message}`);
        throw e;
    }
}
//# sourceMappingURL=runner-map.js.map
;// CONCATENATED MODULE: ./build/src/inputs/plan.js


function parsePlanInputs(get) {
    return { mode: 'plan', runnerMap: parseRunnerMap(get('runner-map')), platforms: platformsInput(get) };
}
//# sourceMappingURL=plan.js.map
;// CONCATENATED MODULE: ./build/src/inputs/index.js






/** The settings of the mode the `mode` input names. */
function parseInputs(get, ctx, env) {
    const mode = oneOf(get, 'mode', MODES);
    switch (mode) {
        case 'build':
        case 'build-platform':
            return parseBuildInputs(get, ctx, env, mode);
        case 'merge':
            return parseMergeInputs(get, ctx, env);
        case 'plan':
            return parsePlanInputs(get);
        case 'meta':
            return parseMetaModeInputs(get, ctx, env);
    }
}
//# sourceMappingURL=index.js.map
// EXTERNAL MODULE: ./build/src/log.js
var log = __webpack_require__(6671);
;// CONCATENATED MODULE: ./build/src/meta/context.js
/**
 * What tags and labels are computed from: a plain object, built once from the `@actions/github` context so that
 * everything in src/meta stays pure and testable with recorded event payloads. `contextFromGithub` applies
 * metadata-action's workflow-context rules (src/context.ts there): pull_request_target's ref,
 * DOCKER_METADATA_PR_HEAD_SHA, DOCKER_METADATA_SHORT_SHA_LENGTH, and the commit date from the payload.
 */

/**
 * Maps `github.context` to a MetaContext. `now` and the environment are passed in, so the clock and `process`
 * stay outside. Throws InputError for a DOCKER_METADATA_* variable that cannot be read.
 */
function contextFromGithub(ctx, now, env = {}) {
    const options = metaEnv(env);
    const payload = ctx.payload;
    let { ref, sha } = ctx;
    if (/pull_request_target/.test(ctx.eventName) && payload.number !== undefined) {
        ref = `refs/pull/${String(payload.number)}/merge`;
    }
    const headSha = payload.pull_request?.head?.sha;
    if (options.prHeadSha && /pull_request/.test(ctx.eventName) && headSha !== undefined)
        sha = headSha;
    const meta = {
        eventName: ctx.eventName,
        ref,
        sha,
        payload,
        runId: ctx.runId,
        repository: `${ctx.repo.owner}/${ctx.repo.repo}`,
        serverUrl: ctx.serverUrl,
        now,
    };
    const commitDate = commitDateFromPayload(payload, sha);
    if (commitDate)
        meta.commitDate = commitDate;
    if (options.shortShaLength !== undefined)
        meta.shortShaLength = options.shortShaLength;
    return meta;
}
/**
 * The commit date a push payload records for `sha` (a pushed commit, or the head commit). Undefined otherwise:
 * metadata-action then asks the GitHub API (GET /repos/{owner}/{repo}/commits/{sha}, committer date) and falls
 * back to the current date; that request is the caller's to make.
 */
function commitDateFromPayload(payload, sha) {
    const stamp = payload.commits?.find((c) => c.id === sha)?.timestamp ??
        (payload.head_commit?.id === sha ? payload.head_commit.timestamp : undefined);
    if (stamp === undefined)
        return undefined;
    const date = new Date(stamp);
    return Number.isNaN(date.getTime()) ? undefined : date;
}
//# sourceMappingURL=context.js.map
// EXTERNAL MODULE: ./build/src/state.js
var state = __webpack_require__(3260);
// EXTERNAL MODULE: ./build/src/tools/runner.js
var runner = __webpack_require__(7695);
;// CONCATENATED MODULE: ./build/src/main.js








/** The GitHub context; outside a workflow run (no GITHUB_REPOSITORY) its repository is empty. */
function currentContext(env, now) {
    const [owner = '', repo = ''] = (env.GITHUB_REPOSITORY ?? '').split('/');
    const gh = github/* context */._;
    // outside a runner GITHUB_SHA and GITHUB_REF are unset, and the context's fields with them
    const { sha = '', ref = '' } = gh;
    const { eventName, payload, runId, serverUrl } = gh;
    return contextFromGithub({ eventName, sha, ref, payload, runId, serverUrl, repo: { owner, repo } }, now, env);
}
/**
 * Runs the mode the settings are for; returns its outputs. Each mode loads its own code (the registry client, the
 * Actions cache, docker wrappers) only when it runs. A mode added to `Settings` without a case here fails `tsc`.
 */
async function runStep(s, d) {
    switch (s.mode) {
        case 'plan': {
            const { planStep } = await __webpack_require__.e(/* import() */ 10).then(__webpack_require__.bind(__webpack_require__, 2010));
            return planStep(s, d);
        }
        case 'meta': {
            const { metaStep } = await __webpack_require__.e(/* import() */ 682).then(__webpack_require__.bind(__webpack_require__, 4682));
            return metaStep(s, d);
        }
        case 'merge': {
            const { mergeStep } = await Promise.all(/* import() */[__webpack_require__.e(691), __webpack_require__.e(293), __webpack_require__.e(111)]).then(__webpack_require__.bind(__webpack_require__, 2111));
            return mergeStep(s, d);
        }
        case 'build':
        case 'build-platform': {
            const { buildStep } = await Promise.all(/* import() */[__webpack_require__.e(691), __webpack_require__.e(839), __webpack_require__.e(293), __webpack_require__.e(79)]).then(__webpack_require__.bind(__webpack_require__, 5079));
            return buildStep(s, d);
        }
        default:
            return (0,errors/* unreachable */.HB)(s);
    }
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
        core/* setFailed */.C1((0,errors/* errorMessage */.gJ)(e));
    }
}
//# sourceMappingURL=main.js.map

/***/ }),

/***/ 1304:
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
const monthNames = (style) => {
    const f = new Intl.DateTimeFormat('en-US', { month: style, timeZone: 'UTC' });
    return Array.from({ length: 12 }, (_, i) => f.format(utc(2000, i + 1, 1)));
};
const weekdayNames = (style) => {
    const f = new Intl.DateTimeFormat('en-US', { weekday: style, timeZone: 'UTC' });
    // 2000-01-02 was a Sunday
    return Array.from({ length: 7 }, (_, i) => f.format(utc(2000, 1, 2 + i)));
};
/** English names, index 0 = January / Sunday. */
const NAMES = {
    months: monthNames('long'),
    monthsShort: monthNames('short'),
    weekdays: weekdayNames('long'),
    weekdaysShort: weekdayNames('short'),
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
var meta_template = __webpack_require__(9677);
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

/***/ 1148:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ID: () => (/* binding */ computeAnnotations),
/* harmony export */   KX: () => (/* binding */ parseAnnotations),
/* harmony export */   Xy: () => (/* binding */ parseLabels),
/* harmony export */   _e: () => (/* binding */ labelLines),
/* harmony export */   bK: () => (/* binding */ annotationLines),
/* harmony export */   zt: () => (/* binding */ computeLabels)
/* harmony export */ });
/* unused harmony exports OCI_PREFIX, ANNOTATION_LEVELS, ociLabels */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7406);
/* harmony import */ var _text_lines_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7746);
/* harmony import */ var _expressions_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1304);
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
const collator = new Intl.Collator('en');
function sortKeys(record) {
    return Object.fromEntries(Object.entries(record).sort(([a], [b]) => collator.compare(a, b)));
}
//# sourceMappingURL=labels.js.map

/***/ }),

/***/ 9677:
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




const anonymous = { get: () => Promise.resolve(undefined) };
/** Fixed credentials per registry host. */
function staticCredentials(byRegistry) {
    return { get: (registry) => Promise.resolve(byRegistry[normalizeRegistryKey(registry)] ?? byRegistry[registry]) };
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
            if (!err) {
                resolve(stdout);
                return;
            }
            if (/credentials not found/i.test(stdout)) {
                resolve(undefined);
                return;
            }
            reject(new Error(`credential helper docker-credential-${helper} failed for ${serverUrl}: ${err.message}`));
        });
        child.stdin?.end(serverUrl);
    });
}
//# sourceMappingURL=credentials.js.map

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

/***/ 4974:
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

//# sourceMappingURL=348.index.js.map