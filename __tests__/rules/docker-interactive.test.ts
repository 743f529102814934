import { ruleDiagnostics, ruleFindings } from '../helpers/lint.js'

const ID = 'docker-interactive'
const docker = (args: string[], extra: Record<string, unknown> = {}): unknown => ({
  mcpServers: { github: { command: 'docker', args, ...extra } }
})

describe('docker-interactive', () => {
  it('reports docker run without -i at the command: the server reads end-of-file and exits', () => {
    const content = docker(['run', '--rm', '-e', 'GITHUB_PERSONAL_ACCESS_TOKEN', 'ghcr.io/github/github-mcp-server'])
    expect(ruleFindings(ID, '.mcp.json', content)).toEqual([
      '4:18-4:26 error docker-interactive noStdin {"host":"Claude Code"}'
    ])
    const [finding] = ruleDiagnostics(ID, '.mcp.json', content)
    expect(finding.server).toBe('github')
    expect(finding.message).toBe(
      '"-i" is missing: the container\'s standard input is closed, so the server never reads Claude Code\'s requests'
    )
    expect(finding.help).toContain('Add "-i" after "run"')
  })

  it('says where a published port suggests an HTTP server (corpus: Bzcasper/n8n-mcp-server)', () => {
    const [finding] = ruleDiagnostics(ID, '.mcp.json', docker(['run', '--rm', '-p', '3000:8000', 'n8n-mcp-server']))
    expect(finding.help).toMatch(
      /if the server serves HTTP on the port the container publishes, start the container yourself and give the host its url instead\.$/
    )
  })

  it('reports -t beside -i, and -d, at the option', () => {
    expect(ruleFindings(ID, '.cursor/mcp.json', docker(['run', '-it', '--rm', 'mcp/fetch']))).toEqual([
      '7:9-7:14 error docker-interactive tty {"host":"Cursor","option":"-t"}'
    ])
    expect(ruleFindings(ID, '.cursor/mcp.json', docker(['run', '-i', '--tty', 'mcp/fetch']))).toEqual([
      '8:9-8:16 error docker-interactive tty {"host":"Cursor","option":"--tty"}'
    ])
    expect(ruleFindings(ID, '.cursor/mcp.json', docker(['run', '-d', '-i', 'mcp/fetch']))).toEqual([
      '7:9-7:13 error docker-interactive detached {"host":"Cursor","option":"-d"}'
    ])
  })

  it('reads a whole command line, podman, docker container run, and the last command of a shell script', () => {
    expect(ruleFindings(ID, '.mcp.json', { mcpServers: { a: { command: 'docker run --rm mcp/time' } } })).toEqual([
      '4:18-4:44 error docker-interactive noStdin {"host":"Claude Code"}'
    ])
    expect(ruleFindings(ID, '.mcp.json', docker(['container', 'run', '--rm', 'mcp/time']))).toHaveLength(1)
    expect(
      ruleFindings(ID, '.mcp.json', { mcpServers: { a: { command: 'podman', args: ['run', '--rm', 'mcp/time'] } } })
    ).toHaveLength(1)
    const script = { command: 'sh', args: ['-c', 'docker pull mcp/time && docker run --rm mcp/time'] }
    expect(ruleFindings(ID, '.mcp.json', { mcpServers: { a: script } })).toEqual([
      '7:9-7:59 error docker-interactive noStdin {"host":"Claude Code"}'
    ])
  })

  it.each([
    ['-i', ['run', '-i', '--rm', 'mcp/fetch']],
    ['--interactive', ['run', '--interactive', '--rm', 'mcp/fetch']],
    ['-i in a cluster', ['run', '--rm', '-ie', 'TOKEN', 'mcp/fetch']],
    ['a docker command that is not run', ['exec', 'mcp', 'node', 'server.js']],
    ['docker run that is not the last command', ['run', '--rm', 'mcp/setup']]
  ])('is silent with %s', (_label, args) => {
    const content =
      _label === 'docker run that is not the last command'
        ? { mcpServers: { a: { command: 'sh', args: ['-c', 'docker run --rm mcp/setup && node server.js'] } } }
        : docker(args)
    expect(ruleFindings(ID, '.mcp.json', content)).toEqual([])
  })

  it('leaves a remote server, a disabled one and podman -it alone', () => {
    expect(
      ruleFindings(
        ID,
        '.mcp.json',
        docker(['run', '--rm', 'mcp/x'], { type: 'http', url: 'http://localhost:8080/mcp' })
      )
    ).toEqual([])
    expect(ruleFindings(ID, '.cursor/mcp.json', docker(['run', '--rm', 'mcp/x'], { disabled: true }))).toEqual([])
    expect(
      ruleFindings(ID, '.mcp.json', { mcpServers: { a: { command: 'podman', args: ['run', '-it', 'mcp/x'] } } })
    ).toEqual([])
  })
})
