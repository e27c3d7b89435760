/**
 * build-push-action's and setup-buildx-action's inputs: their syntax read the way those actions read it, and bad
 * input as an InputError naming the input and the line, at parse time (before anything runs).
 */
import { describe, expect, it } from '@jest/globals'
import { InputError } from '../../../src/errors.js'
import { parseInputs } from '../../../src/inputs/index.js'
import type { BuildSettings } from '../../../src/settings.js'
import { csvRecords, listItems } from '../../../src/text/csv.js'
import { runnerInputs } from '../support/inputs.js'
import { CTX, IMAGE } from '../support/settings.js'

function parse(inputs: Record<string, string>, env: Record<string, string> = {}): BuildSettings {
  const s = parseInputs(runnerInputs({ images: IMAGE, ...inputs }), CTX, env)
  if (s.mode !== 'build') throw new Error('expected build mode')
  return s
}

describe("list inputs as docker/actions-toolkit's getInputList reads them (CSV)", () => {
  it('keeps a quoted field whole: commas, newlines and "" inside', () => {
    expect(listItems('"a=1,2\n3"\nb="x"\n"c=say ""hi"""', { ignoreComma: true })).toEqual([
      { line: 1, value: 'a=1,2\n3' },
      { line: 3, value: 'b="x"' },
      { line: 4, value: 'c=say "hi"' },
    ])
  })

  it('splits on commas unless told not to, trims, drops blanks and # comment lines', () => {
    expect(listItems(' a , b\n\n# note\nc,', { ignoreComma: false }).map((i) => i.value)).toEqual(['a', 'b', 'c'])
    expect(listItems('k=a,b\r\nl=c', { ignoreComma: true }).map((i) => i.value)).toEqual(['k=a,b', 'l=c'])
  })

  it('gives the fields of each record with the line it starts on', () => {
    expect(csvRecords('endpoint=x,"platforms=linux/arm64,linux/arm/v7"\n\nendpoint=y')).toEqual([
      { line: 1, fields: ['endpoint=x', 'platforms=linux/arm64,linux/arm/v7'], quoted: [false, true] },
      { line: 3, fields: ['endpoint=y'], quoted: [false] },
    ])
  })
})

describe('nodes: extra builder nodes', () => {
  it('reads endpoint, platforms (quoted or continued), driver, driver-opts, buildkitd-flags and name', () => {
    const s = parse({
      nodes: [
        'endpoint=ssh://runner@arm-host,platforms=linux/arm64,linux/arm/v7,driver=docker-container,driver-opts=network=host,driver-opts=image=mirror/buildkit:1,buildkitd-flags=--debug,name=arm',
        'endpoint=riscv-ctx,"platforms=linux/riscv64"',
      ].join('\n'),
    })
    expect(s.nodes).toEqual([
      {
        line: 1,
        endpoint: 'ssh://runner@arm-host',
        platforms: ['linux/arm64', 'linux/arm/v7'],
        driverOpts: ['network=host', 'image=mirror/buildkit:1'],
        buildkitdFlags: '--debug',
        name: 'arm',
      },
      { line: 2, endpoint: 'riscv-ctx', platforms: ['linux/riscv64'], driverOpts: [] },
    ])
  })
})

describe('bad input: an error naming the input (and the line), before anything runs', () => {
  it.each<[Record<string, string>, string, RegExp]>([
    [{ 'build-contexts': 'no-value' }, 'build-contexts', /line 1: expected name=value/],
    [{ secrets: 'ok=1\n"unclosed=2' }, 'secrets', /line 2: a quoted value is not closed/],
    [{ secrets: 'empty=' }, 'secrets', /line 1: expected id=VALUE/],
    [{ 'secret-files': 'id=a,src=./x,mode=0400' }, 'secret-files', /line 1: unknown option 'mode=0400'/],
    [{ 'secret-files': 'just-a-path' }, 'secret-files', /line 1: expected id=PATH/],
    [{ 'secret-envs': 'a=NOT_SET' }, 'secret-envs', /line 1: the environment variable NOT_SET is not set/],
    [{ 'secret-envs': 'a=1BAD' }, 'secret-envs', /line 1: expected id=VARIABLE/],
    [{ ssh: 'default' }, 'ssh', /line 1: 'default' without a path uses the ssh-agent at SSH_AUTH_SOCK/],
    [{ ssh: 'key=' }, 'ssh', /line 1: expected default, or id=PATH/],
    [{ secrets: 'a=1', 'secret-files': 'a=./x' }, 'secrets', /the secret id 'a' is given twice/],
    [{ allow: 'network.host,root' }, 'allow', /line 1: expected network.host, security.insecure or device/],
    [{ 'add-hosts': 'db:not-an-ip' }, 'add-hosts', /line 1: expected host:ip or host=ip/],
    [{ 'shm-size': '2 gigabytes' }, 'shm-size', /expected a size like 64m/],
    [{ 'shm-size': '-1m' }, 'shm-size', /expected a size like 64m/],
    [{ ulimit: 'nofile=1024:2048\nopenfiles=10' }, 'ulimit', /line 2: unknown limit 'openfiles'/],
    [{ ulimit: 'nofile=2048:1024' }, 'ulimit', /line 1: the soft limit is above the hard limit/],
    [{ ulimit: 'nofile' }, 'ulimit', /line 1: expected NAME=SOFT\[:HARD\]/],
    [{ call: 'lint-all' }, 'call', /expected build, check, outline or targets/],
    [{ call: 'check,colour=red' }, 'call', /unknown option 'colour=red'/],
    [{ 'no-cache': 'yes' }, 'no-cache', /expected true or false/],
    [{ load: 'sure' }, 'load', /expected true or false/],
    [{ outputs: 'type=registry' }, 'outputs', /line 1: type=registry would push tags without the verification/],
    [{ outputs: 'type=local,dest=a\ntype=image,push=true' }, 'outputs', /line 2: type=image would push tags/],
    [{ outputs: 'type=tar' }, 'outputs', /line 1: type=tar needs dest=PATH/],
    [{ outputs: 'type=local,dest=a,compression=zstd' }, 'outputs', /line 1: unknown option 'compression=zstd'/],
    [{ outputs: 'type=s3,bucket=x' }, 'outputs', /line 1: expected type=local\|tar\|oci\|docker/],
    [{ load: 'true', outputs: 'type=docker' }, 'load', /give load: true or a type=docker line in outputs/],
    [{ attests: 'type=vex' }, 'attests', /line 1: unknown attestation type 'vex'/],
    [{ attests: 'generator=x' }, 'attests', /line 1: expected type=provenance\|sbom/],
    [{ attests: 'type=sbom,colour=red' }, 'attests', /line 1: unknown sbom option 'colour=red'/],
    [{ provenance: 'mode=full' }, 'provenance', /invalid value in 'mode=full'/],
    [{ provenance: 'builder=x' }, 'provenance', /unknown provenance option 'builder=x'/],
    [{ sbom: 'scanner=x' }, 'sbom', /unknown sbom option 'scanner=x'/],
    [{ nodes: 'platforms=linux/arm64' }, 'nodes', /line 1: expected endpoint=/],
    [{ nodes: 'endpoint=tcp://127.0.0.1:1234' }, 'nodes', /line 1: expected platforms=/],
    [{ nodes: '\n\nendpoint=x,platforms=linux/arm64,cpu=4' }, 'nodes', /line 3: unknown key 'cpu'/],
    [{ nodes: 'endpoint=x,platforms=linux/arm65' }, 'nodes', /line 1: .*arm65/],
    [
      { nodes: 'endpoint=x,platforms=linux/arm64,driver=remote' },
      'nodes',
      /line 1: driver=remote, but the builder's driver is docker-container/,
    ],
    [
      { nodes: 'endpoint=x,platforms=linux/arm64\nendpoint=y,platforms=linux/arm64' },
      'nodes',
      /line 2: linux\/arm64 is already the platform of the node on line 1/,
    ],
    [
      { nodes: 'endpoint=x,platforms=linux/arm64', driver: 'docker' },
      'nodes',
      /the docker driver's builder is the daemon's own/,
    ],
    [
      {
        driver: 'remote',
        endpoint: 'tcp://127.0.0.1:1',
        nodes: 'endpoint=tcp://127.0.0.1:2,platforms=linux/arm64,buildkitd-flags=--debug',
      },
      'nodes',
      /line 1: a remote BuildKit takes no buildkitd-flags/,
    ],
    [{ nodes: 'endpoint=x,platforms=linux/arm64', load: 'true' }, 'load', /platforms built on several nodes/],
    [{ nodes: 'endpoint=x,platforms=linux/arm64', outputs: 'type=local,dest=o' }, 'outputs', /several nodes/],
    [
      { 'buildkitd-flags': '--debug', driver: 'remote', endpoint: 'tcp://x:1' },
      'buildkitd-flags',
      /only used with driver: docker-container/,
    ],
    [{ name: 'my builder' }, 'name', /expected letters, digits/],
    [{ name: 'ci', driver: 'docker' }, 'name', /the docker driver uses the daemon's own builder/],
    [{ cleanup: 'never' }, 'cleanup', /expected true or false/],
    [{ call: 'check', mode: 'build-platform' }, 'call', /a build-platform leg builds and pushes/],
  ])('%j -> %s', (inputs, input, message) => {
    const run = () => parse(inputs)
    expect(run).toThrow(InputError)
    expect(run).toThrow(new RegExp(`^input '${input}': `))
    expect(run).toThrow(message)
  })

  it('call: check needs no image even with push: true (it pushes nothing)', () => {
    const s = parseInputs(runnerInputs({ call: 'check' }), CTX, {})
    expect(s.mode === 'build' && s.call).toBe('check')
  })

  it('load with one platform on several nodes is fine: one node builds it', () => {
    const s = parse({ nodes: 'endpoint=x,platforms=linux/arm64', platforms: 'linux/arm64', load: 'true' })
    expect(s.load).toBe(true)
  })
})
