// Dry-run benchmark: N real stdio servers (@modelcontextprotocol/server-memory, started with node so
// no download is measured) through `mcpcop --dry-run`, beside the SDK-only floor; and a mix
// with slow and hanging fault servers, where a hanging server must cost no more than its timeout.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { measure, measurePaired } from './measure.mjs'

export async function benchDryRun({ root, cli, print }) {
  const memory = path.join(root, 'node_modules/@modelcontextprotocol/server-memory/dist/index.js')
  const faults = path.join(root, '__tests__/fixtures/dryrun')
  const fmt = (s) => `${(s.median * 1000).toFixed(0)} ms (${(s.min * 1000).toFixed(0)}–${(s.max * 1000).toFixed(0)})`
  print('## Dry run (whole process; floor = SDK client only, same servers at once)\n')
  print('| servers | mcpcop --dry-run | peak RSS | floor | ratio |')
  print('| --- | ---: | ---: | ---: | ---: |')
  let covering
  for (const count of [1, 5, 20]) {
    const dir = mkdtempSync(path.join(tmpdir(), `bench-dry-${count}-`))
    const mcpServers = Object.fromEntries(
      Array.from({ length: count }, (_, i) => [
        `memory-${i}`,
        { command: process.execPath, args: [memory], env: { MEMORY_FILE_PATH: path.join(dir, `m${i}.json`) } }
      ])
    )
    writeFileSync(path.join(dir, '.mcp.json'), JSON.stringify({ mcpServers }))
    const args = [
      cli,
      '--dry-run',
      '--concurrency',
      String(count),
      '--format',
      'json',
      '--output',
      path.join(dir, 'report.json'),
      dir
    ]
    const tool = measure(process.execPath, args, 5)
    const floor = measure(
      process.execPath,
      [path.join(root, 'bench/dry-run-floor.mjs'), path.join(dir, '.mcp.json')],
      5
    )
    print(
      `| ${count} × server-memory | ${fmt(tool.wall)} | ${tool.rssMb.median.toFixed(0)} MB | ${fmt(floor.wall)} | ${(tool.wall.median / floor.wall.median).toFixed(2)}× |`
    )
    if (count === 20) covering = { dir, args }
    else rmSync(dir, { recursive: true, force: true })
  }
  // Under a runner (RUNNER_TEMP set) each server's namespace covers the job's files first (docs/security.md,
  // section 7): what that costs, paired with the same run outside a runner.
  if (covering) {
    const runnerTemp = mkdtempSync(path.join(tmpdir(), 'bench-runner-temp-'))
    // (Run inside a real runner, both are covered: its worker is found among the ancestors.)
    const outsideRunner = Object.fromEntries(Object.entries(process.env).filter(([name]) => name !== 'RUNNER_TEMP'))
    const paired = measurePaired(
      {
        plain: [process.execPath, covering.args, { env: outsideRunner }],
        covered: [process.execPath, covering.args, { env: { ...process.env, RUNNER_TEMP: runnerTemp } }]
      },
      5
    )
    const change = (paired.covered.wall.median / paired.plain.wall.median - 1) * 100
    print(
      `\n20 × server-memory under a runner (\`RUNNER_TEMP\` set: the job's files covered in each server's namespace), paired: ${fmt(paired.covered.wall)} against ${fmt(paired.plain.wall)} outside one (${change >= 0 ? '+' : ''}${change.toFixed(1)}%).`
    )
    rmSync(runnerTemp, { recursive: true, force: true })
    rmSync(covering.dir, { recursive: true, force: true })
  }
  const dir = mkdtempSync(path.join(tmpdir(), 'bench-dry-mix-'))
  const mcpServers = {
    ...Object.fromEntries(
      Array.from({ length: 4 }, (_, i) => [`memory-${i}`, { command: process.execPath, args: [memory] }])
    ),
    slow: { command: process.execPath, args: [path.join(faults, 'tiny-server.mjs'), '--delay', '1500'] },
    hanging: { command: process.execPath, args: [path.join(faults, 'never-answers.mjs'), path.join(dir, 'pids')] },
    crashing: { command: process.execPath, args: [path.join(faults, 'exit-with-error.mjs')] }
  }
  writeFileSync(path.join(dir, '.mcp.json'), JSON.stringify({ mcpServers }))
  const timeoutMs = 3000
  const mix = measure(
    process.execPath,
    [
      cli,
      '--dry-run',
      '--timeout',
      String(timeoutMs),
      '--format',
      'json',
      '--output',
      path.join(dir, 'report.json'),
      dir
    ],
    3
  )
  print(
    `\nMix of 4 × server-memory, one slow (1.5 s), one hanging (ignores SIGTERM, leaves children) and one crashing, --timeout ${timeoutMs}: ${fmt(mix.wall)} wall; the hanging server costs no more than its timeout (the kill grace is kept inside it).\n`
  )
  rmSync(dir, { recursive: true, force: true })
}
