// Generates a synthetic repository of MCP configs across hosts, with realistic sizes and ~10% mistakes.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

// The same server is defined the same way in every host file of a package (drift is a mistake, rare).
const stdio = (i, k) => ({
  command: 'npx',
  args: ['-y', `@modelcontextprotocol/server-memory@2025.9.${k}`],
  env: { MEMORY_FILE_PATH: `./data/memory-${Math.floor(i / 8)}-${k}.json` }
})
const remote = (i, k) => ({
  type: 'http',
  url: `https://mcp.example.com/team-${Math.floor(i / 8)}/server-${k}/mcp`,
  headers: { Authorization: 'Bearer ${MCP_TOKEN}' }
})

/** Each template writes one host's file for package i; `broken` injects a typical mistake. */
const TEMPLATES = [
  (i, broken) => [
    '.mcp.json',
    JSON.stringify(
      {
        mcpServers: {
          memory: stdio(i, 1),
          github: broken ? { url: 'https://api.githubcopilot.com/mcp/' } : remote(i, 2),
          docs: stdio(i, 3)
        }
      },
      null,
      2
    )
  ],
  (i, broken) => [
    '.cursor/mcp.json',
    JSON.stringify(
      {
        [broken ? 'servers' : 'mcpServers']: {
          memory: stdio(i, 1),
          remote: { url: `https://mcp.example.com/${Math.floor(i / 8)}/mcp` },
          fs: stdio(i, 4)
        }
      },
      null,
      2
    )
  ],
  (i, broken) => [
    '.vscode/mcp.json',
    `// team servers\n{\n  "servers": ${JSON.stringify({ memory: { type: 'stdio', ...stdio(i, 1) }, api: { type: 'http', url: 'https://${input:host}/mcp' }, fs: { type: broken ? 'streamableHttp' : 'stdio', ...stdio(i, 4) } }, null, 2)},\n  "inputs": [{ "type": "promptString", "id": "host", "description": "API host" }],\n}\n`
  ],
  (i, broken) => [
    '.gemini/settings.json',
    JSON.stringify(
      {
        context: { fileName: 'GEMINI.md' },
        mcpServers: {
          memory: stdio(i, 1),
          api: { httpUrl: `https://mcp.example.com/${Math.floor(i / 8)}/mcp`, timeout: broken ? 'slow' : 30000 },
          fs: stdio(i, 4)
        }
      },
      null,
      2
    )
  ],
  (i, broken) => [
    '.codex/config.toml',
    `model = "gpt-5"\n\n[mcp_servers.memory]\ncommand = "npx"\nargs = ["-y", "@modelcontextprotocol/server-memory@2025.9.1"]\n${broken ? 'url = "https://x.example/mcp"\n' : ''}\n[mcp_servers.api]\nurl = "https://mcp.example.com/${Math.floor(i / 8)}/mcp"\nbearer_token_env_var = "API_TOKEN"\n\n[mcp_servers.fs]\ncommand = "npx"\nargs = ["-y", "@modelcontextprotocol/server-memory@2025.9.4"]\n`
  ],
  (i, broken) => [
    'opencode.json',
    JSON.stringify(
      {
        $schema: 'https://opencode.ai/config.json',
        mcp: {
          memory: {
            type: 'local',
            command: broken ? 'npx -y server-memory' : ['npx', '-y', '@modelcontextprotocol/server-memory@2025.9.1'],
            environment: { A: '1' }
          },
          api: { type: 'remote', url: `https://mcp.example.com/${Math.floor(i / 8)}/mcp` },
          fs: { type: 'local', command: ['npx', '-y', '@modelcontextprotocol/server-memory@2025.9.4'] }
        }
      },
      null,
      2
    )
  ],
  (i, broken) => [
    '.roo/mcp.json',
    JSON.stringify(
      {
        mcpServers: {
          memory: stdio(i, 1),
          api: broken
            ? { url: 'https://x.example/mcp' }
            : { type: 'streamable-http', url: `https://mcp.example.com/${Math.floor(i / 8)}/mcp` },
          fs: stdio(i, 4)
        }
      },
      null,
      2
    )
  ],
  (i, broken) => [
    '.kiro/settings/mcp.json',
    JSON.stringify(
      {
        mcpServers: {
          memory: stdio(i, 1),
          api: { url: `https://mcp.example.com/${Math.floor(i / 8)}/mcp`, disabled: broken ? 'no' : false },
          fs: stdio(i, 4)
        }
      },
      null,
      2
    )
  ]
]

/** Writes `count` config files under `root` (one host file per package directory). */
export function generateCorpus(root, count) {
  for (let i = 0; i < count; i++) {
    const template = TEMPLATES[i % TEMPLATES.length]
    const [relative, text] = template(i, i % 10 === 7)
    const file = path.join(root, `pkg-${Math.floor(i / TEMPLATES.length)}`, relative)
    mkdirSync(path.dirname(file), { recursive: true })
    writeFileSync(file, text + '\n')
  }
}

/**
 * Lays out a corpus of real committed configs (INDEX.tsv: file, host, repo, path) the way the
 * repositories hold them: each repository's saved files at their own paths under `<owner>__<name>/`.
 * Returns how many files and repositories were laid out.
 */
export function layoutRealCorpus(dir, corpus) {
  const rows = readFileSync(path.join(corpus, 'INDEX.tsv'), 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => line.split('\t'))
    .map(([file, , repo, repoPath]) => ({ file: path.join(corpus, file), repo, repoPath }))
    .filter((row) => existsSync(row.file))
  const repos = new Set()
  for (const row of rows) {
    const target = path.join(dir, row.repo.replace('/', '__'), row.repoPath)
    mkdirSync(path.dirname(target), { recursive: true })
    writeFileSync(target, readFileSync(row.file))
    repos.add(row.repo)
  }
  return { files: rows.length, repos: repos.size }
}

/**
 * A repository as most that hold MCP configs are: `folders` × `filesPerFolder` source files (50,000 by
 * default, in 5,000 folders two levels deep, with a `package.json` in each top folder) and one config for each
 * of three hosts, committed to git. Returns how many files it holds.
 */
export function generateLargeRepository(root, { folders = 5000, filesPerFolder = 10 } = {}) {
  let files = 0
  for (let d = 0; d < folders; d++) {
    const top = path.join(root, 'src', `module-${Math.floor(d / 100)}`)
    const folder = path.join(top, `part-${d}`)
    mkdirSync(folder, { recursive: true })
    if (d % 100 === 0) {
      writeFileSync(path.join(top, 'package.json'), `{ "name": "module-${d / 100}", "version": "1.0.0" }\n`)
      files++
    }
    for (let f = 0; f < filesPerFolder; f++) {
      writeFileSync(path.join(folder, `file-${f}.ts`), `export const value${f} = ${d * filesPerFolder + f}\n`)
      files++
    }
  }
  // Three host files at the root, one with a typical mistake.
  for (const [k, template] of TEMPLATES.slice(0, 3).entries()) {
    const [relative, text] = template(k, k === 1)
    mkdirSync(path.dirname(path.join(root, relative)), { recursive: true })
    writeFileSync(path.join(root, relative), text + '\n')
  }
  return files + 3
}
