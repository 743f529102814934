import { deserializeMessage, serializeMessage } from '@modelcontextprotocol/sdk/shared/stdio.js'
import type { Transport } from '@modelcontextprotocol/sdk/shared/transport.js'
import type { JSONRPCMessage } from '@modelcontextprotocol/sdk/types.js'
import type { ServerProcess } from './spawn.js'

/** What a server wrote on stdout that is not a JSON-RPC message. */
export interface StdoutNoise {
  /** The first such line (cut to 200 characters). */
  first?: string
  lines: number
  bytes: number
}

/** Limits on what we read from a server's stdout. */
export interface StdioLimits {
  /** Longest line we buffer; a longer one is counted as noise and skipped. Default 16 MiB. */
  maxLineBytes?: number
  /** Non-protocol bytes after which we stop waiting for the server. Default 1 MiB. */
  floodBytes?: number
}

/**
 * The MCP SDK's client transport contract over a process we started ourselves (the SDK's own
 * stdio transport cannot put the server in its own process group). Reads stdout line by line like
 * the SDK, but keeps what is not JSON-RPC, so a banner on stdout can be quoted back to the user.
 */
export class StdioProcessTransport implements Transport {
  onclose?: () => void
  onerror?: (error: Error) => void
  onmessage?: (message: JSONRPCMessage) => void
  /** Called once when non-protocol output passes `floodBytes`, or a message arrives glued to other output. */
  onflood?: () => void

  readonly noise: StdoutNoise = { lines: 0, bytes: 0 }
  /** Every byte read from stdout. */
  stdoutBytes = 0
  /** JSON-RPC messages received. */
  messages = 0
  /** The server closed its stdout while its process kept running. */
  stdoutClosed = false
  /** The first line that held a JSON-RPC message run together with other output (cut to 200 characters). */
  glued?: string

  private pending: Buffer[] = []
  private pendingBytes = 0
  private skippingLongLine = false
  private flooded = false
  private closed = false
  private starting?: Promise<void>
  private readonly maxLineBytes: number
  private readonly floodBytes: number

  constructor(
    private readonly server: ServerProcess,
    limits: StdioLimits = {}
  ) {
    this.maxLineBytes = limits.maxLineBytes ?? 16 * 1024 * 1024
    this.floodBytes = limits.floodBytes ?? 1024 * 1024
  }

  /** Waits for the process to run and starts reading; safe to call more than once. */
  start(): Promise<void> {
    this.starting ??= this.begin()
    return this.starting
  }

  private async begin(): Promise<void> {
    await this.server.spawned
    this.server.child.stdout?.on('data', (chunk: Buffer) => this.read(chunk))
    const stdoutEnded = new Promise<void>((resolve) => this.server.child.stdout?.once('close', () => resolve()))
    void this.server.exited.then(async () => {
      // Output written just before exit may still be in the pipe; a grandchild may hold it open.
      await Promise.race([stdoutEnded, new Promise((resolve) => setTimeout(resolve, 200))])
      this.finish()
    })
    // Stdout closed while the process lives on: no answer can ever come, so the connection ends now
    // rather than at the timeout. A process that is merely exiting gets a moment to be seen exiting.
    // Contained, the launcher's copy of the pipe hides the close: look for it in /proc instead.
    const watchClose = setInterval(() => {
      if (this.closed) return clearInterval(watchClose)
      if (!this.server.stdoutAbandoned()) return
      clearInterval(watchClose)
      this.stdoutClosed = true
      this.finish()
    }, 250)
    watchClose.unref()
    void this.server.exited.then(() => clearInterval(watchClose))
    void stdoutEnded.then(async () => {
      await Promise.race([this.server.exited, new Promise((resolve) => setTimeout(resolve, 100))])
      if (this.server.exit !== undefined || this.closed) return
      this.stdoutClosed = true
      this.finish()
    })
  }

  async send(message: JSONRPCMessage): Promise<void> {
    const stdin = this.server.child.stdin
    if (this.closed || !stdin || !stdin.writable) throw new Error('Not connected')
    await new Promise<void>((resolve, reject) => {
      stdin.write(serializeMessage(message), (error) => (error ? reject(error) : resolve()))
    })
  }

  async close(): Promise<void> {
    try {
      this.server.child.stdin?.end()
    } catch {
      // already closed
    }
    this.finish()
  }

  private finish(): void {
    if (this.closed) return
    this.closed = true
    this.onclose?.()
  }

  private read(chunk: Buffer): void {
    this.stdoutBytes += chunk.length
    let start = 0
    for (;;) {
      const newline = chunk.indexOf(10, start)
      if (newline === -1) {
        this.keep(chunk.subarray(start))
        return
      }
      const piece = chunk.subarray(start, newline)
      start = newline + 1
      if (this.skippingLongLine) {
        this.skippingLongLine = false
        this.countNoise(piece.length + 1)
        continue
      }
      const line = this.pending.length === 0 ? piece : Buffer.concat([...this.pending, piece])
      this.pending = []
      this.pendingBytes = 0
      this.line(line)
    }
  }

  private keep(rest: Buffer): void {
    if (rest.length === 0) return
    if (this.skippingLongLine) {
      this.countNoise(rest.length)
      return
    }
    this.pending.push(rest)
    this.pendingBytes += rest.length
    if (this.pendingBytes > this.maxLineBytes) {
      const head = Buffer.concat(this.pending).subarray(0, 400).toString('utf8')
      this.noiseLine(head, this.pendingBytes)
      this.pending = []
      this.pendingBytes = 0
      this.skippingLongLine = true
    }
  }

  private line(buffer: Buffer): void {
    const text = buffer.toString('utf8').replace(/\r$/, '')
    if (text.trim() === '') return
    let message: JSONRPCMessage
    try {
      message = deserializeMessage(text)
    } catch {
      this.noiseLine(text, buffer.length + 1)
      // A message glued to other output on one line is lost for good: the client would wait for its
      // answer until the timeout, so stop now.
      if (this.glued === undefined && /"jsonrpc"\s*:\s*"2\.0"/.test(text)) {
        this.glued = text.length > 200 ? `${text.slice(0, 200)}…` : text
        this.onflood?.()
      }
      return
    }
    this.messages++
    this.onmessage?.(message)
  }

  private noiseLine(text: string, bytes: number): void {
    this.noise.first ??= text.length > 200 ? `${text.slice(0, 200)}…` : text
    this.noise.lines++
    this.countNoise(bytes)
  }

  private countNoise(bytes: number): void {
    this.noise.bytes += bytes
    if (!this.flooded && this.noise.bytes > this.floodBytes) {
      this.flooded = true
      this.onflood?.()
    }
  }

  /** Whether non-protocol output passed the flood limit. */
  get flood(): boolean {
    return this.flooded
  }
}
