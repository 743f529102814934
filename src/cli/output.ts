import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'

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
 * Creates the folders on the way to the report file `file` (relative to `cwd`). Returns why it
 * could not, in a few words, or undefined when the folder is there.
 */
export function prepareReportFolder(cwd: string, file: string): string | undefined {
  try {
    mkdirSync(path.dirname(path.resolve(cwd, file)), { recursive: true })
    return undefined
  } catch (error) {
    return reason(error as NodeJS.ErrnoException)
  }
}

/** Writes the report to `file` (relative to `cwd`). Returns why it could not, or undefined when it did. */
export function writeReportFile(cwd: string, file: string, text: string): string | undefined {
  try {
    writeFileSync(path.resolve(cwd, file), text)
    return undefined
  } catch (error) {
    return reason(error as NodeJS.ErrnoException)
  }
}

const REASONS: Record<string, string> = {
  ENOTDIR: 'a part of the path is a file, not a folder',
  EEXIST: 'a part of the path is a file, not a folder',
  EISDIR: 'it is a folder',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'the file system is read-only',
  ENOSPC: 'no space left on the device',
  ENAMETOOLONG: 'the name is too long'
}

function reason(error: NodeJS.ErrnoException): string {
  return (error.code && REASONS[error.code]) ?? error.code ?? error.message
}
