import { Readable } from 'node:stream'
import { readCapped } from '../../src/cli/stdin.js'

describe('readCapped', () => {
  it('stops at the cap on a stream that never ends, and closes it', async () => {
    let chunks = 0
    const endless = new Readable({
      read() {
        chunks++
        this.push(Buffer.alloc(1000, 0x79))
      }
    })
    const { bytes, over } = await readCapped(endless, 10_500)
    expect([bytes.length, over, endless.destroyed]).toEqual([10_500, true, true])
    expect(chunks).toBeLessThan(100)
  })

  it('reads a shorter stream whole, strings and buffers alike, and one of exactly the cap is not over', async () => {
    expect(await readCapped(['ab', Buffer.from('cd')], 10)).toEqual({ bytes: Buffer.from('abcd'), over: false })
    expect(await readCapped([Buffer.from('abcd')], 4)).toEqual({ bytes: Buffer.from('abcd'), over: false })
    expect(await readCapped([Buffer.from('abcd'), Buffer.from('e')], 4)).toEqual({
      bytes: Buffer.from('abcd'),
      over: true
    })
  })
})
