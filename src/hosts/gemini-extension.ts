import { GEMINI_PROFILE, normaliseGeminiServers } from './gemini.js'
import { type HostProfile, onEverySystem } from './profile.js'
import type { HostAdapter } from './types.js'

/**
 * Servers mean what they mean in settings.json. Manifests also expand `${extensionPath}`,
 * `${workspacePath}` and `${/}`, and Gemini drops `trust` for extensions (and a manifest has no `mcp`
 * policy), so nothing is approved in advance.
 */
const PROFILE: HostProfile = {
  ...GEMINI_PROFILE,
  userFiles: [
    {
      paths: onEverySystem([
        '${GEMINI_CLI_HOME}/.gemini/extensions/*/gemini-extension.json',
        '~/.gemini/extensions/*/gemini-extension.json'
      ]),
      scope: 'user',
      note: 'an installed extension, whose servers load like those of settings.json',
      source: 'google-gemini/gemini-cli docs/extension.md (<home>/.gemini/extensions)',
      unconfirmed: {}
    }
  ],
  placeholders: {
    ...GEMINI_PROFILE.placeholders,
    variables: {
      extensionPath: 'file-folder',
      workspacePath: 'working-directory',
      '/': 'path-separator',
      pathSeparator: 'path-separator'
    }
  },
  approvals: { ...GEMINI_PROFILE.approvals, serverSwitch: null, fileGrants: null }
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
  schemas: ['gemini-extension'],
  normalise: (value, context) =>
    normaliseGeminiServers(value, ['mcpServers'], { host: 'gemini-extension', file: context.path })
}
