import { Client } from '@modelcontextprotocol/sdk/client/index.js'
import type { Transport } from '@modelcontextprotocol/sdk/shared/transport.js'
import { VERSION } from '../version.js'

/** What the dry run was doing, so a failure or a timeout can say so. */
export type Phase = 'starting' | 'initialize' | 'tools/list' | 'prompts/list' | 'resources/list'

/** What a server told us about itself. */
export interface ProbeOutcome {
  serverInfo?: { name: string; version: string }
  protocolVersion?: string
  tools?: number
  prompts?: number
  resources?: number
}

/** Shared between the probe and its caller: the current phase, updated as the probe goes. */
export interface ProbeState {
  phase: Phase
  /** The protocol version the server answered `initialize` with, once it has. */
  protocolVersion?: string
  /** What the server told us so far: kept when a later step fails. */
  outcome: ProbeOutcome
}

// A server that pages forever must not keep us busy: count at most this many pages per list.
const MAX_PAGES = 50

/**
 * Talks to a server as a host does on connect, with the official MCP SDK client: `initialize`
 * (which checks the protocol version), then `tools/list`, and `prompts/list` and `resources/list`
 * when the server offers them; counts what each returns. Throws what the SDK throws. The caller
 * owns the transport and closes it.
 */
export async function probe(
  transport: Transport,
  state: ProbeState,
  options: { signal: AbortSignal; timeoutMs: number }
): Promise<ProbeOutcome> {
  const client = new Client({ name: 'mcpcop', version: VERSION }, { capabilities: {} })
  // The SDK hands the negotiated version to HTTP transports through this hook; catch it for all.
  const forward = transport.setProtocolVersion?.bind(transport)
  transport.setProtocolVersion = (version: string) => {
    state.protocolVersion = version
    forward?.(version)
  }
  const request = { signal: options.signal, timeout: options.timeoutMs, maxTotalTimeout: options.timeoutMs }
  state.phase = 'initialize'
  await client.connect(transport, request)
  const outcome = state.outcome
  const info = client.getServerVersion()
  if (info) outcome.serverInfo = { name: info.name, version: info.version }
  outcome.protocolVersion = state.protocolVersion
  const capabilities = client.getServerCapabilities() ?? {}
  if (capabilities.tools) {
    state.phase = 'tools/list'
    outcome.tools = await countPages((cursor) =>
      client.listTools({ cursor }, request).then((r) => ({ count: r.tools.length, next: r.nextCursor }))
    )
  }
  if (capabilities.prompts) {
    state.phase = 'prompts/list'
    outcome.prompts = await countPages((cursor) =>
      client.listPrompts({ cursor }, request).then((r) => ({ count: r.prompts.length, next: r.nextCursor }))
    )
  }
  if (capabilities.resources) {
    state.phase = 'resources/list'
    outcome.resources = await countPages((cursor) =>
      client.listResources({ cursor }, request).then((r) => ({ count: r.resources.length, next: r.nextCursor }))
    )
  }
  return outcome
}

async function countPages(
  page: (cursor: string | undefined) => Promise<{ count: number; next?: string }>
): Promise<number> {
  let total = 0
  let cursor: string | undefined
  for (let i = 0; i < MAX_PAGES; i++) {
    const result = await page(cursor)
    total += result.count
    cursor = result.next
    if (!cursor) break
  }
  return total
}
