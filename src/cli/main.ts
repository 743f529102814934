import { compileLazilyAgain } from './compile-cache.js'
import { lintedInputs, quickAnswer } from './help.js'
import { streamWriter } from './output.js'
import { startListings } from '../git/listing.js'

/**
 * The CLI as a process runs it (src/cli.ts loads this module once the compile cache is on): `--version` and
 * `--help` answered before the linter is loaded (it is most of the start-up), git started on the folders a lint
 * names, then runCli.
 */
export async function main(argv: string[]): Promise<void> {
  // A closed standard output (`mcpcop . | head -1`) ends the output quietly; another write error is told and exits 2.
  const failed = (error: NodeJS.ErrnoException) => {
    process.exitCode = 2
    process.stderr.write(`mcpcop: cannot write the output: ${error.code ?? error.message}\n`)
  }
  const stdout = streamWriter(process.stdout, failed)
  const quick = quickAnswer(argv)
  if (quick !== undefined) return stdout(quick)
  // git lists the folders to lint while the linter's code is read and compiled (discovery takes the listings).
  const inputs = lintedInputs(argv)
  if (inputs !== undefined) startListings(inputs, process.cwd())
  // Only a lint's code is compiled whole (see keepCompiledCode): another command's is compiled as it runs.
  else compileLazilyAgain()
  // The CLI entry: everything is in runCli, so tests call it without a process.
  const { runCli } = await import('./run.js')
  const code = await runCli(argv, {
    cwd: process.cwd(),
    stdout,
    stderr: streamWriter(process.stderr, () => (process.exitCode = 2)),
    isTTY: Boolean(process.stdout.isTTY),
    env: process.env,
    readStdin: async (maxBytes) => (await import('./stdin.js')).readCapped(process.stdin, maxBytes)
  })
  process.exitCode = Math.max(code, Number(process.exitCode ?? 0))
}
