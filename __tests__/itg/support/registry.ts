// The registry the integration tests run: one implementation, shared with the benchmarks and the demo.
export { freePort, makeCertificates, startRegistry } from '../../../scripts/lib/registry.mjs'
export type { Registry, RegistryOptions } from '../../../scripts/lib/registry.mjs'
