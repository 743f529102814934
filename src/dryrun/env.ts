/**
 * The environment a dry-run server is started with. Config files arrive in pull requests, so a
 * server gets an allow-list of harmless variables, its own `env` entries and the names the user
 * passes explicitly, and never a runner credential (security brief, "token theft").
 */

/** Variables every server gets when the runner has them: enough to find programs and a home. */
export const ALLOWED_VARIABLES: readonly string[] = [
  'PATH',
  'HOME',
  'TMPDIR',
  'TEMP',
  'TMP',
  'LANG',
  'TERM',
  'SHELL',
  'USER'
]

/** Windows needs a few more for programs to start at all (names compared case-insensitively there). */
export const ALLOWED_WINDOWS_VARIABLES: readonly string[] = [
  'SYSTEMROOT',
  'APPDATA',
  'LOCALAPPDATA',
  'USERPROFILE',
  'COMSPEC',
  'PATHEXT'
]

/**
 * Whether a variable is a runner credential that no server may ever receive, even when named: GitHub tokens
 * (`GITHUB_…TOKEN…`), the Actions runtime and OIDC tokens (`ACTIONS_…`) and every action input (`INPUT_…`),
 * in any case. Tested by parts: `/^GITHUB_.*TOKEN.*$/i` took time quadratic in a name made of `TOKEN`s.
 */
export function isDeniedVariable(name: string): boolean {
  const upper = name.toUpperCase()
  if (upper.startsWith('GITHUB_')) return upper.includes('TOKEN', 'GITHUB_'.length)
  return upper.startsWith('ACTIONS_') || upper.startsWith('INPUT_')
}

/** Whether a variable belongs to the default allow-list (`LC_*` included). */
export function isAllowedVariable(name: string, platform: NodeJS.Platform = process.platform): boolean {
  const key = platform === 'win32' ? name.toUpperCase() : name
  if (ALLOWED_VARIABLES.includes(key) || key.startsWith('LC_')) return true
  return platform === 'win32' && ALLOWED_WINDOWS_VARIABLES.includes(key)
}

/**
 * The variables placeholders may read and servers may inherit: the allow-list plus the names the
 * user passes (`--pass-env`), taken from `source`. Denied names are dropped even when passed, and
 * values that look like exported shell functions are skipped, as the MCP SDK does.
 */
export function baseEnvironment(
  source: NodeJS.ProcessEnv,
  passEnv: readonly string[] = [],
  platform: NodeJS.Platform = process.platform
): Record<string, string> {
  const passed = new Set(passEnv.map((name) => (platform === 'win32' ? name.toUpperCase() : name)))
  const env: Record<string, string> = Object.create(null) as Record<string, string>
  for (const [name, value] of Object.entries(source)) {
    if (value === undefined || isDeniedVariable(name) || value.startsWith('()')) continue
    const key = platform === 'win32' ? name.toUpperCase() : name
    if (isAllowedVariable(name, platform) || passed.has(key)) env[name] = value
  }
  return env
}

/**
 * The whole environment, for a dry run on a developer's own machine (`mcpcop doctor`): the servers
 * get what the hosts started from the same shell would give them. Runner credentials are still
 * withheld when it runs inside GitHub Actions; exported shell functions are skipped as above.
 */
export function inheritedEnvironment(source: NodeJS.ProcessEnv): Record<string, string> {
  const inRunner = source.GITHUB_ACTIONS === 'true'
  const env: Record<string, string> = Object.create(null) as Record<string, string>
  for (const [name, value] of Object.entries(source)) {
    if (value === undefined || value.startsWith('()') || (inRunner && isDeniedVariable(name))) continue
    env[name] = value
  }
  return env
}

/** Variable names that usually hold a credential. */
const CREDENTIAL_NAME = /TOKEN|SECRET|PASSW(?:OR)?D|CREDENTIAL|API_?KEY|ACCESS_?KEY|PRIVATE|AUTH|COOKIE|SESSION/i

/**
 * The values of an inherited environment that must never be printed: those of variables named like
 * credentials, and any that looks like one. A server that echoes one on stderr gets it masked.
 */
export function credentialValues(
  env: Record<string, string>,
  looksSecret: (value: string, name: string) => boolean
): string[] {
  return Object.entries(env)
    .filter(([name, value]) => CREDENTIAL_NAME.test(name) || looksSecret(value, name))
    .map(([, value]) => value)
}

/**
 * The complete environment of one stdio server: the base environment, then the host's own
 * additions (Claude Code sets `CLAUDE_PROJECT_DIR`), then the server's resolved `env` entries,
 * which the config author chose and which therefore win.
 */
export function serverEnvironment(
  base: Record<string, string>,
  hostAdditions: Record<string, string>,
  serverEnv: Record<string, string> = {}
): Record<string, string> {
  return { ...base, ...hostAdditions, ...serverEnv }
}
