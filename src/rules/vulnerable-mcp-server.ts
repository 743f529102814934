import { invocations, launches, reportAt } from './support/launch.js'
import { packageRuns } from './support/package-runners.js'
import { parseSpec } from './support/package-specs.js'
import type { Rule, RuleReport } from './types.js'

/** A published MCP server or tool with a known vulnerability, and the first release that fixes it. */
interface Advisory {
  ecosystem: 'npm' | 'python'
  name: string
  fixed: readonly number[]
  /** Releases below `fixed` that carry the fix too (a maintenance line). */
  alsoFixed?: readonly string[]
  cves: string
  what: string
}

/**
 * Pinned releases of reference servers and tools with published advisories. mcp-remote has its own rule
 * (vulnerable-mcp-remote). An unpinned package resolves to a fixed release and is left to unpinned-package.
 */
const ADVISORIES: readonly Advisory[] = [
  {
    ecosystem: 'python',
    name: 'mcp-server-git',
    fixed: [2025, 12, 18],
    cves: 'CVE-2025-68143, CVE-2025-68144, CVE-2025-68145',
    what: 'the model can reach repositories outside --repository, create repositories anywhere and inject git options'
  },
  {
    ecosystem: 'npm',
    name: '@modelcontextprotocol/server-filesystem',
    fixed: [2025, 7, 1],
    alsoFixed: ['0.6.3'],
    cves: 'CVE-2025-53109, CVE-2025-53110',
    what: 'the model can read and write outside the allowed directories through a symlink or a look-alike path prefix'
  },
  {
    ecosystem: 'npm',
    name: '@modelcontextprotocol/inspector',
    fixed: [0, 16, 6],
    cves: 'CVE-2025-49596, CVE-2025-58444',
    what: 'a web page or an untrusted server can make the inspector run commands on this machine'
  }
]

/** Words that may name one of the packages above. */
const NAMES = /git|filesystem|inspector/i

/** Whether an exact version (`2025.7.1`, `v0.14.0`, `0.16.6-beta.1`) is below `fixed`; a pre-release sorts first. */
export function isBelow(version: string, fixed: readonly number[]): boolean {
  const match = /^[=v]?(\d+)\.(\d+)(?:\.(\d+))?([-a-z][0-9A-Za-z.-]*)?(?:\+[0-9A-Za-z.-]+)?$/.exec(version)
  if (!match) return false
  const parts = [Number(match[1]), Number(match[2]), Number(match[3] ?? 0)]
  for (let i = 0; i < 3; i++) if (parts[i] !== fixed[i]) return parts[i] < fixed[i]
  return match[4] !== undefined
}

/** The advisory that an exact `name`/`version` of `ecosystem` falls under, if any. */
export function advisoryFor(ecosystem: string, name: string, version: string): Advisory | undefined {
  const normal = ecosystem === 'python' ? name.toLowerCase().replace(/[._]/g, '-') : name
  return ADVISORIES.find(
    (a) =>
      a.ecosystem === ecosystem &&
      a.name === normal &&
      !a.alsoFixed?.includes(version.replace(/^[=v]/, '')) &&
      isBelow(version, a.fixed)
  )
}

/**
 * A pinned release of an MCP server or tool with a published vulnerability (the reference git and
 * filesystem servers, the MCP Inspector), run through npx, uvx, pipx or the like.
 */
export const vulnerableMcpServer: Rule = {
  id: 'vulnerable-mcp-server',
  defaultSeverity: 'error',
  description: 'A pinned release of an MCP server or tool with a published vulnerability (git, filesystem, inspector).',
  messages: {
    vulnerable: '{{name}} {{version}} has published vulnerabilities ({{cves}})'
  },
  checkFile(context) {
    const reports: RuleReport[] = []
    // Switched-off servers too: one click runs them.
    for (const launch of launches(context, { includeDisabled: true })) {
      for (const argv of invocations(launch)) {
        // A spec's name is part of one of its words: a command without one needs no reading.
        if (!argv.some((word) => NAMES.test(word.value))) continue
        for (const run of packageRuns(argv)) {
          if (run.ecosystem === 'docker') continue
          const spec = parseSpec(run)
          if (spec.pin !== 'exact' || !spec.version) continue
          const advisory = advisoryFor(run.ecosystem, spec.name, spec.version)
          if (!advisory) continue
          const fixed = advisory.fixed.join('.')
          reports.push({
            messageId: 'vulnerable',
            data: { name: advisory.name, version: spec.version, cves: advisory.cves, fixed },
            help: `Before ${fixed}, ${advisory.what}; pin ${fixed} or later.`,
            ...reportAt(run.spec, launch.server)
          })
        }
      }
    }
    return reports
  }
}
