import { interpolate, resolveServer } from '../../src/dryrun/interpolate.js'
import type { PlaceholderSyntax } from '../../src/placeholders.js'
import { server } from './helpers.js'

const context = { env: { HOME: '/home/me', TOKEN: 't0k', EMPTY: '' }, variables: {} }
const fill = (value: string, syntaxes: PlaceholderSyntax[], variables: Record<string, string> = {}) =>
  interpolate(value, syntaxes, { ...context, variables })

describe('interpolate', () => {
  test('Claude Code: ${VAR} and ${VAR:-default}, bare $VAR stays literal', () => {
    expect(fill('Bearer ${TOKEN}', ['dollar-brace'])).toEqual({ value: 'Bearer t0k', missing: [] })
    expect(fill('${NOPE:-fallback}/${EMPTY:-e}', ['dollar-brace']).value).toBe('fallback/e')
    expect(fill('$TOKEN', ['dollar-brace'])).toEqual({ value: '$TOKEN', missing: [] })
    expect(fill('${env:TOKEN}', ['dollar-brace'])).toEqual({ value: '${env:TOKEN}', missing: [] })
  })

  test('a missing variable is reported with the placeholder as written', () => {
    expect(fill('${API_KEY}', ['dollar-brace'])).toEqual({
      value: '${API_KEY}',
      missing: [{ text: '${API_KEY}', name: 'API_KEY', kind: 'variable' }]
    })
  })

  test('VS Code, Cursor, Roo: ${env:X} and editor variables; ${VAR} stays literal', () => {
    const editor: PlaceholderSyntax[] = ['env-colon', 'input', 'editor-variable']
    const vars = { workspaceFolder: '/repo', userHome: '/home/me' }
    expect(fill('${env:TOKEN}|${workspaceFolder}/x|${userHome}', editor, vars).value).toBe('t0k|/repo/x|/home/me')
    expect(fill('${TOKEN}', editor, vars)).toEqual({ value: '${TOKEN}', missing: [] })
    expect(fill('${input:apiKey}', editor, vars).missing).toEqual([
      { text: '${input:apiKey}', name: 'apiKey', kind: 'input' }
    ])
    expect(fill('${command:pick}', editor, vars).missing).toEqual([
      { text: '${command:pick}', name: 'command:pick', kind: 'host-variable' }
    ])
  })

  test('opencode: {env:X} without a dollar, {file:path} is not read', () => {
    expect(fill('{env:TOKEN}', ['brace-env']).value).toBe('t0k')
    expect(fill('{file:~/.secrets/key}', ['brace-env']).missing).toEqual([
      { text: '{file:~/.secrets/key}', name: '~/.secrets/key', kind: 'file' }
    ])
    expect(fill('{env:TOKEN}', ['dollar-brace']).value).toBe('{env:TOKEN}')
  })

  test('Gemini: $VAR, ${VAR} and ${VAR:-default}', () => {
    expect(fill('$HOME/a ${TOKEN} ${X:-d}', ['dollar-brace', 'dollar']).value).toBe('/home/me/a t0k d')
    expect(fill('$MISSING', ['dollar-brace', 'dollar']).missing).toEqual([
      { text: '$MISSING', name: 'MISSING', kind: 'variable' }
    ])
  })

  test('Amp and Qwen Code: ${VAR} alone, a default left as written (the host looks up "VAR:-default")', () => {
    expect(fill('${TOKEN} ${NOPE:-d} ${TOKEN:-d}', ['dollar-brace-plain']).value).toBe('t0k ${NOPE:-d} ${TOKEN:-d}')
    expect(fill('$HOME ${TOKEN}', ['dollar-brace-plain', 'dollar']).value).toBe('/home/me t0k')
  })

  test('Continue and Copilot agents: ${{ secrets.X }} needs the host secret store', () => {
    expect(fill('${{ secrets.API_KEY }}', ['double-brace']).missing).toEqual([
      { text: '${{ secrets.API_KEY }}', name: 'secrets.API_KEY', kind: 'secret' }
    ])
  })

  test('MCP bundles: ${__dirname} and ${HOME} from the host, ${user_config.x} needs the user', () => {
    const vars = { __dirname: '/bundle', HOME: '/home/me' }
    expect(fill('${__dirname}/server/index.js', ['mcpb-variable'], vars).value).toBe('/bundle/server/index.js')
    expect(fill('${user_config.api_key}', ['mcpb-variable'], vars).missing).toEqual([
      { text: '${user_config.api_key}', name: 'user_config.api_key', kind: 'host-variable' }
    ])
  })

  test('a host without interpolation passes every placeholder through literally', () => {
    expect(fill('${TOKEN} $TOKEN {env:TOKEN} ${env:TOKEN}', [])).toEqual({
      value: '${TOKEN} $TOKEN {env:TOKEN} ${env:TOKEN}',
      missing: []
    })
  })

  test('a 1 MB value is handled in linear time', () => {
    const long = '${'.repeat(500_000)
    expect(fill(long, ['dollar-brace', 'dollar']).value).toBe(long)
  })
})

describe('resolveServer', () => {
  test('fills command, args, env, cwd, url and headers, and lists each missing name once', () => {
    const entry = server('s', {
      command: '${HOME}/bin/x',
      args: ['--token', '${A}', '${A}'],
      env: { K: '${TOKEN}' },
      cwd: '${HOME}',
      headers: { Authorization: 'Bearer ${B}' }
    })
    const { resolved, missing } = resolveServer(entry, { syntaxes: ['dollar-brace'], expandedIn: null }, context)
    expect(resolved).toEqual({
      command: '/home/me/bin/x',
      args: ['--token', '${A}', '${A}'],
      env: { K: 't0k' },
      cwd: '/home/me',
      url: undefined,
      headers: { Authorization: 'Bearer ${B}' }
    })
    expect(missing.map((m) => m.name)).toEqual(['A', 'B'])
  })
  test('leaves the fields a host passes as written (Factory fills env and headers only)', () => {
    const entry = server('s', {
      command: '${HOME}/bin/x',
      args: ['--token', '${A}'],
      env: { K: '${TOKEN}' },
      url: 'https://${HOST}/mcp',
      headers: { Authorization: 'Bearer ${B}' }
    })
    const { resolved, missing } = resolveServer(
      entry,
      { syntaxes: ['dollar-brace'], expandedIn: ['env', 'headers'] },
      context
    )
    expect(resolved.command).toBe('${HOME}/bin/x')
    expect(resolved.args).toEqual(['--token', '${A}'])
    expect(resolved.url).toBe('https://${HOST}/mcp')
    expect(resolved.env).toEqual({ K: 't0k' })
    expect(missing.map((m) => m.name)).toEqual(['B'])
  })
  test("fills a key the host expands its own way (the Amazon Q CLI's command: ~, $VAR, ${VAR:-default})", () => {
    const entry = server('s', {
      command: '~/tools/${DIR:-bin}/$NAME',
      args: ['~/data', '$NAME'],
      env: { K: '${env:TOKEN}', L: '$NAME' }
    })
    const { resolved, missing } = resolveServer(
      entry,
      {
        syntaxes: ['env-colon'],
        expandedIn: ['env', 'headers'],
        fieldSyntaxes: { command: { syntaxes: ['dollar-brace', 'dollar'], homeTilde: true } }
      },
      { ...context, env: { ...context.env, NAME: 'srv' } }
    )
    expect(resolved.command).toBe('/home/me/tools/bin/srv')
    expect(resolved.args).toEqual(['~/data', '$NAME'])
    expect(resolved.env).toEqual({ K: 't0k', L: '$NAME' })
    expect(missing).toEqual([])
  })
  test('fills a variable the host blanks with an empty text, set or not, default or not, in its fields only', () => {
    const entry = server('s', {
      url: 'https://mcp.example.com/mcp?p=${https_proxy}',
      env: { K: '${TOKEN}' },
      headers: { Authorization: 'Bearer ${TOKEN}', 'X-Otel': '${OTEL_X:-on}', 'X-Other': '${HOME}' }
    })
    const blanked = {
      names: ['TOKEN', 'HTTPS_PROXY'],
      prefixes: ['OTEL_'],
      patterns: [],
      fields: ['url', 'headers'],
      source: 'test'
    }
    const { resolved, missing } = resolveServer(
      entry,
      { syntaxes: ['dollar-brace'], expandedIn: null, blanked },
      context
    )
    expect(resolved.url).toBe('https://mcp.example.com/mcp?p=')
    expect(resolved.headers).toEqual({ Authorization: 'Bearer ', 'X-Otel': '', 'X-Other': '/home/me' })
    expect(resolved.env).toEqual({ K: 't0k' })
    expect(missing).toEqual([])
  })

  test('an argument of 900 KB holding 225,000 placeholders is resolved, each missing name listed once', () => {
    // They were spread into one push: "Maximum call stack size exceeded" failed the server's dry run.
    const entry = server('s', { command: 'node', args: ['${MISSING}'.repeat(90_000), '${A}'.repeat(225_000)] })
    const { resolved, missing } = resolveServer(entry, { syntaxes: ['dollar-brace'], expandedIn: null }, context)
    expect(missing.map((m) => m.name)).toEqual(['MISSING', 'A'])
    expect(resolved.args[1]).toHaveLength(900_000)
  })
})
