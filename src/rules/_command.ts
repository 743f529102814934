import type { HostProfile } from '../hosts/profile.js'
import { hasPlaceholder } from '../placeholders.js'
import type { PointerPath, Server } from '../types.js'

/**
 * How a stdio server is started, read from the document so findings point at the exact word:
 * the program, its arguments, wrappers such as `cmd /c` and `wsl`, inline shell scripts, and the
 * packages that npx, uvx, pipx, bunx, dlx and docker run. Shared by the "commands and paths" rules.
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

/** A server's program and arguments, where they are written. */
export interface Launch {
  server: Server
  command?: Word
  args: Word[]
  cwd?: Word
}

const REMOTE = new Set(['http', 'sse', 'ws'])

/**
 * The launch of a server that starts a process, or undefined for a remote one. Each word points at
 * the string its adapter read it from (`command`, `args[i]`, opencode's `command[i]`, Zed's nested
 * `command.path`); a word the adapter built (a registry package's command line) points at the entry.
 */
export function launchOf(server: Server, profile: HostProfile): Launch | undefined {
  // Every rule asks for the same servers: read each once.
  if (launchCache.has(server)) return launchCache.get(server)
  const launch = readLaunch(server, profile)
  launchCache.set(server, launch)
  return launch
}

const launchCache = new WeakMap<Server, Launch | undefined>()
const invocationCache = new WeakMap<Launch, Word[][]>()

function readLaunch(server: Server, profile: HostProfile): Launch | undefined {
  if (server.command === undefined) return undefined
  // A client connects to a remote entry's url and ignores its command; a server's manifest (a registry
  // package) keeps its command, which starts the process that then serves HTTP.
  if (REMOTE.has(server.transport) && profile.role !== 'manifest') return undefined
  const p = server.pointer
  const word = (value: string, at: PointerPath | undefined): Word =>
    at ? { value, at, whole: true } : { value, at: p, key: typeof p[p.length - 1] === 'string', whole: false }
  const launch: Launch = {
    server,
    command: word(server.command, server.fields.command),
    args: (server.args ?? []).map((arg, i) => word(arg, server.fields.args?.[i]))
  }
  if (server.cwd !== undefined) launch.cwd = word(server.cwd, server.fields.cwd)
  return launch
}

/** Every launch in a file, optionally without the servers that are switched off. */
export function launches(
  servers: readonly Server[],
  profile: HostProfile,
  options: { includeDisabled: boolean }
): Launch[] {
  return servers.flatMap((server) => {
    if (server.disabled && !options.includeDisabled) return []
    const launch = launchOf(server, profile)
    return launch ? [launch] : []
  })
}

/** The program a command names, as the OS looks it up: `C:\nodejs\npx.cmd` → `npx`. */
export function programName(command: string): string {
  const base = command.trim().split(/[\\/]/).pop() ?? ''
  return base.toLowerCase().replace(/\.(exe|cmd|bat|com|ps1)$/, '')
}

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

/** The inline script of `sh -c "…"`, `bash -lc "…"` or `cmd /c "…"`, as the word holding it. */
export function shellScript(argv: readonly Word[]): Word | undefined {
  if (argv.length < 2) return undefined
  const name = programName(argv[0].value)
  if (SHELLS.has(name)) {
    const flag = argv.findIndex((w, i) => i > 0 && /^-[a-zA-Z]*c[a-zA-Z]*$/.test(w.value))
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

/**
 * Every command a launch runs, each as its words: the program with its arguments (a whole command
 * line in `command` split into words, wrappers removed), then each simple command of an inline
 * shell script (`sh -c "npx -y pkg && …"`).
 */
export function invocations(launch: Launch): readonly (readonly Word[])[] {
  const cached = invocationCache.get(launch)
  if (cached) return cached
  const out = readInvocations(launch)
  invocationCache.set(launch, out)
  return out
}

function readInvocations(launch: Launch): Word[][] {
  if (!launch.command) return []
  const head = isCommandLine(launch.command.value) ? splitWord(launch.command) : [launch.command]
  const argv = unwrap([...head, ...launch.args])
  const out = [argv]
  const script = shellScript(argv)
  if (script) {
    for (const words of splitScript(script.value)) {
      out.push(unwrap(words.map((value) => ({ ...script, value, whole: false }))))
    }
  }
  return out
}

/** Which package ecosystem a runner installs from. */
export type Ecosystem = 'npm' | 'python' | 'docker'

/** A package that a runner downloads and starts. */
export interface PackageRun {
  /** The runner as users write it: `npx`, `uvx`, `pnpm dlx`, `docker run`, ... */
  runner: string
  ecosystem: Ecosystem
  /** The package spec (`pkg@1.2.3`, `pkg==1.2`, `image:tag`), where it is written. */
  spec: Word
}

/** What npx-style runners were told: their packages and whether they may install without asking. */
export interface NpxCall {
  runner: string
  /** The word naming the runner (`npx`, or `exec` of `npm exec`). */
  at: Word
  packages: Word[]
  /** `-y`/`--yes` before the package: install without asking. */
  yes: boolean
  /** `--no`/`--no-install`: never install, so never ask. */
  noInstall: boolean
  /** `-y` given after the package name, where npx passes it to the package instead. */
  lateYes?: Word
}

/** A `--flag=value` word's value, as a word pointing at the same string. */
function valueOf(word: Word): Word {
  const text = word.value.trim()
  return { ...word, value: text.slice(text.indexOf('=') + 1), whole: false }
}

const NPX_VALUE_FLAGS = new Set([
  '--registry',
  '--cache',
  '--userconfig',
  '--prefix',
  '-w',
  '--workspace',
  '--node-options',
  '--script-shell',
  '--shell',
  '--loglevel'
])

/** npx, `npm exec`/`npm x`, bunx/`bun x`, pnpx/`pnpm dlx` and `yarn dlx`, with the index of their first own option. */
function npxRunner(argv: readonly Word[]): { runner: string; start: number; at: Word } | undefined {
  const name = programName(argv[0]?.value ?? '')
  if (name === 'npx' || name === 'bunx' || name === 'pnpx') return { runner: name, start: 1, at: argv[0] }
  const sub = (names: string[]): number => argv.findIndex((w, i) => i > 0 && names.includes(w.value.trim()))
  const firstPositional = argv.findIndex((w, i) => i > 0 && !w.value.trim().startsWith('-'))
  const pick = (names: string[], runner: string): { runner: string; start: number; at: Word } | undefined => {
    const i = sub(names)
    return i !== -1 && i === firstPositional ? { runner, start: i + 1, at: argv[i] } : undefined
  }
  if (name === 'npm') return pick(['exec', 'x'], 'npm exec')
  if (name === 'bun') return pick(['x'], 'bunx')
  if (name === 'pnpm') return pick(['dlx'], 'pnpm dlx')
  if (name === 'yarn') return pick(['dlx'], 'yarn dlx')
  return undefined
}

/** The packages and flags of an npx-style call, or undefined when `argv` is not one. */
export function npxCall(argv: readonly Word[]): NpxCall | undefined {
  const found = npxRunner(argv)
  if (!found) return undefined
  const call: NpxCall = { runner: found.runner, at: found.at, packages: [], yes: false, noInstall: false }
  const takesCommand = found.runner === 'npx' || found.runner === 'npm exec'
  let hasCall = false
  let i = found.start
  for (; i < argv.length; i++) {
    const word = argv[i]
    // Surrounding whitespace is another rule's finding; read the word as its author meant it.
    const v = word.value.trim()
    if (v === '--') {
      i++
      break
    }
    if (v === '-y' || v === '--yes' || v === '--yes=true') call.yes = true
    else if (v === '--no' || v === '--no-install' || v === '--yes=false' || v === '--no-yes') call.noInstall = true
    else if (v === '-p' || v === '--package') {
      if (argv[i + 1]) call.packages.push(argv[i + 1])
      i++
    } else if (v.startsWith('--package=')) call.packages.push(valueOf(word))
    else if (takesCommand && (v === '-c' || v === '--call')) {
      hasCall = true
      i++
    } else if (NPX_VALUE_FLAGS.has(v)) i++
    else if (!v.startsWith('-')) break
  }
  const positional = argv[i]
  // With -p the positional word names a binary of those packages; with -c there is no positional.
  if (call.packages.length === 0 && positional && !hasCall) call.packages.push(positional)
  if (positional && !call.yes)
    call.lateYes = argv.slice(i + 1).find((w) => w.value.trim() === '-y' || w.value.trim() === '--yes')
  return call
}

const UVX_VALUE_FLAGS = new Set([
  '--from',
  '--with',
  '--with-editable',
  '--with-requirements',
  '-w',
  '--python',
  '-p',
  '--index',
  '--index-url',
  '-i',
  '--extra-index-url',
  '--default-index',
  '--find-links',
  '-f',
  '--directory',
  '--project',
  '--cache-dir',
  '--config-file',
  '--constraints',
  '-c',
  '--overrides',
  '--build-constraints',
  '-b',
  '--env-file',
  '--color',
  '--python-preference',
  '--index-strategy',
  '--keyring-provider',
  '--resolution',
  '--prerelease',
  '--exclude-newer',
  '--exclude-newer-package',
  '--reinstall-package',
  '--upgrade-package',
  '-P',
  '--refresh-package',
  '--link-mode',
  '--allow-insecure-host',
  '--no-binary-package',
  '--no-build-package',
  '--config-setting',
  '-C',
  '--fork-strategy'
])

const PIPX_VALUE_FLAGS = new Set(['--spec', '--python', '--pip-args', '--index-url', '-i', '--backend'])

function pythonRuns(argv: readonly Word[]): PackageRun[] {
  const name = programName(argv[0]?.value ?? '')
  let runner: string
  let start: number
  if (name === 'uvx') {
    runner = 'uvx'
    start = 1
  } else if (
    name === 'uv' &&
    argv[1]?.value.trim() === 'tool' &&
    (argv[2]?.value.trim() === 'run' || argv[2]?.value.trim() === 'uvx')
  ) {
    runner = 'uv tool run'
    start = 3
  } else if (name === 'pipx' && argv[1]?.value.trim() === 'run') {
    runner = 'pipx run'
    start = 2
  } else return []
  const flags = runner === 'pipx run' ? PIPX_VALUE_FLAGS : UVX_VALUE_FLAGS
  const fromFlags = runner === 'pipx run' ? ['--spec'] : ['--from']
  const specs: Word[] = []
  let from = false
  let i = start
  for (; i < argv.length; i++) {
    const v = argv[i].value.trim()
    if (v === '--') {
      i++
      break
    }
    const eq = v.indexOf('=')
    const flag = v.startsWith('--') && eq !== -1 ? v.slice(0, eq) : v
    const isFrom = fromFlags.includes(flag)
    const isWith = runner !== 'pipx run' && flag === '--with'
    if (eq !== -1 && v.startsWith('--')) {
      if (isFrom || isWith) specs.push(valueOf(argv[i]))
      from ||= isFrom
    } else if (flags.has(v)) {
      if ((isFrom || isWith) && argv[i + 1]) specs.push(argv[i + 1])
      from ||= isFrom
      i++
    } else if (!v.startsWith('-')) break
  }
  // With --from (or --spec) the positional word names the command to run, not a package.
  if (!from && argv[i]) specs.push(argv[i])
  return specs.flatMap((spec) => splitCommaSpecs(spec)).map((spec) => ({ runner, ecosystem: 'python' as const, spec }))
}

/** `--with a,b` names two packages. */
function splitCommaSpecs(word: Word): Word[] {
  if (!word.value.includes(',') || /:\/\//.test(word.value)) return [word]
  return word.value
    .split(',')
    .filter(Boolean)
    .map((value) => ({ ...word, value, whole: false }))
}

/** Options of `docker run` that take a value (long names without dashes, and short letters). */
const DOCKER_VALUE_OPTIONS = new Set(
  (
    'add-host annotation attach blkio-weight blkio-weight-device cap-add cap-drop cgroup-parent cgroupns cidfile cpu-count ' +
    'cpu-percent cpu-period cpu-quota cpu-rt-period cpu-rt-runtime cpu-shares cpus cpuset-cpus cpuset-mems detach-keys device ' +
    'device-cgroup-rule device-read-bps device-read-iops device-write-bps device-write-iops dns dns-opt dns-option dns-search ' +
    'domainname entrypoint env env-file expose gpus group-add health-cmd health-interval health-retries health-start-interval ' +
    'health-start-period health-timeout hostname io-maxbandwidth io-maxiops ip ip6 ipc isolation kernel-memory label label-file ' +
    'link link-local-ip log-driver log-opt mac-address memory memory-reservation memory-swap memory-swappiness mount name net ' +
    'net-alias network network-alias oom-score-adj pid pids-limit platform publish pull restart runtime security-opt shm-size ' +
    'stop-signal stop-timeout storage-opt sysctl tmpfs ulimit user userns uts volume volume-driver volumes-from workdir ' +
    'secret arch os variant env-host'
  ).split(' ')
)
const DOCKER_SHORT_VALUE = new Set(['a', 'c', 'e', 'h', 'l', 'm', 'p', 'u', 'v', 'w'])
const DOCKER_GLOBAL_VALUE = new Set([
  '--context',
  '-c',
  '--host',
  '-H',
  '--config',
  '--log-level',
  '-l',
  '--tlscacert',
  '--tlscert',
  '--tlskey',
  '--url',
  '--connection'
])

/** One option of `docker run`: its name without dashes (`privileged`, `v`, `network`) and its value. */
export interface DockerOption {
  name: string
  word: Word
  value?: Word
}

/** `docker run` / `podman run` / `docker container run`: its options and image, or undefined. */
export function dockerRun(
  argv: readonly Word[]
): { runner: string; options: DockerOption[]; image?: Word } | undefined {
  const name = programName(argv[0]?.value ?? '')
  if (name !== 'docker' && name !== 'podman') return undefined
  let i = 1
  const at = (index: number): string | undefined => argv[index]?.value.trim()
  while (i < argv.length && at(i)?.startsWith('-')) i += DOCKER_GLOBAL_VALUE.has(at(i) ?? '') ? 2 : 1
  if (at(i) === 'container') i++
  if (at(i) !== 'run') return undefined
  const runner = `${name} run`
  const options: DockerOption[] = []
  for (i++; i < argv.length; i++) {
    const word = argv[i]
    const v = word.value.trim()
    if (v === '--') {
      i++
      break
    }
    if (v.startsWith('--')) {
      const eq = v.indexOf('=')
      const option = eq === -1 ? v.slice(2) : v.slice(2, eq)
      if (eq !== -1) options.push({ name: option, word, value: valueOf(word) })
      else if (DOCKER_VALUE_OPTIONS.has(option)) {
        options.push({ name: option, word, value: argv[i + 1] })
        i++
      } else options.push({ name: option, word })
    } else if (v.startsWith('-') && v.length > 1) {
      // A cluster of short options (`-it`); a value-taking letter takes the rest of the word or the next word.
      for (let c = 1; c < v.length; c++) {
        const letter = v[c]
        if (!DOCKER_SHORT_VALUE.has(letter)) {
          options.push({ name: letter, word })
          continue
        }
        if (c < v.length - 1)
          options.push({
            name: letter,
            word,
            value: { ...word, value: v.slice(c + 1).replace(/^=/, ''), whole: false }
          })
        else {
          options.push({ name: letter, word, value: argv[i + 1] })
          i++
        }
        break
      }
    } else break
  }
  return { runner, options, image: argv[i] }
}

/** Every package a command downloads and runs, with the runner that does it. */
export function packageRuns(argv: readonly Word[]): PackageRun[] {
  const npx = npxCall(argv)
  if (npx) return npx.packages.map((spec) => ({ runner: npx.runner, ecosystem: 'npm' as const, spec }))
  const python = pythonRuns(argv)
  if (python.length > 0) return python
  const docker = dockerRun(argv)
  if (docker?.image) return [{ runner: docker.runner, ecosystem: 'docker', spec: docker.image }]
  return []
}

/** How firmly a package spec fixes what runs. */
export type PinKind =
  /** an exact version, a commit or a digest */
  | 'exact'
  /** no version at all */
  | 'none'
  | 'latest'
  /** a version range (`^1.2`, `>=1`, `1.x`) */
  | 'range'
  /** a moving tag (`next`, `beta`) */
  | 'tag'
  /** a git source without a commit, or on a branch */
  | 'git-branch'
  /** a local path, a URL to an archive, or a placeholder: not ours to judge */
  | 'other'

/** A package spec taken apart. */
export interface PackageSpec {
  name: string
  version?: string
  pin: PinKind
}

const EXACT_SEMVER = /^[=v]?\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/
const MOVING_REFS = new Set([
  'main',
  'master',
  'develop',
  'dev',
  'head',
  'trunk',
  'latest',
  'stable',
  'next',
  'nightly'
])

/** A git ref pins when it is a commit hash or a version tag. */
function refPin(ref: string | undefined): PinKind {
  if (!ref) return 'git-branch'
  if (/^[0-9a-f]{7,40}$/i.test(ref) || /^v?\d+(?:\.\d+)+(?:[-+.][0-9A-Za-z.-]+)?$/.test(ref)) return 'exact'
  return MOVING_REFS.has(ref.toLowerCase()) ? 'git-branch' : 'exact'
}

const isLocal = (spec: string): boolean => /^(?:\.{1,2}(?:[\\/]|$)|[/~\\]|[A-Za-z]:[\\/]|file:)/.test(spec)

/** An npm package spec: `pkg`, `@scope/pkg@1.2.3`, `pkg@latest`, `github:user/repo#sha`, ... */
export function npmSpec(spec: string): PackageSpec {
  if (hasPlaceholder(spec) || isLocal(spec)) return { name: spec, pin: 'other' }
  const git =
    /^(?:git\+[a-z]+:\/\/|git:\/\/|github:|gitlab:|bitbucket:|gist:)(.*)$/i.exec(spec) ??
    (/^[\w.-]+\/[\w.-]+(?:#.*)?$/.test(spec) && !spec.startsWith('@') ? ['', spec] : null)
  if (git) {
    const [source, ref] = spec.split('#', 2)
    return { name: source, version: ref, pin: ref?.startsWith('semver:') ? 'range' : refPin(ref) }
  }
  if (/^https?:\/\//i.test(spec)) return { name: spec, pin: 'other' }
  const at = spec.indexOf('@', spec.startsWith('@') ? 1 : 0)
  if (at === -1) return { name: spec, pin: 'none' }
  const name = spec.slice(0, at)
  const version = spec.slice(at + 1)
  if (name.startsWith('npm:') || version === '') return { name: spec, pin: version === '' ? 'none' : 'other' }
  return { name, version, pin: versionPin(version) }
}

function versionPin(version: string): PinKind {
  if (version.toLowerCase() === 'latest') return 'latest'
  if (EXACT_SEMVER.test(version)) return 'exact'
  if (/^[\d^~<>=*xX.|\s-]+$/.test(version) || /\s|\|\||^[<>=^~]/.test(version)) return 'range'
  return 'tag'
}

/** A Python package spec for uvx/pipx: `pkg`, `pkg==1.2`, `pkg@1.2`, `pkg[extra]>=1`, `git+https://…@ref`. */
export function pythonSpec(spec: string): PackageSpec {
  if (hasPlaceholder(spec) || isLocal(spec)) return { name: spec, pin: 'other' }
  if (/^git\+/i.test(spec)) {
    const url = spec.replace(/#.*$/, '')
    const tail = url.slice(url.lastIndexOf('/') + 1)
    const at = tail.lastIndexOf('@')
    return {
      name: at === -1 ? url : url.slice(0, url.length - tail.length + at),
      version: at === -1 ? undefined : tail.slice(at + 1),
      pin: refPin(at === -1 ? undefined : tail.slice(at + 1))
    }
  }
  if (/^[a-z]+:\/\//i.test(spec) || / @ /.test(spec)) return { name: spec, pin: 'other' }
  const requirement = spec.replace(/;.*$/, '').trim()
  const match = /^([A-Za-z0-9][A-Za-z0-9._-]*)(\[[^\]]*\])?\s*(.*)$/.exec(requirement)
  if (!match) return { name: spec, pin: 'other' }
  const [, name, , rest] = match
  if (rest === '') return { name, pin: 'none' }
  if (rest.startsWith('@')) {
    const version = rest.slice(1)
    return {
      name,
      version,
      pin: version.toLowerCase() === 'latest' ? 'latest' : /^\d[\w.+!-]*$/.test(version) ? 'exact' : 'tag'
    }
  }
  const exact = /^={2,3}\s*([^,*\s]+)$/.exec(rest)
  if (exact) return { name, version: exact[1], pin: 'exact' }
  return { name, version: rest, pin: 'range' }
}

/** A Docker image reference: `image`, `image:tag`, `registry:5000/ns/image@sha256:…`. */
export function dockerSpec(spec: string): PackageSpec {
  if (hasPlaceholder(spec)) return { name: spec, pin: 'other' }
  const digest = spec.indexOf('@')
  if (digest !== -1) return { name: spec.slice(0, digest), version: spec.slice(digest + 1), pin: 'exact' }
  const slash = spec.lastIndexOf('/')
  const colon = spec.indexOf(':', slash + 1)
  if (colon === -1) return { name: spec, pin: 'none' }
  const tag = spec.slice(colon + 1)
  return { name: spec.slice(0, colon), version: tag, pin: tag.toLowerCase() === 'latest' ? 'latest' : 'exact' }
}

/** The spec of a package run, taken apart by its ecosystem's rules. */
export function parseSpec(run: PackageRun): PackageSpec {
  const spec = run.spec.value.trim()
  if (run.ecosystem === 'npm') return npmSpec(spec)
  if (run.ecosystem === 'python') return pythonSpec(spec)
  return dockerSpec(spec)
}

/** The report fields for a word: where it is, and the server it belongs to. */
export function reportAt(word: Word, server: Server): { at: PointerPath; key?: boolean; server: string } {
  return word.key ? { at: word.at, key: true, server: server.name } : { at: word.at, server: server.name }
}

/** A list of strings as a reader would write it in the config: `["-y", "pkg"]`. */
export function stringList(values: readonly string[]): string {
  return `[${values.map((v) => JSON.stringify(v)).join(', ')}]`
}

/** `key` set to `value` (JSON text) as the file's own syntax writes it: `"args": [...]`, `args = [...]`, `args: [...]`. */
export function assignment(
  file: { path: string; host: { syntax: string; syntaxFor?(path: string): string } },
  key: string,
  value: string
): string {
  const syntax = file.host.syntaxFor?.(file.path) ?? file.host.syntax
  if (syntax === 'toml') return `${key} = ${value}`
  if (syntax === 'yaml' || syntax === 'markdown-frontmatter') return `${key}: ${value}`
  return `"${key}": ${value}`
}
