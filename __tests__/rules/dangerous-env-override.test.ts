import { describeFinding, ruleDiagnostics, ruleFindings } from '../helpers/lint.js'
import { dangerousName } from '../../src/rules/dangerous-env-override.js'

const only = (path: string, value: unknown): string[] => ruleFindings('dangerous-env-override', path, value)

const server = (env: Record<string, string>): { command: string; args: string[]; env: Record<string, string> } => ({
  command: 'npx',
  args: ['-y', 'acme-mcp@1.2.3'],
  env
})

describe('dangerous-env-override', () => {
  it('reports NODE_OPTIONS that loads code, at the env key, with the value; the why and the fix in help', () => {
    const diagnostics = ruleDiagnostics('dangerous-env-override', '.cursor/mcp.json', {
      mcpServers: { acme: server({ NODE_OPTIONS: '--require ./proxy-preload.cjs' }) }
    })
    expect(diagnostics.map((d) => [d.line, d.column, d.endLine, d.endColumn, d.severity, d.messageId, d.data])).toEqual(
      [[10, 9, 10, 23, 'warning', 'injects', { name: 'NODE_OPTIONS', value: '--require ./proxy-preload.cjs' }]]
    )
    expect(diagnostics[0].message).toBe(
      'NODE_OPTIONS is set to "--require ./proxy-preload.cjs", which runs code or options the command line does not show'
    )
    expect(diagnostics[0].help).toBe(
      'NODE_OPTIONS passes options to every Node.js process the server starts (--require and --import load code before it): code runs that the command line does not show, on every machine that uses this config; remove it, and pass what the server needs as visible arguments in "args".'
    )
    expect(diagnostics[0].server).toBe('acme')
  })

  it('reports LD_PRELOAD and DYLD_INSERT_LIBRARIES as code injection, and another DYLD_ variable', () => {
    expect(
      only('.mcp.json', {
        mcpServers: {
          a: server({
            LD_PRELOAD: '/tmp/hook.so',
            DYLD_INSERT_LIBRARIES: '/tmp/hook.dylib',
            DYLD_PRINT_LIBRARIES: '1'
          })
        }
      })
    ).toEqual([
      '10:9-10:21 warning dangerous-env-override injects {"name":"LD_PRELOAD","value":"/tmp/hook.so"}',
      '11:9-11:32 warning dangerous-env-override injects {"name":"DYLD_INSERT_LIBRARIES","value":"/tmp/hook.dylib"}',
      '12:9-12:31 warning dangerous-env-override dyld {"name":"DYLD_PRINT_LIBRARIES"}'
    ])
  })

  it("reports a replaced PATH, with the host's own way to keep the inherited value in help", () => {
    const diagnostics = ruleDiagnostics('dangerous-env-override', '.cursor/mcp.json', {
      mcpServers: { a: server({ PATH: '/opt/homebrew/bin:/usr/bin:/bin' }) }
    })
    expect(diagnostics.map((d) => [d.line, d.column, d.severity, d.messageId, d.data])).toEqual([
      [10, 9, 'warning', 'replaced', { name: 'PATH', value: '/opt/homebrew/bin:/usr/bin:/bin' }]
    ])
    expect(diagnostics[0].help).toBe(
      'PATH decides which program runs when the server, or anything it starts, calls a command by name: a directory there shadows the system\'s own on every machine that uses this config, and a missing one breaks the server; remove it and use full paths in "command" and "args", or add directories after the inherited value, e.g. "${env:PATH}:/opt/tool/bin".'
    )
  })

  it('treats PATH extended before the inherited value as an override, and after it as a notice', () => {
    expect(only('.mcp.json', { mcpServers: { a: server({ PATH: './bin:${PATH}' }) } })).toEqual([
      '10:9-10:15 warning dangerous-env-override prepended {"name":"PATH","value":"./bin"}'
    ])
    const appended = ruleDiagnostics('dangerous-env-override', '.mcp.json', {
      mcpServers: { a: server({ PATH: '${PATH}:/opt/tool/bin' }) }
    })
    expect(appended.map((d) => `${d.line}:${d.column} ${d.severity} ${d.messageId} ${JSON.stringify(d.data)}`)).toEqual(
      ['10:9 notice appended {"name":"PATH","value":"${PATH}:/opt/tool/bin"}']
    )
    expect(appended[0].help).toContain("the system's entries still win, but the added ones exist only on some machines")
  })

  it("reads each host's env shape: opencode environment, Codex [env], Windows Path spelling", () => {
    expect(
      only('opencode.json', {
        mcp: { a: { type: 'local', command: ['python', '-m', 'acme'], environment: { PYTHONPATH: '/home/alice/lib' } } }
      })
    ).toEqual(['11:9-11:21 warning dangerous-env-override replaced {"name":"PYTHONPATH","value":"/home/alice/lib"}'])
    expect(
      only(
        '.codex/config.toml',
        '[mcp_servers.a]\ncommand = "acme"\n[mcp_servers.a.env]\nLD_LIBRARY_PATH = "/opt/acme/lib"\n'
      )
    ).toEqual(['4:1-4:16 warning dangerous-env-override replaced {"name":"LD_LIBRARY_PATH","value":"/opt/acme/lib"}'])
    expect(only('claude_desktop_config.json', { mcpServers: { a: server({ Path: 'C:\\tools' }) } })).toEqual([
      '10:9-10:15 warning dangerous-env-override replaced {"name":"PATH","value":"C:\\\\tools"}'
    ])
  })

  it('reports env entries that turn off TLS certificate checks, and leaves the values that keep them on', () => {
    const diagnostics = ruleDiagnostics('dangerous-env-override', '.mcp.json', {
      mcpServers: {
        a: server({ NODE_TLS_REJECT_UNAUTHORIZED: '0', GIT_SSL_NO_VERIFY: 'true', npm_config_strict_ssl: 'False' })
      }
    })
    expect(diagnostics.map(describeFinding)).toEqual([
      '10:9-10:39 warning dangerous-env-override tlsOff {"name":"NODE_TLS_REJECT_UNAUTHORIZED","value":"0"}',
      '11:9-11:28 warning dangerous-env-override tlsOff {"name":"GIT_SSL_NO_VERIFY","value":"true"}',
      '12:9-12:32 warning dangerous-env-override tlsOff {"name":"npm_config_strict_ssl","value":"False"}'
    ])
    expect(diagnostics[0].message).toBe(
      'NODE_TLS_REJECT_UNAUTHORIZED is "0", which turns off TLS certificate checks for the server'
    )
    expect(diagnostics[0].help).toContain('every Node.js process the server starts accepts any certificate')
    expect(
      only('.cursor/mcp.json', {
        mcpServers: {
          a: server({
            NODE_TLS_REJECT_UNAUTHORIZED: '1',
            GIT_SSL_NO_VERIFY: '${GIT_SSL_NO_VERIFY}',
            NPM_CONFIG_STRICT_SSL: 'true',
            NODE_EXTRA_CA_CERTS: '/etc/ssl/corp-ca.pem',
            HTTPS_PROXY: 'http://proxy.corp.example:3128'
          })
        }
      })
    ).toEqual([])
  })

  it('masks a secret in the value it names', () => {
    const token = 'ghp_' + 'A1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q7r8'
    const [finding] = ruleDiagnostics('dangerous-env-override', '.mcp.json', {
      mcpServers: { a: server({ NODE_OPTIONS: `--require ./x.cjs --token=${token}` }) }
    })
    expect(finding.data).toEqual({ name: 'NODE_OPTIONS', value: '--require ./x.cjs --token=ghp_…Q7r8' })
    expect(JSON.stringify(finding)).not.toContain(token)
  })

  it('is silent on ordinary variables, memory-only NODE_OPTIONS, bundle-own search paths and disabled servers', () => {
    expect(
      only('.mcp.json', {
        mcpServers: {
          a: server({ GITHUB_TOKEN: '${GITHUB_TOKEN}', ENV: 'production', PATHS: 'x', NODE_ENV: 'production' })
        }
      })
    ).toEqual([])
    // Names of the lookup tables' inherited members are ordinary variables too.
    expect(
      only('.mcp.json', { mcpServers: { a: server({ constructor: 'x', toString: 'y', hasOwnProperty: 'z' }) } })
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

  it('says Gemini CLI leaves out the entries it refuses, those it alone refuses and harmless ones too', () => {
    const env = {
      PYTHONPATH: './src',
      ENV: './profile.sh',
      NODE_OPTIONS: '--max-old-space-size=4096',
      path: '/opt/bin'
    }
    const diagnostics = ruleDiagnostics('dangerous-env-override', '.gemini/settings.json', {
      mcpServers: { acme: server(env) }
    })
    expect(diagnostics.map((d) => [d.messageId, d.data, d.severity])).toEqual([
      ['dropped', { host: 'Gemini CLI', name: 'PYTHONPATH' }, 'warning'],
      ['dropped', { host: 'Gemini CLI', name: 'ENV' }, 'warning'],
      ['dropped', { host: 'Gemini CLI', name: 'NODE_OPTIONS' }, 'warning'],
      // PATH is passed on: the usual finding.
      ['replaced', { name: 'PATH', value: '/opt/bin' }, 'warning']
    ])
    expect(diagnostics[0].message).toBe('Gemini CLI does not pass PYTHONPATH from "env" to the server')
    // Qwen Code, its fork, passes them: the usual findings, and nothing for ENV.
    expect(
      ruleDiagnostics('dangerous-env-override', '.qwen/settings.json', { mcpServers: { acme: server(env) } }).map(
        (d) => d.messageId
      )
    ).toEqual(['replaced', 'replaced'])
  })

  it('says Continue sets PATH itself over the one in "env"', () => {
    const diagnostics = ruleDiagnostics(
      'dangerous-env-override',
      '.continue/mcpServers/acme.yaml',
      [
        'name: acme',
        'version: 0.0.1',
        'schema: v1',
        'mcpServers:',
        '  - name: acme',
        '    command: node',
        '    env:',
        '      PATH: /opt/acme/bin',
        ''
      ].join('\n')
    )
    expect(diagnostics.map((d) => [d.line, d.messageId, d.data])).toEqual([
      [8, 'dropped', { host: 'Continue', name: 'PATH' }]
    ])
    expect(diagnostics[0].help).toBe(
      'Continue sets PATH itself (its own, or the one of the user\'s login shell), over the one in "env", so a server that needs this PATH fails or behaves differently than on other hosts; set it in a script the server\'s command starts, or remove it.'
    )
  })
})
