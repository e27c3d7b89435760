/** Names fit for cache keys, scopes, file and job names. Pure. */

/**
 * Every run of characters other than ASCII letters, digits and the `keep` characters becomes one `-`:
 * `linux/arm/v7` -> `linux-arm-v7`; `ghcr.io/acme/app` with keep `._-` -> `ghcr.io-acme-app`.
 */
export function slug(text: string, keep = '.'): string {
  const kept = keep.replace(/[\\\]^-]/g, '\\$&')
  return text.replace(new RegExp(`[^A-Za-z0-9${kept}]+`, 'g'), '-')
}
