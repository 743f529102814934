import type { Config } from './config.js'
import { ruleInfo } from './diagnostics.js'
import type { Severity } from './types.js'

/**
 * Which rules run. `recommended` (the default): errors that break a server, security findings, and
 * warnings that are nearly always real. `strict`: those and the hygiene rules. A rule the settings
 * name in `rules` runs whatever the preset, so a project opts into one strict rule by giving it a
 * severity.
 */
export type Preset = 'recommended' | 'strict'

export const PRESETS: readonly Preset[] = ['recommended', 'strict']

/** The preset a rule belongs to. */
export function presetOf(ruleId: string): Preset {
  return ruleInfo(ruleId).preset
}

/** The severity a rule's findings get under these settings, or `off`. */
export function effectiveSeverity(ruleId: string, config: Config): Severity | 'off' {
  const set = config.rules[ruleId]
  if (set !== undefined) return set
  if (presetOf(ruleId) === 'strict' && (config.preset ?? 'recommended') !== 'strict') return 'off'
  return ruleInfo(ruleId).defaultSeverity
}

/** Whether the settings (their preset or `rules`) leave a rule's findings out. */
export function isRuleOff(ruleId: string, config: Config): boolean {
  return effectiveSeverity(ruleId, config) === 'off'
}
