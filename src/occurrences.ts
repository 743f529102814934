/**
 * Every occurrence of many strings in a text, in one pass over it (Aho–Corasick over UTF-16 code units, so
 * an occurrence is exactly what `text.indexOf(pattern)` would find). Masking asks this for every secret of a
 * run at once: searching for each secret in turn costs the number of secrets times the text, which a file
 * holding thousands of credentials turns into minutes.
 */
export class Occurrences {
  /** The trie's edges: `state * 65536 + code unit` → state. */
  private readonly edges = new Map<number, number>()
  /** Per state: the longest proper suffix that is also a state (the failure link). */
  private readonly fallback: Int32Array
  /** Per state: the pattern that ends exactly there (its index), or -1. */
  private readonly ending: Int32Array
  /** Per state: the nearest state down its failure links where a pattern ends, or -1. */
  private readonly nextEnding: Int32Array

  constructor(private readonly patterns: readonly string[]) {
    const ending: number[] = [-1]
    let states = 1
    patterns.forEach((pattern, index) => {
      let state = 0
      for (let i = 0; i < pattern.length; i++) {
        const key = state * 65536 + pattern.charCodeAt(i)
        let next = this.edges.get(key)
        if (next === undefined) {
          next = states++
          this.edges.set(key, next)
          ending.push(-1)
        }
        state = next
      }
      // A pattern given twice is found once, as the first.
      if (pattern.length > 0 && ending[state] === -1) ending[state] = index
    })
    this.ending = Int32Array.from(ending)
    this.fallback = new Int32Array(states)
    this.nextEnding = new Int32Array(states).fill(-1)
    // Breadth first: a state's failure link is set before its children's.
    const children = new Map<number, [number, number][]>()
    for (const [key, child] of this.edges) {
      const parent = Math.floor(key / 65536)
      const list = children.get(parent)
      if (list) list.push([key % 65536, child])
      else children.set(parent, [[key % 65536, child]])
    }
    const queue: number[] = [0]
    for (let head = 0; head < queue.length; head++) {
      const state = queue[head]
      for (const [code, child] of children.get(state) ?? []) {
        queue.push(child)
        if (state === 0) continue
        this.fallback[child] = this.step(this.fallback[state], code)
        const down = this.fallback[child]
        this.nextEnding[child] = this.ending[down] !== -1 ? down : this.nextEnding[down]
      }
    }
  }

  /** The state after reading `code` in `state`, following failure links where there is no edge. */
  private step(state: number, code: number): number {
    for (;;) {
      const next = this.edges.get(state * 65536 + code)
      if (next !== undefined) return next
      if (state === 0) return 0
      state = this.fallback[state]
    }
  }

  /** Each occurrence of each pattern: its index and where it starts (overlapping ones too), in text order of their ends. */
  find(text: string): { pattern: number; start: number }[] {
    const found: { pattern: number; start: number }[] = []
    let state = 0
    for (let i = 0; i < text.length; i++) {
      state = this.step(state, text.charCodeAt(i))
      for (let at = this.ending[state] !== -1 ? state : this.nextEnding[state]; at !== -1; at = this.nextEnding[at]) {
        const pattern = this.ending[at]
        found.push({ pattern, start: i + 1 - this.patterns[pattern].length })
      }
    }
    return found
  }
}
