import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { runCli } from '../../src/cli/run.js'
import { readCapped } from '../../src/cli/stdin.js'

export interface Run {
  code: number
  stdout: string
  stderr: string
}

/** Runs the CLI in-process with the given folder and environment (nothing of the real machine). */
export async function cli(args: string[], cwd: string, env: NodeJS.ProcessEnv = {}, stdin?: string): Promise<Run> {
  let stdout = ''
  let stderr = ''
  const code = await runCli(args, {
    cwd,
    isTTY: false,
    env,
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    ...(stdin === undefined
      ? {}
      : { readStdin: async (maxBytes: number) => readCapped([Buffer.from(stdin)], maxBytes) })
  })
  return { code, stdout, stderr }
}

/** A fresh folder holding the given files (paths relative to it, `/` separated). */
export function folder(files: Record<string, string>, prefix = 'mcpcop-doctor-'): string {
  const root = mkdtempSync(path.join(tmpdir(), prefix))
  write(root, files)
  return root
}

export function write(root: string, files: Record<string, string>): void {
  for (const [relative, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, relative)), { recursive: true })
    writeFileSync(path.join(root, relative), content)
  }
}
