import { Client } from '@modelcontextprotocol/sdk/client/index.js'
import type { Transport } from '@modelcontextprotocol/sdk/shared/transport.js'
import type { Surface } from '../types.js'
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
  /** Every tool, prompt, resource and resource template listed, once all lists were read. */
  surface?: Surface
}

/** Shared between the probe and its caller: the current phase, updated as the probe goes. */
export interface ProbeState {
  phase: Phase
  /** The protocol version the server answered `initialize` with, once it has. */
  protocolVersion?: string
  /** What the server told us so far: kept when a later step fails. */
  outcome: ProbeOutcome
}

// A server that pages forever must not keep us busy: read at most this many pages per list, and
// keep at most this many items of each kind (a real server lists tens).
const MAX_PAGES = 50
const MAX_ITEMS = 2000

/**
 * Talks to a server as a host does on connect, with the official MCP SDK client: `initialize`
 * (which checks the protocol version), then `tools/list`, and `prompts/list`, `resources/list`
 * and `resources/templates/list` when the server offers them; keeps what each returns (as the SDK
 * parsed it, which is what a host built on the SDK sees). Throws what the SDK throws. The caller
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
  const surface: Surface = { tools: [], prompts: [], resources: [], resourceTemplates: [] }
  if (capabilities.tools) {
    state.phase = 'tools/list'
    surface.tools = await readPages((cursor) =>
      client.listTools({ cursor }, request).then((r) => ({ items: r.tools, next: r.nextCursor }))
    )
    outcome.tools = surface.tools.length
  }
  if (capabilities.prompts) {
    state.phase = 'prompts/list'
    surface.prompts = await readPages((cursor) =>
      client.listPrompts({ cursor }, request).then((r) => ({ items: r.prompts, next: r.nextCursor }))
    )
    outcome.prompts = surface.prompts.length
  }
  if (capabilities.resources) {
    state.phase = 'resources/list'
    surface.resources = await readPages((cursor) =>
      client.listResources({ cursor }, request).then((r) => ({ items: r.resources, next: r.nextCursor }))
    )
    outcome.resources = surface.resources.length
    // Templates are optional even for servers with resources; hosts carry on without them.
    surface.resourceTemplates = await readPages((cursor) =>
      client
        .listResourceTemplates({ cursor }, request)
        .then((r) => ({ items: r.resourceTemplates, next: r.nextCursor }))
    ).catch(() => [])
  }
  outcome.surface = surface
  return outcome
}

async function readPages<T>(
  page: (cursor: string | undefined) => Promise<{ items: T[]; next?: string }>
): Promise<T[]> {
  const all: T[] = []
  let cursor: string | undefined
  for (let i = 0; i < MAX_PAGES && all.length < MAX_ITEMS; i++) {
    const result = await page(cursor)
    all.push(...result.items.slice(0, MAX_ITEMS - all.length))
    cursor = result.next
    if (!cursor) break
  }
  return all
}
