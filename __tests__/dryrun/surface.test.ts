import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { dryRun } from '../../src/dryrun/index.js'
import { maskListed } from '../../src/dryrun/redact.js'
import { fault, NODE, server } from './helpers.js'

let tmp: string
beforeAll(() => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'mcpcop-surface-'))
})
afterAll(() => rmSync(tmp, { recursive: true, force: true }))

let files = 0
/** A listing-server entry that offers what `spec` describes. */
function listing(name: string, spec: object): ReturnType<typeof server> {
  const file = path.join(tmp, `spec-${files++}.json`)
  writeFileSync(file, JSON.stringify(spec))
  return server(name, { command: NODE, args: [fault('listing-server.mjs'), file] })
}

const options = (extra: object = {}) => ({
  cwd: tmp,
  timeoutMs: 15_000,
  env: { PATH: process.env.PATH, HOME: tmp },
  ...extra
})

const addTool = {
  name: 'add',
  title: 'Add',
  description: 'Adds two numbers.',
  inputSchema: {
    type: 'object',
    properties: { a: { type: 'number', description: 'first' }, b: { type: 'number' } },
    required: ['a', 'b']
  },
  outputSchema: { type: 'object', properties: { sum: { type: 'number' } } },
  annotations: { readOnlyHint: true }
}

describe('the surface of a server in the dry-run result', () => {
  test('keeps every tool, prompt, resource and template as listed, across pages, with the counts', async () => {
    const tools = [
      addTool,
      ...Array.from({ length: 4 }, (_, i) => ({ name: `t${i}`, inputSchema: { type: 'object' } }))
    ]
    const prompts = [
      { name: 'review', description: 'Review code', arguments: [{ name: 'file', description: 'path', required: true }] }
    ]
    const resources = [{ name: 'readme', uri: 'file:///readme.md', mimeType: 'text/markdown' }]
    const resourceTemplates = [{ name: 'page', uriTemplate: 'wiki://{page}', description: 'A wiki page' }]
    const { servers } = await dryRun(
      [listing('lists', { tools, prompts, resources, resourceTemplates, pageSize: 2 })],
      options()
    )
    expect(servers[0]).toMatchObject({ status: 'ok', tools: 5, prompts: 1, resources: 1 })
    expect(servers[0].surface).toEqual({ tools, prompts, resources, resourceTemplates })
  })

  test('a server without templates/list still passes, with no templates', async () => {
    const { servers } = await dryRun(
      [listing('no-templates', { resources: [{ name: 'r', uri: 'x://r' }], noTemplates: true })],
      options()
    )
    expect(servers[0].status).toBe('ok')
    expect(servers[0].surface).toEqual({
      tools: [],
      prompts: [],
      resources: [{ name: 'r', uri: 'x://r' }],
      resourceTemplates: []
    })
  })

  test('masks credentials and passed values in every string, keys included', async () => {
    const token = 'ghp_0123456789abcdefghijklmnopqrstuvwxyzAB'
    const tool = {
      name: 'leaky',
      description: `Uses ${token} and the key s3cr3t-passed-value`,
      inputSchema: { type: 'object', properties: { [token]: { type: 'string' } } }
    }
    const { servers } = await dryRun([listing('leaky', { tools: [tool] })], {
      ...options(),
      env: { PATH: process.env.PATH, HOME: tmp, MY_KEY: 's3cr3t-passed-value' },
      passEnv: ['MY_KEY']
    })
    const json = JSON.stringify(servers)
    expect(json).not.toContain(token)
    expect(json).not.toContain('s3cr3t-passed-value')
    expect(servers[0].surface!.tools[0].description).toBe('Uses ghp_…yzAB and the key …alue')
    expect(Object.keys(servers[0].surface!.tools[0].inputSchema.properties as object)).toEqual(['ghp_…yzAB'])
  })

  test('masking keeps a key named __proto__ as a key, never as a prototype', () => {
    const listed = JSON.parse('{"properties":{"__proto__":{"type":"string"}}}') as { properties: object }
    const masked = maskListed(listed, (text) => text)
    expect(Object.keys(masked.properties)).toEqual(['__proto__'])
    expect(Object.getPrototypeOf(masked.properties)).toBe(Object.prototype)
    expect((masked.properties as { type?: unknown }).type).toBeUndefined()
  })

  test('a server that fails has no surface', async () => {
    const { servers } = await dryRun(
      [server('bad', { command: NODE, args: [fault('raw-server.mjs'), 'bad-tools'] })],
      options()
    )
    expect(servers[0].status).toBe('failed')
    expect(servers[0].surface).toBeUndefined()
  })
})
