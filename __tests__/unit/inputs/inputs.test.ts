import { describe, expect, it } from '@jest/globals'
import { parseInputs } from '../../../src/inputs/index.js'
import { annotationLines, labelLines } from '../../../src/meta/labels.js'
import { runnerInputs } from '../support/inputs.js'
import { InputError } from '../../../src/errors.js'
import { settings, IMAGE, CTX, CTX_LABELS } from '../support/settings.js'
import { contextFor } from '../meta/events.js'

/** `key=value` lines as a record. */
function keyValues(lines: readonly string[]): Record<string, string> {
  return Object.fromEntries(
    lines.map((l): [string, string] => {
      const eq = l.indexOf('=')
      if (eq < 0) throw new Error(`'${l}' is not key=value`)
      return [l.slice(0, eq), l.slice(eq + 1)]
    }),
  )
}

describe('parseBuildInputs defaults', () => {
  it('fills the documented defaults', () => {
    expect(settings({ images: IMAGE })).toEqual({
      mode: 'build',
      images: [IMAGE],
      tags: [],
      platforms: ['linux/amd64', 'linux/arm64'],
      context: '.',
      file: undefined,
      target: undefined,
      buildArgs: [],
      labels: keyValues(CTX_LABELS),
      annotations: {
        index: keyValues(CTX_LABELS),
        manifest: keyValues(CTX_LABELS),
      },
      version: '',
      warnings: [],
      notices: [],
      credentials: [],
      push: true,
      qemu: 'auto',
      binfmtImage: 'docker.io/tonistiigi/binfmt:latest',
      cacheImages: true,
      retryTimeout: 120,
      driver: 'docker-container',
      endpoint: undefined,
      buildkitImage: undefined,
      driverOpts: [],
      buildkitdConfig: undefined,
      buildkitdConfigInline: undefined,
      network: undefined,
      cache: 'auto',
      cacheMode: 'min',
      cacheFrom: [],
      cacheTo: [],
      attests: ['type=provenance,mode=max,builder-id=https://github.com/acme/app/actions/runs/7'],
      secrets: [],
      secretFiles: [],
      secretEnvs: [],
      ssh: [],
      gitAuth: undefined,
      buildContexts: [],
      noCache: false,
      noCacheFilters: [],
      pull: false,
      allow: [],
      shmSize: undefined,
      ulimits: [],
      addHosts: [],
      call: undefined,
      load: false,
      outputs: [],
      buildkitdFlags: undefined,
      builderName: undefined,
      cleanup: true,
      nodes: [],
      insecureRegistries: [],
      githubToken: '',
      handoff: { id: expect.stringMatching(/^app-[0-9a-f]{12}$/), explicit: false },
      summary: true,
    })
  })

  it('reads lists, key=value lines and secrets', () => {
    const s = settings({
      images: `${IMAGE}\nlocalhost:5000/app, docker.io/acme/app`,
      platforms: 'linux/amd64\nlinux/arm64/v8,linux/arm',
      'build-args': 'A=1\nB=x,y=z\n# comment\n',
      labels: 'org.opencontainers.image.title=app',
      tags: 'latest, v1\nv1.2',
      secrets: 'npm_token=abc=def',
      push: 'false',
      driver: 'remote',
      endpoint: 'tcp://127.0.0.1:1234',
      'cache-mode': 'max',
      'insecure-registries': 'reg.local:5000\n[::1]:5000',
    })
    expect(s.insecureRegistries).toEqual(['reg.local:5000', '[::1]:5000'])
    expect(s.images).toEqual([IMAGE, 'localhost:5000/app', 'docker.io/acme/app'])
    expect(s.tags).toEqual(['latest', 'v1', 'v1.2'])
    expect(s.platforms).toEqual(['linux/amd64', 'linux/arm64', 'linux/arm/v7'])
    expect(s.buildArgs).toEqual(['A=1', 'B=x,y=z'])
    expect(s.version).toBe('latest')
    expect(labelLines(s.labels)).toContain('org.opencontainers.image.title=app')
    expect(labelLines(s.labels)).toContain('org.opencontainers.image.version=latest')
    expect(s.secrets).toEqual([{ id: 'npm_token', value: 'abc=def' }])
    expect(s.push).toBe(false)
    expect(s.cacheMode).toBe('max')
  })
})

describe('bad input names the input and what was expected', () => {
  it.each([
    [{ platforms: 'linux/amd65' }, 'platforms', /unknown architecture 'amd65'/],
    [{ platforms: 'arm64' }, 'platforms', /os\/arch\[\/variant\]/],
    [{ platforms: 'linux/amd64,,linux/arm64' }, 'platforms', /empty platform entry/],
    [{ images: '' }, 'images', /at least one image repository when push is true/],
    [
      { images: 'ghcr.io/Acme/App:V1' },
      'images',
      /'ghcr.io\/Acme\/App:V1' is not a valid image repository: .*without a tag/,
    ],
    [{ images: 'ghcr.io/acme/app:v1' }, 'images', /without a tag/],
    [{ images: 'ghcr.io/acme/app@sha256:abc' }, 'images', /without a digest/],
    [{ images: 'bad_host.io:x/app' }, 'images', /invalid registry 'bad_host.io:x'/],
    [{ images: 'ghcr.io/acme//app' }, 'images', /invalid repository path component ''/],
    [{ tags: '///' }, 'tags', /line 1 \(type=raw\): '\/\/\/' leaves nothing once sanitised/],
    [{ tags: 'type=semver,pattern={{version' }, 'tags', /line 1/],
    [{ flavor: 'latest=maybe' }, 'flavor', /latest/],
    [{ tags: 'v1', images: '', push: 'false' }, 'tags', /no images to tag/],
    [{ push: 'yes' }, 'push', /expected true or false, got 'yes'/],
    [{ qemu: 'maybe' }, 'qemu', /expected one of auto, true, false/],
    [{ driver: 'kubernetes' }, 'driver', /expected one of docker-container, docker, remote/],
    [{ driver: 'remote' }, 'endpoint', /expected a BuildKit address/],
    [{ endpoint: 'tcp://x:1' }, 'endpoint', /only used with driver: remote/],
    [
      { driver: 'docker', 'buildkit-image': 'moby/buildkit' },
      'buildkit-image',
      /only used with driver: docker-container/,
    ],
    [{ 'buildkitd-config': 'a.toml', 'buildkitd-config-inline': 'x' }, 'buildkitd-config-inline', /either/],
    [
      { driver: 'docker', 'buildkitd-config-inline': 'x' },
      'buildkitd-config-inline',
      /docker driver takes no BuildKit config/,
    ],
    [{ cache: 'registry' }, 'cache', /expected one of auto, gha, none/],
    [{ 'cache-mode': 'all' }, 'cache-mode', /expected one of min, max/],
    [{ 'cache-images': 'yes' }, 'cache-images', /expected true or false, got 'yes'/],
    [{ 'retry-timeout': '3601' }, 'retry-timeout', /expected an integer from 0 to 3600, got '3601'/],
    [{ 'retry-timeout': '-1' }, 'retry-timeout', /expected an integer from 0 to 3600, got '-1'/],
    [{ 'retry-timeout': '1.5' }, 'retry-timeout', /expected an integer from 0 to 3600, got '1.5'/],
    [{ 'retry-timeout': '2m' }, 'retry-timeout', /expected an integer from 0 to 3600, got '2m'/],
    [{ 'retry-timeout': ' ' }, 'retry-timeout', /expected an integer from 0 to 3600, got an empty value/],
    [{ 'build-args': 'A=1\nNOVALUE' }, 'build-args', /line 2: expected KEY=VALUE, got 'NOVALUE'/],
    [{ labels: '=x' }, 'labels', /line 1 '=x': expected key=value/],
    [{ 'driver-opts': 'network' }, 'driver-opts', /expected KEY=VALUE/],
    [{ secrets: 'bad id=1' }, 'secrets', /line 1: expected id=VALUE/],
    [{ mode: 'deploy' }, 'mode', /expected one of/],
    [{ 'cache-to': 'type=inline', 'cache-mode': 'max' }, 'cache-mode', /only applies to the default gha cache/],
    [{ 'cache-from': 'type=registry,ref=r/c', cache: 'none' }, 'cache', /either cache or cache-from\/cache-to/],
    [{ driver: 'docker', 'driver-opts': 'network=host' }, 'driver-opts', /the docker driver takes no driver options/],
    [
      { 'insecure-registries': 'reg.local:5000, http://x' },
      'insecure-registries',
      /expected host\[:port\] entries, got 'http:\/\/x'/,
    ],
  ])('%j -> %s', (inputs, input, message) => {
    const run = () => parseInputs(runnerInputs({ images: 'ghcr.io/acme/app', ...inputs }), CTX, {})
    expect(run).toThrow(InputError)
    expect(run).toThrow(new RegExp(`^input '${input}': `))
    expect(run).toThrow(message)
  })
})

describe('the image cache and retry inputs', () => {
  it.each([
    [{ 'cache-images': 'false', 'retry-timeout': '0' }, false, 0],
    [{ 'cache-images': 'TRUE', 'retry-timeout': '3600' }, true, 3600],
    [{ 'retry-timeout': '30' }, true, 30],
  ])('%j', (inputs, cacheImages, retryTimeout) => {
    expect(settings({ images: IMAGE, ...inputs })).toMatchObject({ cacheImages, retryTimeout })
  })
})

describe('tags with the default rules', () => {
  it('builds without images on a pull request (push: false): the default rules yield a tag, but there is nothing to tag', () => {
    const s = settings({ push: 'false', platforms: 'linux/amd64' }, contextFor('pull_request'))
    expect(s.images).toEqual([])
    expect(s.tags).toEqual([])
  })
  it('tags a push to main with the branch name by default', () => {
    expect(settings({ images: IMAGE }, contextFor('push main')).tags).toEqual(['main'])
  })
})

describe('annotations at a level the step cannot take', () => {
  it('warns instead of dropping them silently (one platform: no index of its own)', () => {
    const s = settings({
      images: IMAGE,
      platforms: 'linux/amd64',
      annotations: 'index:com.example.team=core\nmanifest:com.example.x=1',
    })
    expect(s.warnings).toEqual([
      "annotations: 'index:com.example.team' is not applied: this step annotates manifest only",
    ])
    expect(annotationLines(s.annotations)).toContain('manifest:com.example.x=1')
  })
})
