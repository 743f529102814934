// `npm run bench`: measures the CLI and the action bundle as whole processes against their floors.
// See docs/PERFORMANCE.md for the targets and the last results.
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { cpus, tmpdir, totalmem } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { generateCorpus } from './corpus.mjs'
import { measurePaired } from './measure.mjs'

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)))
// Another build's dist/ folder may be measured instead (a before/after comparison): MCPCOP_BENCH_DIST=/path/to/dist.
const dist = process.env.MCPCOP_BENCH_DIST ?? path.join(root, 'dist')
const cli = path.join(dist, 'cli/index.js')
const action = path.join(dist, 'action/index.js')
// MCPCOP_BENCH_COUNTS=1,100,1000 limits the static scenarios (default: all four sizes).
const COUNTS = (process.env.MCPCOP_BENCH_COUNTS ?? '1,100,1000,10000').split(',').map(Number)
if (!existsSync(cli) || !existsSync(action)) throw new Error('dist/ is missing: run `npm run build` first')

const only = process.argv.slice(2)
const wants = (part) => only.length === 0 || only.includes(part)
const fmt = (s) => `${(s.median * 1000).toFixed(0)} ms (${(s.min * 1000).toFixed(0)}–${(s.max * 1000).toFixed(0)})`
const mb = (s) => `${s.median.toFixed(0)} MB`
const print = (line) => process.stdout.write(line + '\n')

print(`# mcpcop benchmark — ${new Date().toISOString()}`)
print(
  `node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB\n`
)

/** Where `npm run bench` looks for the peers (installed there by hand, never a dependency of ours). */
const PEERS_DIR = process.env.MCPCOP_BENCH_PEERS ?? path.join(tmpdir(), 'mcpcop-bench-peers')
/** Installable MCP config linters, run on the same trees; a peer that is not installed is skipped. */
const PEERS = [
  // `claudelint validate-mcp` checks the MCP files it finds from --cwd; `ferret scan` every AI config under a path.
  { name: 'claude-code-lint', bin: 'claudelint', args: (dir) => ['validate-mcp', '--cwd', dir] },
  { name: 'ferret-scan', bin: 'ferret', args: (dir) => ['scan', dir, '--ci', '--format', 'json'] }
]
  .map((peer) => ({ ...peer, path: path.join(PEERS_DIR, 'node_modules', '.bin', peer.bin) }))
  .filter((peer) => existsSync(peer.path))

const ratio = (a, b) => `${(a.wall.median / b.wall.median).toFixed(1)}×`
const targets = []
const target = (what, result, met) => targets.push(`| ${what} | ${result} | ${met ? 'yes' : '**no**'} |`)

if (wants('startup')) {
  print('## Start-up (paired runs: wall median (min–max), CPU median, peak RSS; floor = `node -e 0`)\n')
  const dir = mkdtempSync(path.join(tmpdir(), 'bench-one-'))
  generateCorpus(dir, 1)
  const file = path.join(dir, 'pkg-0', '.mcp.json')
  const outputs = path.join(dir, 'out.txt')
  writeFileSync(outputs, '')
  const env = {
    ...process.env,
    INPUT_PATHS: file,
    'INPUT_FAIL-ON': 'never',
    GITHUB_OUTPUT: outputs,
    GITHUB_WORKSPACE: dir
  }
  const runs = measurePaired(
    {
      'node -e 0': [process.execPath, ['-e', '0']],
      'mcpcop --version': [process.execPath, [cli, '--version']],
      'mcpcop, one file': [process.execPath, [cli, file]],
      'action bundle, one file': [process.execPath, [action], { env }]
    },
    15
  )
  print('| process | wall | CPU | peak RSS | over the floor |')
  print('| --- | ---: | ---: | ---: | ---: |')
  const floor = runs['node -e 0']
  for (const [name, run] of Object.entries(runs))
    print(
      `| ${name} | ${fmt(run.wall)} | ${(run.cpu.median * 1000).toFixed(0)} ms | ${mb(run.rssMb)} | ${((run.wall.median - floor.wall.median) * 1000).toFixed(0)} ms |`
    )
  const size = (f) => `${(statSync(f).size / 1024).toFixed(0)} KiB`
  print(`\nBundle sizes: dist/cli/index.js ${size(cli)}, dist/action/index.js ${size(action)}\n`)
  const one = runs['mcpcop, one file']
  target('CLI on one file under 150 ms', fmt(one.wall), one.wall.median < 0.15)
  rmSync(dir, { recursive: true, force: true })
}

if (wants('static')) {
  print('## Static lint (paired runs: wall median (min–max), CPU, peak RSS; floor = walk + read + JSON.parse only)\n')
  const peerColumns = PEERS.map((peer) => ` ${peer.name} |`).join('')
  print(`| files | servers | mcpcop wall | CPU | peak RSS | floor wall | ratio |${peerColumns}`)
  print(`| ---: | ---: | ---: | ---: | ---: | ---: | ---: |${PEERS.map(() => ' ---: |').join('')}`)
  for (const count of COUNTS) {
    const dir = mkdtempSync(path.join(tmpdir(), `bench-corpus-${count}-`))
    generateCorpus(dir, count)
    const report = path.join(dir, '..', `report-${count}.json`)
    const commands = {
      mcpcop: [process.execPath, [cli, '--format', 'json', '--output', report, dir]],
      floor: [process.execPath, [path.join(root, 'bench/floor.mjs'), dir]]
    }
    for (const peer of PEERS) commands[peer.name] = [peer.path, peer.args(dir)]
    const runs = measurePaired(commands, count >= 10000 ? 3 : count >= 1000 ? 5 : 7)
    const tool = runs.mcpcop
    if (tool.status !== 0 && tool.status !== 1)
      throw new Error(`mcpcop exited ${tool.status} on the ${count}-file corpus`)
    const peers = PEERS.map((peer) => ` ${fmt(runs[peer.name].wall)} |`).join('')
    const line = `| ${count} | ${count * 3} | ${fmt(tool.wall)} | ${fmt(tool.cpu)} | ${mb(tool.rssMb)} | ${fmt(runs.floor.wall)} | ${ratio(tool, runs.floor)} |${peers}`
    print(line)
    if (count === 1000) {
      target('1,000 files under 0.5 s', fmt(tool.wall), tool.wall.median < 0.5)
      target('… within 3× of the floor', ratio(tool, runs.floor), tool.wall.median <= 3 * runs.floor.wall.median)
    }
    if (count === 10000) {
      target('10,000 files under 3 s', fmt(tool.wall), tool.wall.median < 3)
      target('… within 3× of the floor', ratio(tool, runs.floor), tool.wall.median <= 3 * runs.floor.wall.median)
      target('… peak RSS under 200 MB', mb(tool.rssMb), tool.rssMb.median < 200)
    }
    for (const peer of PEERS)
      if (count >= 100)
        target(
          `${count} files: faster than ${peer.name}`,
          `${fmt(tool.wall)} vs ${fmt(runs[peer.name].wall)}`,
          tool.wall.median < runs[peer.name].wall.median
        )
    rmSync(dir, { recursive: true, force: true })
  }
  if (PEERS.length === 0) print(`\nNo peer installed in ${PEERS_DIR} (see docs/PERFORMANCE.md): peers skipped.`)
  print('')
}

if (wants('dry-run') && existsSync(path.join(root, 'bench/dry-run.mjs'))) {
  const { benchDryRun } = await import('./dry-run.mjs')
  await benchDryRun({ root, cli, print })
}

if (targets.length > 0) {
  print('## Targets\n')
  print('| target | result | met |')
  print('| --- | --- | --- |')
  for (const line of targets) print(line)
  print('')
}
