import { describeDiagnostic, lintText } from '../helpers/lint.js'

const found = (args: string[], extra: Record<string, unknown> = {}, command = 'docker'): string[] =>
  lintText('.mcp.json', JSON.stringify({ mcpServers: { s: { command, args, ...extra } } }, null, 2))
    .diagnostics.filter((d) => d.ruleId === 'risky-docker')
    .map((d) => `${d.line}:${d.column} ${d.message.slice(0, d.message.indexOf(': '))}`)

describe('risky-docker', () => {
  it('reports --privileged at the flag, with the risk and the fix', () => {
    const text =
      '{\n  "mcpServers": {\n    "d": { "command": "docker", "args": ["run", "-i", "--rm", "--privileged", "img:1.0"] }\n  }\n}\n'
    const diagnostics = lintText('.mcp.json', text).diagnostics.filter((d) => d.ruleId === 'risky-docker')
    expect(diagnostics.map(describeDiagnostic)).toEqual([
      '3:63-3:77 warning risky-docker "mcpServers.d.args[3]" runs the container with "--privileged": it gets every capability and the host\'s devices, so a compromised or malicious server can take over the machine; remove it (add single capabilities with --cap-add if the server truly needs them)'
    ])
    expect(diagnostics[0].server).toBe('d')
  })

  it('reports the host network, and root, home and socket mounts at their values', () => {
    const args = [
      'run',
      '-i',
      '--rm',
      '--network',
      'host',
      '-v',
      '/:/host',
      '-v',
      '$HOME:/home',
      '-v',
      '/var/run/docker.sock:/var/run/docker.sock',
      '--mount',
      'type=bind,source=~,target=/h',
      '-v',
      'C:\\Users\\alice:/u',
      '--net=host',
      'img:1.0'
    ]
    expect(found(args)).toEqual([
      '10:9 "mcpServers.s.args[4]" puts the container on the host\'s network ("--network host")',
      '12:9 "mcpServers.s.args[6]" mounts the host\'s root directory ("/") into the container',
      '14:9 "mcpServers.s.args[8]" mounts a whole home directory ("$HOME") into the container',
      '16:9 "mcpServers.s.args[10]" mounts the Docker socket ("/var/run/docker.sock") into the container',
      '18:9 "mcpServers.s.args[12]" mounts a whole home directory ("~") into the container',
      '20:9 "mcpServers.s.args[14]" mounts a whole home directory ("C:\\Users\\alice") into the container',
      '21:9 "mcpServers.s.args[15]" puts the container on the host\'s network ("--net host")'
    ])
  })

  it('finds docker behind podman, cmd /c, sh -c, a whole command line, and in switched-off servers', () => {
    expect(found(['run', '--privileged', 'img:1'], {}, 'podman')).toEqual([
      '7:9 "mcpServers.s.args[1]" runs the container with "--privileged"'
    ])
    expect(found(['/c', 'docker', 'run', '-v', '${userHome}:/h', 'img:1'], {}, 'cmd')).toEqual([
      '10:9 "mcpServers.s.args[4]" mounts a whole home directory ("${userHome}") into the container'
    ])
    expect(found(['-c', 'exec docker run -i -v /var/run/docker.sock:/s img:1'], {}, 'sh')).toEqual([
      '7:9 "mcpServers.s.args[1]" mounts the Docker socket ("/var/run/docker.sock") into the container'
    ])
    expect(found([], { disabled: true }, 'docker run --privileged img:1')).toEqual([
      '4:18 "mcpServers.s.command" runs the container with "--privileged"'
    ])
  })

  it.each([
    [
      'scoped mounts',
      [
        'run',
        '-i',
        '-v',
        '~/projects/notes:/notes',
        '-v',
        '/Users/alice/data:/d:ro',
        '-v',
        '${workspaceFolder}:/ws',
        'img:1'
      ]
    ],
    [
      'named volumes and other networks',
      ['run', '-i', '-v', 'data:/data', '--network', 'none', '--net=bridge', 'img:1']
    ],
    [
      'options of the container after the image',
      ['run', '-i', 'img:1', '--privileged', '--network', 'host', '-v', '/:/x']
    ],
    ['option values that look like options', ['run', '-i', '-e', '--privileged', '-w', '/', 'img:1']],
    ['--privileged=false', ['run', '-i', '--privileged=false', 'img:1']],
    ['docker exec', ['exec', '-i', '--privileged', 'container', 'server']]
  ])('stays silent on %s', (_label, args) => {
    expect(found(args)).toEqual([])
  })
})
