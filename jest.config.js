// See: https://kulshekhar.github.io/ts-jest/docs/guides/esm-support
// Two projects: `unit` (the engine, hosts, rules, reporters, in process: `npm run test:unit`, fast enough
// to run on every save) and `integration` (what starts real processes or tools: dry runs and real MCP
// servers, git repositories, npm pack, @github/local-action, actionlint, the CLI as a child process, a
// hostile repository built on disk with FIFOs, whole action runs against the local GitHub API server).
// `npm test` runs both.

/** Test files that start processes, servers or tools (paths from the repository root). */
export const INTEGRATION = [
  '__tests__/action/local-action.test.ts',
  '__tests__/action/lock.test.ts',
  '__tests__/action/run.test.ts',
  '__tests__/action/scope.test.ts',
  '__tests__/cli/conveniences.test.ts',
  '__tests__/cli/process.test.ts',
  '__tests__/doctor/home.test.ts',
  '__tests__/doctor/project.test.ts',
  '__tests__/dryrun/action.test.ts',
  '__tests__/dryrun/cli.test.ts',
  '__tests__/dryrun/cwd.test.ts',
  '__tests__/dryrun/env-file.test.ts',
  '__tests__/dryrun/limits.test.ts',
  '__tests__/dryrun/lock.test.ts',
  '__tests__/dryrun/platform.test.ts',
  '__tests__/dryrun/poisoning.test.ts',
  '__tests__/dryrun/real-servers.test.ts',
  '__tests__/dryrun/stdio-faults.test.ts',
  '__tests__/dryrun/surface.test.ts',
  '__tests__/engine/git-discover.test.ts',
  '__tests__/engine/git-index-file.test.ts',
  '__tests__/engine/git-listing-timeout.test.ts',
  '__tests__/engine/git-listing-in-process.test.ts',
  '__tests__/engine/git-listing-output.test.ts',
  '__tests__/read-fifo.test.ts',
  '__tests__/engine/host-facts.test.ts',
  '__tests__/engine/plugin-server-files.test.ts',
  '__tests__/github/comments.test.ts',
  '__tests__/metadata.test.ts',
  '__tests__/package.test.ts',
  '__tests__/secrets/no-raw-output.test.ts',
  '__tests__/secrets/settings-file.test.ts',
  '__tests__/security/containment.test.ts',
  '__tests__/security/hostile-repo.test.ts',
  '__tests__/security/patterns.test.ts',
  '__tests__/security/interrupt.test.ts',
  '__tests__/security/settings-policy.test.ts',
  '__tests__/workflows.test.ts',
  '__tests__/write.test.ts',
  '__tests__/young-generation.test.ts'
]

/** @type {import('jest').Config} */
const shared = {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.json', diagnostics: { ignoreCodes: ['TS151001'] } }]
  }
}

const escape = (file) => file.replace(/[.]/g, '\\.')

/** @type {import('jest').Config} */
export default {
  testTimeout: 30000,
  projects: [
    {
      ...shared,
      displayName: 'unit',
      testMatch: ['<rootDir>/__tests__/**/*.test.ts'],
      testPathIgnorePatterns: ['/node_modules/', ...INTEGRATION.map((file) => `<rootDir>/${escape(file)}$`)]
    },
    {
      ...shared,
      displayName: 'integration',
      testMatch: INTEGRATION.map((file) => `<rootDir>/${file}`)
    }
  ]
}
