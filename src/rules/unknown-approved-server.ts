import { isRecord } from '../hosts/util.js'
import { suggest } from '../schema/validate.js'
import { quoteList } from './_transport.js'
import type { ProjectRuleReport, Rule, RuleReport } from './types.js'

const KEYS = { enabledMcpjsonServers: 'approves', disabledMcpjsonServers: 'rejects' } as const

/** The project root of a `.claude/settings*.json` file: the folder holding `.claude/`, with a trailing `/` (or empty). */
function projectRoot(path: string): string {
  return path.slice(0, path.lastIndexOf('.claude/'))
}

/** The approval lists of a settings file that hold at least one name. */
function lists(value: unknown): [keyof typeof KEYS, unknown[]][] {
  if (!isRecord(value)) return []
  return (Object.keys(KEYS) as (keyof typeof KEYS)[]).flatMap((key) =>
    Array.isArray(value[key]) && (value[key] as unknown[]).length > 0 ? [[key, value[key] as unknown[]]] : []
  )
}

/**
 * `enabledMcpjsonServers` / `disabledMcpjsonServers` in `.claude/settings.json` naming a server
 * that the project's `.mcp.json` does not define: a typo, or a server renamed or removed since, so
 * the entry does nothing. Compared when that `.mcp.json` is among the checked files; when the project
 * has no `.mcp.json` at all, one notice says the lists approve nothing; when it exists but was not
 * checked (ignored in the config, or not passed on the command line), nothing is reported.
 */
export const unknownApprovedServer: Rule = {
  id: 'unknown-approved-server',
  defaultSeverity: 'warning',
  description: 'enabledMcpjsonServers or disabledMcpjsonServers names a server that .mcp.json does not define.',
  checkFile({ doc, host, path, exists }) {
    if (host.id !== 'claude-settings') return []
    const target = `${projectRoot(path)}.mcp.json`
    if (exists(target)) return []
    return lists(doc.value).map(([key]): RuleReport => ({
      message: `"${key}" names servers of the project's .mcp.json, but there is no ${target}, so it ${KEYS[key]} nothing; add the servers to ${target}, or remove "${key}"`,
      at: [key],
      key: true,
      severity: 'notice'
    }))
  },
  checkProject({ files }) {
    const reports: ProjectRuleReport[] = []
    for (const settings of files.filter((f) => f.host.id === 'claude-settings')) {
      const target = `${projectRoot(settings.path)}.mcp.json`
      const mcpJson = files.find((f) => f.host.id === 'claude-code' && f.path === target)
      if (!mcpJson) continue
      const defined = mcpJson.servers.map((s) => s.name)
      for (const [key, names] of lists(settings.doc.value)) {
        names.forEach((name, index) => {
          if (typeof name !== 'string' || defined.includes(name)) return
          const guess = suggest(name, defined)
          const others =
            defined.length === 1
              ? `the only server it defines is "${defined[0]}"`
              : `the servers it defines are ${quoteList(defined)}`
          const hint = guess ? `did you mean "${guess}"?` : defined.length > 0 ? others : 'it defines no server'
          const effect = key === 'enabledMcpjsonServers' ? 'the approval has no effect' : 'the entry does nothing'
          reports.push({
            file: settings.path,
            message: `"${key}" ${KEYS[key]} "${name}", but ${target} defines no server of that name, so ${effect}; ${hint}`,
            at: [key, index]
          })
        })
      }
    }
    return reports
  }
}
