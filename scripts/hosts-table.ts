import { HOSTS, profileOf } from '../src/hosts/index.js'
import type { HostProfile, Meaning, UserFile, UserPlatform } from '../src/hosts/profile.js'
import type { HostAdapter, Syntax } from '../src/hosts/types.js'
import type { PlaceholderSyntax } from '../src/placeholders.js'

/**
 * The tables of docs/hosts.md, written from the host profiles, so the docs say what the code does.
 * `npm run docs:hosts` rewrites them; a test fails when they are stale.
 */

const SYNTAX: Record<Syntax, string> = {
  json: 'strict JSON',
  jsonc: 'JSON with comments',
  toml: 'TOML',
  yaml: 'YAML',
  'markdown-frontmatter': 'YAML front matter'
}

const PLACEHOLDER: Record<PlaceholderSyntax, string> = {
  'dollar-brace': '`${VAR}`, `${VAR:-default}`',
  'dollar-brace-plain': '`${VAR}` (no default)',
  dollar: '`$VAR`',
  'env-colon': '`${env:VAR}`',
  input: '`${input:id}`',
  'editor-variable': 'editor variables',
  'brace-env': '`{env:VAR}`, `{file:path}`',
  'double-brace': '`${{ secrets.X }}`, `${{ inputs.X }}`',
  'registry-variable': '`{name}` from declared variables',
  'mcpb-variable': 'bundle variables'
}

const TRANSPORT: Record<Meaning['transport'], string> = {
  stdio: 'stdio',
  http: 'Streamable HTTP',
  sse: 'SSE',
  ws: 'WebSocket',
  unknown: 'not loaded'
}

function meaning(m: Meaning): string {
  return m.sseFallback ? `${TRANSPORT[m.transport]}, then SSE` : TRANSPORT[m.transport]
}

/** One path per file pattern of a host, to find the profiles (variants) it reads files with. */
function samplePaths(host: HostAdapter): string[] {
  return filePatterns(host).map((p) =>
    p
      .replace(/^~\//, '')
      .replace(/^\*\*\//, '')
      .replace(/\*\*\//g, '')
      .replace(/\*/g, 'x')
  )
}

/** The host's file patterns; for a format read only from users' own folders, its user files. */
function filePatterns(host: HostAdapter): string[] {
  if (host.patterns.length > 0) return [...host.patterns]
  const userFile = host.profile.userFiles.find((file) => file.paths.linux)?.paths.linux?.at(-1)
  return userFile ? [userFile] : []
}

/** The distinct profiles of a host, each with the files it applies to. */
function variants(host: HostAdapter): { profile: HostProfile; files: string[]; syntaxes: Set<Syntax> }[] {
  const out: { profile: HostProfile; files: string[]; syntaxes: Set<Syntax> }[] = []
  filePatterns(host).forEach((pattern, i) => {
    const path = samplePaths(host)[i]
    const profile = profileOf(host, { path, exists: () => false })
    const syntax = host.syntaxFor?.(path) ?? host.syntax
    const same = out.find((v) => row(host, v.profile) === row(host, profile))
    const file = `\`${pattern.replace(/^\*\*\//, '')}\``
    if (same) {
      same.files.push(file)
      same.syntaxes.add(syntax)
    } else out.push({ profile, files: [file], syntaxes: new Set([syntax]) })
  })
  return out
}

function cwdState(profile: HostProfile): string {
  const { honoured } = profile.launch.cwd
  return honoured === true ? 'honoured' : honoured === false ? 'ignored' : 'unconfirmed'
}

function cells(host: HostAdapter, profile: HostProfile): string[] {
  const t = profile.transports
  const servers = profile.servers
    ? `\`${profile.servers.at.join('.')}\`${profile.servers.shape === 'list' ? ' (a list)' : ''}`
    : '—'
  const types = t.types
    ? Object.entries(t.types.values)
        .map(([value, m]) => `\`${value}\` ${meaning(m)}`)
        .join('; ')
    : 'not read'
  const untyped = [
    profile.servers || t.untyped.command.transport !== 'unknown' ? `\`command\` ⇒ ${meaning(t.untyped.command)}` : '',
    ...Object.entries(t.untyped.url).map(([key, m]) => `\`${key}\` ⇒ ${m.fails ? 'refused' : meaning(m)}`)
  ]
    .filter(Boolean)
    .join('; ')
  // Settings files start nothing.
  const starts = profile.role !== 'settings'
  const cwd = !starts ? '—' : cwdState(profile)
  const STARTS_IN = {
    project: 'project folder',
    'host-folder': "the host's own folder",
    container: 'the dev container'
  }
  const startsIn = !starts ? '—' : STARTS_IN[profile.launch.startsIn]
  const variables = Object.keys(profile.placeholders.variables).map((name) => `\`\${${name}}\``)
  // Keys the host expands its own way (the Amazon Q CLI's shell-style `command`).
  const ownWays = Object.entries(profile.placeholders.fieldSyntaxes).map(
    ([key, own]) =>
      `; in \`${key}\`: ${[...(own.homeTilde ? ['a leading `~`'] : []), ...own.syntaxes.map((s) => PLACEHOLDER[s])].join(', ')}`
  )
  const placeholders =
    ([...profile.placeholders.syntaxes.map((s) => PLACEHOLDER[s]), ...variables].join(', ') || 'none') +
    ownWays.join('')
  const only = t.stdioOnly ? ' (stdio only)' : ''
  return [servers, types + only, untyped || '—', cwd, startsIn, placeholders, host.unknownKeySeverity ?? 'warning']
}

function row(host: HostAdapter, profile: HostProfile): string {
  return cells(host, profile).join(' | ')
}

/** The table of what each host does with an entry, one row per host (and per variant that reads entries differently). */
export function hostsTable(): string {
  const lines = [
    '| host (`id`) | files | syntax | servers under | `type` values | without `type` | `cwd` | servers start in | placeholders | unknown keys |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |'
  ]
  for (const host of HOSTS) {
    for (const v of variants(host)) {
      const syntax = [...v.syntaxes].map((s) => SYNTAX[s]).join(', ')
      lines.push(`| ${host.name} (\`${host.id}\`) | ${v.files.join(', ')} | ${syntax} | ${row(host, v.profile)} |`)
    }
  }
  return lines.join('\n')
}

/** Where each host's working-directory facts come from. */
export function cwdTable(): string {
  const lines = ['| host (`id`) | `cwd` | source |', '| --- | --- | --- |']
  for (const host of HOSTS) {
    for (const v of variants(host)) {
      const { cwd } = v.profile.launch
      if (v.profile.role !== 'client') continue
      lines.push(`| ${host.name} (\`${host.id}\`, ${v.files.join(', ')}) | ${cwdState(v.profile)} | ${cwd.source} |`)
    }
  }
  return lines.join('\n')
}

/** A user file's places on one system: its templates in order, the first that applies being the file. */
function placesOn(file: UserFile, platform: UserPlatform): string {
  const templates = file.paths[platform]
  if (!templates || templates.length === 0) return '—'
  const cell = templates.map((t) => `\`${t}\``).join(', else ')
  return file.unconfirmed[platform] === undefined ? cell : `${cell} (not confirmed: ${file.unconfirmed[platform]})`
}

/** Where `mcpcop doctor` looks for each host's user-level files, on each system. */
export function userFilesTable(): string {
  const lines = ['| host (`id`) | what | Linux | macOS | Windows | source |', '| --- | --- | --- | --- | --- | --- |']
  for (const host of HOSTS) {
    for (const file of host.profile.userFiles) {
      const what = file.note ? `${file.scope}: ${file.note}` : file.scope
      const places = (['linux', 'darwin', 'win32'] as const).map((p) => placesOn(file, p))
      lines.push(`| ${host.name} (\`${host.id}\`) | ${what} | ${places.join(' | ')} | ${file.source} |`)
    }
  }
  return lines.join('\n')
}

/** Replaces the text between `<!-- begin NAME -->` and `<!-- end NAME -->` in a document. */
export function replaceSection(doc: string, name: string, content: string): string {
  const begin = `<!-- begin ${name} -->`
  const end = `<!-- end ${name} -->`
  const from = doc.indexOf(begin)
  const to = doc.indexOf(end)
  if (from === -1 || to < from) throw new Error(`docs/hosts.md has no ${begin} … ${end} section`)
  return `${doc.slice(0, from + begin.length)}\n${content}\n${doc.slice(to)}`
}

/** docs/hosts.md with its generated tables brought up to date. */
export function updatedHostsDoc(doc: string): string {
  return replaceSection(
    replaceSection(replaceSection(doc, 'hosts', hostsTable()), 'cwd', cwdTable()),
    'user-files',
    userFilesTable()
  )
}
