// `npm run bench`: measures the CLI and the action bundle as whole processes against their floors.
// See docs/PERFORMANCE.md for the targets and the last results.
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { cpus, tmpdir, totalmem } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { generateCorpus } from './corpus.mjs'
import { measure } from './measure.mjs'

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)))
const cli = path.join(root, 'dist/cli/index.js')
const action = path.join(root, 'dist/action/index.js')
if (!existsSync(cli) || !existsSync(action)) throw new Error('dist/ is missing: run `npm run build` first')

const only = process.argv.slice(2)
const wants = (part) => only.length === 0 || only.includes(part)
const fmt = (s) => `${(s.median * 1000).toFixed(0)} ms (${(s.min * 1000).toFixed(0)}–${(s.max * 1000).toFixed(0)})`
const mb = (s) => `${s.median.toFixed(0)} MB`
const rows = []
const print = (line) => process.stdout.write(line + '\n')

print(`# mcpcop benchmark — ${new Date().toISOString()}`)
print(
  `node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB\n`
)

if (wants('static')) {
  print('## Static lint (whole process: wall median (min–max), CPU, peak RSS; floor = read + JSON.parse only)\n')
  print('| files | servers | mcpcop wall | CPU | peak RSS | floor wall | ratio |')
  print('| ---: | ---: | ---: | ---: | ---: | ---: | ---: |')
  for (const count of [1, 100, 1000, 10000]) {
    const dir = mkdtempSync(path.join(tmpdir(), `bench-corpus-${count}-`))
    generateCorpus(dir, count)
    const runs = count >= 10000 ? 3 : 5
    const tool = measure(
      process.execPath,
      [cli, '--format', 'json', '--output', path.join(dir, '..', `report-${count}.json`), dir],
      runs
    )
    if (tool.status !== 0 && tool.status !== 1)
      throw new Error(`mcpcop exited ${tool.status} on the ${count}-file corpus`)
    const floor = measure(process.execPath, [path.join(root, 'bench/floor.mjs'), dir], runs)
    const line = `| ${count} | ${count * 3} | ${fmt(tool.wall)} | ${fmt(tool.cpu)} | ${mb(tool.rssMb)} | ${fmt(floor.wall)} | ${(tool.wall.median / floor.wall.median).toFixed(1)}× |`
    print(line)
    rows.push(line)
    rmSync(dir, { recursive: true, force: true })
  }
  print('')
}

if (wants('startup')) {
  print('## Start-up on a single file\n')
  const dir = mkdtempSync(path.join(tmpdir(), 'bench-one-'))
  generateCorpus(dir, 1)
  const file = path.join(dir, 'pkg-0', '.mcp.json')
  const baseline = measure(process.execPath, ['-e', ''], 10)
  const cliRun = measure(process.execPath, [cli, file], 10)
  const outputs = path.join(dir, 'out.txt')
  writeFileSync(outputs, '')
  const env = {
    ...process.env,
    INPUT_PATHS: file,
    'INPUT_FAIL-ON': 'never',
    GITHUB_OUTPUT: outputs,
    GITHUB_WORKSPACE: dir
  }
  const actionRun = measure(process.execPath, [action], 10, { env })
  print('| process | wall median (min–max) | peak RSS |')
  print('| --- | ---: | ---: |')
  print(`| node -e '' | ${fmt(baseline.wall)} | ${mb(baseline.rssMb)} |`)
  print(`| CLI, one file | ${fmt(cliRun.wall)} | ${mb(cliRun.rssMb)} |`)
  print(`| action bundle, one file | ${fmt(actionRun.wall)} | ${mb(actionRun.rssMb)} |`)
  const size = (f) => `${(statSync(f).size / 1024).toFixed(0)} KiB`
  print(`\nBundle sizes: dist/cli/index.js ${size(cli)}, dist/action/index.js ${size(action)}\n`)
  rmSync(dir, { recursive: true, force: true })
}

if (wants('dry-run') && existsSync(path.join(root, 'bench/dry-run.mjs'))) {
  const { benchDryRun } = await import('./dry-run.mjs')
  await benchDryRun({ root, cli, print })
}
