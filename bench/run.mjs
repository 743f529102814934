// `npm run bench`: measures the CLI and the action bundle as whole processes against their floors.
// See docs/PERFORMANCE.md for the targets and the last results.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { cpus, tmpdir, totalmem } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { generateCorpus, generateLargeRepository, layoutRealCorpus } from './corpus.mjs'
import { measurePaired } from './measure.mjs'

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)))
// Another build's dist/ folder may be measured instead (a before/after comparison): MCPCOP_BENCH_DIST=/path/to/dist.
const dist = process.env.MCPCOP_BENCH_DIST ?? path.join(root, 'dist')
const cli = path.join(dist, 'cli/index.js')
const action = path.join(dist, 'action/index.js')
// MCPCOP_BENCH_COUNTS=1,100,1000 limits the static scenarios (default: all four sizes).
const COUNTS = (process.env.MCPCOP_BENCH_COUNTS ?? '1,100,1000,10000').split(',').map(Number)
if (!existsSync(cli) || !existsSync(action)) throw new Error('dist/ is missing: run `npm run build` first')
// The real corpus: configs committed to public repositories (MCPCOP_BENCH_REAL=/path: another corpus with an INDEX.tsv).
const REAL_CORPUS = process.env.MCPCOP_BENCH_REAL ?? path.join(root, '__tests__/fixtures/corpus')

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
  { name: 'ferret-scan', bin: 'ferret', args: (dir) => ['scan', dir, '--ci', '--format', 'json'] },
  // `mcp-preflight scan` checks the MCP files of a workspace; its free edition stops after 500 files
  // (`maxFiles` in mcp-preflight-core), so it is no target on larger trees (not the same work).
  {
    name: 'mcp-preflight',
    bin: 'mcp-preflight',
    args: (dir) => ['scan', dir, '--format', 'json', '--no-exit-code'],
    maxFiles: 500
  }
]
  .map((peer) => ({ ...peer, path: path.join(PEERS_DIR, 'node_modules', '.bin', peer.bin) }))
  .filter((peer) => existsSync(peer.path))

const ratio = (a, b) => `${(a.wall.median / b.wall.median).toFixed(1)}×`
const targets = []
const target = (what, result, met) => targets.push(`| ${what} | ${result} | ${met ? 'yes' : '**no**'} |`)

if (wants('startup')) {
  print('## Start-up (paired runs: wall median (min–max), CPU median, peak RSS; floor = `node -e 0`)\n')
  // A git repository holding one config, linted as CI does: `mcpcop` in its root, no arguments.
  const dir = mkdtempSync(path.join(tmpdir(), 'bench-one-'))
  generateCorpus(dir, 1)
  const file = path.join(dir, 'pkg-0', '.mcp.json')
  const git = (...args) => spawnSync('git', ['-C', dir, ...args], { stdio: 'ignore' })
  git('init', '-q')
  git('add', '-A')
  git('-c', 'user.name=bench', '-c', 'user.email=bench@example.com', 'commit', '-q', '-m', 'one config')
  // What any CLI written as an ES module pays to start and print (the ESM loader, a stream for stdout),
  // and that plus a `git ls-files` (which discovery starts in a repository of over 500 files).
  const floors = path.join(tmpdir(), `bench-floors-${process.pid}`)
  mkdirSync(floors, { recursive: true })
  const printFloor = path.join(floors, 'print.mjs')
  writeFileSync(printFloor, "process.stdout.write('0.1.0\\n')\n")
  const gitFloor = path.join(floors, 'git.mjs')
  writeFileSync(
    gitFloor,
    "import { spawnSync } from 'node:child_process'\n" +
      "const files = spawnSync('git', ['ls-files', '-z'], { encoding: 'utf8' }).stdout.split('\\0')\n" +
      'process.stdout.write(`${files.length}\\n`)\n'
  )
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
      'node, an ES module printing one line': [process.execPath, [printFloor]],
      '… and running git ls-files': [process.execPath, [gitFloor], { cwd: dir }],
      'mcpcop --version': [process.execPath, [cli, '--version']],
      'mcpcop, one file (in its git repository)': [process.execPath, [cli], { cwd: dir }],
      // Outside CI the CLI keeps its compiled code between runs (Node 22 and later): the row above is a
      // developer's second run; this one is every run in CI, where it keeps none.
      '… the same in CI (no compile cache)': [
        process.execPath,
        [cli],
        { cwd: dir, env: { ...process.env, CI: 'true' } }
      ],
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
  const kib = (bytes) => `${(bytes / 1024).toFixed(0)} KiB`
  // The entry file, and every chunk beside it (loaded on demand: a run reads only those it imports).
  const sizes = (entry) => {
    const folder = path.dirname(entry)
    const chunks = readdirSync(folder).filter((f) => f.endsWith('.js'))
    const total = chunks.reduce((sum, f) => sum + statSync(path.join(folder, f)).size, 0)
    return `${kib(statSync(entry).size)} (all ${chunks.length} files: ${kib(total)})`
  }
  print(`\nBundle sizes: dist/cli/index.js ${sizes(cli)}, dist/action/index.js ${sizes(action)}\n`)
  const one = runs['mcpcop, one file (in its git repository)']
  target('CLI on one file under 150 ms', fmt(one.wall), one.wall.median < 0.15)
  rmSync(dir, { recursive: true, force: true })
  rmSync(floors, { recursive: true, force: true })
}

/** One static-lint scenario: mcpcop, the floor and every installed peer on the same tree, in paired rounds. */
function staticScenario(label, dir, count, servers, rounds, extra = {}) {
  const report = path.join(dir, '..', `report-${path.basename(dir)}.json`)
  const commands = {
    // Run from the tree's root, as a developer or CI runs it: from the bench's own folder, this repository's
    // settings file would apply to the tree (its ignore globs matched against every path).
    mcpcop: [process.execPath, [cli, '--format', 'json', '--output', report, '.'], { cwd: dir }],
    floor: [process.execPath, [path.join(root, 'bench/floor.mjs'), dir]],
    ...extra
  }
  for (const peer of PEERS) commands[peer.name] = [peer.path, peer.args(dir)]
  const runs = measurePaired(commands, rounds)
  const tool = runs.mcpcop
  if (tool.status !== 0 && tool.status !== 1) throw new Error(`mcpcop exited ${tool.status} on ${label}`)
  const peers = PEERS.map((peer) => ` ${fmt(runs[peer.name].wall)} |`).join('')
  print(
    `| ${label} | ${count} | ${servers} | ${fmt(tool.wall)} | ${fmt(tool.cpu)} | ${mb(tool.rssMb)} | ${fmt(runs.floor.wall)} | ${fmt(runs.floor.cpu)} | ${ratio(tool, runs.floor)} |${peers}`
  )
  rmSync(report, { force: true })
  return runs
}

/** The large repository's size and its `git ls-files` alone, for the note under the table. */
let largeRepository

if (wants('static') || wants('real') || wants('large')) {
  print(
    '## Static lint (paired runs: wall median (min–max), CPU, peak RSS; floor = walk + read + JSON.parse only; ratio of walls)\n'
  )
  const peerColumns = PEERS.map((peer) => ` ${peer.name} |`).join('')
  print(`| tree | files | servers | mcpcop wall | CPU | peak RSS | floor wall | floor CPU | ratio |${peerColumns}`)
  print(`| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |${PEERS.map(() => ' ---: |').join('')}`)
  const versusPeers = (label, tool, runs, configs) => {
    for (const peer of PEERS) {
      if (peer.maxFiles !== undefined && configs > peer.maxFiles) continue
      target(
        `${label}: faster than ${peer.name}`,
        `${fmt(tool.wall)} vs ${fmt(runs[peer.name].wall)}`,
        tool.wall.median < runs[peer.name].wall.median
      )
    }
  }
  if (wants('real') && existsSync(path.join(REAL_CORPUS, 'INDEX.tsv'))) {
    // The real corpus, each repository's files at their own paths: what repositories really hold.
    const dir = mkdtempSync(path.join(tmpdir(), 'bench-real-'))
    const { files, repos } = layoutRealCorpus(path.join(dir, 'tree'), REAL_CORPUS)
    const runs = staticScenario(`real corpus (${repos} repositories)`, path.join(dir, 'tree'), files, '—', 7)
    versusPeers('real corpus', runs.mcpcop, runs, files)
    rmSync(dir, { recursive: true, force: true })
  }
  // claude-code-lint checks only Claude Code's files (`.mcp.json`: one generated file in eight); mcpcop is also
  // timed on just those, for a comparison of equal work (a note under the table, not a target).
  const sameWork = []
  const hasClaudeCodeLint = PEERS.some((peer) => peer.name === 'claude-code-lint')
  for (const count of wants('static') ? COUNTS : []) {
    const dir = mkdtempSync(path.join(tmpdir(), `bench-corpus-${count}-`))
    generateCorpus(path.join(dir, 'tree'), count)
    const tree = path.join(dir, 'tree')
    const extra =
      hasClaudeCodeLint && count >= 1000
        ? {
            claudeFiles: [
              process.execPath,
              [cli, '--format', 'json', '--output', path.join(dir, 'claude.json'), '**/.mcp.json'],
              { cwd: tree }
            ]
          }
        : {}
    const runs = staticScenario('generated', tree, count, count * 3, count >= 10000 ? 3 : count >= 1000 ? 5 : 7, extra)
    if (runs.claudeFiles) sameWork.push({ count, mcpcop: runs.claudeFiles, peer: runs['claude-code-lint'] })
    const tool = runs.mcpcop
    if (count === 1000) {
      target('1,000 files under 0.5 s', fmt(tool.wall), tool.wall.median < 0.5)
      target('… within 3× of the floor', ratio(tool, runs.floor), tool.wall.median <= 3 * runs.floor.wall.median)
    }
    if (count === 10000) {
      target('10,000 files under 3 s', fmt(tool.wall), tool.wall.median < 3)
      target('… within 3× of the floor', ratio(tool, runs.floor), tool.wall.median <= 3 * runs.floor.wall.median)
      target('… peak RSS under 200 MB', mb(tool.rssMb), tool.rssMb.median < 200)
    }
    if (count >= 100) versusPeers(`${count} files`, tool, runs, count)
    rmSync(dir, { recursive: true, force: true })
  }
  if (wants('large')) {
    // Most repositories that hold configs are mostly something else: git lists every file, a few are configs.
    const dir = mkdtempSync(path.join(tmpdir(), 'bench-large-'))
    const tree = path.join(dir, 'tree')
    const files = generateLargeRepository(tree)
    const git = (...args) => spawnSync('git', ['-C', tree, ...args], { stdio: 'ignore' })
    git('init', '-q')
    git('add', '-A')
    git('-c', 'user.name=bench', '-c', 'user.email=bench@example.com', 'commit', '-q', '-m', 'large repository')
    const runs = staticScenario('a git repository, 3 configs', tree, files, 9, 5, {
      // What git itself takes to list the work tree as discovery asks it to.
      git: ['git', ['-C', tree, 'ls-files', '-z', '--cached', '--others', '--exclude-standard']]
    })
    largeRepository = { files, git: runs.git }
    versusPeers(`git repository of ${files} files`, runs.mcpcop, runs, 3)
    rmSync(dir, { recursive: true, force: true })
  }
  if (PEERS.length === 0) print(`\nNo peer installed in ${PEERS_DIR} (see docs/PERFORMANCE.md): peers skipped.`)
  for (const { count, mcpcop, peer } of sameWork)
    print(
      `\nOf the ${count} generated files, claude-code-lint checks the ${count / 8} \`.mcp.json\` files: mcpcop on just those (a glob) took ${fmt(mcpcop.wall)}, claude-code-lint ${fmt(peer.wall)}.`
    )
  if (largeRepository)
    print(
      `\nIn the git repository of ${largeRepository.files} files, \`git ls-files\` alone (as discovery runs it) took ${fmt(largeRepository.git.wall)}.`
    )
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
