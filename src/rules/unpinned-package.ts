import { describePath } from '../schema/validate.js'
import {
  invocations,
  launches,
  packageRuns,
  parseSpec,
  reportAt,
  type PackageRun,
  type PackageSpec
} from './_command.js'
import type { Rule, RuleReport } from './types.js'
import { hasPlaceholder } from '../placeholders.js'

/** How to write a pinned spec, and how to find the version to pin, per ecosystem. */
function pinAdvice(run: PackageRun, spec: PackageSpec): string {
  if (spec.pin === 'git-branch') return `pin a commit: "${spec.name}${run.ecosystem === 'npm' ? '#' : '@'}<commit sha>"`
  if (run.ecosystem === 'npm')
    return `pin an exact version: "${spec.name}@X.Y.Z" (\`npm view ${spec.name} version\` prints the newest)`
  if (run.ecosystem === 'python')
    return `pin an exact version: "${spec.name}==X.Y.Z" (\`pip index versions ${spec.name}\` lists them)`
  return `pin a version tag or, better, a digest: "${spec.name}:X.Y.Z" or "${spec.name}@sha256:…"`
}

/** A stand-in for a value a script writes later: `<AUTO_GENERATED>`, `${VERSION}`, `{version}`. */
function isTemplate(version: string): boolean {
  return /^<[A-Za-z0-9_ .-]{1,80}>$/.test(version) || hasPlaceholder(version)
}

/** What the spec leaves open, in words. */
function looseness(run: PackageRun, spec: PackageSpec): string {
  const what =
    run.ecosystem === 'docker'
      ? `the Docker image "${spec.name}"`
      : `the ${run.ecosystem === 'npm' ? 'npm' : 'Python'} package "${spec.name}"`
  switch (spec.pin) {
    case 'none':
      return run.ecosystem === 'docker'
        ? `runs ${what} without a tag, which means "latest"`
        : `runs ${what} through ${run.runner} without a version`
    case 'latest':
      return `runs ${what} pinned to "latest"`
    case 'range':
      return `runs ${what} with the version range "${spec.version}"`
    case 'tag':
      return `runs ${what} with the moving tag "${spec.version}"`
    default:
      return `runs ${what} from git ${spec.version ? `on the branch "${spec.version}"` : 'without a commit'}`
  }
}

/**
 * A package that npx, bunx, pnpm dlx, yarn dlx, npm exec, uvx, pipx run or docker run downloads at
 * each start without a fixed version: whatever is published next runs on every machine, unreviewed.
 */
export const unpinnedPackage: Rule = {
  id: 'unpinned-package',
  defaultSeverity: 'warning',
  preset: 'strict',
  description: 'A package run through npx, uvx, pipx, bunx, dlx or docker without a pinned version.',
  checkFile({ profile, servers }) {
    const reports: RuleReport[] = []
    const seen = new Set<string>()
    // A switched-off server is one click from running, so its package is checked too.
    for (const launch of launches(servers, profile, { includeDisabled: true })) {
      for (const argv of invocations(launch)) {
        for (const run of packageRuns(argv)) {
          const spec = parseSpec(run)
          if (spec.pin === 'exact' || spec.pin === 'other') continue
          // A version a release script fills in (`<AUTO_GENERATED>`, `${VERSION}`) is pinned once published.
          if (spec.version !== undefined && isTemplate(spec.version)) continue
          const key = `${JSON.stringify(run.spec.at)}|${run.spec.value}`
          if (seen.has(key)) continue
          seen.add(key)
          reports.push({
            message: `${describePath(run.spec.at)} ${looseness(run, spec)}: which release runs depends on when each machine fetches it, so colleagues run different code and a new (or hijacked) release runs unreviewed; ${pinAdvice(run, spec)}`,
            ...reportAt(run.spec, launch.server)
          })
        }
      }
    }
    return reports
  }
}
