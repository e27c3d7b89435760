export const id = 998;
export const ids = [998];
export const modules = {

/***/ 43998:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  mergeStep: () => (/* binding */ mergeStep)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
var promises_namespaceObject = /*#__PURE__*/__webpack_require__.t(promises_, 2);
// EXTERNAL MODULE: ./build/src/handoff/env.js + 1 modules
var env = __webpack_require__(90695);
// EXTERNAL MODULE: ./build/src/oci/index.js
var oci = __webpack_require__(69099);
// EXTERNAL MODULE: ./build/src/oci/reference.js
var reference = __webpack_require__(84974);
// EXTERNAL MODULE: ./build/src/oci/decode.js
var decode = __webpack_require__(58229);
// EXTERNAL MODULE: ./build/src/oci/platform.js
var platform = __webpack_require__(23856);
;// CONCATENATED MODULE: ./build/src/handoff/resolve.js




/** buildx's annotation on an attestation manifest: the digest of the image it attests. */
const REFERENCE_DIGEST_ANNOTATION = 'vnd.docker.reference.digest';
class LegError extends Error {
    constructor(message) {
        super(message);
        this.name = 'LegError';
    }
}
async function resolveLeg(leg, registry) {
    const source = (0,reference/* withDigest */.hQ)((0,reference/* parseReference */.F2)(leg.image), leg.digest);
    const { descriptor, manifest } = await registry.getManifest(source);
    const where = `${leg.image}@${leg.digest}`;
    if (manifest.kind === 'image') {
        return [{ descriptor: { ...descriptor, platform: (0,platform/* toOciPlatform */.kw)(leg.platform) }, source }];
    }
    if (manifest.kind !== 'index') {
        throw new LegError(`${where} (${leg.platform}) is a '${descriptor.mediaType}', not an image or an index`);
    }
    const children = manifest.index.manifests;
    const images = children.filter((c) => (0,oci/* platformOf */.tj)(c) === leg.platform);
    if (images.length === 0) {
        const held = children.map(oci/* platformOf */.tj).filter((p) => p !== undefined);
        throw new LegError(`${where} holds no ${leg.platform} image (it holds: ${held.join(', ') || 'none'})`);
    }
    const digests = new Set(images.map((c) => c.digest));
    const attestations = children.filter((c) => c.annotations?.[oci/* REFERENCE_TYPE_ANNOTATION */.fl] === oci/* ATTESTATION_MANIFEST */.lL &&
        digests.has(c.annotations[REFERENCE_DIGEST_ANNOTATION] ?? ''));
    return [...images, ...attestations].map((descriptor) => ({ descriptor, source }));
}
/**
 * When a platform image of the merged index was made: its config's `created`. Undefined for an attestation
 * manifest, or an image whose config gives no time.
 */
async function imageCreated(entry, registry) {
    if ((0,oci/* platformOf */.tj)(entry.descriptor) === undefined)
        return undefined;
    const ref = (0,reference/* withDigest */.hQ)(entry.source, entry.descriptor.digest);
    const { manifest } = await registry.getManifest(ref);
    if (manifest.kind !== 'image')
        return undefined;
    const config = await registry.getBlob(ref, manifest.image.config.digest);
    return (0,decode/* decodeConfigCreated */.lD)(config, `${(0,reference/* formatReference */.FH)(ref)} config`);
}
//# sourceMappingURL=resolve.js.map
;// CONCATENATED MODULE: ./build/src/handoff/explicit.js
/**
 * The legs from the explicit `digests` input instead of the cache: each digest's platforms are read from the
 * registry (an index lists them; a single image manifest names its platform only in its config blob).
 */




/** Every platform the digests hold: the expected ones are found, the others unexpected. */
function explicitLegSource(refs, registry) {
    return {
        async load(platforms) {
            // read at once (each is a round trip or two), kept in the order given
            const each = await Promise.all(refs.map((ref) => platformsOf(ref, registry)));
            const held = refs.flatMap((ref, i) => (each[i] ?? []).map((platform) => ({ ...ref, platform })));
            return {
                found: held.filter((l) => platforms.includes(l.platform)),
                missing: platforms.filter((p) => !held.some((l) => l.platform === p)),
                unexpected: held.filter((l) => !platforms.includes(l.platform)),
                elsewhere: [],
            };
        },
    };
}
async function platformsOf(ref, registry) {
    const source = (0,reference/* withDigest */.hQ)((0,reference/* parseReference */.F2)(ref.image), ref.digest);
    const { manifest } = await registry.getManifest(source);
    if (manifest.kind !== 'image') {
        const children = manifest.kind === 'index' ? manifest.index.manifests : [];
        return [...new Set(children.map(oci/* platformOf */.tj).filter((p) => p !== undefined))];
    }
    if (!registry.getBlob) {
        throw new LegError(`${ref.image}@${ref.digest} is a single image: its platform cannot be read without its config`);
    }
    const bytes = await registry.getBlob(source, manifest.image.config.digest);
    const platform = (0,decode/* decodeConfigPlatform */.Me)(bytes, `${ref.image}@${ref.digest} config`);
    if (!platform)
        throw new LegError(`${ref.image}@${ref.digest}: its config names no platform`);
    return [platform];
}
//# sourceMappingURL=explicit.js.map
// EXTERNAL MODULE: ./build/src/meta/outputs.js
var outputs = __webpack_require__(89581);
// EXTERNAL MODULE: ./build/src/errors.js
var errors = __webpack_require__(27406);
// EXTERNAL MODULE: ./build/src/handoff/names.js
var names = __webpack_require__(17352);
// EXTERNAL MODULE: ./build/src/meta/labels.js
var labels = __webpack_require__(11148);
// EXTERNAL MODULE: ./build/src/oci/types.js
var types = __webpack_require__(57578);
;// CONCATENATED MODULE: ./build/src/modes/merge/run.js
/**
 * Merge mode: gathers the legs' digests, composes one index, and pushes it under every tag of every image.
 * Nothing is written before every expected platform is there; the pushed index is read back and verified.
 * The index is reproducible: its `created` comes from the legs' images (or SOURCE_DATE_EPOCH), never from the
 * clock, so merging the same legs again gives the same digest and moves no tag. Needs no Docker: only the
 * registry client.
 */







class MergeError extends Error {
    constructor(message) {
        super(message);
        this.name = 'MergeError';
    }
}
async function runMerge(settings, deps) {
    const { targets, tags, platforms } = checkSettings(settings);
    const push = settings.push ?? true;
    const { registry, log } = deps;
    const legs = await log.group('Gathering the legs', async () => {
        const load = await deps.legs.load(platforms);
        checkLegs(load, platforms, settings.handoffId, push);
        for (const leg of load.found)
            log.info(`${leg.platform}: ${leg.image}@${leg.digest ?? '(not pushed)'}`);
        return load.found;
    });
    if (!push) {
        log.info(`push: false: every platform has its leg (${platforms.join(', ')}); nothing was pushed, no tag moved`);
        return { platforms, platformDigests: {}, legs, annotations: settings.annotations ?? {}, moved: [], unchanged: [] };
    }
    // checkLegs saw to it that every leg pushed
    const pushed = legs.filter((l) => l.digest !== undefined);
    const entries = (await Promise.all(pushed.map((leg) => resolveLeg(leg, registry)))).flat();
    const annotations = await indexAnnotations(settings, entries, registry, log);
    const index = (0,oci/* composeIndex */.DD)(entries.map((e) => e.descriptor), annotations);
    const planned = (0,oci/* verifyIndex */.MV)(index, platforms);
    if (!planned.ok)
        throw new MergeError(`the legs do not make the expected index: ${(0,oci/* describeVerification */.Xm)(planned)}`);
    const bytes = (0,oci/* indexBytes */.EI)(index);
    const digest = (0,types/* digestOf */.ol)(bytes);
    // every image gets the index by digest and reads it back right before any tag moves, in any image
    for (const target of targets) {
        await log.group(`Pushing the index to ${target.registry}/${target.repository}`, async () => {
            await copyEntries(entries, target, registry);
            await registry.putManifest((0,reference/* withDigest */.hQ)(target, digest), bytes, index.mediaType);
            await verifyIndexAt(target, digest, platforms, registry);
        });
    }
    const moved = [];
    const unchanged = [];
    for (const target of targets) {
        await log.group(`Tagging ${target.registry}/${target.repository}`, async () => {
            const r = await pushTags(target, tags, { bytes, mediaType: index.mediaType, digest }, registry, log);
            moved.push(...r.moved);
            unchanged.push(...r.unchanged);
            await verifyTags(target, tags, digest, registry);
        });
    }
    log.info(`Index ${digest}: ${planned.platforms.join(', ')}`);
    return {
        digest,
        platforms: planned.platforms,
        platformDigests: planned.platformDigests,
        image: `${settings.images[0] ?? ''}@${digest}`,
        legs,
        annotations,
        moved,
        unchanged,
    };
}
function checkSettings(s) {
    if (s.images.length === 0)
        throw new errors/* InputError */.dz('images', 'the merge needs at least one image');
    const targets = s.images.map((image) => {
        try {
            const ref = (0,reference/* parseReference */.F2)(image);
            if (ref.tag !== undefined || ref.digest !== undefined)
                throw new Error('give the repository, without tag');
            return ref;
        }
        catch (e) {
            throw new errors/* InputError */.dz('images', `'${image}': ${(0,errors/* errorMessage */.gJ)(e)}`);
        }
    });
    for (const tag of s.tags) {
        try {
            (0,reference/* withTag */.Rd)(targets[0], tag);
        }
        catch {
            throw new errors/* InputError */.dz('tags', `'${tag}' is not a tag (letters, digits, _ . -; at most 128)`);
        }
    }
    const platforms = [...new Set(s.platforms)];
    if (platforms.length === 0)
        throw new errors/* InputError */.dz('platforms', 'the merge needs the expected platforms');
    return { targets, tags: s.tags, platforms };
}
/**
 * The legs against what the merge expects, before anything is written: legs under another handoff-id, platforms
 * that differ from the legs', a leg that pushed nothing when the merge is to push.
 */
function checkLegs(load, platforms, handoffId, push) {
    const { found, missing, unexpected, elsewhere } = load;
    const nothing = 'nothing was pushed';
    if (handoffId !== undefined && missing.length > 0) {
        if (found.length === 0 && elsewhere.length === 0) {
            throw new MergeError(`no leg of this workflow run handed anything off (under any handoff-id): did the legs fail, or run in another workflow run? ${nothing}`);
        }
        const misplaced = missing.filter((p) => elsewhere.some((e) => e.platforms.includes((0,names/* platformSlug */.DN)(p))));
        if (misplaced.length > 0 || found.length === 0) {
            const others = elsewhere.map((e) => `'${e.handoffId}' (${e.platforms.join(', ')})`).join(', ');
            throw new errors/* InputError */.dz('handoff-id', `the merge looks for the legs of handoff-id '${handoffId}', but this run's legs of ${(misplaced.length > 0 ? misplaced : missing).join(', ')} were handed off under ${others}: give the legs and the merge one handoff-id (or the same images, file, target and build-args, which the default is derived from); ${nothing}`);
        }
    }
    if (missing.length > 0 || unexpected.length > 0) {
        const legs = handoffId === undefined ? 'the digests' : `the legs of handoff-id '${handoffId}'`;
        const parts = [];
        if (missing.length > 0) {
            const why = handoffId === undefined ? '' : ' (is it one of their platforms? did its leg fail?)';
            parts.push(`${legs} hold no ${missing.join(', ')}${why}`);
        }
        if (unexpected.length > 0)
            parts.push(`${legs} also hold ${unexpected.map((l) => l.platform).join(', ')}`);
        throw new errors/* InputError */.dz('platforms', `expected ${platforms.join(', ')}, which differ from the legs' platforms: ${parts.join('; ')}; ${nothing}`);
    }
    const unpushed = found.filter((l) => l.digest === undefined);
    if (push && unpushed.length > 0) {
        throw new errors/* InputError */.dz('push', `the legs of ${unpushed.map((l) => l.platform).join(', ')} ran with push: false, so they pushed nothing to merge: give the legs and the merge the same push; ${nothing}`);
    }
}
/**
 * The index annotations with `created`: kept when given (SOURCE_DATE_EPOCH or the user's), else the newest
 * `created` of the legs' image configs, else the commit's time; never the clock.
 */
async function indexAnnotations(s, entries, registry, log) {
    const given = s.annotations ?? {};
    if (labels/* CREATED */.DE in given)
        return { ...given };
    const times = (await Promise.all(entries.map((e) => imageCreated(e, registry)))).filter((t) => t !== undefined);
    const newest = times.reduce((a, b) => (a === undefined || b > a ? b : a), undefined);
    const created = newest ?? s.commitDate;
    if (created === undefined) {
        log.info('created: no leg image gives a time and the event has no commit time; the index has no created');
        return { ...given };
    }
    log.info(`created: ${created.toISOString()} (${newest ? "the newest of the legs' images" : 'the commit'})`);
    return (0,labels/* withCreated */.z6)(given, created);
}
/** Makes every entry's manifest (and its blobs) present in the target repository. */
async function copyEntries(entries, target, registry) {
    await Promise.all(entries.map(({ descriptor, source }) => registry.copyManifest((0,reference/* withDigest */.hQ)(source, descriptor.digest), target)));
}
/**
 * Puts the index under each tag; a tag that already points at this index is left as it is. The tags go at once
 * (each is a round trip or two to the registry); the log keeps their order and says every tag that moved, also
 * when another failed: then the first failure in that order is thrown.
 */
async function pushTags(target, tags, index, registry, log) {
    const settled = await Promise.allSettled(tags.map(async (tag) => {
        const ref = (0,reference/* withTag */.Rd)(target, tag);
        if ((await registry.headManifest(ref))?.digest === index.digest)
            return false;
        await registry.putManifest(ref, index.bytes, index.mediaType);
        return true;
    }));
    const moved = [];
    const unchanged = [];
    tags.forEach((tag, i) => {
        const r = settled[i];
        if (r?.status !== 'fulfilled')
            return;
        const name = (0,reference/* formatReference */.FH)((0,reference/* withTag */.Rd)(target, tag));
        (r.value ? moved : unchanged).push(name);
        log.info(r.value ? `pushed ${name}` : `${name} already points at ${index.digest}: not moved`);
    });
    (0,errors/* throwFirstRejection */.wA)(settled);
    return { moved, unchanged };
}
/** Reads the index back by digest (the client checks the bytes against it) and checks its platforms. */
async function verifyIndexAt(target, digest, platforms, registry) {
    const { manifest } = await registry.getManifest((0,reference/* withDigest */.hQ)(target, digest));
    const check = manifest.kind === 'index' ? (0,oci/* verifyIndex */.MV)(manifest.index, platforms) : undefined;
    if (!check?.ok) {
        throw new MergeError(`the pushed index ${(0,reference/* formatReference */.FH)((0,reference/* withDigest */.hQ)(target, digest))}: ${check ? (0,oci/* describeVerification */.Xm)(check) : `a '${manifest.mediaType}', not an index`}; no tag was moved`);
    }
}
/** Checks every tag points at the index. */
async function verifyTags(target, tags, digest, registry) {
    const got = await Promise.all(tags.map((tag) => registry.headManifest((0,reference/* withTag */.Rd)(target, tag))));
    tags.forEach((tag, i) => {
        const at = got[i]?.digest;
        if (at !== digest) {
            throw new MergeError(`${(0,reference/* formatReference */.FH)((0,reference/* withTag */.Rd)(target, tag))} points at ${at ?? 'nothing'}, not ${digest}`);
        }
    });
}
//# sourceMappingURL=run.js.map
// EXTERNAL MODULE: ./build/src/oci/client.js + 3 modules
var oci_client = __webpack_require__(37626);
// EXTERNAL MODULE: ./build/src/oci/credentials.js
var credentials = __webpack_require__(69617);
// EXTERNAL MODULE: ./build/src/modes/artifacts.js
var artifacts = __webpack_require__(55165);
// EXTERNAL MODULE: ./build/src/modes/report.js
var report = __webpack_require__(12006);
// EXTERNAL MODULE: ./build/src/workflow/commands.js
var commands = __webpack_require__(69933);
// EXTERNAL MODULE: ./build/src/modes/workspace.js + 2 modules
var workspace = __webpack_require__(61628);
;// CONCATENATED MODULE: ./build/src/modes/merge/outputs.js
/** The merge's step outputs and job summary (pure: they return values; the step writes them). */


function mergeOutputs(r) {
    return (0,report/* indexOutputs */.$8)(r);
}
const code = (s) => `\`${(0,report/* cell */.Hn)(s)}\``;
/** Platforms, digests, the run attempt each leg came from, and the tags: moved, or already there. */
function mergeSummaryMarkdown(r, handoffId) {
    const rows = r.legs.map((leg) => {
        const inIndex = r.platformDigests[leg.platform];
        return `| ${(0,report/* cell */.Hn)(leg.platform)} | ${inIndex ? code(inIndex) : leg.digest ? code(leg.digest) : 'not pushed'} | ${leg.attempt === undefined ? 'digests input' : String(leg.attempt)} |`;
    });
    const tags = [
        ...r.moved.map((t) => `| ${code(t)} | moved to the index |`),
        ...r.unchanged.map((t) => `| ${code(t)} | already the index: not moved |`),
    ];
    return [
        '### multiarch-publish: merge',
        '',
        r.digest
            ? `Index \`${(0,report/* cell */.Hn)(r.image ?? r.digest)}\`${r.annotations[labels/* CREATED */.DE] ? `, created ${r.annotations[labels/* CREATED */.DE]}` : ''}`
            : 'push: false: every platform has its leg; nothing was pushed, no tag moved.',
        ...(handoffId === undefined ? [] : ['', `Handoff-id \`${(0,report/* cell */.Hn)(handoffId)}\``]),
        '',
        '| Platform | Digest | Leg from run attempt |',
        '| --- | --- | --- |',
        ...rows,
        '',
        ...(tags.length > 0 ? ['| Tag | |', '| --- | --- |', ...tags, ''] : r.digest ? ['No tags.', ''] : []),
    ].join('\n');
}
//# sourceMappingURL=outputs.js.map
;// CONCATENATED MODULE: ./build/src/modes/merge/index.js
/** The merge step: legs from the artifact handoff (or the digests input) -> one verified index, tagged. */












async function mergeStep(s, d) {
    (0,report/* logNotes */.qV)(s, d.log);
    const ws = await (0,workspace/* prepareWorkspace */.t)({ ...s, actor: d.actor }, d, false);
    try {
        const client = new oci_client/* RegistryClient */.b({
            credentials: new credentials/* DockerConfigCredentials */.zw({ ...(0,credentials/* nodeDockerConfigDeps */.lc)(), env: ws.env }),
            insecureRegistries: s.insecureRegistries,
        });
        try {
            const legs = s.digests
                ? explicitLegSource(s.digests, client)
                : (0,env/* handoffStoreFromEnv */.v)(d.env, artifacts/* lazyArtifactClient */.G, promises_namespaceObject, {
                    handoffId: s.handoff.id,
                    tempRoot: ws.workDir,
                    info: (m) => {
                        d.log.info(m);
                    },
                });
            const handoffId = s.digests ? undefined : s.handoff.id;
            const result = await runMerge({
                images: s.images,
                tags: s.tags,
                platforms: s.platforms,
                annotations: s.annotations.index,
                push: s.push,
                ...(handoffId === undefined ? {} : { handoffId }),
                ...(s.commitDate ? { commitDate: s.commitDate } : {}),
            }, { legs, registry: client, log: d.log });
            if (s.summary && d.env.GITHUB_STEP_SUMMARY) {
                await commands.workflow.appendSummary(mergeSummaryMarkdown(result, handoffId), d.env);
            }
            // every image has every tag, or the merge failed (push: false tags nothing)
            const tagged = result.digest ? (0,outputs/* imageTags */.r)(s.images, s.tags) : [];
            return {
                ...(0,report/* publishOutputs */.eB)({ ...s, annotations: { index: result.annotations } }, tagged),
                ...mergeOutputs(result),
            };
        }
        finally {
            client.close();
        }
    }
    finally {
        await (0,workspace/* removeWorkspace */.q)(ws, d.log);
    }
}
//# sourceMappingURL=index.js.map

/***/ })

};
