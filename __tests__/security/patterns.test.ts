/**
 * Every regular expression written in the source, checked for backtracking that grows faster than its input
 * (ReDoS) by recheck's automaton checker, which decides it from the expression alone (no timing, no sample).
 * Most expressions run on text from a pull request; one that takes quadratic time on a crafted value stalls
 * the whole run (a 100 KB argument `-ccc…c!` took 18 s, a megabyte many minutes). Each expression the checker
 * finds vulnerable either is rewritten or is listed below with the bound on the text it ever sees.
 *
 * Expressions built from parts as the modules load are checked too. What this does not see: an expression
 * built later from a value (dangerous-env-override's variable name, escaped to letters, digits and `_`), and
 * verdicts the checker gives up on (`unknown`: large bounded repeats such as `{1,4000}`, lookbehinds).
 * docs/security.md (section 3) says how those were checked.
 */
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { createRequire } from 'node:module'
import ts from 'typescript'
import { ROOT } from '../dryrun/helpers.js'

/** recheck's own module: its package entry leaves out the handle on the checker's process, ended after the tests. */
const recheck = createRequire(import.meta.url)('recheck/lib/main.js') as typeof import('recheck') & {
  __mock__: { agent?: { kill(): void } | null }
}

/** Vulnerable by the checker, and harmless because of what they run on: `/source/flags` → why. */
const BOUNDED: Record<string, string> = {
  '/([A-Z]+)([A-Z][a-z])/g': 'secret-rules/generic.ts: the words of a name of at most 100 characters',
  '/^\\s*(\\d+)\\s+(\\d+)\\s+(\\d+)\\s+(\\S+)\\s+(.*)$/':
    "dryrun/proctree.ts: a line of ps's own output (three numbers, a state and a date)",
  '/spawn (?<command>[^\\n]+?) EINVAL/i': 'why/catalogue.ts: a log line, cut to 2,000 characters (why/explain.ts)',
  '/spawn (?<command>[^\\n]+?) ENOENT/i': 'why/catalogue.ts: a log line, cut to 2,000 characters',
  '/spawn (?<command>[^\\n]+?) EACCES/i': 'why/catalogue.ts: a log line, cut to 2,000 characters'
}

interface Pattern {
  source: string
  flags: string
  where: string
}

/** The regular expression literals of a TypeScript file, and `new RegExp('…', '…')` with literal arguments. */
function patternsOf(file: string): Pattern[] {
  const text = readFileSync(file, 'utf8')
  const sourceFile = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true)
  const out: Pattern[] = []
  const where = (node: ts.Node): string =>
    `${path.relative(ROOT, file)}:${sourceFile.getLineAndCharacterOfPosition(node.getStart()).line + 1}`
  const visit = (node: ts.Node): void => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const literal = (node as ts.RegularExpressionLiteral).text
      const end = literal.lastIndexOf('/')
      out.push({ source: literal.slice(1, end), flags: literal.slice(end + 1), where: where(node) })
    } else if (
      ts.isNewExpression(node) &&
      node.expression.getText() === 'RegExp' &&
      node.arguments?.[0] !== undefined &&
      ts.isStringLiteral(node.arguments[0]) &&
      (node.arguments[1] === undefined || ts.isStringLiteral(node.arguments[1]))
    ) {
      const flags = node.arguments[1] as ts.StringLiteral | undefined
      out.push({ source: node.arguments[0].text, flags: flags?.text ?? '', where: where(node) })
    }
    ts.forEachChild(node, visit)
  }
  visit(sourceFile)
  return out
}

function typeScriptFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name)
    return entry.isDirectory() ? typeScriptFiles(full) : entry.name.endsWith('.ts') ? [full] : []
  })
}

const key = (p: { source: string; flags: string }): string => `/${p.source}/${p.flags}`

/**
 * The automaton checker is exact where it answers. A check that runs out of time answers `unknown`, never
 * `vulnerable`: a loaded machine can only miss a finding, not invent one (1 s finds every pattern this test was
 * written for; 250 ms missed two). `timeout: null` waits for the answer.
 */
async function verdict(pattern: { source: string; flags: string }, timeout: number | null = 1_000): Promise<string> {
  const result = await recheck.check(pattern.source, pattern.flags, { checker: 'automaton', timeout })
  return result.status
}

/**
 * The expressions the modules build as they load (`new RegExp(\`…${part}…\`)`: the secret formats, the poisoning
 * signs, the placeholder shapes), caught by loading every module of `src` with `RegExp` wrapped. The two entry
 * points, which run when loaded, are left out; what they build is built by the modules they load.
 */
async function builtAtLoad(): Promise<Pattern[]> {
  const out: Pattern[] = []
  const original = globalThis.RegExp
  globalThis.RegExp = new Proxy(original, {
    construct(target, args: [string | RegExp, string?]) {
      const made = new target(...args)
      // Where it was built: the first frame in src (`src/secret-rules/vendors.ts:36`).
      const place = new Error().stack
        ?.split('\n')
        .map((line) => /[\\/](src[\\/][^:()]+\.ts:\d+)/.exec(line)?.[1])
        .find((found) => found !== undefined)
      if (place !== undefined) out.push({ source: made.source, flags: made.flags, where: `${place} (built)` })
      return made
    }
  })
  try {
    const entries = new Set([path.join(ROOT, 'src', 'cli.ts'), path.join(ROOT, 'src', 'index.ts')])
    for (const file of typeScriptFiles(path.join(ROOT, 'src')))
      if (!entries.has(file) && !file.includes(`${path.sep}compiled${path.sep}`)) await import(file)
  } finally {
    globalThis.RegExp = original
  }
  return out
}

afterAll(() => {
  // The checker runs in a process of its own, started on the first check.
  recheck.__mock__.agent?.kill()
})

describe('regular expressions in the source', () => {
  const written = typeScriptFiles(path.join(ROOT, 'src')).flatMap(patternsOf)
  const writtenKeys = new Set(written.map(key))
  let unique: Pattern[] = []
  beforeAll(async () => {
    const built = await builtAtLoad()
    unique = [...new Map([...written, ...built].map((p) => [key(p), p])).values()]
  }, 120_000)

  it('finds the expressions, and the checker finds a quadratic one', async () => {
    expect(writtenKeys.size).toBeGreaterThan(400)
    // And those built as the modules load: the secret formats among them.
    expect(unique.length).toBeGreaterThan(writtenKeys.size + 100)
    expect(unique.some((p) => p.where.startsWith('src/secret-rules/vendors.ts') && p.where.endsWith('(built)'))).toBe(
      true
    )
    // The shell flag cluster pattern rewritten for this reason: two runs of letters around one.
    // Without a time limit: a loaded machine must not turn this check's answer into `unknown`.
    expect(await verdict({ source: '^-[a-zA-Z]*c[a-zA-Z]*$', flags: '' }, null)).toBe('vulnerable')
    expect(await verdict({ source: '^-[a-zA-Z]+$', flags: '' }, null)).toBe('safe')
  }, 60_000)

  it('none backtracks in more than linear time, but those listed with the bound of what they run on', async () => {
    const vulnerable: string[] = []
    // Two checks at a time: the checker's process answers them in parallel.
    for (let i = 0; i < unique.length; i += 2) {
      const pair = unique.slice(i, i + 2)
      const verdicts = await Promise.all(pair.map((pattern) => verdict(pattern)))
      pair.forEach((pattern, j) => {
        if (verdicts[j] === 'vulnerable' && !(key(pattern) in BOUNDED))
          vulnerable.push(`${pattern.where} ${key(pattern)}`)
      })
    }
    expect(vulnerable).toEqual([])
    // A listed expression that is gone from the source is taken off the list.
    expect(Object.keys(BOUNDED).filter((listed) => !unique.some((p) => key(p) === listed))).toEqual([])
  }, 300_000)
})
