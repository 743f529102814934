import { errorLine, summariseIssues } from '../../src/dryrun/classify.js'

describe('summariseIssues', () => {
  it('folds one issue per item into one line per path', () => {
    const issues = Array.from({ length: 13 }, (_, i) => ({
      code: 'invalid_value',
      values: ['object'],
      path: ['tools', i, 'inputSchema', 'type'],
      message: 'Invalid input: expected "object"'
    }))
    expect(summariseIssues(JSON.stringify(issues, null, 2))).toBe(
      'tools[*].inputSchema.type: expected "object" (13 items)'
    )
  })

  it('keeps the first three kinds and counts the rest', () => {
    const issues = ['a', 'b', 'c', 'd', 'e'].map((key) => ({ path: [key], message: 'Required' }))
    expect(summariseIssues(JSON.stringify(issues))).toBe('a: Required; b: Required; c: Required; and 2 more')
  })

  it('falls back to the text itself when it is not a list of issues', () => {
    expect(summariseIssues('Invalid result\n  for tools/list')).toBe('Invalid result for tools/list')
  })
})

describe('errorLine', () => {
  it("finds Node's error line above the stack trace and the version line", () => {
    const stderr = [
      'file:///srv/app/server.js:12',
      '  const key = config.apiKey.trim()',
      '                           ^',
      '',
      "TypeError: Cannot read properties of undefined (reading 'trim')",
      '    at file:///srv/app/server.js:12:28',
      '    at ModuleJob.run (node:internal/modules/esm/module_job:234:25)',
      '',
      'Node.js v20.20.2'
    ]
    expect(errorLine(stderr)).toBe("TypeError: Cannot read properties of undefined (reading 'trim')")
  })

  it('reads a coded Node error and a Python exception', () => {
    expect(
      errorLine([
        "Error [ERR_MODULE_NOT_FOUND]: Cannot find package 'zod' imported from /srv/app/index.js",
        '    at packageResolve (node:internal/modules/esm/resolve:839:9) {',
        "  code: 'ERR_MODULE_NOT_FOUND'",
        '}',
        'Node.js v22.1.0'
      ])
    ).toBe("Error [ERR_MODULE_NOT_FOUND]: Cannot find package 'zod' imported from /srv/app/index.js")
    expect(
      errorLine([
        'Traceback (most recent call last):',
        '  File "/srv/server.py", line 3, in <module>',
        '    import httpx',
        "ModuleNotFoundError: No module named 'httpx'"
      ])
    ).toBe("ModuleNotFoundError: No module named 'httpx'")
  })

  it("gives npm's error code and cause rather than where its log is", () => {
    expect(
      errorLine([
        'npm error code E404',
        'npm error 404 Not Found - GET https://registry.npmjs.org/@acme%2fmcp-server - Not found',
        'npm error 404',
        "npm error 404  '@acme/mcp-server@*' is not in this registry.",
        'npm error A complete log of this run can be found in: /home/u/.npm/_logs/2026-01-01T00_00_00_000Z-debug-0.log'
      ])
    ).toBe('npm error E404: 404 Not Found - GET https://registry.npmjs.org/@acme%2fmcp-server - Not found')
  })

  it("gives npm's error line when it has no code (npx of a package without a program)", () => {
    expect(
      errorLine([
        'npm error could not determine executable to run',
        'npm error A complete log of this run can be found in: /home/u/.npm/_logs/2026-12-01T21_03_11_794Z-debug-0.log'
      ])
    ).toBe('npm error could not determine executable to run')
  })

  it('reads an error a logger wrote: after its timestamp and pid, or at its ERROR or FATAL level', () => {
    expect(errorLine(['[2026-12-02T04:31:55.123Z] pid 4127: Error: config.json not found'])).toBe(
      '[2026-12-02T04:31:55.123Z] pid 4127: Error: config.json not found'
    )
    expect(errorLine(['2026-12-02 04:31:55,123 ERROR could not reach the database', 'shutting down'])).toBe(
      '2026-12-02 04:31:55,123 ERROR could not reach the database'
    )
    expect(errorLine(['ERROR:root:GITHUB_TOKEN is not set'])).toBe('ERROR:root:GITHUB_TOKEN is not set')
    expect(errorLine(['[FATAL] port 3100 is in use'])).toBe('[FATAL] port 3100 is in use')
  })

  it('finds nothing in ordinary log lines', () => {
    expect(
      errorLine([
        '[2026-12-02T04:31:55Z] starting server',
        'error handling: enabled',
        'ERRORS: 0',
        'CRITICALITY=low',
        'listening on stdio'
      ])
    ).toBeUndefined()

    expect(errorLine(['starting server', 'listening on stdio', '    Error: indented, part of a stack'])).toBeUndefined()
  })
})
