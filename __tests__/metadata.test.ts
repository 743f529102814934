import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { Ajv, type AnySchemaObject } from 'ajv'
import addFormatsModule from 'ajv-formats'
import { parse } from 'yaml'

const root = new URL('..', import.meta.url)
const read = (file: string) => readFileSync(new URL(file, root), 'utf8')
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (
  ajv: Ajv
) => Ajv

/** Validates with a vendored SchemaStore schema (see __tests__/fixtures/schemastore/README.md). */
function schemaStoreErrors(schema: string, value: unknown): string[] {
  const ajv = new Ajv({ strict: false, allErrors: true })
  addFormats(ajv)
  const validate = ajv.compile(JSON.parse(read(`__tests__/fixtures/schemastore/${schema}`)) as AnySchemaObject)
  return validate(value) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`)
}

describe('LICENSE, CHANGELOG and the old name', () => {
  it('is MIT-licensed, as package.json says', () => {
    expect(read('LICENSE')).toMatch(/^MIT License\n\nCopyright \(c\) \d{4} /)
    expect(JSON.parse(read('package.json')).license).toBe('MIT')
  })

  it('keeps a changelog in the Keep a Changelog form, each version heading linked', () => {
    const changelog = read('CHANGELOG.md')
    expect(changelog).toMatch(/^# Changelog\n/)
    expect(changelog).toContain('https://keepachangelog.com/en/1.1.0/')
    const versions = [...changelog.matchAll(/^## \[([^\]]+)\]/gm)].map((m) => m[1])
    expect(versions[0]).toBe('Unreleased')
    for (const version of versions) expect(changelog).toMatch(new RegExp(`^\\[${version}\\]: https://`, 'm'))
    for (const heading of changelog.matchAll(/^### (.+)$/gm))
      expect(['Added', 'Changed', 'Deprecated', 'Removed', 'Fixed', 'Security']).toContain(heading[1])
  })

  it('names the old package only in the CHANGELOG line that records the rename, and as the peer the bench measures', () => {
    const oldName = ['mcp', 'preflight'].join('-')
    let hits = ''
    try {
      // Tracked and untracked files, not the git-ignored ones (node_modules).
      hits = execFileSync('git', ['grep', '-I', '-i', '-n', '--untracked', oldName], { cwd: root, encoding: 'utf8' })
    } catch (error) {
      if ((error as { status?: number }).status !== 1) throw error // 1: no match at all
    }
    // The other product of that name is a peer the bench runs: its peer list and the method's list of peers name it.
    const peerFiles = ['bench/run.mjs:', 'docs/PERFORMANCE.md:']
    const lines = hits
      .trim()
      .split('\n')
      .filter((line) => line !== '' && !peerFiles.some((file) => line.startsWith(file)))
    expect(lines).toHaveLength(1)
    expect(lines[0]).toMatch(new RegExp(`^CHANGELOG\\.md:\\d+:- Renamed from ${oldName} to mcpcop`))
  })
})

describe('action.yml', () => {
  const action = parse(read('action.yml'))

  it('has a Marketplace description under 125 characters', () => {
    expect(action.description.length).toBeLessThan(125)
  })

  it('is valid for the github-action schema', () => {
    expect(schemaStoreErrors('github-action.json', action)).toEqual([])
  })
})

describe('.github/dependabot.yml', () => {
  const config = parse(read('.github/dependabot.yml'))

  it('is valid for the dependabot-2.0 schema', () => {
    expect(schemaStoreErrors('dependabot-2.0.json', config)).toEqual([])
    expect(schemaStoreErrors('dependabot-2.0.json', { version: 2, updates: [{ directory: '/' }] })).not.toEqual([])
  })

  it('updates the npm packages and the GitHub Actions', () => {
    const updates = config.updates as { 'package-ecosystem': string; directory: string }[]
    expect(updates.map((u) => [u['package-ecosystem'], u.directory])).toEqual([
      ['npm', '/'],
      ['github-actions', '/']
    ])
  })
})
