/**
 * Globs of the settings file (`ignore`, a suppression's `file`), matched in time linear in the path.
 *
 * On a pull request the settings file is the pull request's, and so are the paths it is matched against.
 * Every JavaScript glob library turns a glob into a backtracking regular expression, which a crafted glob
 * makes take hours (`((((a*)*)*)*)` on a folder named `aaaa…`). Here a glob becomes a small automaton
 * whose states are all followed at once, one character after another: at most (states × characters)
 * steps for any glob and any path.
 *
 * The syntax, as picomatch reads it with `dot: true` (what these settings used before): `*` (any run of
 * characters but `/`, dot files included), `?` (one such character), `[abc]`, `[a-z]`, `[!a]` or `[^a]`
 * (one character of a set, never `/`; `!` negates, as in git and the shell, where picomatch read it as a
 * character), `**` as a whole segment (any number of segments: `a/**` also
 * matches `a`), `{a,b}` (either; nested up to 10 levels), `\` before a character to take it as it is, and
 * a leading `!` to match what the rest does not; a leading `./` is dropped. Extended globs (`+(a|b)`) and ranges (`{1..9}`) are not
 * supported: their characters are taken literally.
 */

/** What one state of the automaton reads: one character. */
type Reads =
  | { kind: 'char'; code: number }
  | { kind: 'notSlash' }
  | { kind: 'any' }
  | { kind: 'set'; negated: boolean; ranges: number[] }

interface State {
  reads?: Reads
  /** Where reading the character leads. */
  to?: number
  /** Where the state leads without reading (empty moves). */
  also: number[]
}

/** Alternatives a glob's braces may expand to; past this the glob is refused (see `globProblem`). */
export const MAX_GLOB_ALTERNATIVES = 256
/** States of one glob's automaton, over all its alternatives: what bounds a match's steps per character. */
export const MAX_GLOB_STATES = 4096

const SLASH = 0x2f

/** Why a glob cannot be used (too many alternatives or states), or undefined when it can. */
export function globProblem(pattern: string): string | undefined {
  const alternatives = expandBraces(withoutNegation(pattern).body)
  if (alternatives === undefined)
    return `it expands to more than ${MAX_GLOB_ALTERNATIVES} alternatives; it matches nothing`
  const states = alternatives.reduce((sum, alternative) => sum + alternative.length + 2, 1)
  if (states > MAX_GLOB_STATES) return `it is too long once its braces are expanded; it matches nothing`
  return undefined
}

/** A matcher for one glob; one that `globProblem` refuses matches nothing. */
export function compileGlob(pattern: string): (path: string) => boolean {
  return compileGlobs([pattern])
}

/** A matcher for a list of globs: whether any matches. Each glob `globProblem` refuses matches nothing. */
export function compileGlobs(patterns: readonly string[]): (path: string) => boolean {
  const matchers: ((path: string) => boolean)[] = []
  const positive: string[] = []
  for (const pattern of patterns) {
    if (globProblem(pattern) !== undefined) continue
    const { negated, body } = withoutNegation(pattern)
    if (negated) {
      const inner = automatonFor(expandBraces(body) ?? [])
      matchers.push((path) => !inner(path))
    } else positive.push(...(expandBraces(body) ?? []))
  }
  if (positive.length > 0) matchers.unshift(automatonFor(positive))
  if (matchers.length === 1) return matchers[0]
  return (path) => matchers.some((match) => match(path))
}

/** A leading `!` (not `!(`, an extended glob) negates; picomatch reads each one, so `!!a` is `a`. */
function withoutNegation(pattern: string): { negated: boolean; body: string } {
  let negated = false
  let at = 0
  while (pattern[at] === '!' && pattern[at + 1] !== '(') {
    negated = !negated
    at++
  }
  // A leading `./` is the settings folder itself, as paths are written without it.
  while (pattern.startsWith('./', at)) at += 2
  return { negated, body: pattern.slice(at) }
}

/**
 * The glob's alternatives once its `{a,b}` groups are expanded (a group without a top-level comma stays as
 * written); undefined past `MAX_GLOB_ALTERNATIVES` or 10 levels of nesting.
 */
function expandBraces(pattern: string, depth = 0): string[] | undefined {
  if (depth > 10) return undefined
  const open = findBrace(pattern)
  if (open === undefined) return [pattern]
  const { start, end, parts } = open
  const before = pattern.slice(0, start)
  const rest = expandBraces(pattern.slice(end + 1), depth)
  if (rest === undefined) return undefined
  const out: string[] = []
  for (const part of parts) {
    const inner = expandBraces(part, depth + 1)
    if (inner === undefined) return undefined
    for (const a of inner)
      for (const b of rest) {
        out.push(before + a + b)
        if (out.length > MAX_GLOB_ALTERNATIVES) return undefined
      }
  }
  return out
}

/** The first `{…}` group holding a top-level comma: where it is and its parts. */
function findBrace(pattern: string): { start: number; end: number; parts: string[] } | undefined {
  for (let start = 0; start < pattern.length; start++) {
    const c = pattern[start]
    if (c === '\\') {
      start++
      continue
    }
    if (c === '[') {
      start = setEnd(pattern, start) ?? start
      continue
    }
    if (c !== '{') continue
    let level = 0
    let from = start + 1
    const parts: string[] = []
    for (let i = start + 1; i < pattern.length; i++) {
      const d = pattern[i]
      if (d === '\\') i++
      else if (d === '{') level++
      else if (d === '}' && level > 0) level--
      else if (d === ',' && level === 0) {
        parts.push(pattern.slice(from, i))
        from = i + 1
      } else if (d === '}') {
        if (parts.length === 0) break
        parts.push(pattern.slice(from, i))
        return { start, end: i, parts }
      }
    }
  }
  return undefined
}

/** Where a `[…]` set that opens at `start` closes, or undefined when it does not (then `[` is a character). */
function setEnd(pattern: string, start: number): number | undefined {
  let i = start + 1
  if (pattern[i] === '!' || pattern[i] === '^') i++
  // A `]` first in the set is one of its characters.
  if (pattern[i] === ']') i++
  for (; i < pattern.length; i++) {
    if (pattern[i] === '\\') i++
    else if (pattern[i] === ']') return i
  }
  return undefined
}

/** The automaton of some brace-free globs, any of which may match. */
function automatonFor(alternatives: readonly string[]): (path: string) => boolean {
  const states: State[] = [{ also: [] }]
  const accepting = new Set<number>()
  for (const alternative of alternatives) {
    const first = states.length
    states[0].also.push(first)
    accepting.add(build(alternative, states))
  }
  return (path) => run(states, accepting, path)
}

/**
 * Adds one glob's states and returns its accepting state. A `**` segment: alone, any path; last, an
 * optional `/` and anything after the segments before it; elsewhere, any run of segments each followed
 * by `/` (none too).
 */
function build(glob: string, states: State[]): number {
  const add = (state: State): number => states.push(state) - 1
  let at = add({ also: [] })
  /** One character read from `at`. */
  const read = (reads: Reads): void => {
    const next = add({ also: [] })
    states[at].reads = reads
    states[at].to = next
    at = next
  }
  /** Any number of characters each read as `reads`. */
  const loop = (reads: Reads): void => {
    const body = add({ also: [] })
    const after = add({ also: [] })
    states[at].also.push(body, after)
    states[body].reads = reads
    states[body].to = at
    at = after
  }
  const segments = splitSegments(glob)
  segments.forEach((segment, index) => {
    const last = index === segments.length - 1
    if (segment === '**') {
      if (segments.length === 1) return loop({ kind: 'any' })
      if (last) {
        // `a/**`: `a`, or `a/` and anything after; as picomatch has it, `a*/**` needs the `/`.
        const from = at
        const end = add({ also: [] })
        if (!endsWithStar(segments[index - 1])) states[from].also.push(end)
        read({ kind: 'char', code: SLASH })
        loop({ kind: 'any' })
        states[at].also.push(end)
        at = end
        return
      }
      // `**/b` or `a/**/b`: nothing, or anything that ends with `/` (the loop from a state of its own: back
      // in `from`, it would skip to `end` without its `/`).
      const from = at
      const end = add({ also: [] })
      at = add({ also: [] })
      states[from].also.push(end, at)
      loop({ kind: 'any' })
      read({ kind: 'char', code: SLASH })
      states[at].also.push(end)
      at = end
      return
    }
    for (let i = 0; i < segment.length; i++) {
      const c = segment[i]
      if (c === '\\' && i + 1 < segment.length) read({ kind: 'char', code: segment.charCodeAt(++i) })
      else if (c === '*') {
        // `***` is `*`.
        while (segment[i + 1] === '*') i++
        loop({ kind: 'notSlash' })
      } else if (c === '?') read({ kind: 'notSlash' })
      else if (c === '[' && setEnd(segment, i) !== undefined) {
        const end = setEnd(segment, i)!
        read(parseSet(segment.slice(i + 1, end)))
        i = end
      } else read({ kind: 'char', code: segment.charCodeAt(i) })
    }
    const nextIsTrailingGlobstar = index === segments.length - 2 && segments[index + 1] === '**'
    if (!last && !nextIsTrailingGlobstar) read({ kind: 'char', code: SLASH })
  })
  return at
}

/** Whether a segment ends with a `*` wildcard (not an escaped one). */
function endsWithStar(segment: string): boolean {
  let backslashes = 0
  for (let i = segment.length - 2; i >= 0 && segment[i] === '\\'; i--) backslashes++
  return segment.endsWith('*') && backslashes % 2 === 0
}

/** The glob's segments between unescaped `/` (a `/` inside a set is never one: sets never match `/`). */
function splitSegments(glob: string): string[] {
  const segments: string[] = []
  let from = 0
  for (let i = 0; i < glob.length; i++) {
    if (glob[i] === '\\') i++
    else if (glob[i] === '/') {
      segments.push(glob.slice(from, i))
      from = i + 1
    }
  }
  segments.push(glob.slice(from))
  // `**/**` is `**`.
  return segments.filter((segment, i) => !(segment === '**' && segments[i - 1] === '**'))
}

/** `abc`, `a-z`, `!a` or `^a` (a set's inside) as the character ranges it reads. */
function parseSet(inside: string): Reads {
  let i = 0
  const negated = inside[0] === '!' || inside[0] === '^'
  if (negated) i++
  const ranges: number[] = []
  while (i < inside.length) {
    let low = inside.charCodeAt(i)
    if (inside[i] === '\\' && i + 1 < inside.length) low = inside.charCodeAt(++i)
    i++
    let high = low
    if (inside[i] === '-' && i + 1 < inside.length) {
      high = inside[i + 1] === '\\' && i + 2 < inside.length ? inside.charCodeAt(i + 2) : inside.charCodeAt(i + 1)
      i += inside[i + 1] === '\\' ? 3 : 2
    }
    ranges.push(low, high)
  }
  return { kind: 'set', negated, ranges }
}

function readsChar(reads: Reads, code: number): boolean {
  switch (reads.kind) {
    case 'char':
      return reads.code === code
    case 'any':
      return true
    case 'notSlash':
      return code !== SLASH
    case 'set': {
      if (code === SLASH) return false
      let inSet = false
      for (let r = 0; r < reads.ranges.length && !inSet; r += 2)
        inSet = code >= reads.ranges[r] && code <= reads.ranges[r + 1]
      return inSet !== reads.negated
    }
  }
}

/** Follows every state at once through the path: (states × characters) steps at most. */
function run(states: readonly State[], accepting: ReadonlySet<number>, path: string): boolean {
  let current: number[] = []
  let next: number[] = []
  // The character index each state was last added for: a state is added once per step.
  const seen = new Int32Array(states.length).fill(-1)
  // One stack for every step's empty moves (a path of thousands of characters makes no array per step).
  const stack: number[] = []
  const addTo = (list: number[], state: number, step: number): void => {
    stack.push(state)
    while (stack.length > 0) {
      const s = stack.pop()!
      if (seen[s] === step) continue
      seen[s] = step
      list.push(s)
      for (const other of states[s].also) stack.push(other)
    }
  }
  addTo(current, 0, 0)
  for (let i = 0; i < path.length && current.length > 0; i++) {
    const code = path.charCodeAt(i)
    next.length = 0
    for (const s of current) {
      const state = states[s]
      if (state.reads !== undefined && readsChar(state.reads, code)) addTo(next, state.to!, i + 1)
    }
    ;[current, next] = [next, current]
  }
  return current.some((s) => accepting.has(s))
}
