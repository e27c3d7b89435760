/**
 * One row per build-push-action input: the inputs as a runner gives them (action.yml's defaults for the rest) ->
 * the exact `docker buildx build` command line and the exact environment buildx gets on top of the job's.
 */
import { describe, expect, it } from '@jest/globals'
import { buildArgs, outputStrategy } from '../../../src/buildx/argv.js'
import type { CachePlan } from '../../../src/buildx/cache.js'
import { parseInputs } from '../../../src/inputs/index.js'
import type { MetaContext } from '../../../src/meta/context.js'
import { buildEnv } from '../../../src/modes/build/run.js'
import type { BuildSettings } from '../../../src/settings.js'
import { runnerInputs } from '../support/inputs.js'
import { CTX, IMAGE } from '../support/settings.js'

const none: CachePlan = { kind: 'none', from: [], to: [] }
const paths = { metadataFile: '/w/metadata.json', layoutDir: '/w/layout' }
const HEAD = ['buildx', 'build', '--builder', 'mp-1', '--platform', 'linux/amd64,linux/arm64']
const PUSH = ['--output', 'type=image,"name=ghcr.io/acme/app",push-by-digest=true,name-canonical=true,push=true']
const TAIL = ['--metadata-file', '/w/metadata.json', '.']
/** build-push-action's default provenance for a public repository, with the run's URL as builder id. */
const PROVENANCE = ['--attest', 'type=provenance,mode=max,builder-id=https://github.com/acme/app/actions/runs/7']

/** Settings without the context's OCI labels and annotations (they are tested elsewhere). */
function parse(
  inputs: Record<string, string>,
  env: Record<string, string> = {},
  ctx: MetaContext = CTX,
): BuildSettings {
  const s = parseInputs(runnerInputs({ images: IMAGE, ...inputs }), ctx, env)
  if (s.mode !== 'build') throw new Error('expected build mode')
  return { ...s, labels: {}, annotations: {} }
}

const argv = (s: BuildSettings) => buildArgs(s, 'mp-1', none, outputStrategy(s), paths)

describe('each input -> the exact buildx argv and environment', () => {
  it.each<[string, Record<string, string>, Record<string, string>, string[], Record<string, string>]>([
    [
      'build-contexts: name=value lines',
      { 'build-contexts': 'base=docker-image://alpine:3.20\nsrc=../shared\nstage=target:deps' },
      {},
      [
        '--build-context',
        'base=docker-image://alpine:3.20',
        '--build-context',
        'src=../shared',
        '--build-context',
        'stage=target:deps',
        ...PROVENANCE,
        ...PUSH,
      ],
      {},
    ],
    [
      'secrets: a quoted multi-line value and a value with commas, in the environment only',
      { secrets: '"ssh_key=-----BEGIN KEY-----\nAAAA\n-----END KEY-----"\nnpm=a,b=c' },
      {},
      [
        ...PROVENANCE,
        '--secret',
        'id=ssh_key,env=MULTIARCH_PUBLISH_SECRET_0',
        '--secret',
        'id=npm,env=MULTIARCH_PUBLISH_SECRET_1',
        ...PUSH,
      ],
      {
        MULTIARCH_PUBLISH_SECRET_0: '-----BEGIN KEY-----\nAAAA\n-----END KEY-----',
        MULTIARCH_PUBLISH_SECRET_1: 'a,b=c',
      },
    ],
    [
      "secret-files: build-push-action's id=PATH and buildx's id=ID,src=PATH",
      { 'secret-files': 'npmrc=./ci/.npmrc\nid=cert,src=/etc/ssl/cert.pem' },
      {},
      [...PROVENANCE, '--secret', 'id=npmrc,src=./ci/.npmrc', '--secret', 'id=cert,src=/etc/ssl/cert.pem', ...PUSH],
      {},
    ],
    [
      'secret-envs: id=VARIABLE, comma-separated; the variables reach buildx',
      { 'secret-envs': 'aws=AWS_SECRET_ACCESS_KEY,gh=GH_PAT' },
      { AWS_SECRET_ACCESS_KEY: 's3cr3t', GH_PAT: 'ghp_x', OTHER: 'not passed' },
      [...PROVENANCE, '--secret', 'id=aws,env=AWS_SECRET_ACCESS_KEY', '--secret', 'id=gh,env=GH_PAT', ...PUSH],
      { AWS_SECRET_ACCESS_KEY: 's3cr3t', GH_PAT: 'ghp_x' },
    ],
    [
      'ssh: the agent (default) and a key file',
      { ssh: 'default\ngithub=/home/runner/.ssh/id_ed25519' },
      { SSH_AUTH_SOCK: '/tmp/agent.sock' },
      [...PROVENANCE, '--ssh', 'default', '--ssh', 'github=/home/runner/.ssh/id_ed25519', ...PUSH],
      { SSH_AUTH_SOCK: '/tmp/agent.sock' },
    ],
    [
      'github-token: the Git credential of a GitHub context, for github.com only',
      { context: 'https://github.com/acme/app.git#main', 'github-token': 'ghs_token' },
      {},
      [
        ...PROVENANCE,
        '--secret',
        'id=GIT_AUTH_TOKEN.github.com,env=MULTIARCH_PUBLISH_GIT_AUTH_TOKEN',
        ...PUSH,
        ...TAIL.slice(0, 2),
        'https://github.com/acme/app.git#main',
      ],
      { MULTIARCH_PUBLISH_GIT_AUTH_TOKEN: 'ghs_token' },
    ],
    [
      'github-token: a build context on GitHub gets it too',
      { 'build-contexts': 'lib=https://github.com/acme/lib.git#v1', 'github-token': 'ghs_token' },
      {},
      [
        '--build-context',
        'lib=https://github.com/acme/lib.git#v1',
        ...PROVENANCE,
        '--secret',
        'id=GIT_AUTH_TOKEN.github.com,env=MULTIARCH_PUBLISH_GIT_AUTH_TOKEN',
        ...PUSH,
      ],
      { MULTIARCH_PUBLISH_GIT_AUTH_TOKEN: 'ghs_token' },
    ],
    ['no-cache', { 'no-cache': 'true' }, {}, ['--no-cache', ...PROVENANCE, ...PUSH], {}],
    [
      'no-cache-filters: comma-separated stages',
      { 'no-cache-filters': 'build,test' },
      {},
      ['--no-cache-filter', 'build', '--no-cache-filter', 'test', ...PROVENANCE, ...PUSH],
      {},
    ],
    ['pull', { pull: 'true' }, {}, ['--pull', ...PROVENANCE, ...PUSH], {}],
    [
      'allow: entitlements, comma-separated',
      { allow: 'network.host,security.insecure' },
      {},
      ['--allow', 'network.host', '--allow', 'security.insecure', ...PROVENANCE, ...PUSH],
      {},
    ],
    [
      'add-hosts: host:ip and host=ip',
      { 'add-hosts': 'db:10.0.0.5,cache=::1' },
      {},
      ['--add-host', 'db:10.0.0.5', '--add-host', 'cache=::1', ...PROVENANCE, ...PUSH],
      {},
    ],
    ['shm-size', { 'shm-size': '2g' }, {}, ['--shm-size', '2g', ...PROVENANCE, ...PUSH], {}],
    [
      'ulimit: one per line',
      { ulimit: 'nofile=1024:2048\nnproc=512' },
      {},
      ['--ulimit', 'nofile=1024:2048', '--ulimit', 'nproc=512', ...PROVENANCE, ...PUSH],
      {},
    ],
    [
      'attests: an SBOM with its generator, after the default provenance',
      { attests: 'type=sbom,generator=docker/buildkit-syft-scanner:1' },
      {},
      [...PROVENANCE, '--attest', 'type=sbom,generator=docker/buildkit-syft-scanner:1', ...PUSH],
      {},
    ],
    [
      'attests: a provenance line replaces the default one (and gets the builder id)',
      { attests: 'type=provenance,mode=min' },
      {},
      ['--attest', 'type=provenance,mode=min,builder-id=https://github.com/acme/app/actions/runs/7', ...PUSH],
      {},
    ],
    [
      'provenance: true',
      { provenance: 'true' },
      {},
      ['--attest', 'type=provenance,builder-id=https://github.com/acme/app/actions/runs/7', ...PUSH],
      {},
    ],
    ['provenance: false', { provenance: 'false' }, {}, ['--attest', 'type=provenance,disabled=true', ...PUSH], {}],
    [
      'provenance: attributes, and it wins over attests',
      { provenance: 'mode=max,version=v1', attests: 'type=provenance,mode=min' },
      {},
      [
        '--attest',
        'type=provenance,mode=max,version=v1,builder-id=https://github.com/acme/app/actions/runs/7',
        ...PUSH,
      ],
      {},
    ],
    ['sbom: true', { sbom: 'true' }, {}, [...PROVENANCE, '--attest', 'type=sbom,disabled=false', ...PUSH], {}],
    [
      'sbom: a generator',
      { sbom: 'generator=mirror.local/syft-scanner:1' },
      {},
      [...PROVENANCE, '--attest', 'type=sbom,generator=mirror.local/syft-scanner:1', ...PUSH],
      {},
    ],
    ['call: check (nothing exported)', { call: 'check' }, {}, [...PROVENANCE, '--call', 'check'], {}],
    [
      'call: outline with an option',
      { call: 'outline,format=json' },
      {},
      [...PROVENANCE, '--call', 'outline,format=json'],
      {},
    ],
    [
      'load: the docker exporter under every image:tag, then the push by digest (no default provenance)',
      { load: 'true', tags: 'v1\nlatest', platforms: 'linux/amd64,linux/arm64' },
      {},
      // the push last: its digest is the one in the metadata file (BuildKit merges the exporters' answers in order)
      ['--output', 'type=docker,"name=ghcr.io/acme/app:v1,ghcr.io/acme/app:latest"', ...PUSH],
      {},
    ],
    [
      'load with push: false: the docker exporter only',
      { load: 'true', push: 'false', images: '' },
      {},
      ['--output', 'type=docker'],
      {},
    ],
    [
      'outputs: before the push by digest',
      { outputs: 'type=local,dest=out\ntype=oci,dest=image.tar,"annotation.org.opencontainers.image.title=a,b"' },
      {},
      [
        ...PROVENANCE,
        '--output',
        'type=local,dest=out',
        '--output',
        'type=oci,dest=image.tar,"annotation.org.opencontainers.image.title=a,b"',
        ...PUSH,
      ],
      {},
    ],
    [
      'outputs with push: false: instead of the cache-only export',
      { outputs: 'type=tar,dest=out.tar', push: 'false' },
      {},
      [...PROVENANCE, '--output', 'type=tar,dest=out.tar'],
      {},
    ],
  ])('%s', (_name, inputs, env, middle, extraEnv) => {
    const s = parse(inputs, env)
    const tail = middle.includes('--metadata-file') ? [] : TAIL
    expect(argv(s)).toEqual([...HEAD, ...middle, ...tail])
    expect(buildEnv(s, env)).toEqual(extraEnv)
  })

  it('provenance for a private repository: mode=min,inline-only=true', () => {
    const ctx: MetaContext = { ...CTX, payload: { repository: { private: true } } }
    const s = parse({}, { GITHUB_RUN_ATTEMPT: '2' }, ctx)
    expect(argv(s)).toEqual([
      ...HEAD,
      '--attest',
      'type=provenance,mode=min,inline-only=true,builder-id=https://github.com/acme/app/actions/runs/7/attempts/2',
      ...PUSH,
      ...TAIL,
    ])
  })

  it('github-token: never for another Git host, nor when a GIT_AUTH_TOKEN secret is given', () => {
    const cases: Record<string, string>[] = [
      { context: 'https://gitlab.com/acme/app.git#main' },
      { context: 'https://github.com.evil.example/acme/app.git' },
      { context: 'https://github.com/acme/app.git', secrets: 'GIT_AUTH_TOKEN=mine' },
      { context: 'https://github.com/acme/app.git', 'github-token': '' },
    ]
    for (const inputs of cases) {
      const s = parse({ 'github-token': 'ghs_token', ...inputs })
      expect(s.gitAuth).toBeUndefined()
      expect(argv(s).join(' ')).not.toContain('GIT_AUTH_TOKEN.')
      expect(Object.keys(buildEnv(s, {}))).not.toContain('MULTIARCH_PUBLISH_GIT_AUTH_TOKEN')
    }
  })

  it('puts no secret value on the command line', () => {
    const s = parse(
      { secrets: '"k=multi\nline-secret"', 'secret-envs': 'e=ENV_SECRET', context: 'https://github.com/acme/app.git' },
      { ENV_SECRET: 'env-secret-value' },
    )
    const line = argv({ ...s, gitAuth: { host: 'github.com', token: 'token-value' } }).join(' ')
    for (const secret of ['multi', 'line-secret', 'env-secret-value', 'token-value']) expect(line).not.toContain(secret)
  })
})
