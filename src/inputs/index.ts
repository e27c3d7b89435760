/** The input edge: every input read, checked and typed once, per mode. Runs nothing. */
import type { MetaContext } from '../meta/context.js'
import { MODES, type Settings } from '../settings.js'
import { parseBuildInputs } from './build.js'
import { parseMergeInputs } from './merge.js'
import { parseMetaModeInputs } from './meta-mode.js'
import { parsePlanInputs } from './plan.js'
import { oneOf, type InputGetter } from './read.js'

export type { InputGetter } from './read.js'

/** The settings of the mode the `mode` input names. */
export function parseInputs(
  get: InputGetter,
  ctx: MetaContext,
  env: Readonly<Record<string, string | undefined>>,
): Settings {
  const mode = oneOf(get, 'mode', MODES)
  switch (mode) {
    case 'build':
    case 'build-platform':
      return parseBuildInputs(get, ctx, env, mode)
    case 'merge':
      return parseMergeInputs(get, ctx, env)
    case 'plan':
      return parsePlanInputs(get)
    case 'meta':
      return parseMetaModeInputs(get, ctx, env)
  }
}
