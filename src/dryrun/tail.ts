/**
 * A byte-capped buffer that keeps the end of a stream: a server that floods stderr costs at most
 * `limit` bytes, and the last lines (where the error usually is) survive.
 */
export class TailBuffer {
  private chunks: Buffer[] = []
  private size = 0
  /** Every byte ever written, kept or not. */
  total = 0

  constructor(readonly limit: number) {}

  /** Appends a chunk, dropping the oldest bytes beyond the limit. */
  push(chunk: Buffer): void {
    this.total += chunk.length
    if (chunk.length >= this.limit) {
      this.chunks = [chunk.subarray(chunk.length - this.limit)]
      this.size = this.limit
      return
    }
    this.chunks.push(chunk)
    this.size += chunk.length
    while (this.size > this.limit) {
      const first = this.chunks[0]
      const excess = this.size - this.limit
      if (first.length <= excess) {
        this.chunks.shift()
        this.size -= first.length
      } else {
        this.chunks[0] = first.subarray(excess)
        this.size -= excess
      }
    }
  }

  /** Whether bytes were dropped from the front. */
  get truncated(): boolean {
    return this.total > this.size
  }

  /** The kept bytes as text (a cut multi-byte character at the start becomes U+FFFD). */
  text(): string {
    return Buffer.concat(this.chunks).toString('utf8')
  }

  /** The last `count` non-blank lines, without trailing whitespace. */
  lastLines(count: number): string[] {
    const lines = this.text()
      .split(/\r?\n/)
      .map((l) => l.trimEnd())
      .filter((l) => l.trim() !== '')
    // The first kept line may be cut in the middle; drop it when older bytes were discarded.
    if (this.truncated && lines.length > 1) lines.shift()
    // A line cut at its start and kept (it is the only one) says so with `…`, which masking reads as a cut: a
    // secret whose start was dropped is masked by its end (src/mask.ts). A character cut in two goes too.
    else if (this.truncated && lines.length === 1) lines[0] = `…${lines[0].replace(/^\uFFFD+/, '')}`
    return lines.slice(-count)
  }
}
