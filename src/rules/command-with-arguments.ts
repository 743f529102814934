import { launches, reportAt } from './support/launch.js'
import { assignment, stringList } from './support/message-text.js'
import { isCommandLine, splitWords } from './support/shell-words.js'
import { quotable } from '../mask.js'
import type { Rule, RuleReport } from './types.js'

/**
 * A whole command line in `command` ("npx -y pkg"). Hosts start the program without a shell, so
 * they look for one program named "npx -y pkg" and fail with spawn ENOENT. A program path that
 * holds spaces ("C:\Program Files\nodejs\node.exe") is not a command line.
 */
export const commandWithArguments: Rule = {
  id: 'command-with-arguments',
  defaultSeverity: 'error',
  description: 'A whole command line in "command", which hosts run as one program name.',
  messages: {
    commandLine: '"{{command}}" is a whole command line, which {{host}} runs as one program name'
  },
  checkFile(file) {
    const { host, profile } = file
    // A command array (opencode's) already holds the arguments.
    if (profile.launch.command === 'argv') return []
    const reports: RuleReport[] = []
    for (const { server, command, args } of launches(file, { includeDisabled: false })) {
      if (!command?.whole || !isCommandLine(command.value)) continue
      const [program, ...rest] = splitWords(command.value.trim())
      const fixedArgs = [...rest, ...args.map((a) => a.value)]
      reports.push({
        messageId: 'commandLine',
        data: { command: quotable(command.value, 60), host: host.name },
        help: `${host.name} starts "command" as one program, without a shell, so it looks for a program with that whole name and the server fails to start (spawn ENOENT); put the program alone in "command" and each argument in "args": ${assignment(file, 'command', JSON.stringify(program))}, ${assignment(file, 'args', stringList(fixedArgs))}.`,
        ...reportAt(command, server)
      })
    }
    return reports
  }
}
