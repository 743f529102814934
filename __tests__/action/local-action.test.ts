import { execFile } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse } from 'yaml'
import { lint } from '../../src/engine.js'
import { countBySeverity } from '../../src/report/summary.js'

const plural = (n: number, noun: string): string => `${n} ${noun}${n === 1 ? '' : 's'}`

// The action run as GitHub's own local runner for JavaScript actions runs it: @github/local-action
// reads action.yml, loads the inputs from an .env file, swaps @actions/core and @actions/github for
// its stubs (of core 2 and github 7, whose API run() uses alike) and runs src/action/main.ts's run()
// on examples/. It records setFailed without changing its own exit code, so the test reads the log.

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const bin = path.join(root, 'node_modules/@github/local-action/bin/local-action.js')

interface LocalRun {
  log: string
  outputs: Record<string, string>
}

function localAction(envFile: string): Promise<LocalRun> {
  // As a developer's shell would run it: without jest's NODE_OPTIONS, and tsx from node_modules.
  const env = { PATH: process.env.PATH, HOME: process.env.HOME, npm_config_offline: 'true' }
  return new Promise((resolve, reject) =>
    execFile(
      process.execPath,
      [bin, root, 'src/action/main.ts', envFile],
      { cwd: root, env, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (error) return reject(new Error(`local-action failed: ${error.message}\n${stdout}\n${stderr}`))
        const outputs = Object.fromEntries(
          [...stdout.matchAll(/^::set-output name=([\w-]+)::(.*)$/gm)].map((m) => [m[1], m[2]])
        )
        resolve({ log: stdout, outputs })
      }
    )
  )
}

describe('the action through @github/local-action', () => {
  it('lints examples/, sets every output, writes the summary, the report and SARIF, and fails on the errors', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'mcpcop-local-action-'))
    const file = (name: string) => path.join(dir, name)
    writeFileSync(file('summary.md'), '')
    writeFileSync(
      file('.env'),
      [
        'INPUT_PATHS=examples',
        'INPUT_FAIL-ON=error',
        'INPUT_COMMENT=never',
        `INPUT_SARIF-FILE=${file('mcpcop.sarif')}`,
        `INPUT_REPORT-FILE=${file('report.json')}`,
        `GITHUB_WORKSPACE=${root}`,
        `GITHUB_STEP_SUMMARY=${file('summary.md')}`,
        `RUNNER_TEMP=${dir}`,
        'GITHUB_EVENT_NAME=push',
        'GITHUB_REPOSITORY=mcpcop/mcpcop',
        ''
      ].join('\n')
    )

    const { log, outputs } = await localAction(file('.env'))

    const expected = await lint({ paths: ['examples'], cwd: root })
    const counts = countBySeverity(expected.report.diagnostics)
    expect(counts.error).toBeGreaterThan(0)
    // Every output action.yml declares is set; those about findings and files say what a lint of examples/ says.
    const declared = Object.keys(parse(readFileSync(path.join(root, 'action.yml'), 'utf8')).outputs)
    expect(Object.keys(outputs).sort()).toEqual(declared.sort())
    expect(outputs).toMatchObject({
      errors: String(counts.error),
      warnings: String(counts.warning),
      notices: String(counts.notice),
      files: String(expected.report.files.length),
      'servers-ok': '0',
      'servers-failed': '0',
      'report-file': file('report.json'),
      'sarif-file': file('mcpcop.sarif'),
      'comment-url': ''
    })
    expect(log).toContain(
      `::error::mcpcop: ${counts.error} errors at or above fail-on "error"; see the annotations and the job summary\n`
    )
    expect(log).toContain(
      '::error title=mcpcop: url-without-type,file=examples/.mcp.json,line=8,endLine=8,col=5,endColumn=12::'
    )
    const report = JSON.parse(readFileSync(file('report.json'), 'utf8'))
    expect(report.diagnostics).toHaveLength(expected.report.diagnostics.length)
    const sarif = JSON.parse(readFileSync(file('mcpcop.sarif'), 'utf8'))
    expect([sarif.version, sarif.runs[0].results.length]).toEqual(['2.1.0', expected.report.diagnostics.length])
    expect(readFileSync(file('summary.md'), 'utf8')).toMatch(
      new RegExp(
        `^## ❌ mcpcop: ${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${plural(counts.notice, 'notice')}\n`
      )
    )
  }, 120_000)
})
