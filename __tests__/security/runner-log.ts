/**
 * The GitHub Actions runner's rules for workflow commands in a step's output, as the runner applies
 * them (actions/runner, src/Runner.Worker/ActionCommandManager.cs and ActionCommand.cs), so a test
 * can read a log exactly as the runner would and see which commands took effect:
 *
 * - the output is split into lines at `\r\n`, `\n` and a lone `\r`;
 * - a "v2" command is a line that, after leading white space, starts with `::name props::data`;
 * - otherwise a "v1" command is `##[name props]data` anywhere in the line;
 * - only registered names count (case-insensitive): the built-in commands, and while commands are
 *   stopped only the token given to `stop-commands`, which resumes them.
 */

/** One command the runner processed. */
export interface RunnerCommand {
  name: string
  properties: Record<string, string>
  data: string
  /** Line number in the output (1-based). */
  line: number
}

/** What the runner made of a step's output. */
export interface RunnerLog {
  commands: RunnerCommand[]
  /** The `error`, `warning` and `notice` commands: the annotations the step created. */
  annotations: RunnerCommand[]
  /** Commands were stopped and never resumed: everything after was ignored. */
  stoppedAtEnd: boolean
}

const BUILT_IN = [
  'error',
  'warning',
  'notice',
  'debug',
  'group',
  'endgroup',
  'add-mask',
  'set-output',
  'save-state',
  'set-env',
  'add-path',
  'add-matcher',
  'remove-matcher',
  'echo',
  'stop-commands'
]

const DATA_ESCAPES: [string, string][] = [
  ['%0D', '\r'],
  ['%0A', '\n'],
  ['%25', '%']
]
const PROPERTY_ESCAPES: [string, string][] = [
  ['%0D', '\r'],
  ['%0A', '\n'],
  ['%3A', ':'],
  ['%2C', ','],
  ['%25', '%']
]
// v1 commands use their own escapes (ActionCommand._escapeMappings).
const V1_ESCAPES: [string, string][] = [
  [';', '%3B'],
  ['\r', '%0D'],
  ['\n', '%0A'],
  [']', '%5D'],
  ['%', '%AZP25']
].map(([token, replacement]) => [replacement, token])

function unescape(text: string, mappings: [string, string][]): string {
  let out = text
  for (const [replacement, token] of mappings) out = out.split(replacement).join(token)
  return out
}

function parseV2(line: string, registered: Set<string>): Omit<RunnerCommand, 'line'> | undefined {
  const message = line.trimStart()
  if (!message.startsWith('::')) return undefined
  const end = message.indexOf('::', 2)
  if (end < 0) return undefined
  const info = message.slice(2, end)
  const space = info.indexOf(' ')
  const name = space < 0 ? info : info.slice(0, space)
  if (!registered.has(name.toLowerCase())) return undefined
  const properties: Record<string, string> = {}
  if (space > 0) {
    for (const pair of info
      .slice(space + 1)
      .trim()
      .split(',')
      .filter(Boolean)) {
      const eq = pair.indexOf('=')
      if (eq > 0 && eq < pair.length - 1) properties[pair.slice(0, eq)] = unescape(pair.slice(eq + 1), PROPERTY_ESCAPES)
    }
  }
  return { name, properties, data: unescape(message.slice(end + 2), DATA_ESCAPES) }
}

function parseV1(line: string, registered: Set<string>): Omit<RunnerCommand, 'line'> | undefined {
  const prefix = line.indexOf('##[')
  if (prefix < 0) return undefined
  const close = line.indexOf(']', prefix)
  if (close < 0) return undefined
  const info = line.slice(prefix + 3, close)
  const space = info.indexOf(' ')
  const name = space < 0 ? info : info.slice(0, space)
  if (!registered.has(name.toLowerCase())) return undefined
  const properties: Record<string, string> = {}
  if (space > 0) {
    for (const pair of info
      .slice(space + 1)
      .split(';')
      .filter(Boolean)) {
      const eq = pair.indexOf('=')
      if (eq > 0 && eq < pair.length - 1) properties[pair.slice(0, eq)] = unescape(pair.slice(eq + 1), V1_ESCAPES)
    }
  }
  return { name, properties, data: unescape(line.slice(close + 1), V1_ESCAPES) }
}

/** Reads a step's output the way the runner does. */
export function readRunnerLog(output: string): RunnerLog {
  const registered = new Set(BUILT_IN)
  let stopToken: string | undefined
  const commands: RunnerCommand[] = []
  output.split(/\r\n|\n|\r/).forEach((line, index) => {
    if (line === '') return
    const command = parseV2(line, registered) ?? parseV1(line, registered)
    if (!command) return
    const name = command.name.toLowerCase()
    if (stopToken !== undefined) {
      if (name === stopToken.toLowerCase()) {
        registered.delete(stopToken.toLowerCase())
        stopToken = undefined
        commands.push({ ...command, line: index + 1 })
      }
      return
    }
    if (name === 'stop-commands') {
      stopToken = command.data
      registered.add(stopToken.toLowerCase())
    }
    commands.push({ ...command, line: index + 1 })
  })
  return {
    commands,
    annotations: commands.filter((c) => ['error', 'warning', 'notice'].includes(c.name.toLowerCase())),
    stoppedAtEnd: stopToken !== undefined
  }
}
