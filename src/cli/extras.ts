import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { baselinePath } from '../baseline.js'
import { CONFIG_FILE_NAMES, type LoadedConfig } from '../config.js'
import { HOSTS } from '../hosts/index.js'
import { redactDeep } from '../mask.js'
import { knownRuleIds, ruleInfo } from '../diagnostics.js'
import { effectiveSeverity, presetOf } from '../presets.js'
import { writeGuarded } from '../write.js'

/**
 * The CLI's conveniences that do not lint: list the rules, explain one, print the effective settings,
 * write a starter settings file and workflow.
 */

/** `--list-rules`: one line per rule (id, preset, default severity, what it catches). */
export function listRules(): string {
  const ids = knownRuleIds()
  const width = Math.max(...ids.map((id) => id.length))
  const rows = ids.map((id) => {
    const info = ruleInfo(id)
    return `${id.padEnd(width)}  ${presetOf(id).padEnd(11)}  ${info.defaultSeverity.padEnd(7)}  ${info.description}`
  })
  return `${'rule'.padEnd(width)}  ${'preset'.padEnd(11)}  ${'severity'.padEnd(7)} what it catches\n${rows.join('\n')}\n`
}

/** The folder of the documentation shipped with the package (`docs/` next to `dist/` or `src/`). */
function docsFolder(): string | undefined {
  let dir = path.dirname(fileURLToPath(import.meta.url))
  for (let i = 0; i < 4; i++) {
    const candidate = path.join(dir, 'docs', 'rules')
    if (existsSync(candidate)) return candidate
    dir = path.dirname(dir)
  }
  return undefined
}

/**
 * `--explain RULE`: the rule's documentation page (why it matters and how to fix it), or, for a
 * diagnostic of the engine itself, its one line and where it is documented. Undefined for an id
 * mcpcop does not know.
 */
export function explainRule(id: string): string | undefined {
  if (!knownRuleIds().includes(id)) return undefined
  const docs = docsFolder()
  const page = docs && /^[a-z0-9-]+$/.test(id) ? path.join(docs, `${id}.md`) : undefined
  if (page && existsSync(page)) return readFileSync(page, 'utf8')
  const info = ruleInfo(id)
  return `# ${id}\n\n> ${info.description}\n\nDefault severity: **${info.defaultSeverity}** · Preset: ${presetOf(id)}\n\nDocumentation: ${info.helpUri}\n`
}

/** `--print-config`: the settings in effect, as JSON, with every rule's severity. */
export function printConfig(loaded: LoadedConfig & { settingsDir?: string }): string {
  const { config } = loaded
  const rules = Object.fromEntries(knownRuleIds().map((id) => [id, effectiveSeverity(id, config)]))
  const settings = {
    settingsFile: loaded.file ?? null,
    preset: config.preset ?? 'recommended',
    rules,
    ignore: config.ignore,
    ignoreServers: config.ignoreServers,
    suppressions: (config.suppressions ?? []).map(({ range: _range, ...rest }) => rest),
    baseline: baselinePath({ settingsDir: loaded.settingsDir })
  }
  // Credentials the settings file holds (a reason that quotes a token) are masked, as in a lint's outputs.
  return JSON.stringify(redactDeep(settings, loaded.secrets ?? []), null, 2) + '\n'
}

const STARTER_SETTINGS = `{
  "$schema": "https://github.com/mcpcop/mcpcop/raw/main/schemas/mcpcop-config.schema.json",
  "preset": "recommended",
  "rules": {},
  "ignore": [],
  "suppressions": []
}
`

const STARTER_WORKFLOW = `# Checks the MCP server configs on every pull request: only what a pull request introduces is
# reported there (the rest is counted in the job summary). See https://github.com/mcpcop/mcpcop
name: MCP configs
on:
  pull_request:
  push:
    branches: [main]
  merge_group: # needed when the check is required and the branch uses a merge queue

permissions:
  contents: read
  pull-requests: write # the sticky comment; optional

concurrency:
  group: mcpcop-\${{ github.event.pull_request.number || github.ref }}
  cancel-in-progress: true

jobs:
  mcpcop:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v7
      - uses: mcpcop/mcpcop@v1
`

/** The files `--init` writes, relative to the working directory. */
export const INIT_FILES: readonly [string, string][] = [
  [CONFIG_FILE_NAMES[0], STARTER_SETTINGS],
  ['.github/workflows/mcpcop.yml', STARTER_WORKFLOW]
]

/** What `--init` did with one file: a line saying so, and whether that is a failure (not written, and not there). */
export interface InitLine {
  line: string
  failed?: boolean
}

/**
 * `--init`: writes a starter settings file and workflow, leaving any file that exists as it is.
 * Returns one line per file saying what happened.
 */
export function init(cwd: string): InitLine[] {
  const lines: InitLine[] = []
  const existing = CONFIG_FILE_NAMES.find((name) => existsSync(path.join(cwd, name)))
  for (const [file, content] of INIT_FILES) {
    const absolute = path.join(cwd, file)
    if (file === CONFIG_FILE_NAMES[0] && existing) {
      lines.push({ line: `${existing} exists: left as it is` })
      continue
    }
    if (existsSync(absolute)) {
      lines.push({ line: `${file} exists: left as it is` })
      continue
    }
    // The repository may hold a link where a file goes (`.github -> elsewhere`): never written through.
    const problem = writeGuarded(file, content, { cwd, insideOnly: true, exclusive: true })
    lines.push(
      problem === undefined
        ? { line: `wrote ${file}` }
        : problem === 'it exists'
          ? { line: `${file} exists: left as it is` }
          : { line: `cannot write ${file}: ${problem}`, failed: true }
    )
  }
  return lines
}

/** The file names hosts read, for "no MCP config found (looked for: …)". */
export function lookedFor(): string {
  const names = new Set<string>()
  for (const host of HOSTS) for (const pattern of host.patterns) names.add(pattern.replace(/^\*\*\//, ''))
  return [...names].join(', ')
}
