import type { PointerPath } from '../../types.js'

/**
 * Command lines as a shell reads them: words and where each is written, the program a command names,
 * whole command lines written in `command`, inline shell scripts, and wrappers such as `cmd /c`, `wsl`
 * and `env` that run another command.
 */

/** One word of a command line and where it is written. */
export interface Word {
  value: string
  /** The string holding the word; a word split out of a longer string points at that string. */
  at: PointerPath
  /** Point at the key of `at` (the server entry itself, when the word is not written in the document). */
  key?: boolean
  /** The word is the whole string at `at`, not a piece of a command line we split. */
  whole: boolean
}

/** The program a command names, as the OS looks it up: `C:\nodejs\npx.cmd` → `npx`. */
export function programName(command: string): string {
  // Every rule about commands asks it of the same words.
  let name = programNames.get(command)
  if (name === undefined) {
    const base = command.trim().split(/[\\/]/).pop() ?? ''
    name = base.toLowerCase().replace(/\.(exe|cmd|bat|com|ps1)$/, '')
    if (programNames.size >= 10_000) programNames.clear()
    if (command.length <= 1_000) programNames.set(command, name)
  }
  return name
}

const programNames = new Map<string, string>()

/**
 * Splits a command line into words the way a POSIX shell would for simple cases: quotes group,
 * and a backslash escapes only a quote or a space (so Windows paths survive).
 */
export function splitWords(text: string): string[] {
  const words: string[] = []
  let current = ''
  let started = false
  let quote: '"' | "'" | undefined
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]
    if (quote) {
      if (ch === quote) quote = undefined
      else if (ch === '\\' && quote === '"' && (text[i + 1] === '"' || text[i + 1] === '\\')) current += text[++i]
      else current += ch
    } else if (ch === '"' || ch === "'") {
      quote = ch
      started = true
    } else if (
      ch === ' ' ||
      ch === '\t' ||
      ch === '\n' ||
      ch === '\r' ||
      ch === '\v' ||
      ch === '\f' ||
      (ch > '~' && /\s/.test(ch))
    ) {
      if (started) words.push(current)
      current = ''
      started = false
    } else if (ch === '\\' && /[\s"']/.test(text[i + 1] ?? '')) {
      current += text[++i]
      started = true
    } else {
      current += ch
      started = true
    }
  }
  if (started) words.push(current)
  return words
}

/** A word split into the words it holds, each pointing at the original string. */
export function splitWord(word: Word): Word[] {
  return splitWords(word.value).map((value) => ({ ...word, value, whole: false }))
}

const isPathLike = (word: string): boolean => /[\\/]/.test(word)
const startsNewPath = (word: string): boolean => /^(?:[/~$%]|\.{1,2}[\\/]|[A-Za-z]:[\\/]|\\\\)/.test(word)

/** Interpreters and launchers whose path is often followed by a script or flags. */
const LAUNCHERS =
  /^(?:node|nodejs|npx|npm|pnpm|pnpx|yarn|bun|bunx|deno|tsx|ts-node|python[\d.]*|py|pip[\d.]*|pipx|uv|uvx|ruby|perl|php|java|dotnet|go|cargo|docker|podman|bash|sh|zsh|pwsh|powershell|cmd|wsl)$/

/**
 * Whether a `command` value is a whole command line (`npx -y pkg`, `/usr/bin/python3 server.py`)
 * rather than the path of one program, which may itself hold spaces (`C:\Program Files\nodejs\node.exe`,
 * `/Applications/My App/bin/server`).
 */
export function isCommandLine(command: string): boolean {
  const text = command.trim()
  if (!/\s/.test(text)) return false
  if (/^["']/.test(text)) return true
  const words = splitWords(text)
  if (words.length < 2) return false
  const [first, ...rest] = words
  // A bare program name followed by anything is a command line.
  if (!isPathLike(first)) return true
  // A path followed by a flag or by a second path is one too; a path with spaces continues with more path.
  if (rest.some((w) => w.startsWith('-') || startsNewPath(w))) return true
  return LAUNCHERS.test(programName(first))
}

/** Splits an inline shell script into its simple commands (at `&&`, `||`, `;`, `|`, `&` and newlines). */
export function splitScript(script: string): string[][] {
  const commands: string[][] = []
  let segment = ''
  let quote: '"' | "'" | undefined
  const flush = (): void => {
    const words = splitWords(segment)
    // Drop leading variable assignments and pass-through builtins: `FOO=1 exec node x.js` runs node.
    while (
      words.length > 0 &&
      (/^[A-Za-z_][A-Za-z0-9_]*=/.test(words[0]) || ['exec', 'command', 'nohup', 'time', 'sudo'].includes(words[0]))
    )
      words.shift()
    if (words.length > 0) commands.push(words)
    segment = ''
  }
  for (let i = 0; i < script.length; i++) {
    const ch = script[i]
    if (quote) {
      if (ch === quote) quote = undefined
      segment += ch
    } else if (ch === '"' || ch === "'") {
      quote = ch
      segment += ch
    } else if (ch === ';' || ch === '\n' || ch === '|' || ch === '&' || ch === '(' || ch === ')') {
      flush()
    } else segment += ch
  }
  flush()
  return commands
}

const SHELLS = new Set(['sh', 'bash', 'zsh', 'dash', 'ksh', 'ash', 'mksh', 'fish'])

/**
 * A shell's flag cluster that holds `-c` (`-c`, `-lc`, `-ec`): the next word is the script. Tested in two
 * steps, as `/^-[a-zA-Z]*c[a-zA-Z]*$/` took time quadratic in the word (an argument `-ccc…c!` of 100 KB: 18 s).
 */
export function isScriptFlag(word: string): boolean {
  return /^-[a-zA-Z]+$/.test(word) && word.includes('c')
}

/** The inline script of `sh -c "…"`, `bash -lc "…"` or `cmd /c "…"`, as the word holding it. */
export function shellScript(argv: readonly Word[]): Word | undefined {
  if (argv.length < 2) return undefined
  const name = programName(argv[0].value)
  if (SHELLS.has(name)) {
    const flag = argv.findIndex((w, i) => i > 0 && isScriptFlag(w.value))
    return flag === -1 ? undefined : argv[flag + 1]
  }
  if (name === 'cmd') {
    const flag = argv.findIndex((w, i) => i > 0 && /^\/[ck]$/i.test(w.value))
    return flag !== -1 && argv.length === flag + 2 ? argv[flag + 1] : undefined
  }
  return undefined
}

const WSL_VALUE_FLAGS = new Set(['-d', '--distribution', '-u', '--user', '--cd'])

/**
 * The command a wrapper runs: `cmd /c npx …` (with separate words), `wsl [-d distro] …`, `env FOO=1 …`.
 * Anything else is returned as is.
 */
export function unwrap(argv: readonly Word[]): Word[] {
  let current = [...argv]
  for (let depth = 0; depth < 4 && current.length > 1; depth++) {
    const name = programName(current[0].value)
    let rest: Word[] | undefined
    if (name === 'cmd') {
      const flag = current.findIndex((w, i) => i > 0 && /^\/[ck]$/i.test(w.value))
      // A single word after /c is a script (see shellScript); separate words are the command itself.
      if (flag !== -1 && current.length > flag + 2) rest = current.slice(flag + 1)
    } else if (name === 'wsl') {
      let i = 1
      while (i < current.length && current[i].value.startsWith('-')) {
        const flag = current[i].value
        if (flag === '-e' || flag === '--exec' || flag === '--') {
          i++
          break
        }
        i += WSL_VALUE_FLAGS.has(flag) ? 2 : 1
      }
      rest = current.slice(i)
    } else if (name === 'env') {
      let i = 1
      while (
        i < current.length &&
        (current[i].value.startsWith('-') || /^[A-Za-z_][A-Za-z0-9_]*=/.test(current[i].value))
      )
        i += current[i].value === '-u' ? 2 : 1
      rest = current.slice(i)
    }
    if (!rest || rest.length === 0) return current
    current = rest
  }
  return current
}
