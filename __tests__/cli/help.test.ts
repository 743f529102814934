import { lintedInputs, quickAnswer } from '../../src/cli/help.js'
import { runCli } from '../../src/cli/run.js'

// src/cli.ts prints quickAnswer's text without loading the linter: it must be what runCli prints.
async function runCliOutput(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = ''
  let stderr = ''
  const code = await runCli(args, {
    cwd: process.cwd(),
    isTTY: false,
    env: {},
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t)
  })
  return { code, stdout, stderr }
}

describe('quickAnswer (--version and --help before the linter loads)', () => {
  it.each([['--version'], ['-v'], ['--help'], ['-h']])('answers %s alone exactly as runCli does', async (flag) => {
    const full = await runCliOutput([flag])
    expect(full).toEqual({ code: 0, stdout: expect.any(String), stderr: '' })
    expect(quickAnswer([flag])).toBe(full.stdout)
  })

  it.each([
    [[]],
    [['--version', '.']],
    [['-v', '--format', 'json']],
    [['--versions']],
    [['doctor', '--help']],
    [['.']]
  ])('leaves %j to runCli', (argv) => {
    expect(quickAnswer(argv)).toBeUndefined()
  })
})

describe('lintedInputs (the paths whose folders git may list before the linter loads)', () => {
  it('is the working folder for a lint that names no path, whatever the options', () => {
    for (const argv of [[], ['--format', 'json'], ['-f', 'sarif', '--fail-on', 'never'], ['--base', 'main']])
      expect([argv, lintedInputs(argv)]).toEqual([argv, ['.']])
  })

  it('is the paths a lint names, as written', () => {
    expect(lintedInputs(['.'])).toEqual(['.'])
    expect(lintedInputs(['src', '-f', 'json', 'other/.mcp.json'])).toEqual(['src', 'other/.mcp.json'])
    expect(lintedInputs(['--dry-run', 'configs/*.json'])).toEqual(['configs/*.json'])
  })

  it('is undefined for subcommands, commands that lint nothing, and command lines runCli refuses', () => {
    for (const argv of [
      ['doctor'],
      ['why', 'spawn npx ENOENT'],
      ['--list-rules'],
      ['--explain', 'missing-script'],
      ['--print-config'],
      ['--init'],
      ['--bogus'],
      ['--format']
    ])
      expect([argv, lintedInputs(argv)]).toEqual([argv, undefined])
  })
})

describe('lintedInputs, as whether the command line lints (the CLI then compiles what it loads whole)', () => {
  it('is true for a lint of any paths or of standard input', () => {
    for (const argv of [[], ['src', 'other'], ['-', '--host', 'cursor'], ['--dry-run', '.'], ['--write-baseline']])
      expect([argv, lintedInputs(argv) !== undefined]).toEqual([argv, true])
  })

  it('is false for subcommands, commands that lint nothing, and command lines runCli refuses', () => {
    for (const argv of [['doctor'], ['why', 'x'], ['--list-hosts'], ['--version'], ['--init'], ['--bogus']])
      expect([argv, lintedInputs(argv) !== undefined]).toEqual([argv, false])
  })
})
