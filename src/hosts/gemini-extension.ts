import schema from '../../schemas/gemini-extension.schema.json' with { type: 'json' }
import { normaliseGeminiServers } from './gemini.js'
import type { HostAdapter } from './types.js'

/**
 * A Gemini CLI extension's manifest, `gemini-extension.json`, read as strict JSON. Its `mcpServers`
 * mean what they mean in settings.json (except `trust`, which Gemini drops for extensions).
 */
export const geminiExtension: HostAdapter = {
  id: 'gemini-extension',
  name: 'Gemini CLI',
  patterns: ['**/gemini-extension.json'],
  syntax: 'json',
  // Besides environment variables, manifests expand ${extensionPath}, ${workspacePath} and ${/}.
  placeholders: ['dollar-brace', 'dollar'],
  schemaFor: () => schema,
  normalise: (value, context) =>
    normaliseGeminiServers(value, ['mcpServers'], { host: 'gemini-extension', file: context.path })
}
