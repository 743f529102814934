#!/usr/bin/env node
import { lintedInputs, quickAnswer } from './cli/help.js'
import { keepCompiledCode } from './cli/compile-cache.js'
import { streamWriter } from './cli/output.js'
import { startListings } from './git/listing.js'

// A closed standard output (`mcpcop . | head -1`) ends the output quietly; another write error is told and exits 2.
const failed = (error: NodeJS.ErrnoException) => {
  process.exitCode = 2
  process.stderr.write(`mcpcop: cannot write the output: ${error.code ?? error.message}\n`)
}
const stdout = streamWriter(process.stdout, failed)
const argv = process.argv.slice(2)

// `--version` and `--help` are answered before the linter is loaded (it is most of the start-up).
const quick = quickAnswer(argv)
if (quick !== undefined) stdout(quick)
else {
  // git lists the folders to lint while the linter's code is read and compiled (discovery takes the listings).
  const inputs = lintedInputs(argv)
  if (inputs !== undefined) startListings(inputs, process.cwd())
  // Before the linter's chunks load, so that the next run on this machine need not compile them again.
  keepCompiledCode({ env: process.env, compileWhole: inputs !== undefined })
  // The CLI entry: everything is in runCli, so tests call it without a process.
  const { runCli } = await import('./cli/run.js')
  const code = await runCli(argv, {
    cwd: process.cwd(),
    stdout,
    stderr: streamWriter(process.stderr, () => (process.exitCode = 2)),
    isTTY: Boolean(process.stdout.isTTY),
    env: process.env,
    readStdin: async (maxBytes) => (await import('./cli/stdin.js')).readCapped(process.stdin, maxBytes)
  })
  process.exitCode = Math.max(code, Number(process.exitCode ?? 0))
}
