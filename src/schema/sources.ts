import { readFileSync } from 'node:fs'
import { mcpbSchema, registrySchema, unversionedMcpbSchema } from './rewrite.js'

/**
 * Every JSON Schema we validate with, by id: the source that scripts/compile-schemas.ts compiles into
 * one standalone validator module each (src/schema/compiled/<id>.ts). Read at build and test time
 * only: at run time a host names the id of its validator and nothing here is loaded.
 */
export function schemaSources(): Record<string, object> {
  type Source = { $id: string } & Record<string, unknown>
  const read = (file: string): Source =>
    JSON.parse(readFileSync(new URL(`../../schemas/${file}`, import.meta.url), 'utf8')) as Source
  const plain = (id: string): { $id: string } & Record<string, unknown> => read(`${id}.schema.json`)
  const variant = (base: { $id: string }, suffix: string): string =>
    base.$id.replace('.schema.json', `-${suffix}.schema.json`)

  const claudeCode = plain('claude-code')
  const copilot = plain('copilot')
  const continueDev = plain('continue')
  const continueDefinition = (name: string): string => `${continueDev.$id}#/definitions/${name}`
  const amazonQ = plain('amazonq')
  const mcpb = Object.fromEntries(
    ['0.1', '0.2', '0.3', '0.4'].map((version) => [
      version,
      mcpbSchema(read(`mcpb/mcpb-manifest-v${version}.schema.json`), version)
    ])
  )
  const sources: Record<string, object> = {}
  for (const id of [
    'amp',
    'claude-desktop',
    'claude-marketplace',
    'claude-plugin',
    'claude-settings',
    'claude-user',
    'cline',
    'codex',
    'copilot-agent',
    'crush',
    'cursor',
    'cursor-cli',
    'devcontainer',
    'factory',
    'gemini',
    'gemini-extension',
    'goose',
    'junie',
    'kilo',
    'kilocode',
    'kiro',
    'lmstudio',
    'opencode',
    'qwen',
    'roo',
    'vscode',
    'vscode-settings',
    'windsurf',
    'zed',
    // Our own files: the settings file and the tool lock.
    'mcpcop-config',
    'mcp-servers-lock'
  ])
    sources[id] = plain(id)
  Object.assign(sources, {
    'claude-code': claudeCode,
    // Claude Code's plugins may commit a bare map of servers: each member is a server.
    'claude-code-bare-map': {
      $id: variant(claudeCode, 'bare-map'),
      type: 'object',
      additionalProperties: { $ref: `${claudeCode.$id}#/definitions/server` }
    },
    copilot,
    // `.github/mcp.json` may be a bare server map, as the Copilot CLI accepts for workspace files.
    'copilot-bare-map': {
      $id: variant(copilot, 'bare-map'),
      type: 'object',
      additionalProperties: { $ref: `${copilot.$id}#/definitions/server` }
    },
    continue: continueDev,
    // `~/.continue/config.yaml` (committed in dotfiles): only its `mcpServers` list is ours.
    'continue-config': {
      $id: variant(continueDev, 'config'),
      type: 'object',
      properties: { mcpServers: { $ref: continueDefinition('serverList') } }
    },
    // A Claude/Cursor/Cline-style JSON file dropped into `.continue/mcpServers/`, or a copy of Claude Code's
    // `~/.claude.json`, whose `projects.<path>.mcpServers` Continue reads too.
    'continue-json': {
      $id: variant(continueDev, 'json'),
      type: 'object',
      properties: {
        $schema: { type: 'string' },
        mcpServers: { $ref: continueDefinition('jsonServerMap') },
        projects: {
          type: 'object',
          additionalProperties: {
            type: 'object',
            properties: { mcpServers: { $ref: continueDefinition('jsonServerMap') } }
          }
        }
      },
      additionalProperties: false
    },
    // A JSON file holding one server, named after the file.
    'continue-json-single': { $id: variant(continueDev, 'json-single'), $ref: continueDefinition('jsonServer') },
    // A file with no server list at all is reported once by the adapter's check(), not key by key.
    'continue-none': { $id: variant(continueDev, 'none') },
    amazonq: amazonQ,
    // Agent files validate their `mcpServers` with the same server definition as `.amazonq/mcp.json`.
    'amazonq-agent': { $id: variant(amazonQ, 'agent'), $ref: `${amazonQ.$id}#/definitions/agent` },
    'mcpb-0.1': mcpb['0.1'],
    'mcpb-0.2': mcpb['0.2'],
    'mcpb-0.3': mcpb['0.3'],
    'mcpb-0.4': mcpb['0.4'],
    'mcpb-unversioned': unversionedMcpbSchema(mcpb['0.4'])
  })
  for (const version of ['2025-07-09', '2025-09-16', '2025-09-29', '2025-12-11'])
    sources[`registry-${version}`] = registrySchema(read(`registry/${version}.schema.json`))
  return sources
}
