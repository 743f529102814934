import type { HostProfile } from '../hosts/profile.js'
import { hasPlaceholder } from '../placeholders.js'
import { invocations, launches, reportAt } from './support/launch.js'
import { programName, shellScript, type Word } from './support/shell-words.js'
import type { Rule, RuleReport } from './types.js'

/** Files that a program takes as its script, by extension. */
const SCRIPT = /\.(?:[cm]?[jt]sx?|py|pyw|sh|bash|zsh|rb|pl|php|ps1|jar|dll|lua|exs?|jl)$/i

/** Programs that run a script given as their first argument. */
const INTERPRETERS =
  /^(?:node|nodejs|bun|deno|tsx|ts-node|python[\d.]*|py|pypy[\d.]*|ruby|perl|php|bash|sh|zsh|dash|pwsh|powershell|java|dotnet|uv)$/

/** Options whose value is code or a module name, not a file. */
const CODE_OPTIONS = new Set(['-c', '-e', '-m', '--eval', '-p', '--print', '-Command', '-command'])

/** Runners that download packages: their positional words are package names, not files. */
const RUNNERS = /^(?:npx|bunx|pnpx|pnpm|yarn|npm|uvx|pipx|docker|podman)$/

/** Folders that builds and installs create and repositories usually ignore. */
const GENERATED = new Set([
  'dist',
  'build',
  'out',
  'target',
  'lib-cjs',
  '.venv',
  'venv',
  'node_modules',
  '.build',
  '__pycache__',
  '.tox',
  '.next'
])

const isRelativePath = (value: string): boolean =>
  value !== '' && !/^(?:[/\\~]|[A-Za-z]:[\\/]|[A-Za-z][\w+.-]*:\/\/|-|@)/.test(value) && !hasPlaceholder(value)

/** The words of a command that name files the program needs: a relative program path and script arguments. */
function scriptWords(argv: readonly Word[]): { word: Word; isProgram: boolean }[] {
  if (argv.length === 0) return []
  const found: { word: Word; isProgram: boolean }[] = []
  const [program, ...args] = argv
  if (isRelativePath(program.value) && /[\\/]/.test(program.value)) found.push({ word: program, isProgram: true })
  const name = programName(program.value)
  // Paths given to a container are the container's.
  if (name === 'docker' || name === 'podman') return found
  const runner = RUNNERS.test(name)
  // The script of `bash -lc "…"` is code, read word by word as its own invocation.
  const inline = shellScript(argv)
  let positional = 0
  for (let i = 0; i < args.length; i++) {
    const value = args[i].value
    if (args[i] === inline) continue
    if (CODE_OPTIONS.has(value)) {
      i++
      continue
    }
    if (value.startsWith('-')) continue
    positional++
    if (!isRelativePath(value)) continue
    const hasSeparator = /[\\/]/.test(value)
    // A runner's bare words are package names (`chart.js`); only paths are files.
    if (runner) {
      if (hasSeparator && SCRIPT.test(value)) found.push({ word: args[i], isProgram: false })
      continue
    }
    const firstOfInterpreter = positional === 1 && INTERPRETERS.test(name) && /^\.{1,2}[\\/]/.test(value)
    if (SCRIPT.test(value) || firstOfInterpreter) found.push({ word: args[i], isProgram: false })
  }
  return found
}

/** Joins and normalises relative paths with `/`; undefined when the result leaves the working directory. */
function resolve(...parts: string[]): string | undefined {
  const out: string[] = []
  for (const part of parts.join('/').replace(/\\/g, '/').split('/')) {
    if (part === '' || part === '.') continue
    if (part === '..') {
      if (out.length === 0) return undefined
      out.pop()
    } else out.push(part)
  }
  return out.join('/')
}

/**
 * The folder relative paths resolve against, relative to the working directory, or undefined when it
 * cannot be known here (an absolute or templated `cwd`, or one the host may or may not honour). A host
 * that ignores `cwd` starts the server in the project folder whatever it says.
 */
function cwdFolder(root: string, cwd: string, profile: HostProfile): string | undefined {
  if (profile.launch.cwd.honoured !== true) return undefined
  // The host's own name for the project folder (`${workspaceFolder}`) at the start of cwd.
  const project = Object.entries(profile.placeholders.variables)
    .filter(([, held]) => held === 'project')
    .map(([name]) => name)
  const inProject = project.reduce(
    (path, name) =>
      path === `\${${name}}` || path.startsWith(`\${${name}}/`) || path.startsWith(`\${${name}}\\`)
        ? `.${path.slice(name.length + 3)}`
        : path,
    cwd
  )
  if (!isRelativePath(inProject) && inProject !== '.') return undefined
  return resolve(root, inProject)
}

/** The path a script has from `cwd`, as a host that honoured it would look for it. */
function cwdMeant(root: string, cwd: string, uv: string | undefined, word: string): string | undefined {
  if (!isRelativePath(cwd)) return undefined
  return resolve(root, cwd, uv ?? '', word)
}

/** `uv --directory DIR run server.py` runs in DIR. */
function uvDirectory(argv: readonly Word[]): string | null | undefined {
  if (programName(argv[0]?.value ?? '') !== 'uv') return undefined
  const i = argv.findIndex((w) => w.value === '--directory' || w.value.startsWith('--directory='))
  if (i === -1) return undefined
  const value = argv[i].value.includes('=') ? argv[i].value.slice(argv[i].value.indexOf('=') + 1) : argv[i + 1]?.value
  return value !== undefined && isRelativePath(value) ? value : null
}

/** Whether a path lies in a build or install folder that does not exist (yet): not ours to judge. */
function inMissingGeneratedFolder(path: string, exists: (p: string) => boolean): boolean {
  const parts = path.split('/')
  return parts.some((part, i) => GENERATED.has(part) && !exists(parts.slice(0, i + 1).join('/')))
}

/**
 * A relative script or program path that is not in the repository, resolved the way the host does
 * (its profile): from the entry's `cwd` where the host honours it, else from the project folder, also
 * when the entry sets a `cwd` the host ignores. A host that starts servers from its own folder (Claude
 * Desktop) finds no relative path in the repository, so one there is reported without looking.
 */
export const missingScript: Rule = {
  id: 'missing-script',
  defaultSeverity: 'error',
  description: 'A relative script path that does not exist in the repository.',
  messages: {
    notFound: '{{role}} "{{path}}" is not in the repository (looked for "{{resolved}}")',
    ignoredByGit: '{{role}} "{{path}}" is ignored by git (looked for "{{resolved}}"): it must be built first',
    hostFolder: '{{role}} "{{path}}" is relative, but {{host}} starts servers from its own folder'
  },
  checkFile(context) {
    const { path, host, profile, exists, ignoredByGit } = context
    // Without a view of the repository (an editor buffer, a test), absence proves nothing. Both asked
    // only once a script word is found: most files name none, and need no file system at all.
    let seesRepository: boolean | undefined
    let root: string | undefined
    const cwdIgnored = profile.launch.cwd.honoured === false
    const reports: RuleReport[] = []
    const seen = new Set<string>()
    for (const launch of launches(context, { includeDisabled: false })) {
      const [main, ...scripted] = invocations(launch)
      // After a `cd` in an inline script, its relative paths point elsewhere.
      const changesFolder = /(?:^|[\s;&|(])(?:cd|pushd|chdir|Set-Location)\s/i.test(shellScript(main)?.value ?? '')
      for (const argv of changesFolder ? [main] : [main, ...scripted]) {
        const uv = uvDirectory(argv)
        for (const { word, isProgram } of scriptWords(argv)) {
          const key = `${JSON.stringify(word.at)}|${word.value}`
          if (seen.has(key)) continue
          seen.add(key)
          const role = isProgram ? 'program' : 'script'
          if (profile.launch.startsIn === 'host-folder') {
            if (launch.cwd && !cwdIgnored) continue
            reports.push({
              messageId: 'hostFolder',
              data: { role, path: word.value, host: host.name },
              help: `${host.name} starts servers from its own folder, not from this repository, so a relative path is not found (its documentation asks for absolute paths); write the absolute path on each machine.`,
              severity: 'warning',
              ...reportAt(word, launch.server)
            })
            continue
          }
          if (!(seesRepository ??= exists(path)) || uv === null) continue
          root ??= profile.projectRoot(path)
          const cwd = launch.cwd?.value
          const base = cwd === undefined || cwdIgnored ? root : cwdFolder(root, cwd, profile)
          if (base === undefined) continue
          const resolved = resolve(base, uv ?? '', word.value)
          if (
            resolved === undefined ||
            resolved === '' ||
            exists(resolved) ||
            inMissingGeneratedFolder(resolved, exists)
          )
            continue
          // Where the author meant it, if the host honoured the cwd it ignores.
          const meant = cwd !== undefined && cwdIgnored ? cwdMeant(root, cwd, uv, word.value) : undefined
          const since =
            cwd !== undefined && cwdIgnored
              ? `It is looked for there since ${host.name} ignores "cwd" and starts the server in the project folder. `
              : cwd !== undefined
                ? `It is looked for there since "cwd" is "${cwd}". `
                : uv
                  ? `It is looked for there since uv runs in --directory "${uv}". `
                  : ''
          const effect = isProgram
            ? `${host.name} cannot start the server (spawn ENOENT)`
            : `the server exits as soon as ${host.name} starts it`
          const data = { role, path: word.value, resolved }
          // A path git ignores is a build output: it exists once built, and was never meant to be committed.
          if (ignoredByGit?.(resolved)) {
            reports.push({
              messageId: 'ignoredByGit',
              data,
              help: `${since}It is built, not committed, so ${effect} until it is built: build it before starting (and say so in the README).`,
              severity: 'warning',
              ...reportAt(word, launch.server)
            })
            continue
          }
          const fix =
            meant !== undefined && exists(meant)
              ? `write the path from the project folder ("${meant.slice(root === '' ? 0 : root.length + 1)}") and remove "cwd"`
              : 'fix the path or commit the file'
          reports.push({
            messageId: 'notFound',
            data,
            help: `${since}Without it ${effect}; ${fix}.`,
            ...reportAt(word, launch.server)
          })
        }
      }
    }
    return reports
  }
}
