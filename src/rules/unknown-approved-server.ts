import type { HostProfile } from '../hosts/profile.js'
import { isRecord } from '../hosts/util.js'
import { loose, nearestName, suggest } from '../nearest.js'
import { quoteList } from './support/message-text.js'
import type { ProjectRuleReport, Rule, RuleFile, RuleReport } from './types.js'
import { valueAt } from './support/walk.js'

type Approvals = NonNullable<HostProfile['approvals']['projectServers']>

/** The file whose servers a settings file approves, relative to the working directory (`packages/a/.mcp.json`). */
function target(path: string, profile: HostProfile, approvals: Approvals): string {
  const root = profile.projectRoot(path)
  return `${root === '' ? '' : `${root}/`}${approvals.file}`
}

/** The approval lists of a settings file that hold at least one name, with what each does. */
function lists(value: unknown, approvals: Approvals): [string, 'approves' | 'rejects', unknown[]][] {
  if (!isRecord(value)) return []
  return (
    [
      [approvals.approve, 'approves'],
      [approvals.reject, 'rejects']
    ] as const
  ).flatMap(([key, does]) =>
    Array.isArray(value[key]) && (value[key] as unknown[]).length > 0 ? [[key, does, value[key] as unknown[]]] : []
  )
}

/**
 * Grants naming a server that the project file they go with does not define, but whose name is a near
 * miss of one it does (`Mcp(githb:*)` beside a `github` server in `.cursor/mcp.json`). A grant may name a
 * server of each user's own file instead, so a name like no defined one, or one differing only in case,
 * "-" or "_", is left alone.
 */
function nearMissGrants(files: readonly RuleFile[]): ProjectRuleReport[] {
  const reports: ProjectRuleReport[] = []
  // Looked up by path and by name, not searched: a crafted repository may hold thousands of each.
  let clients: Map<string, RuleFile> | undefined
  for (const settings of files) {
    const grants = settings.profile.approvals.fileGrants
    const names = grants?.namesServersOf
    const list = grants ? valueAt(settings.doc.value, grants.at) : undefined
    if (!grants || !names || !Array.isArray(list)) continue
    clients ??= new Map(files.filter((f) => f.profile.role === 'client').map((f) => [f.path, f]))
    const root = settings.profile.projectRoot(settings.path)
    const file = `${root === '' ? '' : `${root}/`}${names.file}`
    const defining = clients.get(file)
    if (!defining) continue
    const defined = defining.servers.map((s) => s.name)
    const definedSet = new Set(defined)
    list.forEach((grant: unknown, index) => {
      const name = typeof grant === 'string' ? names.serverNamed(grant) : undefined
      if (name === undefined || definedSet.has(name)) return
      const guess = nearestName(name, defined)
      if (guess === undefined || loose(guess) === loose(name)) return
      reports.push({
        file: settings.path,
        messageId: 'unknownGrant',
        data: { grant: String(grant), name, file },
        help: `The grant approves nothing unless each user defines "${name}" in ${names.userFile}; did you mean "${guess}"?`,
        at: [...grants.at, index]
      })
    })
  }
  return reports
}

/**
 * `enabledMcpjsonServers` / `disabledMcpjsonServers` in `.claude/settings.json` (the lists a settings
 * profile names) naming a server that the project's `.mcp.json` does not define: a typo, or a server
 * renamed or removed since, so the entry does nothing. Compared when that file is among the checked
 * files; when the project has none at all, one notice says the lists approve nothing; when it exists
 * but was not checked (ignored in the config, or not passed on the command line), nothing is reported.
 */
export const unknownApprovedServer: Rule = {
  id: 'unknown-approved-server',
  defaultSeverity: 'warning',
  description:
    'An approval list or grant names a server the project does not define (enabledMcpjsonServers, Mcp(githb:*)).',
  messages: {
    noFile: '"{{key}}" {{does}} nothing: there is no {{file}}',
    unknown: '"{{key}}" {{does}} "{{name}}", but {{file}} defines no server of that name',
    unknownGrant: '"{{grant}}" names "{{name}}", but {{file}} defines no server of that name'
  },
  checkFile({ doc, profile, path, exists }) {
    const approvals = profile.approvals.projectServers
    if (!approvals) return []
    const file = target(path, profile, approvals)
    if (exists(file)) return []
    return lists(doc.value, approvals).map(([key, does]): RuleReport => ({
      messageId: 'noFile',
      data: { key, does, file },
      help: `"${key}" names servers of the project's ${approvals.file}; add the servers to ${file}, or remove "${key}".`,
      at: [key],
      key: true,
      severity: 'notice'
    }))
  },
  checkProject({ files }) {
    const reports: ProjectRuleReport[] = [...nearMissGrants(files)]
    for (const settings of files) {
      const approvals = settings.profile.approvals.projectServers
      if (!approvals) continue
      const file = target(settings.path, settings.profile, approvals)
      const defining: RuleFile | undefined = files.find((f) => f.path === file && f.profile.role === 'client')
      if (!defining) continue
      const defined = defining.servers.map((s) => s.name)
      const isDefined = new Set(defined)
      for (const [key, does, names] of lists(settings.doc.value, approvals)) {
        names.forEach((name, index) => {
          if (typeof name !== 'string' || isDefined.has(name)) return
          const guess = suggest(name, defined)
          const others =
            defined.length === 1
              ? `the only server it defines is "${defined[0]}"`
              : `the servers it defines are ${quoteList(defined)}`
          const hint = guess ? `did you mean "${guess}"?` : defined.length > 0 ? others : 'it defines no server'
          const effect = does === 'approves' ? 'The approval has no effect' : 'The entry does nothing'
          reports.push({
            file: settings.path,
            messageId: 'unknown',
            data: { key, does, name, file },
            help: `${effect} (a typo, or a server renamed or removed since); ${hint}${hint.endsWith('?') ? '' : '.'}`,
            at: [key, index]
          })
        })
      }
    }
    return reports
  }
}
