import { hasPlaceholder } from '../../placeholders.js'
import type { PackageRun } from './package-runners.js'
import { LINE_BREAK } from '../../text.js'

/** Package specs taken apart by their ecosystem's rules, and how firmly each fixes what runs. */

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

/**
 * A version tag: `v1.2`, `1.2.3-rc.1`, `1.2.3+build`. Written so that no two parts can take the same
 * characters: `^v?\d+(?:\.\d+)+(?:[-+.][0-9A-Za-z.-]+)?$` matches the same tags, in time quadratic in a
 * ref such as `0.0.0.0…!`.
 */
const VERSION_TAG = /^v?\d+\.\d+(?:[-.][0-9A-Za-z.-]+|(?:\.\d+)*\+[0-9A-Za-z.-]+)?$/

/** A git ref pins when it is a commit hash or a version tag. */
function refPin(ref: string | undefined): PinKind {
  if (!ref) return 'git-branch'
  if (/^[0-9a-f]{7,40}$/i.test(ref) || VERSION_TAG.test(ref)) return 'exact'
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
    const url = spec.split('#', 1)[0]
    const tail = url.slice(url.lastIndexOf('/') + 1)
    const at = tail.lastIndexOf('@')
    return {
      name: at === -1 ? url : url.slice(0, url.length - tail.length + at),
      version: at === -1 ? undefined : tail.slice(at + 1),
      pin: refPin(at === -1 ? undefined : tail.slice(at + 1))
    }
  }
  if (/^[a-z]+:\/\//i.test(spec) || / @ /.test(spec)) return { name: spec, pin: 'other' }
  const requirement = spec.split(';', 1)[0].trim()
  // The name, its extras and the blanks after them, then the rest of that line: what
  // `/^([A-Za-z0-9][A-Za-z0-9._-]*)(\[[^\]]*\])?\s*(.*)$/` takes, in linear time (its `\s*(.*)$` backtracked
  // over a run of blanks followed by a line break).
  const head = /^([A-Za-z0-9][A-Za-z0-9._-]*)(\[[^\]]*\])?\s*/.exec(requirement)
  const rest = head ? requirement.slice(head[0].length) : ''
  if (!head || LINE_BREAK.test(rest)) return { name: spec, pin: 'other' }
  const name = head[1]
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
