import { checkContent } from '../../src/engine.js'
import { HOSTS } from '../../src/hosts/index.js'
import { amazonQ } from '../../src/hosts/amazonq.js'
import { CLAUDE_CODE_PROFILE } from '../../src/hosts/claude-code.js'
import { blankedIn, missingFacts, type HostProfile, type Meaning } from '../../src/hosts/profile.js'
import { loadAllParsers } from '../../src/parse/index.js'
import { loadAllValidators } from '../../src/schema/validators.js'
import type { Diagnostic } from '../../src/types.js'
import { documentWith, fileText, HOST_CASES, type HostCase } from '../helpers/hosts.js'

// checkContent expects the hosts' validators and parsers loaded, as the CLI and the action load them.
await loadAllValidators()
await loadAllParsers()

/**
 * The profile is the one statement of each host's facts. These tests hold every host to it: each
 * fact present, and the adapter's normalisation and the host's JSON Schema saying the same thing.
 */

const CASES = HOST_CASES
const label = (c: HostCase): string => c.label

/** A server entry in the host's own shape: `{ command, args }` (opencode: a command array) or `{ url }`. */
function entry(
  profile: HostProfile,
  fields: { type?: string; local: boolean; urlKey?: string }
): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  if (fields.type !== undefined) out.type = fields.type
  if (fields.local) {
    if (profile.launch.command === 'argv') out.command = ['node', 'server.js']
    else Object.assign(out, { command: 'node', args: ['server.js'] })
  } else out[fields.urlKey ?? 'url'] = 'https://mcp.example.com/mcp'
  return out
}

/** The servers the adapter reads from a one-server document, and what the schema says about it. */
function read(
  c: (typeof CASES)[number],
  server: Record<string, unknown>
): { transport?: string; diagnostics: Diagnostic[] } {
  const result = checkContent(c.path, fileText(c.path, documentWith(c.profile, server)), {
    host: c.host.id,
    exists: c.context.exists,
    rules: []
  })
  return { transport: result?.servers[0]?.transport, diagnostics: result?.diagnostics ?? [] }
}

/** Entries of each kind the profile describes, with the meaning it gives them. */
function describedEntries(profile: HostProfile): { name: string; server: Record<string, unknown>; meaning: Meaning }[] {
  const out: { name: string; server: Record<string, unknown>; meaning: Meaning }[] = []
  for (const [type, meaning] of Object.entries(profile.transports.types?.values ?? {}))
    out.push({
      name: `type "${type}"`,
      server: entry(profile, { type, local: meaning.transport === 'stdio' }),
      meaning
    })
  out.push({
    name: 'a command without type',
    server: entry(profile, { local: true }),
    meaning: profile.transports.untyped.command
  })
  for (const [key, meaning] of Object.entries(profile.transports.untyped.url))
    out.push({ name: `a typeless ${key}`, server: entry(profile, { local: false, urlKey: key }), meaning })
  return out
}

const clients = CASES.filter((c) => c.profile.role === 'client' && c.profile.servers !== null)

describe('host profiles', () => {
  it.each(CASES.map((c) => [label(c), c] as const))('%s states every fact', (_name, c) => {
    expect(missingFacts(c.profile)).toEqual([])
  })

  it('finds a fact that a profile lacks', () => {
    const partial = { ...HOSTS[0].profile, launch: { ...HOSTS[0].profile.launch, cwd: undefined } }
    expect(missingFacts(partial as unknown as HostProfile)).toEqual(['launch.cwd'])
    const { approvals: _dropped, ...rest } = HOSTS[0].profile
    expect(missingFacts(rest as HostProfile)).toEqual(['approvals'])
  })

  it.each(clients.map((c) => [label(c), c] as const))(
    '%s: the adapter reads each kind of entry as the profile says',
    (_name, c) => {
      for (const { name, server, meaning } of describedEntries(c.profile))
        expect([name, read(c, server).transport]).toEqual([name, meaning.transport])
    }
  )

  it.each(clients.filter((c) => c.profile.transports.types !== null).map((c) => [label(c), c] as const))(
    '%s: the schema accepts exactly the type values of the profile',
    (_name, c) => {
      const schemaErrorsAtType = (type: string): string[] =>
        read(c, entry(c.profile, { type, local: true }))
          .diagnostics.filter((d) => d.ruleId.startsWith('schema-') && d.message.includes('.type'))
          .map((d) => d.ruleId)
      for (const type of Object.keys(c.profile.transports.types!.values))
        expect([type, schemaErrorsAtType(type)]).toEqual([type, []])
      expect(schemaErrorsAtType('carrier-pigeon')).not.toEqual([])
    }
  )

  it.each(
    clients.filter((c) => c.profile.transports.untyped.command.transport === 'stdio').map((c) => [label(c), c] as const)
  )('%s: the schema accepts "cwd" exactly where the profile says the host honours it', (_name, c) => {
    const plain = read(c, entry(c.profile, { local: true, type: typeFor(c.profile) })).diagnostics
    const withCwd = read(c, { ...entry(c.profile, { local: true, type: typeFor(c.profile) }), cwd: 'sub' }).diagnostics
    const about = withCwd.filter((d) => !plain.some((p) => p.message === d.message)).map((d) => d.ruleId)
    if (c.profile.launch.cwd.honoured === true) expect(about).toEqual([])
    else if (c.profile.launch.cwd.honoured === false) expect(about).toEqual(['schema-unknown-key'])
  })
})

/** The host's spelling of a local server's type where its schema wants one (opencode, Copilot agents). */
function typeFor(profile: HostProfile): string | undefined {
  if (profile.transports.untyped.command.transport === 'stdio') return undefined
  return Object.entries(profile.transports.types?.values ?? {}).find(([, m]) => m.transport === 'stdio')?.[0]
}

describe("Claude Code's blanked variables", () => {
  const blanked = (name: string, field = 'headers'): boolean => blankedIn(CLAUDE_CODE_PROFILE.placeholders, name, field)

  it('match by name, by prefix and by the patterns of 2.1.332, in url and headers only', () => {
    expect(
      ['CLAUDE_BG_SOURCE', 'otel_service_name', 'POETRY_PYPI_TOKEN_PYPI', 'INPUT_GIT_CONFIG_KEY_3'].map((n) =>
        blanked(n)
      )
    ).toEqual([true, true, true, true])
    expect(blanked('ORG_GRADLE_PROJECT_signingKey', 'url')).toBe(true)
    expect(blanked('ORG_GRADLE_PROJECT_signingKey', 'env')).toBe(false)
    // A Gradle or Cargo registry name (INPUT_ too) that names a user or a secret; not another family's.
    expect(
      [
        'INPUT_CARGO_REGISTRIES_MY_USERNAME',
        'org_gradle_project_repoUser2',
        'CARGO_REGISTRIES_MY_INDEX',
        'MAVEN_USER'
      ].map((n) => blanked(n))
    ).toEqual([true, true, false, false])
    // A secret's name alone is not enough outside those families.
    expect(['MCP_NPM_TOKEN', 'GITHUB_TOKEN', 'ORG_GRADLE_PROJECT_VERSION'].map((n) => blanked(n))).toEqual([
      false,
      false,
      false
    ])
  })
})

describe("the Amazon Q CLI's command", () => {
  const at = (path: string): HostProfile => amazonQ.profileFor?.({ path, exists: () => false }) ?? amazonQ.profile

  it('is shell-expanded (~, $VAR, ${VAR}) by the CLI, which reads mcp.json and its agents, and not by the IDE', () => {
    const shell = { command: { syntaxes: ['dollar-brace', 'dollar'], homeTilde: true } }
    expect(at('.amazonq/mcp.json').placeholders.fieldSyntaxes).toEqual(shell)
    expect(at('.amazonq/cli-agents/dev.json').placeholders.fieldSyntaxes).toEqual(shell)
    expect(at('.amazonq/default.json').placeholders.fieldSyntaxes).toEqual({})
    // args and url stay as written; ${env:VAR} in env and headers.
    expect(at('.amazonq/mcp.json').placeholders.expandedIn).toEqual(['env', 'headers'])
    expect(at('.amazonq/mcp.json').placeholders.syntaxes).toEqual(['env-colon'])
  })
})
