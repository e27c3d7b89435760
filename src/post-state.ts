/**
 * The names under which the main step leaves state for the post step (saved through `GITHUB_STATE`, read back
 * from `STATE_<name>`: src/workflow/commands.ts). Read by the entry point before it loads anything else, so a post
 * step with nothing to do (merge, plan, a build that never started) costs no more than starting Node.
 */

/** Set by every main step, so the second run of the bundle knows it is the post step. */
export const POST_FLAG = 'isPost'
/** What the post step must clean up (src/state.ts), saved only by a mode that leaves something behind. */
export const STATE_KEY = 'multiarch-publish'

export function isPostStep(env: Readonly<Record<string, string | undefined>>): boolean {
  return env[`STATE_${POST_FLAG}`] === 'true'
}

export function hasPostWork(env: Readonly<Record<string, string | undefined>>): boolean {
  return (env[`STATE_${STATE_KEY}`] ?? '') !== ''
}
