import { invocations, launches, reportAt } from './support/launch.js'
import { packageRuns } from './support/package-runners.js'
import { npmSpec } from './support/package-specs.js'
import type { Rule, RuleReport } from './types.js'

/** Releases affected by CVE-2025-6514: from 0.0.5 (the first with OAuth) up to, not including, 0.1.16. */
const FIRST_AFFECTED: readonly number[] = [0, 0, 5]
const FIXED: readonly number[] = [0, 1, 16]

/** Compares two exact versions; a pre-release sorts before its release. */
function compare(a: readonly number[], aPre: boolean, b: readonly number[]): number {
  for (let i = 0; i < 3; i++) if (a[i] !== b[i]) return a[i] - b[i]
  return aPre ? -1 : 0
}

/** Whether an exact version (`0.1.15`, `v0.1.15`, `0.1.16-beta.1`) is one CVE-2025-6514 affects. */
export function isAffected(version: string): boolean {
  const match = /^[=v]?(\d+)\.(\d+)\.(\d+)(-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/.exec(version)
  if (!match) return false
  const parts = [Number(match[1]), Number(match[2]), Number(match[3])]
  const pre = match[4] !== undefined
  return compare(parts, pre, FIXED) < 0 && compare(parts, pre, FIRST_AFFECTED) >= 0
}

/**
 * An explicit mcp-remote version below 0.1.16, which lets a malicious or compromised server run
 * commands on the machine (CVE-2025-6514). Unpinned mcp-remote resolves to a fixed release and is
 * left to unpinned-package.
 */
export const vulnerableMcpRemote: Rule = {
  id: 'vulnerable-mcp-remote',
  defaultSeverity: 'error',
  description: 'mcp-remote below 0.1.16, which has a command-injection vulnerability (CVE-2025-6514).',
  messages: {
    vulnerable: 'mcp-remote {{version}} has a critical command-injection vulnerability (CVE-2025-6514)'
  },
  checkFile(context) {
    const reports: RuleReport[] = []
    // Switched-off servers too: one click runs them.
    for (const launch of launches(context, { includeDisabled: true })) {
      for (const argv of invocations(launch)) {
        // A spec's name is part of one of its words: a command without the name needs no reading.
        if (!argv.some((word) => word.value.includes('mcp-remote'))) continue
        for (const run of packageRuns(argv)) {
          if (run.ecosystem !== 'npm') continue
          const spec = npmSpec(run.spec.value)
          if (spec.name !== 'mcp-remote' || spec.pin !== 'exact' || !isAffected(spec.version ?? '')) continue
          reports.push({
            messageId: 'vulnerable',
            data: { version: spec.version ?? '' },
            help: 'In versions 0.0.5 to 0.1.15 a malicious or compromised remote server can make mcp-remote run commands on this machine through the OAuth authorization URL it sends; pin 0.1.16 or later.',
            ...reportAt(run.spec, launch.server)
          })
        }
      }
    }
    return reports
  }
}
