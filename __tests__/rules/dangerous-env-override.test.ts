import { describeDiagnostic, lintText } from '../helpers/lint.js'
import { dangerousName } from '../../src/rules/dangerous-env-override.js'

function only(path: string, value: unknown): string[] {
  const text = typeof value === 'string' ? value : JSON.stringify(value, null, 2)
  return lintText(path, text)
    .diagnostics.filter((d) => d.ruleId === 'dangerous-env-override')
    .map(describeDiagnostic)
}

const server = (env: Record<string, string>): { command: string; args: string[]; env: Record<string, string> } => ({
  command: 'npx',
  args: ['-y', 'acme-mcp@1.2.3'],
  env
})

describe('dangerous-env-override', () => {
  it('reports NODE_OPTIONS that loads code, at the env key, with the value and the fix', () => {
    const { diagnostics } = lintText(
      '.cursor/mcp.json',
      JSON.stringify({ mcpServers: { acme: server({ NODE_OPTIONS: '--require ./proxy-preload.cjs' }) } }, null, 2)
    )
    expect(diagnostics.filter((d) => d.ruleId === 'dangerous-env-override').map(describeDiagnostic)).toEqual([
      '10:9-10:23 warning dangerous-env-override "mcpServers.acme.env.NODE_OPTIONS" sets NODE_OPTIONS to "--require ./proxy-preload.cjs", which passes options to every Node.js process the server starts (--require and --import load code before it): code runs that the command line does not show, on every machine that uses this config; remove it, and pass what the server needs as visible arguments in "args"'
    ])
    expect(diagnostics.find((d) => d.ruleId === 'dangerous-env-override')?.server).toBe('acme')
  })

  it('reports LD_PRELOAD and DYLD_INSERT_LIBRARIES as code injection', () => {
    expect(
      only('.mcp.json', {
        mcpServers: { a: server({ LD_PRELOAD: '/tmp/hook.so', DYLD_INSERT_LIBRARIES: '/tmp/hook.dylib' }) }
      }).map((d) => d.split(', which')[0])
    ).toEqual([
      '10:9-10:21 warning dangerous-env-override "mcpServers.a.env.LD_PRELOAD" sets LD_PRELOAD to "/tmp/hook.so"',
      '11:9-11:32 warning dangerous-env-override "mcpServers.a.env.DYLD_INSERT_LIBRARIES" sets DYLD_INSERT_LIBRARIES to "/tmp/hook.dylib"'
    ])
  })

  it("reports a replaced PATH, with the host's own way to keep the inherited value", () => {
    expect(
      only('.cursor/mcp.json', { mcpServers: { a: server({ PATH: '/opt/homebrew/bin:/usr/bin:/bin' }) } })
    ).toEqual([
      '10:9-10:15 warning dangerous-env-override "mcpServers.a.env.PATH" replaces PATH with "/opt/homebrew/bin:/usr/bin:/bin", and PATH decides which program runs when the server, or anything it starts, calls a command by name: a directory there shadows the system\'s own on every machine that uses this config, and a missing one breaks the server; remove it and use full paths in "command" and "args", or add directories after the inherited value, e.g. "${env:PATH}:/opt/tool/bin"'
    ])
  })

  it('treats PATH extended before the inherited value as an override, and after it as a notice', () => {
    expect(
      only('.mcp.json', { mcpServers: { a: server({ PATH: './bin:${PATH}' }) } }).map((d) => d.split(', and PATH')[0])
    ).toEqual([
      '10:9-10:15 warning dangerous-env-override "mcpServers.a.env.PATH" puts "./bin" before the inherited PATH'
    ])
    expect(only('.mcp.json', { mcpServers: { a: server({ PATH: '${PATH}:/opt/tool/bin' }) } })).toEqual([
      '10:9-10:15 notice dangerous-env-override "mcpServers.a.env.PATH" adds "${PATH}:/opt/tool/bin" after the inherited PATH, which decides which program runs when the server, or anything it starts, calls a command by name: the system\'s entries still win, but the added ones exist only on some machines; prefer the full path of the program or module in "command" and "args"'
    ])
  })

  it("reads each host's env shape: opencode environment, Codex [env], Windows Path spelling", () => {
    expect(
      only('opencode.json', {
        mcp: { a: { type: 'local', command: ['python', '-m', 'acme'], environment: { PYTHONPATH: '/home/alice/lib' } } }
      }).map((d) => d.split(' replaces')[0])
    ).toEqual(['11:9-11:21 warning dangerous-env-override "mcp.a.environment.PYTHONPATH"'])
    expect(
      only(
        '.codex/config.toml',
        '[mcp_servers.a]\ncommand = "acme"\n[mcp_servers.a.env]\nLD_LIBRARY_PATH = "/opt/acme/lib"\n'
      ).map((d) => d.split(' replaces')[0])
    ).toEqual(['4:1-4:16 warning dangerous-env-override "mcp_servers.a.env.LD_LIBRARY_PATH"'])
    expect(
      only('claude_desktop_config.json', { mcpServers: { a: server({ Path: 'C:\\tools' }) } }).map(
        (d) => d.split(' decides')[0]
      )
    ).toEqual([
      '10:9-10:15 warning dangerous-env-override "mcpServers.a.env.Path" replaces PATH with "C:\\tools", and PATH'
    ])
  })

  it('is silent on ordinary variables, memory-only NODE_OPTIONS, bundle-own search paths and disabled servers', () => {
    expect(
      only('.mcp.json', {
        mcpServers: {
          a: server({ GITHUB_TOKEN: '${GITHUB_TOKEN}', ENV: 'production', PATHS: 'x', NODE_ENV: 'production' })
        }
      })
    ).toEqual([])
    expect(
      only('.kiro/settings/mcp.json', {
        mcpServers: { a: server({ NODE_OPTIONS: '--max-old-space-size=2048 --no-warnings' }) }
      })
    ).toEqual([])
    expect(
      only('.roo/mcp.json', { mcpServers: { a: { ...server({ LD_PRELOAD: '/tmp/x.so' }), disabled: true } } })
    ).toEqual([])
    // A plugin or bundle pointing Python at its own directory is as trusted as its own command.
    expect(
      only('.mcp.json', {
        mcpServers: {
          a: {
            command: 'python3',
            args: ['${CLAUDE_PLUGIN_ROOT}/server.py'],
            env: { PYTHONPATH: '${CLAUDE_PLUGIN_ROOT}/lib:${CLAUDE_PLUGIN_ROOT}/vendor' }
          }
        }
      })
    ).toEqual([])
  })

  it('knows the dangerous names', () => {
    expect(
      [
        'PATH',
        'Path',
        'path',
        'ComSpec',
        'SystemRoot',
        'LD_PRELOAD',
        'DYLD_PRINT_LIBRARIES',
        'PYTHONSTARTUP',
        'BASH_ENV'
      ].map(dangerousName)
    ).toEqual([
      'PATH',
      'PATH',
      'PATH',
      'COMSPEC',
      'SYSTEMROOT',
      'LD_PRELOAD',
      'DYLD_PRINT_LIBRARIES',
      'PYTHONSTARTUP',
      'BASH_ENV'
    ])
    expect(['ld_preload', 'NODE_ENV', 'HOME', 'PYTHONUNBUFFERED', 'ENV'].map(dangerousName)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      undefined
    ])
  })
})
