import type { Server } from '../types.js'
import { CATALOGUE, CONTEXT, type WhyEntry } from './catalogue.js'
import { trimEndOf, trimStartOf } from '../text.js'

/** What an error text names, from the named groups of the patterns that matched it. */
export interface About {
  command?: string
  endpoint?: string
  host?: string
  package?: string
  variable?: string
  server?: string
  url?: string
}

/** One catalogue entry that explains the text. */
export interface WhyMatch {
  entry: WhyEntry
  /** The first line of the text the entry matched, trimmed. */
  line: string
  about: About
}

export interface Explanation {
  /** Matching entries, the best explanation first. */
  matches: WhyMatch[]
  /** Hosts the text looks like it came from (by their wording). */
  hosts: string[]
  /** A server the text names, from its wording alone (a log prefix, a quoted name). */
  server?: string
}

/** A pasted log can be long; the error is usually near its end, and the patterns run per line. */
const MAX_LINES = 400
const MAX_LINE_LENGTH = 2000

const ABOUT_KEYS = ['command', 'endpoint', 'host', 'package', 'variable', 'server', 'url'] as const

/** The lines worth matching: the last MAX_LINES, each cut to MAX_LINE_LENGTH, with ANSI colours removed. */
function linesOf(text: string): string[] {
  const lines = text
    .replace(/\u001b\[[0-9;]*m/g, '')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean)
  return lines.slice(-MAX_LINES).map(cutLine)
}

/**
 * A line cut to MAX_LINE_LENGTH without the word the cut fell in, and marked `…`: the line is shown, and the
 * start of a token cut there would no longer be found by masking, or look like a credential.
 */
function cutLine(line: string): string {
  if (line.length <= MAX_LINE_LENGTH) return line
  let end = MAX_LINE_LENGTH - 1
  // Back to the start of the word, by index: a pattern anchored at the end would be tried at every position.
  if (!WORD_END.test(line[end])) while (end > 0 && !WORD_END.test(line[end - 1])) end--
  return `${line.slice(0, end)}…`
}

/** What ends a word that could be a token: white space, quotes, brackets, separators of a log line. */
const WORD_END = /[\s"'`()[\]{}<>,;]/

/**
 * The catalogue entries that explain a pasted error text, best first (catalogue order: root causes
 * before symptoms, symptoms before generic wrappers), with what the text names.
 */
export function explain(text: string): Explanation {
  const lines = linesOf(text)
  const matches: WhyMatch[] = []
  for (const entry of CATALOGUE) {
    let first: string | undefined
    const about: About = {}
    for (const line of lines) {
      for (const pattern of entry.patterns) {
        const found = pattern.exec(line)
        if (!found) continue
        first ??= line
        for (const key of ABOUT_KEYS) {
          const value = found.groups?.[key]?.trim()
          if (value && about[key] === undefined) about[key] = clean(value)
        }
      }
    }
    if (first !== undefined) matches.push({ entry, line: first, about })
  }
  const hosts = new Set<string>()
  let server: string | undefined
  for (const line of lines) {
    for (const { pattern, host } of CONTEXT) {
      const found = pattern.exec(line)
      if (!found) continue
      if (host) hosts.add(host)
      server ??= found.groups?.server?.trim() || undefined
    }
  }
  for (const match of matches) server ??= match.about.server
  return { matches, hosts: [...hosts], ...(server ? { server } : {}) }
}

/** Quotes and trailing punctuation are the message's, not the value's. */
function clean(value: string): string {
  return trimEndOf(trimStartOf(value, '"\'`'), '"\'`.,:;')
}

/** An entry by its id (`mcpcop why command-not-found`). */
export function entryById(id: string): WhyEntry | undefined {
  return CATALOGUE.find((entry) => entry.id === id)
}

/** The entry that explains a dry-run failure kind, if any. */
export function entryForDryRunKind(kind: string): WhyEntry | undefined {
  return CATALOGUE.find((entry) => entry.dryRunKinds.includes(kind))
}

/** A configured server the error can be about, and why. */
export interface Suspect {
  server: Server
  /** `named`: the text names it (by name, program, address or package); `kind`: it is only of the kind the error is about. */
  how: 'named' | 'kind'
  reason: string
}

/** Programs that download and run a package, which the package-related entries are about. */
const PACKAGE_RUNNERS = new Set(['npx', 'uvx', 'pipx', 'bunx', 'pnpx', 'pnpm', 'yarn', 'bun', 'deno', 'docker', 'uv'])

const LOOPBACK = new Set(['localhost', '127.0.0.1', '::1', '[::1]', '0.0.0.0', '::', '[::]'])

/** The program a stdio server runs, as its bare name: `C:\\x\\npx.cmd` → `npx`; `cmd /c npx` → `npx`. */
export function programOf(server: Pick<Server, 'command' | 'args'>): string | undefined {
  const command = server.command?.trim()
  if (!command) return undefined
  // A path may hold spaces (`C:\\Program Files\\nodejs\\npx.cmd`); a bare name with spaces is a whole command line.
  const base = bareProgram(/[\\/]/.test(command) ? command : command.split(/\s+/)[0])
  if (base === 'cmd' && /^\/c$/i.test(server.args?.[0] ?? '') && server.args?.[1]) return bareProgram(server.args[1])
  return base
}

function bareProgram(word: string): string {
  const name =
    word
      .replace(/^["']|["']$/g, '')
      .split(/[\\/]/)
      .pop() ?? word
  return name.replace(/\.(cmd|exe|bat|ps1)$/i, '').toLowerCase()
}

/** Host and port of an endpoint text (`127.0.0.1:3100`, `[::1]:8080`, `::1:8080`). */
function parseEndpoint(text: string): { host: string; port: string } | undefined {
  const found = /^(.*):(\d+)$/.exec(text)
  if (!found) return undefined
  return { host: found[1].replace(/^\[|\]$/g, '').toLowerCase(), port: found[2] }
}

function urlOf(server: Server): URL | undefined {
  if (!server.url) return undefined
  try {
    return new URL(server.url)
  } catch {
    return undefined
  }
}

function portOf(url: URL): string {
  return url.port || (url.protocol === 'https:' ? '443' : url.protocol === 'http:' ? '80' : '')
}

function sameHost(a: string, b: string): boolean {
  const x = a.replace(/^\[|\]$/g, '').toLowerCase()
  const y = b.replace(/^\[|\]$/g, '').toLowerCase()
  return x === y || (LOOPBACK.has(x) && LOOPBACK.has(y))
}

function strings(server: Server): string[] {
  return [
    server.command ?? '',
    ...(server.args ?? []),
    ...Object.values(server.env ?? {}),
    server.url ?? '',
    ...Object.values(server.headers ?? {}),
    server.cwd ?? ''
  ]
}

/**
 * The configured servers an explained error can be about: those the text names (by server name,
 * program, address, package or placeholder) when there are any, else every server of the kind the
 * entry is about (its `suspects`).
 */
export function suspects(match: WhyMatch, servers: readonly Server[], namedServer?: string): Suspect[] {
  const live = servers.filter((s) => !s.disabled)
  const { about } = match
  const named: Suspect[] = []
  const add = (server: Server, reason: string): void => {
    if (!named.some((n) => n.server === server)) named.push({ server, how: 'named', reason })
  }
  const name = about.server ?? namedServer
  if (name !== undefined) for (const s of live) if (s.name === name) add(s, `the error names "${name}"`)
  if (about.command !== undefined) {
    const wanted = bareProgram(/[\\/]/.test(about.command) ? about.command : about.command.split(/\s+/)[0])
    for (const s of live)
      if (s.transport === 'stdio' && (programOf(s) === wanted || s.command === about.command))
        add(s, `runs "${wanted}"`)
  }
  const endpoint = about.endpoint === undefined ? undefined : parseEndpoint(about.endpoint)
  if (endpoint)
    for (const s of live) {
      const url = urlOf(s)
      if (url && portOf(url) === endpoint.port && sameHost(url.hostname, endpoint.host))
        add(s, `connects to ${url.host}`)
    }
  if (about.host !== undefined)
    for (const s of live) {
      const url = urlOf(s)
      if (url && sameHost(url.hostname, about.host)) add(s, `connects to ${url.hostname}`)
    }
  if (about.url !== undefined)
    for (const s of live) {
      const url = urlOf(s)
      if (url && about.url.startsWith(`${url.protocol}//${url.host}`)) add(s, `connects to ${url.host}`)
    }
  if (about.package !== undefined) {
    const pkg = about.package
    for (const s of live)
      if ((s.args ?? []).some((a) => a === pkg || a.startsWith(`${pkg}@`) || a.endsWith(`/${pkg}`)))
        add(s, `runs the package "${pkg}"`)
  }
  if (about.variable !== undefined) {
    const variable = about.variable
    for (const s of live) if (strings(s).some((v) => v.includes(variable))) add(s, `uses "${variable}"`)
  }
  if (named.length > 0) return named
  const kind = match.entry.suspects
  const of = (s: Server): string | undefined => {
    if (kind === 'any') return 'any server'
    if (kind === 'stdio') return s.transport === 'stdio' ? 'a stdio server' : undefined
    if (kind === 'remote') return s.transport === 'http' || s.transport === 'sse' ? 'a remote server' : undefined
    if (kind === 'package-runner') {
      const program = programOf(s)
      return s.transport === 'stdio' && program !== undefined && PACKAGE_RUNNERS.has(program)
        ? `runs "${program}"`
        : undefined
    }
    return undefined
  }
  return live.flatMap((server) => {
    const reason = of(server)
    return reason === undefined ? [] : [{ server, how: 'kind' as const, reason }]
  })
}
