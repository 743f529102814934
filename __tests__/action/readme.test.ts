import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse } from 'yaml'
import { renderBlocks, updateReadme } from '../../scripts/action-readme.mjs'

const ROOT = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..')
const actionYml = readFileSync(path.join(ROOT, 'action.yml'), 'utf8')
const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8')
const action = parse(actionYml) as {
  inputs: Record<string, { description?: string; default?: string }>
  outputs: Record<string, { description?: string }>
  runs: { using: string; main: string }
}

describe('action.yml', () => {
  it('has kebab-case inputs and outputs, each described', () => {
    for (const [name, spec] of [...Object.entries(action.inputs), ...Object.entries(action.outputs)]) {
      expect([name, /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/.test(name)]).toEqual([name, true])
      expect([name, (spec.description ?? '').length > 10]).toEqual([name, true])
    }
  })

  it('declares every input and output the issue asks for, and what run() reads and sets', () => {
    expect(Object.keys(action.inputs)).toEqual(
      expect.arrayContaining([
        'paths',
        'config',
        'fail-on',
        'dry-run',
        'dry-run-timeout',
        'dry-run-concurrency',
        'allow-untrusted-dry-run',
        'comment',
        'comment-key',
        'sarif-file',
        'report-file',
        'github-token'
      ])
    )
    expect(Object.keys(action.outputs)).toEqual(
      expect.arrayContaining([
        'errors',
        'warnings',
        'files',
        'servers-ok',
        'servers-failed',
        'report-file',
        'sarif-file',
        'comment-url'
      ])
    )
    const main =
      readFileSync(path.join(ROOT, 'src', 'action', 'main.ts'), 'utf8') +
      readFileSync(path.join(ROOT, 'src', 'action', 'inputs.ts'), 'utf8')
    const read = [...main.matchAll(/(?:value|get|choice|boolean)\('([a-z-]+)'/g)].map((m) => m[1])
    const set = [...main.matchAll(/setOutput\('([a-z-]+)'/g)].map((m) => m[1])
    expect([...new Set(read)].sort()).toEqual(Object.keys(action.inputs).sort())
    expect([...new Set(set)].sort()).toEqual(Object.keys(action.outputs).sort())
  })

  it('runs the bundle on node24 with the workflow token by default', () => {
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/action/index.js' })
    expect(action.inputs['github-token'].default).toBe('${{ github.token }}')
  })
})

describe('README', () => {
  it('has the usage block and the inputs and outputs tables as generated from action.yml (run node scripts/action-readme.mjs)', () => {
    expect(updateReadme(readme, actionYml)).toBe(readme)
  })

  it('lists every input and output in its tables', () => {
    const blocks = renderBlocks(actionYml)
    for (const name of Object.keys(action.inputs)) expect(blocks.inputs).toContain(`| \`${name}\` |`)
    for (const name of Object.keys(action.outputs)) expect(blocks.outputs).toContain(`| \`${name}\` |`)
    expect(blocks.inputs).toContain(
      '| `fail-on` | `error` | Fail the step when a finding is at or above this level: error, warning, notice or never. |'
    )
  })

  it('fails loudly when a generated block lost its markers', () => {
    expect(() => updateReadme('no markers here', actionYml)).toThrow(
      'README.md has no <!-- action-usage:start --> ... <!-- action-usage:end --> block'
    )
  })
})
