import path from 'node:path'
import { lintSnapshot, PATH_NOT_UTF8, type LintResult, type SnapshotFile } from '../engine.js'
import type { BlobAtCommit, ChangedPath } from '../git/changes.js'
import { hostsForPath } from '../hosts/index.js'
import { existsInside, MAX_FILE_BYTES, readGuarded } from '../read.js'
import type { Diagnostic, Server } from '../types.js'
import { splitByBase } from './fingerprint.js'
import { trimEndOf } from '../text.js'

/**
 * Where the pull request's base comes from: git in the checkout, or the GitHub API. Paths are
 * relative to the repository root, with `/`.
 */
export interface BaseSource {
  /** How the base is read, for messages ("git", "the GitHub API"). */
  via: string
  /** The commit compared with. */
  commit: string
  /** The repository root (absolute): the paths below are relative to it. */
  root: string
  /** Something worth saying about how exact the comparison is (a shallow clone, for example). */
  note?: string
  /** The paths that differ between the base and what is checked. */
  changed(): Promise<ChangedPath[]>
  /** The content of each path at the base. */
  read(paths: readonly string[]): Promise<Map<string, BlobAtCommit>>
}

/** What comparing with the base found. */
export interface Comparison {
  /**
   * `compared`: the base versions were linted and matched; `unrelated`: the pull request changes no
   * MCP config, settings, baseline or file a config names, so nothing it does can be a finding.
   */
  kind: 'compared' | 'unrelated'
  /** Findings the pull request introduces: the ones to annotate, comment on and gate on. */
  introduced: Diagnostic[]
  /** Findings that were there before it. */
  preexisting: Diagnostic[]
  base: { commit: string; via: string }
  /** Changed paths that can change a finding, relative to the working directory. */
  relevant: string[]
  /** Caveats: files whose base could not be read (their findings count as introduced), a shallow clone. */
  notes: string[]
  /** Of the `hidden` findings (those the baseline hides), the ones the base did not have. */
  hiddenIntroduced: Diagnostic[]
}

export interface CompareOptions {
  cwd: string
  source: BaseSource
  /** The findings to split (after suppressions and the baseline): static ones from `head`'s lint. */
  diagnostics: readonly Diagnostic[]
  /** Dry-run findings: introduced when their server's entry is new or changed. */
  dynamic?: readonly Diagnostic[]
  /** The settings and baseline files: a finding in one of them is introduced when the file changed. */
  policyFiles?: readonly string[]
  /** Findings the baseline hides: the reviewer should see the new ones among them. */
  hidden?: readonly Diagnostic[]
}

/**
 * Splits the findings of a lint of the working tree into those the pull request introduces and those
 * that were there at the base, by linting the base version of every changed config under the same
 * settings and matching findings by fingerprint (rule, file, server, what was found; not lines).
 */
export async function compareWithBase(head: LintResult, options: CompareOptions): Promise<Comparison> {
  const { cwd, source } = options
  const toCwd = (repoPath: string): string =>
    path.relative(cwd, path.join(source.root, repoPath)).split(path.sep).join('/')
  const changed = new Map<string, ChangedPath['status']>()
  for (const c of await source.changed()) changed.set(toCwd(c.path), c.status)
  const headFiles = new Map(head.report.files.map((f) => [f.path, f]))
  const policyFiles = new Set(options.policyFiles ?? [])
  const referenced = referencedPaths(head)
  const relevant = [...changed.keys()].filter(
    (p) =>
      headFiles.has(p) ||
      policyFiles.has(p) ||
      (!p.startsWith('../') && hostsForPath(p).length > 0) ||
      isReferenced(p, referenced)
  )
  const dynamic = options.dynamic ?? []
  const base = { commit: source.commit, via: source.via }
  const notes = source.note ? [source.note] : []
  if (relevant.length === 0)
    return {
      kind: 'unrelated',
      introduced: [],
      preexisting: [...options.diagnostics, ...dynamic],
      base,
      relevant,
      notes,
      hiddenIntroduced: []
    }

  // The base tree is the working tree with the changed files as they were.
  const toRead = relevant.filter(
    (p) => changed.get(p) !== 'added' && (headFiles.has(p) || (!p.startsWith('../') && hostsForPath(p).length > 0))
  )
  const toRepo = (p: string): string => path.relative(source.root, path.resolve(cwd, p)).split(path.sep).join('/')
  const blobs = await source.read(toRead.map(toRepo))
  const uncomparable = new Set<string>()
  const files: SnapshotFile[] = []
  // A path that is not UTF-8 names no file Node or git can be given by its decoded name; the base, where the
  // same bytes name it, refused it alike unless the pull request added it.
  const notUtf8 = head.pathsNotUtf8 ?? new Set<string>()
  const refusedAlike = (p: string): SnapshotFile => ({
    path: p,
    refusal: { ruleId: 'file-unreadable', reason: PATH_NOT_UTF8 },
    host: headFiles.get(p)?.host ?? undefined
  })
  for (const p of toRead) {
    if (notUtf8.has(p)) {
      files.push(refusedAlike(p))
      continue
    }
    const blob = blobs.get(toRepo(p)) ?? { status: 'unknown', reason: 'not read' }
    const host = headFiles.get(p)?.host ?? undefined
    if (blob.status === 'found') files.push({ path: p, bytes: blob.bytes, host, referenced: head.referenced?.has(p) })
    else if (blob.status === 'unknown') {
      uncomparable.add(p)
      notes.push(`${p}: its base version could not be read (${blob.reason}); all its findings are shown`)
    }
  }
  for (const file of head.report.files) {
    if (changed.has(file.path)) continue
    if (notUtf8.has(file.path)) {
      files.push(refusedAlike(file.path))
      continue
    }
    const read = readGuarded(path.resolve(cwd, file.path), { root: cwd, maxBytes: MAX_FILE_BYTES })
    const referenced = head.referenced?.has(file.path)
    files.push(
      read.refusal
        ? { path: file.path, refusal: read.refusal, host: file.host ?? undefined, referenced }
        : { path: file.path, bytes: read.bytes, host: file.host ?? undefined, referenced }
    )
  }
  const exists = (relative: string): boolean => {
    const normal = path.posix.normalize(relative.split(path.sep).join('/')).replace(/\/$/, '')
    const status = changed.get(normal)
    if (status !== undefined) return status !== 'added'
    return existsInside(cwd, relative)
  }
  const snapshot = await lintSnapshot({
    files,
    settings: { config: head.config, diagnostics: [], file: head.settingsFile },
    settingsDir: head.settingsDir,
    exists
  })

  const lines = lineReader(head.sources)
  const baseLines = lineReader(snapshot.sources)
  const inPolicyFile = (d: Diagnostic): boolean => policyFiles.has(d.file)
  const hidden = options.hidden ?? []
  const comparable = [...options.diagnostics, ...hidden].filter((d) => !inPolicyFile(d) && !uncomparable.has(d.file))
  const split = splitByBase(comparable, snapshot.report.diagnostics, {
    head: (d) => lines(d.file, d.line),
    base: (d) => baseLines(d.file, d.line)
  })
  const introduced = new Set(split.introduced)
  for (const d of options.diagnostics) {
    if (uncomparable.has(d.file)) introduced.add(d)
    // The settings or baseline file itself: the pull request made its findings when it changed it.
    else if (inPolicyFile(d) && changed.has(d.file)) introduced.add(d)
  }
  const baseServers = new Map(snapshot.servers.map((s) => [`${s.file}#${s.name}`, s]))
  const headServers = new Map(head.servers.map((s) => [`${s.file}#${s.name}`, s]))
  for (const d of dynamic) {
    const key = `${d.file}#${d.server ?? ''}`
    const before = baseServers.get(key)
    const now = headServers.get(key)
    if (!before || !now || launchOf(before) !== launchOf(now) || uncomparable.has(d.file)) introduced.add(d)
  }
  const all = [...options.diagnostics, ...dynamic]
  return {
    kind: 'compared',
    introduced: all.filter((d) => introduced.has(d)),
    preexisting: all.filter((d) => !introduced.has(d)),
    base,
    relevant,
    notes,
    hiddenIntroduced: hidden.filter((d) => introduced.has(d) || uncomparable.has(d.file))
  }
}

/** How a server is started or reached, as one comparable string. */
function launchOf(s: Server): string {
  return JSON.stringify([s.transport, s.command, s.args, s.env, s.cwd, s.url, s.headers, s.disabled ?? false])
}

/** A reader of one line's trimmed text, by file and 1-based line. */
function lineReader(sources: Map<string, string>): (file: string, line: number) => string {
  const cache = new Map<string, string[]>()
  return (file, line) => {
    let lines = cache.get(file)
    if (!lines) cache.set(file, (lines = (sources.get(file) ?? '').split('\n')))
    return (lines[line - 1] ?? '').trim()
  }
}

/**
 * Path-like words the configs contain (a script in `args`, a `cwd`, an env file), without the
 * placeholders in front of them (`${workspaceFolder}/`), for telling whether a changed file is one a
 * config names. Generous on purpose: a false match only costs a comparison.
 */
function referencedPaths(head: LintResult): Set<string> {
  const out = new Set<string>()
  for (const text of head.sources.values()) {
    for (const raw of text.split(/["'\s,=`]+/)) {
      if (raw.length < 2 || raw.length > 300 || !/[./\\]/.test(raw) || /^[a-z][\w+.-]*:\/\//i.test(raw)) continue
      const word = trimEndOf(
        raw
          .replace(/\\/g, '/')
          .replace(/^(?:\$\{[^}]*\}|\{[^}]*\}|%[^%]*%|\$[A-Za-z_]\w*)\/?/, '')
          .replace(/^(?:\.\/)+/, '')
          .replace(/^(?:\.\.\/)+/, ''),
        '/'
      )
      if (word.length >= 2 && word !== '..' && word !== '.') out.add(word)
    }
  }
  return out
}

function isReferenced(changedPath: string, words: Set<string>): boolean {
  const parts = changedPath.split('/')
  // The file itself or any folder it is in, named from any folder level (`server.js`, `scripts/server.js`).
  for (let from = 0; from < parts.length; from++)
    for (let to = from + 1; to <= parts.length; to++) if (words.has(parts.slice(from, to).join('/'))) return true
  return false
}
