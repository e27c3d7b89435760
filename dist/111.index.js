export const id = 111;
export const ids = [111];
export const modules = {

/***/ 2111:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  mergeStep: () => (/* binding */ mergeStep)
});

// EXTERNAL MODULE: ./node_modules/@actions/cache/lib/cache.js + 340 modules
var cache = __webpack_require__(1691);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
var promises_namespaceObject = /*#__PURE__*/__webpack_require__.t(promises_, 2);
// EXTERNAL MODULE: ./build/src/handoff/env.js + 2 modules
var env = __webpack_require__(4550);
// EXTERNAL MODULE: ./build/src/oci/index.js
var oci = __webpack_require__(9099);
// EXTERNAL MODULE: ./build/src/oci/reference.js
var reference = __webpack_require__(4974);
// EXTERNAL MODULE: ./build/src/oci/decode.js
var decode = __webpack_require__(8229);
// EXTERNAL MODULE: ./build/src/oci/platform.js
var platform = __webpack_require__(3856);
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
//# sourceMappingURL=resolve.js.map
;// CONCATENATED MODULE: ./build/src/handoff/explicit.js
/**
 * The legs from the explicit `digests` input instead of the cache: each digest's platforms are read from the
 * registry (an index lists them; a single image manifest names its platform only in its config blob).
 */




/** Every platform the digests hold is found (so extra ones surface as unexpected); expected ones left are missing. */
function explicitLegSource(refs, registry) {
    return {
        async load(_image, platforms) {
            const found = [];
            for (const ref of refs) {
                for (const platform of await platformsOf(ref, registry))
                    found.push({ ...ref, platform });
            }
            return { found, missing: platforms.filter((p) => !found.some((l) => l.platform === p)) };
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
var outputs = __webpack_require__(9581);
// EXTERNAL MODULE: ./build/src/errors.js
var errors = __webpack_require__(7406);
// EXTERNAL MODULE: ./build/src/oci/types.js
var types = __webpack_require__(7578);
;// CONCATENATED MODULE: ./build/src/modes/merge/run.js
/**
 * Merge mode: gathers the legs' digests, composes one index, and pushes it under every tag of every image.
 * Nothing is written before every expected platform is there; the pushed index is read back and verified.
 * Needs no Docker: only the registry client.
 */





class MergeError extends Error {
    constructor(message) {
        super(message);
        this.name = 'MergeError';
    }
}
async function runMerge(settings, deps) {
    const { targets, tags, platforms } = checkSettings(settings);
    const { registry, log } = deps;
    const entries = await log.group('Gathering the legs', () => gather(settings.images[0], platforms, deps));
    const index = (0,oci/* composeIndex */.DD)(entries.map((e) => e.descriptor), settings.annotations);
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
    for (const target of targets) {
        await log.group(`Tagging ${target.registry}/${target.repository}`, async () => {
            await pushTags(target, tags, bytes, index.mediaType, registry, log);
            await verifyTags(target, tags, digest, registry);
        });
    }
    log.info(`Index ${digest}: ${planned.platforms.join(', ')}`);
    return {
        digest,
        platforms: planned.platforms,
        platformDigests: planned.platformDigests,
        image: `${settings.images[0]}@${digest}`,
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
async function gather(image, platforms, deps) {
    const { found, missing } = await deps.legs.load(image, platforms);
    if (missing.length > 0) {
        throw new MergeError(`no leg handed off ${missing.join(', ')} for ${image} (did those legs fail, or push another image?); nothing was pushed`);
    }
    for (const leg of found)
        deps.log.info(`${leg.platform}: ${leg.image}@${leg.digest}`);
    return (await Promise.all(found.map((leg) => resolveLeg(leg, deps.registry)))).flat();
}
/** Makes every entry's manifest (and its blobs) present in the target repository. */
async function copyEntries(entries, target, registry) {
    for (const { descriptor, source } of entries) {
        await registry.copyManifest((0,reference/* withDigest */.hQ)(source, descriptor.digest), target);
    }
}
async function pushTags(target, tags, bytes, mediaType, registry, log) {
    for (const tag of tags) {
        await registry.putManifest((0,reference/* withTag */.Rd)(target, tag), bytes, mediaType);
        log.info(`pushed ${(0,reference/* formatReference */.FH)((0,reference/* withTag */.Rd)(target, tag))}`);
    }
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
    for (const tag of tags) {
        const got = await registry.headManifest((0,reference/* withTag */.Rd)(target, tag));
        if (got?.digest !== digest) {
            throw new MergeError(`${(0,reference/* formatReference */.FH)((0,reference/* withTag */.Rd)(target, tag))} points at ${got?.digest ?? 'nothing'}, not ${digest}`);
        }
    }
}
//# sourceMappingURL=run.js.map
// EXTERNAL MODULE: ./build/src/oci/client.js + 7 modules
var oci_client = __webpack_require__(7632);
// EXTERNAL MODULE: ./build/src/oci/credentials.js
var credentials = __webpack_require__(9617);
// EXTERNAL MODULE: ./build/src/modes/report.js
var report = __webpack_require__(2006);
// EXTERNAL MODULE: ./build/src/modes/workspace.js + 2 modules
var workspace = __webpack_require__(1628);
;// CONCATENATED MODULE: ./build/src/modes/merge/index.js
/** The merge step: legs from the Actions cache handoff (or the digests input) -> one verified index, tagged. */










async function mergeStep(s, d) {
    (0,report/* logNotes */.q)(s, d.log);
    const ws = await (0,workspace/* prepareWorkspace */.t)({ ...s, actor: d.actor }, d, false);
    try {
        const client = new oci_client/* RegistryClient */.b({
            credentials: new credentials/* DockerConfigCredentials */.zw({ ...(0,credentials/* nodeDockerConfigDeps */.lc)(), env: ws.env }),
            insecureRegistries: s.insecureRegistries,
        });
        try {
            const legs = s.digests
                ? explicitLegSource(s.digests, client)
                : (0,env/* handoffStoreFromEnv */.v)(d.env, cache, promises_namespaceObject, (m) => {
                    d.log.info(m);
                });
            const result = await runMerge({ images: s.images, tags: s.tags, platforms: s.platforms, annotations: s.annotations.index }, { legs, registry: client, log: d.log });
            // every image has every tag, or the merge failed
            return {
                ...(0,report/* publishOutputs */.e)(s, (0,outputs/* imageTags */.r)(s.images, s.tags)),
                digest: result.digest,
                platforms: result.platforms.join(','),
                'platform-digests': JSON.stringify(result.platformDigests),
                image: result.image,
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

//# sourceMappingURL=111.index.js.map