import { patternMatchedIgnoringCase } from '../hosts/index.js'
import type { Rule } from './types.js'

/**
 * A config whose path differs from the one its host reads only in letter case (`.MCP.json`, `.Cursor/mcp.json`).
 * The file systems of macOS and Windows ignore case by default: a host there opening `.mcp.json` reads the file,
 * and on Linux no host does. Discovery finds such files and checks them as their host reads them; this rule
 * names the spelling. Two files that differ only in case collide when checked out there, and the one left is
 * whichever git wrote last.
 */
export const fileNameCase: Rule = {
  id: 'file-name-case',
  defaultSeverity: 'warning',
  description:
    'A config whose path differs from the one its host reads only in letter case: read on macOS and Windows, not on Linux.',
  messages: {
    caseDiffers:
      '{{host}} reads {{path}} as {{expected}} only where file names ignore letter case (macOS and Windows by default), not on Linux'
  },
  checkFile({ path, host }) {
    const pattern = patternMatchedIgnoringCase(host, path)
    if (pattern === undefined) return []
    const expected = pattern.replace(/^\*\*\//, '')
    return [
      {
        messageId: 'caseDiffers',
        data: { host: host.name, path, expected },
        help: `Rename it to the spelling ${host.name} looks for (${expected}) with \`git mv\`, so that every machine reads the same file; if a file of that spelling is committed too, the two collide on a checkout that ignores case.`,
        at: []
      }
    ]
  }
}
