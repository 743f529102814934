import { lockFinding } from '../../src/lock/index.js'

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
