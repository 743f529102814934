import { jest } from '@jest/globals'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fault } from './helpers.js'

// The action reads its inputs and the event from the environment, as on a runner.
const dir = mkdtempSync(path.join(os.tmpdir(), 'mcpcop-action-'))
const marker = path.join(dir, 'started.json')
writeFileSync(
  path.join(dir, '.mcp.json'),
  JSON.stringify({ mcpServers: { tiny: { command: 'node', args: [fault('tiny-server.mjs'), '--env-dump', marker] } } })
)
const event = path.join(dir, 'event.json')
writeFileSync(
  event,
  JSON.stringify({
    repository: { id: 1, full_name: 'owner/repo' },
    pull_request: { head: { repo: { id: 2, full_name: 'stranger/repo' } } }
  })
)
const saved = { ...process.env }
Object.assign(process.env, {
  GITHUB_EVENT_NAME: 'pull_request_target',
  GITHUB_EVENT_PATH: event,
  GITHUB_WORKSPACE: dir,
  'INPUT_DRY-RUN': 'true',
  'INPUT_FAIL-ON': 'error',
  GITHUB_TOKEN: 'ghp_0123456789abcdefghijklmnopqrstuvwxyzAB'
})
delete process.env.GITHUB_OUTPUT

afterAll(() => {
  for (const key of Object.keys(process.env)) if (!(key in saved)) delete process.env[key]
  Object.assign(process.env, saved)
  process.exitCode = undefined
  rmSync(dir, { recursive: true, force: true })
})

async function runAction(): Promise<string> {
  const { run } = await import('../../src/action/main.js')
  let out = ''
  const write = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    out += chunk.toString()
    return true
  })
  try {
    await run()
  } finally {
    write.mockRestore()
  }
  return out
}

describe('the action with dry-run: true', () => {
  test('under pull_request_target for a fork: refuses, says why, fails the step and starts nothing', async () => {
    const out = await runAction()
    expect(out).toContain(
      '::error::refusing to dry-run: this "pull_request_target" run has this repository\'s token and secrets, and the MCP configs come from the fork "stranger/repo"'
    )
    expect(process.exitCode).toBe(1)
    expect(existsSync(marker)).toBe(false)
  })

  test('with allow-untrusted-dry-run: true it runs, still without the runner token', async () => {
    process.exitCode = undefined
    process.env['INPUT_ALLOW-UNTRUSTED-DRY-RUN'] = 'true'
    const out = await runAction()
    expect(out).not.toContain('refusing to dry-run')
    expect(existsSync(marker)).toBe(true)
    expect(readFileSync(marker, 'utf8')).not.toContain('ghp_0123456789')
    expect(process.exitCode).toBeUndefined()
  })
})
