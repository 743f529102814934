import { redactor } from '../../src/dryrun/redact.js'
import { TailBuffer } from '../../src/dryrun/tail.js'

describe('TailBuffer', () => {
  test('keeps the last bytes within the limit and counts them all', () => {
    const tail = new TailBuffer(10)
    tail.push(Buffer.from('0123456789'))
    tail.push(Buffer.from('abc'))
    expect(tail.text()).toBe('3456789abc')
    expect(tail.total).toBe(13)
    expect(tail.truncated).toBe(true)
  })

  test('a chunk larger than the limit keeps its end', () => {
    const tail = new TailBuffer(4)
    tail.push(Buffer.from('abcdefgh'))
    expect(tail.text()).toBe('efgh')
  })

  test('lastLines drops blank lines and the first line cut by truncation', () => {
    const tail = new TailBuffer(20)
    tail.push(Buffer.from('a long first line\nsecond\n\nthird\r\n'))
    expect(tail.lastLines(5)).toEqual(['second', 'third'])
    expect(tail.lastLines(1)).toEqual(['third'])
  })

  test('a kept line cut at its start is marked, so a secret whose start was cut off is still masked', () => {
    const token = 'ghp_0123456789abcdefghijklmnopqrstuvwxyzAB'
    const tail = new TailBuffer(30)
    tail.push(Buffer.from(`Authorization: Bearer ${token} rejected\n`))
    expect(tail.lastLines(5)).toEqual(['…ijklmnopqrstuvwxyzAB rejected'])
    expect(redactor([token])(tail.lastLines(5).join('\n'))).toBe('…yzAB rejected')
  })
})
