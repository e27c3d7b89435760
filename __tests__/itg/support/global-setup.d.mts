export const REQUIRED_TOOLS: string[]
/** The state file global-setup writes: { host, startedHere, images?, imagesRegistry?, imagesError? } */
export const STATE: string
export const IMAGE_ENV: { buildkit: string; binfmt: string }
export default function globalSetup(): Promise<void>
