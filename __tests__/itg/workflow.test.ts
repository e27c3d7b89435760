/**
 * The reusable workflow as it is written: .github/workflows/publish.yml is read and run (support/workflow-runner.ts
 * evaluates its expressions for the event, and runs the plan job, each leg and the merge as separate processes of
 * the bundled action with exactly the `with:` the file gives them), against a real registry, the real BuildKit
 * and binfmt images (docker-container, the workflow's default driver), and the results-service emulator (the
 * artifact handoff, and the GHA cache through it). For a push: the published index, its tags (metadata-action's
 * defaults: the branch, not latest), the workflow's outputs, and a re-run of the merge that moves no tag. For a
 * pull request: every leg builds and the merge checks them, but nothing is pushed and no tag exists.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { rmSync } from 'node:fs'
import { join } from 'node:path'
import { crane, errorAnnotations, exampleCopy } from './support/action.js'
import { buildxCommandLine } from './support/cache-helpers.js'
import { startGhaCache, type GhaCache } from './support/gha-cache.js'
import { dockerEnv, pushBaseImage } from './support/images.js'
import { jobEnv } from './support/jobs.js'
import { startRegistry, type Registry } from './support/registry.js'
import { startResultsService, type ResultsService } from './support/results-service.js'
import { stopStarted } from './support/teardown.js'
import { containerSkipReason, testImages, type TestImages } from './support/test-images.js'
import { runWorkflow, type WorkflowCall, type WorkflowResult } from './support/workflow-runner.js'

const skip = containerSkipReason()
const d = skip ? describe.skip : describe

const FILE = join(process.cwd(), '.github/workflows/publish.yml')

interface Index {
  manifests: { digest: string; platform: { os: string; architecture: string } }[]
  annotations?: Record<string, string>
}

async function tagsOf(url: string, repository: string): Promise<string[]> {
  const res = await fetch(`${url}/v2/${repository}/tags/list`)
  if (res.status === 404) return []
  return ((await res.json()) as { tags?: string[] | null }).tags ?? []
}

d('the reusable workflow, run as written', () => {
  let reg: Registry
  let gha: GhaCache
  let service: ResultsService
  let images: TestImages
  let base: string
  let workspace: string
  let image: string

  const call = (
    event: string,
    run: string,
    more: Partial<WorkflowCall> = {},
    repository = image,
  ): Promise<WorkflowResult> =>
    runWorkflow(
      FILE,
      {
        event,
        run,
        inputs: {
          images: repository,
          'build-args': `BASE_IMAGE=${base}`,
          labels: 'org.example.team=platform',
          // for this machine: the BuildKit and binfmt images from the test registry, the builder on the host network
          'buildkit-image': images.buildkit,
          'binfmt-image': images.binfmt,
          'driver-opts': 'network=host',
        },
        secrets: { 'build-secrets': 'token=s3cret-build-value' },
        ...more,
      },
      {
        workspace,
        jobEnv: (r, job, attempt, runsOn) => ({
          ...jobEnv(service, r, job, { attempt, arch: runsOn.endsWith('-arm') ? 'ARM64' : 'X64' }),
          DOCKER_HOST: dockerEnv().DOCKER_HOST as string,
        }),
        echo: !!process.env.MP_ECHO,
      },
    )

  beforeAll(async () => {
    images = testImages() as TestImages
    reg = await startRegistry()
    gha = await startGhaCache()
    service = await startResultsService({ cache: gha })
    base = pushBaseImage(reg.host)
    image = `${reg.host}/acme/app`
    workspace = exampleCopy(`workflow ${String(Date.now())}`) // the caller's repository, checked out
  })
  afterAll(async () => {
    await stopStarted(reg, service, gha)
    if (workspace) rmSync(workspace, { recursive: true, force: true })
  })

  describe('on a push to main', () => {
    let push: WorkflowResult
    beforeAll(async () => {
      push = await call('push-main.json', 'push-run')
    })

    it('plans, builds each platform on its runner, merges: every job as the file says', () => {
      expect(push.steps.map((s) => [s.job, s.runsOn, s.with.mode, s.with.platforms])).toEqual([
        ['plan', 'ubuntu-24.04', 'plan', 'linux/amd64,linux/arm64'],
        ['legs', 'ubuntu-24.04', 'build-platform', 'linux/amd64'],
        ['legs', 'ubuntu-24.04-arm', 'build-platform', 'linux/arm64'],
        ['merge', 'ubuntu-24.04', 'merge', 'linux/amd64,linux/arm64'],
      ])
      for (const s of push.steps) {
        expect(errorAnnotations(s.run.main.stdout)).toEqual([])
        expect(s.run.main.exitCode).toBe(0)
      }
      expect(push.jobs.plan?.outputs.push).toBe('true')
      const leg = push.steps[1]
      expect(leg?.with).toMatchObject({
        push: 'true',
        tags: '',
        secrets: 'token=s3cret-build-value',
        username: 'octocat',
        password: 'ghs_workflow_test_token',
        summary: 'true',
      })
      // the workflow's default driver: a docker-container builder, here from the test registry's BuildKit image
      // (by its name when the daemon had it, else under the builder's local tag, so that its boot asks no registry)
      const local = /^Builder image: \S+, as (\S+) /m.exec(leg?.run.main.stdout ?? '')?.[1]
      expect(leg?.run.main.stdout).toContain(
        `--driver docker-container --driver-opt image=${local ?? images.buildkit} --driver-opt network=host`,
      )
      // the build secret reaches buildx by the environment, never on its command line
      expect(buildxCommandLine(leg?.run.main.stdout ?? '')).not.toContain('s3cret-build-value')
      expect(buildxCommandLine(leg?.run.main.stdout ?? '')).toContain(
        '--secret id=token,env=MULTIARCH_PUBLISH_SECRET_0',
      )
    })

    it("publishes one index of both legs under metadata-action's default tag (the branch, not latest)", async () => {
      const digest = push.outputs.digest ?? ''
      expect(digest).toMatch(/^sha256:[0-9a-f]{64}$/)
      expect(push.outputs.tags).toBe(`${image}:main`)
      expect(await tagsOf(reg.url, 'acme/app')).toEqual(['main'])
      expect(crane('digest', `${image}:main`).trim()).toBe(digest)
      const legDigests = Object.assign(
        {},
        ...push.steps
          .filter((s) => s.job === 'legs')
          .map((s) => JSON.parse(s.run.outputs['platform-digests'] ?? '{}') as object),
      ) as Record<string, string>
      const index = JSON.parse(crane('manifest', `${image}:main`)) as Index
      expect(
        Object.fromEntries(
          index.manifests
            .filter((m) => m.platform.os !== 'unknown')
            .map((m) => [`${m.platform.os}/${m.platform.architecture}`, m.digest]),
        ),
      ).toEqual(legDigests)
      expect(push.outputs.platforms).toBe('linux/amd64,linux/arm64')
      expect(JSON.parse(push.outputs['platform-digests'] ?? '')).toEqual(legDigests)
      expect((JSON.parse(push.outputs.json ?? '') as { tags: string[] }).tags).toEqual([`${image}:main`])
      const config = JSON.parse(crane('config', `${image}@${legDigests['linux/arm64'] ?? ''}`)) as {
        architecture: string
        config: { Labels: Record<string, string> }
      }
      expect(config.architecture).toBe('arm64')
      expect(config.config.Labels['org.example.team']).toBe('platform')
      expect(index.annotations?.['org.opencontainers.image.revision']).toBe('860c1904a1ce19322e91ac35af1ab07466440c37')
    })

    it("writes the merge's summary: platforms, digests, the attempt each leg came from, the tags moved", () => {
      const merge = push.steps.find((s) => s.job === 'merge')
      expect(merge?.run.summary).toContain('### multiarch-publish: merge')
      expect(merge?.run.summary).toMatch(/\| linux\/amd64 \| `sha256:[0-9a-f]{64}` \| 1 \|/)
      expect(merge?.run.summary).toContain(`| \`${image}:main\` | moved to the index |`)
    })

    it('re-running the merge (attempt 2) gives the same index and moves no tag', async () => {
      const rerun = await call('push-main.json', 'push-run', { attempt: 2, rerun: { jobs: ['merge'], previous: push } })
      expect(rerun.steps.map((s) => s.job)).toEqual(['merge'])
      expect(rerun.outputs.digest).toBe(push.outputs.digest)
      const merge = rerun.steps[0]
      expect(merge?.run.main.stdout).toContain(
        `${image}:main already points at ${push.outputs.digest ?? ''}: not moved`,
      )
      expect(merge?.run.summary).toContain(`| \`${image}:main\` | already the index: not moved |`)
    })
  })

  describe('on a pull request', () => {
    let pr: WorkflowResult
    beforeAll(async () => {
      pr = await call('pull-request.json', 'pr-run', {}, `${reg.host}/acme/pr`)
    })

    it('builds every leg and runs the merge, all with push false', () => {
      expect(pr.jobs.plan?.outputs.push).toBe('false')
      expect(pr.steps.map((s) => [s.job, s.with.push ?? '(plan)'])).toEqual([
        ['plan', '(plan)'],
        ['legs', 'false'],
        ['legs', 'false'],
        ['merge', 'false'],
      ])
      for (const s of pr.steps) {
        expect(errorAnnotations(s.run.main.stdout)).toEqual([])
        expect(s.run.main.exitCode).toBe(0)
      }
      for (const leg of pr.steps.filter((s) => s.job === 'legs')) {
        expect(buildxCommandLine(leg.run.main.stdout)).toContain('--output type=cacheonly')
        expect(leg.run.main.stdout).toMatch(/linux\/(amd64|arm64): built, not pushed \(artifact /)
      }
      const merge = pr.steps.find((s) => s.job === 'merge')
      expect(merge?.run.main.stdout).toContain('push: false: every platform has its leg (linux/amd64, linux/arm64)')
      expect(merge?.run.summary).toContain('push: false: every platform has its leg; nothing was pushed, no tag moved.')
    })

    it('pushes nothing: no tag exists, not even the repository', async () => {
      expect(pr.outputs.digest).toBe('')
      expect(pr.outputs.tags).toBe('')
      const res = await fetch(`${reg.url}/v2/acme/pr/tags/list`)
      expect(res.status).toBe(404)
      expect(((await res.json()) as { errors: { code: string }[] }).errors[0]?.code).toBe('NAME_UNKNOWN')
      // the pull request's default tag rule (type=ref,event=pr) gave pr-42: computed, never pushed
      const merge = pr.steps.find((s) => s.job === 'merge')
      expect(merge?.run.outputs.version).toBe('pr-42')
    })
  })
})
