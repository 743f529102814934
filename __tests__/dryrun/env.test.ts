import {
  baseEnvironment,
  credentialValues,
  inheritedEnvironment,
  isAllowedVariable,
  isDeniedVariable,
  serverEnvironment
} from '../../src/dryrun/env.js'

const runner = {
  PATH: '/usr/bin:/bin',
  HOME: '/home/runner',
  LANG: 'C.UTF-8',
  LC_ALL: 'C.UTF-8',
  TMPDIR: '/tmp',
  GITHUB_TOKEN: 'ghp_runnertoken000000000000000000000000',
  GITHUB_PERSONAL_ACCESS_TOKEN: 'ghp_pat',
  ACTIONS_RUNTIME_TOKEN: 'runtime',
  ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'oidc',
  ACTIONS_ID_TOKEN_REQUEST_URL: 'https://oidc',
  ACTIONS_CACHE_URL: 'https://cache',
  'INPUT_GITHUB-TOKEN': 'ghp_input',
  AWS_SECRET_ACCESS_KEY: 'aws',
  OPENAI_API_KEY: 'sk-user',
  BASH_FUNC_x: '() { echo pwned; }'
}

describe('the environment of a dry-run server', () => {
  test('keeps only the allow-list by default', () => {
    expect(Object.keys(baseEnvironment(runner, [], 'linux')).sort()).toEqual([
      'HOME',
      'LANG',
      'LC_ALL',
      'PATH',
      'TMPDIR'
    ])
  })

  test('adds the variables the user passes explicitly', () => {
    expect(baseEnvironment(runner, ['OPENAI_API_KEY'], 'linux').OPENAI_API_KEY).toBe('sk-user')
  })

  test('never passes runner credentials, not even when named explicitly', () => {
    const env = baseEnvironment(
      runner,
      [
        'GITHUB_TOKEN',
        'GITHUB_PERSONAL_ACCESS_TOKEN',
        'ACTIONS_RUNTIME_TOKEN',
        'ACTIONS_ID_TOKEN_REQUEST_TOKEN',
        'ACTIONS_ID_TOKEN_REQUEST_URL',
        'ACTIONS_CACHE_URL',
        'INPUT_GITHUB-TOKEN'
      ],
      'linux'
    )
    expect(Object.keys(env).sort()).toEqual(['HOME', 'LANG', 'LC_ALL', 'PATH', 'TMPDIR'])
  })

  test('skips values that are exported shell functions', () => {
    expect(baseEnvironment(runner, ['BASH_FUNC_x'], 'linux').BASH_FUNC_x).toBeUndefined()
  })

  test('denies GITHUB_*TOKEN*, ACTIONS_* and INPUT_* names in any case', () => {
    for (const name of ['GITHUB_TOKEN', 'github_token', 'GITHUB_APP_TOKEN_X', 'ACTIONS_RESULTS_URL', 'INPUT_PATHS'])
      expect(isDeniedVariable(name)).toBe(true)
    for (const name of ['GH_PAGER', 'GITHUB_WORKSPACE', 'PATH', 'MY_TOKEN']) expect(isDeniedVariable(name)).toBe(false)
  })

  test('allows the Windows system variables only on Windows, case-insensitively', () => {
    expect(isAllowedVariable('SystemRoot', 'win32')).toBe(true)
    expect(isAllowedVariable('SYSTEMROOT', 'linux')).toBe(false)
    expect(
      Object.keys(
        baseEnvironment({ Path: 'C:\\Windows', SystemRoot: 'C:\\Windows', GITHUB_TOKEN: 'x' }, [], 'win32')
      ).sort()
    ).toEqual(['Path', 'SystemRoot'])
  })

  test("the server's own env entries win over the base and the host's additions", () => {
    expect(
      serverEnvironment(
        { PATH: '/bin', HOME: '/h' },
        { CLAUDE_PROJECT_DIR: '/repo' },
        { PATH: '/opt/bin', API_KEY: 'k' }
      )
    ).toEqual({ PATH: '/opt/bin', HOME: '/h', CLAUDE_PROJECT_DIR: '/repo', API_KEY: 'k' })
  })
})

describe('the inherited environment (mcpcop doctor on a developer machine)', () => {
  it('gives servers every variable, but no exported shell function', () => {
    const env = inheritedEnvironment(runner)
    expect(Object.keys(env).sort()).toEqual(
      Object.keys(runner)
        .filter((k) => k !== 'BASH_FUNC_x')
        .sort()
    )
  })

  it('still withholds runner credentials inside GitHub Actions', () => {
    const env = inheritedEnvironment({ ...runner, GITHUB_ACTIONS: 'true' })
    expect(env.GITHUB_TOKEN).toBeUndefined()
    expect(env.GITHUB_PERSONAL_ACCESS_TOKEN).toBeUndefined()
    expect(env['INPUT_GITHUB-TOKEN']).toBeUndefined()
    expect(env.ACTIONS_RUNTIME_TOKEN).toBeUndefined()
    expect(env.OPENAI_API_KEY).toBe('sk-user')
  })

  it('masks the values of variables named like credentials, or that look like one', () => {
    const values = credentialValues(
      { PATH: '/usr/bin', HOME: '/home/me', OPENAI_API_KEY: 'k1', DB_PASSWORD: 'p', NOTES: 'ghp_lookslikeatoken' },
      (value) => value.startsWith('ghp_')
    )
    expect(values.sort()).toEqual(['ghp_lookslikeatoken', 'k1', 'p'])
  })
})
