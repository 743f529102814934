import { isWholeHome } from './support/home.js'
import { programName } from './support/shell-words.js'
import { argAt } from './support/fields.js'
import type { Rule, RuleReport } from './types.js'
import { trimEndOf } from '../text.js'

/** Container engines: their arguments after the image are paths inside the container (mounts are risky-docker's). */
const CONTAINER_ENGINES = new Set(['docker', 'podman', 'nerdctl'])

/** What a directory argument opens up: the whole disk, a home directory, or nothing special. */
export function broadDirectory(value: string): 'root' | 'home' | undefined {
  const trimmed = value.trim()
  if (trimmed === '') return undefined
  const bare = trimEndOf(trimmed, '/\\')
  if (bare === '' || /^[A-Za-z]:$/.test(bare)) return 'root'
  if (isWholeHome(bare)) return 'home'
  return undefined
}

/** Whether a command word names a filesystem MCP server (`@modelcontextprotocol/server-filesystem@1.0.0`, `mcp-filesystem-server`). */
function isFilesystemServer(word: string): boolean {
  return !word.startsWith('-') && /filesystem/i.test(word)
}

/**
 * A filesystem MCP server given the root of the disk or a home directory as an allowed directory, so
 * everything the user can read (keys, credentials, other projects) is open to the model. Container
 * servers are left to risky-docker (their paths are inside the container); disabled servers are skipped.
 */
export const filesystemRootAccess: Rule = {
  id: 'filesystem-root-access',
  defaultSeverity: 'warning',
  description: 'A filesystem server given the root or home directory.',
  messages: {
    root: '"{{value}}" gives the filesystem server the whole disk',
    home: '"{{value}}" gives the filesystem server a whole home directory'
  },
  checkFile({ host, servers }) {
    const reports: RuleReport[] = []
    const project = host.profile.placeholders.syntaxes.includes('editor-variable')
      ? '"${workspaceFolder}"'
      : '"." (the project)'
    for (const server of servers) {
      if (server.disabled || server.command === undefined || CONTAINER_ENGINES.has(programName(server.command)))
        continue
      const args = server.args ?? []
      // The directories follow the package that names the server (or every argument when the command is the server).
      const packageIndex = isFilesystemServer(server.command) ? -1 : args.findIndex(isFilesystemServer)
      if (packageIndex === -1 && !isFilesystemServer(server.command)) continue
      const start = packageIndex + 1
      for (let index = start; index < args.length; index++) {
        const value = args[index].replace(/^--?[\w-]+=/, '')
        const kind = broadDirectory(value)
        if (!kind) continue
        const at = argAt(server, index)
        reports.push({
          messageId: kind,
          data: { value },
          help: `SSH keys, cloud credentials, browser profiles and every other project become readable and writable by the model, and by any prompt injection it reads; allow only the directories it needs, e.g. ${project}.`,
          at,
          server: server.name
        })
      }
    }
    return reports
  }
}
