import { describe, expect, it } from '@jest/globals'
import { analyzeEmulation, type EmulationAnalysis, type EmulationInput } from '../../../src/dockerfile/emulation.js'
import { platforms } from '../support/platforms.js'

/** Dockerfiles are written as lines, so the line numbers in the expected reasons can be read off. */
const lines = (...l: string[]): string => l.join('\n') + '\n'

const AMD64 = 'linux/amd64: runs natively on this amd64 runner'

function analyze(dockerfile: string, over: Partial<EmulationInput> = {}): EmulationAnalysis {
  return analyzeEmulation({
    dockerfile,
    buildArgs: {},
    platforms: platforms('linux/amd64', 'linux/arm64'),
    hostArch: 'amd64',
    ...over,
  })
}

const GO_CROSS = lines(
  'FROM --platform=$BUILDPLATFORM golang:1.22 AS build',
  'ARG TARGETOS TARGETARCH',
  'WORKDIR /src',
  'COPY . .',
  'RUN GOOS=$TARGETOS GOARCH=$TARGETARCH go build -o /app .',
  'FROM scratch',
  'COPY --from=build /app /app',
  'ENTRYPOINT ["/app"]',
)

const WITH_TEST_STAGE = lines(
  'FROM alpine AS test',
  'RUN make test',
  'FROM --platform=$BUILDPLATFORM golang AS build',
  'RUN go build -o /app',
  'FROM scratch AS final',
  'COPY --from=build /app /app',
)

describe('analyzeEmulation: Dockerfiles of every shape (amd64 runner, linux/amd64 + linux/arm64)', () => {
  it.each<[string, string, Partial<EmulationInput>, EmulationAnalysis]>([
    [
      'cross-compiling Go: the compiler runs on $BUILDPLATFORM, the final stage has no RUN',
      GO_CROSS,
      {},
      {
        needed: [],
        reasons: [
          AMD64,
          "linux/arm64: no RUN runs emulated: stage 'build' runs on linux/amd64 (--platform=$BUILDPLATFORM); stage #1 has no RUN",
        ],
      },
    ],
    [
      'a plain RUN runs as the target platform',
      lines('FROM alpine:3.20', 'RUN apk add --no-cache curl'),
      {},
      {
        needed: platforms('linux/arm64'),
        reasons: [AMD64, 'linux/arm64: RUN in stage #0 (line 2) runs as linux/arm64'],
      },
    ],
    [
      'several emulated RUN: the first is named, the others counted',
      lines('FROM alpine AS final', 'RUN a', 'RUN b', 'RUN c'),
      {},
      {
        needed: platforms('linux/arm64'),
        reasons: [AMD64, "linux/arm64: RUN in stage 'final' (line 2) runs as linux/arm64 (and 2 more emulated RUN)"],
      },
    ],
    [
      'a stage the target does not need is ignored, RUN or not',
      WITH_TEST_STAGE,
      {},
      {
        needed: [],
        reasons: [
          AMD64,
          "linux/arm64: no RUN runs emulated: stage 'build' runs on linux/amd64 (--platform=$BUILDPLATFORM); stage 'final' has no RUN",
        ],
      },
    ],
    [
      'the target selects the stage (names are case-insensitive)',
      WITH_TEST_STAGE,
      { target: 'Test' },
      {
        needed: platforms('linux/arm64'),
        reasons: [AMD64, "linux/arm64: RUN in stage 'test' (line 2) runs as linux/arm64"],
      },
    ],
    [
      'an empty target is the last stage',
      WITH_TEST_STAGE,
      { target: '' },
      {
        needed: [],
        reasons: [
          AMD64,
          "linux/arm64: no RUN runs emulated: stage 'build' runs on linux/amd64 (--platform=$BUILDPLATFORM); stage 'final' has no RUN",
        ],
      },
    ],
    [
      'COPY --from an image is a pull: no RUN, no emulator',
      lines('FROM alpine', 'COPY --from=docker.io/library/busybox:1.36 /bin/busybox /bin/', 'ENV A=b'),
      {},
      { needed: [], reasons: [AMD64, 'linux/arm64: no RUN runs emulated: stage #0 has no RUN'] },
    ],
    [
      'COPY --from by index follows the stage',
      lines('FROM alpine', 'RUN make', 'FROM scratch', 'COPY --from=0 /out /out'),
      {},
      {
        needed: platforms('linux/arm64'),
        reasons: [AMD64, 'linux/arm64: RUN in stage #0 (line 2) runs as linux/arm64'],
      },
    ],
    [
      'COPY --from among other flags',
      lines('FROM alpine AS build', 'RUN make', 'FROM scratch', 'COPY --link --chmod=755 --from=build /app /app'),
      {},
      {
        needed: platforms('linux/arm64'),
        reasons: [AMD64, "linux/arm64: RUN in stage 'build' (line 2) runs as linux/arm64"],
      },
    ],
    [
      'RUN --mount=from=<stage> needs that stage',
      lines(
        'FROM alpine AS assets',
        'RUN ./generate',
        'FROM --platform=$BUILDPLATFORM node:22 AS web',
        'RUN --mount=type=bind,from=assets,target=/assets npm run build',
        'FROM scratch',
        'COPY --from=web /dist /dist',
      ),
      {},
      {
        needed: platforms('linux/arm64'),
        reasons: [AMD64, "linux/arm64: RUN in stage 'assets' (line 2) runs as linux/arm64"],
      },
    ],
    [
      'RUN --mount=type=cache without from= needs no stage',
      lines(
        'FROM alpine AS unused',
        'RUN make',
        'FROM --platform=$BUILDPLATFORM golang AS build',
        'RUN --mount=type=cache,target=/root/.cache go build',
        'FROM scratch',
        'COPY --from=build /app /app',
      ),
      {},
      {
        needed: [],
        reasons: [
          AMD64,
          "linux/arm64: no RUN runs emulated: stage 'build' runs on linux/amd64 (--platform=$BUILDPLATFORM); stage #2 has no RUN",
        ],
      },
    ],
    [
      'a stage FROM a $BUILDPLATFORM stage runs on the build platform too',
      lines(
        'FROM --platform=$BUILDPLATFORM alpine AS base',
        'RUN apk add build-base',
        'FROM base AS compile',
        'RUN make',
        'FROM scratch',
        'COPY --from=compile /out /out',
      ),
      {},
      {
        needed: [],
        reasons: [
          AMD64,
          "linux/arm64: no RUN runs emulated: stage 'base' runs on linux/amd64 (--platform=$BUILDPLATFORM); stage 'compile' runs on linux/amd64 (FROM stage 'base'); stage #2 has no RUN",
        ],
      },
    ],
    [
      "a stage FROM another stage ignores its own --platform (BuildKit takes the base stage's)",
      lines('FROM alpine AS base', 'FROM --platform=$BUILDPLATFORM base', 'RUN make'),
      {},
      {
        needed: platforms('linux/arm64'),
        reasons: [AMD64, "linux/arm64: RUN in stage #1 (line 3) runs as linux/arm64 (FROM stage 'base')"],
      },
    ],
    [
      '--platform=$TARGETPLATFORM is the target platform',
      lines('FROM --platform=$TARGETPLATFORM alpine', 'RUN make'),
      {},
      {
        needed: platforms('linux/arm64'),
        reasons: [AMD64, 'linux/arm64: RUN in stage #0 (line 2) runs as linux/arm64 (--platform=$TARGETPLATFORM)'],
      },
    ],
    [
      'a literal --platform the runner runs natively',
      lines('FROM --platform=linux/amd64 alpine AS tools', 'RUN make', 'FROM alpine', 'COPY --from=tools /t /t'),
      {},
      {
        needed: [],
        reasons: [
          AMD64,
          "linux/arm64: no RUN runs emulated: stage 'tools' runs on linux/amd64 (--platform=linux/amd64); stage #1 has no RUN",
        ],
      },
    ],
    [
      'a literal --platform the runner does not run natively needs its emulator even for a native target',
      lines('FROM --platform=linux/arm64 alpine AS tools', 'RUN make', 'FROM alpine', 'COPY --from=tools /t /t'),
      { platforms: platforms('linux/amd64') },
      {
        needed: platforms('linux/arm64'),
        reasons: ["linux/amd64: RUN in stage 'tools' (line 2) runs as linux/arm64 (--platform=linux/arm64)"],
      },
    ],
    [
      'the automatic platform ARGs in the image name',
      lines('FROM ${TARGETARCH}/alpine', 'RUN make'),
      {},
      {
        needed: platforms('linux/arm64'),
        reasons: [AMD64, 'linux/arm64: RUN in stage #0 (line 2) runs as linux/arm64'],
      },
    ],
    [
      'a global ARG redeclaring an automatic one keeps its value',
      lines('ARG BUILDPLATFORM', 'FROM --platform=$BUILDPLATFORM alpine', 'RUN make'),
      {},
      {
        needed: [],
        reasons: [AMD64, 'linux/arm64: no RUN runs emulated: stage #0 runs on linux/amd64 (--platform=$BUILDPLATFORM)'],
      },
    ],
    [
      'ONBUILD RUN of a local stage runs in the stage built FROM it',
      lines('FROM alpine AS base', 'ONBUILD RUN make', 'FROM base AS app', 'COPY . .'),
      {},
      {
        needed: platforms('linux/arm64'),
        reasons: [
          AMD64,
          "linux/arm64: ONBUILD RUN of stage 'base' (line 2) in stage 'app' runs as linux/arm64 (FROM stage 'base')",
        ],
      },
    ],
    [
      'ONBUILD RUN of a $BUILDPLATFORM stage runs on the build platform',
      lines('FROM --platform=$BUILDPLATFORM alpine AS base', 'ONBUILD RUN make', 'FROM base AS app', 'COPY . .'),
      {},
      {
        needed: [],
        reasons: [
          AMD64,
          "linux/arm64: no RUN runs emulated: stage 'base' has no RUN; stage 'app' runs on linux/amd64 (FROM stage 'base')",
        ],
      },
    ],
    [
      'ONBUILD triggers do not run for COPY --from',
      lines('FROM alpine AS base', 'ONBUILD RUN make', 'FROM scratch', 'COPY --from=base /etc /etc'),
      {},
      {
        needed: [],
        reasons: [AMD64, "linux/arm64: no RUN runs emulated: stage 'base' has no RUN; stage #1 has no RUN"],
      },
    ],
    [
      'ONBUILD COPY --from=<stage> makes the child need that stage',
      lines(
        'FROM alpine AS gen',
        'RUN ./gen',
        'FROM --platform=$BUILDPLATFORM alpine AS base',
        'ONBUILD COPY --from=gen /x /x',
        'FROM base',
      ),
      {},
      {
        needed: platforms('linux/arm64'),
        reasons: [AMD64, "linux/arm64: RUN in stage 'gen' (line 2) runs as linux/arm64"],
      },
    ],
    [
      'a RUN written as a here-document is a RUN; the lines inside it are not instructions',
      lines(
        '# syntax=docker/dockerfile:1.7',
        'FROM --platform=$BUILDPLATFORM alpine AS build',
        'RUN <<EOF',
        'FROM evil',
        'RUN not an instruction',
        'EOF',
        'FROM scratch',
        'COPY --from=build /x /x',
      ),
      {},
      {
        needed: [],
        reasons: [
          AMD64,
          "linux/arm64: no RUN runs emulated: stage 'build' runs on linux/amd64 (--platform=$BUILDPLATFORM); stage #1 has no RUN",
        ],
      },
    ],
    [
      'the escape directive',
      lines('# escape=`', 'FROM --platform=$BUILDPLATFORM `', '  alpine', 'RUN make'),
      {},
      {
        needed: [],
        reasons: [AMD64, 'linux/arm64: no RUN runs emulated: stage #0 runs on linux/amd64 (--platform=$BUILDPLATFORM)'],
      },
    ],
  ])('%s', (_name, dockerfile, over, expected) => {
    expect(analyze(dockerfile, over)).toEqual(expected)
  })
})

describe('analyzeEmulation: ARGs in FROM', () => {
  const BASE_STAGE = lines(
    'ARG BASE=build',
    'FROM --platform=$BUILDPLATFORM alpine AS build',
    'RUN make',
    'FROM ${BASE} AS final',
    'RUN make install',
  )
  const PLATFORM_ARG = lines('ARG PLATFORM=$BUILDPLATFORM', 'FROM --platform=${PLATFORM} alpine', 'RUN make')

  it.each<[string, string, Record<string, string>, EmulationAnalysis]>([
    [
      'FROM ${BASE} resolved by its default (a stage)',
      BASE_STAGE,
      {},
      {
        needed: [],
        reasons: [
          AMD64,
          "linux/arm64: no RUN runs emulated: stage 'build' runs on linux/amd64 (--platform=$BUILDPLATFORM); stage 'final' runs on linux/amd64 (FROM stage 'build')",
        ],
      },
    ],
    [
      'FROM ${BASE} resolved by a build-arg (an image)',
      BASE_STAGE,
      { BASE: 'alpine:3.20' },
      {
        needed: platforms('linux/arm64'),
        reasons: [AMD64, "linux/arm64: RUN in stage 'final' (line 5) runs as linux/arm64"],
      },
    ],
    [
      'an ARG without a default, given as a build-arg',
      lines('ARG BASE', 'FROM $BASE', 'RUN make'),
      { BASE: 'alpine' },
      {
        needed: platforms('linux/arm64'),
        reasons: [AMD64, 'linux/arm64: RUN in stage #0 (line 3) runs as linux/arm64'],
      },
    ],
    [
      'a default that uses an earlier ARG',
      lines('ARG REGISTRY=docker.io', 'ARG BASE=${REGISTRY}/library/alpine', 'FROM $BASE', 'RUN make'),
      {},
      {
        needed: platforms('linux/arm64'),
        reasons: [AMD64, 'linux/arm64: RUN in stage #0 (line 4) runs as linux/arm64'],
      },
    ],
    [
      '--platform from an ARG whose default is $BUILDPLATFORM',
      PLATFORM_ARG,
      {},
      {
        needed: [],
        reasons: [AMD64, 'linux/arm64: no RUN runs emulated: stage #0 runs on linux/amd64 (--platform=${PLATFORM})'],
      },
    ],
    [
      '--platform from an ARG given as a build-arg',
      PLATFORM_ARG,
      { PLATFORM: 'linux/arm64' },
      {
        needed: platforms('linux/arm64'),
        reasons: [
          'linux/amd64: RUN in stage #0 (line 3) runs as linux/arm64 (--platform=${PLATFORM})',
          'linux/arm64: RUN in stage #0 (line 3) runs as linux/arm64 (--platform=${PLATFORM})',
        ],
      },
    ],
    [
      'a build-arg for an ARG the Dockerfile does not declare is not seen',
      lines('FROM alpine:${TAG:-3.20}', 'RUN make'),
      { TAG: 'x' },
      {
        needed: platforms('linux/arm64'),
        reasons: [AMD64, 'linux/arm64: RUN in stage #0 (line 2) runs as linux/arm64'],
      },
    ],
    [
      'an unresolvable ARG in a stage the target does not need does not matter',
      lines('ARG UNUSED', 'FROM $UNUSED AS unused', 'RUN make', 'FROM alpine', 'COPY . .'),
      {},
      {
        needed: [],
        reasons: [AMD64, 'linux/arm64: no RUN runs emulated: stage #1 has no RUN'],
      },
    ],
    [
      'an ARG without a default and without a build-arg: undecided',
      lines('ARG BASE', 'FROM $BASE', 'RUN make'),
      {},
      { undecided: 'line 2: FROM $BASE: $BASE has no value (no default, no build-arg)' },
    ],
    [
      'an ARG that is empty: undecided',
      lines('ARG BASE=', 'FROM $BASE', 'RUN make'),
      {},
      { undecided: 'line 2: FROM $BASE: the image is empty' },
    ],
    [
      'an ARG that is not declared: undecided',
      lines('FROM golang:${GO_VERSION}', 'RUN make'),
      {},
      { undecided: 'line 1: FROM golang:${GO_VERSION}: $GO_VERSION has no value (no default, no build-arg)' },
    ],
    [
      'an ARG whose default cannot be expanded: undecided',
      lines('ARG TAG=${VERSION#v}', 'FROM alpine:$TAG', 'RUN make'),
      {},
      { undecided: 'line 2: FROM alpine:$TAG: $TAG has a default this analysis cannot expand' },
    ],
    [
      'an expansion form this analysis does not know: undecided',
      lines('ARG V=v3.20', 'FROM alpine:${V#v}', 'RUN make'),
      {},
      { undecided: "line 2: FROM alpine:${V#v}: cannot expand the form '${V#...}' in 'alpine:${V#v}'" },
    ],
    [
      '--platform with an ARG without value: undecided',
      lines('ARG P', 'FROM --platform=$P alpine', 'RUN make'),
      {},
      { undecided: 'line 2: FROM --platform=$P alpine: $P has no value (no default, no build-arg)' },
    ],
    [
      'a --platform that is no platform: undecided',
      lines('FROM --platform=linux alpine', 'RUN make'),
      {},
      {
        undecided:
          "line 1: FROM --platform=linux alpine: 'linux' is not of the form os/arch[/variant] (e.g. linux/amd64, linux/arm/v7)",
      },
    ],
  ])('%s', (_name, dockerfile, buildArgs, expected) => {
    expect(analyze(dockerfile, { buildArgs })).toEqual(expected)
  })
})

describe('analyzeEmulation: runners and platforms', () => {
  const PLAIN = lines('FROM alpine', 'RUN make')

  it('needs nothing when every platform is native (386 on amd64)', () => {
    expect(analyze(PLAIN, { platforms: platforms('linux/amd64', 'linux/386') })).toEqual({
      needed: [],
      reasons: [AMD64, 'linux/386: runs natively on this amd64 runner'],
    })
  })

  it('on an arm64 runner, amd64 and arm/v7 are emulated', () => {
    expect(
      analyze(PLAIN, { hostArch: 'arm64', platforms: platforms('linux/amd64', 'linux/arm64', 'linux/arm/v7') }),
    ).toEqual({
      needed: platforms('linux/amd64', 'linux/arm/v7'),
      reasons: [
        'linux/amd64: RUN in stage #0 (line 2) runs as linux/amd64',
        'linux/arm64: runs natively on this arm64 runner',
        'linux/arm/v7: RUN in stage #0 (line 2) runs as linux/arm/v7',
      ],
    })
  })

  it('on an arm64 runner, $BUILDPLATFORM is linux/arm64', () => {
    expect(analyze(GO_CROSS, { hostArch: 'arm64', platforms: platforms('linux/amd64') })).toEqual({
      needed: [],
      reasons: [
        "linux/amd64: no RUN runs emulated: stage 'build' runs on linux/arm64 (--platform=$BUILDPLATFORM); stage #1 has no RUN",
      ],
    })
  })

  it('names each emulated platform once, in the order of the platforms', () => {
    expect(analyze(PLAIN, { platforms: platforms('linux/s390x', 'linux/arm64', 'linux/amd64') })).toMatchObject({
      needed: platforms('linux/s390x', 'linux/arm64'),
    })
  })

  it('no platforms: nothing needed', () => {
    expect(analyze(PLAIN, { platforms: [] })).toEqual({ needed: [], reasons: [] })
  })

  it('an unknown runner architecture: undecided', () => {
    expect(analyze(PLAIN, { hostArch: 'z80' })).toEqual({ undecided: "the runner's architecture 'z80' is not known" })
  })
})

describe('analyzeEmulation: undecided Dockerfiles', () => {
  it.each<[string, string, Partial<EmulationInput>, string]>([
    [
      'an unknown target',
      WITH_TEST_STAGE,
      { target: 'release' },
      "the target stage 'release' is not in the Dockerfile",
    ],
    ['an empty Dockerfile', '', {}, 'the Dockerfile has no FROM'],
    ['only comments and ARGs', lines('# hello', 'ARG A=1'), {}, 'the Dockerfile has no FROM'],
    [
      'RUN before the first FROM',
      lines('RUN make', 'FROM alpine'),
      {},
      'line 1: RUN before the first FROM (only ARG may come before it)',
    ],
    ['an unknown instruction', lines('FROM alpine', 'RUNN make'), {}, "line 2: unknown instruction 'RUNN'"],
    ['FROM without an image', lines('FROM', 'RUN make'), {}, 'line 1: FROM names no image'],
    [
      'FROM with stray words',
      lines('FROM alpine latest'),
      {},
      "line 1: expected 'FROM [--platform=...] image [AS name]', found 'FROM alpine latest'",
    ],
    [
      'FROM ... AS without a name',
      lines('FROM alpine AS'),
      {},
      "line 1: expected 'FROM [--platform=...] image [AS name]', found 'FROM alpine AS'",
    ],
    ['an invalid stage name', lines('FROM alpine AS 1st'), {}, "line 1: '1st' is not a valid stage name"],
    ['an unknown FROM flag', lines('FROM --chown=1 alpine'), {}, 'line 1: FROM takes no --chown'],
    [
      '--platform twice',
      lines('FROM --platform=linux/amd64 --platform=linux/arm64 alpine'),
      {},
      'line 1: FROM takes one --platform',
    ],
    ['--platform without value', lines('FROM --platform alpine'), {}, 'line 1: --platform has no value'],
    [
      'a stage name used twice',
      lines('FROM alpine AS a', 'FROM alpine AS A'),
      {},
      "line 2: stage name 'a' is used twice",
    ],
    [
      'a here-document never closed',
      lines('FROM alpine', 'RUN <<EOF', 'make'),
      {},
      'line 2: here-document <<EOF is not closed',
    ],
    ['ONBUILD without an instruction', lines('FROM alpine', 'ONBUILD'), {}, 'line 2: ONBUILD has no instruction'],
    ['ONBUILD FROM', lines('FROM alpine', 'ONBUILD FROM busybox'), {}, 'line 2: ONBUILD cannot trigger FROM'],
    [
      'a quoted --mount',
      lines('FROM alpine', 'RUN --mount="type=bind,from=x" make'),
      {},
      `line 2: cannot read the quoted --mount '"type=bind,from=x"'`,
    ],
    [
      'a custom frontend in the syntax directive',
      lines('# syntax=example.com/my/frontend:1', 'FROM alpine'),
      {},
      "the Dockerfile is built by the frontend 'example.com/my/frontend:1', not BuildKit's Dockerfile syntax",
    ],
    [
      'a custom frontend in a syntax comment after a blank line',
      lines('', '# syntax = example.com/my/frontend:1', 'FROM alpine'),
      {},
      "the Dockerfile is built by the frontend 'example.com/my/frontend:1', not BuildKit's Dockerfile syntax",
    ],
    [
      'a custom frontend as BUILDKIT_SYNTAX',
      lines('# syntax=docker/dockerfile:1', 'FROM alpine'),
      { buildArgs: { BUILDKIT_SYNTAX: 'example.com/frontend' } },
      "the Dockerfile is built by the frontend 'example.com/frontend', not BuildKit's Dockerfile syntax",
    ],
    [
      'COPY --from with a variable',
      lines('FROM alpine', 'ARG SRC=build', 'COPY --from=$SRC /a /a'),
      {},
      'line 3: COPY --from from=$SRC: a variable in from= is not expanded here',
    ],
    ['COPY --from twice', lines('FROM alpine', 'COPY --from=a --from=b /a /a'), {}, 'line 2: COPY takes one --from'],
    ['COPY --from without value', lines('FROM alpine', 'COPY --from /a /a'), {}, 'line 2: --from has no value'],
    [
      'COPY --from a stage index that does not exist',
      lines('FROM alpine', 'COPY --from=3 /a /a'),
      {},
      'line 2: COPY --from from=3: there is no stage #3',
    ],
    [
      'COPY --from a stage defined later',
      lines('FROM alpine AS first', 'COPY --from=later /a /a', 'FROM alpine AS later'),
      { target: 'first' },
      "line 2: COPY --from from=later: stage 'later' is not defined before stage 'first'",
    ],
  ])('%s', (_name, dockerfile, over, undecided) => {
    expect(analyze(dockerfile, over)).toEqual({ undecided })
  })

  it('accepts the standard syntax directives', () => {
    for (const syntax of [
      'docker/dockerfile:1',
      'docker/dockerfile:1.7-labs',
      'docker.io/docker/dockerfile:1@sha256:' + 'a'.repeat(64),
      'docker/dockerfile-upstream:master',
      'docker/dockerfile',
    ]) {
      expect(analyze(lines(`# syntax=${syntax}`, 'FROM alpine'))).toEqual({
        needed: [],
        reasons: [AMD64, 'linux/arm64: no RUN runs emulated: stage #0 has no RUN'],
      })
    }
  })
})
