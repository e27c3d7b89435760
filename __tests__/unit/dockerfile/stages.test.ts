import { describe, expect, it } from '@jest/globals'
import { parseDockerfile, type ParsedDockerfile } from '../../../src/dockerfile/stages.js'

describe('parseDockerfile', () => {
  it('reads global ARGs, stages, their RUN lines, what they read and their ONBUILD triggers', () => {
    const text = [
      '# syntax=docker/dockerfile:1',
      'ARG A=1 B="two words" C',
      'FROM --platform=$BUILDPLATFORM golang:${A} AS Build',
      'ARG STAGE_ARG=x',
      'RUN --mount=type=cache,target=/c --mount=type=bind,from=deps,target=/d go build',
      'ONBUILD RUN make',
      'ONBUILD COPY --from=gen /g /g',
      'FROM scratch',
      'COPY --link --from=build /app /app',
      'COPY --from=docker.io/library/busybox /bin/sh /sh',
      '# syntax=not/a-directive-here',
    ].join('\n')
    const expected: ParsedDockerfile = {
      args: [{ name: 'A', value: '1' }, { name: 'B', value: 'two words' }, { name: 'C' }],
      stages: [
        {
          index: 0,
          name: 'build',
          line: 3,
          base: 'golang:${A}',
          platform: '$BUILDPLATFORM',
          runs: [5],
          refs: [{ from: 'deps', line: 5, via: 'RUN --mount' }],
          onbuild: { runs: [6], refs: [{ from: 'gen', line: 7, via: 'COPY --from' }] },
        },
        {
          index: 1,
          line: 8,
          base: 'scratch',
          runs: [],
          refs: [
            { from: 'build', line: 9, via: 'COPY --from' },
            { from: 'docker.io/library/busybox', line: 10, via: 'COPY --from' },
          ],
          onbuild: { runs: [], refs: [] },
        },
      ],
      escape: '\\',
      syntax: 'docker/dockerfile:1',
    }
    expect(parseDockerfile(text)).toEqual(expected)
  })
})
