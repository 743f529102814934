/**
 * Reads a stream (standard input) up to `maxBytes` bytes and no further: `yes | mcpcop -` must not fill
 * the memory. `over` tells that the stream held more; it is then left unread (and closed).
 */
export async function readCapped(
  stream: AsyncIterable<Buffer | string> | Iterable<Buffer | string>,
  maxBytes: number
): Promise<{ bytes: Buffer; over: boolean }> {
  const chunks: Buffer[] = []
  let total = 0
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk
    if (total + bytes.length > maxBytes) {
      chunks.push(bytes.subarray(0, maxBytes - total))
      // Leaving the loop closes the stream: a writer that never ends is not waited for.
      return { bytes: Buffer.concat(chunks), over: true }
    }
    chunks.push(bytes)
    total += bytes.length
  }
  return { bytes: Buffer.concat(chunks), over: false }
}
