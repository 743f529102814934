import { closeSync, constants, fstatSync, lstatSync, openSync, readFileSync } from 'node:fs'
import type { ParseProblem } from './parse/problem.js'

/** Larger files are refused unread: a committed MCP config is a few kilobytes. */
export const MAX_FILE_BYTES = 1024 * 1024

export type ReadResult =
  | { text: string; problems: ParseProblem[] }
  /** Unreadable as text; `positionText` is what the problems' offsets count in (the decodable part). */
  | { text?: undefined; problems: ParseProblem[]; positionText?: string }

function fail(ruleId: string, message: string, offset = 0): { problems: ParseProblem[] } {
  return { problems: [{ ruleId, severity: 'error', message, offset, length: 1 }] }
}

/**
 * Reads a config file as UTF-8 text, refusing (with a problem, never an exception) anything that
 * is not a regular file, is too large, binary, not valid UTF-8, or empty.
 */
export async function readConfigFile(absolutePath: string): Promise<ReadResult> {
  let bytes: Buffer
  try {
    // Synchronous on purpose: for small files one thread-pool round trip per call costs more than the read.
    const link = lstatSync(absolutePath)
    if (!link.isFile() && !link.isSymbolicLink())
      return fail('file-unreadable', 'not a regular file (a directory, FIFO, socket or device); it was not read')
    // O_NONBLOCK: a FIFO (or a file swapped for one after the check) must not hang the run.
    const fd = openSync(absolutePath, constants.O_RDONLY | constants.O_NONBLOCK)
    try {
      const stat = fstatSync(fd)
      if (!stat.isFile())
        return fail('file-unreadable', 'not a regular file (a directory, FIFO, socket or device); it was not read')
      if (stat.size > MAX_FILE_BYTES)
        return fail(
          'file-too-large',
          `the file is ${formatBytes(stat.size)}, over the ${formatBytes(MAX_FILE_BYTES)} limit for a config file; it was not read`
        )
      bytes = readFileSync(fd)
    } finally {
      closeSync(fd)
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unknown error'
    return fail('file-unreadable', `the file cannot be read (${code})`)
  }
  return decodeConfigBytes(bytes)
}

/** Decodes bytes already in memory: the checks of `readConfigFile` after the file system. */
export function decodeConfigBytes(bytes: Uint8Array): ReadResult {
  if (bytes.length > MAX_FILE_BYTES)
    return fail(
      'file-too-large',
      `the file is ${formatBytes(bytes.length)}, over the ${formatBytes(MAX_FILE_BYTES)} limit for a config file; it was not read`
    )
  const nul = bytes.indexOf(0)
  if (nul !== -1)
    return {
      problems: [
        {
          ruleId: 'file-binary',
          severity: 'error',
          message: `the file is binary (a NUL byte at byte ${nul}), not a text config`,
          offset: 0,
          length: 1
        }
      ]
    }
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes)
  } catch {
    const bad = firstInvalidUtf8(bytes)
    const prefix = new TextDecoder('utf-8').decode(bytes.subarray(0, bad))
    return {
      ...fail(
        'file-encoding',
        `the file is not valid UTF-8 (invalid byte 0x${bytes[bad]?.toString(16).padStart(2, '0')} at byte ${bad}); save it as UTF-8`,
        prefix.length
      ),
      positionText: prefix
    }
  }
  const problems: ParseProblem[] = []
  if (text.charCodeAt(0) === 0xfeff) {
    text = text.slice(1)
    problems.push({
      ruleId: 'file-bom',
      severity: 'warning',
      message:
        'the file starts with a byte-order mark; hosts that read it with JSON.parse fail on it: save it as UTF-8 without BOM',
      offset: 0,
      length: 1
    })
  }
  if (text.trim() === '')
    return {
      problems: [
        ...problems,
        {
          ruleId: 'file-empty',
          severity: 'error',
          message: 'the file is empty; the host fails to load it',
          offset: 0,
          length: 1
        }
      ]
    }
  return { text, problems }
}

/** Byte offset of the first byte that breaks UTF-8 (the decoder only says that one exists). */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0
  while (i < bytes.length) {
    const b = bytes[i]
    const need = b < 0x80 ? 0 : b >= 0xc2 && b < 0xe0 ? 1 : b >= 0xe0 && b < 0xf0 ? 2 : b >= 0xf0 && b < 0xf5 ? 3 : -1
    if (need < 0) return i
    for (let k = 1; k <= need; k++) if (i + k >= bytes.length || (bytes[i + k] & 0xc0) !== 0x80) return i
    i += need + 1
  }
  return 0
}

function formatBytes(n: number): string {
  return n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MiB` : `${Math.ceil(n / 1024)} KiB`
}
