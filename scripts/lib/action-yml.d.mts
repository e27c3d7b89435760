export interface ActionInput {
  name: string
  description?: string
  default?: string
  required?: string
}
export const ACTION_YML: string
export function readActionYml(path: string): {
  inputs: ActionInput[]
  outputs: { name: string; description?: string }[]
}
export function defaultInputs(path?: string): Record<string, string>
