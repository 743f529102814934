import schema from '../../schemas/gemini-extension.schema.json' with { type: 'json' }
import { GEMINI_PROFILE, normaliseGeminiServers } from './gemini.js'
import type { HostProfile } from './profile.js'
import type { HostAdapter } from './types.js'

/**
 * Servers mean what they mean in settings.json. Manifests also expand `${extensionPath}`,
 * `${workspacePath}` and `${/}`, and Gemini drops `trust` for extensions, so nothing is approved in advance.
 */
const PROFILE: HostProfile = {
  ...GEMINI_PROFILE,
  placeholders: {
    ...GEMINI_PROFILE.placeholders,
    variables: {
      extensionPath: 'file-folder',
      workspacePath: 'working-directory',
      '/': 'path-separator',
      pathSeparator: 'path-separator'
    }
  },
  approvals: { ...GEMINI_PROFILE.approvals, serverSwitch: null }
}

/**
 * A Gemini CLI extension's manifest, `gemini-extension.json`, read as strict JSON. Its `mcpServers`
 * mean what they mean in settings.json (except `trust`, which Gemini drops for extensions).
 */
export const geminiExtension: HostAdapter = {
  id: 'gemini-extension',
  name: 'Gemini CLI',
  patterns: ['**/gemini-extension.json'],
  syntax: 'json',
  profile: PROFILE,
  schemaFor: () => schema,
  normalise: (value, context) =>
    normaliseGeminiServers(value, ['mcpServers'], { host: 'gemini-extension', file: context.path })
}
