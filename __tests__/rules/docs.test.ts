import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { lint } from '../../src/engine.js'
import { RULES } from '../../src/rules/index.js'
import { checkSurfaces } from '../../src/surface.js'
import type { Surface } from '../../src/types.js'

const DOCS = new URL('../../docs/rules/', import.meta.url)
const RULES_DIR = new URL('../../src/rules/', import.meta.url)
const REQUIRED_SECTIONS = ['## What it catches', '## Why it matters', '## Incorrect', '## Correct', '## How to fix']

/** The ```lang file=PATH blocks under one heading of a rule doc. */
function examples(doc: string, heading: string): { file: string; text: string }[] {
  const start = doc.indexOf(`\n${heading}\n`)
  if (start === -1) return []
  const end = doc.indexOf('\n## ', start + heading.length + 2)
  const section = doc.slice(start, end === -1 ? undefined : end)
  return [...section.matchAll(/```\w*[ \t]+file=(\S+)\n([\s\S]*?)\n```/g)].map((m) => ({
    file: m[1],
    text: m[2] + '\n'
  }))
}

/** The ```json surface blocks under one heading of a surface rule's doc: what a server lists. */
function surfaceExamples(doc: string, heading: string): Surface[] {
  const start = doc.indexOf(`\n${heading}\n`)
  if (start === -1) return []
  const end = doc.indexOf('\n## ', start + heading.length + 2)
  const section = doc.slice(start, end === -1 ? undefined : end)
  return [...section.matchAll(/```json surface\n([\s\S]*?)\n```/g)].map((m) => ({
    tools: [],
    prompts: [],
    resources: [],
    resourceTemplates: [],
    ...(JSON.parse(m[1]) as Partial<Surface>)
  }))
}

/** Runs the surface rules over what one server lists, as a dry run would. */
function checkListed(surfaces: Surface[]): { ruleId: string; message: string }[] {
  const servers = surfaces.map((_, i) => ({
    name: `server-${i}`,
    host: 'claude-code' as const,
    file: '.mcp.json',
    pointer: ['mcpServers', `server-${i}`],
    fields: {},
    transport: 'stdio' as const
  }))
  return checkSurfaces(
    servers,
    surfaces.map((surface, i) => ({ ...servers[i], status: 'ok' as const, durationMs: 0, surface }))
  )
}

/** Lints a set of example files written into a fresh directory, as a repository would hold them. */
async function lintExamples(
  files: { file: string; text: string }[]
): Promise<{ ruleId: string; file: string; message: string }[]> {
  const root = mkdtempSync(path.join(tmpdir(), 'mcpcop-docs-'))
  for (const { file, text } of files) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true })
    writeFileSync(path.join(root, file), text)
  }
  // Every rule, whatever its preset: the examples show what the rule itself catches.
  writeFileSync(path.join(root, '.mcpcop.json'), JSON.stringify({ preset: 'strict' }))
  return (await lint({ paths: ['.'], cwd: root })).report.diagnostics
}

describe('rule registry and docs', () => {
  it('registers every rule file, sorted by id, with unique kebab-case ids', () => {
    const files = readdirSync(RULES_DIR)
      .filter(
        (f) =>
          f.endsWith('.ts') &&
          !['index.ts', 'types.ts', 'walk.ts', 'placeholder-syntax.ts'].includes(f) &&
          !f.startsWith('_')
      )
      .map((f) => f.replace(/\.ts$/, ''))
      .filter((f) => readFileSync(new URL(`${f}.ts`, RULES_DIR), 'utf8').includes(': Rule = {'))
    const ids = RULES.map((r) => r.id)
    expect(ids).toEqual([...ids].sort())
    expect(new Set(ids).size).toBe(ids.length)
    expect(ids.every((id) => /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/.test(id))).toBe(true)
    expect([...ids].sort()).toEqual(files.sort())
  })

  it.each(RULES.map((r) => [r.id, r] as const))(
    '%s has a doc whose examples really fail and pass',
    async (id, rule) => {
      const doc = readFileSync(new URL(`${id}.md`, DOCS), 'utf8')
      expect(doc.startsWith(`# ${id}\n`)).toBe(true)
      expect(doc).toContain(`> ${rule.description}`)
      expect(doc).toContain(
        `Default severity: **${rule.defaultSeverity}** · Preset: **${rule.preset ?? 'recommended'}**`
      )
      for (const section of REQUIRED_SECTIONS) expect(doc).toContain(`\n${section}\n`)
      if (rule.checkSurface) {
        // A surface rule's examples are what a server lists in a dry run.
        const incorrect = surfaceExamples(doc, '## Incorrect')
        const correct = surfaceExamples(doc, '## Correct')
        expect(incorrect.length).toBeGreaterThan(0)
        expect(correct.length).toBeGreaterThan(0)
        expect(checkListed(incorrect).filter((d) => d.ruleId === id)).not.toEqual([])
        expect(checkListed(correct).filter((d) => d.ruleId === id)).toEqual([])
        return
      }
      const incorrect = examples(doc, '## Incorrect')
      const correct = examples(doc, '## Correct')
      expect(incorrect.length).toBeGreaterThan(0)
      expect(correct.length).toBeGreaterThan(0)
      expect((await lintExamples(incorrect)).filter((d) => d.ruleId === id)).not.toEqual([])
      expect((await lintExamples(correct)).filter((d) => d.ruleId === id)).toEqual([])
    }
  )
})

describe('docs/rules/README.md', () => {
  it('lists every rule with its preset, default severity and description, in id order', () => {
    const index = readFileSync(new URL('README.md', DOCS), 'utf8')
    const rows = [...index.matchAll(/^\| \[`([a-z-]+)`\]\(([a-z-]+)\.md\) \| (\w+) \| (\w+) \| (.*) \|$/gm)].map(
      (m) => ({
        id: m[1],
        page: m[2],
        preset: m[3],
        severity: m[4],
        description: m[5]
      })
    )
    expect(rows).toEqual(
      RULES.map((r) => ({
        id: r.id,
        page: r.id,
        preset: r.preset ?? 'recommended',
        severity: r.defaultSeverity,
        description: r.description
      }))
    )
  })
})
