import { DocumentStrings } from '../../src/rules/support/document.js'
import { documentOf } from '../helpers/counting-document.js'
import { vscodeInputs } from '../../src/rules/support/vscode-inputs.js'
import type { HostProfile } from '../../src/hosts/profile.js'

/** Where VS Code declares its servers and inputs. */
const PROFILE = { servers: { at: ['servers'], inputs: ['inputs'] } } as unknown as HostProfile

describe("a VS Code file's inputs", () => {
  it('asks for no position when one string uses an input (a position costs a read of the text)', () => {
    const { doc, asked } = documentOf({
      servers: { api: { type: 'http', url: 'https://${input:host}/mcp' } },
      inputs: [{ type: 'promptString', id: 'host' }]
    })
    const inputs = vscodeInputs({ doc: doc as never, profile: PROFILE, strings: new DocumentStrings(doc) })
    expect(inputs?.used).toEqual([{ path: ['servers', 'api', 'url'], id: 'host', text: '${input:host}' }])
    expect([...(inputs?.declared ?? [])]).toEqual([['host', ['inputs', 0, 'id']]])
    expect(asked).toEqual([])
  })

  it('lists several uses in the order they are written, whatever order the walk met them in', () => {
    const { doc } = documentOf(
      { servers: { a: { url: '${input:one}' }, b: { url: '${input:two}' } } },
      { 'servers/a/url': 20, 'servers/b/url': 10 }
    )
    const inputs = vscodeInputs({ doc: doc as never, profile: PROFILE, strings: new DocumentStrings(doc) })
    expect(inputs?.used.map((use) => use.id)).toEqual(['two', 'one'])
  })
})
