/**
 * Issue 10: a pull request controls every byte of the tree. Each finding of the issue is one
 * hostile repository here, run through every output, and each must keep every guarantee:
 * bounded time and memory, exit 0/1/2, no stack trace, the other files' findings reported, nothing
 * from outside the repository anywhere, and an action log whose commands, read by the runner's
 * rules, are exactly the annotations mcpcop meant.
 */
import { jest } from '@jest/globals'
import path from 'node:path'
import type { Report } from '../../src/types.js'
import {
  brokenGuarantees,
  CONTROL_FINDING,
  everyOutput,
  hostileRepo,
  OUTSIDE,
  type HostileRepo,
  type Outputs,
  type SafetyExpectations
} from './hostile.js'

jest.setTimeout(300_000)

/** The findings of one file in the JSON report, as `rule-id` strings. */
function findingsOf(outputs: Outputs, file: string): string[] {
  const report = JSON.parse(outputs.cli.json.stdout) as Report
  return report.diagnostics.filter((d) => d.file === file).map((d) => d.ruleId)
}

async function attack(spec: HostileRepo, expectations?: SafetyExpectations): Promise<Outputs> {
  const outputs = await everyOutput(hostileRepo(spec))
  expect(brokenGuarantees(outputs, expectations)).toEqual([])
  return outputs
}

describe('1. every file the tool opens goes through the guarded reader', () => {
  it.each([
    ['a settings file linked to /dev/zero', { links: { '.mcpcop.yaml': '/dev/zero' } }, '.mcpcop.yaml'],
    ['a settings file that is a FIFO', { fifos: ['.mcpcop.json'] }, '.mcpcop.json'],
    ['a settings file that is a directory', { dirs: ['.mcpcop.json'] }, '.mcpcop.json'],
    ['a settings file linked to a directory', { links: { '.mcpcop.yml': '/' } }, '.mcpcop.yml']
  ])('%s is refused with a diagnostic', async (_name, spec, file) => {
    const outputs = await attack(spec)
    expect(findingsOf(outputs, file)).toEqual(['file-unreadable'])
  })

  it('a settings file over the size limit is refused unread', async () => {
    const outputs = await attack({ files: { '.mcpcop.json': `{ "ignore": [${'"x",'.repeat(200_000)} "y"] }` } })
    expect(findingsOf(outputs, '.mcpcop.json')).toEqual(['file-too-large'])
  })

  it.each([
    ['linked to /dev/zero', { links: { '.gitignore': '/dev/zero', 'sub/.gitignore': '/dev/zero' } }],
    ['a FIFO', { fifos: ['.gitignore', 'sub/.gitignore'] }],
    ['a directory', { dirs: ['.gitignore/x', 'sub/.gitignore'] }]
  ])('a .gitignore %s is skipped and the files under it are still checked', async (_name, spec) => {
    const outputs = await attack({ ...(spec as HostileRepo), files: { 'sub/.mcp.json': CONTROL_BROKEN } })
    expect(findingsOf(outputs, 'sub/.mcp.json')).toEqual(['schema-type'])
  })
})

const CONTROL_BROKEN = '{ "mcpServers": { "x": { "command": 7 } } }\n'

describe('2. no byte of a file outside the repository reaches any output', () => {
  it.each([
    ['.mcpcop.yaml', { links: { '.mcpcop.yaml': path.join(OUTSIDE, 'settings.yaml') } }],
    ['.mcpcop.json', { links: { '.mcpcop.json': path.join(OUTSIDE, 'credentials') } }],
    ['.mcpcop.json', { links: { linked: OUTSIDE, '.mcpcop.json': 'linked/settings.yaml' } }],
    ['.mcpcop.yaml', { links: { '.mcpcop.yaml': '/proc/self/environ' } }]
  ])('a settings file %s linking out is refused unread', async (file, spec) => {
    const outputs = await attack(spec)
    expect(findingsOf(outputs, file)).toEqual(['file-unreadable'])
  })

  it('configs and .gitignore files linking out are refused unread', async () => {
    const outputs = await attack({
      links: {
        '.mcp.json': path.join(OUTSIDE, 'mcp.json'),
        '.cursor/mcp.json': '../linked/mcp.json',
        linked: OUTSIDE,
        '.gitignore': path.join(OUTSIDE, 'credentials')
      }
    })
    expect(findingsOf(outputs, '.mcp.json')).toEqual(['file-unreadable'])
    expect(findingsOf(outputs, '.cursor/mcp.json')).toEqual(['file-unreadable'])
  })
})

describe('3. YAML aliases cannot amplify', () => {
  const bomb = (): string => {
    const items = Array.from({ length: 20_000 }, (_, i) => i).join(', ')
    const aliases = Array.from({ length: 1_000 }, () => '*a').join(', ')
    return `name: x\nversion: 1\nschema: v1\nanchor: &a [${items}]\nmcpServers:\n  - name: s\n    command: node\n    args: [${aliases}]\n`
  }

  it('a config whose aliases expand to 20 million values is refused quickly', async () => {
    const outputs = await attack({ files: { '.continue/config.yaml': bomb() } })
    expect(findingsOf(outputs, '.continue/config.yaml')).toEqual(['syntax-error'])
    expect(outputs.cli.json.stdout).toContain('alias bomb')
  })

  it('aliases of aliases are refused, not read as nulls', async () => {
    // Ten levels of ten: a billion values; each level is small, so the count of expansions is what stops it.
    const levels = ['a0: &a0 [x, x, x, x, x, x, x, x, x, x]']
    for (let i = 1; i < 10; i++)
      levels.push(
        `a${i}: &a${i} [${Array(10)
          .fill(`*a${i - 1}`)
          .join(', ')}]`
      )
    const yaml = `${levels.join('\n')}\nname: x\nversion: "1"\nschema: v1\nmcpServers:\n  - name: s\n    command: node\n    args: *a9\n`
    const outputs = await attack({ files: { '.continue/mcpServers/bomb.yaml': yaml } })
    expect(findingsOf(outputs, '.continue/mcpServers/bomb.yaml')).toEqual(['syntax-error'])
    expect(outputs.cli.json.stdout).toContain('are expanded more than 1,000 times (an \\"alias bomb\\")')
  })

  it('a settings file with an alias bomb is refused quickly', async () => {
    const items = Array.from({ length: 20_000 }, (_, i) => `"x${i}"`).join(', ')
    const aliases = Array.from({ length: 1_000 }, () => '*a').join(', ')
    const outputs = await attack({ files: { '.mcpcop.yaml': `x: &a [${items}]\nignore: [${aliases}]\n` } })
    expect(findingsOf(outputs, '.mcpcop.yaml')).toEqual(['syntax-error'])
  })
})

describe('4. TOML dotted keys count as nesting', () => {
  it('20,000 dotted keys are refused as too deep', async () => {
    const toml = `[mcp_servers.x]\ncommand = "node"\nenv.${'k.'.repeat(20_000)}k = "1"\n`
    const outputs = await attack({ files: { '.codex/config.toml': toml } })
    expect(findingsOf(outputs, '.codex/config.toml')).toEqual(['nesting-too-deep'])
  })

  it('deep dotted keys inside inline tables and arrays too', async () => {
    const toml = `[mcp_servers.x]\ncommand = "node"\nenv = [{ ${'a.'.repeat(150)}b = 1 }]\n`
    const outputs = await attack({ files: { '.codex/config.toml': toml } })
    expect(findingsOf(outputs, '.codex/config.toml')).toEqual(['nesting-too-deep'])
  })
})

describe('4b. values built to make a pattern backtrack cost linear time', () => {
  it('runs of slashes, blanks, "?", "#" and ";" in the values rules trim or cut', async () => {
    const run = (text: string): string => text.repeat(120_000)
    const config = {
      mcpServers: {
        // filesystem-root-access trims trailing slashes; cross-host-drift a URL's.
        fs: { command: 'npx', args: ['-y', '@modelcontextprotocol/server-filesystem@1.0.0', `${run('/')}x`] },
        web: { type: 'http', url: `https://a.example/${run('/')}x` },
        // Transport and package specs cut at "?", "#" and ";"; a key's body is trimmed of its blanks.
        sse: { type: 'sse', url: `https://a.example/${run('?')}\nx` },
        py: { command: 'uvx', args: [`git+https://x.example/r${run('#')}\n`, `pkg${run(';')}\n`] },
        key: { command: 'x', env: { KEY: `-----BEGIN PRIVATE KEY-----${run(' ')}x` } }
      }
    }
    const cursor = { mcpServers: { web: { url: `https://a.example/${run('/')}y` } } }
    // Placeholders without their closing brace, where dangerous-env-override and cross-host-drift look for one.
    const open = (text: string): string => text.repeat(50_000)
    const env = { mcpServers: { o: { command: 'node', args: [open('${A:-')], env: { PATH: open('${PATH:-') } } } }
    const envCursor = { mcpServers: { o: { command: 'node', args: [open('${')] } } }
    const outputs = await attack(
      {
        files: {
          '.mcp.json': JSON.stringify(config),
          '.cursor/mcp.json': JSON.stringify(cursor),
          'b/.mcp.json': JSON.stringify(env),
          'b/.cursor/mcp.json': JSON.stringify(envCursor)
        }
      },
      // Each pattern took minutes on such a file before (filesystem-root-access alone: 150 s for 400 KB).
      { maxMs: 60_000 }
    )
    expect(findingsOf(outputs, '.mcp.json')).not.toContain('internal-error')
  })
})

describe("4d. arguments built to make a rule's pattern backtrack cost linear time", () => {
  it("a shell's flag cluster, a secret flag, a version tag and a Python requirement of 200,000 characters", async () => {
    const n = 200_000
    // The strict preset runs cross-host-drift and unpinned-package, whose patterns these arguments target.
    const settings = JSON.stringify({ preset: 'strict' })
    const secretFlag = `-I${'AUTH'.repeat(n / 4)}\n`
    const config = {
      mcpServers: {
        // shell-download-exec and the placeholder checks look for the -c of `bash -lc "…"`.
        sh: { command: 'bash', args: [`-${'c'.repeat(n)}!`, 'echo'] },
        // cross-host-drift quotes differing arguments, masked when they follow a secret flag.
        drift: { command: 'node', args: ['a.js', secretFlag] },
        // unpinned-package reads a git ref as a version tag, and a Python requirement's name and version.
        git: { command: 'uvx', args: ['--from', `git+https://x.example/r@0.${'0.0.'.repeat(n / 4)}!`, 'g'] },
        py: { command: 'uvx', args: [`p${'\t'.repeat(n)}x\ny`] }
      }
    }
    const cursor = { mcpServers: { drift: { command: 'node', args: ['a.js', `${secretFlag}x`] } } }
    const outputs = await attack(
      {
        files: {
          '.mcpcop.json': settings,
          '.mcp.json': JSON.stringify(config),
          '.cursor/mcp.json': JSON.stringify(cursor)
        }
      },
      // Each of these took minutes before (the -c cluster 13 s at 60,000 characters, growing with the square).
      { maxMs: 60_000 }
    )
    const findings = findingsOf(outputs, '.mcp.json')
    expect(findings).not.toContain('internal-error')
    expect(findings).toContain('cross-host-drift')
  })
})

describe('4c. tens of thousands of servers cost linear time', () => {
  it('40,000 empty servers: the schema errors are gathered without copying them all again for each', async () => {
    // The generated validators concatenated every error so far for each failing server: 87,000 took 282 s.
    const servers = Array.from({ length: 40_000 }, (_, i) => `"s${i}":{}`).join(',')
    const outputs = await attack({ files: { '.mcp.json': `{"mcpServers":{${servers}}}` } }, { maxMs: 60_000 })
    expect(findingsOf(outputs, '.mcp.json')).toContain('schema-required')
  })
})

describe('4e. findings that name other entries cost linear time', () => {
  it('2,000 undefined inputs among 2,000 declared ones, and 5,000 unknown approvals of 3,000 servers', async () => {
    // Each finding searched every name for a typo and listed them all: at 5,000 inputs a run took 18 s, at 30,000
    // approvals of 8,000 servers 68 s.
    const inputs = Array.from({ length: 2_000 }, (_, i) => ({ id: `in${i}`, type: 'promptString', description: 'd' }))
    const uses = Array.from({ length: 2_000 }, (_, i) => `\${input:missing${i}}`)
    const servers = Object.fromEntries(Array.from({ length: 3_000 }, (_, i) => [`server${i}`, { command: 'node' }]))
    const approved = Array.from({ length: 5_000 }, (_, i) => `sever${i}`)
    const outputs = await attack({
      files: {
        '.vscode/mcp.json': JSON.stringify({ inputs, servers: { a: { command: 'node', args: uses } } }),
        '.mcp.json': JSON.stringify({ mcpServers: servers }),
        '.claude/settings.json': JSON.stringify({ enabledMcpjsonServers: approved })
      }
    })
    const report = JSON.parse(outputs.cli.json.stdout) as Report
    const undefinedInputs = report.diagnostics.filter((d) => d.ruleId === 'undefined-input')
    expect(undefinedInputs).toHaveLength(2_000)
    expect(undefinedInputs[0].help).toMatch(/\(it declares "in0", "in1", .*"in9" and 1,990 more\)\.$/)
    const unknownApprovals = report.diagnostics.filter((d) => d.ruleId === 'unknown-approved-server')
    expect(unknownApprovals).toHaveLength(5_000)
    expect(unknownApprovals[0].help).toMatch(/the servers it defines are "server0", .*"server9" and 2,990 more\.$/)
  })
})

describe('5. code frames are bounded on one-line files', () => {
  it('1,600 servers on one 72 KB line cost a bounded output', async () => {
    const servers = Array.from({ length: 1_600 }, (_, i) => `"s${i}":{"command":1}`).join(',')
    const outputs = await attack({ files: { '.mcp.json': `{"mcpServers":{${servers}}}` } }, { maxMs: 180_000 })
    // (the host schema reports at most 200 per file)
    expect(findingsOf(outputs, '.mcp.json').length).toBeGreaterThanOrEqual(200)
    // Each frame shows at most a window of the line, whatever its length.
    const longest = Math.max(...outputs.cli.stylish.stdout.split('\n').map((l) => l.length))
    expect(longest).toBeLessThan(300)
    expect(outputs.cli.stylish.stdout.length).toBeLessThan(2_000_000)
    expect(outputs.action.stdout.length).toBeLessThan(3_000_000)
  })
})

describe('6. one file that defeats a parser never costs another file its findings', () => {
  it.each([
    ['.vscode/mcp.json', `// it's a trap\n{ "servers": { "a": ${'['.repeat(3000)}${']'.repeat(3000)} } }\n`],
    ['.vscode/mcp.json', `/* it's */ { "servers": { "a": ${'['.repeat(3000)} } }\n`],
    ['.continue/config.yaml', `# it's a trap\nname: x\nmcpServers: ${'['.repeat(3000)}\n`],
    ['.continue/config.yaml', `name: it's\nmcpServers: ${'['.repeat(3000)}${']'.repeat(3000)}\n`],
    ['.codex/config.toml', `# it's a trap\n[mcp_servers.x]\nargs = ${'['.repeat(3000)}${']'.repeat(3000)}\n`]
  ])('%s with a quote in a comment and 3,000 brackets', async (file, text) => {
    const outputs = await attack({ files: { [file]: text } })
    expect(findingsOf(outputs, file)).toEqual(['nesting-too-deep'])
  })
})

describe('7. nothing from a file is taken as a workflow command or a terminal control', () => {
  it('a server name holding a newline and an annotation command forges nothing', async () => {
    const name = 'x\n::error file=README.md,line=1::forged\r::add-mask::abc\n##[stop-commands]x'
    const outputs = await attack({
      files: { '.mcp.json': JSON.stringify({ mcpServers: { [name]: { command: 5 } } }) }
    })
    expect(findingsOf(outputs, '.mcp.json')).toEqual(['schema-type'])
  })

  it('a comment line "##[stop-commands]" shown in a code frame silences nothing', async () => {
    const text =
      '{\n  "servers": {\n    // ##[stop-commands]x ::error file=README.md,line=1::forged\n    "a": { "command": 5 }\n    // ::error file=README.md,line=2::forged\n  }\n}\n'
    const outputs = await attack({ files: { '.vscode/mcp.json': text } })
    expect(findingsOf(outputs, '.vscode/mcp.json')).toEqual(['schema-type'])
    // The frame is in the log, between stop-commands and the resume token.
    expect(outputs.action.stdout).toContain('##[stop-commands]x')
  })

  it('more findings than GitHub annotates: the plain lines forge nothing either', async () => {
    const servers = Array.from(
      { length: 30 },
      (_, i) => `"s${i}\\n::error file=README.md,line=${i}::forged\\n##[stop-commands]t${i}": { "command": 5 }`
    ).join(',')
    const outputs = await attack({ files: { '.mcp.json': `{ "mcpServers": { ${servers} } }` } })
    expect(findingsOf(outputs, '.mcp.json')).toHaveLength(30)
  })

  it("the settings file's suppressions and skipped servers, quoted in the reviewer's note, forge nothing", async () => {
    const name = 'x\n::error file=README.md,line=1::forged\r::add-mask::abc\n##[stop-commands]x\u001b[2J'
    const outputs = await attack({
      files: {
        '.mcp.json': JSON.stringify({ mcpServers: { [name]: { command: 5 } } }),
        '.mcpcop.json': JSON.stringify({
          ignoreServers: [`${name}-other`],
          suppressions: [{ rule: 'unpinned-package', file: `${name}/.mcp.json`, server: name, reason: name }]
        })
      }
    })
    // The note reached the log and the summary (the repository is not in git: not compared).
    expect(outputs.action.summary).toContain('could not be compared with the base branch')
    expect(outputs.action.stdout).toContain('suppresses &quot;unpinned-package&quot;'.replace(/&quot;/g, '"'))
    expect(outputs.action.stdout).not.toMatch(/\u001b/)
  })

  it('terminal escape sequences in names, keys and comments reach no terminal output', async () => {
    const esc = '\u001b]8;;https://evil.example\u0007click\u001b]8;;\u0007\u001b[2J\u001b[1A\u202e'
    const text = `{\n  // ${esc}\n  "servers": {\n    "${esc.replace(/[\u0000-\u001f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)}": { "command": 5 }\n  }\n}\n`
    const outputs = await attack({ files: { '.vscode/mcp.json': text } })
    for (const stream of [outputs.cli.stylish.stdout, outputs.cli.stylish.stderr, outputs.action.stdout])
      expect(stream).not.toMatch(/[\u001b\u0007\u202e]/)
  })
})

describe('7b. a path is shown safe in every format, and left out of an annotation it is unsafe in', () => {
  it('a folder named with escape sequences, a C1 control or a bidi override reaches no output raw', async () => {
    const folders = ['\u001bc\u001b[2J\u001b[31mred', '\u001b]0;TITLE\u0007t', '\u009b31mC1', 'x\u202ey']
    const outputs = await attack({
      files: Object.fromEntries(folders.map((folder) => [`${folder}/.mcp.json`, CONTROL_BROKEN]))
    })
    const unsafe = /[\u001b\u0007\u009b\u202e]/
    const streams = [outputs.cli.stylish, outputs.cli.github, outputs.cli.markdown].map((run) => run.stdout)
    for (const stream of [...streams, outputs.action.stdout, outputs.action.summary, outputs.action.comment])
      expect(stream).not.toMatch(unsafe)
    // Each is annotated without a file, and named in the message instead.
    const named = outputs.action.log.annotations.filter((a) => a.data.includes('.mcp.json:1:'))
    expect(named.map((a) => [a.properties.file, a.data.split(':1:')[0]]).sort()).toEqual(
      [
        '\ufffdc\ufffd[2J\ufffd[31mred/.mcp.json',
        '\ufffd]0;TITLE\ufffdt/.mcp.json',
        '\ufffd31mC1/.mcp.json',
        'x\ufffdy/.mcp.json'
      ]
        .map((file) => [undefined, file])
        .sort()
    )
  })
})

describe('8. odd names and patterns lint like any other', () => {
  it.each([
    [
      '.mcp.json',
      '{ "mcpServers": { "constructor": { "command": 5 }, "__proto__": { "command": 5 }, "toString": {} } }'
    ],
    ['.vscode/mcp.json', '{ "servers": { "constructor": { "command": 5 }, "hasOwnProperty": { "command": 5 } } }'],
    ['.codex/config.toml', '[mcp_servers.constructor]\ncommand = 5\n[mcp_servers.__proto__]\ncommand = 5\n'],
    ['.continue/config.yaml', 'name: x\nversion: 1\nschema: v1\nmcpServers:\n  - name: constructor\n    command: 5\n'],
    ['opencode.json', '{ "mcp": { "constructor": { "type": "local", "command": 5 } } }']
  ])('%s with "constructor" and "__proto__" server names', async (file, text) => {
    const outputs = await attack({ files: { [file]: text } })
    expect(findingsOf(outputs, file).length).toBeGreaterThan(0)
    expect(({} as Record<string, unknown>).command).toBeUndefined()
  })

  it('"constructor" and "__proto__" as approved server names, unknown keys, env names and types', async () => {
    const names = ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf']
    const entry = Object.fromEntries([
      ['command', 'node'],
      ['args', ['server.js']],
      ['env', Object.fromEntries(names.map((n) => [n, 'x']))],
      ['transport', { type: 'constructor' }],
      ...names.map((n) => [n, 1])
    ])
    const outputs = await attack({
      files: {
        '.mcp.json': JSON.stringify({ mcpServers: { constructor: entry, toString: entry } }),
        '.claude/settings.json': JSON.stringify({ enabledMcpjsonServers: names, disabledMcpjsonServers: names })
      }
    })
    expect(findingsOf(outputs, '.mcp.json').length).toBeGreaterThan(0)
    expect(findingsOf(outputs, '.claude/settings.json')).not.toContain('internal-error')
  })

  it('"constructor", "__proto__" and "toString" as a server.json source and registry type, an MCPB version and a command', async () => {
    const $schema = 'https://static.modelcontextprotocol.io/schemas/2025-12-11/server.schema.json'
    const names = ['constructor', '__proto__', 'toString']
    // Each name once found Object.prototype's member in a lookup table: the publish checks, the package's
    // runtime, the MCPB schema and shell-download-exec's interpreters failed (internal-error, findings lost).
    const files = Object.fromEntries(
      names.map((name) => [
        `${name}/server.json`,
        JSON.stringify({
          $schema,
          name: 'io.github.owner/weather',
          version: '^1.0.0',
          description: 'd',
          repository: { source: name, url: 'https://example.com/owner/weather' },
          packages: [{ registryType: name, identifier: 'weather', version: '1.0.0', transport: { type: 'stdio' } }]
        })
      ])
    )
    for (const name of names)
      files[`${name}/manifest.json`] = JSON.stringify({
        manifest_version: name,
        name: 'x',
        version: '1.0.0',
        description: 'd',
        author: { name: 'a' },
        server: { type: 'node', entry_point: 'a.js', mcp_config: { command: 'node', args: ['a.js'] } }
      })
    files['.mcp.json'] = JSON.stringify({
      mcpServers: Object.fromEntries(names.map((n) => [n, { command: n, args: ['-e', 'x'] }]))
    })
    const outputs = await attack({ files })
    for (const name of names) {
      expect(findingsOf(outputs, `${name}/server.json`)).toEqual(['schema-value'])
      // Read as a manifest of no known version (schema-enum), its server checked (missing-script).
      expect(findingsOf(outputs, `${name}/manifest.json`).sort()).toEqual(['missing-script', 'schema-enum'])
    }
    expect(findingsOf(outputs, '.mcp.json')).not.toContain('internal-error')
  })

  it('ignore patterns over 64 KB and thousands of patterns are bounded', async () => {
    const huge = `${'a'.repeat(70_000)}\n${'*a'.repeat(40_000)}\n${'x/\n'.repeat(50_000)}`
    const outputs = await attack({ files: { '.gitignore': huge, 'sub/.gitignore': '*a'.repeat(2_000) } })
    expect(findingsOf(outputs, CONTROL_FINDING.split(' ')[0])).toEqual(['schema-type'])
  })
})
