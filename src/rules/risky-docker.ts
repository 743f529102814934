import { isWholeHome } from './support/home.js'
import { invocations, launches, reporterOnce } from './support/launch.js'
import { dockerRun, type DockerOption } from './support/package-runners.js'
import type { Rule, RuleReport } from './types.js'

/** The host side of a bind mount: `-v SRC:DST[:opts]` (a Windows drive letter is not a separator), `--mount src=…`. */
export function mountSource(option: DockerOption): string | undefined {
  const value = option.value?.value.trim()
  if (value === undefined) return undefined
  if (option.name === 'mount') {
    const source = value
      .split(',')
      .map((part) => part.split('='))
      .find(([key]) => key === 'source' || key === 'src')
    return source?.[1]
  }
  const drive = /^[A-Za-z]:[\\/]/.test(value) ? 2 : 0
  const colon = value.indexOf(':', drive)
  return colon === -1 ? value : value.slice(0, colon)
}

const ROOT = /^(?:\/+\.?|[A-Za-z]:[\\/]*)$/
const SOCKET = /(?:docker|podman)\.sock$|^(?:\\\\\.\\pipe\\docker_engine|\/\/\.\/pipe\/docker_engine)$/i

/** Which message a mount gets and what it gives away, or undefined for a scoped one. */
function mountRisk(source: string): { messageId: string; risk: string } | undefined {
  if (ROOT.test(source))
    return {
      messageId: 'rootMount',
      risk: 'The server can read, and unless the mount ends in ":ro" write, every file on the machine'
    }
  if (isWholeHome(source))
    return {
      messageId: 'homeMount',
      risk: 'The server can read SSH keys, cloud credentials, browser profiles and tokens'
    }
  if (SOCKET.test(source))
    return {
      messageId: 'socketMount',
      risk: 'Whoever controls the container controls Docker, and through it the host as root'
    }
  return undefined
}

/**
 * `docker run` (or podman) options that take the container boundary away: `--privileged`, the host
 * network, and bind mounts of the host root, a home directory or the Docker socket.
 */
export const riskyDocker: Rule = {
  id: 'risky-docker',
  defaultSeverity: 'warning',
  description: 'docker run with --privileged, the host network, or the host root, home or Docker socket mounted.',
  messages: {
    privileged: 'the container runs with "--privileged": every capability and the host\'s devices',
    hostNetwork: 'the container runs on the host\'s network ("--{{option}} host")',
    rootMount: 'the host\'s root directory ("{{source}}") is mounted into the container',
    homeMount: 'a whole home directory ("{{source}}") is mounted into the container',
    socketMount: 'the Docker socket ("{{source}}") is mounted into the container'
  },
  checkFile(context) {
    const reports: RuleReport[] = []
    // One report per word and message: the same option met again (through sh -c and directly) is reported once.
    const report = reporterOnce(
      reports,
      (word, messageId, data) => `${JSON.stringify(word.at)}|${messageId}|${JSON.stringify(data)}`
    )
    // Switched-off servers too: one click runs them.
    for (const launch of launches(context, { includeDisabled: true })) {
      for (const argv of invocations(launch)) {
        const run = dockerRun(argv)
        if (!run) continue
        for (const option of run.options) {
          const value = option.value?.value.trim()
          if (option.name === 'privileged' && value !== 'false') {
            report(
              option.word,
              launch.server,
              'privileged',
              {},
              'A compromised or malicious server can take over the machine; remove it (add single capabilities with --cap-add if the server truly needs them).'
            )
          } else if ((option.name === 'network' || option.name === 'net') && value === 'host' && option.value) {
            report(
              option.value,
              launch.server,
              'hostNetwork',
              { option: option.name },
              'The server reaches every service listening on this machine and its network (databases, admin ports, cloud metadata) that the container would otherwise not see; remove it (a stdio server needs no network option; publish a port with -p if it serves one).'
            )
          } else if ((option.name === 'v' || option.name === 'volume' || option.name === 'mount') && option.value) {
            const source = mountSource(option)
            const mount = source === undefined ? undefined : mountRisk(source)
            if (mount && source !== undefined)
              report(
                option.value,
                launch.server,
                mount.messageId,
                { source },
                `${mount.risk}; mount only the folder the server needs (the project, or one data folder), read-only where it can be.`
              )
          }
        }
      }
    }
    return reports
  }
}
