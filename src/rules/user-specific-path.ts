import type { ParsedDocument } from '../parse/source.js'
import { fieldSyntaxesOf, LEADING_HOME_TILDE, syntaxesIn, variableFor, type HostProfile } from '../hosts/profile.js'
import { isRecord } from '../hosts/util.js'
import { hasPlaceholder } from '../placeholders.js'
import type { PointerPath, Server } from '../types.js'
import { invocations, launchOf, type LaunchContext } from './support/launch.js'
import { dockerRun } from './support/package-runners.js'
import { stringsUnder } from './support/document.js'
import { expandsField } from './support/placeholder-tokens.js'
import { valueAt } from './support/walk.js'
import { envReference } from './placeholder-syntax.js'
import type { Rule, RuleReport } from './types.js'

/** The fields that hold paths a server is started with (opencode's `environment`, Zed's nested `command` included). */
const FIELDS = ['command', 'args', 'cwd', 'env', 'environment', 'envFile'] as const

/**
 * A home directory of one named user: `/Users/alice`, `/home/alice`, `C:\Users\alice`, WSL's
 * `/mnt/c/Users/alice`. It may start the value or follow `=`, `,` or a space (`--dir=/home/alice/x`);
 * not `:`, since after a colon comes the container side of a Docker volume (`data:/home/node`).
 */
const HOME =
  /(?:^|[\s=,;'"(])((?:\/mnt\/[a-z]\/|[A-Za-z]:[\\/]{1,2})Users[\\/]{1,2}([^\\/\s:;,'"]+)|\/Users\/([^/\s:;,'"]+)|\/home\/([^/\s:;,'"]+))/

/**
 * Shared folders that every machine has, users that CI runners are, and the users of dev container images
 * (`/home/vscode` in Microsoft's images, `/home/codespace` in Codespaces): the same for everyone who opens them.
 */
const NOT_A_PERSON = new Set(['shared', 'public', 'default', 'all users', 'runner', 'linuxbrew', 'vscode', 'codespace'])

/** A user name written to be replaced (`/Users/YOUR_USERNAME`, `/home/your-username`, `C:\Users\YourName`): a template. */
const TEMPLATE_USER = /^(?:(?:your|my)[-_ ]?)?(?:user[-_ ]?name|user|name)$/i

/** `~` at the start of the value, or of an option's value (`--dir=~/x`). */
const TILDE = /(?:^|=)~(?:[\\/]|$)/

/** The way to write the user's home directory in the entry's key `field`, if the host has one: its own variable, else the environment's HOME. */
function homeReference(profile: HostProfile, field: string): string | undefined {
  return variableFor(profile, 'home') ?? envReference(syntaxesIn(profile.placeholders, field), 'HOME')
}

/** Whether the host reads a leading `~` in the entry's key `field` as the home folder (see `fieldSyntaxes`). */
function tildeExpandedIn(profile: HostProfile, field: string): boolean {
  return fieldSyntaxesOf(profile.placeholders, field)?.homeTilde === true
}

/** Options of `docker run` whose values are paths on the host; every other argument is the container's business. */
const DOCKER_HOST_PATHS = new Set(['v', 'volume', 'mount', 'env-file', 'label-file', 'cidfile'])

/**
 * For a server started with `docker run`: the arguments that name host paths, as string nodes. Paths
 * elsewhere in its arguments (`-e HOME=/home/node`, `-w /home/app`) live inside the container.
 */
function dockerHostArgs(
  context: LaunchContext & { doc: ParsedDocument },
  server: Server
): { path: PointerPath; value: string; isKey: boolean }[] | undefined {
  const { doc } = context
  const launch = launchOf(context, server)
  const docker =
    launch &&
    invocations(launch)
      .map(dockerRun)
      .find((run) => run !== undefined)
  if (!docker) return undefined
  const nodes = new Map<string, { path: PointerPath; value: string; isKey: boolean }>()
  for (const option of docker.options) {
    // The whole written string: `--env-file=/home/bob/.env` is one argument.
    const written = option.value && !option.value.key ? valueAt(doc.value, option.value.at) : undefined
    if (DOCKER_HOST_PATHS.has(option.name) && typeof written === 'string')
      nodes.set(JSON.stringify(option.value?.at), { path: option.value?.at ?? [], value: written, isKey: false })
  }
  return [...nodes.values()]
}

/** Whether a value may hold what this rule reports: a home directory `HOME` matches, or a `~`. */
function mayNameAHome(value: string): boolean {
  return value.includes('Users') || value.includes('/home/') || value.includes('~')
}

/** The user-specific part of a value, if any. */
export function homePath(value: string): string | undefined {
  // Every home directory HOME matches has `Users` or `/home/` in it: most strings have neither.
  if (!value.includes('Users') && !value.includes('/home/')) return undefined
  const match = HOME.exec(value)
  if (!match) return undefined
  const user = match[2] ?? match[3] ?? match[4] ?? ''
  if (NOT_A_PERSON.has(user.toLowerCase()) || TEMPLATE_USER.test(user) || hasPlaceholder(user) || /^[<{[%$]/.test(user))
    return undefined
  return match[1]
}

/**
 * Paths that exist only on one person's machine (`/Users/alice/...`, `/home/bob/...`, `C:\Users\carol\...`),
 * and `~`, which hosts do not expand because servers are started without a shell (except where the profile
 * says a key takes a leading `~`, as the Amazon Q CLI's `command` does).
 */
export const userSpecificPath: Rule = {
  id: 'user-specific-path',
  defaultSeverity: 'warning',
  description: "A path with ~ or into one person's home directory, which colleagues do not have.",
  messages: {
    homePath: '"{{prefix}}" is one person\'s home directory, which colleagues do not have',
    tildeProgram: '"{{value}}" starts with "~", which {{host}} does not expand, so the path is not found',
    tildeArgument: '"{{value}}" has a "~" that {{host}} does not expand: the server gets it as it is'
  },
  checkFile(context) {
    const { doc, host, profile, servers, strings } = context
    const reports: RuleReport[] = []
    // How the host writes the home and project folders in each key, for the fixes: read once a finding needs them.
    const references = new Map<string, { home?: string; project?: string }>()
    const referencesOf = (field: string): { home?: string; project?: string } => {
      let found = references.get(field)
      if (!found)
        references.set(
          field,
          (found = { home: homeReference(profile, field), project: variableFor(profile, 'project') })
        )
      return found
    }
    for (const server of servers) {
      if (server.disabled || !isRecord(valueAt(doc.value, server.pointer))) continue
      // Every finding is of a value with a home folder (`Users`, `/home/`) or a `~` in it: most entries have none.
      if (!strings.of(server).some((node) => !node.isKey && mayNameAHome(node.value))) continue
      const dockerArgs = dockerHostArgs(context, server)
      for (const field of FIELDS) {
        const base: PointerPath = [...server.pointer, field]
        // A field the host passes as written (Factory's `args`) takes no variable for the home folder.
        const referencesHere = (): { home?: string; project?: string } =>
          expandsField(profile, server, base) ? referencesOf(field) : {}
        const nodes = dockerArgs && field === 'args' ? dockerArgs : stringsUnder(strings.of(server), base)
        for (const node of nodes) {
          if (node.isKey) continue
          const prefix = homePath(node.value)
          if (prefix) {
            const { home, project } = referencesHere()
            const fixes = [
              project ? `a path inside the project ("${project}/…")` : 'a path relative to the project',
              home ? `"${home}/…" for a file in each user's home` : undefined
            ]
              .filter(Boolean)
              .join(' or ')
            const fix =
              profile.readFrom === 'user-folder'
                ? `${host.name} reads its config from each user's own settings folder, so a committed copy is an example: write an obvious placeholder ("/path/to/…") and tell readers to replace it`
                : `use ${fixes}`
            const report: RuleReport = {
              messageId: 'homePath',
              data: { prefix },
              help: `Colleagues have no such path, so the server fails on their machines; ${fix}.`,
              at: node.path,
              server: server.name
            }
            // A committed copy of a file each user keeps in their own folder is an example, not what runs.
            if (profile.readFrom === 'user-folder') report.severity = 'notice'
            reports.push(report)
          } else if (
            node.value.includes('~') &&
            TILDE.test(node.value) &&
            // The Amazon Q CLI expands a leading `~` in `command` itself.
            !(tildeExpandedIn(profile, field) && LEADING_HOME_TILDE.test(node.value))
          ) {
            const isProgram = field === 'command' || field === 'cwd'
            const { home } = referencesHere()
            const instead = home
              ? `write "${home}" instead of "~"`
              : 'write the absolute path, or a path relative to the project'
            reports.push({
              messageId: isProgram ? 'tildeProgram' : 'tildeArgument',
              data: { value: node.value, host: host.name },
              help: `Servers are started without a shell, so nothing expands "~"${isProgram ? '' : ', and the program works only if it expands "~" itself'}; ${instead}.`,
              at: node.path,
              server: server.name
            })
          }
        }
      }
    }
    return reports
  }
}
