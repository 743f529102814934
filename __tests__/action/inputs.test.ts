import { checksWholeWorkspace, parseInputs } from '../../src/action/inputs.js'

const from =
  (values: Record<string, string>) =>
  (name: string): string =>
    values[name] ?? ''

describe('parseInputs', () => {
  it('takes the defaults of action.yml for empty inputs', () => {
    expect(parseInputs(from({}))).toEqual({
      paths: [],
      failOn: 'error',
      dryRun: false,
      dryRunTimeoutMs: 30000,
      dryRunConcurrency: 8,
      allowUntrustedDryRun: false,
      comment: 'auto',
      commentKey: 'default',
      githubToken: ''
    })
  })

  it('reads every input', () => {
    const inputs = parseInputs(
      from({
        paths: '.mcp.json\n  .cursor/**/mcp.json  \n\n',
        config: 'ci/mcpcop.yaml',
        'fail-on': 'warning',
        'dry-run': 'true',
        'dry-run-timeout': '5000',
        'dry-run-concurrency': '2',
        'allow-untrusted-dry-run': 'False',
        comment: 'always',
        'comment-key': 'nightly.v2',
        'sarif-file': 'results/mcp.sarif',
        'report-file': 'out/report.json',
        'github-token': 'ghs_abc'
      })
    )
    expect(inputs).toEqual({
      paths: ['.mcp.json', '.cursor/**/mcp.json'],
      config: 'ci/mcpcop.yaml',
      failOn: 'warning',
      dryRun: true,
      dryRunTimeoutMs: 5000,
      dryRunConcurrency: 2,
      allowUntrustedDryRun: false,
      comment: 'always',
      commentKey: 'nightly.v2',
      sarifFile: 'results/mcp.sarif',
      reportFile: 'out/report.json',
      githubToken: 'ghs_abc'
    })
  })

  it.each([
    [{ 'fail-on': 'critical' }, 'input "fail-on" is "critical"; use one of error, warning, notice, never'],
    [{ comment: 'sometimes' }, 'input "comment" is "sometimes"; use one of auto, always, never'],
    [{ 'dry-run': 'yes' }, 'input "dry-run" is "yes"; use true or false'],
    [{ 'dry-run-timeout': '2.5' }, 'input "dry-run-timeout" is "2.5"; use a whole number above 0'],
    [{ 'dry-run-concurrency': '0' }, 'input "dry-run-concurrency" is "0"; use a whole number above 0'],
    [
      { 'comment-key': 'a -->' },
      'input "comment-key" is "a -->"; use letters, digits, ".", "_" and "-" only (at most 64)'
    ]
  ])('refuses %j', (values, message) => {
    expect(() => parseInputs(from(values as Record<string, string>))).toThrow(message)
  })
})

describe('checksWholeWorkspace', () => {
  it.each([
    [{}, true],
    [{ INPUT_PATHS: '' }, true],
    [{ INPUT_PATHS: ' .\n' }, true],
    [{ INPUT_PATHS: '.\n\n.' }, true],
    [{ INPUT_PATHS: 'configs' }, false],
    [{ INPUT_PATHS: '.\n.cursor/mcp.json' }, false],
    [{ INPUT_PATHS: './' }, false]
  ] as [NodeJS.ProcessEnv, boolean][])('%j: %s', (env, whole) => {
    expect(checksWholeWorkspace(env)).toBe(whole)
    // The same paths as the action reads them.
    const paths = parseInputs((name) => (name === 'paths' ? (env.INPUT_PATHS ?? '') : '')).paths
    expect(paths.every((p) => p === '.')).toBe(whole)
  })
})
