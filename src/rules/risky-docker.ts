import { describePath } from '../describe-path.js'
import { invocations, launches, reportAt } from './support/launch.js'
import { dockerRun, type DockerOption } from './support/package-runners.js'
import type { Word } from './support/shell-words.js'
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

/** The whole home directory, however it is written; a folder inside it is fine. */
const HOME =
  /^(?:~|\$HOME|\$\{HOME\}|\$\{env:HOME\}|\{env:HOME\}|\$\{userHome\}|%USERPROFILE%|\$\{env:USERPROFILE\}|\$env:USERPROFILE|\/root|\/Users\/[^/\\]+|\/home\/[^/\\]+|[A-Za-z]:[\\/]Users[\\/][^/\\]+)[\\/]*$/
const ROOT = /^(?:\/+\.?|[A-Za-z]:[\\/]*)$/
const SOCKET = /(?:docker|podman)\.sock$|^(?:\\\\\.\\pipe\\docker_engine|\/\/\.\/pipe\/docker_engine)$/i

/** What a mount gives away, or undefined for a scoped one. */
function mountRisk(source: string): string | undefined {
  if (ROOT.test(source))
    return `mounts the host's root directory ("${source}") into the container: the server can read, and unless the mount ends in ":ro" write, every file on the machine`
  if (HOME.test(source))
    return `mounts a whole home directory ("${source}") into the container: the server can read SSH keys, cloud credentials, browser profiles and tokens`
  if (SOCKET.test(source))
    return `mounts the Docker socket ("${source}") into the container: whoever controls the container controls Docker, and through it the host as root`
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
  checkFile({ profile, servers }) {
    const reports: RuleReport[] = []
    const seen = new Set<string>()
    const report = (word: Word, server: (typeof servers)[number], message: string): void => {
      const key = `${JSON.stringify(word.at)}|${message}`
      if (seen.has(key)) return
      seen.add(key)
      reports.push({ message: `${describePath(word.at)} ${message}`, ...reportAt(word, server) })
    }
    // Switched-off servers too: one click runs them.
    for (const launch of launches(servers, profile, { includeDisabled: true })) {
      for (const argv of invocations(launch)) {
        const run = dockerRun(argv)
        if (!run) continue
        for (const option of run.options) {
          const value = option.value?.value.trim()
          if (option.name === 'privileged' && value !== 'false') {
            report(
              option.word,
              launch.server,
              `runs the container with "--privileged": it gets every capability and the host's devices, so a compromised or malicious server can take over the machine; remove it (add single capabilities with --cap-add if the server truly needs them)`
            )
          } else if ((option.name === 'network' || option.name === 'net') && value === 'host' && option.value) {
            report(
              option.value,
              launch.server,
              `puts the container on the host's network ("--${option.name} host"): the server reaches every service listening on this machine and its network (databases, admin ports, cloud metadata) that the container would otherwise not see; remove it (a stdio server needs no network option; publish a port with -p if it serves one)`
            )
          } else if ((option.name === 'v' || option.name === 'volume' || option.name === 'mount') && option.value) {
            const source = mountSource(option)
            const risk = source === undefined ? undefined : mountRisk(source)
            if (risk)
              report(
                option.value,
                launch.server,
                `${risk}; mount only the folder the server needs (the project, or one data folder), read-only where it can be`
              )
          }
        }
      }
    }
    return reports
  }
}
