import { readFileSync } from 'node:fs'
import { runCli } from '../src/cli/run.js'
import { HOSTS } from '../src/hosts/index.js'

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8')

/** The text of a `## title` section, up to the next `## ` heading. */
function section(title: string): string {
  const start = readme.indexOf(`\n## ${title}\n`)
  if (start < 0) throw new Error(`README.md has no "## ${title}" section`)
  const end = readme.indexOf('\n## ', start + 1)
  return readme.slice(start, end < 0 ? undefined : end)
}

describe('README', () => {
  it('lists every host adapter in its hosts table, and no other', () => {
    const hosts = readme.slice(readme.indexOf('<!-- hosts:start -->'), readme.indexOf('<!-- hosts:end -->'))
    const listed = [...hosts.matchAll(/^\| `([a-z-]+)` \|/gm)].map((m) => m[1])
    expect(listed).toEqual(HOSTS.map((h) => h.id))
  })

  it('starts with how to use it in your repository: the workflow and npx', () => {
    const headings = [...readme.matchAll(/^## (.+)$/gm)].map((m) => m[1])
    expect(headings.slice(0, 2)).toEqual(['Use it in your repository', 'Work on mcpcop'])
    const use = section('Use it in your repository')
    expect(use).toContain('      - uses: mcpcop/mcpcop@v1\n')
    expect(use).toMatch(/^npx mcpcop\b/m)
  })

  it('gives the two set-up commands: run on the examples without an install, and run the tests', () => {
    const commands = section('Work on mcpcop')
      .split('\n')
      .filter((line) => /^(node|npm) /.test(line))
      .map((line) => line.replace(/\s+#.*$/, ''))
    expect(commands).toEqual(['node dist/cli/index.js examples', 'npm ci && npm test'])
  })

  it('documents every option of the CLI', async () => {
    let help = ''
    await runCli(['--help'], { cwd: '.', isTTY: false, env: {}, stdout: (t) => (help += t), stderr: () => {} })
    const options = [...new Set(help.match(/--[a-z][a-z-]+/g))]
    expect(options).toContain('--color')
    const cli = section('CLI')
    for (const option of options)
      expect([option, cli.includes(`\`${option}`) || cli.includes(`, ${option}`)]).toEqual([option, true])
  })
})
