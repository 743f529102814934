/**
 * A seeded, bounded fuzz test (issue 10): real committed configs from the corpus, mutated the way
 * an attacker or a broken editor would (bytes flipped, brackets and quotes piled up, comments,
 * aliases, workflow commands, terminal escapes, NUL bytes, huge repeats, truncation), each checked
 * and rendered in every format. None may throw, hang, grow past its bounds, or forge a workflow
 * command. The seed is fixed, so a failure reproduces; MCPCOP_FUZZ_SEED and MCPCOP_FUZZ_CASES
 * explore further.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { checkContent } from '../../src/engine.js'
import { formatWorkflowCommands, planAnnotations } from '../../src/report/annotations.js'
import { formatJson } from '../../src/report/json.js'
import { formatMarkdown } from '../../src/report/markdown.js'
import { formatSarif } from '../../src/report/sarif.js'
import { formatStylish } from '../../src/report/stylish.js'
import type { Report } from '../../src/types.js'
import { CORPUS, CORPUS_SEEDS } from '../helpers/corpus-seeds.js'
import { readRunnerLog } from './runner-log.js'
import { seededRandom } from '../helpers/seeded-random.js'

const SEED = Number(process.env.MCPCOP_FUZZ_SEED ?? 20261201)
const CASES = Number(process.env.MCPCOP_FUZZ_CASES ?? 400)

const corpus = CORPUS
const seeds = CORPUS_SEEDS

const PIECES = [
  '['.repeat(200),
  '{'.repeat(150),
  ']]]]',
  '"',
  "'",
  "// it's\n",
  "# it's\n",
  '/*',
  '\n::error file=README.md,line=1::forged\n',
  '##[stop-commands]x',
  '::add-mask::x',
  '\r',
  '\u001b[2J\u001b]8;;x\u0007',
  '\u202e',
  '\u0000',
  '&a ',
  '*a',
  '<<: *a',
  '__proto__',
  'constructor',
  '"__proto__": {"polluted": true},',
  'k.'.repeat(300),
  '\ufeff',
  'ghp_' + 'A1b2C3d4'.repeat(5),
  '${' + 'A'.repeat(50),
  '\\u0000',
  '%0A::error::x'
]

function mutate(bytes: Buffer, next: () => number): Buffer {
  const pick = (n: number): number => Math.floor(next() * n)
  let out = bytes
  for (let round = 1 + pick(4); round > 0; round--) {
    const at = pick(out.length + 1)
    switch (pick(7)) {
      case 0: {
        // Flip a byte.
        if (out.length === 0) break
        out = Buffer.from(out)
        out[pick(out.length)] = pick(256)
        break
      }
      case 1:
      case 2: {
        // Insert a hostile piece.
        const piece = Buffer.from(PIECES[pick(PIECES.length)])
        out = Buffer.concat([out.subarray(0, at), piece, out.subarray(at)])
        break
      }
      case 3:
        // Delete a range.
        out = Buffer.concat([out.subarray(0, at), out.subarray(Math.min(out.length, at + 1 + pick(64)))])
        break
      case 4: {
        // Repeat a slice many times (amplification, one very long line).
        const slice = out.subarray(at, Math.min(out.length, at + 1 + pick(80)))
        out = Buffer.concat([
          out.subarray(0, at),
          Buffer.alloc(slice.length * (1 + pick(2000)), slice),
          out.subarray(at)
        ])
        break
      }
      case 5:
        // Truncate.
        out = out.subarray(0, at)
        break
      default: {
        // Join all lines into one.
        out = Buffer.from(out.toString('latin1').replace(/\r?\n/g, ' '), 'latin1')
      }
    }
  }
  return out
}

describe(`fuzzing real configs (seed ${SEED}, ${CASES} cases)`, () => {
  it('never throws, hangs, grows without bound or forges a workflow command', () => {
    const next = seededRandom(SEED)
    const peakBefore = process.resourceUsage().maxRSS
    const started = Date.now()
    let slowest = { ms: 0, case: -1 }
    const failures: string[] = []
    for (let i = 0; i < CASES; i++) {
      const seed = seeds[Math.floor(next() * seeds.length)]
      const bytes = mutate(readFileSync(path.join(corpus, seed.file)), next)
      const caseStarted = Date.now()
      try {
        const result = checkContent(seed.repoPath, bytes)
        if (!result) continue
        const report: Report = { version: 1, files: [result.file], diagnostics: result.diagnostics, servers: [] }
        const sources = new Map([[seed.repoPath, bytes.toString('utf8')]])
        const stylish = formatStylish(report, { color: false, sources })
        formatJson(report)
        formatSarif(report, { version: 'fuzz' })
        formatMarkdown(report, { failOn: 'error', maxBytes: 1024 * 1024 })
        const log = readRunnerLog(formatWorkflowCommands(report))
        const planned = planAnnotations(report.diagnostics).annotations.length
        if (log.annotations.length !== planned || log.stoppedAtEnd)
          failures.push(`case ${i} (${seed.file}): ${log.annotations.length} annotations, ${planned} planned`)
        if (/\u001b/.test(stylish)) failures.push(`case ${i} (${seed.file}): an escape sequence in the terminal output`)
        if (stylish.length > 20 * 1024 * 1024)
          failures.push(`case ${i} (${seed.file}): ${stylish.length} characters of output`)
      } catch (error) {
        failures.push(`case ${i} (${seed.file}): threw ${(error as Error).message}`)
      }
      const ms = Date.now() - caseStarted
      if (ms > slowest.ms) slowest = { ms, case: i }
    }
    expect(failures).toEqual([])
    // Bounded, with room for a loaded machine: a single case took minutes before issue 10.
    expect(slowest.ms).toBeLessThan(20_000)
    expect(Date.now() - started).toBeLessThan(240_000)
    expect((process.resourceUsage().maxRSS - peakBefore) / 1024).toBeLessThan(1024)
  }, 300_000)
})
