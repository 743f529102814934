import { invocations, launches, reportAt } from './support/launch.js'
import { packageRuns, type PackageRun } from './support/package-runners.js'
import { parseSpec, type PackageSpec } from './support/package-specs.js'
import type { MessageData, Rule, RuleReport } from './types.js'
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

/** Which message says what the spec leaves open. */
function messageIdOf(run: PackageRun, spec: PackageSpec): string {
  switch (spec.pin) {
    case 'none':
      return run.ecosystem === 'docker' ? 'noTag' : 'noVersion'
    case 'latest':
      return 'latest'
    case 'range':
      return 'range'
    case 'tag':
      return 'movingTag'
    default:
      return spec.version ? 'gitBranch' : 'gitNoCommit'
  }
}

const KIND = { npm: 'npm package', python: 'Python package', docker: 'Docker image' } as const

/**
 * A package that npx, bunx, pnpm dlx, yarn dlx, npm exec, uvx, pipx run or docker run downloads at
 * each start without a fixed version: whatever is published next runs on every machine, unreviewed.
 */
export const unpinnedPackage: Rule = {
  id: 'unpinned-package',
  defaultSeverity: 'warning',
  preset: 'strict',
  description: 'A package run through npx, uvx, pipx, bunx, dlx or docker without a pinned version.',
  messages: {
    noVersion: '{{kind}} "{{name}}" runs through {{runner}} without a version',
    noTag: '{{kind}} "{{name}}" runs without a tag, which means "latest"',
    latest: '{{kind}} "{{name}}" is pinned to "latest"',
    range: '{{kind}} "{{name}}" has the version range "{{version}}", not an exact version',
    movingTag: '{{kind}} "{{name}}" has the moving tag "{{version}}", not an exact version',
    gitBranch: '{{kind}} "{{name}}" comes from git on the branch "{{version}}", not a commit',
    gitNoCommit: '{{kind}} "{{name}}" comes from git without a commit'
  },
  checkFile(context) {
    const reports: RuleReport[] = []
    const seen = new Set<string>()
    // A switched-off server is one click from running, so its package is checked too.
    for (const launch of launches(context, { includeDisabled: true })) {
      for (const argv of invocations(launch)) {
        for (const run of packageRuns(argv)) {
          const spec = parseSpec(run)
          if (spec.pin === 'exact' || spec.pin === 'other') continue
          // A version a release script fills in (`<AUTO_GENERATED>`, `${VERSION}`) is pinned once published.
          if (spec.version !== undefined && isTemplate(spec.version)) continue
          const key = `${JSON.stringify(run.spec.at)}|${run.spec.value}`
          if (seen.has(key)) continue
          seen.add(key)
          const messageId = messageIdOf(run, spec)
          const data: MessageData = { kind: KIND[run.ecosystem], name: spec.name }
          if (messageId === 'noVersion') data.runner = run.runner
          if (spec.version !== undefined && !['latest', 'gitNoCommit'].includes(messageId)) data.version = spec.version
          reports.push({
            messageId,
            data,
            help: `Which release runs depends on when each machine fetches it, so colleagues run different code and a new (or hijacked) release runs unreviewed; ${pinAdvice(run, spec)}.`,
            ...reportAt(run.spec, launch.server)
          })
        }
      }
    }
    return reports
  }
}
