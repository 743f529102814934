import { ruleDiagnostics, ruleFindings } from '../helpers/lint.js'

const ID = 'risky-docker'
const found = (args: string[], extra: Record<string, unknown> = {}, command = 'docker'): string[] =>
  ruleFindings(ID, '.mcp.json', { mcpServers: { s: { command, args, ...extra } } })

describe('risky-docker', () => {
  it('reports --privileged at the flag, with the risk and the fix', () => {
    const text =
      '{\n  "mcpServers": {\n    "d": { "command": "docker", "args": ["run", "-i", "--rm", "--privileged", "img:1.0"] }\n  }\n}\n'
    expect(ruleFindings(ID, '.mcp.json', text)).toEqual(['3:63-3:77 warning risky-docker privileged {}'])
    const [finding] = ruleDiagnostics(ID, '.mcp.json', text)
    expect(finding.server).toBe('d')
    expect(finding.message).toBe('the container runs with "--privileged": every capability and the host\'s devices')
    expect(finding.help).toBe(
      'A compromised or malicious server can take over the machine; remove it (add single capabilities with --cap-add if the server truly needs them).'
    )
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
      '10:9-10:15 warning risky-docker hostNetwork {"option":"network"}',
      '12:9-12:18 warning risky-docker rootMount {"source":"/"}',
      '14:9-14:22 warning risky-docker homeMount {"source":"$HOME"}',
      '16:9-16:52 warning risky-docker socketMount {"source":"/var/run/docker.sock"}',
      '18:9-18:39 warning risky-docker homeMount {"source":"~"}',
      '20:9-20:30 warning risky-docker homeMount {"source":"C:\\\\Users\\\\alice"}',
      '21:9-21:21 warning risky-docker hostNetwork {"option":"net"}'
    ])
    const diagnostics = ruleDiagnostics(ID, '.mcp.json', { mcpServers: { s: { command: 'docker', args } } })
    expect(diagnostics.map((d) => d.message).slice(0, 4)).toEqual([
      'the container runs on the host\'s network ("--network host")',
      'the host\'s root directory ("/") is mounted into the container',
      'a whole home directory ("$HOME") is mounted into the container',
      'the Docker socket ("/var/run/docker.sock") is mounted into the container'
    ])
    expect(diagnostics.map((d) => d.help).slice(0, 4)).toEqual([
      'The server reaches every service listening on this machine and its network (databases, admin ports, cloud metadata) that the container would otherwise not see; remove it (a stdio server needs no network option; publish a port with -p if it serves one).',
      'The server can read, and unless the mount ends in ":ro" write, every file on the machine; mount only the folder the server needs (the project, or one data folder), read-only where it can be.',
      'The server can read SSH keys, cloud credentials, browser profiles and tokens; mount only the folder the server needs (the project, or one data folder), read-only where it can be.',
      'Whoever controls the container controls Docker, and through it the host as root; mount only the folder the server needs (the project, or one data folder), read-only where it can be.'
    ])
  })

  it('finds docker behind podman, cmd /c, sh -c, a whole command line, and in switched-off servers', () => {
    expect(found(['run', '--privileged', 'img:1'], {}, 'podman')).toEqual([
      '7:9-7:23 warning risky-docker privileged {}'
    ])
    expect(found(['/c', 'docker', 'run', '-v', '${userHome}:/h', 'img:1'], {}, 'cmd')).toEqual([
      '10:9-10:25 warning risky-docker homeMount {"source":"${userHome}"}'
    ])
    expect(found(['-c', 'exec docker run -i -v /var/run/docker.sock:/s img:1'], {}, 'sh')).toEqual([
      '7:9-7:62 warning risky-docker socketMount {"source":"/var/run/docker.sock"}'
    ])
    expect(found([], { disabled: true }, 'docker run --privileged img:1')).toEqual([
      '4:18-4:49 warning risky-docker privileged {}'
    ])
  })

  it('knows every spelling of a home folder that filesystem-root-access knows, and the folder of all homes', () => {
    const mounts = ['%HOME%', '$USERPROFILE', '${USERPROFILE}', '/home', '/Users/', 'C:\\Users']
    expect(
      mounts.map((source) =>
        found(['run', '-i', '-v', `${source}:/h`, 'img:1']).map((f) => f.split(' ').slice(2).join(' '))
      )
    ).toEqual(mounts.map((source) => [`risky-docker homeMount ${JSON.stringify({ source })}`]))
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
