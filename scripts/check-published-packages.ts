// Re-checks the unpublished-package rule's list (src/rules/support/published-packages.ts) against the npm registry:
// every name listed as published must still have a package document, every name listed as not published (the
// Python-only reference servers' npm names, the other scopes' names) must still have none, and the makers' own
// packages the rule suggests must exist. Where the registry's search answers, it also lists the names under the
// closed scope that the list lacks. Prints what changed and exits 1 when anything did.
// Usage: npx tsx scripts/check-published-packages.ts [--registry URL] [--write]
//        --write sets CHECKED_ON (and the date in the rule's doc) to today when nothing changed.
import { readFileSync, writeFileSync } from 'node:fs'
import {
  CLOSED_SCOPE,
  PUBLISHED,
  PUBLISHED_ELSEWHERE,
  PYTHON_ONLY,
  UNPUBLISHED
} from '../src/rules/support/published-packages.js'

const option = (name: string): string | undefined =>
  process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined
const registry = (option('--registry') ?? 'https://registry.npmjs.org').replace(/\/+$/, '')
const LIST = new URL('../src/rules/support/published-packages.ts', import.meta.url)
const DOC = new URL('../docs/rules/unpublished-package.md', import.meta.url)

/** Whether the registry has a package document for `name` (a scoped name's "/" is escaped, as npm does). */
async function isPublished(name: string): Promise<boolean> {
  const response = await fetch(`${registry}/${name.replace('/', '%2f')}`, {
    headers: { accept: 'application/vnd.npm.install-v1+json' }
  })
  if (response.status === 404) return false
  if (!response.ok) throw new Error(`${name}: the registry answered ${response.status}`)
  // An unpublished package keeps a document without versions.
  const doc = (await response.json()) as { versions?: Record<string, unknown> }
  return Object.keys(doc.versions ?? {}).length > 0
}

/** The names the registry's search finds under the closed scope, or undefined where it does not answer. */
async function searchScope(): Promise<string[] | undefined> {
  const scope = CLOSED_SCOPE.slice(1, -1)
  try {
    const response = await fetch(`${registry}/-/v1/search?text=scope:${scope}&size=250`)
    if (!response.ok) return undefined
    const body = (await response.json()) as { objects?: { package?: { name?: string } }[] }
    return (body.objects ?? []).map((o) => o.package?.name ?? '').filter((n) => n.startsWith(CLOSED_SCOPE))
  } catch {
    return undefined
  }
}

const expectations: [name: string, published: boolean][] = [
  ...PUBLISHED.map((name): [string, boolean] => [name, true]),
  ...Object.keys(PYTHON_ONLY).map((short): [string, boolean] => [`${CLOSED_SCOPE}server-${short}`, false]),
  ...Object.values(PUBLISHED_ELSEWHERE).map((name): [string, boolean] => [name, true]),
  ...UNPUBLISHED.map((name): [string, boolean] => [name, false])
]

const changed: string[] = []
// A few at a time: the registry is shared.
for (let i = 0; i < expectations.length; i += 4) {
  const batch = expectations.slice(i, i + 4)
  const found = await Promise.all(batch.map(([name]) => isPublished(name)))
  batch.forEach(([name, expected], j) => {
    if (found[j] !== expected)
      changed.push(`${name}: listed as ${expected ? '' : 'not '}published, now ${found[j] ? '' : 'not '}published`)
  })
}
const searched = await searchScope()
if (searched === undefined)
  console.log(`The registry's search did not answer: new names under ${CLOSED_SCOPE} are not looked for.`)
else for (const name of searched) if (!PUBLISHED.includes(name)) changed.push(`${name}: published, not listed`)

console.log(`${expectations.length} names looked up in ${registry}.`)
if (changed.length > 0) {
  console.log(`Changed since the list was made:\n${changed.map((line) => `- ${line}`).join('\n')}`)
  process.exitCode = 1
} else if (process.argv.includes('--write')) {
  const today = new Date().toISOString().slice(0, 10)
  const list = readFileSync(LIST, 'utf8').replace(/CHECKED_ON = '\d{4}-\d{2}-\d{2}'/, `CHECKED_ON = '${today}'`)
  writeFileSync(LIST, list)
  const doc = readFileSync(DOC, 'utf8').replace(/checked on \*\*\d{4}-\d{2}-\d{2}\*\*/, `checked on **${today}**`)
  writeFileSync(DOC, doc)
  console.log(`Nothing changed; CHECKED_ON set to ${today}.`)
} else console.log('Nothing changed.')
