import { programName, type Word } from './shell-words.js'

/** The packages that npx, uvx, pipx, bunx, dlx and docker run, and the options they were given. */

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
