/** The part of a standard stream the CLI writes to. */
interface OutputStream {
  write(text: string): unknown
  on(event: 'error', listener: (error: NodeJS.ErrnoException) => void): unknown
}

/**
 * A writer for standard output or error that goes quiet when the reader has gone (EPIPE, as in
 * `mcpcop . | head -1`): the rest of the output is dropped and the exit code stays the report's,
 * instead of an unhandled 'error' event with a stack trace. Any other write error is told once.
 */
export function streamWriter(stream: OutputStream, onFailure: (error: NodeJS.ErrnoException) => void) {
  let closed = false
  stream.on('error', (error) => {
    if (closed) return
    closed = true
    if (error.code !== 'EPIPE') onFailure(error)
  })
  return (text: string): void => {
    if (!closed) stream.write(text)
  }
}
