/**
 * Runs the action's run() the way the runner does: inputs in INPUT_* variables, GITHUB_OUTPUT and
 * GITHUB_STEP_SUMMARY files, an event payload file and the GITHUB_* variables, and captures the
 * workflow commands it writes to stdout (no mock of @actions/core).
 */
import { jest } from '@jest/globals'
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

/** One workflow command (`::name prop=value,...::message`), unescaped. */
export interface WorkflowCommand {
  name: string
  properties: Record<string, string>
  message: string
}

/** Everything one run left behind. */
export interface ActionRun {
  /** Everything written to stdout. */
  stdout: string
  commands: WorkflowCommand[]
  /** The `::error`/`::warning`/`::notice` commands, in order. */
  annotations: WorkflowCommand[]
  /** Lines that are not workflow commands (core.info). */
  logLines: string[]
  outputs: Record<string, string>
  summary: string
  /** `process.exitCode` after the run: 1 when the step failed. */
  exitCode: number | undefined
  /** The temporary directory of the run (RUNNER_TEMP, output files). */
  runnerTemp: string
}

export interface RunOptions {
  workspace: string
  inputs?: Record<string, string>
  event?: { name: string; payload: Record<string, unknown> }
  /** The local REST server's URL (GITHUB_API_URL). */
  apiUrl?: string
  env?: Record<string, string>
}

/** A temporary repository holding the given files. */
export function workspace(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(tmpdir(), 'mcpcop-action-'))
  for (const [relative, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, relative)), { recursive: true })
    writeFileSync(path.join(root, relative), content)
  }
  return root
}

/** The payload of a `pull_request` event, from the base repository or from a fork. */
export function pullRequestEvent(
  number: number,
  options: { fork?: boolean; name?: string } = {}
): { name: string; payload: Record<string, unknown> } {
  const base = { id: 100, full_name: 'octo-org/octo-repo', name: 'octo-repo', owner: { login: 'octo-org' } }
  const head = options.fork
    ? { id: 200, full_name: 'mallory/octo-repo', name: 'octo-repo', owner: { login: 'mallory' } }
    : base
  return {
    name: options.name ?? 'pull_request',
    payload: {
      action: 'synchronize',
      number,
      pull_request: { number, head: { sha: 'a1b2c3', repo: head }, base: { sha: 'd4e5f6', repo: base } },
      repository: base
    }
  }
}

const ESCAPES: Record<string, string> = { '%25': '%', '%0D': '\r', '%0A': '\n', '%3A': ':', '%2C': ',' }
const unescape = (text: string): string => text.replace(/%25|%0D|%0A|%3A|%2C/g, (e) => ESCAPES[e])

/** Parses the workflow commands out of captured stdout. */
export function parseCommands(stdout: string): WorkflowCommand[] {
  const out: WorkflowCommand[] = []
  for (const line of stdout.split(/\r?\n/)) {
    const match = /^::([a-z-]+)(?: ([^:]*))?::(.*)$/.exec(line)
    if (!match) continue
    const properties: Record<string, string> = {}
    for (const pair of (match[2] ?? '').split(',').filter(Boolean)) {
      const eq = pair.indexOf('=')
      properties[pair.slice(0, eq)] = unescape(pair.slice(eq + 1))
    }
    out.push({ name: match[1], properties, message: unescape(match[3]) })
  }
  return out
}

/** Parses a GITHUB_OUTPUT file (`name<<delimiter` heredocs, as core.setOutput writes them). */
export function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {}
  for (const match of text.matchAll(/^(.+?)<<(ghadelimiter_[^\n]+)\n([\s\S]*?)\n\2$/gm)) out[match[1]] = match[3]
  return out
}

const GITHUB_VARIABLES = /^(GITHUB_|INPUT_|RUNNER_|ACTIONS_)/

/** Runs the action once in this process with a runner-like environment. */
export async function runAction(run: () => Promise<void>, options: RunOptions): Promise<ActionRun> {
  const saved = { ...process.env }
  const runnerTemp = mkdtempSync(path.join(tmpdir(), 'mcpcop-runner-'))
  const outputFile = path.join(runnerTemp, 'github_output')
  const summaryFile = path.join(runnerTemp, 'step_summary.md')
  writeFileSync(outputFile, '')
  writeFileSync(summaryFile, '')
  const eventFile = path.join(runnerTemp, 'event.json')
  const event = options.event ?? { name: 'push', payload: { ref: 'refs/heads/main' } }
  writeFileSync(eventFile, JSON.stringify(event.payload))
  for (const key of Object.keys(process.env)) if (GITHUB_VARIABLES.test(key)) delete process.env[key]
  Object.assign(process.env, {
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: options.workspace,
    GITHUB_EVENT_NAME: event.name,
    GITHUB_EVENT_PATH: eventFile,
    GITHUB_REPOSITORY: 'octo-org/octo-repo',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: options.apiUrl ?? 'http://127.0.0.1:9',
    GITHUB_RUN_ID: '4242',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_ACTION: 'mcpcop',
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    RUNNER_TEMP: runnerTemp,
    'INPUT_GITHUB-TOKEN': 'ghs_workflowtoken',
    ...Object.fromEntries(
      Object.entries(options.inputs ?? {}).map(([name, value]) => [`INPUT_${name.toUpperCase()}`, value])
    ),
    ...options.env
  })
  let stdout = ''
  const spy = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stdout += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8')
    return true
  })
  process.exitCode = undefined
  let exitCode: number | undefined
  try {
    await run()
  } finally {
    spy.mockRestore()
    exitCode = typeof process.exitCode === 'number' ? process.exitCode : undefined
    process.exitCode = undefined
    for (const key of Object.keys(process.env)) if (!(key in saved)) delete process.env[key]
    Object.assign(process.env, saved)
  }
  const commands = parseCommands(stdout)
  return {
    stdout,
    commands,
    annotations: commands.filter((c) => ['error', 'warning', 'notice'].includes(c.name)),
    logLines: stdout.split(/\r?\n/).filter((l) => l !== '' && !l.startsWith('::')),
    outputs: parseOutputs(readFileSync(outputFile, 'utf8')),
    summary: readFileSync(summaryFile, 'utf8'),
    exitCode,
    runnerTemp
  }
}
