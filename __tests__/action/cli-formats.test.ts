import { runCli } from '../../src/cli/run.js'
import { workspace } from './harness.js'

const BROKEN =
  '{\n  "mcpServers": {\n    "github": { "type": "http" },\n    "fs": { "command": "node", "args": ["server.js"], "tpye": "stdio" }\n  }\n}\n'

async function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = ''
  let stderr = ''
  const cwd = workspace({ '.mcp.json': BROKEN, 'server.js': '' })
  const code = await runCli(args, {
    cwd,
    isTTY: false,
    env: {},
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t)
  })
  return { code, stdout, stderr }
}

describe("CLI formats from the action's reporters", () => {
  it('--format sarif writes a SARIF 2.1.0 log', async () => {
    const { code, stdout } = await cli(['--format', 'sarif'])
    expect(code).toBe(1)
    const log = JSON.parse(stdout)
    expect(log.version).toBe('2.1.0')
    expect(
      log.runs[0].results.map((r: { ruleId: string; locations: { physicalLocation: { region: object } }[] }) => [
        r.ruleId,
        r.locations[0].physicalLocation.region
      ])
    ).toEqual([
      ['schema-required', { startLine: 3, startColumn: 5, endLine: 3, endColumn: 13 }],
      ['schema-unknown-key', { startLine: 4, startColumn: 55, endLine: 4, endColumn: 61 }]
    ])
  })

  it('--format markdown writes the job summary text (for $GITHUB_STEP_SUMMARY)', async () => {
    const { stdout } = await cli(['--format', 'markdown', '--fail-on', 'warning'])
    expect(
      stdout.startsWith(
        '## ❌ mcpcop: 1 error, 1 warning, 0 notices\n\nFound in 1 of 1 MCP config file.\n\nThis check fails: findings reach `fail-on: warning`.\n'
      )
    ).toBe(true)
  })

  it('--format github writes workflow-command annotations', async () => {
    const { code, stdout } = await cli(['--format', 'github'])
    expect(code).toBe(1)
    expect(stdout).toBe(
      '::error title=mcpcop%3A schema-required,file=.mcp.json,line=3,endLine=3,col=5,endColumn=12::"mcpServers.github" is missing the required "url"\n' +
        '::warning title=mcpcop%3A schema-unknown-key,file=.mcp.json,line=4,endLine=4,col=55,endColumn=60::unknown key "tpye" in "mcpServers.fs": Claude Code ignores it; did you mean "type"?\n'
    )
  })

  it('lists the new formats in the error for an unknown one', async () => {
    const { code, stderr } = await cli(['--format', 'xml'])
    expect(code).toBe(2)
    expect(stderr).toContain('unknown format "xml"; use one of stylish, json, sarif, markdown, github')
  })
})
