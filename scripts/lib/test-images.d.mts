export const SHARED_DIR: string
export const IMAGES_DIR: string
export interface TestImageRefs {
  /** e.g. 127.0.0.1:PORT/moby/buildkit:buildx-stable-1 */
  buildkit: string
  /** e.g. 127.0.0.1:PORT/tonistiigi/binfmt:latest */
  binfmt: string
}
export const TEST_IMAGES: Record<keyof TestImageRefs, { archive: RegExp; name: string }>
export function findArchives(dir?: string): Record<keyof TestImageRefs, string>
export function pushTestImages(registryHost: string, dir?: string): Promise<TestImageRefs>
