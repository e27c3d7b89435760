/** Something a suite starts in beforeAll and stops in afterAll. */
export interface Stoppable {
  stop(): Promise<void>
}

/**
 * Stops, in the order given, what beforeAll started. afterAll runs even when beforeAll failed part-way, and then
 * what came after the failure was never assigned (TypeScript cannot see that across hooks): those are skipped.
 */
export async function stopStarted(...resources: (Stoppable | undefined)[]): Promise<void> {
  for (const r of resources) await r?.stop()
}
