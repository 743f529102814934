import { readFileSync } from 'node:fs'
import { Ajv, type AnySchemaObject } from 'ajv'
import addFormatsModule from 'ajv-formats'
import picomatch from 'picomatch'
import { parse } from 'yaml'
import { HOSTS } from '../src/hosts/index.js'

const root = new URL('..', import.meta.url)
const read = (file: string) => readFileSync(new URL(file, root), 'utf8')
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (
  ajv: Ajv
) => Ajv

/** Validates with the vendored SchemaStore schema (see __tests__/fixtures/schemastore/README.md). */
function preCommitSchemaErrors(value: unknown): string[] {
  const ajv = new Ajv({ strict: false, allErrors: true })
  addFormats(ajv)
  const schema = JSON.parse(read('__tests__/fixtures/schemastore/pre-commit-hooks.json')) as AnySchemaObject
  const validate = ajv.compile(schema)
  return validate(value) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`)
}

describe('.pre-commit-hooks.yaml', () => {
  const hooks = parse(read('.pre-commit-hooks.yaml'))
  const [hook] = hooks as { id: string; entry: string; language: string; files: string; pass_filenames: boolean }[]
  // pre-commit matches `files` with Python's re.search; this regex uses only syntax both engines share.
  const files = new RegExp(hook.files)

  it('is valid for the pre-commit-hooks schema, and runs the package bin with node', () => {
    expect(preCommitSchemaErrors(hooks)).toEqual([])
    expect(hooks).toHaveLength(1)
    expect([hook.id, hook.entry, hook.language, hook.pass_filenames]).toEqual(['mcpcop', 'mcpcop', 'node', false])
    expect(Object.keys(JSON.parse(read('package.json')).bin)).toEqual([hook.entry])
  })

  it('runs when a file at any host path or the settings file changes', () => {
    const samples = HOSTS.flatMap((host) =>
      host.patterns.flatMap((pattern) =>
        ['', 'team/app/'].flatMap((prefix) =>
          ['/', '/nested/'].map((middle) =>
            pattern
              .replace(/^\*\*\//, prefix)
              .replace(/\/\*\*\//g, middle)
              .replace(/\*/g, 'servers')
          )
        )
      )
    )
    for (const sample of samples) {
      expect([sample, HOSTS.some((h) => h.patterns.some((p) => picomatch(p, { dot: true })(sample)))]).toEqual([
        sample,
        true
      ])
      expect([sample, files.test(sample)]).toEqual([sample, true])
    }
    for (const settings of ['.mcpcop.json', '.mcpcop.yaml', '.mcpcop.yml']) expect(files.test(settings)).toBe(true)
  })

  it('does not run for other files', () => {
    for (const other of [
      'package.json',
      'tsconfig.json',
      'settings.json',
      'src/settings.json',
      '.vscode/extensions.json',
      'mcp.json',
      '.mcp.json.bak',
      'config.toml',
      '.github/workflows/ci.yml',
      'docs/agents/guide.agent.md',
      'README.md'
    ])
      expect([other, files.test(other)]).toEqual([other, false])
  })
})
