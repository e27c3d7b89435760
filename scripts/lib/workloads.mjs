// The two Dockerfiles of the job benchmark (scripts/bench-job.mjs), written with their data into a temporary build
// context. Both do the same CPU work on the same data (gzip -9, bzip2 -9 and sha256sum of DATA_MB MB of text COPYed
// in), in a stage whose output a FROM scratch final stage copies; they differ only in where that stage runs:
//   emulated: the stage runs as the target platform, so linux/arm64's RUN steps run under QEMU
//   cross:    the stage is `FROM --platform=$BUILDPLATFORM`, so every RUN runs natively (cross-compiling); the
//             action installs no emulator for it
// The stage's WORKDIR names $TARGETARCH, so the cross stage also runs once per target platform (as a compiler
// with GOARCH=$TARGETARCH would), not once for both.
// RUN steps are in exec form with one applet each: under QEMU, Debian's static busybox loses the applet when its
// shell starts another one.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export const WORKLOADS = ['emulated', 'cross']
export const DATA_MB = 24

/** The Dockerfile of a workload; the base image comes in as the BASE_IMAGE build argument (a busybox). */
export function dockerfile(kind) {
  if (!WORKLOADS.includes(kind)) throw new Error(`unknown workload '${kind}' (${WORKLOADS.join(', ')})`)
  const from = kind === 'cross' ? 'FROM --platform=$BUILDPLATFORM ${BASE_IMAGE} AS work' : 'FROM ${BASE_IMAGE} AS work'
  return `ARG BASE_IMAGE=busybox:1.36
${from}
ARG TARGETARCH
WORKDIR /work/\${TARGETARCH}
COPY data data
RUN ["gzip", "-9", "-k", "data"]
RUN ["bzip2", "-9", "-k", "data"]
RUN ["sha256sum", "data", "data.gz", "data.bz2"]

FROM scratch
ARG TARGETARCH
COPY --from=work /work/\${TARGETARCH}/data.gz /work/\${TARGETARCH}/data.bz2 /
`
}

/**
 * `mb` MB of text: lines of 12 words drawn from a 4096-word vocabulary, by a fixed linear congruential generator,
 * so every run (and both workloads) compresses the same bytes. gzip -9 makes about 7 % of it.
 */
export function textData(mb) {
  let seed = 1
  const next = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff)
  const words = Array.from({ length: 4096 }, () =>
    Array.from({ length: 2 + (next() % 9) }, () => String.fromCharCode(97 + (next() % 26))).join(''),
  )
  const out = Buffer.alloc(mb * 1024 * 1024)
  let pos = 0
  while (pos < out.length) {
    const line = `${Array.from({ length: 12 }, () => words[next() % 4096]).join(' ')}\n`
    pos += out.write(line, pos)
  }
  return out
}

/** Writes the workload's Dockerfile and data into a fresh directory; returns { dir, remove() }. */
export function writeWorkload(kind, mb = DATA_MB) {
  const dir = mkdtempSync(join(tmpdir(), `mp-bench-${kind}-`))
  writeFileSync(join(dir, 'Dockerfile'), dockerfile(kind))
  writeFileSync(join(dir, 'data'), textData(mb))
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) }
}
