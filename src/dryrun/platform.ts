import { programName } from '../rules/support/shell-words.js'

/**
 * Commands written for another operating system than the one the dry run runs on. A team on Windows
 * commits `cmd /c npx …` (Claude Code on native Windows needs the wrapper for npx) or a `C:\…` program;
 * a Linux runner has neither, and "cmd was not found" would say nothing about the server. The wrapper
 * is dropped where it only starts a command line (the server itself is then checked); a program that
 * exists only on another system is left, and said so.
 */

/** How a server is started here, or why it cannot be. */
export type StartHere = { command: string; args: string[] } | { otherSystem: 'Windows' | 'macOS'; command: string }

/**
 * Programs only Windows runs: `server.exe`, `start.bat`, `run.ps1`. A bare `npx.cmd` or `node.exe` is the
 * Windows spelling of a program that elsewhere has no extension.
 */
const WINDOWS_PROGRAM = /\.(?:exe|cmd|bat|com|ps1)$/i

/** Folders that exist only on macOS. */
const MACOS_ONLY = /^\/(?:Applications|System|Library|opt\/homebrew)\//

/** Splits a command line `cmd /c` was given as one word, at blanks outside double quotes (cmd's own quoting). */
function commandLineWords(line: string): string[] {
  const words: string[] = []
  for (const match of line.matchAll(/"([^"]*)"|[^\s"]+/g)) words.push(match[1] ?? match[0])
  return words
}

/**
 * How to start `command args` on `platform`: as written on Windows, and elsewhere without a `cmd /c`
 * wrapper or a program's Windows extension (`npx.cmd` → `npx`, when that is found), or not at all when the
 * program is one of another system. `found` tells whether a program is here (a path, or a name on PATH).
 */
export function startHere(
  command: string,
  args: readonly string[],
  platform: NodeJS.Platform,
  found: (program: string) => boolean
): StartHere {
  if (platform === 'win32') return { command, args: [...args] }
  const program = programName(command)
  if (program === 'cmd') {
    // `cmd /c <command line>`, after switches such as /s, /q, /d.
    let i = 0
    while (i < args.length && /^\/[a-z]$/i.test(args[i]) && !/^\/[ck]$/i.test(args[i])) i++
    const rest = /^\/[ck]$/i.test(args[i] ?? '') ? args.slice(i + 1) : []
    // One word is a command line (`cmd /c "npx -y pkg"`), unless it is a Windows path with blanks in it.
    const words = rest.length === 1 && !/^[A-Za-z]:[\\/]/.test(rest[0]) ? commandLineWords(rest[0]) : rest
    return words.length === 0
      ? { otherSystem: 'Windows', command }
      : startHere(words[0], words.slice(1), platform, found)
  }
  if (program === 'powershell' || program === 'wsl') return { otherSystem: 'Windows', command }
  // `C:\tools\x`, `\\server\share\x`, `.\start`: a Windows path.
  if (/^[A-Za-z]:[\\/]/.test(command) || command.includes('\\')) return { otherSystem: 'Windows', command }
  if (platform !== 'darwin' && MACOS_ONLY.test(command) && !found(command)) return { otherSystem: 'macOS', command }
  if (WINDOWS_PROGRAM.test(command)) {
    const bare = command.replace(WINDOWS_PROGRAM, '')
    return !/\//.test(command) && found(bare) ? { command: bare, args: [...args] } : { otherSystem: 'Windows', command }
  }
  return { command, args: [...args] }
}
