import { readFileSync } from 'node:fs'
import { HOSTS } from '../src/hosts/index.js'

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8')

describe('README', () => {
  it('lists every host adapter in its hosts table, and no other', () => {
    const section = readme.slice(readme.indexOf('<!-- hosts:start -->'), readme.indexOf('<!-- hosts:end -->'))
    const listed = [...section.matchAll(/^\| `([a-z-]+)` \|/gm)].map((m) => m[1])
    expect(listed).toEqual(HOSTS.map((h) => h.id))
  })

  it('gives the two set-up commands: run on the examples, and run the tests', () => {
    expect(readme).toContain('npm ci && node dist/cli/index.js examples')
    expect(readme).toMatch(/^npm test\b/m)
  })
})
