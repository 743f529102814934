#!/usr/bin/env node
import { streamWriter } from './cli/output.js'
import { runCli } from './cli/run.js'

// A closed standard output (`mcpcop . | head -1`) ends the output quietly; another write error is told and exits 2.
const failed = (error: NodeJS.ErrnoException) => {
  process.exitCode = 2
  process.stderr.write(`mcpcop: cannot write the output: ${error.code ?? error.message}\n`)
}

// The CLI entry: everything is in runCli, so tests call it without a process.
const code = await runCli(process.argv.slice(2), {
  cwd: process.cwd(),
  stdout: streamWriter(process.stdout, failed),
  stderr: streamWriter(process.stderr, () => (process.exitCode = 2)),
  isTTY: Boolean(process.stdout.isTTY),
  env: process.env,
  readStdin: async () => {
    const chunks: Buffer[] = []
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer)
    return Buffer.concat(chunks).toString('utf8')
  }
})
process.exitCode = Math.max(code, Number(process.exitCode ?? 0))
