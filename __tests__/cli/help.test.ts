import { lints, lintsWorkingFolder, quickAnswer } from '../../src/cli/help.js'
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

describe('lintsWorkingFolder (whether git may list the working folder before the linter loads)', () => {
  it('is true for a lint of the working folder, whatever the options', () => {
    for (const argv of [
      [],
      ['.'],
      ['--format', 'json'],
      ['-f', 'sarif', '.', '--fail-on', 'never'],
      ['--base', 'main']
    ])
      expect([argv, lintsWorkingFolder(argv)]).toEqual([argv, true])
  })

  it('is false for other paths, subcommands, commands that lint nothing, and command lines runCli refuses', () => {
    for (const argv of [
      ['src'],
      ['.', 'other'],
      ['doctor'],
      ['why', 'spawn npx ENOENT'],
      ['--list-rules'],
      ['--explain', 'missing-script'],
      ['--print-config'],
      ['--init'],
      ['--bogus'],
      ['--format']
    ])
      expect([argv, lintsWorkingFolder(argv)]).toEqual([argv, false])
  })
})

describe('lints (whether the command line lints, so that the CLI compiles what it loads whole)', () => {
  it('is true for a lint of any paths or of standard input', () => {
    for (const argv of [[], ['src', 'other'], ['-', '--host', 'cursor'], ['--dry-run', '.'], ['--write-baseline']])
      expect([argv, lints(argv)]).toEqual([argv, true])
  })

  it('is false for subcommands, commands that lint nothing, and command lines runCli refuses', () => {
    for (const argv of [['doctor'], ['why', 'x'], ['--list-hosts'], ['--version'], ['--init'], ['--bogus']])
      expect([argv, lints(argv)]).toEqual([argv, false])
  })
})
