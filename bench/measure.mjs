// Runs a command as a whole process several times and reports wall time, CPU time and peak RSS.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

const GNU_TIME = '/usr/bin/time'

/** One run: { wall (s), cpu (s), rssMb, status }. Uses GNU time for CPU and peak RSS when present. */
export function runOnce(command, args, options = {}) {
  const dir = mkdtempSync(path.join(tmpdir(), 'bench-time-'))
  const out = path.join(dir, 'time.txt')
  const started = process.hrtime.bigint()
  const useTime = existsSync(GNU_TIME)
  const result = useTime
    ? spawnSync(GNU_TIME, ['-o', out, '-f', '%e %U %S %M', command, ...args], {
        ...options,
        stdio: ['ignore', 'ignore', 'pipe'],
        maxBuffer: 64 * 1024 * 1024
      })
    : spawnSync(command, args, { ...options, stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 64 * 1024 * 1024 })
  const wall = Number(process.hrtime.bigint() - started) / 1e9
  let cpu = NaN
  let rssMb = NaN
  if (useTime && existsSync(out)) {
    const fields = readFileSync(out, 'utf8').trim().split('\n').at(-1).split(' ').map(Number)
    cpu = fields[1] + fields[2]
    rssMb = fields[3] / 1024
  }
  rmSync(dir, { recursive: true, force: true })
  return { wall, cpu, rssMb, status: result.status }
}

/** Median and spread (min..max) of `runs` runs. */
export function measure(command, args, runs, options = {}) {
  const samples = Array.from({ length: runs }, () => runOnce(command, args, options))
  const stat = (key) => {
    const values = samples.map((s) => s[key]).sort((a, b) => a - b)
    return { median: values[Math.floor(values.length / 2)], min: values[0], max: values[values.length - 1] }
  }
  return { wall: stat('wall'), cpu: stat('cpu'), rssMb: stat('rssMb'), status: samples[0].status }
}

/**
 * Paired runs: each round runs every command once, in turn (A B A B …), so a slower stretch of a
 * shared machine costs every command alike; `runs` rounds, median and spread of each.
 * `commands` maps a name to [command, args, options].
 */
export function measurePaired(commands, runs) {
  const samples = Object.fromEntries(Object.keys(commands).map((name) => [name, []]))
  for (let round = 0; round < runs; round++)
    for (const [name, [command, args, options]] of Object.entries(commands))
      samples[name].push(runOnce(command, args, options ?? {}))
  const stat = (list, key) => {
    const values = list.map((s) => s[key]).sort((a, b) => a - b)
    return { median: values[Math.floor(values.length / 2)], min: values[0], max: values[values.length - 1] }
  }
  return Object.fromEntries(
    Object.entries(samples).map(([name, list]) => [
      name,
      { wall: stat(list, 'wall'), cpu: stat(list, 'cpu'), rssMb: stat(list, 'rssMb'), status: list[0].status }
    ])
  )
}
