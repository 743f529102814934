/**
 * The paths a git index (`.git/index`) holds, read the way `git ls-files --cached` lists them: every entry's
 * path, once per stage of an unmerged file, in the index's order. Versions 2, 3 and 4 of the format with
 * SHA-1 object names (gitformat-index(5)). An index this reader cannot answer for exactly (a split or sparse
 * index, a truncated or malformed one, more entries than asked for) gives undefined, and the caller asks git.
 * Written here rather than taken from isomorphic-git, whose index reader comes in one 584 KB module: loading
 * that would cost a run more than starting git does. Tests compare it with git on every version.
 */

export interface IndexPaths {
  /** Each entry's path as the index holds it (bytes, `/`-separated), in order. */
  paths: Buffer[]
  /** The paths of submodules (gitlinks): git does not look inside them for untracked files. */
  gitlinks: Set<string>
}

const SIGNATURE = 0x44495243 // "DIRC"
const HEADER_BYTES = 12
/** ctime, mtime, dev, ino, mode, uid, gid, size: ten 32-bit fields, then the object name and 16 bits of flags. */
const STAT_BYTES = 40
const SHA1_BYTES = 20
const FLAGS_OFFSET = STAT_BYTES + SHA1_BYTES
const NAME_OFFSET = FLAGS_OFFSET + 2
const EXTENDED_FLAG = 0x4000
const NAME_LENGTH_MASK = 0x0fff
const MODE_TYPE_MASK = 0o170000
const MODE_GITLINK = 0o160000
const MODE_DIRECTORY = 0o040000
/** Extensions whose presence means the entries are not the whole index: a split index and a sparse one. */
const UNSUPPORTED_EXTENSIONS = new Set(['link', 'sdir'])
const TRAILER_BYTES = SHA1_BYTES

/** Reads the paths of an index file's bytes; undefined when it cannot be read exactly or holds more than `maxEntries`. */
export function readIndexPaths(index: Buffer, maxEntries: number): IndexPaths | undefined {
  if (index.length < HEADER_BYTES + TRAILER_BYTES || index.readUInt32BE(0) !== SIGNATURE) return undefined
  const version = index.readUInt32BE(4)
  if (version < 2 || version > 4) return undefined
  const count = index.readUInt32BE(8)
  // Each entry takes at least its fixed part and one byte of name: a count larger than that is a lie.
  if (count > maxEntries || count * (NAME_OFFSET + 1) > index.length) return undefined
  const end = index.length - TRAILER_BYTES
  const paths: Buffer[] = []
  const gitlinks = new Set<string>()
  let offset = HEADER_BYTES
  let previous: Buffer = Buffer.alloc(0)
  for (let entry = 0; entry < count; entry++) {
    if (offset + NAME_OFFSET > end) return undefined
    const mode = index.readUInt32BE(offset + 24) & MODE_TYPE_MASK
    // A sparse index keeps a whole folder as one entry: only git can expand it.
    if (mode === MODE_DIRECTORY) return undefined
    const flags = index.readUInt16BE(offset + FLAGS_OFFSET)
    const extended = (flags & EXTENDED_FLAG) !== 0
    if (extended && version < 3) return undefined
    let nameStart = offset + NAME_OFFSET + (extended ? 2 : 0)
    let path: Buffer
    if (version === 4) {
      // The path is the previous one less its last `strip` bytes, then the bytes up to a NUL.
      const varint = readVarint(index, nameStart, end)
      if (varint === undefined || varint.value > previous.length) return undefined
      nameStart = varint.next
      const nul = index.indexOf(0, nameStart)
      if (nul === -1 || nul >= end) return undefined
      path = Buffer.concat([previous.subarray(0, previous.length - varint.value), index.subarray(nameStart, nul)])
      offset = nul + 1
    } else {
      const nul = index.indexOf(0, nameStart)
      if (nul === -1 || nul >= end) return undefined
      const length = flags & NAME_LENGTH_MASK
      if (length !== NAME_LENGTH_MASK && length !== nul - nameStart) return undefined
      path = index.subarray(nameStart, nul)
      // Entries are padded with 1 to 8 NULs to a multiple of eight bytes from their start.
      offset += (nameStart - offset + path.length + 8) & ~7
    }
    if (path.length === 0) return undefined
    paths.push(path)
    if (mode === MODE_GITLINK) gitlinks.add(path.toString('utf8'))
    previous = path
  }
  // What follows the entries is extensions (a signature and a length each), then the trailing hash.
  while (offset < end) {
    if (offset + 8 > end) return undefined
    const signature = index.toString('latin1', offset, offset + 4)
    if (UNSUPPORTED_EXTENSIONS.has(signature)) return undefined
    const size = index.readUInt32BE(offset + 4)
    if (offset + 8 + size > end) return undefined
    offset += 8 + size
  }
  return { paths, gitlinks }
}

/** git's variable-length integer of index version 4 (each further byte adds one before shifting: no two encodings of a value). */
function readVarint(bytes: Buffer, start: number, end: number): { value: number; next: number } | undefined {
  let position = start
  if (position >= end) return undefined
  let byte = bytes[position++]
  let value = byte & 0x7f
  while (byte & 0x80) {
    if (position >= end || value > 0xffffff) return undefined
    byte = bytes[position++]
    value = (value + 1) * 128 + (byte & 0x7f)
  }
  return { value, next: position }
}
