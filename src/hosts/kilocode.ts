import { onEverySystem } from './profile.js'
import { rooFamilyAdapter, rooFamilyProfile } from './roo.js'
import type { HostAdapter } from './types.js'
import { inVscodeUserData } from './vscode.js'

/**
 * The Kilo Code VS Code extension before Kilo moved to its opencode-based core: a Roo Code fork that
 * reads `.kilocode/mcp.json` with Roo Code's McpHub (Kilo-Org/kilocode src/services/mcp/McpHub.ts
 * @0fc86ce, the file watched as ".kilocode/mcp.json"). The newer Kilo still migrates this file into
 * `kilo.json`, dropping `cwd` and any typeless `url` (packages/opencode/src/kilocode/mcp-migrator.ts).
 */
const PROFILE = rooFamilyProfile('Kilo Code', [
  {
    paths: inVscodeUserData('globalStorage/kilocode.kilo-code/settings/mcp_settings.json'),
    scope: 'legacy',
    note: "the extension's global servers before Kilo moved to kilo.json (which migrates them)",
    source:
      'Kilo-Org/kilocode packages/opencode/src/kilocode/paths.ts KilocodePaths.vscodeGlobalStorage @2954265; kilo.ai docs using-in-kilo-code (VSCode (Legacy): mcp_settings.json)',
    unconfirmed: {}
  },
  {
    paths: onEverySystem(['~/.kilocode/cli/global/settings/mcp_settings.json']),
    scope: 'legacy',
    note: "the legacy Kilo command line's global servers",
    source: 'kilo.ai docs using-in-cli (legacy CLI), as cited by research for issue 16',
    unconfirmed: {
      win32: 'the legacy CLI documents ~/.kilocode only; %USERPROFILE%\\.kilocode is presumed'
    }
  }
])

/** Kilo Code (legacy extension): `.kilocode/mcp.json`, Roo Code's format. */
export const kilocode: HostAdapter = rooFamilyAdapter({
  id: 'kilocode',
  name: 'Kilo Code',
  file: '.kilocode/mcp.json',
  profile: PROFILE,
  schema: 'kilocode'
})
