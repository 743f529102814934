import { adapterLintFixture, adapterLintText } from '../helpers/adapter-lint.js'
import { lintFixture, lintText, shortForm } from '../helpers/host-lint.js'
import { codex } from '../../src/hosts/codex.js'
import { kilo } from '../../src/hosts/kilo.js'
import { continueDev } from '../../src/hosts/continue.js'
import { junie } from '../../src/hosts/junie.js'
import { foreignPlaceholder } from '../../src/rules/foreign-placeholder.js'
import { autoApproveAll } from '../../src/rules/auto-approve-all.js'
import { urlWithoutType } from '../../src/rules/url-without-type.js'

// Every host adapter's own cases, one describe per host (folded from one file per host: each test file
// costs about a second of loading the engine's modules again). Shared checks that run for every host
// are table-driven in profile.test.ts and fields.test.ts.

describe('amazonq', () => {
  it('accepts the IDE-written shape, disabled stubs, remote servers and a typeless url', () => {
    const { diagnostics, servers, host } = lintFixture('amazonq/valid/ide-shapes.json', '.amazonq/mcp.json')
    expect(host).toBe('amazonq')
    expect(diagnostics).toEqual([])
    expect(servers.map((s) => [s.name, s.transport, s.declaredType, s.disabled ?? false])).toEqual([
      // The IDE writes "url": "" beside a command: still a stdio server.
      ['chrome-devtools', 'stdio', 'stdio', false],
      // A stub with "command": "" that is switched off is never started.
      ['internal', 'stdio', undefined, true],
      ['knowledge', 'http', 'http', false],
      ['docs', 'http', undefined, false]
    ])
    expect(servers[0].url).toBe('')
    expect(servers[0].env).toEqual({ DEBUG: '${env:MCP_DEBUG}' })
  })

  it('checks the mcpServers of agent files and leaves their other settings to Amazon Q', () => {
    for (const path of ['.amazonq/cli-agents/aws-docs.json', '.amazonq/default.json']) {
      const { diagnostics, servers, host } = lintFixture('amazonq/valid/cli-agent.json', path)
      expect(host).toBe('amazonq')
      expect(diagnostics).toEqual([])
      expect(servers.map((s) => [s.name, s.transport])).toEqual([['aws-docs', 'stdio']])
    }
    expect(lintText('.amazonq/default.json', '{ "name": "default-agent", "tools": ["*"] }').diagnostics).toEqual([])
    const { diagnostics } = lintText(
      '.amazonq/cli-agents/dev.json',
      '{ "name": "dev", "mcpServers": { "git": { "args": ["--repo", "."] } } }'
    )
    expect(shortForm(diagnostics)).toEqual(['1:34 error schema-required'])
  })

  it('reports an empty command, an empty url, an unknown type, a fractional timeout and a missing command', () => {
    const { diagnostics, servers } = lintFixture('amazonq/invalid/mistakes.json', '.amazonq/mcp.json')
    expect(shortForm(diagnostics)).toEqual([
      '3:27 error schema-value',
      '4:40 error schema-value',
      '5:22 error schema-enum',
      '6:83 error schema-type',
      '6:88 notice schema-unknown-key',
      '7:5 error schema-required'
    ])
    expect(diagnostics[0].message).toBe('"mcpServers.empty.command" must not be empty')
    expect(diagnostics[0].help).toContain(
      'Amazon Q starts a stdio server with this program; set it, or add "disabled": true to keep the entry as a stub'
    )
    expect(diagnostics[0].server).toBe('empty')
    expect(diagnostics[1].message).toBe('"mcpServers.remote.url" must not be empty')
    expect(diagnostics[1].help).toContain('Amazon Q connects to a remote server at its "url"')
    expect(diagnostics[2].message).toBe(
      '"mcpServers.sse.type" is "sse", but Amazon Q accepts only one of "stdio", "http"'
    )
    expect(diagnostics[2].help).toContain(
      'Amazon Q knows only "stdio" (the default) and "http" (a remote server at "url"), and its CLI fails to read a file with any other type'
    )
    expect(diagnostics[3].message).toBe('"mcpServers.slow.timeout" must be an integer, not the number 1.5')
    expect(diagnostics[4].message).toBe('unknown key "autoApprove" in "mcpServers.slow": Amazon Q ignores it')
    expect(diagnostics[5].message).toBe('"mcpServers.nothing" is missing the required "command"')
    expect(diagnostics[5].help).toContain(
      'Amazon Q starts a stdio server (the default "type") from its "command"; for a remote server add "type": "http" and its "url"'
    )
    expect(servers.map((s) => [s.name, s.transport])).toEqual([
      ['empty', 'stdio'],
      ['remote', 'http'],
      ['sse', 'unknown'],
      ['slow', 'stdio'],
      ['nothing', 'stdio']
    ])
  })

  it('reports VS Code\'s "servers" key with the file\'s own name, and comments', () => {
    const { diagnostics } = lintText('.amazonq/default.json', '{ "servers": { "a": { "command": "npx" } } }')
    expect(shortForm(diagnostics)).toEqual(['1:3 error schema-unknown-key'])
    expect(diagnostics[0]).toMatchObject({
      messageId: 'wrongKey',
      data: { host: 'Amazon Q', key: 'servers', expected: 'mcpServers' }
    })
    expect(diagnostics[0].help).toContain('Amazon Q reads servers only from "mcpServers" in .amazonq/default.json')
    expect(shortForm(lintText('.amazonq/mcp.json', '{\n  "mcpServers": {} // none yet\n}\n').diagnostics)).toEqual([
      '2:20 error strict-json'
    ])
  })

  it("reads the IDE's workspace agent .amazonq/agents/default.json, where a lone url is a remote server", () => {
    const { diagnostics, servers, host } = lintFixture('amazonq/valid/ide-agent.json', '.amazonq/agents/default.json', {
      rules: [autoApproveAll, urlWithoutType]
    })
    expect(host).toBe('amazonq')
    expect(diagnostics).toEqual([])
    expect(servers.map((s) => [s.name, s.transport])).toEqual([
      ['docs', 'http'],
      ['git', 'stdio']
    ])
  })

  it('reports a url without "type" in a CLI agent, which the CLI starts as a stdio server with no command', () => {
    const { diagnostics, servers } = lintFixture(
      'amazonq/invalid/cli-agent-typeless-url.json',
      '.amazonq/cli-agents/remote.json',
      { rules: [autoApproveAll, urlWithoutType] }
    )
    expect(shortForm(diagnostics)).toEqual(['4:5 error url-without-type'])
    expect(diagnostics[0].help).toContain('transport type is specified to be stdio but command is empty')
    expect(diagnostics[0].help).toContain('add "type": "http"')
    expect(servers.map((s) => [s.name, s.transport])).toEqual([
      ['docs', 'stdio'],
      ['typed', 'http']
    ])
  })

  it("expands ${env:VAR} in CLI agents only: the IDE passes its agent's env as written", () => {
    const text =
      '{ "name": "dev", "mcpServers": { "gh": { "command": "gh-mcp", "env": { "TOKEN": "${env:GH_TOKEN}" } } } }'
    const rules = { rules: [foreignPlaceholder] }
    expect(lintText('.amazonq/cli-agents/dev.json', text, rules).diagnostics).toEqual([])
    expect(lintText('.amazonq/agents/default.json', text, rules).diagnostics.map((d) => d.message)).toEqual([
      'Amazon Q does not expand "${env:GH_TOKEN}": the server gets that text as it is'
    ])
  })

  it('does not take "@builtin" in allowedTools for a server: it names the built-in tools', () => {
    const text =
      '{ "name": "dev", "mcpServers": { "git": { "command": "uvx" } }, "allowedTools": ["@builtin", "@git"] }'
    const { diagnostics } = lintText('.amazonq/cli-agents/dev.json', text, { rules: [autoApproveAll] })
    expect(diagnostics.map((d) => d.message)).toEqual(['"@git" lets Amazon Q use every tool of "git" without asking'])
  })
})

describe('amp', () => {
  it('reads the flat "amp.mcpServers" key among the other settings', () => {
    const { diagnostics, servers, host } = lintFixture('amp/valid/settings.json', '.amp/settings.json')
    expect(host).toBe('amp')
    expect(diagnostics).toEqual([])
    expect(servers.map((s) => [s.name, s.transport, s.pointer])).toEqual([
      ['sourcegraph', 'stdio', ['amp.mcpServers', 'sourcegraph']],
      ['linear', 'http', ['amp.mcpServers', 'linear']]
    ])
  })

  it('reports only what is confirmed: an entry with nothing to start, and wrong types', () => {
    const { diagnostics } = lintFixture('amp/invalid/settings.json', '.amp/settings.jsonc')
    expect(shortForm(diagnostics)).toEqual(['3:5 error schema-required', '4:45 error schema-type'])
  })

  it('expands only ${VAR}, not a bare $VAR, and connects to the url of an entry that also has a command', () => {
    const { diagnostics, servers } = lintFixture('amp/invalid/placeholders.json', '.amp/settings.json', {
      rules: [foreignPlaceholder]
    })
    expect(diagnostics.map((d) => d.message)).toEqual([
      'Amp does not expand "$HOME": the server gets that text as it is'
    ])
    expect(servers.map((s) => [s.name, s.transport])).toEqual([
      ['files', 'stdio'],
      ['both', 'http']
    ])
  })
})

describe('claude-code', () => {
  it('accepts stdio, http, streamable-http and sse servers with placeholders', () => {
    const { diagnostics, servers, host } = lintFixture('claude-code/valid/stdio-and-remote.json', '.mcp.json')
    expect(host).toBe('claude-code')
    expect(diagnostics).toEqual([])
    expect(servers.map((s) => [s.name, s.transport])).toEqual([
      ['memory', 'stdio'],
      ['github', 'http'],
      ['helix', 'http'],
      ['events', 'sse']
    ])
  })

  it("accepts the server options Claude Code 2.1's .mcp.json parser reads: tool permissions, display name", () => {
    // From the server schemas in @anthropic-ai/claude-code 2.1.332; each read, none reported as ignored.
    const { diagnostics, servers } = lintFixture('claude-code/valid/server-options.json', '.mcp.json')
    expect(diagnostics).toEqual([])
    expect(servers.map((s) => [s.name, s.transport])).toEqual([
      ['linear', 'http'],
      ['memory', 'stdio']
    ])
  })

  it('reports a placeholder metadata URL and empty scopes in oauth, for which Claude Code skips the server', () => {
    // @anthropic-ai/claude-code 2.1.332 checks oauth with zod before expanding ${VAR}, and expands only url and headers.
    const { diagnostics } = lintFixture('claude-code/invalid/oauth.json', '.mcp.json')
    expect(shortForm(diagnostics)).toEqual(['6:43 error schema-value', '6:77 error schema-value'])
    expect(diagnostics[0].help).toContain('it expands no ${VAR} here and skips the server')
  })

  it('accepts a bare server map in a plugin root and normalises its servers', () => {
    const exists = (p: string): boolean => p === 'plugins/github/.claude-plugin/plugin.json'
    const { diagnostics, servers } = lintFixture('claude-code/valid/plugin-bare-map.json', 'plugins/github/.mcp.json', {
      exists
    })
    expect(diagnostics).toEqual([])
    expect(servers.map((s) => [s.name, s.pointer])).toEqual([['github', ['github']]])
  })

  it('takes a folder a marketplace lists as a plugin root, also without a manifest (it is optional)', () => {
    const marketplace = JSON.stringify({
      name: 'm',
      owner: { name: 'o' },
      metadata: { pluginRoot: './tools' },
      plugins: [
        { name: 'a', source: './plugins/github' },
        { name: 'b', source: 'db' },
        { name: 'c', source: { source: 'github', repo: 'o/r' } },
        { name: 'd', source: '../outside' }
      ]
    })
    const files = new Map([['.claude-plugin/marketplace.json', marketplace]])
    const options = { exists: (p: string) => files.has(p), read: (p: string) => files.get(p) }
    for (const file of ['plugins/github/.mcp.json', 'tools/db/.mcp.json']) {
      const { diagnostics, servers } = lintFixture('claude-code/valid/plugin-bare-map.json', file, options)
      expect([file, diagnostics, servers.map((s) => s.name)]).toEqual([file, [], ['github']])
    }
    // Folders the marketplace does not list, and a marketplace that cannot be read, leave a project's file.
    for (const [file, read] of [
      ['plugins/other/.mcp.json', options.read],
      ['outside/.mcp.json', options.read],
      ['plugins/github/.mcp.json', () => undefined],
      ['plugins/github/.mcp.json', () => '{ "plugins": ['],
      ['plugins/github/.mcp.json', undefined]
    ] as const) {
      const { diagnostics } = lintFixture('claude-code/valid/plugin-bare-map.json', file, {
        exists: options.exists,
        read
      })
      expect([file, shortForm(diagnostics)]).toEqual([file, ['1:1 error schema-required']])
    }
  })

  it('reports a bare server map outside a plugin once, at the top of the file', () => {
    const { diagnostics } = lintFixture('claude-code/valid/plugin-bare-map.json', '.mcp.json')
    expect(shortForm(diagnostics)).toEqual(['1:1 error schema-required'])
    expect(diagnostics[0]).toMatchObject({
      message: 'this .mcp.json is a bare map of servers without the "mcpServers" wrapper',
      messageId: 'bareServerMap',
      data: { key: 'mcpServers' }
    })
    expect(diagnostics[0].help).toContain('Claude Code accepts that form only in a plugin')
  })

  it('reports each mistake at its exact position', () => {
    const { diagnostics, servers } = lintFixture('claude-code/invalid/mixed-mistakes.json', '.mcp.json')
    expect(shortForm(diagnostics)).toEqual([
      '3:5 error schema-required',
      '6:46 error schema-type',
      '6:50 warning schema-unknown-key',
      '7:25 error schema-enum',
      '7:62 error strict-json'
    ])
    expect(diagnostics[0].message).toBe('"mcpServers.github" is missing the required "command"')
    expect(diagnostics[0].help).toContain(
      'Without a remote "type", Claude Code starts the server as a stdio process and needs the program to run; for a remote server add "type": "http" (or "sse" / "ws") next to its "url"'
    )
    expect(diagnostics[0].server).toBe('github')
    expect(diagnostics[2].message).toBe(
      'unknown key "tpye" in "mcpServers.fs": Claude Code ignores it; did you mean "type"?'
    )
    expect(diagnostics[3].message).toContain('did you mean "streamable-http"?')
    // A typeless url is a broken stdio entry for Claude Code, not a remote server.
    expect(servers.find((s) => s.name === 'github')?.transport).toBe('stdio')
    expect(servers.find((s) => s.name === 'remote')?.transport).toBe('unknown')
  })
})

describe('claude-desktop', () => {
  it("accepts stdio servers beside the app's own settings, in an example copy anywhere in the repository", () => {
    const { diagnostics, servers, host } = lintFixture(
      'claude-desktop/valid/stdio-servers.json',
      'docs/examples/claude_desktop_config.json'
    )
    expect(host).toBe('claude-desktop')
    expect(diagnostics).toEqual([])
    expect(servers.map((s) => [s.name, s.transport, s.declaredType])).toEqual([
      ['memory', 'stdio', undefined],
      ['fetch', 'stdio', 'stdio']
    ])
    expect(servers[0].pointer).toEqual(['mcpServers', 'memory'])
    expect(servers[0].args).toEqual(['-y', '@modelcontextprotocol/server-memory@2026.8.31'])
    expect(servers[1].env).toEqual({ LOG_LEVEL: 'info' })
  })

  it('reports remote entries, an empty command, wrong types and a missing command at their positions', () => {
    const { diagnostics, servers } = lintFixture(
      'claude-desktop/invalid/remote-and-mistakes.json',
      'claude_desktop_config.json'
    )
    expect(shortForm(diagnostics)).toEqual([
      '3:5 error schema-required',
      '4:7 notice schema-unknown-key',
      '6:25 error schema-enum',
      '6:33 notice schema-unknown-key',
      '7:24 error schema-value',
      '7:43 error schema-type',
      '7:48 notice schema-unknown-key',
      '8:5 error schema-required',
      '8:55 error schema-type'
    ])
    expect(diagnostics[0].message).toBe('"mcpServers.docs" is missing the required "command"')
    expect(diagnostics[0].help).toContain(
      'Claude Desktop starts every server in this file as a local process and skips an entry with a "url"; add a remote server under Settings > Connectors, or bridge it with "command": "npx", "args": ["-y", "mcp-remote", "<url>"]'
    )
    expect(diagnostics[0].server).toBe('docs')
    expect(diagnostics[1].message).toBe('unknown key "url" in "mcpServers.docs": Claude Desktop ignores it')
    expect(diagnostics[2].message).toBe('"mcpServers.linear.type" is "http", but Claude Desktop accepts only "stdio"')
    expect(diagnostics[2].help).toContain(
      'Claude Desktop starts only local stdio servers from this file and skips remote ones; add a remote server under Settings > Connectors, or bridge it with "command": "npx", "args": ["-y", "mcp-remote", "<url>"]'
    )
    expect(diagnostics[4].message).toBe('"mcpServers.fs.command" must not be empty')
    expect(diagnostics[5].message).toBe('"mcpServers.fs.args[1]" must be a string, not the number 42')
    expect(diagnostics[6].message).toBe('unknown key "cwd" in "mcpServers.fs": Claude Desktop ignores it')
    expect(diagnostics[7].message).toBe('"mcpServers.notes" is missing the required "command"')
    expect(diagnostics[7].help).toContain(
      'Claude Desktop starts every server in this file as a local process and needs the program to run'
    )
    // Claude Desktop starts only programs: a remote or command-less entry has no transport it uses.
    expect(servers.map((s) => [s.name, s.transport])).toEqual([
      ['docs', 'unknown'],
      ['linear', 'unknown'],
      ['fs', 'stdio'],
      ['notes', 'unknown']
    ])
    expect(servers[1].declaredType).toBe('http')
  })

  it('reports VS Code\'s "servers" key, which Claude Desktop never reads, at the key', () => {
    const { diagnostics, servers } = lintText(
      'claude_desktop_config.json',
      '{\n  "servers": {\n    "memory": { "command": "npx" }\n  }\n}\n'
    )
    expect(shortForm(diagnostics)).toEqual(['2:3 error schema-unknown-key'])
    expect(diagnostics[0]).toMatchObject({
      message: 'Claude Desktop starts no server under "servers": it reads servers only from "mcpServers"',
      ...{ messageId: 'wrongKey', data: { host: 'Claude Desktop', key: 'servers', expected: 'mcpServers' } }
    })
    expect(diagnostics[0].help).toBe(
      '"servers" is VS Code\'s key; Claude Desktop reads servers only from "mcpServers" in claude_desktop_config.json, so the 1 server under it is never started: rename the key to "mcpServers".'
    )
    expect(servers).toEqual([])
  })

  it('reports servers that sit outside "mcpServers", bare or after a misplaced brace', () => {
    const text =
      '{\n  "mcpServers": { "memory": { "command": "npx" } },\n  "preferences": { "menuBarEnabled": false },\n  "fetch": { "command": "uvx", "args": ["mcp-server-fetch"] }\n}\n'
    const { diagnostics, servers } = lintText('claude_desktop_config.json', text)
    expect(shortForm(diagnostics)).toEqual(['4:3 error schema-required'])
    expect(diagnostics[0]).toMatchObject({
      message: '"fetch" looks like a server but sits outside "mcpServers"',
      messageId: 'outsideServerMap',
      data: { key: 'fetch' }
    })
    expect(diagnostics[0].help).toBe(
      'Claude Desktop reads servers only from "mcpServers", so it never starts it; move it into { "mcpServers": { ... } }.'
    )
    expect(servers.map((s) => s.name)).toEqual(['memory'])
  })

  it('accepts a copy of the app settings without servers, but not a non-object server map', () => {
    expect(
      lintText('claude_desktop_config.json', '{ "preferences": { "menuBarEnabled": false } }').diagnostics
    ).toEqual([])
    const { diagnostics } = lintText('claude_desktop_config.json', '{ "mcpServers": [] }')
    expect(shortForm(diagnostics)).toEqual(['1:17 error schema-type'])
    expect(diagnostics[0].help).toContain('Claude Desktop reads "mcpServers" as an object keyed by server name')
  })

  it('refuses a trailing comma, since the app reads strict JSON', () => {
    const { diagnostics } = lintText('claude_desktop_config.json', '{ "mcpServers": { "a": { "command": "npx", } } }')
    expect(shortForm(diagnostics)).toEqual(['1:42 error strict-json'])
    expect(diagnostics[0].message).toContain('Claude Desktop reads this file as strict JSON')
  })
})

describe('claude-plugin', () => {
  it("accepts inline servers with plugin variables and normalises them with Claude Code's transport rule", () => {
    const { diagnostics, servers, host } = adapterLintFixture(
      'claude-plugin/valid/inline.json',
      'plugins/db/.claude-plugin/plugin.json'
    )
    expect(host).toBe('claude-plugin')
    expect(diagnostics).toEqual([])
    expect(servers.map((s) => [s.name, s.transport, s.pointer])).toEqual([
      ['postgres', 'stdio', ['mcpServers', 'postgres']],
      ['docs', 'http', ['mcpServers', 'docs']]
    ])
    expect(servers[0].command).toBe('${CLAUDE_PLUGIN_ROOT}/servers/db-server')
  })

  it('accepts paths, .mcpb bundles and URLs, alone or in an array with inline maps', () => {
    const { diagnostics, servers } = adapterLintFixture(
      'claude-plugin/valid/sources.json',
      '.claude-plugin/plugin.json'
    )
    expect(diagnostics).toEqual([])
    expect(servers.map((s) => [s.name, s.transport, s.pointer])).toEqual([
      ['events', 'sse', ['mcpServers', 3, 'events']]
    ])
    expect(
      adapterLintText('.claude-plugin/plugin.json', '{ "name": "p", "mcpServers": "./.mcp.json" }').diagnostics
    ).toEqual([])
  })

  it("accepts the network hosts a plugin's stdio server declares", () => {
    // Read by `claude plugin validate` (@anthropic-ai/claude-code 2.1.332), so not an ignored key.
    const { diagnostics } = adapterLintFixture('claude-plugin/valid/network.json', '.claude-plugin/plugin.json')
    expect(diagnostics).toEqual([])
  })

  it('accepts a manifest without MCP servers', () => {
    const { diagnostics, servers } = adapterLintText(
      '.claude-plugin/plugin.json',
      '{ "name": "p", "commands": "./commands" }'
    )
    expect(diagnostics).toEqual([])
    expect(servers).toEqual([])
  })

  it('reports a missing name and broken inline servers as Claude Code would', () => {
    const { diagnostics, servers } = adapterLintFixture(
      'claude-plugin/invalid/mistakes.json',
      '.claude-plugin/plugin.json'
    )
    expect(shortForm(diagnostics)).toEqual([
      '1:1 error schema-required',
      '4:5 error schema-required',
      '5:23 error schema-enum',
      '6:43 error schema-type',
      '6:56 notice schema-unknown-key'
    ])
    expect(diagnostics[0].message).toBe('the file is missing the required "name"')
    expect(diagnostics[0].help).toContain(
      'Claude Code loads a plugin (and its MCP servers) only when its manifest has a "name"'
    )
    expect(diagnostics[1].message).toContain('"mcpServers.remote" is missing the required "command"')
    expect(diagnostics[1].help).toContain('Without a remote "type"')
    expect(diagnostics[2].message).toContain('did you mean "http"?')
    // A typeless url is a broken stdio entry for Claude Code.
    expect(servers.map((s) => [s.name, s.transport])).toEqual([
      ['remote', 'stdio'],
      ['typo', 'unknown'],
      ['local', 'stdio']
    ])
  })

  it('reports paths without "./" and items of the wrong kind', () => {
    const { diagnostics } = adapterLintFixture('claude-plugin/invalid/bad-sources.json', '.claude-plugin/plugin.json')
    expect(shortForm(diagnostics)).toEqual([
      '3:18 error schema-value',
      '3:34 error schema-type',
      '3:40 error schema-required'
    ])
    expect(diagnostics[0].help).toContain('a path starting with "./"')
    expect(diagnostics[1].message).toContain('"mcpServers[1]" must be string or object, not the number 42')
    expect(diagnostics[2].message).toBe('"mcpServers[2].x" is missing the required "url"')
    expect(diagnostics[2].help).toContain('A remote server needs the "url" to connect to')
    expect(diagnostics[2].server).toBe('x')
    const single = adapterLintText('.claude-plugin/plugin.json', '{"name":"x","mcpServers":"mcp.json"}')
    expect(shortForm(single.diagnostics)).toEqual(['1:26 error schema-value'])
  })

  it('reports a source path with a placeholder, another extension, or a URL to anything but a bundle', () => {
    // @anthropic-ai/claude-code 2.1.332, plugin manifest schema: "./…json", "./…mcpb" (or .dxt), or a URL to an .mcpb.
    const { diagnostics } = adapterLintFixture('claude-plugin/invalid/source-paths.json', '.claude-plugin/plugin.json')
    expect(shortForm(diagnostics)).toEqual([
      '3:18 error schema-value',
      '3:53 error schema-value',
      '3:71 error schema-value'
    ])
    expect(diagnostics[0].help).toContain('cannot start with ${CLAUDE_PLUGIN_ROOT}')
  })
})

describe('cursor-cli', () => {
  it('accepts permission tokens beside keys only the global file reads, with comments, and defines no server', () => {
    const { diagnostics, servers, host } = adapterLintFixture('cursor-cli/valid/cli.json', '.cursor/cli.json')
    expect(host).toBe('cursor-cli')
    expect(diagnostics).toEqual([])
    expect(servers).toEqual([])
  })

  it('reports allow and deny lists that are not lists of tokens, at their values', () => {
    const { diagnostics, host } = adapterLintFixture('cursor-cli/invalid/permissions.json', 'app/.cursor/cli.json')
    expect(host).toBe('cursor-cli')
    expect(shortForm(diagnostics)).toEqual(['3:14 error schema-type', '4:27 error schema-type'])
  })
})

describe('claude-settings', () => {
  it('accepts the MCP approval keys beside any other settings, and defines no server', () => {
    const { diagnostics, servers, host } = adapterLintFixture(
      'claude-settings/valid/settings.json',
      '.claude/settings.json'
    )
    expect(host).toBe('claude-settings')
    expect(diagnostics).toEqual([])
    expect(servers).toEqual([])
  })

  it('reads settings.local.json too, and says nothing about an mcpServers key yet', () => {
    const { diagnostics, host, servers } = adapterLintText(
      '.claude/settings.local.json',
      '{ "mcpServers": { "a": { "command": "x" } } }\n'
    )
    expect(host).toBe('claude-settings')
    expect(diagnostics).toEqual([])
    expect(servers).toEqual([])
  })

  it('reports wrongly typed MCP keys at their values', () => {
    const { diagnostics } = adapterLintFixture('claude-settings/invalid/mcp-keys.json', '.claude/settings.local.json')
    expect(shortForm(diagnostics)).toEqual([
      '2:33 error schema-type',
      '3:28 error schema-type',
      '4:40 error schema-type',
      '6:21 error schema-value',
      '7:24 error schema-type',
      '8:5 error schema-required',
      '8:7 notice schema-unknown-key',
      '10:23 error schema-type'
    ])
    expect(diagnostics[0].message).toBe(
      '"enableAllProjectMcpServers" must be a boolean (true or false), not the string "true"'
    )
    expect(diagnostics[3].help).toContain('A server name holds only letters, digits, "_" and "-"')
    expect(diagnostics[5].message).toBe('"allowedMcpServers[2]" is missing the required "serverName"')
    expect(diagnostics[5].help).toContain(
      'Each entry matches servers by one of "serverName", "serverCommand" (an array: the command and its arguments) or "serverUrl"'
    )
  })

  it('takes any server name in the denylist, where the allowlist takes only letters, digits, "_" and "-"', () => {
    // @anthropic-ai/claude-code 2.1.332: deniedMcpServers' serverName is only non-empty and unpadded.
    const { diagnostics } = adapterLintFixture('claude-settings/valid/denied-names.json', '.claude/settings.json')
    expect(diagnostics).toEqual([])
  })

  it('reports an allow or deny entry that names two matchers, which Claude Code drops, and a padded name', () => {
    const { diagnostics } = adapterLintFixture('claude-settings/invalid/matchers.json', '.claude/settings.json')
    expect(shortForm(diagnostics)).toEqual([
      '2:25 error schema-value',
      '3:40 error schema-value',
      '3:53 error schema-value'
    ])
    expect(diagnostics[0].help).toContain('exactly one of "serverName", "serverCommand" or "serverUrl"')
    expect(diagnostics[1].help).toContain('must not be empty or start or end with a space')
    expect(diagnostics[2].message).toContain('"deniedMcpServers[1]"')
  })

  it('reads settings as strict JSON', () => {
    const { diagnostics } = adapterLintText('.claude/settings.json', '{\n  "enableAllProjectMcpServers": true,\n}\n')
    expect(shortForm(diagnostics)).toEqual(['2:37 error strict-json'])
  })
})

describe('cline', () => {
  it('reads a typeless url as SSE, streamableHttp and the older transportType', () => {
    const { diagnostics, servers, host } = lintFixture('cline/valid/cline_mcp_settings.json', 'cline_mcp_settings.json')
    expect(host).toBe('cline')
    expect(diagnostics).toEqual([])
    expect(servers.map((s) => [s.name, s.transport, s.declaredType])).toEqual([
      ['memory', 'stdio', undefined],
      ['events', 'sse', undefined],
      ['api', 'http', 'streamableHttp'],
      ['old', 'http', 'streamableHttp']
    ])
  })

  it("reports another host's spelling of a type and an empty entry, not a timeout Cline clamps", () => {
    const { diagnostics } = lintFixture('cline/invalid/cline_mcp_settings.json', 'cline_mcp_settings.json')
    expect(shortForm(diagnostics)).toEqual(['3:24 error schema-enum', '5:5 error schema-required'])
    expect(diagnostics[0].message).toContain('did you mean "streamableHttp"?')
  })

  it('reads what the command line writes: a nested transport, OAuth state and any timeout', () => {
    const { diagnostics, servers } = lintFixture('cline/valid/cli-written.json', 'cline_mcp_settings.json')
    // Cline (cline/cline config-loader.ts and the extension's schemas.ts @21cb8d2) reads every key here,
    // expands ${env:NAME} in the extension, and clamps or defaults a timeout instead of refusing it.
    expect(diagnostics).toEqual([])
    expect(servers.map((s) => [s.name, s.transport, s.declaredType])).toEqual([
      ['linear', 'http', 'streamableHttp'],
      ['files', 'stdio', 'stdio'],
      ['team', 'http', 'streamableHttp'],
      ['github', 'http', 'streamableHttp'],
      ['notes', 'stdio', undefined]
    ])
    expect(servers[0].url).toBe('https://mcp.linear.app/mcp')
    expect(servers[0].fields.type).toEqual(['mcpServers', 'linear', 'transport', 'type'])
    expect(servers[1].command).toBe('npx')
    expect(servers[1].cwd).toBe('/srv/docs')
    expect(servers[1].fields.command).toEqual(['mcpServers', 'files', 'transport', 'command'])
  })

  it('reports a nested transport without its type, command or url, or with a foreign type', () => {
    const { diagnostics, servers } = lintFixture('cline/invalid/nested-transport.json', 'cline_mcp_settings.json')
    expect(shortForm(diagnostics)).toEqual([
      '3:18 error schema-required',
      '4:21 error schema-required',
      '5:17 error schema-required',
      '6:39 error schema-enum'
    ])
    expect(diagnostics[0].message).toBe('"mcpServers.untyped.transport" is missing the required "type"')
    expect(diagnostics[1].help).toContain('Cline starts a "stdio" transport from its "command"')
    expect(diagnostics[2].help).toContain('Cline connects to an "sse" or "streamableHttp" transport at its "url"')
    expect(servers.map((s) => s.transport)).toEqual(['unknown', 'stdio', 'sse', 'unknown'])
  })
})

describe('codex', () => {
  it('accepts stdio and Streamable HTTP tables, per-tool settings, override-only tables and other config keys', () => {
    const { diagnostics, servers, host } = adapterLintFixture(
      'codex/valid/stdio-http-and-overrides.toml',
      '.codex/config.toml'
    )
    expect(host).toBe('codex')
    expect(diagnostics).toEqual([])
    expect(servers.map((s) => [s.name, s.transport, s.disabled ?? false])).toEqual([
      ['docs', 'stdio', false],
      ['github', 'http', false],
      ['notion', 'unknown', true]
    ])
    const docs = servers[0]
    expect(docs.command).toBe('npx')
    expect(docs.args).toEqual(['-y', '@upstash/context7-mcp'])
    expect(docs.cwd).toBe('C:\\Projects\\docs')
    expect(docs.env).toEqual({ LOG_LEVEL: 'debug' })
    expect(docs.pointer).toEqual(['mcp_servers', 'docs'])
    expect(servers[1].url).toBe('https://api.githubcopilot.com/mcp/')
    expect(servers[1].headers).toEqual({ 'X-MCP-Toolsets': 'repos,issues' })
  })

  it('is found in nested .codex folders too', () => {
    expect(adapterLintText('tools/app/.codex/config.toml', '[mcp_servers.a]\ncommand = "x"\n').host).toBe('codex')
  })

  it('reports mixed transports, a missing transport, bearer_token and wrong types at their keys', () => {
    const { diagnostics, servers } = adapterLintFixture('codex/invalid/transport-mistakes.toml', '.codex/config.toml')
    expect(shortForm(diagnostics)).toEqual([
      '4:1 error schema-shape',
      '8:1 error schema-shape',
      '9:1 error schema-shape',
      '11:14 error schema-required',
      '17:1 notice schema-unknown-key',
      '18:23 error schema-type',
      '19:16 error schema-type',
      '20:31 error schema-enum',
      '23:7 error schema-format'
    ])
    expect(diagnostics[0]).toMatchObject({
      message: '"mcp_servers.mixed.url" is not supported for a stdio server',
      messageId: 'notForStdio',
      data: { where: '"mcp_servers.mixed.url"', server: 'mixed', key: 'url' },
      server: 'mixed'
    })
    expect(diagnostics[0].help).toBe(
      'Codex starts "mixed" with its "command" and refuses the whole config when "url" sits beside it; remove "url", or move the remote server to its own table.'
    )
    expect(diagnostics[1]).toMatchObject({
      message: '"mcp_servers.remote.env" is not supported for a Streamable HTTP server',
      messageId: 'notForHttp',
      data: { key: 'env', server: 'remote' }
    })
    expect(diagnostics[2]).toMatchObject({
      message: '"mcp_servers.remote.bearer_token" is not supported: Codex refuses a token written into the config',
      messageId: 'tokenInConfig'
    })
    expect(diagnostics[2].help).toContain('name that variable in "bearer_token_env_var"')
    expect(diagnostics[3]).toMatchObject({
      message: '"mcp_servers.nothing" has neither "command" nor "url"',
      messageId: 'noTransport',
      data: { where: '"mcp_servers.nothing"', server: 'nothing' }
    })
    expect(diagnostics[3].help).toContain('Codex refuses the whole config ("invalid transport")')
    expect(diagnostics[4].message).toBe('unknown key "type" in "mcp_servers.typed": Codex ignores it')
    expect(diagnostics[6].message).toBe('"mcp_servers.typed.env.PORT" must be a string, not the number 8080')
    expect(diagnostics[7].message).toContain('accepts only one of "auto", "prompt", "approve", "writes"')
    expect(diagnostics[8].help).toContain('must be an http:// or https:// URL')
    // Codex picks stdio when both are present; a table with neither has no transport of its own.
    expect(servers.map((s) => [s.name, s.transport])).toEqual([
      ['mixed', 'stdio'],
      ['remote', 'http'],
      ['nothing', 'unknown'],
      ['typed', 'stdio'],
      ['badurl', 'http']
    ])
  })

  it('knows the server keys of Codex 0.171.0: header helper, auth, readiness, omitted surfaces, OAuth client, tool budget', () => {
    const { diagnostics, servers } = adapterLintFixture('codex/valid/current-keys.toml', '.codex/config.toml')
    expect(diagnostics).toEqual([])
    expect(servers.map((s) => [s.name, s.transport])).toEqual([
      ['docs', 'http'],
      ['builder', 'stdio'],
      ['notion', 'unknown']
    ])
  })

  it('reports what Codex 0.171.0 refuses in those keys, and experimental_environment, which it no longer reads', () => {
    const { diagnostics } = adapterLintFixture('codex/invalid/current-key-mistakes.toml', '.codex/config.toml')
    expect(shortForm(diagnostics)).toEqual([
      '4:1 error schema-shape',
      '5:1 error schema-shape',
      '6:1 error schema-shape',
      '7:40 error schema-enum',
      '11:23 error schema-value',
      '12:8 error schema-enum',
      '13:21 error schema-enum',
      '14:1 error schema-required',
      '15:1 notice schema-unknown-key',
      '18:22 error schema-value'
    ])
    // "oauth is not supported for stdio", "http_headers_helper ...", "auth ...": Codex refuses the config.
    expect(diagnostics.slice(0, 3).map((d) => d.data?.key)).toEqual(['oauth', 'http_headers_helper', 'auth'])
    expect(diagnostics[4].help).toContain('"http_headers_helper must not be empty"')
    expect(diagnostics[7].message).toBe('"mcp_servers.remote.oauth" is missing the required "client_id"')
  })

  it("looks for the system config (/etc/codex, ProgramData on Windows) besides the user's ~/.codex/config.toml", () => {
    expect(codex.profile.userFiles.map((f) => [f.scope, f.paths.linux, f.paths.win32])).toEqual([
      [
        'user',
        ['${CODEX_HOME}/config.toml', '~/.codex/config.toml'],
        ['${CODEX_HOME}/config.toml', '~/.codex/config.toml']
      ],
      [
        'managed',
        ['/etc/codex/config.toml'],
        ['${ProgramData}/OpenAI/Codex/config.toml', 'C:/ProgramData/OpenAI/Codex/config.toml']
      ]
    ])
  })

  it('accepts a table that only switches off a server defined in the user config, but not an empty one', () => {
    expect(
      adapterLintText('.codex/config.toml', '[mcp_servers.notion]\nenabled = false\ntool_timeout_sec = 30\n')
        .diagnostics
    ).toEqual([])
    expect(shortForm(adapterLintText('.codex/config.toml', '[mcp_servers.notion]\n').diagnostics)).toEqual([
      '1:14 error schema-required'
    ])
  })

  it('refuses bearer_token even beside a url, and reports a server that is not a table', () => {
    const { diagnostics } = adapterLintText(
      '.codex/config.toml',
      'mcp_servers.a = "npx"\n\n[mcp_servers.b]\nurl = "https://x.dev/mcp"\nbearer_token = "t"\n'
    )
    expect(shortForm(diagnostics)).toEqual(['1:17 error schema-type', '5:1 error schema-shape'])
  })

  it('reports invalid TOML as a syntax error', () => {
    const { diagnostics } = adapterLintText('.codex/config.toml', '[mcp_servers.a]\ncommand = "npx\n')
    expect(shortForm(diagnostics)).toEqual(['2:15 error syntax-error'])
  })
})

describe('continue', () => {
  it('accepts a YAML block with stdio, streamable-http, sse, typeless-url and hub servers', () => {
    const { diagnostics, servers, host } = adapterLintFixture(
      'continue/valid/block.yaml',
      '.continue/mcpServers/team.yaml'
    )
    expect(host).toBe('continue')
    expect(diagnostics).toEqual([])
    expect(servers.map((s) => [s.name, s.transport, s.declaredType, s.pointer])).toEqual([
      ['GitHub', 'stdio', undefined, ['mcpServers', 0]],
      ['Docs', 'http', 'streamable-http', ['mcpServers', 1]],
      ['Events', 'sse', 'sse', ['mcpServers', 2]],
      // Without a type Continue tries Streamable HTTP first, then SSE.
      ['Search', 'http', undefined, ['mcpServers', 3]]
    ])
    expect(servers[0].env).toEqual({ GITHUB_PERSONAL_ACCESS_TOKEN: '${{ secrets.GITHUB_TOKEN }}' })
    expect(servers[0].cwd).toBe('./tools')
    expect(servers[1].headers).toEqual({ Authorization: 'Bearer ${{ secrets.DOCS_TOKEN }}' })
  })

  it("reads JSON drop-ins as JSONC in the Claude map format, with Continue's transport rules", () => {
    const { diagnostics, servers } = adapterLintFixture(
      'continue/valid/claude-style.json',
      '.continue/mcpServers/claude.json'
    )
    expect(diagnostics).toEqual([])
    expect(servers.map((s) => [s.name, s.transport])).toEqual([
      ['filesystem', 'stdio'],
      ['linear', 'sse'],
      ['cloudflare', 'http'],
      ['github', 'http']
    ])
    expect(servers[3].headers).toEqual({ Authorization: 'Bearer ${GITHUB_TOKEN}' })
  })

  it('reads a JSON file holding one server as a server named after the file', () => {
    const { diagnostics, servers } = adapterLintFixture(
      'continue/valid/memory.json',
      '.continue/mcpServers/memory.json'
    )
    expect(diagnostics).toEqual([])
    expect(servers.map((s) => [s.name, s.transport, s.pointer])).toEqual([['memory', 'stdio', []]])
  })

  it('checks only the mcpServers list of config.yaml', () => {
    const { diagnostics, servers, host } = adapterLintFixture(
      'continue/valid/config.yaml',
      'dotfiles/.continue/config.yaml'
    )
    expect(host).toBe('continue')
    expect(diagnostics).toEqual([])
    expect(servers.map((s) => s.name)).toEqual(['Playwright'])
    expect(adapterLintText('.continue/config.yaml', 'models: []\n').diagnostics).toEqual([])
  })

  it('reports each mistake of a YAML block at its position', () => {
    const { diagnostics, servers } = adapterLintFixture(
      'continue/invalid/block-mistakes.yaml',
      '.continue/mcpServers/broken.yaml'
    )
    expect(shortForm(diagnostics)).toEqual([
      '2:10 error schema-type',
      '7:5 notice schema-unknown-key',
      '9:13 error schema-type',
      '10:5 error schema-required',
      '12:11 error schema-enum',
      '14:5 error schema-required',
      '17:5 error schema-required'
    ])
    expect(diagnostics[0].message).toBe('"version" must be a string, not the number 1')
    expect(diagnostics[0].help).toContain('Continue reads the version as text: quote it, e.g. "1.0"')
    expect(diagnostics[1].message).toBe('unknown key "arguments" in "mcpServers[0]": Continue ignores it')
    expect(diagnostics[1].server).toBe('ok')
    expect(diagnostics[3].message).toBe('"mcpServers[1]" is missing the required "name"')
    expect(diagnostics[4].help).toContain('In a YAML block, Streamable HTTP is spelled "streamable-http"')
    expect(diagnostics[5].message).toContain('is missing the required "command"')
    expect(diagnostics[5].help).toContain('Continue refuses the block')
    expect(diagnostics[6].message).toBe('"mcpServers[4]" is missing the required "url"')
    expect(diagnostics[6].help).toContain('A remote server (type sse or streamable-http) needs the "url" to connect to')
    expect(servers.map((s) => [s.name, s.transport])).toEqual([
      ['ok', 'stdio'],
      ['mcpServers[1]', 'stdio'],
      ['remote', 'unknown'],
      ['stdio-url', 'unknown'],
      ['sse-no-url', 'sse']
    ])
  })

  it('explains a server map where Continue wants a list', () => {
    const { diagnostics } = adapterLintFixture('continue/invalid/map-not-list.yaml', '.continue/mcpServers/map.yaml')
    expect(shortForm(diagnostics)).toEqual(['5:3 error schema-type'])
    expect(diagnostics[0].help).toContain('Continue reads mcpServers as a list whose items start with "- name:"')
  })

  it('reports a block without an mcpServers list once', () => {
    const { diagnostics } = adapterLintText('.continue/mcpServers/fragment.yaml', '  monitoring:\n    command: uv\n')
    expect(shortForm(diagnostics)).toEqual(['1:3 error schema-required'])
    expect(diagnostics[0]).toMatchObject({
      message: 'this block has no "mcpServers" list, so Continue loads no server from it',
      messageId: 'noServerList',
      data: { key: 'mcpServers' }
    })
    expect(diagnostics[0].help).toContain('then "mcpServers:" with items that start with "- name:"')
  })

  it('reports a server block that also lists models, which Continue loads as a models block', () => {
    const text = [
      'name: Tools',
      'version: 0.0.1',
      'schema: v1',
      'models:',
      '  - name: local',
      '    provider: ollama',
      '    model: llama3',
      'mcpServers:',
      '  - name: fs',
      '    command: npx',
      '    args: ["-y", "@modelcontextprotocol/server-filesystem", "."]',
      ''
    ].join('\n')
    const { diagnostics, servers } = adapterLintText('.continue/mcpServers/tools.yaml', text)
    expect(shortForm(diagnostics.filter((d) => d.messageId === 'otherBlockKind'))).toEqual([
      '4:1 error schema-required'
    ])
    expect(diagnostics.find((d) => d.messageId === 'otherBlockKind')?.message).toBe(
      'this block also lists "models", so Continue loads it as a models block and starts none of its servers'
    )
    expect(servers).toEqual([])
    // An empty models list does not change the block's kind; config.yaml holds every section.
    const servers2 = adapterLintText(
      '.continue/mcpServers/tools.yaml',
      text.replace(/models:[^]*?mcpServers/, 'models: []\nmcpServers')
    )
    expect(servers2.diagnostics.filter((d) => d.messageId === 'otherBlockKind')).toEqual([])
    expect(servers2.servers.map((s) => s.name)).toEqual(['fs'])
    expect(
      adapterLintText('.continue/config.yaml', text).diagnostics.filter((d) => d.messageId === 'otherBlockKind')
    ).toEqual([])
  })

  it('reports JSON drop-in mistakes that make Continue skip the file', () => {
    const { diagnostics } = adapterLintFixture('continue/invalid/json-mistakes.json', '.continue/mcpServers/mcp.json')
    expect(shortForm(diagnostics)).toEqual([
      '3:25 error schema-enum',
      '4:5 error schema-required',
      '4:16 notice schema-unknown-key',
      '5:43 error schema-type',
      '5:56 notice schema-unknown-key'
    ])
    expect(diagnostics[0].help).toContain('Streamable HTTP is spelled "http"')
    expect(diagnostics[1].help).toContain('makes Continue skip the whole file')
  })

  it('reports a JSON file in neither format once', () => {
    const { diagnostics } = adapterLintFixture(
      'continue/invalid/not-a-config.json',
      '.continue/mcpServers/servers.json'
    )
    expect(shortForm(diagnostics)).toEqual(['1:1 error schema-required'])
    expect(diagnostics[0]).toMatchObject({
      message: 'this JSON file has neither an "mcpServers" map nor the "command" or "url" of a single server',
      messageId: 'noServerMap',
      data: { key: 'mcpServers' }
    })
    expect(diagnostics[0].help).toContain("doesn't match a supported MCP JSON configuration format")
  })

  it("accepts the block header's env and requestOptions and a server's sourceSlug", () => {
    const { diagnostics, servers } = adapterLintFixture(
      'continue/valid/block-header.yaml',
      '.continue/mcpServers/shared.yaml'
    )
    expect(diagnostics).toEqual([])
    expect(servers.map((s) => [s.name, s.transport])).toEqual([['Docs', 'http']])
  })

  it("reads the projects of a copied ~/.claude.json and a stdio server's envFile", () => {
    const { diagnostics, servers } = adapterLintFixture(
      'continue/valid/claude-json-copy.json',
      '.continue/mcpServers/claude.json'
    )
    expect(diagnostics).toEqual([])
    expect(servers.map((s) => [s.name, s.transport, s.pointer])).toEqual([
      ['db', 'stdio', ['projects', '/home/ann/app', 'mcpServers', 'db']],
      ['docs', 'http', ['projects', '/home/ann/site', 'mcpServers', 'docs']]
    ])
  })

  it('does not claim the JSON reader checks a url: only the connection fails', () => {
    const { diagnostics } = adapterLintText(
      '.continue/mcpServers/a.json',
      '{ "mcpServers": { "a": { "url": "not a url" } } }'
    )
    expect(shortForm(diagnostics)).toEqual(['1:33 error schema-format'])
    expect(diagnostics[0].help).toBe('Continue cannot use it as a valid URL; correct it.')
  })

  it('reads the global block folder, YAML and JSON alike, on every system', () => {
    const files = continueDev.profile.userFiles.map((file) => [file.paths.linux?.at(-1), file.unconfirmed])
    expect(files).toEqual([
      ['~/.continue/config.yaml', {}],
      ['~/.continue/mcpServers/*.yaml', {}],
      ['~/.continue/mcpServers/*.yml', {}],
      ['~/.continue/mcpServers/*.json', {}]
    ])
  })

  it('parses YAML blocks as YAML and JSON drop-ins as JSONC', () => {
    expect(shortForm(adapterLintText('.continue/mcpServers/a.yaml', 'name: [\n').diagnostics)).toEqual([
      '2:1 error syntax-error'
    ])
    expect(
      shortForm(
        adapterLintText('.continue/mcpServers/a.json', '{ "mcpServers": { "a": { "command": "x" } }').diagnostics
      )
    ).toEqual(['1:44 error syntax-error'])
  })
})

describe('copilot-agent', () => {
  it('accepts mcp-servers in an agent profile with secrets and Claude-style types', () => {
    const { diagnostics, servers, host } = adapterLintFixture(
      'copilot-agent/valid/context7.agent.md',
      '.github/agents/context7.agent.md'
    )
    expect(host).toBe('copilot-agent')
    expect(diagnostics).toEqual([])
    expect(servers.map((s) => [s.name, s.transport, s.declaredType, s.pointer])).toEqual([
      ['context7', 'http', 'http', ['mcp-servers', 'context7']],
      // "stdio" is mapped to the cloud agent's "local".
      ['custom-mcp', 'stdio', 'stdio', ['mcp-servers', 'custom-mcp']]
    ])
    expect(servers[0].headers).toEqual({ CONTEXT7_API_KEY: '${{ secrets.COPILOT_MCP_CONTEXT7 }}' })
    expect(servers[1].env).toEqual({
      ENV_VAR_NAME: '${{ secrets.COPILOT_MCP_ENV_VAR_VALUE }}',
      OTHER: '$COPILOT_MCP_OTHER'
    })
  })

  it('leaves agent profiles without mcp-servers alone', () => {
    expect(adapterLintFixture('copilot-agent/valid/no-mcp.agent.md', '.github/agents/reviewer.agent.md')).toEqual({
      diagnostics: [],
      servers: [],
      host: null
    })
    expect(adapterLintText('.github/agents/plain.agent.md', '# no front matter\n').host).toBeNull()
  })

  it("requires what the cloud agent requires, at the file's own lines", () => {
    const { diagnostics } = adapterLintFixture(
      'copilot-agent/invalid/missing-fields.agent.md',
      '.github/agents/broken.agent.md'
    )
    expect(shortForm(diagnostics)).toEqual([
      '5:3 error schema-required',
      '5:3 error schema-required',
      '7:3 error schema-required',
      '11:3 error schema-required',
      '13:12 error schema-type',
      '14:5 notice schema-unknown-key'
    ])
    expect(diagnostics.map((d) => d.message.split(':')[0])).toEqual([
      '"mcp-servers.docs" is missing the required "tools"',
      '"mcp-servers.docs" is missing the required "type"',
      '"mcp-servers.local" is missing the required "args"',
      '"mcp-servers.remote" is missing the required "url"',
      '"mcp-servers.remote.tools" must be an array, not the string "*"',
      'unknown key "allowed" in "mcp-servers.remote"'
    ])
    expect(diagnostics[0].help).toContain('The Copilot cloud agent requires "type" and "tools" on every server')
    expect(diagnostics[0].server).toBe('docs')
  })

  it('reports a server map written as a list', () => {
    const text = '---\ndescription: x\nmcp-servers:\n  - name: a\n    type: local\n---\n'
    const { diagnostics } = adapterLintText('.github/agents/list.agent.md', text)
    expect(shortForm(diagnostics)).toEqual(['4:3 error schema-type'])
    expect(diagnostics[0].help).toContain('Copilot reads "mcp-servers" as a map from server name to its settings')
  })
})

describe('copilot', () => {
  it('accepts the CLI format, with type and tools optional as the CLI defaults them', () => {
    const { diagnostics, servers, host } = adapterLintFixture(
      'copilot/valid/cli-config.json',
      '.copilot/mcp-config.json'
    )
    expect(host).toBe('copilot')
    expect(diagnostics).toEqual([])
    expect(servers.map((s) => [s.name, s.transport, s.declaredType])).toEqual([
      ['serena', 'stdio', 'local'],
      ['azure', 'stdio', 'stdio'],
      ['memory', 'stdio', undefined],
      ['github', 'http', 'http'],
      ['cloudflare', 'sse', 'sse']
    ])
    expect(servers[0].cwd).toBe('/tmp')
    expect(servers[3].headers).toEqual({ Authorization: 'Bearer ${GITHUB_TOKEN}' })
  })

  it('accepts the other server keys the CLI reads (timeouts, tool filters, OAuth), as unknown to none', () => {
    // @github/copilot 1.0.102 schemas/api.schema.json McpServerConfigStdio and McpServerConfigHttp.
    const { diagnostics, servers } = adapterLintFixture('copilot/valid/cli-options.json', '.github/mcp.json')
    expect(diagnostics).toEqual([])
    expect(servers.map((s) => [s.name, s.transport])).toEqual([
      ['playwright', 'stdio'],
      ['internal', 'http']
    ])
  })

  it('accepts a complete cloud agent configuration in .github/copilot-mcp.json', () => {
    const { diagnostics, servers } = adapterLintFixture('copilot/valid/cloud-agent.json', '.github/copilot-mcp.json')
    expect(diagnostics).toEqual([])
    expect(servers.map((s) => s.name)).toEqual(['sentry', 'cloudflare'])
  })

  it('accepts a bare server map in the CLI workspace file .github/mcp.json only', () => {
    const bare = '{ "github": { "type": "http", "url": "https://api.githubcopilot.com/mcp/" } }\n'
    const workspace = adapterLintText('.github/mcp.json', bare)
    expect(workspace.diagnostics).toEqual([])
    expect(workspace.servers.map((s) => [s.name, s.pointer])).toEqual([['github', ['github']]])
    expect(shortForm(adapterLintText('.copilot/mcp-config.json', bare).diagnostics)).toEqual([
      '1:1 error schema-required',
      '1:3 notice schema-unknown-key'
    ])
  })

  it('reports servers Copilot cannot start or connect to', () => {
    const { diagnostics, servers } = adapterLintFixture('copilot/invalid/mistakes.json', '.github/mcp.json')
    expect(shortForm(diagnostics)).toEqual([
      '3:5 error schema-required',
      '4:5 error schema-required',
      '4:61 error schema-type',
      '5:23 error schema-enum',
      '6:53 notice schema-unknown-key'
    ])
    expect(diagnostics[0].message).toBe('"mcpServers.remote" is missing the required "url"')
    expect(diagnostics[0].help).toContain('A remote server (type http or sse) needs the "url" to connect to')
    expect(diagnostics[0].server).toBe('remote')
    expect(diagnostics[1].help).toContain('A local server (type local or stdio) needs the "command" to start')
    expect(diagnostics[3].help).toContain('Copilot spells Streamable HTTP "http"')
    expect(servers.find((s) => s.name === 'typo')?.transport).toBe('unknown')
  })

  it('warns about what the cloud agent would refuse in its pasted JSON, once per server', () => {
    const { diagnostics } = adapterLintFixture('copilot/invalid/cloud-agent-gaps.json', '.github/copilot-mcp.json')
    expect(shortForm(diagnostics)).toEqual(['3:5 warning schema-required', '4:5 warning schema-required'])
    expect(diagnostics[0]).toMatchObject({
      message: '"mcpServers.nx" lacks "type", "tools" and "args", which the Copilot cloud agent requires',
      messageId: 'cloudAgentMissing',
      data: { where: '"mcpServers.nx"', keys: '"type", "tools" and "args"' },
      server: 'nx'
    })
    expect(diagnostics[0].help).toBe(
      'Copilot reads no .github/copilot-mcp.json, and pasting this entry into the repository\'s Copilot settings fails validation; add "type": "local", "tools": ["*"] (or a list of read-only tools) and "args": [].'
    )
    expect(diagnostics[1]).toMatchObject({
      messageId: 'cloudAgentMissing',
      data: { where: '"mcpServers.docs"', keys: '"tools"' }
    })
    // The CLI files default type and tools, so the same content there is clean.
    expect(adapterLintFixture('copilot/invalid/cloud-agent-gaps.json', '.copilot/mcp-config.json').diagnostics).toEqual(
      []
    )
  })

  it('reports comments as a strict JSON error', () => {
    const { diagnostics } = adapterLintText('.github/mcp.json', '{\n  // servers\n  "mcpServers": {}\n}\n')
    expect(shortForm(diagnostics)).toEqual(['2:3 error strict-json'])
  })
})

describe('crush', () => {
  it('reads the mcp map of crush.json: stdio, http and sse by their type', () => {
    const { diagnostics, servers, host } = lintFixture('crush/valid/crush.json', 'crush.json')
    expect(host).toBe('crush')
    expect(diagnostics).toEqual([])
    expect(servers.map((s) => [s.name, s.transport, s.disabled ?? false])).toEqual([
      ['filesystem', 'stdio', false],
      ['github', 'http', false],
      ['events', 'sse', true]
    ])
  })

  it('reports a missing type (which Crush cannot start), a stdio entry without command, a foreign type and cwd', () => {
    const { diagnostics, servers } = lintFixture('crush/invalid/crush.json', '.crush.json')
    expect(shortForm(diagnostics)).toEqual([
      '3:5 error schema-required',
      '4:5 error schema-required',
      '5:24 error schema-enum',
      '6:52 notice schema-unknown-key'
    ])
    expect(diagnostics[0].message).toBe('"mcp.untyped" is missing the required "type"')
    expect(diagnostics[0].help).toContain(
      'Crush requires "type" on every server ("stdio", "sse" or "http"): without it the server fails to start ("unsupported mcp type: ")'
    )
    expect(diagnostics[3].message).toBe('unknown key "cwd" in "mcp.extra": Crush ignores it')
    expect(servers.find((s) => s.name === 'untyped')?.transport).toBe('unknown')
  })

  it('reads crush.json as strict JSON, and "oauth" as the boolean Crush decodes it into', () => {
    const { diagnostics } = lintFixture('crush/invalid/commented.json', 'crush.json')
    expect(shortForm(diagnostics)).toEqual([
      '2:3 error strict-json',
      '4:87 error schema-type',
      '4:108 error strict-json'
    ])
    expect(diagnostics[1].message).toBe('"mcp.github.oauth" must be a boolean (true or false), not an object')
    expect(diagnostics[0].message).toBe('Crush reads this file as strict JSON, which has no comments')
  })

  it('accepts oauth, the token Crush stores and a timeout of 0 (which means the default)', () => {
    expect(lintFixture('crush/valid/oauth.json', 'crush.json').diagnostics).toEqual([])
  })

  it('leaves a crush.json without MCP servers alone', () => {
    expect(lintText('crush.json', '{ "providers": {} }\n').host).toBeNull()
  })
})

describe('cursor', () => {
  it('accepts stdio, Streamable HTTP and SSE servers with envFile, auth and Cursor placeholders', () => {
    const { diagnostics, servers, host } = lintFixture('cursor/valid/all-transports.json', '.cursor/mcp.json')
    expect(host).toBe('cursor')
    expect(diagnostics).toEqual([])
    // Without a type, a command is stdio and a url is Streamable HTTP; a declared type wins.
    expect(servers.map((s) => [s.name, s.transport, s.declaredType])).toEqual([
      ['filesystem', 'stdio', undefined],
      ['github', 'http', undefined],
      ['events', 'sse', 'sse'],
      ['crm', 'http', 'http']
    ])
    expect(servers[0].env).toEqual({ LOG_LEVEL: 'info', CACHE_DIR: '${userHome}${/}.cache${/}mcp' })
    expect(servers[1].url).toBe('https://api.githubcopilot.com/mcp/')
    expect(servers[1].headers).toEqual({ Authorization: 'Bearer ${env:GITHUB_TOKEN}' })
  })

  it('is found in nested .cursor folders too', () => {
    expect(lintText('apps/web/.cursor/mcp.json', '{ "mcpServers": {} }').host).toBe('cursor')
  })

  it('reports a nested transport, an unknown type, wrong types, a bad url and an incomplete auth at their keys', () => {
    const { diagnostics, servers } = lintFixture('cursor/invalid/mistakes.json', '.cursor/mcp.json')
    expect(shortForm(diagnostics)).toEqual([
      '2:3 notice schema-unknown-key',
      '4:5 error schema-required',
      '4:16 notice schema-unknown-key',
      '5:23 error schema-enum',
      '6:39 error schema-type',
      '6:55 notice schema-unknown-key',
      '7:21 error schema-format',
      '7:34 error schema-required',
      '7:54 error schema-type'
    ])
    expect(diagnostics[0].message).toBe('unknown key "version" in the top level: Cursor ignores it')
    expect(diagnostics[1].message).toBe('"mcpServers.figma" is missing the required "url"')
    expect(diagnostics[1].help).toContain(
      'Cursor starts a stdio server from its "command" or connects to a remote server at its "url", and this entry has neither'
    )
    expect(diagnostics[1].server).toBe('figma')
    expect(diagnostics[3].message).toContain(
      '"mcpServers.docs.type" is "streamableHttp", but Cursor accepts only one of "stdio", "sse", "http", "streamable-http"; did you mean "streamable-http"?'
    )
    expect(diagnostics[4].message).toBe('"mcpServers.db.args" must be an array, not the string "postgres-mcp"')
    expect(diagnostics[5].message).toBe('unknown key "cwd" in "mcpServers.db": Cursor ignores it')
    expect(diagnostics[6].message).toBe('"mcpServers.crm.url" is not a valid URL: "not a url"')
    expect(diagnostics[7].message).toBe('"mcpServers.crm.auth" is missing the required "CLIENT_ID"')
    expect(diagnostics[7].help).toContain('Cursor\'s static OAuth client needs its "CLIENT_ID"')
    expect(servers.map((s) => [s.name, s.transport])).toEqual([
      ['figma', 'unknown'],
      ['docs', 'unknown'],
      ['db', 'stdio'],
      ['crm', 'http']
    ])
  })

  it('reports VS Code\'s "servers" key once, at the key, whether or not "mcpServers" is there too', () => {
    const alone = lintText(
      '.cursor/mcp.json',
      '{\n  "servers": {\n    "a": { "command": "npx" },\n    "b": { "url": "https://b.example.com/mcp" }\n  }\n}\n'
    )
    expect(shortForm(alone.diagnostics)).toEqual(['2:3 error schema-unknown-key'])
    expect(alone.diagnostics[0]).toMatchObject({
      messageId: 'wrongKey',
      data: { host: 'Cursor', key: 'servers', expected: 'mcpServers' }
    })
    expect(alone.diagnostics[0].help).toContain(
      'Cursor reads servers only from "mcpServers" in .cursor/mcp.json, so the 2 servers under it are never started: rename the key to "mcpServers".'
    )
    expect(alone.servers).toEqual([])
    const both = lintText(
      '.cursor/mcp.json',
      '{ "mcpServers": { "a": { "command": "npx" } }, "servers": { "b": { "command": "uvx" } } }'
    )
    expect(shortForm(both.diagnostics)).toEqual(['1:48 error schema-unknown-key'])
    expect(both.diagnostics[0].help).toContain('so the 1 server under it is never started: move it into "mcpServers".')
    expect(both.servers.map((s) => s.name)).toEqual(['a'])
  })

  it('reports a file without "mcpServers" and a trailing comma', () => {
    const { diagnostics } = lintText('.cursor/mcp.json', '{ "tools": [] }')
    expect(shortForm(diagnostics)).toEqual(['1:1 error schema-required', '1:3 notice schema-unknown-key'])
    expect(diagnostics[0].message).toBe('the file is missing the required "mcpServers"')
    expect(diagnostics[0].help).toContain('Cursor reads servers only from the top-level "mcpServers" object')
    expect(
      shortForm(
        lintText('.cursor/mcp.json', '{ "mcpServers": { "a": { "url": "https://a.example.com/mcp" }, } }').diagnostics
      )
    ).toEqual(['1:62 error strict-json'])
  })
})

describe('devcontainer (VS Code dev containers)', () => {
  it("reads customizations.vscode.mcp with VS Code's meaning, comments and trailing commas allowed", () => {
    const { diagnostics, servers, host } = lintFixture(
      'devcontainer/valid/devcontainer.json',
      '.devcontainer/devcontainer.json'
    )
    expect(host).toBe('devcontainer')
    expect(diagnostics).toEqual([])
    expect(servers.map((s) => [s.name, s.transport, s.pointer.join('.')])).toEqual([
      ['fs', 'stdio', 'customizations.vscode.mcp.servers.fs'],
      ['github', 'http', 'customizations.vscode.mcp.servers.github']
    ])
  })

  it('reports Claude\'s "mcpServers" key and an unknown type', () => {
    const { diagnostics } = lintFixture('devcontainer/invalid/devcontainer.json', '.devcontainer.json')
    expect(shortForm(diagnostics)).toEqual(['5:9 error schema-unknown-key', '6:39 error schema-enum'])
  })

  it('leaves a devcontainer.json without MCP servers alone', () => {
    expect(lintText('.devcontainer/devcontainer.json', '{ "image": "node:22" }\n').host).toBeNull()
  })
})

describe('factory (Factory droid)', () => {
  it('reads .factory/mcp.json: stdio by default, http and sse by type', () => {
    const { diagnostics, servers, host } = lintFixture('factory/valid/mcp.json', '.factory/mcp.json')
    expect(host).toBe('factory')
    expect(diagnostics).toEqual([])
    expect(servers.map((s) => [s.name, s.transport])).toEqual([
      ['memory', 'stdio'],
      ['linear', 'http'],
      ['events', 'sse']
    ])
  })

  it('reports a typeless url (a stdio entry without command), a foreign type and cwd', () => {
    const { diagnostics } = lintFixture('factory/invalid/mcp.json', '.factory/mcp.json')
    expect(shortForm(diagnostics)).toEqual([
      '3:5 error schema-required',
      '4:23 error schema-enum',
      '5:35 notice schema-unknown-key'
    ])
    expect(diagnostics[0].help).toContain('a remote server needs "type": "http" (or "sse") beside its "url"')
  })

  it("accepts droid's own keys (timeout, connectTimeout, persistentPermissions) and comments", () => {
    const { diagnostics, servers } = lintFixture('factory/valid/droid-keys.json', '.factory/mcp.json')
    expect(diagnostics).toEqual([])
    expect(servers.map((s) => [s.name, s.transport])).toEqual([
      ['memory', 'stdio'],
      ['linear', 'http']
    ])
  })

  it('reports a trailing comma, which makes droid skip the whole file', () => {
    const { diagnostics } = lintText('.factory/mcp.json', '{ "mcpServers": { "a": { "command": "npx" }, } }\n')
    expect(diagnostics.map((d) => [d.severity, d.message])).toEqual([
      ['error', expect.stringContaining('trailing comma')]
    ])
    expect(diagnostics[0].help ?? diagnostics[0].message).toContain('skip the whole file')
  })
})

describe('gemini-extension', () => {
  it('accepts a manifest with extension variables and normalises its servers', () => {
    const { diagnostics, servers, host } = lintFixture(
      'gemini-extension/valid/gemini-extension.json',
      'gemini-extension.json'
    )
    expect(host).toBe('gemini-extension')
    expect(diagnostics).toEqual([])
    expect(servers.map((s) => [s.name, s.host, s.transport, s.command ?? s.url])).toEqual([
      ['tools', 'gemini-extension', 'stdio', 'node'],
      ['remote', 'gemini-extension', 'http', 'https://tools.example.com/mcp']
    ])
  })

  it('reports what makes Gemini skip the extension, and the strict-JSON trailing comma', () => {
    const { diagnostics } = lintFixture('gemini-extension/invalid/gemini-extension.json', 'ext/gemini-extension.json')
    expect(shortForm(diagnostics)).toEqual([
      '1:1 error schema-required',
      '2:11 error schema-value',
      '4:5 error schema-required',
      '4:39 error strict-json'
    ])
    expect(diagnostics[0].message).toBe('the file is missing the required "version"')
    expect(diagnostics[0].help).toContain('Gemini CLI skips an extension whose manifest lacks a "name" or a "version"')
    expect(diagnostics[1].help).toContain('only letters, digits and dashes')
    expect(diagnostics[3].message).toContain('Gemini CLI reads this file as strict JSON')
  })
})

describe('gemini', () => {
  it('accepts every server shape next to other Gemini settings, with comments', () => {
    const { diagnostics, host } = lintFixture('gemini/valid/settings.json', '.gemini/settings.json')
    expect(host).toBe('gemini')
    expect(diagnostics).toEqual([])
  })

  it("normalises transports in Gemini's meaning: httpUrl and a typeless url are Streamable HTTP", () => {
    const { servers } = lintFixture('gemini/valid/settings.json', '.gemini/settings.json')
    expect(servers.map((s) => [s.name, s.transport, s.declaredType, s.url])).toEqual([
      ['serena', 'stdio', undefined, undefined],
      ['expo', 'http', undefined, 'https://mcp.expo.dev/mcp'],
      ['linear', 'sse', 'sse', 'https://mcp.linear.app/sse'],
      ['vercel', 'http', 'http', 'https://mcp.vercel.com'],
      ['docs', 'http', undefined, 'https://docs.example.com/mcp'],
      // Gemini declares `tcp` but has no WebSocket transport: the command is what it starts.
      ['socket', 'stdio', undefined, undefined],
      ['cloud', 'http', undefined, 'https://example.run.app/mcp']
    ])
    expect(servers[0]).toMatchObject({
      command: 'uvx',
      cwd: '.',
      env: { API_KEY: '$SERENA_KEY', HOME_DIR: '${HOME:-/tmp}' },
      pointer: ['mcpServers', 'serena']
    })
    // "socket" is in mcp.excluded and "cloud" is missing from the mcp.allowed list: Gemini connects to neither.
    expect(servers.filter((s) => s.disabled).map((s) => s.name)).toEqual(['socket', 'cloud'])
  })

  it('lets httpUrl win over url, as Gemini does', () => {
    const { servers } = lintText(
      '.gemini/settings.json',
      '{"mcpServers":{"s":{"httpUrl":"https://a.dev/mcp","url":"https://b.dev/sse","type":"sse"}}}'
    )
    expect(servers.map((s) => [s.transport, s.url])).toEqual([['http', 'https://a.dev/mcp']])
  })

  it('reports each mistake at its exact position', () => {
    const { diagnostics } = lintFixture('gemini/invalid/mistakes.json', '.gemini/settings.json')
    expect(shortForm(diagnostics)).toEqual([
      '3:5 error schema-required',
      '4:57 error schema-enum',
      '5:50 error schema-type',
      '5:58 notice schema-unknown-key',
      '6:25 error schema-format',
      '6:49 error schema-type',
      '7:5 error schema-required',
      '9:23 error schema-type',
      '9:34 notice schema-unknown-key'
    ])
    expect(diagnostics[0].message).toBe('"mcpServers.nothing" is missing the required "command"')
    expect(diagnostics[0].help).toContain(
      'Gemini CLI needs a "command" (stdio) or a "url" or "httpUrl" (HTTP/SSE) to reach a server (a "tcp" address is not enough: it has no WebSocket transport), and cannot start this one'
    )
    // createTransport connects to httpUrl, url or command only: a tcp address alone starts nothing.
    expect(diagnostics[6]).toMatchObject({
      message: '"mcpServers.socket" is missing the required "command"',
      server: 'socket'
    })
    expect(diagnostics[0].server).toBe('nothing')
    expect(diagnostics[1].help).toContain('"http" (Streamable HTTP, also the default) or "sse"')
    expect(diagnostics[2].message).toBe('"mcpServers.env.env.PORT" must be a string, not the number 8080')
    expect(diagnostics[3].message).toBe('unknown key "enabled" in "mcpServers.env": Gemini CLI ignores it')
  })

  it('knows the keys of the mcp policy that Gemini reads', () => {
    const { diagnostics } = lintText(
      '.gemini/settings.json',
      '{ "mcpServers": { "a": { "command": "x" } }, "mcp": { "excluded": ["b"], "autoAllowInHeadless": false } }'
    )
    expect(diagnostics).toEqual([])
  })

  it('checks a settings file without servers and finds nothing', () => {
    const { diagnostics, servers, host } = lintText(
      '.gemini/settings.json',
      '{ "ui": { "theme": "GitHub" }, "tools.allowed": ["ls"] }'
    )
    expect([host, diagnostics, servers]).toEqual(['gemini', [], []])
  })

  it("allows comments but reports each trailing comma, which Gemini's JSON.parse rejects", () => {
    const text =
      '{\n  // servers\n  "mcpServers": {\n    "a": { "command": "x", /* last */ },\n  },\n  "ui": { "theme": "GitHub" }\n}'
    const { diagnostics, servers } = lintText('.gemini/settings.json', text)
    expect(shortForm(diagnostics)).toEqual(['4:26 error strict-json', '4:40 error strict-json'])
    expect(diagnostics[0]).toMatchObject({ messageId: 'refusedTrailingComma', data: { host: 'Gemini CLI' } })
    expect(diagnostics[0].help).toContain('Gemini CLI strips comments from settings.json but not trailing commas')
    expect(servers.map((s) => s.name)).toEqual(['a'])
  })
})

describe('goose', () => {
  it("reads stdio and streamable_http extensions, and keeps Goose's own kinds apart", () => {
    const { diagnostics, servers } = lintFixture('goose/valid/config.yaml', 'config.yaml', { host: 'goose' })
    expect(diagnostics).toEqual([])
    expect(servers.map((s) => [s.name, s.transport, s.command ?? s.url, s.disabled ?? false])).toEqual([
      ['developer', 'unknown', undefined, false],
      ['memory', 'stdio', 'npx', false],
      ['remote', 'http', 'https://mcp.example.com/mcp', true]
    ])
    expect(servers[1].env).toEqual({ LOG_LEVEL: 'info' })
  })

  it('reports a stdio extension without cmd and args, and a type Goose does not know', () => {
    const { diagnostics } = lintFixture('goose/invalid/config.yaml', 'config.yaml', { host: 'goose' })
    expect(shortForm(diagnostics)).toEqual([
      '2:3 error schema-required',
      '2:3 error schema-required',
      '8:11 error schema-enum'
    ])
  })
})

describe('junie', () => {
  it('accepts stdio servers, with or without "type": "stdio"', () => {
    const { diagnostics, servers, host } = lintFixture('junie/valid/stdio-servers.json', '.junie/mcp/mcp.json')
    expect(host).toBe('junie')
    expect(diagnostics).toEqual([])
    expect(servers.map((s) => [s.name, s.transport, s.declaredType])).toEqual([
      ['memory', 'stdio', undefined],
      ['fetch', 'stdio', 'stdio']
    ])
    expect(servers[1].command).toBe('uvx')
  })

  it('reports remote entries, which Junie is documented not to start, and wrong types', () => {
    const { diagnostics, servers } = lintFixture('junie/invalid/remote-and-mistakes.json', '.junie/mcp/mcp.json')
    expect(shortForm(diagnostics)).toEqual([
      '3:5 error schema-required',
      '3:15 notice schema-unknown-key',
      '3:54 notice schema-unknown-key',
      '4:25 error schema-enum',
      '5:112 error schema-type'
    ])
    expect(diagnostics[0].message).toBe('"mcpServers.docs" is missing the required "command"')
    expect(diagnostics[0].help).toContain(
      'JetBrains documents only stdio servers for Junie, so an entry with a "url" has nothing to start; bridge the remote server with "command": "npx", "args": ["-y", "mcp-remote", "<url>"]'
    )
    expect(diagnostics[0].server).toBe('docs')
    expect(diagnostics[1].message).toBe('unknown key "url" in "mcpServers.docs": Junie ignores it')
    expect(diagnostics[3].message).toContain('"mcpServers.search.type" is "sse", but Junie accepts only "stdio"')
    expect(diagnostics[3].help).toContain('JetBrains documents only stdio servers for Junie')
    expect(diagnostics[4].message).toBe('"mcpServers.fs.env" must be an object, not an array')
    expect(servers.map((s) => [s.name, s.transport])).toEqual([
      ['docs', 'unknown'],
      ['search', 'unknown'],
      ['fs', 'stdio']
    ])
  })

  it('reports a file without "mcpServers" and VS Code\'s "servers" key', () => {
    const { diagnostics } = lintText('.junie/mcp/mcp.json', '{ "servers": { "a": { "command": "npx" } } }')
    expect(shortForm(diagnostics)).toEqual(['1:3 error schema-unknown-key'])
    expect(diagnostics[0]).toMatchObject({
      messageId: 'wrongKey',
      data: { host: 'Junie', key: 'servers', expected: 'mcpServers' }
    })
    expect(diagnostics[0].help).toContain('Junie reads servers only from "mcpServers" in .junie/mcp/mcp.json')
    expect(shortForm(lintText('.junie/mcp/mcp.json', '{ "mcp": {} }').diagnostics)).toEqual([
      '1:1 error schema-required',
      '1:3 warning schema-unknown-key'
    ])
  })

  it("finds the user file where JetBrains' own action writes it, confirmed off Windows", () => {
    const [user] = junie.profile.userFiles
    expect(user.paths).toEqual({
      linux: ['~/.junie/mcp/mcp.json'],
      darwin: ['~/.junie/mcp/mcp.json'],
      win32: ['~/.junie/mcp/mcp.json']
    })
    expect(user.source).toContain('JetBrains/junie-github-action')
    expect(Object.keys(user.unconfirmed)).toEqual(['win32'])
  })
})

describe('kilo (Kilo, opencode-based)', () => {
  it('reads kilo.jsonc as opencode does: local command arrays and remote urls, comments allowed', () => {
    const { diagnostics, servers, host } = lintFixture('kilo/valid/local-and-remote.jsonc', 'kilo.jsonc')
    expect(host).toBe('kilo')
    expect(diagnostics).toEqual([])
    expect(servers.map((s) => [s.name, s.transport, s.command, s.args, s.url])).toEqual([
      ['memory', 'stdio', 'npx', ['-y', '@modelcontextprotocol/server-memory'], undefined],
      ['docs', 'http', undefined, undefined, 'https://docs.example.com/mcp']
    ])
    expect(servers[0].env).toEqual({ API_KEY: '{env:MEMORY_KEY}' })
  })

  it('reports a Claude-style entry copied into kilo.json, but reads its "env" as Kilo does', () => {
    const { diagnostics, servers } = lintFixture('kilo/invalid/claude-style.json', '.kilo/kilo.json')
    expect(shortForm(diagnostics)).toEqual(['3:5 error schema-required', '4:44 error schema-type'])
    expect(servers.find((s) => s.name === 'local')?.env).toEqual({ A: 'b' })
  })

  it('takes "env" when "environment" is absent, and reports the "cwd" and "args" Kilo drops', () => {
    const { diagnostics, servers } = lintFixture('kilo/invalid/dropped-keys.jsonc', 'kilo.jsonc')
    expect(shortForm(diagnostics)).toEqual([
      '5:78 warning schema-unknown-key',
      '5:93 notice schema-unknown-key',
      '7:103 warning schema-unknown-key'
    ])
    expect(diagnostics[0]).toMatchObject({
      message: 'unknown key "args" in "mcp.copied": Kilo ignores it',
      messageId: 'ignored'
    })
    expect(diagnostics[0].help).toContain('Kilo ignores "args" and starts the program without them')
    expect(diagnostics[1].message).toBe('unknown key "cwd" in "mcp.copied": Kilo ignores it')
    expect(diagnostics[2].message).toBe('unknown key "envv" in "mcp.both": Kilo ignores it; did you mean "env"?')
    expect(servers.map((s) => [s.name, s.env])).toEqual([
      ['copied', { A: 'b' }],
      ['both', { B: 'c' }]
    ])
    expect(kilo.profile.launch.cwd.honoured).toBe(false)
  })
})

describe('kilocode (Kilo Code, legacy extension)', () => {
  it('reads .kilocode/mcp.json as Roo Code does', () => {
    const { diagnostics, servers, host } = lintFixture('kilocode/valid/all-transports.json', '.kilocode/mcp.json')
    expect(host).toBe('kilocode')
    expect(diagnostics).toEqual([])
    expect(servers.map((s) => [s.name, s.transport, s.declaredType, s.disabled ?? false])).toEqual([
      ['memory', 'stdio', undefined, false],
      ['docs', 'http', 'streamable-http', false],
      ['legacy', 'sse', 'sse', true]
    ])
    expect(servers[0].cwd).toBe('${workspaceFolder}')
  })

  it('reads a typeless url as SSE, as Roo Code does (Kilo-Org/kilocode src/services/mcp/McpHub.ts @0fc86ce)', () => {
    const { diagnostics, servers } = lintFixture('kilocode/valid/typeless-url.json', '.kilocode/mcp.json')
    expect(diagnostics).toEqual([])
    expect(servers.map((s) => [s.name, s.transport, s.declaredType])).toEqual([['events', 'sse', undefined]])
  })

  it("reports mixed transports and another host's type, in Kilo Code's words", () => {
    const { diagnostics, servers } = lintFixture('kilocode/invalid/transport-mistakes.json', '.kilocode/mcp.json')
    expect(shortForm(diagnostics)).toEqual(['4:58 error schema-shape', '5:23 error schema-enum'])
    expect(diagnostics[0].message).toContain('Kilo Code starts "mixed" with its "command"')
    expect(servers.map((s) => s.transport)).toEqual(['sse', 'unknown', 'unknown'])
  })
})

describe('kiro', () => {
  it('accepts local and remote servers with autoApprove, disabledTools, oauth and ${VAR} values', () => {
    const { diagnostics, servers, host } = lintFixture('kiro/valid/local-and-remote.json', '.kiro/settings/mcp.json')
    expect(host).toBe('kiro')
    expect(diagnostics).toEqual([])
    // Kiro reads no type: a command is a local stdio server and a url a remote one.
    expect(servers.map((s) => [s.name, s.transport, s.disabled ?? false])).toEqual([
      ['fetch', 'stdio', false],
      ['docs', 'http', false],
      ['staging', 'http', true]
    ])
    expect(servers[0].env).toEqual({ FETCH_USER_AGENT: '${FETCH_USER_AGENT}' })
    expect(servers[1].url).toBe('https://docs.example.com/mcp')
  })

  it("reports an entry with neither command nor url, other hosts' keys and wrong types", () => {
    const { diagnostics, servers } = lintFixture('kiro/invalid/mistakes.json', '.kiro/settings/mcp.json')
    expect(shortForm(diagnostics)).toEqual([
      '3:5 error schema-required',
      '3:17 notice schema-unknown-key',
      '3:38 notice schema-unknown-key',
      '7:7 warning schema-unknown-key',
      '8:19 error schema-type',
      '10:78 error schema-type',
      '10:94 error schema-type'
    ])
    expect(diagnostics[0].message).toBe('"mcpServers.sprite" is missing the required "url"')
    expect(diagnostics[0].help).toContain(
      'Kiro starts a local server from its "command" or connects to a remote server at its "url", and this entry has neither'
    )
    expect(diagnostics[0].server).toBe('sprite')
    expect(diagnostics[1].message).toBe('unknown key "transport" in "mcpServers.sprite": Kiro ignores it')
    expect(diagnostics[3].message).toBe(
      'unknown key "alwaysAllow" in "mcpServers.memory": Kiro ignores it; did you mean "autoApprove"?'
    )
    expect(diagnostics[4].message).toBe(
      '"mcpServers.memory.disabled" must be a boolean (true or false), not the string "false"'
    )
    expect(diagnostics[5].message).toBe('"mcpServers.api.headers.X-Retries" must be a string, not the number 3')
    expect(diagnostics[6].message).toBe('"mcpServers.api.timeout" must be an integer, not the string "60s"')
    expect(servers.map((s) => [s.name, s.transport])).toEqual([
      ['sprite', 'unknown'],
      ['memory', 'stdio'],
      ['api', 'http']
    ])
  })

  it('reports a file without "mcpServers", VS Code\'s "servers" key and a trailing comma', () => {
    const missing = lintText('.kiro/settings/mcp.json', '{}')
    expect(shortForm(missing.diagnostics)).toEqual(['1:1 error schema-required'])
    expect(missing.diagnostics[0].help).toContain('Kiro reads servers only from the top-level "mcpServers" object')
    expect(shortForm(lintText('.kiro/settings/mcp.json', '{ "servers": {} }').diagnostics)).toEqual([
      '1:3 warning schema-unknown-key'
    ])
    expect(shortForm(lintText('.kiro/settings/mcp.json', '{ "mcpServers": {}, }').diagnostics)).toEqual([
      '1:19 error strict-json'
    ])
  })

  it('is found in nested .kiro folders too', () => {
    expect(lintText('packages/app/.kiro/settings/mcp.json', '{ "mcpServers": {} }').host).toBe('kiro')
  })
})

describe('lmstudio (LM Studio)', () => {
  it("reads mcp.json in Cursor's notation", () => {
    const { diagnostics, servers } = lintFixture('lmstudio/valid/mcp.json', 'mcp.json', { host: 'lmstudio' })
    expect(diagnostics).toEqual([])
    expect(servers.map((s) => [s.name, s.transport])).toEqual([
      ['memory', 'stdio'],
      ['hf', 'http']
    ])
  })

  it('reports an entry with neither command nor url', () => {
    const { diagnostics } = lintFixture('lmstudio/invalid/mcp.json', 'mcp.json', { host: 'lmstudio' })
    expect(shortForm(diagnostics)).toEqual(['3:5 error schema-required'])
  })
})

const nodeServer = {
  type: 'node',
  entry_point: 'server/index.js',
  mcp_config: { command: 'node', args: ['${__dirname}/server/index.js'] }
}
const uvServer = {
  type: 'uv',
  entry_point: 'src/server.py',
  mcp_config: { command: 'uv', args: ['run', 'src/server.py'] }
}

/** A minimal manifest as text, one top-level key per line so positions are easy to read. */
function manifest(fields: Record<string, unknown>, server: object = nodeServer): string {
  const base = { name: 'bundle', version: '1.0.0', description: 'A bundle', author: { name: 'Author' }, server }
  const lines = Object.entries({ ...fields, ...base }).map(
    ([key, value]) => `  ${JSON.stringify(key)}: ${JSON.stringify(value)}`
  )
  return `{\n${lines.join(',\n')}\n}\n`
}

describe('mcpb', () => {
  it('accepts a 0.3 manifest with every user_config type, substitutions and platform overrides', () => {
    const { diagnostics, servers, host } = lintFixture(
      'mcpb/valid/manifest-v0.3.json',
      'extensions/hello/manifest.json'
    )
    expect(host).toBe('mcpb')
    expect(diagnostics).toEqual([])
    expect(servers).toHaveLength(1)
    expect(servers[0]).toMatchObject({
      name: 'hello-world-node',
      host: 'mcpb',
      pointer: ['server', 'mcp_config'],
      transport: 'stdio',
      command: 'node',
      args: [
        '${__dirname}/server/index.js',
        '--verbose=${user_config.verbose_logging}',
        '--root=${user_config.allowed_directories}'
      ],
      env: { API_KEY: '${user_config.api_key}', MAX_RESULTS: '${user_config.max_results}', HOME_DIR: '${HOME}' }
    })
    expect(servers[0].declaredType).toBeUndefined()
  })

  it('accepts a legacy DXT manifest by its dxt_version', () => {
    const { diagnostics, servers } = lintFixture('mcpb/valid/dxt-v0.1.json', 'manifest.json')
    expect(diagnostics).toEqual([])
    expect(servers.map((s) => [s.name, s.command, s.args, s.env])).toEqual([
      ['legacy-python', 'python3', ['${__dirname}/server/main.py'], { PYTHONPATH: '${__dirname}/server/lib' }]
    ])
  })

  it('accepts the uv server type in a 0.4 manifest', () => {
    const { diagnostics, servers } = lintFixture('mcpb/valid/manifest-v0.4-uv.json', 'manifest.json')
    expect(diagnostics).toEqual([])
    expect(servers.map((s) => [s.command, s.args])).toEqual([
      ['uv', ['run', '--directory', '${__dirname}', 'src/server.py']]
    ])
  })

  it('reports each mistake at its exact position; unknown keys are errors because the tooling rejects them', () => {
    const { diagnostics, servers } = lintFixture('mcpb/invalid/mixed-mistakes.json', 'manifest.json')
    expect(shortForm(diagnostics)).toEqual([
      '1:1 error schema-required',
      '5:3 error schema-required',
      '5:24 error schema-format',
      '7:13 error schema-enum',
      '9:48 error schema-type',
      '9:80 error schema-unknown-key',
      '12:5 error schema-required',
      '12:24 error schema-enum',
      '14:3 error schema-unknown-key'
    ])
    const messages = diagnostics.map((d) => d.message)
    expect(messages[0]).toBe('the file is missing the required "description"')
    expect(messages[1]).toBe('"author" is missing the required "name"')
    expect(messages[2]).toBe('"author.email" is not a valid email: "not-an-email"')
    expect(messages[3]).toBe('"server.type" is "uv", but MCPB accepts only one of "python", "node", "binary"')
    expect(diagnostics[3].help).toContain('The "uv" server type needs "manifest_version": "0.4"')
    expect(messages[4]).toBe('"server.mcp_config.args" must be an array, not the string "${__dirname}/server/index.js"')
    expect(messages[5]).toBe('unknown key "cwd" in "server.mcp_config": MCPB rejects it')
    expect(messages[6]).toBe('"user_config.token" is missing the required "description"')
    expect(diagnostics[7].help).toContain('For a secret use "type": "string" with "sensitive": true')
    expect(messages[8]).toBe('unknown key "platforms" in the top level: MCPB rejects it')
    // args of the wrong type are not invented into a command line.
    expect(servers.map((s) => [s.command, s.args])).toEqual([['node', undefined]])
  })

  it('checks URLs and e-mail addresses as the MCPB tooling does (zod 3: what new URL parses, its own e-mail pattern)', () => {
    // What RFC 3986's grammar refuses but the tooling accepts: an international domain name, a brace in a path.
    const accepted = manifest({
      manifest_version: '0.3',
      homepage: 'https://例子.中国/',
      documentation: 'https://example.com/docs/{version}',
      support: 'https://example.com/a b'
    })
    expect(lintText('manifest.json', accepted).diagnostics).toEqual([])
    // What the grammar lets through but the tooling refuses: no host, a port out of range, a numeric domain.
    const refused = manifest({
      manifest_version: '0.3',
      homepage: 'http://',
      documentation: 'https://example.com:99999/'
    }).replace('"author": {"name":"Author"}', '"author": {"name":"Author","email":"dev@127.0.0.1"}')
    const { diagnostics } = lintText('manifest.json', refused)
    expect(diagnostics.map((d) => [d.ruleId, d.message])).toEqual([
      ['schema-format', '"homepage" is not a valid URL: "http://"'],
      ['schema-format', '"documentation" is not a valid URL: "https://example.com:99999/"'],
      ['schema-format', '"author.email" is not a valid email: "dev@127.0.0.1"']
    ])
  })

  it('refuses an icon path with ${__dirname} or an absolute one, as mcpb validate does', () => {
    // npm @anthropic-ai/mcpb@2.1.2 dist/node/validate.js validateIcon.
    const withIcon = (icon: string) => manifest({ manifest_version: '0.3', icon })
    const variable = lintText('manifest.json', withIcon('${__dirname}/icon.png')).diagnostics
    expect(shortForm(variable)).toEqual(['3:11 error schema-value'])
    expect(variable[0]).toMatchObject({
      message: '"icon" is "${__dirname}/icon.png"; MCPB refuses ${__dirname} in an icon path',
      messageId: 'iconVariable'
    })
    const absolute = lintText('manifest.json', withIcon('/Users/me/bundle/icon.png')).diagnostics
    expect(absolute.map((d) => [d.messageId, d.message])).toEqual([
      ['iconAbsolute', '"icon" is "/Users/me/bundle/icon.png", an absolute path; MCPB needs a path inside the bundle']
    ])
    // A relative path, or a URL (only a warning for the tool), is accepted.
    for (const icon of ['icon.png', 'assets/icon.png', 'https://example.com/icon.png'])
      expect(lintText('manifest.json', withIcon(icon)).diagnostics).toEqual([])
  })

  describe('schema selection by manifest version', () => {
    it('allows the uv server type only from 0.4 on', () => {
      expect(lintText('manifest.json', manifest({ manifest_version: '0.4' }, uvServer)).diagnostics).toEqual([])
      const old = lintText('manifest.json', manifest({ manifest_version: '0.3' }, uvServer))
      expect(shortForm(old.diagnostics)).toEqual(['7:21 error schema-enum'])
    })

    it('allows privacy_policies from 0.2 and icons from 0.3 on', () => {
      const policies = { privacy_policies: ['https://example.com/privacy'] }
      expect(shortForm(lintText('manifest.json', manifest({ dxt_version: '0.1', ...policies })).diagnostics)).toEqual([
        '3:3 error schema-unknown-key'
      ])
      expect(lintText('manifest.json', manifest({ manifest_version: '0.2', ...policies })).diagnostics).toEqual([])
      const icons = { icons: [{ src: 'icon.png', size: '16x16' }] }
      expect(shortForm(lintText('manifest.json', manifest({ manifest_version: '0.2', ...icons })).diagnostics)).toEqual(
        ['3:3 error schema-unknown-key']
      )
      expect(lintText('manifest.json', manifest({ manifest_version: '0.3', ...icons })).diagnostics).toEqual([])
    })

    it('prefers manifest_version over dxt_version, as the tooling does, so a different dxt_version is an error', () => {
      const { diagnostics } = lintText('manifest.json', manifest({ manifest_version: '0.3', dxt_version: '0.2' }))
      expect(shortForm(diagnostics)).toEqual(['3:18 error schema-enum'])
      expect(diagnostics[0].message).toBe('"dxt_version" is "0.2", but MCPB accepts only "0.3"; did you mean "0.3"?')
    })

    it('reports an unknown version once, naming the supported ones, and still checks the rest', () => {
      const { diagnostics, host } = lintText(
        'manifest.json',
        manifest({ manifest_version: '0.5', homepage: 'not a url' })
      )
      expect(host).toBe('mcpb')
      expect(shortForm(diagnostics)).toEqual(['2:23 error schema-enum', '3:15 error schema-format'])
      expect(diagnostics[0]).toMatchObject({
        message: '"manifest_version" is "0.5", a manifest version the MCPB tooling does not know',
        messageId: 'unknownVersion',
        data: { key: 'manifest_version', value: '"0.5"' }
      })
      expect(diagnostics[0].help).toBe(
        'The MCPB tooling rejects the bundle ("Unrecognized or unsupported manifest version"); use one of "0.1", "0.2", "0.3", "0.4" (the rest of the file was checked against 0.4).'
      )
    })

    it('uses a supported dxt_version when manifest_version is unknown, like the tooling', () => {
      const { diagnostics } = lintText('manifest.json', manifest({ manifest_version: '9', dxt_version: '0.1' }))
      expect(shortForm(diagnostics)).toEqual(['2:23 error schema-enum'])
      expect(diagnostics[0].message).toBe('"manifest_version" is "9", but MCPB accepts only "0.1"')
    })

    it('requires a version key when the file is checked with --host mcpb', () => {
      const { diagnostics, host } = lintText('bundle/manifest.json', manifest({}), { host: 'mcpb' })
      expect(host).toBe('mcpb')
      expect(shortForm(diagnostics)).toEqual(['1:1 error schema-required'])
      expect(diagnostics[0]).toMatchObject({
        message: 'the manifest is missing the required "manifest_version"',
        messageId: 'missingVersion',
        data: { key: 'manifest_version' }
      })
      expect(diagnostics[0].help).toBe(
        'The MCPB tooling refuses a manifest without it (or the legacy "dxt_version"); add "manifest_version": "0.4" (supported: "0.1", "0.2", "0.3", "0.4").'
      )
    })
  })

  it('claims only manifests with a version key and a server', () => {
    expect(
      lintText('public/manifest.json', '{ "name": "My PWA", "short_name": "pwa", "start_url": "/" }\n').host
    ).toBeNull()
    expect(lintText('manifest.json', '{ "manifest_version": 3, "name": "chrome-extension" }\n').host).toBeNull()
    expect(lintText('manifest.json', manifest({ manifest_version: '0.3' })).host).toBe('mcpb')
  })

  it('does not crash on hostile shapes', () => {
    const { diagnostics, servers } = lintText(
      'manifest.json',
      '{ "manifest_version": "0.3", "server": { "mcp_config": [] }, "user_config": 5 }\n'
    )
    expect(servers).toEqual([])
    expect(diagnostics.filter((d) => d.ruleId === 'internal-error')).toEqual([])
    expect(shortForm(diagnostics)).toEqual([
      '1:1 error schema-required',
      '1:1 error schema-required',
      '1:1 error schema-required',
      '1:1 error schema-required',
      '1:30 error schema-required',
      '1:30 error schema-required',
      '1:56 error schema-type',
      '1:77 error schema-type'
    ])
  })
})

describe('opencode', () => {
  it('reads opencode.json as JSONC like opencode does, and accepts local, remote and override entries', () => {
    for (const name of ['opencode.json', 'opencode.jsonc', '.opencode/opencode.json', 'packages/app/opencode.jsonc']) {
      const { diagnostics, host } = lintFixture('opencode/valid/opencode.jsonc', name)
      expect([name, host, diagnostics]).toEqual([name, 'opencode', []])
    }
  })

  it('normalises local entries as command[0] plus arguments, remote ones as HTTP, and skips overrides', () => {
    const { servers } = lintFixture('opencode/valid/opencode.jsonc', 'opencode.json')
    expect(servers.map((s) => [s.name, s.transport, s.declaredType, s.disabled])).toEqual([
      ['playwright', 'stdio', 'local', undefined],
      ['off', 'stdio', 'local', true],
      ['docs', 'http', 'remote', undefined],
      ['atlassian', 'http', 'remote', undefined]
    ])
    expect(servers[0]).toMatchObject({
      command: 'npx',
      args: ['-y', '@playwright/mcp@latest'],
      env: { BROWSER: 'chromium', TOKEN: '{env:PLAYWRIGHT_TOKEN}' },
      cwd: 'tools',
      pointer: ['mcp', 'playwright']
    })
    expect(servers[2]).toMatchObject({
      url: 'https://docs.example.com/mcp',
      headers: { Authorization: 'Bearer {env:DOCS_TOKEN}' }
    })
  })

  it('reports the Claude-style keys opencode drops as warnings, and the shapes it refuses as errors', () => {
    const { diagnostics } = lintFixture('opencode/invalid/opencode.json', '.opencode/opencode.json')
    expect(shortForm(diagnostics)).toEqual([
      '3:51 error schema-type',
      '3:58 warning schema-unknown-key',
      '3:84 warning schema-unknown-key',
      '4:24 error schema-enum',
      '5:5 error schema-required',
      '6:5 error schema-required',
      '7:43 error schema-value',
      '7:58 error schema-value',
      '7:61 notice schema-unknown-key',
      '8:71 error schema-shape'
    ])
    const [command, args, env, type, , typeless, , , unknown, oauth] = diagnostics
    expect(command.message).toBe('"mcp.claude-style.command" must be an array, not the string "npx"')
    expect(command.help).toContain(
      'Opencode\'s "command" is one array holding the program and its arguments, e.g. ["npx", "-y", "@playwright/mcp"]'
    )
    expect(args).toMatchObject({
      message: 'unknown key "args" in "mcp.claude-style": opencode ignores it',
      messageId: 'ignored',
      data: { key: 'args', where: '"mcp.claude-style"', host: 'opencode' }
    })
    expect(args.help).toContain('put the arguments into the "command" array after the program')
    expect(env).toMatchObject({
      message: 'unknown key "env" in "mcp.claude-style": opencode ignores it; did you mean "environment"?',
      messageId: 'misspelled',
      data: { key: 'env', where: '"mcp.claude-style"', host: 'opencode', suggestion: 'environment' }
    })
    expect(env.server).toBe('claude-style')
    expect(type.message).toContain('"mcp.stdio.type" is "stdio", but opencode accepts only one of "local", "remote"')
    expect(typeless.help).toContain('an entry without a type may hold only "enabled"')
    expect(unknown.message).toBe('unknown key "autoApprove" in "mcp.zero": opencode ignores it')
    expect(oauth.help).toContain('or false to turn OAuth detection off')
  })

  it('flags "env" only once, not also as a plain unknown key', () => {
    const { diagnostics } = lintText('opencode.json', '{"mcp":{"s":{"type":"local","command":["x"],"env":{}}}}')
    expect(shortForm(diagnostics)).toEqual(['1:45 warning schema-unknown-key'])
  })

  it('reads "disabled", the newer spelling opencode lowers to "enabled", which wins when both are written', () => {
    const { diagnostics, servers } = lintFixture('opencode/valid/disabled.jsonc', 'opencode.jsonc')
    expect(diagnostics).toEqual([])
    expect(servers.map((s) => [s.name, s.disabled ?? false])).toEqual([
      ['off', true],
      ['on', false],
      ['docs', true]
    ])
  })

  it('finds no server and no problem in a config without "mcp"', () => {
    const { diagnostics, servers, host } = lintText(
      'opencode.json',
      '{ "model": "x", "permission": { "edit": "ask" }, }'
    )
    expect([host, diagnostics, servers]).toEqual(['opencode', [], []])
  })
})

describe('qwen (Qwen Code)', () => {
  it('reads url as SSE and httpUrl as Streamable HTTP, unlike Gemini CLI', () => {
    const { diagnostics, servers, host } = lintFixture('qwen/valid/settings.json', '.qwen/settings.json')
    expect(host).toBe('qwen')
    expect(diagnostics).toEqual([])
    expect(servers.map((s) => [s.name, s.transport, s.url])).toEqual([
      ['fs', 'stdio', undefined],
      ['events', 'sse', 'http://localhost:8080/sse'],
      ['api', 'http', 'https://api.example.com/mcp']
    ])
    expect(servers[0].cwd).toBe('tools')
  })

  it('reports an entry with nothing to start, a transport type and an unknown key', () => {
    const { diagnostics } = lintFixture('qwen/invalid/settings.json', '.qwen/settings.json')
    expect(shortForm(diagnostics)).toEqual([
      '3:5 error schema-required',
      '4:24 error schema-enum',
      '5:34 notice schema-unknown-key',
      '6:5 error schema-required'
    ])
    expect(diagnostics[1].help).toContain('"type" is only "sdk", for servers an SDK embeds')
    // Qwen Code's createTransport has no WebSocket transport: a tcp address alone starts nothing.
    expect(diagnostics[3]).toMatchObject({ message: '"mcpServers.socket" is missing the required "command"' })
  })

  it('reports a trailing comma, which makes Qwen Code replace the project settings with "{}"', () => {
    const { diagnostics, servers } = lintText(
      '.qwen/settings.json',
      '{\n  // servers\n  "mcpServers": { "a": { "command": "x" }, }\n}'
    )
    expect(shortForm(diagnostics)).toEqual(['3:42 error strict-json'])
    expect(diagnostics[0]).toMatchObject({ messageId: 'refusedTrailingComma', data: { host: 'Qwen Code' } })
    expect(diagnostics[0].help).toContain('settings.json.corrupted')
    expect(servers.map((s) => s.name)).toEqual(['a'])
  })
})

describe('roo', () => {
  it.each(['.roo/mcp.json', '.kilocode/mcp.json'])(
    '%s: a url with a placeholder in its scheme, host or port is refused, since Roo Code checks it before filling it in',
    (path) => {
      const text = JSON.stringify(
        {
          mcpServers: {
            host: { type: 'streamable-http', url: 'https://${env:MCP_HOST}/mcp' },
            port: { type: 'sse', url: 'http://localhost:${env:PORT}/sse' },
            whole: { type: 'sse', url: '${env:MCP_URL}' },
            query: { type: 'streamable-http', url: 'https://mcp.example.com/mcp?key=${env:KEY}' },
            path: { type: 'sse', url: 'https://mcp.example.com/${env:TENANT}/sse' }
          }
        },
        null,
        2
      )
      const { diagnostics } = lintText(path, text)
      expect(shortForm(diagnostics)).toEqual([
        '5:14 error schema-format',
        '9:14 error schema-format',
        '13:14 error schema-format'
      ])
      expect(diagnostics[0].help).toMatch(
        /checks the url as written, before it fills \$\{env:…\} in, and refuses the whole file/
      )
    }
  )

  it('accepts stdio, streamable-http and sse servers with the Roo Code settings', () => {
    const { diagnostics, servers, host } = lintFixture('roo/valid/all-transports.json', '.roo/mcp.json')
    expect(host).toBe('roo')
    expect(diagnostics).toEqual([])
    expect(servers.map((s) => [s.name, s.transport, s.declaredType, s.disabled ?? false])).toEqual([
      ['memory', 'stdio', undefined, false],
      ['docs', 'http', 'streamable-http', false],
      ['legacy', 'sse', 'sse', true],
      ['git', 'stdio', 'stdio', false]
    ])
    expect(servers[0].cwd).toBe('${workspaceFolder}')
    expect(servers[1].headers).toEqual({ Authorization: 'Bearer ${env:DOCS_TOKEN}' })
  })

  it('reads a typeless url as SSE: the zod union fills in the type before the explicit-type check', () => {
    const { diagnostics, servers } = lintFixture('roo/valid/typeless-url.json', '.roo/mcp.json')
    expect(diagnostics).toEqual([])
    expect(servers.map((s) => [s.name, s.transport, s.declaredType])).toEqual([['events', 'sse', undefined]])
  })

  it('reports mixed transports, a type without its fields and an out-of-range timeout', () => {
    const { diagnostics, servers } = lintFixture('roo/invalid/transport-mistakes.json', '.roo/mcp.json')
    expect(shortForm(diagnostics)).toEqual([
      '4:69 error schema-shape',
      '5:89 error schema-shape',
      '6:83 error schema-value',
      '6:90 warning schema-unknown-key',
      '7:23 error schema-enum',
      '8:28 error schema-enum',
      '9:5 error schema-required'
    ])
    expect(diagnostics[0].message).toBe(
      '"mcpServers.mixed.url" does not belong to a stdio server: Roo Code starts "mixed" with its "command" and refuses the file when "url" sits beside it ("Cannot mix \'stdio\' and (\'sse\' or \'streamable-http\') fields"); remove "url", or move the remote server to its own entry'
    )
    expect(diagnostics[0].server).toBe('mixed')
    expect(diagnostics[1].message).toBe(
      '"mcpServers.remote-env.env" does not belong to a remote server: Roo Code connects to "remote-env" at its "url" and refuses the file when "env" sits beside it; remove "env", or move the stdio server to its own entry'
    )
    expect(diagnostics[2].message).toBe('"mcpServers.slow.timeout" must be <= 3600')
    expect(diagnostics[2].help).toContain(
      "Roo Code's timeout is in seconds, from 1 to 3600, and a value outside that range makes it refuse the file"
    )
    expect(diagnostics[3].message).toBe(
      'unknown key "autoApprove" in "mcpServers.slow": Roo Code ignores it; did you mean "alwaysAllow"?'
    )
    expect(diagnostics[4].message).toContain(
      '"mcpServers.typo.type" is "http", but Roo Code accepts only one of "stdio", "sse", "streamable-http"'
    )
    expect(diagnostics[5].message).toContain(
      '"mcpServers.stdio-url.type" is "stdio", but Roo Code accepts only one of "sse", "streamable-http"'
    )
    expect(diagnostics[5].help).toContain('A server with a "url" is remote')
    expect(diagnostics[6].message).toBe('"mcpServers.sse-cmd" is missing the required "url"')
    expect(diagnostics[6].help).toContain(
      '"sse" and "streamable-http" servers are remote: Roo Code connects to their "url" and refuses the file without one'
    )
    // Every entry Roo Code refuses has no transport in its meaning; a typeless url is SSE.
    expect(servers.map((s) => [s.name, s.transport])).toEqual([
      ['docs', 'sse'],
      ['mixed', 'unknown'],
      ['remote-env', 'http'],
      ['slow', 'stdio'],
      ['typo', 'unknown'],
      ['stdio-url', 'unknown'],
      ['sse-cmd', 'unknown']
    ])
  })

  it('reports headers beside a command, and an entry with neither command nor url', () => {
    const { diagnostics } = lintText(
      '.roo/mcp.json',
      '{\n  "mcpServers": {\n    "a": { "command": "npx", "headers": {} },\n    "b": { "disabled": true }\n  }\n}\n'
    )
    expect(shortForm(diagnostics)).toEqual(['3:30 error schema-shape', '4:5 error schema-required'])
    expect(diagnostics[0].message).toContain('"mcpServers.a.headers" does not belong to a stdio server')
    expect(diagnostics[1].message).toBe('"mcpServers.b" is missing the required "command"')
    expect(diagnostics[1].help).toContain(
      'Roo Code starts a stdio server from its "command" and connects to a remote one at its "url", and this entry has neither'
    )
  })

  it('reports a file without "mcpServers" and VS Code\'s "servers" key', () => {
    const { diagnostics } = lintText('.roo/mcp.json', '{}')
    expect(shortForm(diagnostics)).toEqual(['1:1 error schema-required'])
    expect(diagnostics[0].help).toContain(
      'Roo Code reads servers only from the top-level "mcpServers" object and refuses a project file without it'
    )
    const servers = lintText('.roo/mcp.json', '{ "servers": {} }').diagnostics
    // An empty map loses no server: the usual unknown-key warning.
    expect(shortForm(servers)).toEqual(['1:3 warning schema-unknown-key'])
    expect(servers[0]).toMatchObject({
      message: 'Roo Code ignores the empty "servers" map: it reads servers only from "mcpServers"',
      messageId: 'emptyMap',
      data: { host: 'Roo Code', key: 'servers', expected: 'mcpServers' }
    })
    expect(servers[0].help).toBe(
      '"servers" is VS Code\'s key; Roo Code reads servers only from "mcpServers" in .roo/mcp.json: rename the key to "mcpServers".'
    )
  })

  it('reads minified single-line files and refuses comments', () => {
    expect(
      lintText('.roo/mcp.json', '{"mcpServers":{"a":{"command":"uvx","args":["mcp-server-time==2025.7.1"]}}}')
        .diagnostics
    ).toEqual([])
    const { diagnostics } = lintText('.roo/mcp.json', '{\n  // servers\n  "mcpServers": {}\n}\n')
    expect(shortForm(diagnostics)).toEqual(['2:3 error strict-json'])
  })
})

describe('vscode-settings', () => {
  it('checks only the "mcp" setting of a settings.json and normalises its servers', () => {
    const { diagnostics, servers, host } = lintFixture(
      'vscode-settings/valid/settings-with-mcp.json',
      '.vscode/settings.json'
    )
    expect(host).toBe('vscode-settings')
    expect(diagnostics).toEqual([])
    expect(servers.map((s) => [s.name, s.transport, s.pointer])).toEqual([
      ['github', 'http', ['mcp', 'servers', 'github']],
      ['fetch', 'stdio', ['mcp', 'servers', 'fetch']]
    ])
    expect(servers[1]).toMatchObject({ host: 'vscode-settings', command: 'uvx', args: ['mcp-server-fetch'] })
  })

  it('does not claim a settings.json without an "mcp" setting', () => {
    const { diagnostics, host } = lintFixture(
      'vscode-settings/valid/settings-without-mcp.json',
      '.vscode/settings.json'
    )
    expect(host).toBe(null)
    expect(diagnostics).toEqual([])
  })

  it('reports mistakes inside "mcp" and leaves other settings alone', () => {
    const { diagnostics } = lintFixture('vscode-settings/invalid/settings-mistakes.json', '.vscode/settings.json')
    // "editor.tabSize": "two" on line 2 is not ours to judge.
    expect(shortForm(diagnostics)).toEqual([
      '4:5 error schema-unknown-key',
      '9:7 error schema-required',
      '9:35 notice schema-unknown-key',
      '11:5 notice schema-unknown-key'
    ])
    expect(diagnostics[0]).toMatchObject({
      messageId: 'wrongKey',
      data: { host: 'VS Code', key: 'mcpServers', expected: 'servers' }
    })
    expect(diagnostics[0].help).toBe(
      '"mcpServers" is the key of Claude Code and most other hosts; VS Code reads servers only from "servers" in the "mcp" setting, so the 2 servers under it are never started: move them into "servers".'
    )
    expect(diagnostics[1].message).toContain('"mcp.servers.fetch" is missing the required "command"')
    expect(diagnostics[3].message).toBe('unknown key "discovery" in "mcp": VS Code ignores it')
  })
})

describe('vscode', () => {
  it('accepts every documented shape, with comments and trailing commas, and reports nothing', () => {
    const { diagnostics, host } = lintFixture('vscode/valid/every-shape.json', '.vscode/mcp.json')
    expect(host).toBe('vscode')
    expect(diagnostics).toEqual([])
  })

  it('accepts the sandbox limits beside "servers", where VS Code reads them', () => {
    const { diagnostics, servers } = lintFixture('vscode/valid/sandbox.json', '.vscode/mcp.json')
    expect(diagnostics).toEqual([])
    expect(servers.map((s) => [s.name, s.transport])).toEqual([['fs', 'stdio']])
  })

  it('normalises each entry as VS Code reads it: a typeless url is http, a typeless command is stdio, "sse" is http', () => {
    const { servers } = lintFixture('vscode/valid/every-shape.json', 'app/.vscode/mcp.json')
    expect(servers.map((s) => [s.name, s.transport, s.declaredType])).toEqual([
      ['memory', 'stdio', 'stdio'],
      ['local-build', 'stdio', undefined],
      ['github', 'http', 'http'],
      // sanitizeServer keeps only "stdio" and "http": "sse" without a command is "http", which falls back to SSE.
      ['home-assistant', 'http', 'sse'],
      ['docs', 'http', undefined],
      ['socket', 'http', 'http'],
      ['pipe', 'http', 'http']
    ])
    const memory = servers[0]
    expect(memory).toMatchObject({
      file: 'app/.vscode/mcp.json',
      pointer: ['servers', 'memory'],
      command: 'npx',
      cwd: '${workspaceFolder}'
    })
    // A null value unsets a variable, so it is not part of the environment; numbers become text.
    expect(memory.env).toEqual({ MEMORY_FILE: '${workspaceFolder}/.memory.json', PORT: '8080' })
    expect(servers[2].headers).toEqual({ Authorization: 'Bearer ${input:github-token}' })
    expect(servers.some((s) => s.disabled)).toBe(false)
  })

  it("reports each mistake at its exact position, with VS Code's reasons", () => {
    const { diagnostics } = lintFixture('vscode/invalid/mistakes.json', '.vscode/mcp.json')
    expect(shortForm(diagnostics)).toEqual([
      '2:3 error schema-unknown-key',
      '6:5 error schema-required',
      '7:5 error schema-required',
      '8:23 error schema-enum',
      '9:51 error schema-type',
      '9:59 notice schema-unknown-key',
      '10:40 error schema-format',
      '13:5 error schema-required',
      '14:15 error schema-enum',
      '16:3 notice schema-unknown-key'
    ])
    const [mcpServers, noCommand, noUrl, typo, , disabled, badUrl, noDescription] = diagnostics
    expect(mcpServers).toMatchObject({
      message: 'VS Code starts no server under "mcpServers": it reads servers only from "servers"',
      ...{ messageId: 'wrongKey', data: { host: 'VS Code', key: 'mcpServers', expected: 'servers' } }
    })
    expect(mcpServers.help).toContain(
      'VS Code reads servers only from "servers" in .vscode/mcp.json, so the 1 server under it is never started: move it into "servers".'
    )
    expect(noCommand.message).toContain('"servers.no-command" is missing the required "command"')
    expect(noCommand.help).toContain('VS Code starts this server as a stdio process')
    expect(noCommand.server).toBe('no-command')
    expect(noUrl.message).toContain('is missing the required "url"')
    expect(typo.help).toContain('"http" connects with Streamable HTTP (falling back to SSE)')
    expect(disabled.message).toBe('unknown key "disabled" in "servers.env": VS Code ignores it')
    expect(badUrl.message).toBe('"servers.bad-url.url" is not a valid URL: "not a url"')
    expect(noDescription.help).toContain('without a "description"')
  })

  it('says to rename "mcpServers" when the file has no "servers" at all', () => {
    const { diagnostics, servers } = lintText(
      '.vscode/mcp.json',
      '{ "mcpServers": { "a": { "command": "x" }, "b": { "command": "y" } } }'
    )
    expect(shortForm(diagnostics)).toEqual(['1:3 error schema-unknown-key'])
    expect(diagnostics[0]).toMatchObject({
      messageId: 'wrongKey',
      data: { host: 'VS Code', key: 'mcpServers', expected: 'servers' }
    })
    expect(diagnostics[0].help).toContain('so the 2 servers under it are never started: rename the key to "servers".')
    // VS Code starts none of them, so there is nothing to dry-run.
    expect(servers).toEqual([])
  })

  it('only warns about an empty "mcpServers", which loses no server', () => {
    const { diagnostics } = lintText('.vscode/mcp.json', '{ "servers": {}, "mcpServers": {} }')
    expect(shortForm(diagnostics)).toEqual(['1:18 warning schema-unknown-key'])
    expect(diagnostics[0]).toMatchObject({
      message: 'VS Code ignores the empty "mcpServers" map: it reads servers only from "servers"',
      messageId: 'emptyMap',
      data: { host: 'VS Code', key: 'mcpServers', expected: 'servers' }
    })
    expect(diagnostics[0].help).toBe(
      '"mcpServers" is the key of Claude Code and most other hosts; VS Code reads servers only from "servers" in .vscode/mcp.json: rename the key to "servers".'
    )
  })

  it('rejects "servers" written as a list and explains the object form', () => {
    const { diagnostics } = lintText('.vscode/mcp.json', '{\n  "servers": [{ "name": "x", "command": "y" }]\n}')
    expect(shortForm(diagnostics)).toEqual(['2:14 error schema-type'])
    expect(diagnostics[0].message).toBe('"servers" must be an object, not an array')
    expect(diagnostics[0].help).toContain('VS Code reads "servers" as an object keyed by server name')
  })

  it('does not require an https scheme: sockets, pipes and placeholder hosts are valid URLs', () => {
    for (const url of ['unix:///run/mcp.sock#/mcp', 'pipe:///mcp', 'https://${input:host}/mcp', '${input:url}']) {
      const { diagnostics } = lintText('.vscode/mcp.json', JSON.stringify({ servers: { s: { type: 'http', url } } }))
      expect([url, diagnostics]).toEqual([url, []])
    }
  })

  it('treats an entry with both command and url and no type as stdio, and warns about the url', () => {
    const { diagnostics, servers } = lintText(
      '.vscode/mcp.json',
      '{"servers":{"s":{"command":"node","url":"https://x.dev/mcp"}}}'
    )
    expect(shortForm(diagnostics)).toEqual(['1:35 notice schema-unknown-key'])
    expect(servers[0].transport).toBe('stdio')
  })

  it('matches only .vscode/mcp.json', () => {
    expect(lintText('mcp.json', '{}').host).toBe(null)
    expect(lintText('sub/.vscode/mcp.json', '{}').host).toBe('vscode')
  })
})

describe('windsurf', () => {
  it('accepts stdio servers and remote servers at serverUrl or url, with disabledTools and ${env:...}', () => {
    const { diagnostics, servers, host } = lintFixture(
      'windsurf/valid/stdio-and-remote.json',
      '.windsurf/mcp_config.json'
    )
    expect(host).toBe('windsurf')
    expect(diagnostics).toEqual([])
    expect(servers.map((s) => [s.name, s.transport, s.url, s.disabled ?? false])).toEqual([
      ['memory', 'stdio', undefined, false],
      ['docs', 'http', 'https://docs.example.com/mcp', false],
      ['search', 'http', 'https://search.example.com/mcp', true]
    ])
    expect(servers[1].headers).toEqual({ Authorization: 'Bearer ${env:DOCS_TOKEN}' })
  })

  it('reads example copies named mcp_config.json anywhere, and prefers serverUrl to url', () => {
    const { servers, host } = lintText(
      'config/mcp_config.json',
      '{ "mcpServers": { "a": { "serverUrl": "https://a.example.com/mcp", "url": "https://old.example.com/mcp" } } }'
    )
    expect(host).toBe('windsurf')
    expect(servers.map((s) => [s.name, s.transport, s.url])).toEqual([['a', 'http', 'https://a.example.com/mcp']])
  })

  it('reports an entry with neither command nor serverUrl, a bad serverUrl and wrong types', () => {
    const { diagnostics, servers } = lintFixture('windsurf/invalid/mistakes.json', 'mcp_config.json')
    expect(shortForm(diagnostics)).toEqual([
      '3:5 error schema-required',
      '3:14 notice schema-unknown-key',
      '4:15 notice schema-unknown-key',
      '4:44 error schema-format',
      '5:83 error schema-type',
      '7:3 notice schema-unknown-key'
    ])
    expect(diagnostics[0].message).toBe('"mcpServers.bmi" is missing the required "serverUrl"')
    expect(diagnostics[0].help).toContain(
      'Windsurf starts a stdio server from its "command" or connects to a remote server at its "serverUrl" (or "url"), and this entry has neither'
    )
    expect(diagnostics[0].server).toBe('bmi')
    expect(diagnostics[2].message).toBe('unknown key "type" in "mcpServers.docs": Windsurf ignores it')
    expect(diagnostics[3].message).toBe('"mcpServers.docs.serverUrl" is not a valid URL: "docs.example.com/mcp"')
    expect(diagnostics[4].message).toBe(
      '"mcpServers.search.disabled" must be a boolean (true or false), not the string "yes"'
    )
    expect(diagnostics[5].message).toBe('unknown key "settings" in the top level: Windsurf ignores it')
    expect(servers.map((s) => [s.name, s.transport])).toEqual([
      ['bmi', 'unknown'],
      ['docs', 'http'],
      ['search', 'stdio']
    ])
  })

  it('reports VS Code\'s "servers" key, a missing "mcpServers" and an unclosed file', () => {
    const { diagnostics } = lintText('.windsurf/mcp_config.json', '{ "servers": {} }')
    expect(shortForm(diagnostics)).toEqual(['1:3 warning schema-unknown-key'])
    expect(diagnostics[0]).toMatchObject({
      messageId: 'emptyMap',
      data: { host: 'Windsurf', key: 'servers', expected: 'mcpServers' }
    })
    expect(diagnostics[0].help).toContain('Windsurf reads servers only from "mcpServers" in .windsurf/mcp_config.json')
    expect(shortForm(lintText('mcp_config.json', '{}').diagnostics)).toEqual(['1:1 error schema-required'])
    expect(shortForm(lintText('mcp_config.json', '{ "mcpServers": {}\n').diagnostics)).toEqual([
      '2:1 error syntax-error'
    ])
  })
})

describe('zed', () => {
  it('accepts current and legacy context server shapes beside other settings, with comments', () => {
    const { diagnostics, host } = lintFixture('zed/valid/settings.json', '.zed/settings.json')
    expect(host).toBe('zed')
    expect(diagnostics).toEqual([])
  })

  it('normalises each entry as the first variant Zed can read: command, then url, then extension settings', () => {
    const { servers } = lintFixture('zed/valid/settings.json', '.zed/settings.json')
    expect(servers.map((s) => [s.name, s.transport, s.declaredType, s.command ?? s.url, s.disabled])).toEqual([
      ['github', 'stdio', undefined, 'npx', true],
      ['bare', 'stdio', undefined, '/usr/local/bin/mcp-server', undefined],
      ['docs', 'http', undefined, 'https://docs.example.com/mcp', undefined],
      ['postgres-ext', 'stdio', undefined, undefined, undefined],
      ['legacy-custom', 'stdio', 'custom', 'node', undefined],
      ['legacy-nested', 'stdio', undefined, 'uvx', undefined],
      ['legacy-extension', 'stdio', 'extension', undefined, undefined]
    ])
    // The legacy nested command carries its own args and env.
    expect(servers[5]).toMatchObject({
      args: ['mcp-server-git'],
      env: { GIT_DIR: '.git' },
      pointer: ['context_servers', 'legacy-nested']
    })
    expect(servers[2].headers).toEqual({ 'X-Team': 'platform' })
  })

  it('reports entries Zed cannot read, at their exact positions', () => {
    const { diagnostics } = lintFixture('zed/invalid/mistakes.json', '.zed/settings.json')
    expect(shortForm(diagnostics)).toEqual([
      '3:5 error schema-required',
      '4:27 error schema-type',
      '5:49 error schema-value',
      '5:53 warning schema-unknown-key',
      '6:44 error schema-required',
      '7:17 error schema-required'
    ])
    expect(diagnostics[0].message).toBe('"context_servers.nothing" is missing the required "command"')
    expect(diagnostics[0].help).toContain(
      'Zed reads a context server as a "command" to start (stdio), a "url" (HTTP) or the "settings" of an extension\'s server; this entry has none of them, so Zed cannot load it'
    )
    expect(diagnostics[1].message).toContain('"context_servers.array.command" must be string or object, not an array')
    expect(diagnostics[3].message).toBe(
      'unknown key "disabled" in "context_servers.negative": Zed ignores it; did you mean "enabled"?'
    )
    expect(diagnostics[4].message).toBe('"context_servers.oauth.oauth" is missing the required "client_id"')
    expect(diagnostics[5].message).toContain('is missing the required "path"')
    expect(diagnostics.every((d) => d.server !== undefined)).toBe(true)
  })

  it('accepts a server Zed installed from the MCP Registry, whose entry has only "registry"', () => {
    // zed-industries/zed ContextServerSettingsContent::Registry { enabled, remote, registry } (MCP Registry).
    const { diagnostics, servers } = lintFixture('zed/valid/registry.json', '.zed/settings.json')
    expect(diagnostics).toEqual([])
    expect(servers.map((s) => [s.name, s.transport, s.disabled])).toEqual([['registry-server', 'unknown', true]])
  })

  it('finds no server and no problem in a settings file without context_servers', () => {
    const { diagnostics, servers, host } = lintText(
      '.zed/settings.json',
      '// Zed settings\n{ "tab_size": 4, "format_on_save": "on", }'
    )
    expect([host, diagnostics, servers]).toEqual(['zed', [], []])
  })
})

const CURRENT = 'https://static.modelcontextprotocol.io/schemas/2025-12-11/server.schema.json'
const schemaUrl = (date: string): string => `https://static.modelcontextprotocol.io/schemas/${date}/server.schema.json`

/** A small server.json as text, one key per line so positions are easy to read. */
function serverJson(fields: Record<string, unknown>): string {
  const lines = Object.entries(fields).map(([key, value]) => `  ${JSON.stringify(key)}: ${JSON.stringify(value)}`)
  return `{\n${lines.join(',\n')}\n}\n`
}

const npmPackage = { registryType: 'npm', identifier: 'weather-mcp', version: '1.0.0', transport: { type: 'stdio' } }

describe('registry', () => {
  it('accepts packages and remotes with ${VERSION} and {template} values, and runs each the way registry clients do', () => {
    const { diagnostics, servers, host } = lintFixture('registry/valid/packages-and-remotes.json', 'server.json')
    expect(host).toBe('registry')
    expect(diagnostics).toEqual([])
    expect(servers.map((s) => [s.name, s.pointer, s.transport, s.declaredType, s.command, s.args, s.url])).toEqual([
      [
        'io.github.example/weather (packages[0])',
        ['packages', 0],
        'stdio',
        'stdio',
        'npx',
        ['-y', '@example/weather-mcp@1.4.0', '--units', 'metric', '{city}'],
        undefined
      ],
      [
        'io.github.example/weather (packages[1])',
        ['packages', 1],
        'stdio',
        'stdio',
        'docker',
        [
          'run',
          '-i',
          '--rm',
          '-e',
          'WEATHER_API_KEY={token}',
          '-e',
          'WEATHER_REGION',
          'ghcr.io/example/weather-mcp:${VERSION}'
        ],
        undefined
      ],
      [
        'io.github.example/weather (packages[2])',
        ['packages', 2],
        'http',
        'streamable-http',
        'uvx',
        ['weather-mcp==1.4.0', '--port', '8080'],
        'http://localhost:{port}/mcp'
      ],
      [
        'io.github.example/weather (remotes[0])',
        ['remotes', 0],
        'http',
        'streamable-http',
        undefined,
        undefined,
        'https://{tenant}.weather.example.com/mcp'
      ],
      [
        'io.github.example/weather (remotes[1])',
        ['remotes', 1],
        'sse',
        'sse',
        undefined,
        undefined,
        'https://weather.example.com/sse'
      ]
    ])
    // Only variables with a value or default become env/headers; the user supplies the rest.
    expect(servers[0].env).toEqual({ WEATHER_REGION: 'eu' })
    expect(servers[3].headers).toEqual({ Authorization: 'Bearer {api_key}' })
  })

  it('reports each mistake once, at its exact position, with the registry reason', () => {
    const { diagnostics, servers } = lintFixture('registry/invalid/mixed-mistakes.json', 'server.json')
    expect(shortForm(diagnostics)).toEqual([
      '3:11 error schema-value',
      '4:18 error schema-value',
      '7:5 error schema-required',
      '7:70 error schema-value',
      '11:21 error schema-value',
      '13:28 error schema-required',
      '17:15 error schema-enum',
      '18:5 error schema-required',
      '20:64 error schema-value'
    ])
    const messages = diagnostics.map((d) => d.message)
    expect(messages[0]).toContain('"name" "weather" does not match the expected form')
    expect(diagnostics[0].help).toContain('reverse-DNS namespace')
    expect(messages[1]).toBe('"description" is 104 characters long; the limit is 100')
    expect(diagnostics[1].help).toContain(
      'The MCP Registry rejects a longer description when publishing; keep it to one short sentence and put the details in the README'
    )
    expect(messages[2]).toBe('"packages[0]" is missing the required "transport"')
    expect(diagnostics[3].help).toContain('"latest" is not allowed')
    expect(diagnostics[5].help).toContain('A positional argument needs a "value" (passed as it is) or a "valueHint"')
    // The transport union reads as one discriminated choice, not one error per branch.
    expect(messages[6]).toBe(
      '"remotes[0].type" is "http", but MCP Registry accepts only one of "streamable-http", "sse"'
    )
    expect(diagnostics[6].help).toContain(
      'The MCP Registry calls the Streamable HTTP transport "streamable-http" (not "http")'
    )
    expect(messages[7]).toBe('"remotes[1]" is missing the required "url"')
    expect(diagnostics[2].server).toBe('weather (packages[0])')
    expect(diagnostics[7].server).toBe('weather (remotes[1])')
    expect(servers.find((s) => s.name === 'weather (remotes[0])')?.transport).toBe('unknown')
  })

  it('reports what the registry refuses to publish beyond its schema, once each, at the value', () => {
    // modelcontextprotocol/registry internal/validators/validators.go ValidateServerJSON and utils.go.
    const { diagnostics } = lintFixture('registry/invalid/publish-refusals.json', 'server.json')
    expect(diagnostics.map((d) => `${d.line}:${d.column} ${d.severity} ${d.ruleId} ${d.messageId}`)).toEqual([
      '3:11 error schema-value serverName',
      '4:12 error schema-value blankTitle',
      '6:14 error schema-value versionRange',
      '7:26 error schema-value repositoryUrl',
      '7:89 error schema-value subfolder',
      '8:17 error schema-value notHttps',
      '9:22 error schema-value notHttps',
      '13:21 error schema-value hasSpace',
      '14:18 error schema-value versionRange',
      '15:46 error schema-value stdioUrl',
      '17:36 error schema-value argumentName',
      '18:56 error schema-value argumentValue',
      '25:56 error schema-value undeclaredVariable',
      '29:41 error schema-value notHttps',
      '30:29 error schema-value localRemote',
      '31:41 error schema-value undeclaredVariable'
    ])
    const byId = (id: string) => diagnostics.filter((d) => d.messageId === id)
    expect(byId('versionRange').map((d) => d.message)).toEqual([
      '"version" is "^1.4.0", a version range; the MCP Registry needs one exact version',
      '"packages[0].version" is "1.x", a version range; the MCP Registry needs one exact version'
    ])
    expect(byId('undeclaredVariable').map((d) => [d.message, d.server])).toEqual([
      [
        '"packages[1].transport.url" uses "{port}", which nothing in this entry declares',
        'io.github.example/weather- (packages[1])'
      ],
      [
        '"remotes[2].url" uses "{tenant}", which nothing in this entry declares',
        'io.github.example/weather- (remotes[2])'
      ]
    ])
    expect(byId('localRemote')[0].message).toBe(
      '"remotes[1].url" is "https://localhost:8443/sse", on this machine; the MCP Registry refuses it for a remote'
    )
    expect(byId('argumentName')[0].help).toContain('Publishing fails: the name of a named argument is the flag alone')
  })

  it('accepts what the registry accepts: exact versions, ${VERSION}, declared variables, a remote that starts with one', () => {
    const remote = { type: 'streamable-http', url: '{baseUrl}/mcp', variables: { baseUrl: { isRequired: true } } }
    for (const version of ['1.0.0', '2.0.0-beta.1', 'v1.2', '${VERSION}', '2025.12.1']) {
      const { diagnostics } = lintText(
        'server.json',
        serverJson({
          $schema: CURRENT,
          name: 'io.github.example/weather',
          description: 'Weather',
          version,
          packages: [{ ...npmPackage, version }],
          remotes: [remote, { type: 'sse', url: 'https://api.example.com/sse/${VERSION}' }]
        })
      )
      expect(diagnostics).toEqual([])
    }
  })

  describe('schema selection by $schema', () => {
    it('checks a 2025-09-29 file against 2025-09-29, which still requires a package version', () => {
      const pkg = { registryType: 'oci', identifier: 'ghcr.io/example/weather:1.0.0', transport: { type: 'stdio' } }
      const old = lintText(
        'server.json',
        serverJson({
          $schema: schemaUrl('2025-09-29'),
          name: 'io.github.example/weather',
          description: 'Weather',
          version: '1.0.0',
          packages: [pkg]
        })
      )
      expect(shortForm(old.diagnostics)).toEqual(['2:14 notice schema-value', '6:16 error schema-required'])
      expect(old.diagnostics[0]).toMatchObject({
        message:
          '"$schema" names the older 2025-09-29 schema; the current one is 2025-12-11, and the registry may refuse others',
        messageId: 'olderSchema',
        data: { version: '2025-09-29', current: '2025-12-11' }
      })
      expect(old.diagnostics[0].help).toBe(
        `This file was checked against the schema it names; update it to "${CURRENT}" (see the registry's server.json CHANGELOG).`
      )
      expect(old.diagnostics[1].message).toBe('"packages[0]" is missing the required "version"')
      // The same package is valid under the current schema (version became optional in 2025-10-11).
      const current = lintText(
        'server.json',
        serverJson({
          $schema: CURRENT,
          name: 'io.github.example/weather',
          description: 'Weather',
          version: '1.0.0',
          packages: [pkg]
        })
      )
      expect(current.diagnostics).toEqual([])
    })

    it('checks 2025-10-11 and 2025-10-17 files against 2025-12-11, their nearest vendored schema', () => {
      for (const date of ['2025-10-11', '2025-10-17']) {
        const pkg = {
          registryType: 'oci',
          identifier: 'ghcr.io/example/weather:${VERSION}',
          transport: { type: 'stdio' }
        }
        const { diagnostics } = lintText(
          'server.json',
          serverJson({
            $schema: schemaUrl(date),
            name: 'io.github.example/weather',
            description: 'Weather',
            version: '${VERSION}',
            status: 'active',
            packages: [pkg]
          })
        )
        expect(shortForm(diagnostics)).toEqual(['2:14 notice schema-value'])
      }
    })

    it('checks a 2025-09-16 file against its closed Package, where a snake_case key is unknown', () => {
      const pkg = { ...npmPackage, runtime_hint: 'npx' }
      const fields = {
        name: 'io.github.example/weather',
        description: 'Weather',
        version: '1.0.0',
        status: 'active',
        packages: [pkg]
      }
      const old = lintText('server.json', serverJson({ $schema: schemaUrl('2025-09-16'), ...fields }))
      expect(shortForm(old.diagnostics)).toEqual(['2:14 notice schema-value', '7:112 warning schema-unknown-key'])
      expect(old.diagnostics[1].message).toBe(
        'unknown key "runtime_hint" in "packages[0]": MCP Registry ignores it; did you mean "runtimeHint"?'
      )
      const current = lintText('server.json', serverJson({ $schema: CURRENT, ...fields }))
      expect(current.diagnostics).toEqual([])
    })

    it('reports the retired snake_case 2025-07-09 format as an error, and still reads its fields', () => {
      const pkg = {
        registry_type: 'pypi',
        registry_base_url: 'https://pypi.org',
        identifier: 'weather-mcp',
        version: '2.0.0',
        runtime_hint: 'uvx',
        transport: { type: 'stdio' }
      }
      const { diagnostics, servers } = lintText(
        'server.json',
        serverJson({
          $schema: schemaUrl('2025-07-09'),
          name: 'io.github.example/weather',
          description: 'Weather',
          status: 'active',
          version: '2.0.0',
          packages: [pkg]
        })
      )
      // Valid against its own schema: the one error is the retired format itself.
      expect(shortForm(diagnostics)).toEqual(['2:14 error schema-value'])
      expect(diagnostics[0]).toMatchObject({
        message: '"$schema" names the retired 2025-07-09 snake_case format, which the MCP Registry no longer reads',
        messageId: 'retiredSchema',
        data: { version: '2025-07-09' }
      })
      expect(diagnostics[0].help).toContain(
        'Rename them to camelCase ("registryType", ...), drop "status", and use "' + CURRENT + '".'
      )
      expect(servers.map((s) => [s.command, s.args])).toEqual([['uvx', ['weather-mcp==2.0.0']]])
    })

    it('checks a file without $schema against the current schema and says so in a notice', () => {
      const { diagnostics } = lintText(
        'server.json',
        serverJson({
          name: 'io.github.example/weather',
          description: 'x'.repeat(101),
          version: '1.0.0',
          packages: [npmPackage]
        })
      )
      expect(shortForm(diagnostics)).toEqual(['1:1 notice schema-required', '3:18 error schema-value'])
      expect(diagnostics[0]).toMatchObject({
        message: 'this server.json has no "$schema", which mcp-publisher requires',
        messageId: 'noSchema',
        data: { key: '$schema' }
      })
      expect(diagnostics[0].help).toBe(
        `It was checked against the current schema 2025-12-11; add "$schema": "${CURRENT}".`
      )
    })

    it('checks a file with an unknown $schema against the current schema and says so in a notice', () => {
      for (const url of [schemaUrl('2026-01-01'), 'https://example.com/my-server.schema.json']) {
        const { diagnostics } = lintText(
          'server.json',
          serverJson({
            $schema: url,
            name: 'io.github.example/weather',
            description: 'Weather',
            version: '1.0.0',
            remotes: [{ type: 'streamable-http', url: 'https://example.com/mcp' }]
          })
        )
        expect(shortForm(diagnostics)).toEqual(['2:14 notice schema-value'])
        expect(diagnostics[0]).toMatchObject({
          message: `"$schema" ${JSON.stringify(url)} is not a published server.json schema`,
          messageId: 'unknownSchema',
          data: { url: JSON.stringify(url) }
        })
        expect(diagnostics[0].help).toBe(
          `The published schemas are 2025-07-09, 2025-09-16, 2025-09-29, 2025-10-11, 2025-10-17, 2025-12-11; the file was checked against the current 2025-12-11. Use "${CURRENT}".`
        )
      }
    })
  })

  describe('claims', () => {
    it('skips a discovered server.json that is not a registry file, and checks it when named with --host', () => {
      const text = '{ "port": 8080, "host": "localhost" }\n'
      expect(lintText('app/server.json', text).host).toBeNull()
      const forced = lintText('app/server.json', text, { host: 'registry' })
      expect(forced.host).toBe('registry')
      expect(shortForm(forced.diagnostics)).toEqual([
        '1:1 error schema-required',
        '1:1 error schema-required',
        '1:1 error schema-required',
        '1:1 notice schema-required'
      ])
    })

    it('claims a file by its $schema alone, or by name with packages or remotes', () => {
      expect(lintText('server.json', `{ "$schema": "${CURRENT}" }`).host).toBe('registry')
      expect(lintText('server.json', '{ "name": "io.github.a/b", "remotes": [] }').host).toBe('registry')
      expect(lintText('server.json', '{ "name": "io.github.a/b" }').host).toBeNull()
    })
  })

  it('does not crash on hostile shapes and normalises nothing it cannot read', () => {
    const { diagnostics, servers } = lintText(
      'server.json',
      serverJson({
        $schema: CURRENT,
        name: 'io.github.a/b',
        description: 'd',
        version: '1',
        packages: [null, 'npm', { transport: 7 }],
        remotes: { type: 'sse' }
      })
    )
    expect(servers.map((s) => [s.name, s.transport, s.command])).toEqual([
      ['io.github.a/b (packages[2])', 'unknown', undefined]
    ])
    expect(diagnostics.filter((d) => d.ruleId === 'internal-error')).toEqual([])
    expect(shortForm(diagnostics)).toEqual([
      // A one-character name part ("b") is refused by the registry's name check.
      '3:11 error schema-value',
      '6:16 error schema-type',
      '6:21 error schema-type',
      '6:27 error schema-required',
      '6:27 error schema-required',
      '6:40 error schema-type',
      '7:14 error schema-type'
    ])
  })
})
