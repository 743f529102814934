import { invocations, launches, reportAt } from './support/launch.js'
import { packageRuns } from './support/package-runners.js'
import { npmSpec } from './support/package-specs.js'
import {
  ARCHIVED,
  CHECKED_ON,
  CLOSED_SCOPE,
  PUBLISHED,
  PUBLISHED_ELSEWHERE,
  PYTHON_ONLY,
  UNPUBLISHED
} from './support/published-packages.js'
import type { MessageData, Rule, RuleReport } from './types.js'
import { nearestName } from '../nearest.js'

const PUBLISHED_NAMES: ReadonlySet<string> = new Set(PUBLISHED)
const UNPUBLISHED_NAMES: ReadonlySet<string> = new Set(UNPUBLISHED)

/**
 * A scoped npm name as the registry stores it (npm allows 214 characters). Anything else (a placeholder, a path,
 * a `#ref`) is left alone; the character classes cannot overlap the "/", so a long word is read in linear time.
 */
const SCOPED_NAME = /^@[a-z0-9][a-z0-9._~-]*\/[a-z0-9][a-z0-9._~-]*$/
const MAX_NAME = 214

/** The short name a reference server goes by: `fetch` of `@anthropic/mcp-server-fetch` or `fetch-mcp-server`. */
function shortName(name: string): string {
  return name
    .slice(name.indexOf('/') + 1)
    .replace(/^(?:mcp-server-|server-|mcp-)/, '')
    .replace(/-mcp(?:-server)?$/, '')
}

/** What the author most likely meant, and how to write it. */
function insteadOf(name: string): string {
  const short = shortName(name)
  const archived = ARCHIVED.has(short) ? ' (archived by its maintainers: installable, no longer updated)' : ''
  if (Object.hasOwn(PYTHON_ONLY, short)) {
    const python = PYTHON_ONLY[short]
    return `The reference ${short} server is a Python package${archived}: run it with "uvx" and the argument "${python}" (\`uvx ${python}\`)`
  }
  if (Object.hasOwn(PUBLISHED_ELSEWHERE, short))
    return `The ${short} server is published by its maker as "${PUBLISHED_ELSEWHERE[short]}"`
  const reference = `${CLOSED_SCOPE}server-${short}`
  if (reference !== name && PUBLISHED_NAMES.has(reference)) return `The reference server is "${reference}"${archived}`
  const near = nearestName(name, PUBLISHED)
  if (near !== undefined) return `The nearest published name is "${near}"`
  return `Find the server's own package name in its README or the MCP Registry`
}

/**
 * An npm package, run through npx, npm exec, bunx, pnpm dlx or yarn dlx, that the registry does not have: every
 * start fails with `npm error 404 Not Found`. Known from a dated list (the linter asks no network): every name under
 * `@modelcontextprotocol/` that is published, and names in other scopes found unpublished.
 */
export const unpublishedPackage: Rule = {
  id: 'unpublished-package',
  defaultSeverity: 'warning',
  description: 'An npm package that is not published (an invented or misremembered @modelcontextprotocol/ name).',
  messages: {
    notPublished:
      'npm package "{{name}}" is not published (npm registry as of {{checked}}), so the server cannot start',
    pythonOnly:
      'npm package "{{name}}" is not published (npm registry as of {{checked}}): the {{server}} server is on PyPI as "{{python}}"'
  },
  checkFile(context) {
    const reports: RuleReport[] = []
    const seen = new Set<string>()
    // A switched-off server is one click from running, and from failing.
    for (const launch of launches(context, { includeDisabled: true })) {
      for (const argv of invocations(launch)) {
        // A spec's scope is part of one of its words: a command without "@" needs no reading.
        if (!argv.some((word) => word.value.includes('@'))) continue
        for (const run of packageRuns(argv)) {
          if (run.ecosystem !== 'npm') continue
          const spec = npmSpec(run.spec.value.trim())
          // A path, a URL, an alias or a placeholder names no registry package of its own.
          if (spec.pin === 'other' || spec.name.length > MAX_NAME) continue
          // The registry's names are lowercase; npm finds a name written in other case.
          const name = spec.name.toLowerCase()
          if (!SCOPED_NAME.test(name) || PUBLISHED_NAMES.has(name)) continue
          if (!name.startsWith(CLOSED_SCOPE) && !UNPUBLISHED_NAMES.has(name)) continue
          const key = `${JSON.stringify(run.spec.at)}|${name}`
          if (seen.has(key)) continue
          seen.add(key)
          const short = shortName(name)
          const python = Object.hasOwn(PYTHON_ONLY, short) ? PYTHON_ONLY[short] : undefined
          const data: MessageData = { name: spec.name, checked: CHECKED_ON }
          if (python !== undefined) Object.assign(data, { server: short, python })
          reports.push({
            messageId: python === undefined ? 'notPublished' : 'pythonOnly',
            data,
            help: `Every start fails with "npm error 404 Not Found", on every machine. ${insteadOf(name)}. The list of published names dates from ${CHECKED_ON}: if the package was published since, update mcpcop or turn this rule off for the line.`,
            ...reportAt(run.spec, launch.server)
          })
        }
      }
    }
    return reports
  }
}
