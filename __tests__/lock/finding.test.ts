import { canonicalJson, sha256 } from '../../src/lock/canonical.js'
import { lockFinding, lockFromBytes } from '../../src/lock/index.js'

describe('lockFinding', () => {
  it('names the item and the changed fields in one sentence, with the word diff and what to do in help', () => {
    const finding = lockFinding(
      {
        kind: 'changed',
        file: '.mcp.json',
        server: 'calc',
        item: { kind: 'tools', key: 'add' },
        fields: [
          { kind: 'changed', path: 'description', before: 'Adds two numbers.', after: 'Adds two numbers quickly.' }
        ]
      },
      'mcp-servers.lock.json'
    )
    expect(finding).toEqual({
      messageId: 'changed',
      data: {
        server: 'calc',
        lock: 'mcp-servers.lock.json',
        what: 'tool "add" of server "calc"',
        fields: 'description'
      },
      message: 'tool "add" of server "calc" changed since mcp-servers.lock.json was written (description)',
      help: 'description: "Adds two numbers {+quickly+}.". Review it, then run mcpcop --update-lock and commit mcp-servers.lock.json.'
    })
  })

  it('says which locked server a file no longer defines', () => {
    expect(
      lockFinding({ kind: 'stale-server', file: '.mcp.json', server: 'old' }, 'mcp-servers.lock.json')
    ).toMatchObject({
      messageId: 'stale-server',
      data: { server: 'old', lock: 'mcp-servers.lock.json', file: '.mcp.json' },
      message: 'mcp-servers.lock.json locks server "old" of .mcp.json, which that file no longer defines',
      help: 'Run mcpcop --update-lock to drop it.'
    })
  })
})

describe('lock-invalid', () => {
  const encode = (text: string): Uint8Array => new TextEncoder().encode(text)
  const definition = { name: 'add', description: 'Adds two numbers.' }
  const lockText = (sha: string): string =>
    JSON.stringify(
      {
        lockfileVersion: 1,
        servers: {
          '.mcp.json': {
            calc: { tools: { add: { sha256: sha, definition } }, prompts: {}, resources: {}, resourceTemplates: {} }
          }
        }
      },
      null,
      2
    )

  it('reads a lock whose hashes match its definitions', () => {
    const loaded = lockFromBytes(encode(lockText(sha256(canonicalJson(definition)))), 'mcp-servers.lock.json')
    expect(loaded.diagnostics).toEqual([])
    expect(loaded.lock).toBeDefined()
  })

  it('names the item whose hash does not match, and says in help that the lock was edited by hand', () => {
    const { diagnostics, lock } = lockFromBytes(encode(lockText('0'.repeat(64))), 'mcp-servers.lock.json')
    expect(lock).toBeUndefined()
    expect(diagnostics).toMatchObject([
      {
        ruleId: 'lock-invalid',
        severity: 'error',
        line: 8,
        message: 'the sha256 of tool "add" of server "calc" (.mcp.json) does not match its definition',
        messageId: 'hashMismatch',
        data: { what: 'tool "add"', server: 'calc', config: '.mcp.json' }
      }
    ])
    expect(diagnostics[0].help).toBe(
      'The lock was edited by hand, so it cannot be trusted; run mcpcop --update-lock to write it again.'
    )
  })

  it('refuses a lock of a newer format, and one that is not text', () => {
    const newer = lockFromBytes(encode('{ "lockfileVersion": 7, "servers": {} }'), 'l.json')
    expect(newer.diagnostics).toMatchObject([
      {
        message: 'the lock has format 7, newer than the 1 this mcpcop reads',
        messageId: 'newerFormat',
        data: { version: 7, supported: 1 }
      }
    ])
    expect(newer.diagnostics[0].help).toContain('update mcpcop')
    const binary = lockFromBytes(new Uint8Array([123, 0, 125]), 'l.json')
    expect(binary.diagnostics).toMatchObject([
      { line: 1, message: 'the lock is not UTF-8 text', messageId: 'notText', data: {} }
    ])
  })
})
