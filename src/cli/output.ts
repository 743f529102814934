import { prepareFolder, writeGuarded } from '../write.js'

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

/**
 * Creates the folders on the way to the report file `file` (relative to `cwd`), before the run, so that
 * a path that cannot be written fails at once. Returns why it could not, or undefined.
 */
export function prepareReportFolder(cwd: string, file: string): string | undefined {
  return prepareFolder(file, cwd)
}

/** Writes the report to `file` (relative to `cwd`), as `writeGuarded` does. Returns why it could not, or undefined. */
export function writeReportFile(cwd: string, file: string, text: string): string | undefined {
  return writeGuarded(file, text, { cwd })
}
