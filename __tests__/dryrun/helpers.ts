import { spawn, type ChildProcess } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { createServer } from 'node:net'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { DryRunOutput } from '../../src/dryrun/index.js'
import type { Server } from '../../src/types.js'

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')
export const FAULTS = path.join(ROOT, '__tests__', 'fixtures', 'dryrun')
export const NODE = process.execPath

/** The entry script of an installed MCP server package. */
export function packageScript(name: string): string {
  return path.join(ROOT, 'node_modules', '@modelcontextprotocol', name, 'dist', 'index.js')
}

/** A fault server script from __tests__/fixtures/dryrun. */
export function fault(name: string): string {
  return path.join(FAULTS, name)
}

/** A normalised server as an adapter would produce it, with a key position for diagnostics. */
export function server(name: string, fields: Partial<Server>, line = 3): Server {
  return {
    name,
    host: 'claude-code',
    file: '.mcp.json',
    pointer: ['mcpServers', name],
    keyRange: { start: { line, column: 5 }, end: { line, column: 7 + name.length } },
    transport: 'stdio',
    fields: {},
    ...fields
  }
}

/** Whether a process is alive (a zombie counts as dead: it runs nothing and holds nothing). */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
  } catch {
    return false
  }
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    return !/^\S+ \(.*\) [ZX]/.test(stat)
  } catch {
    return process.platform !== 'linux'
  }
}

/** A TCP port that was free a moment ago. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const port = (probe.address() as { port: number }).port
      probe.close(() => resolve(port))
    })
  })
}

/** A helper process of a test (an HTTP server), started in its own group and stopped with it. */
export interface Background {
  child: ChildProcess
  output: () => string
  stop(): Promise<void>
}

/** Starts a background process and waits until its output matches `ready`. */
export async function startBackground(
  command: string,
  args: string[],
  options: { env?: NodeJS.ProcessEnv; ready: RegExp; timeoutMs?: number }
): Promise<Background & { match: RegExpExecArray }> {
  const child = spawn(command, args, {
    env: { ...process.env, ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true
  })
  let text = ''
  const stop = async (): Promise<void> => {
    if (child.exitCode !== null || child.signalCode !== null) return
    const exited = new Promise((resolve) => child.once('exit', resolve))
    try {
      process.kill(-child.pid!, 'SIGKILL')
    } catch {
      // gone already
    }
    await exited
  }
  const match = await new Promise<RegExpExecArray>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`not ready in time: ${text}`)), options.timeoutMs ?? 15000)
    const onData = (chunk: Buffer): void => {
      text += chunk.toString()
      const found = options.ready.exec(text)
      if (found) {
        clearTimeout(timer)
        resolve(found)
      }
    }
    child.stdout.on('data', onData)
    child.stderr.on('data', onData)
    child.once('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`exited with ${code} before ready: ${text}`))
    })
  }).catch(async (error) => {
    await stop()
    throw error
  })
  return { child, match, output: () => text, stop }
}

/**
 * What a dry run said about one server: its result's status, kind and help, and its diagnostic's
 * message id and data (the failure's kind among them). The sentence itself is not returned: tests
 * assert ids and data; it is only checked to be the same in the result and the diagnostic.
 */
export function problemOf(
  output: Pick<DryRunOutput, 'servers' | 'diagnostics'>,
  name: string
): { status: string; kind?: string; messageId?: string; data?: Record<string, string | number>; help?: string } {
  const result = output.servers.find((s) => s.name === name)
  if (!result) throw new Error(`no result for "${name}"`)
  const diagnostic = output.diagnostics.find((d) => d.server === name && d.ruleId !== 'dry-run-stdout-noise')
  if (diagnostic && result.error && diagnostic.message !== result.error.message)
    throw new Error(`"${name}": the result says "${result.error.message}", the diagnostic "${diagnostic.message}"`)
  if (diagnostic && diagnostic.data?.kind !== result.error?.kind)
    throw new Error(`"${name}": the diagnostic's kind is not the result's`)
  return {
    status: result.status,
    ...(result.error ? { kind: result.error.kind } : {}),
    ...(diagnostic?.messageId ? { messageId: diagnostic.messageId } : {}),
    ...(diagnostic?.data ? { data: diagnostic.data } : {}),
    ...(result.error?.help !== undefined ? { help: result.error.help } : {})
  }
}
