import { readdirSync, readFileSync } from 'node:fs'
import { Ajv, type AnySchemaObject } from 'ajv'
import addFormatsModule from 'ajv-formats'
import { HOSTS } from '../src/hosts/index.js'

const root = new URL('..', import.meta.url)
const read = (file: string) => readFileSync(new URL(file, root), 'utf8')
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (
  ajv: Ajv
) => Ajv

interface Entry {
  name: string
  description: string
  fileMatch?: string[]
  url: string
}

const page = read('docs/schemastore.md')
const block = /^## The entries\n\n```json\n([\s\S]*?)\n```$/m.exec(page)
const catalog = JSON.parse(block?.[1] ?? 'null') as { schemas: Entry[] }
const URL_BASE = 'https://raw.githubusercontent.com/mcpcop/mcpcop/main/schemas/'
/** The schemas this repository publishes (schemas/registry and schemas/mcpb are vendored from upstream). */
const published = readdirSync(new URL('schemas/', root)).filter((name) => name.endsWith('.schema.json'))
/** A host's user-level files, which mcpcop does not discover in a repository. */
const USER_LEVEL: Record<string, string[]> = {
  windsurf: ['**/.codeium/windsurf/mcp_config.json'],
  amazonq: ['**/.aws/amazonq/mcp.json'],
  'claude-user': ['**/.claude.json'],
  goose: ['**/.config/goose/config.yaml'],
  lmstudio: ['**/.lmstudio/mcp.json']
}
/** File names many tools use: a catalog pattern must not claim them anywhere in a tree. */
const GENERIC = [
  'settings.json',
  'server.json',
  'manifest.json',
  'mcp.json',
  'mcp_config.json',
  'config.json',
  'config.toml',
  'config.yaml',
  'plugin.json'
]

describe('docs/schemastore.md', () => {
  it('holds a catalog that is valid for SchemaStore’s schema-catalog.json', () => {
    const ajv = new Ajv({ strict: false, allErrors: true })
    addFormats(ajv)
    const schema = JSON.parse(read('__tests__/fixtures/schemastore/schema-catalog.json')) as AnySchemaObject
    const validate = ajv.compile(schema)
    expect([validate(catalog), validate.errors ?? []]).toEqual([true, []])
    for (const entry of catalog.schemas) expect(entry.description.length).toBeGreaterThan(0)
  })

  it('has one entry per published schema, with the address of its file', () => {
    expect(catalog.schemas.map((e) => e.url).sort()).toEqual(published.map((name) => URL_BASE + name).sort())
    expect(new Set(catalog.schemas.map((e) => e.name)).size).toBe(catalog.schemas.length)
    for (const name of published) {
      const { $id } = JSON.parse(read(`schemas/${name}`)) as { $id: string }
      expect($id).toBe(`https://github.com/mcpcop/mcpcop/raw/main/schemas/${name}`)
    }
  })

  it('matches only the host’s own paths, and no generic file name', () => {
    for (const entry of catalog.schemas) {
      const id = entry.url.slice(URL_BASE.length).replace(/\.schema\.json$/, '')
      const host = HOSTS.find((h) => h.id === id)
      const allowed =
        id === 'mcpcop-config'
          ? ['.mcpcop.json', '.mcpcop.yaml', '.mcpcop.yml']
          : id === 'mcp-servers-lock'
            ? ['mcp-servers.lock.json']
            : [...(host?.patterns ?? []), ...(USER_LEVEL[id] ?? [])]
      for (const pattern of entry.fileMatch ?? []) {
        expect([id, pattern, allowed.includes(pattern)]).toEqual([id, pattern, true])
        const rest = pattern.replace(/^\*\*\//, '')
        expect([id, pattern, !rest.includes('/') && GENERIC.includes(rest)]).toEqual([id, pattern, false])
      }
    }
  })

  it('leaves fileMatch out exactly where another schema owns the path or no path can be matched', () => {
    const without = catalog.schemas.filter((e) => !e.fileMatch).map((e) => e.url.slice(URL_BASE.length))
    expect(without.sort()).toEqual(
      [
        'amp', // Amp's own settings schema
        'claude-marketplace', // SchemaStore: Claude Code Plugin Marketplace
        'claude-plugin', // SchemaStore: Claude Code Plugin Manifest
        'claude-settings', // SchemaStore: Claude Code Settings
        'codex', // OpenAI's Codex schema
        'copilot-agent', // Markdown front matter
        'crush', // Crush's own schema
        'devcontainer', // SchemaStore: devcontainer.json
        'gemini', // the Gemini CLI's own schema
        'kilo', // Kilo's whole config
        'opencode', // opencode's own schema
        'vscode-settings', // VS Code's settings
        'zed' // Zed's settings
      ].map((id) => `${id}.schema.json`)
    )
  })
})
