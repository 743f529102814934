#!/usr/bin/env node
import { runCli } from './cli/run.js'

// The CLI entry: everything is in runCli, so tests call it without a process.
process.exitCode = await runCli(process.argv.slice(2), {
  cwd: process.cwd(),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  isTTY: Boolean(process.stdout.isTTY),
  env: process.env
})
