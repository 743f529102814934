import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import picomatch from 'picomatch'
import schema from '../schemas/mcpcop-config.schema.json' with { type: 'json' }
import { toDiagnostic } from './finding.js'
import { parseJson } from './parse/json.js'
import { parseYaml } from './parse/yaml.js'
import { LineIndex } from './parse/source.js'
import { suggest, validateDocument } from './schema/validate.js'
import type { Diagnostic, Severity } from './types.js'

/** A repository's settings for mcpcop. */
export interface Config {
  /** Severity overrides by rule id; `off` drops the rule's findings. */
  rules: Record<string, Severity | 'off'>
  /** Globs of files not to check. */
  ignore: string[]
  /** Server names, or `path#name`, whose findings and dry runs are skipped. */
  ignoreServers: string[]
}

export const DEFAULT_CONFIG: Config = { rules: {}, ignore: [], ignoreServers: [] }

/** File names looked for in the working directory when no `--config` is given. */
export const CONFIG_FILE_NAMES = ['.mcpcop.json', '.mcpcop.yaml', '.mcpcop.yml']

export interface LoadedConfig {
  config: Config
  /** Path of the file read, relative to the working directory (undefined when none). */
  file?: string
  /** Problems in the config file itself, reported like any other finding. */
  diagnostics: Diagnostic[]
}

/**
 * Reads the config file (the explicit one, or the first of CONFIG_FILE_NAMES found). Invalid parts
 * are reported as diagnostics in that file and left out; a missing explicit file throws.
 */
export function loadConfig(cwd: string, explicit: string | undefined, knownRuleIds: readonly string[]): LoadedConfig {
  const candidate = explicit ?? CONFIG_FILE_NAMES.find((name) => existsSync(path.join(cwd, name)))
  if (candidate === undefined) return { config: DEFAULT_CONFIG, diagnostics: [] }
  const absolute = path.resolve(cwd, candidate)
  if (!existsSync(absolute)) throw new Error(`config file not found: ${candidate}`)
  const file = path.relative(cwd, absolute).split(path.sep).join('/')
  const text = readFileSync(absolute, 'utf8')
  const parsed = /\.ya?ml$/i.test(file) ? parseYaml(text) : parseJson(text, { strict: false, hostName: 'mcpcop' })
  const lines = new LineIndex(text)
  const diagnostics = parsed.problems.map((p) => toDiagnostic(file, { ...p, range: lines.range(p.offset, p.length) }))
  if (!parsed.doc) return { config: DEFAULT_CONFIG, file, diagnostics }
  const findings = validateDocument(schema, parsed.doc, { unknownKeySeverity: 'error', hostName: 'mcpcop' })
  diagnostics.push(...findings.map((f) => toDiagnostic(file, { ...f, ruleId: 'config-invalid' })))
  const value = (parsed.doc.value ?? {}) as Partial<Config>
  const config: Config = { rules: {}, ignore: [], ignoreServers: [] }
  if (findings.length === 0) {
    Object.assign(config, { ignore: value.ignore ?? [], ignoreServers: value.ignoreServers ?? [] })
    for (const [id, level] of Object.entries(value.rules ?? {})) {
      if (knownRuleIds.includes(id)) {
        config.rules[id] = level
        continue
      }
      const guess = suggest(id, [...knownRuleIds])
      diagnostics.push(
        toDiagnostic(file, {
          ruleId: 'config-invalid',
          severity: 'warning',
          message:
            `unknown rule "${id}"` + (guess ? `; did you mean "${guess}"?` : '; see docs/rules/ for the rule ids'),
          range: parsed.doc.locate(['rules', id], true)
        })
      )
    }
  }
  return { config, file, diagnostics }
}

/** A predicate for the files the config leaves out. */
export function ignoredFiles(config: Config): (file: string) => boolean {
  if (config.ignore.length === 0) return () => false
  const match = picomatch(config.ignore, { dot: true })
  return (file) => match(file)
}

/** Whether findings about a server are left out. */
export function isIgnoredServer(config: Config, file: string, server: string | undefined): boolean {
  return (
    server !== undefined &&
    (config.ignoreServers.includes(server) || config.ignoreServers.includes(`${file}#${server}`))
  )
}
