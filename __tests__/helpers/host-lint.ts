import type { CheckContentOptions } from '../../src/engine.js'
import { lintFixture as lintFixtureWithRules, lintText as lintTextWithRules } from './lint.js'

export { describeDiagnostic, FIXTURES, shortForm } from './lint.js'

/**
 * Host adapter tests check what the adapter and its schema report, without the semantic rules
 * (which have their own tests), so a new rule never changes a host's expectations.
 */
export function lintText(
  virtualPath: string,
  text: string | Uint8Array,
  options: CheckContentOptions = {}
): ReturnType<typeof lintTextWithRules> {
  return lintTextWithRules(virtualPath, text, { rules: [], ...options })
}

/** `lintFixture` without the semantic rules (see `lintText`). */
export function lintFixture(
  fixture: string,
  virtualPath: string,
  options: CheckContentOptions = {}
): ReturnType<typeof lintFixtureWithRules> {
  return lintFixtureWithRules(fixture, virtualPath, { rules: [], ...options })
}
