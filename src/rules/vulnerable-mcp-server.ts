import { invocations, launches, reportAt } from './support/launch.js'
import { packageRuns } from './support/package-runners.js'
import { parseSpec } from './support/package-specs.js'
import type { Rule, RuleReport } from './types.js'

/** A published MCP server or tool with a known vulnerability, and the first release that fixes it. */
interface Advisory {
  ecosystem: 'npm' | 'python'
  name: string
  /**
   * The affected releases: each line's first release and the release that fixed it. A package that changed its
   * numbering (0.6.2, then 2025.1.14, later 2.3.0) has one range per line, so a newer line is not "below" a date.
   */
  affected: readonly { from: readonly number[]; fixed: readonly number[] }[]
  /** The release to pin instead: the fix on the newest affected line. */
  upgrade: string
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
    affected: [
      { from: [0, 0, 0], fixed: [1, 0, 0] },
      { from: [2024, 0, 0], fixed: [2025, 12, 18] }
    ],
    upgrade: '2025.12.18',
    cves: 'CVE-2025-68143, CVE-2025-68144, CVE-2025-68145',
    what: 'the model can reach repositories outside --repository, create repositories anywhere and inject git options'
  },
  {
    ecosystem: 'npm',
    name: '@modelcontextprotocol/server-filesystem',
    // The 0.x line was fixed in 0.6.3; the 2.x releases (2.0.1, 2.3.0) came after the fix.
    affected: [
      { from: [0, 0, 0], fixed: [0, 6, 3] },
      { from: [2024, 0, 0], fixed: [2025, 7, 1] }
    ],
    upgrade: '2025.7.1',
    cves: 'CVE-2025-53109, CVE-2025-53110',
    what: 'the model can read and write outside the allowed directories through a symlink or a look-alike path prefix'
  },
  {
    ecosystem: 'npm',
    name: '@modelcontextprotocol/inspector',
    affected: [{ from: [0, 0, 0], fixed: [0, 16, 6] }],
    upgrade: '0.16.6',
    cves: 'CVE-2025-49596, CVE-2025-58444',
    what: 'a web page or an untrusted server can make the inspector run commands on this machine'
  }
]

/** Words that may name one of the packages above. */
const NAMES = /git|filesystem|inspector/i

/** An exact version (`2025.7.1`, `v0.14.0`, `0.16.6-beta.1`) as its three numbers and whether it is a pre-release. */
function versionParts(version: string): { parts: number[]; pre: boolean } | undefined {
  const match = /^[=v]?(\d+)\.(\d+)(?:\.(\d+))?([-a-z][0-9A-Za-z.-]*)?(?:\+[0-9A-Za-z.-]+)?$/.exec(version)
  if (!match) return undefined
  return { parts: [Number(match[1]), Number(match[2]), Number(match[3] ?? 0)], pre: match[4] !== undefined }
}

/** Whether an exact version is below `fixed`; a pre-release sorts before its release. */
export function isBelow(version: string, fixed: readonly number[]): boolean {
  const parsed = versionParts(version)
  if (!parsed) return false
  for (let i = 0; i < 3; i++) if (parsed.parts[i] !== fixed[i]) return parsed.parts[i] < fixed[i]
  return parsed.pre
}

/** Whether an exact version lies in one of the affected ranges. */
function isAffected(version: string, advisory: Advisory): boolean {
  return advisory.affected.some((range) => !isBelow(version, range.from) && isBelow(version, range.fixed))
}

/** The advisory that an exact `name`/`version` of `ecosystem` falls under, if any. */
export function advisoryFor(ecosystem: string, name: string, version: string): Advisory | undefined {
  const normal = ecosystem === 'python' ? name.toLowerCase().replace(/[._]/g, '-') : name
  return ADVISORIES.find((a) => a.ecosystem === ecosystem && a.name === normal && isAffected(version, a))
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
          const fixed = advisory.upgrade
          reports.push({
            messageId: 'vulnerable',
            data: { name: advisory.name, version: spec.version, cves: advisory.cves, fixed },
            help: `In this release ${advisory.what}; pin ${fixed} or later.`,
            ...reportAt(run.spec, launch.server)
          })
        }
      }
    }
    return reports
  }
}
