export const id = 320;
export const ids = [320];
export const modules = {

/***/ 6833:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U$: () => (/* binding */ registryHost),
/* harmony export */   Xb: () => (/* reexport safe */ _oci_reference_js__WEBPACK_IMPORTED_MODULE_2__.Xb),
/* harmony export */   gu: () => (/* binding */ parseCredentials)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(27406);
/* harmony import */ var _oci_credentials_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(69617);
/* harmony import */ var _oci_reference_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(84974);
/* harmony import */ var _text_lines_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(17746);
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

/***/ 13320:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  main: () => (/* binding */ main)
});

// UNUSED EXPORTS: runStep

// EXTERNAL MODULE: ./build/src/errors.js
var errors = __webpack_require__(27406);
;// CONCATENATED MODULE: ./build/src/settings.js
const MODES = ['build', 'build-platform', 'merge', 'plan', 'meta'];
//# sourceMappingURL=settings.js.map
// EXTERNAL MODULE: ./build/src/buildx/builder.js
var buildx_builder = __webpack_require__(98917);
// EXTERNAL MODULE: ./build/src/text/lines.js
var text_lines = __webpack_require__(17746);
;// CONCATENATED MODULE: ./build/src/buildx/attest.js
/**
 * The `--attest` values of a build, as docker/build-push-action decides them (docker/actions-toolkit's
 * Build.getProvenanceInput, resolveProvenanceAttrs, resolveAttestationAttrs): provenance by default (mode=max for
 * a public repository, mode=min,inline-only=true for a private one) with the run's URL as builder id, unless the
 * image goes to the docker exporter (load), which keeps no attestation; `provenance` and `sbom` win over the same
 * type in `attests`. Pure.
 */
const BOOL = /^(?:true|false)$/i;
/** The fields of a `k=v,k=v` attestation spec. Specs here come from checked inputs: no quoting. */
const fields = (spec) => spec
    .split(',')
    .map((f) => f.trim())
    .filter((f) => f !== '');
function attestationType(spec) {
    return fields(spec)
        .map((f) => /^type=(.*)$/.exec(f)?.[1])
        .find((t) => t !== undefined);
}
/** A bare true/false field is buildx's shorthand for disabled=false/true. */
function resolveAttrs(spec) {
    return fields(spec)
        .map((f) => (BOOL.test(f) ? `disabled=${String(f.toLowerCase() !== 'true')}` : f))
        .join(',');
}
function withBuilderId(spec, builderId) {
    if (builderId === undefined || fields(spec).some((f) => f.startsWith('builder-id=')))
        return spec;
    return spec === '' ? `builder-id=${builderId}` : `${spec},builder-id=${builderId}`;
}
/** What the `provenance` input gives (build-push-action's getProvenanceInput). */
function provenanceAttrs(input, builderId) {
    if (BOOL.test(input))
        return input.toLowerCase() === 'true' ? withBuilderId('', builderId) : 'false';
    return withBuilderId(input, builderId);
}
function attestArgs(a) {
    const out = [];
    const join = (type, attrs) => resolveAttrs(attrs === '' ? `type=${type}` : `type=${type},${attrs}`);
    const attestsProvenance = a.attests.some((s) => attestationType(s) === 'provenance');
    if (a.provenance !== undefined) {
        out.push(join('provenance', provenanceAttrs(a.provenance, a.builderId)));
    }
    else if (!attestsProvenance && !a.dockerExporter) {
        const mode = a.privateRepository ? 'mode=min,inline-only=true' : 'mode=max';
        out.push(`type=provenance,${withBuilderId(mode, a.builderId)}`);
    }
    if (a.sbom !== undefined)
        out.push(join('sbom', a.sbom));
    for (const spec of a.attests) {
        const type = attestationType(spec);
        if (type === 'provenance') {
            if (a.provenance === undefined)
                out.push(withBuilderId(spec, a.builderId));
        }
        else if (type === 'sbom') {
            if (a.sbom === undefined)
                out.push(spec);
        }
        else {
            out.push(resolveAttrs(spec));
        }
    }
    return out;
}
/** The run's URL, the builder id build-push-action gives provenance; undefined outside a workflow run. */
function workflowRunUrl(serverUrl, repository, runId, attempt) {
    if (!/^[^/]+\/[^/]+$/.test(repository) || !Number.isInteger(runId) || runId <= 0)
        return undefined;
    const run = `${serverUrl || 'https://github.com'}/${repository}/actions/runs/${String(runId)}`;
    return attempt ? `${run}/attempts/${attempt}` : run;
}
//# sourceMappingURL=attest.js.map
// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(77030);
;// CONCATENATED MODULE: ./build/src/text/csv.js
/**
 * List inputs as docker/build-push-action reads them (`Util.getInputList` of docker/actions-toolkit, on csv-parse):
 * the whole value is CSV, so a `"quoted"` field may hold commas and newlines (`""` is a quote), and a quote inside
 * an unquoted field is kept as it is. Pure.
 */
class CsvError extends Error {
    line;
    constructor(line, message) {
        super(message);
        this.line = line;
        this.name = 'CsvError';
    }
}
/**
 * The records of a CSV text: one per line outside quotes. Blank lines and lines starting with `#` are dropped, as
 * the project's other multi-line inputs drop them.
 */
function csvRecords(text) {
    const out = [];
    let line = 1;
    let i = 0;
    while (i < text.length) {
        const start = line;
        const fields = [];
        const quoted = [];
        let field = '';
        let isQuoted = false;
        let atFieldStart = true;
        let ended = false;
        while (i < text.length && !ended) {
            const c = text[i];
            if (atFieldStart && c === '"') {
                isQuoted = true;
                atFieldStart = false;
                i++;
                let closed = false;
                while (i < text.length) {
                    const q = text[i];
                    if (q === '"' && text[i + 1] === '"') {
                        field += '"';
                        i += 2;
                    }
                    else if (q === '"') {
                        i++;
                        closed = true;
                        break;
                    }
                    else {
                        if (q === '\n')
                            line++;
                        field += q;
                        i++;
                    }
                }
                if (!closed)
                    throw new CsvError(start, 'a quoted value is not closed (a " is missing)');
                continue;
            }
            atFieldStart = false;
            if (c === ',') {
                fields.push(field);
                quoted.push(isQuoted);
                field = '';
                isQuoted = false;
                atFieldStart = true;
            }
            else if (c === '\n') {
                ended = true;
                line++;
            }
            else if (c !== '\r' || text[i + 1] !== '\n') {
                field += c;
            }
            i++;
        }
        fields.push(field);
        quoted.push(isQuoted);
        const blank = fields.length === 1 && !quoted[0] && fields[0].trim() === '';
        const comment = !quoted[0] && fields[0].trimStart().startsWith('#');
        if (!blank && !comment)
            out.push({ line: start, fields, quoted });
    }
    return out;
}
/**
 * Items of a list input: `ignoreComma` (build-args, secrets, outputs, ...) keeps each record whole (its fields
 * joined with commas again); otherwise (platforms, ssh, allow, ...) every comma separates items. Items are trimmed
 * and empty ones dropped, as the toolkit does.
 */
function listItems(text, opts) {
    const out = [];
    for (const r of csvRecords(text)) {
        const values = opts.ignoreComma
            ? [r.fields.join(',')]
            : r.fields.length === 1
                ? r.fields[0].split(',')
                : r.fields;
        for (const v of values) {
            const value = v.trim();
            if (value !== '')
                out.push({ line: r.line, value });
        }
    }
    return out;
}
//# sourceMappingURL=csv.js.map
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
;// CONCATENATED MODULE: ./build/src/inputs/build-options.js
/**
 * build-push-action's build options, read with its list syntax (src/text/csv.ts) and checked the way buildx
 * checks them, so that a value buildx would reject fails here, naming the input and the line, before anything runs.
 */





/** A list input's items; an unclosed quote is an error naming the input and the line. */
function listInput(get, name, opts) {
    try {
        return listItems(get(name), opts);
    }
    catch (e) {
        if (e instanceof CsvError)
            throw new errors/* InputError */.dz(name, `line ${String(e.line)}: ${e.message}`);
        throw e;
    }
}
/** The CSV fields of each line of a list input (`a=b,"c=d,e"` -> a=b, c=d,e). */
function fieldsInput(get, name) {
    try {
        return csvRecords(get(name)).map((r) => ({ line: r.line, fields: r.fields.map((f) => f.trim()) }));
    }
    catch (e) {
        if (e instanceof CsvError)
            throw new errors/* InputError */.dz(name, `line ${String(e.line)}: ${e.message}`);
        throw e;
    }
}
const lineError = (input, item, message) => new errors/* InputError */.dz(input, `line ${String(item.line)}: ${message}`);
/** `name=value` lines: a path, docker-image://, target:, oci-layout:// or a URL (buildx --build-context). */
function buildContextsInput(get) {
    return listInput(get, 'build-contexts', { ignoreComma: true }).map((item) => {
        const kv = (0,text_lines/* keyValue */.Hv)(item.value);
        if (!kv || kv[1].trim() === '' || !/^[A-Za-z0-9][A-Za-z0-9_.:/@-]*$/.test(kv[0])) {
            throw lineError('build-contexts', item, `expected name=value (a path, docker-image://..., target:..., a URL), got '${item.value}'`);
        }
        return `${kv[0]}=${kv[1].trim()}`;
    });
}
/** The entitlements buildx --allow takes. */
const ENTITLEMENT = /^(?:network\.host|security\.insecure|device(?:=.+)?)$/;
function allowInput(get) {
    return listInput(get, 'allow', { ignoreComma: false }).map((item) => {
        if (!ENTITLEMENT.test(item.value)) {
            throw lineError('allow', item, `expected network.host, security.insecure or device[=NAME], got '${item.value}'`);
        }
        return item.value;
    });
}
/** docker/go-units RAMInBytes, which buildx parses --shm-size with: 64m, 2g, 1.5GiB, 1024. */
const SIZE = /^(\d+(?:\.\d+)*) ?([kKmMgGtTpP])?[iI]?[bB]?$/;
function shmSizeInput(get) {
    const v = optional(get, 'shm-size');
    if (v !== undefined && !SIZE.test(v)) {
        throw new errors/* InputError */.dz('shm-size', `expected a size like 64m, 2g or 1073741824 (bytes), got '${v}'`);
    }
    return v;
}
/** The names docker/go-units ParseUlimit knows. */
const ULIMITS = [
    'core',
    'cpu',
    'data',
    'fsize',
    'locks',
    'memlock',
    'msgqueue',
    'nice',
    'nofile',
    'nproc',
    'rss',
    'rtprio',
    'rttime',
    'sigpending',
    'stack',
];
function ulimitInput(get) {
    return listInput(get, 'ulimit', { ignoreComma: true }).map((item) => {
        const m = /^([a-z]+)=(-?\d+)(?::(-?\d+))?$/.exec(item.value);
        const bad = (why) => lineError('ulimit', item, `${why}, got '${item.value}'`);
        if (!m)
            throw bad('expected NAME=SOFT[:HARD] (e.g. nofile=1024:2048)');
        const [, name, soft, hard] = m;
        if (!ULIMITS.includes(name))
            throw bad(`unknown limit '${name}' (one of ${ULIMITS.join(', ')})`);
        if (hard !== undefined && BigInt(soft) > BigInt(hard))
            throw bad('the soft limit is above the hard limit');
        return item.value;
    });
}
/** `host:ip` or `host=ip` (buildx --add-host); the IP may be host-gateway. */
function addHostsInput(get) {
    return listInput(get, 'add-hosts', { ignoreComma: false }).map((item) => {
        const v = item.value;
        const sep = v.includes('=') ? v.indexOf('=') : v.indexOf(':');
        const host = sep > 0 ? v.slice(0, sep) : '';
        const ip = sep > 0 ? v.slice(sep + 1).replace(/^\[(.*)\]$/, '$1') : '';
        if (!/^[A-Za-z0-9][A-Za-z0-9.-]*$/.test(host) || (ip !== 'host-gateway' && (0,external_node_net_.isIP)(ip) === 0)) {
            throw lineError('add-hosts', item, `expected host:ip or host=ip (an IPv4, IPv6 or host-gateway), got '${v}'`);
        }
        return v;
    });
}
/** buildx --call: build (the default), check, outline, targets, with format= and ignorestatus= options. */
function callInput(get) {
    const v = optional(get, 'call');
    if (v === undefined)
        return undefined;
    const fields = v.split(',').map((f) => f.trim());
    const [name, ...options] = fields;
    if (!['build', 'check', 'outline', 'targets'].includes(name ?? '')) {
        throw new errors/* InputError */.dz('call', `expected build, check, outline or targets (then format=..., ignorestatus=...), got '${v}'`);
    }
    for (const o of options) {
        const kv = (0,text_lines/* keyValue */.Hv)(o);
        const ok = kv &&
            (kv[0] === 'format' ? /^(?:json|text)$/.test(kv[1]) : kv[0] === 'ignorestatus' && /^(?:true|false)$/.test(kv[1]));
        if (!ok)
            throw new errors/* InputError */.dz('call', `unknown option '${o}' (format=json|text, ignorestatus=true|false)`);
    }
    return name === 'build' && options.length === 0 ? undefined : v;
}
/** The exporter types `outputs` may name: none of them pushes or moves a registry tag. */
const OUTPUT_TYPES = ['local', 'tar', 'oci', 'docker'];
/** The options of BuildKit's local, tar, oci and docker exporters (docs.docker.com/build/exporters). */
function outputKeyKnown(type, key) {
    if (key === 'type' || key === 'dest')
        return true;
    if (type === 'local' || type === 'tar')
        return key === 'platform-split';
    if (key.startsWith('annotation'))
        return true;
    const image = [
        'name',
        'tar',
        'compression',
        'compression-level',
        'force-compression',
        'oci-mediatypes',
        'oci-artifact',
        'rewrite-timestamp',
        'buildinfo',
        'buildinfo-attrs',
        'dangling-name-prefix',
        'name-canonical',
    ];
    return image.includes(key) || (type === 'docker' && key === 'context');
}
/**
 * `outputs`, one exporter per line (buildx --output). `type=image` and `type=registry` push under their own names
 * without the verification that moves this action's tags, so they are refused: push: true (with images and tags)
 * publishes, load: true loads into Docker.
 */
function outputsInput(get) {
    return fieldsInput(get, 'outputs').map((item) => {
        const text = item.fields.join(',');
        // a bare path is the local exporter (buildx: `-o dir`)
        if (item.fields.length === 1 && !(0,text_lines/* keyValue */.Hv)(text))
            return `type=local,dest=${text}`;
        const kvs = item.fields.map((f) => ({ field: f, kv: (0,text_lines/* keyValue */.Hv)(f) }));
        const type = kvs.find((f) => f.kv?.[0] === 'type')?.kv?.[1];
        if (type === 'image' || type === 'registry') {
            throw lineError('outputs', item, `type=${type} would push tags without the verification this action does before it moves any tag; use push: true (with images and tags)`);
        }
        if (!type || !OUTPUT_TYPES.includes(type)) {
            throw lineError('outputs', item, `expected type=${OUTPUT_TYPES.join('|')} with its options, got '${text}'`);
        }
        const unknown = kvs.filter((f) => !f.kv || !outputKeyKnown(type, f.kv[0]));
        if (unknown.length > 0 || kvs.filter((f) => f.kv?.[0] === 'type').length > 1) {
            const what = unknown.map((f) => `'${f.field}'`).join(', ') || 'type= given twice';
            throw lineError('outputs', item, `unknown option ${what} for type=${type}`);
        }
        if (type !== 'docker' && !kvs.some((f) => f.kv?.[0] === 'dest')) {
            throw lineError('outputs', item, `type=${type} needs dest=PATH (buildx would write the image to the log)`);
        }
        return item.fields.map((f) => (f.includes(',') ? `"${f.replace(/"/g, '""')}"` : f)).join(',');
    });
}
function buildOptionsInputs(get) {
    return {
        buildContexts: buildContextsInput(get),
        noCache: bool(get, 'no-cache'),
        noCacheFilters: listInput(get, 'no-cache-filters', { ignoreComma: false }).map((i) => i.value),
        pull: bool(get, 'pull'),
        allow: allowInput(get),
        shmSize: shmSizeInput(get),
        ulimits: ulimitInput(get),
        addHosts: addHostsInput(get),
        call: callInput(get),
        load: bool(get, 'load'),
        outputs: outputsInput(get),
    };
}
//# sourceMappingURL=build-options.js.map
;// CONCATENATED MODULE: ./build/src/inputs/attest.js
/** `provenance`, `sbom` and `attests`, checked against what BuildKit's attestations take. */





const attest_BOOL = /^(?:true|false)$/i;
/** Options per attestation type (docs.docker.com/build/metadata/attestations), with a check of the value. */
const OPTIONS = {
    provenance: {
        mode: /^(?:min|max)$/,
        'builder-id': /^\S+$/,
        'inline-only': attest_BOOL,
        reproducible: attest_BOOL,
        version: /^v(?:0\.2|1)$/,
        disabled: attest_BOOL,
    },
    sbom: { generator: /^\S+$/, disabled: attest_BOOL },
};
/** Why `attrs` (fields of one attestation type) is not valid, or undefined. */
function problem(type, attrs) {
    const known = OPTIONS[type];
    if (!known)
        return `unknown attestation type '${type}' (provenance or sbom)`;
    for (const f of attrs) {
        if (attest_BOOL.test(f))
            continue;
        const kv = (0,text_lines/* keyValue */.Hv)(f);
        const check = kv ? known[kv[0]] : undefined;
        if (!kv || !check)
            return `unknown ${type} option '${f}' (${Object.keys(known).join(', ')}, or true/false)`;
        if (!check.test(kv[1]))
            return `invalid value in '${f}'`;
    }
    return undefined;
}
const split = (s) => s
    .split(',')
    .map((f) => f.trim())
    .filter((f) => f !== '');
function typedInput(get, name) {
    const v = optional(get, name);
    if (v === undefined || attest_BOOL.test(v))
        return v;
    const why = problem(name, split(v));
    if (why)
        throw new errors/* InputError */.dz(name, why);
    return v;
}
function attestsInput(get) {
    return listInput(get, 'attests', { ignoreComma: true }).map((item) => {
        const type = attestationType(item.value);
        if (type === undefined)
            throw lineError('attests', item, `expected type=provenance|sbom,..., got '${item.value}'`);
        const why = problem(type, split(item.value).filter((f) => !f.startsWith('type=')));
        if (why)
            throw lineError('attests', item, why);
        return split(item.value).join(',');
    });
}
/** The `--attest` values (src/buildx/attest.ts) for these inputs, this repository and this run. */
function attestInputs(get, ctx, env, dockerExporter) {
    return attestArgs({
        provenance: typedInput(get, 'provenance'),
        sbom: typedInput(get, 'sbom'),
        attests: attestsInput(get),
        privateRepository: ctx.payload.repository?.private === true,
        builderId: workflowRunUrl(ctx.serverUrl, ctx.repository, ctx.runId, env.GITHUB_RUN_ATTEMPT),
        dockerExporter,
    });
}
//# sourceMappingURL=attest.js.map
// EXTERNAL MODULE: ./build/src/oci/platform.js
var platform = __webpack_require__(23856);
;// CONCATENATED MODULE: ./build/src/inputs/builder.js
/**
 * setup-buildx-action's builder inputs: `buildkitd-flags`, `name` (a builder kept after the job), `cleanup`, and
 * `nodes`, the builder's extra nodes (docker buildx create --append), one per line:
 * `endpoint=...,platforms=...[,driver=...][,driver-opts=...][,buildkitd-flags=...][,name=...]`.
 */





/** buildx's builder and node names. */
const NAME = /^[a-zA-Z0-9][a-zA-Z0-9_.-]*$/;
const NODE_KEYS = ['endpoint', 'platforms', 'driver', 'driver-opts', 'buildkitd-flags', 'name'];
/**
 * The `key=value` fields of a nodes line. A field without `=` continues the list before it (`platforms=linux/arm64,
 * linux/arm/v7`); `driver-opts` may be repeated, or quoted with commas inside ("driver-opts=network=host,image=x").
 */
function nodeFields(item) {
    const out = new Map();
    let last;
    for (const field of item.fields) {
        if (field === '')
            continue;
        const kv = (0,text_lines/* keyValue */.Hv)(field);
        if (!kv && last === 'platforms') {
            out.get(last)?.push(field);
            continue;
        }
        if (!kv)
            throw lineError('nodes', item, `expected key=value fields (${NODE_KEYS.join(', ')}), got '${field}'`);
        const [key, value] = kv;
        if (!NODE_KEYS.includes(key))
            throw lineError('nodes', item, `unknown key '${key}' (${NODE_KEYS.join(', ')})`);
        if (out.has(key) && key !== 'driver-opts')
            throw lineError('nodes', item, `'${key}' is given twice`);
        const values = key === 'platforms' || key === 'driver-opts' ? value.split(',') : [value];
        out.set(key, [...(out.get(key) ?? []), ...values.map((v) => v.trim()).filter((v) => v !== '')]);
        last = key;
    }
    return out;
}
function parseNode(item, driver) {
    const f = nodeFields(item);
    const one = (k) => f.get(k)?.[0];
    const endpoint = one('endpoint');
    if (!endpoint)
        throw lineError('nodes', item, 'expected endpoint=... (a Docker endpoint or context, or a BuildKit address)');
    const nodeDriver = one('driver');
    if (nodeDriver !== undefined && nodeDriver !== driver) {
        throw lineError('nodes', item, `driver=${nodeDriver}, but the builder's driver is ${driver} (input driver): buildx appends nodes of the builder's driver only`);
    }
    const names = f.get('platforms') ?? [];
    if (names.length === 0) {
        throw lineError('nodes', item, 'expected platforms=... (the platforms this node builds, e.g. linux/arm64)');
    }
    const platforms = names.map((p) => {
        try {
            return (0,platform/* parsePlatform */.FL)(p);
        }
        catch (e) {
            if (e instanceof platform/* PlatformError */.Wk)
                throw lineError('nodes', item, e.message);
            throw e;
        }
    });
    const node = { line: item.line, endpoint, platforms, driverOpts: f.get('driver-opts') ?? [] };
    for (const o of node.driverOpts) {
        if (!(0,text_lines/* keyValue */.Hv)(o))
            throw lineError('nodes', item, `expected driver-opts=KEY=VALUE, got '${o}'`);
    }
    const flags = one('buildkitd-flags');
    if (flags !== undefined) {
        if (driver === 'remote')
            throw lineError('nodes', item, 'a remote BuildKit takes no buildkitd-flags (they are its own)');
        node.buildkitdFlags = flags;
    }
    const name = one('name');
    if (name !== undefined) {
        if (!NAME.test(name))
            throw lineError('nodes', item, `expected a node name of letters, digits, '_', '.', '-', got '${name}'`);
        node.name = name;
    }
    return node;
}
function nodesInput(get, driver) {
    const items = fieldsInput(get, 'nodes');
    if (items.length > 0 && driver === 'docker') {
        throw new errors/* InputError */.dz('nodes', "the docker driver's builder is the daemon's own and takes no extra nodes (use driver: docker-container)");
    }
    const nodes = items.map((item) => parseNode(item, driver));
    const seen = new Map();
    for (const n of nodes) {
        for (const p of n.platforms) {
            const other = seen.get(p);
            if (other !== undefined)
                throw lineError('nodes', n, `${p} is already the platform of the node on line ${String(other)}`);
            seen.set(p, n.line);
        }
    }
    return nodes;
}
function builderInputs(get, driver) {
    const buildkitdFlags = optional(get, 'buildkitd-flags');
    if (buildkitdFlags !== undefined && driver !== 'docker-container') {
        throw new errors/* InputError */.dz('buildkitd-flags', `only used with driver: docker-container (driver is ${driver}: ${driver === 'docker' ? "the daemon's builder" : 'the remote BuildKit'} has its own flags)`);
    }
    const builderName = optional(get, 'name');
    if (builderName !== undefined) {
        if (driver === 'docker')
            throw new errors/* InputError */.dz('name', "the docker driver uses the daemon's own builder; name is for a builder this action creates");
        if (!NAME.test(builderName))
            throw new errors/* InputError */.dz('name', `expected letters, digits, '_', '.', '-', got '${builderName}'`);
    }
    return { buildkitdFlags, builderName, cleanup: bool(get, 'cleanup'), nodes: nodesInput(get, driver) };
}
//# sourceMappingURL=builder.js.map
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
/**
 * SOURCE_DATE_EPOCH (reproducible-builds.org): whole seconds since 1970, the time a reproducible build gives its
 * output instead of the clock. Undefined when unset or empty; anything else that is not such a number is an
 * InputError naming the variable.
 */
function sourceDateEpoch(env) {
    const value = env.SOURCE_DATE_EPOCH;
    if (value === undefined || value.trim() === '')
        return undefined;
    if (!/^\s*\d+\s*$/.test(value) || !Number.isSafeInteger(Number(value)) || Number(value) > 253402300799) {
        throw new errors/* InputError */.dz('SOURCE_DATE_EPOCH', `expected whole seconds since 1970-01-01 (e.g. 1700000000), got '${value}'`);
    }
    return new Date(Number(value) * 1000);
}
//# sourceMappingURL=env.js.map
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
var reference = __webpack_require__(84974);
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
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./build/src/text/slug.js
var slug = __webpack_require__(24774);
;// CONCATENATED MODULE: ./build/src/handoff/id.js
/**
 * The handoff-id: which build a leg belongs to, so that several images, or several variants of one image (two
 * targets, two Dockerfiles, other build args), can each run their legs and their merge in one workflow run.
 * It names the legs' artifacts, and with `handoff-id` given, the GHA cache scope too (src/buildx/cache.ts).
 */




/** Letters, digits, `.`, `_` and `-`, starting with a letter or digit: fits a cache key, a scope and an artifact name. */
const HANDOFF_ID = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
const HANDOFF_ID_MAX = 100;
/** Why an id cannot be used, or undefined when it can. */
function handoffIdProblem(id) {
    if (id.length > HANDOFF_ID_MAX)
        return `at most ${String(HANDOFF_ID_MAX)} characters, got ${String(id.length)}`;
    if (!HANDOFF_ID.test(id)) {
        return `only letters, digits, '.', '_' and '-', starting with a letter or digit (it goes into artifact names and cache scopes, which cannot hold '/', ',', ':' and the like), got '${id}'`;
    }
    return undefined;
}
/** The Dockerfile's path as written, the same on any runner OS: `./docker/../Dockerfile` -> `Dockerfile`. */
function dockerfileKey(context, file) {
    const path = (file ?? external_node_path_.posix.join(context, 'Dockerfile')).replace(/\\/g, '/');
    return external_node_path_.posix.normalize(path).replace(/^\.\//, '');
}
/**
 * `<image name>-<12 hex digits>`: the image's last path segment, and a hash of the image, the Dockerfile's path,
 * the target and the build args (by name, the last value of a name winning as in buildx, in name order).
 */
function defaultHandoffId(b) {
    const args = new Map();
    for (const line of b.buildArgs) {
        const kv = (0,text_lines/* keyValue */.Hv)(line);
        if (kv)
            args.set(kv[0], kv[1]);
    }
    const identity = JSON.stringify([
        b.image,
        dockerfileKey(b.context, b.file),
        b.target ?? '',
        [...args].sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)),
    ]);
    const hash = (0,external_node_crypto_.createHash)('sha256').update(identity).digest('hex').slice(0, 12);
    const name = (0,slug/* slug */.y)(b.image.split('/').at(-1) ?? '', '._-')
        .replace(/^[^A-Za-z0-9]+/, '')
        .slice(0, 40);
    return `${name || 'build'}-${hash}`;
}
//# sourceMappingURL=id.js.map
;// CONCATENATED MODULE: ./build/src/inputs/handoff.js
/** The handoff-id input: given, or derived from the build's identity (image, Dockerfile, target, build args). */



/**
 * Build modes and merge read it alike, so a merge given the legs' images, file, target and build-args derives
 * the legs' id. An id that an artifact name or a cache scope cannot hold is an InputError.
 */
function handoffInput(get, images) {
    const given = optional(get, 'handoff-id');
    if (given !== undefined) {
        const problem = handoffIdProblem(given);
        if (problem)
            throw new errors/* InputError */.dz('handoff-id', `expected ${problem}`);
        return { id: given, explicit: true };
    }
    const id = defaultHandoffId({
        image: images[0] ?? '',
        context: required(get, 'context', 'a path or a Git URL'),
        file: optional(get, 'file'),
        target: optional(get, 'target'),
        buildArgs: keyValueLines(get, 'build-args'),
    });
    return { id, explicit: false };
}
//# sourceMappingURL=handoff.js.map
// EXTERNAL MODULE: ./build/src/meta/expressions.js + 2 modules
var expressions = __webpack_require__(91304);
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
var meta_labels = __webpack_require__(11148);
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
var template = __webpack_require__(29677);
// EXTERNAL MODULE: ./node_modules/@renovatebot/pep440/index.js
var pep440 = __webpack_require__(68898);
// EXTERNAL MODULE: ./node_modules/semver/index.js
var semver = __webpack_require__(62088);
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
    // SOURCE_DATE_EPOCH, when set, is the `created` label and annotation (BuildKit reads it from the environment)
    const created = sourceDateEpoch(env) ?? (opts.createdFromLegs ? null : undefined);
    const meta = parseMetaInputs(get, { ...ctx, created }, env, opts.annotationLevels(platforms.length));
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
        handoff: handoffInput(get, images),
        summary: bool(get, 'summary'),
    };
}
//# sourceMappingURL=publish.js.map
;// CONCATENATED MODULE: ./build/src/inputs/secrets.js
/**
 * Build secrets and SSH, with build-push-action's syntax: `secrets` (id=VALUE, a quoted value may hold commas and
 * newlines), `secret-files` (id=PATH, or buildx's id=ID,src=PATH), `secret-envs` (id=VARIABLE), `ssh` (default or
 * id=PATH), and the `github-token` as the Git credential of GitHub contexts. Values never reach a command line:
 * they travel as environment variables (src/buildx/argv.ts); files and sockets are checked before anything runs
 * (src/modes/build/paths.ts).
 */



const SECRET_ID = /^[A-Za-z0-9_.-]+$/;
const idError = "an id of letters, digits, '.', '_' or '-'";
function secretsInput(get) {
    return listInput(get, 'secrets', { ignoreComma: true }).map((item) => {
        const kv = (0,text_lines/* keyValue */.Hv)(item.value);
        if (!kv || !SECRET_ID.test(kv[0]) || kv[1] === '') {
            // the value is not echoed: it is a secret
            throw lineError('secrets', item, `expected id=VALUE with ${idError} and a value (quote a value with commas or newlines: "id=...")`);
        }
        return { id: kv[0], value: kv[1] };
    });
}
/** buildx's own form, `id=ID,src=PATH` (as `docker buildx build --secret`), next to build-push-action's `ID=PATH`. */
function buildxSecretFile(value) {
    if (!/^(?:id|src|source|type)=/.test(value) || !value.includes(','))
        return undefined;
    const out = { unknown: [] };
    for (const field of value.split(',')) {
        const kv = (0,text_lines/* keyValue */.Hv)(field);
        if (kv?.[0] === 'id')
            out.id = kv[1];
        else if (kv?.[0] === 'src' || kv?.[0] === 'source')
            out.path = kv[1];
        else if (!(kv?.[0] === 'type' && kv[1] === 'file'))
            out.unknown.push(field);
    }
    return out;
}
function secretFilesInput(get) {
    return listInput(get, 'secret-files', { ignoreComma: true }).map((item) => {
        const buildx = buildxSecretFile(item.value);
        if (buildx && buildx.unknown.length > 0) {
            throw lineError('secret-files', item, `unknown option '${buildx.unknown.join(',')}' (expected id=ID,src=PATH)`);
        }
        const kv = (0,text_lines/* keyValue */.Hv)(item.value);
        const id = buildx ? buildx.id : kv?.[0];
        const path = (buildx ? buildx.path : kv?.[1])?.trim();
        if (id === undefined || !SECRET_ID.test(id) || !path) {
            throw lineError('secret-files', item, `expected id=PATH (or id=ID,src=PATH) with ${idError}, got '${item.value}'`);
        }
        return { id, path, line: item.line };
    });
}
function secretEnvsInput(get, env) {
    return listInput(get, 'secret-envs', { ignoreComma: false }).map((item) => {
        const kv = (0,text_lines/* keyValue */.Hv)(item.value);
        if (!kv || !SECRET_ID.test(kv[0]) || !/^[A-Za-z_][A-Za-z0-9_]*$/.test(kv[1])) {
            throw lineError('secret-envs', item, `expected id=VARIABLE with ${idError}, got '${item.value}'`);
        }
        if (env[kv[1]] === undefined) {
            throw lineError('secret-envs', item, `the environment variable ${kv[1]} is not set (set it in the step's env:)`);
        }
        return { id: kv[0], env: kv[1] };
    });
}
/** `default`, `default=PATH` or `id=PATH[,PATH]` (buildx --ssh); `default` alone is the agent at SSH_AUTH_SOCK. */
function sshInput(get, env) {
    return listInput(get, 'ssh', { ignoreComma: false }).map((item) => {
        const kv = (0,text_lines/* keyValue */.Hv)(item.value);
        const id = kv ? kv[0] : item.value;
        if (!SECRET_ID.test(id) || (kv && kv[1].trim() === '')) {
            throw lineError('ssh', item, `expected default, or id=PATH (an agent socket or a key file), got '${item.value}'`);
        }
        if (kv)
            return { spec: item.value, line: item.line, paths: [kv[1].trim()], agent: false };
        const sock = env.SSH_AUTH_SOCK;
        if (!sock) {
            throw lineError('ssh', item, `'${id}' without a path uses the ssh-agent at SSH_AUTH_SOCK, which is not set`);
        }
        return { spec: item.value, line: item.line, paths: [sock], agent: true };
    });
}
/** A Git URL on the GitHub server (https://github.com/owner/repo.git#ref): the token's only use. */
function onServer(value, host) {
    try {
        const u = new URL(value);
        return u.protocol === 'https:' && u.host === host;
    }
    catch {
        return false;
    }
}
/**
 * build-push-action gives `github-token` to the build as the GIT_AUTH_TOKEN secret when it builds a context on
 * GitHub. BuildKit hands a plain GIT_AUTH_TOKEN to every Git host the build fetches from, so it goes as
 * GIT_AUTH_TOKEN.<host>, which BuildKit uses for that host only. Not when the user gives a GIT_AUTH_TOKEN secret.
 */
function gitAuth(token, serverUrl, contexts, ids) {
    let host;
    try {
        host = new URL(serverUrl || 'https://github.com').host;
    }
    catch {
        return undefined;
    }
    if (token === '' || !contexts.some((c) => onServer(c, host)))
        return undefined;
    if (ids.some((id) => id === 'GIT_AUTH_TOKEN' || id.startsWith('GIT_AUTH_TOKEN.')))
        return undefined;
    return { host, token };
}
function secretInputs(get, env, git) {
    const secrets = secretsInput(get);
    const secretFiles = secretFilesInput(get);
    const secretEnvs = secretEnvsInput(get, env);
    const ids = [...secrets, ...secretFiles, ...secretEnvs].map((s) => s.id);
    const dup = ids.find((id, i) => ids.indexOf(id) !== i);
    if (dup !== undefined) {
        throw new errors/* InputError */.dz(secrets.some((s) => s.id === dup) ? 'secrets' : 'secret-files', `the secret id '${dup}' is given twice (in secrets, secret-files or secret-envs)`);
    }
    return {
        secrets,
        secretFiles,
        secretEnvs,
        ssh: sshInput(get, env),
        gitAuth: gitAuth(git.token, git.serverUrl, git.contexts, ids),
    };
}
//# sourceMappingURL=secrets.js.map
;// CONCATENATED MODULE: ./build/src/inputs/build.js
/** Inputs of build and build-platform modes. */









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
    const options = buildOptionsInputs(get);
    if (mode === 'build-platform' && options.call !== undefined) {
        throw new errors/* InputError */.dz('call', `a build-platform leg builds and pushes for the merge; call: ${options.call} pushes nothing`);
    }
    const publish = parsePublishInputs(get, ctx, env, {
        // call: check (outline, targets) pushes nothing
        imagesRequiredWhen: push && options.call === undefined ? 'when push is true' : '',
        // buildx refuses index annotations when it exports one platform (no index of its own to annotate)
        annotationLevels: (n) => (n > 1 ? ['index', 'manifest'] : ['manifest']),
    });
    if (publish.images.length === 0 && get('tags').trim() !== '') {
        throw new errors/* InputError */.dz('tags', 'tags were given but no images to tag');
    }
    const context = required(get, 'context', 'a path or a Git URL');
    const driver = driverInputs(get);
    const secrets = secretInputs(get, env, {
        token: publish.githubToken,
        serverUrl: ctx.serverUrl,
        contexts: [context, ...options.buildContexts.map((c) => c.slice(c.indexOf('=') + 1))],
    });
    if (options.load && options.outputs.some((o) => /(?:^|,)type=docker(?:,|$)/.test(o))) {
        throw new errors/* InputError */.dz('load', 'give load: true or a type=docker line in outputs, not both');
    }
    const dockerExporter = options.load || options.outputs.some((o) => /(?:^|,)type=docker(?:,|$)/.test(o));
    const builder = builderInputs(get, driver.driver);
    const platforms = publish.platforms;
    if (options.call === undefined && (0,buildx_builder/* nodeGroups */.f$)({ platforms, nodes: builder.nodes }).length > 1) {
        // one build per node (src/modes/build/nodes.ts): only the registry can join their images
        if (options.load)
            throw new errors/* InputError */.dz('load', 'load: true with platforms built on several nodes (input nodes): give one platform');
        if (options.outputs.length > 0) {
            throw new errors/* InputError */.dz('outputs', 'outputs with platforms built on several nodes (input nodes): only the push joins them');
        }
    }
    return {
        mode,
        ...publish,
        // with no image there is nothing to tag: the default tag rules' results (main, pr-42, ...) are dropped
        tags: publish.images.length === 0 ? [] : publish.tags,
        context,
        file: optional(get, 'file'),
        target: optional(get, 'target'),
        buildArgs: keyValueLines(get, 'build-args'),
        push,
        qemu: oneOf(get, 'qemu', ['auto', 'true', 'false']),
        binfmtImage: required(get, 'binfmt-image', 'an image reference'),
        cacheImages: bool(get, 'cache-images'),
        retryTimeout: integer(get, 'retry-timeout', 0, 3600),
        ...driver,
        network: optional(get, 'network'),
        ...cacheInputs(get),
        attests: attestInputs(get, ctx, env, dockerExporter),
        ...secrets,
        ...options,
        ...builder,
    };
}
//# sourceMappingURL=build.js.map
// EXTERNAL MODULE: ./build/src/oci/types.js
var types = __webpack_require__(57578);
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
        createdFromLegs: true,
    });
    const settings = {
        mode: 'merge',
        ...publish,
        digests: get('digests').trim() ? parseDigestsInput(get('digests')) : undefined,
        push: bool(get, 'push'),
    };
    if (ctx.commitDate)
        settings.commitDate = ctx.commitDate;
    return settings;
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
var state = __webpack_require__(33260);
// EXTERNAL MODULE: ./build/src/tools/runner.js
var runner = __webpack_require__(87695);
// EXTERNAL MODULE: ./build/src/workflow/commands.js
var commands = __webpack_require__(69933);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
;// CONCATENATED MODULE: ./build/src/workflow/context.js
/**
 * The workflow run's context, read from the runner's environment and the event payload file: the fields of
 * `@actions/github`'s `context` the action uses, read the same way (a unit test compares the two), without loading
 * that package and its Octokit.
 */


/** The event payload; {} outside a runner, or (with a line saying so) when its file is missing. */
function readPayload(path) {
    if (!path)
        return {};
    if ((0,external_node_fs_.existsSync)(path))
        return JSON.parse((0,external_node_fs_.readFileSync)(path, 'utf8'));
    process.stdout.write(`GITHUB_EVENT_PATH ${path} does not exist${external_node_os_.EOL}`);
    return {};
}
/** Outside a workflow run (no GITHUB_* variables) every field is empty (runId NaN). */
function readRunContext(env) {
    const [owner = '', repo = ''] = (env.GITHUB_REPOSITORY ?? '').split('/');
    return {
        eventName: env.GITHUB_EVENT_NAME ?? '',
        sha: env.GITHUB_SHA ?? '',
        ref: env.GITHUB_REF ?? '',
        actor: env.GITHUB_ACTOR ?? '',
        runId: parseInt(env.GITHUB_RUN_ID ?? '', 10),
        serverUrl: env.GITHUB_SERVER_URL ?? 'https://github.com',
        repo: { owner, repo },
        payload: readPayload(env.GITHUB_EVENT_PATH),
    };
}
//# sourceMappingURL=context.js.map
;// CONCATENATED MODULE: ./build/src/main.js








/**
 * Runs the mode the settings are for; returns its outputs. Each mode loads its own code (the registry client, the
 * Actions cache, docker wrappers) only when it runs. A mode added to `Settings` without a case here fails `tsc`.
 */
async function runStep(s, d) {
    switch (s.mode) {
        case 'plan': {
            const { planStep } = await __webpack_require__.e(/* import() */ 10).then(__webpack_require__.bind(__webpack_require__, 32010));
            return planStep(s, d);
        }
        case 'meta': {
            const { metaStep } = await __webpack_require__.e(/* import() */ 682).then(__webpack_require__.bind(__webpack_require__, 74682));
            return metaStep(s, d);
        }
        case 'merge': {
            const { mergeStep } = await Promise.all(/* import() */[__webpack_require__.e(850), __webpack_require__.e(998)]).then(__webpack_require__.bind(__webpack_require__, 43998));
            return mergeStep(s, d);
        }
        case 'build':
        case 'build-platform': {
            const { buildStep } = await Promise.all(/* import() */[__webpack_require__.e(279), __webpack_require__.e(850), __webpack_require__.e(463)]).then(__webpack_require__.bind(__webpack_require__, 68463));
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
        const get = (name) => (0,commands/* getInput */.V4)(env, name);
        const run = readRunContext(env);
        const settings = parseInputs(get, contextFromGithub(run, new Date(), env), env);
        const deps = { runner: runner/* execRunner */.M6, log: log/* actionsLog */._, state: state/* actionsState */.R, env, actor: run.actor };
        const outputs = await runStep(settings, deps);
        for (const [k, v] of Object.entries(outputs))
            commands.workflow.setOutput(k, v);
    }
    catch (e) {
        commands.workflow.setFailed((0,errors/* errorMessage */.gJ)(e));
    }
}
//# sourceMappingURL=main.js.map

/***/ }),

/***/ 69617:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MO: () => (/* binding */ normalizeRegistryKey),
/* harmony export */   Ns: () => (/* binding */ DOCKER_HUB_SERVER),
/* harmony export */   _5: () => (/* binding */ anonymous),
/* harmony export */   lc: () => (/* binding */ nodeDockerConfigDeps),
/* harmony export */   zw: () => (/* binding */ DockerConfigCredentials)
/* harmony export */ });
/* unused harmony exports staticCredentials, chainCredentials, runCredentialHelper */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(48161);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
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

/***/ 84974:
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
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(57578);
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

/***/ 57578:
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
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
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

/***/ })

};
