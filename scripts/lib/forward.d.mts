import type { IncomingMessage, ServerResponse } from 'node:http'
export function forward(target: string, req: IncomingMessage, res: ServerResponse): void
