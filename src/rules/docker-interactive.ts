import { invocations, launches, reportAt } from './support/launch.js'
import { dockerRun, type DockerOption } from './support/package-runners.js'
import type { Word } from './support/shell-words.js'
import type { Rule, RuleReport } from './types.js'

/** Whether a boolean option of `docker run` is on: present, and not `=false`. */
function isOn(options: readonly DockerOption[], names: readonly string[]): DockerOption | undefined {
  return options.find((o) => names.includes(o.name) && o.value?.value.trim().toLowerCase() !== 'false')
}

/**
 * A stdio server started with `docker run` (or podman) that cannot talk over its standard streams: without
 * `-i` the container's standard input is closed, so the server reads end-of-file and exits; with `-t` docker
 * refuses to start when its own input is not a terminal ("the input device is not a TTY"), which a host's
 * pipe never is; with `-d` the container runs in the background and the host talks to docker, not to the
 * server. Only the command that stays in the foreground is read (the last of a shell script's), and only
 * for a server its host starts as a process.
 */
export const dockerInteractive: Rule = {
  id: 'docker-interactive',
  defaultSeverity: 'error',
  description: 'A stdio server started with docker run without -i, or with -t or -d.',
  messages: {
    noStdin:
      '"-i" is missing: the container\'s standard input is closed, so the server never reads {{host}}\'s requests',
    tty: '"{{option}}" asks for a terminal, which {{host}} does not give: docker stops ("the input device is not a TTY")',
    detached: '"{{option}}" runs the container in the background, so {{host}} talks to docker, not to the server'
  },
  checkFile(context) {
    const { host } = context
    const reports: RuleReport[] = []
    for (const launch of launches(context, { includeDisabled: false })) {
      if (launch.server.transport !== 'stdio') continue
      const all = invocations(launch)
      const argv = all[all.length - 1]
      const run = argv ? dockerRun(argv) : undefined
      if (!run) continue
      const report = (messageId: string, word: Word, data: Record<string, string>, help: string): void => {
        reports.push({ messageId, data: { host: host.name, ...data }, help, ...reportAt(word, launch.server) })
      }
      const detached = isOn(run.options, ['d', 'detach'])
      if (detached) {
        const option = detached.name === 'd' ? '-d' : '--detach'
        report(
          'detached',
          detached.word,
          { option },
          `A stdio server answers on the standard streams of the process ${host.name} starts; detached, that process prints the container's id and exits, so the server never answers (the container keeps running). Remove ${option} and keep "-i".`
        )
        continue
      }
      const interactive = isOn(run.options, ['i', 'interactive'])
      if (!interactive) {
        const publishes = run.options.some((o) => o.name === 'p' || o.name === 'publish' || o.name === 'P')
        report(
          'noStdin',
          argv[0],
          {},
          `${host.name} sends its requests to the server's standard input; docker connects none without -i, so the server reads end-of-file and exits ("Connection closed", "Server disconnected"). Add "-i" after "run" (with "--rm", so that stopped containers do not pile up)${publishes ? '; if the server serves HTTP on the port the container publishes, start the container yourself and give the host its url instead' : ''}.`
        )
        continue
      }
      const tty = isOn(run.options, ['t', 'tty'])
      if (tty && run.runner === 'docker run')
        report(
          'tty',
          tty.word,
          { option: tty.name === 't' ? '-t' : '--tty' },
          `${host.name} starts the server with pipes, not a terminal, and docker refuses -t with -i on a pipe; even where it starts, a terminal rewrites the messages' line ends. Use "-i" alone.`
        )
    }
    return reports
  }
}
