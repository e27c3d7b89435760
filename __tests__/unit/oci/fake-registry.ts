/** A scripted in-memory Transport for unit tests: answers by handler, records every request. */
import type { HttpRequest, HttpResponse, Transport } from '../../../src/oci/transport.js'

export type Handler = (req: HttpRequest) => Partial<HttpResponse> & { status: number }

export function fakeTransport(handler: Handler): Transport & { requests: HttpRequest[] } {
  const requests: HttpRequest[] = []
  return {
    requests,
    request(req) {
      requests.push(req)
      // the executor turns a throwing handler (a failure on the wire) into a rejection, as from the real transport
      return new Promise((resolve) => {
        const r = handler(req)
        resolve({ headers: {}, body: new Uint8Array(), ...r })
      })
    },
  }
}

export const json = (v: unknown): Uint8Array => new TextEncoder().encode(JSON.stringify(v))

export const noSleepClock = () => {
  const c = {
    t: 0,
    sleeps: [] as number[],
    now: () => c.t,
    sleep: (ms: number) => {
      c.sleeps.push(ms)
      c.t += ms
      return Promise.resolve()
    },
    random: () => 0.5,
  }
  return c
}
