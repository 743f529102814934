import { valuesToMask } from '../../src/action/secrets.js'
import type { Server } from '../../src/types.js'

function server(over: Partial<Server>): Server {
  return {
    name: 's',
    host: 'claude-code',
    file: '.mcp.json',
    pointer: ['mcpServers', 's'],
    transport: 'stdio',
    fields: {},
    ...over
  }
}

describe('valuesToMask', () => {
  it('takes the found credentials and every env and header value, with the credential part of a scheme', () => {
    const values = valuesToMask(
      ['ghp_found'],
      [
        server({ env: { API_KEY: 'k-123456789', DEBUG: '1', HOME_DIR: '${HOME}' } }),
        server({ transport: 'http', headers: { Authorization: 'Bearer abcdef123456', 'X-Team': 'platform-team' } })
      ]
    )
    expect([...values].sort()).toEqual([
      'Bearer abcdef123456',
      'abcdef123456',
      'ghp_found',
      'k-123456789',
      'platform-team'
    ])
  })

  it('leaves out short values and placeholders, which would hide the log and protect nothing', () => {
    expect([
      ...valuesToMask([], [server({ env: { A: 'true', B: '12345', C: '<YOUR_TOKEN>', D: '${env:TOKEN}', E: 'xxx' } })])
    ]).toEqual([])
  })

  it('registers each line of a multi-line value, as the runner masks line by line', () => {
    const pem = '-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC\n-----END PRIVATE KEY-----'
    expect([...valuesToMask([], [server({ env: { KEY: pem } })])]).toEqual([
      pem,
      '-----BEGIN PRIVATE KEY-----',
      'MIIEvQIBADANBgkqhkiG9w0BAQEFAASC',
      '-----END PRIVATE KEY-----'
    ])
  })
})
