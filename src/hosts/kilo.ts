import { OPENCODE_PROFILE, opencodeFamilyAdapter } from './opencode.js'
import { type HostProfile, type UserFile, onEverySystem } from './profile.js'
import type { HostAdapter } from './types.js'

/** Kilo's global files: `~/.config/kilo/` on every system (opencode's XDG layout, with the app name "kilo"). */
function globalFile(name: string): UserFile {
  return {
    paths: onEverySystem([`\${XDG_CONFIG_HOME}/kilo/${name}`, `~/.config/kilo/${name}`]),
    scope: 'user',
    note: null,
    source:
      'kilo.ai docs using-in-kilo-code (Kilo-Org/kilocode packages/kilo-docs/pages/automate/mcp/using-in-kilo-code.md @0001496); packages/opencode/src/global/index.ts (app "kilo") @30e1f28',
    unconfirmed: {}
  }
}

/**
 * Kilo (its CLI, and the VS Code extension since it moved to the same core) reads opencode's format:
 * `mcp`, `local` servers with a command array, `remote` servers tried over Streamable HTTP then SSE,
 * `{env:VAR}` (kilo.ai docs, using-in-kilo-code). Its McpLocalConfig differs from opencode's: it decodes
 * a local server from `type`, `command`, `environment`, `env`, `enabled` and `timeout` only, taking `env`
 * when `environment` is absent and dropping `cwd`, so a server starts in the directory Kilo runs in
 * (@kilocode/cli-linux-x64 7.7.9, packages/opencode/src/config/mcp.ts Local; MCP.connectLocal).
 */
const PROFILE: HostProfile = {
  ...OPENCODE_PROFILE,
  userFiles: ['kilo.json', 'kilo.jsonc', 'opencode.json', 'opencode.jsonc', 'config.json'].map(globalFile),
  transports: {
    ...OPENCODE_PROFILE.transports,
    types: { ...OPENCODE_PROFILE.transports.types!, otherwise: 'refuses the whole config', others: null },
    untyped: {
      ...OPENCODE_PROFILE.transports.untyped,
      url: {
        url: {
          ...OPENCODE_PROFILE.transports.untyped.url.url,
          fails: 'Kilo requires "type" on every server ("local" or "remote") and refuses the config without it'
        }
      }
    }
  },
  launch: {
    ...OPENCODE_PROFILE.launch,
    cwd: {
      honoured: false,
      source:
        'McpLocalConfig decodes type, command, environment, env, enabled and timeout only, so cwd never reaches MCP.connectLocal (@kilocode/cli-linux-x64 7.7.9)'
    }
  }
}

/** Kilo: `kilo.json` / `kilo.jsonc` at the project root or under `.kilo/`. */
export const kilo: HostAdapter = opencodeFamilyAdapter({
  id: 'kilo',
  name: 'Kilo',
  patterns: ['**/kilo.json', '**/kilo.jsonc'],
  profile: PROFILE,
  schema: 'kilo',
  // Kilo's McpLocalConfig reads `env` when `environment` is absent (environment ?? env).
  extraKeys: ['env']
})
