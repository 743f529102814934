import { hardcodedSecret } from './hardcoded-secret.js'
import type { Rule } from './types.js'

/** Every semantic rule, sorted by id. A test checks each is registered, documented and has fixtures. */
export const RULES: readonly Rule[] = [hardcodedSecret]

/** Base URL of the rule docs, for SARIF help links and messages. */
export const DOCS_BASE_URL = 'https://github.com/mcp-preflight/mcp-preflight/blob/main/docs/rules/'

/** Link to a rule's documentation page. */
export function docsUrl(ruleId: string): string {
  return `${DOCS_BASE_URL}${ruleId}.md`
}
