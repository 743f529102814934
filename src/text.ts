/**
 * Text helpers that stay linear on any input. A regular expression anchored only at its end, such as
 * one trimming trailing slashes, is tried at every position of a run and scans the rest of it each
 * time: quadratic, and a config value of a megabyte of slashes took many minutes.
 */

/** `text` without the characters of `chars` at its end (`trimEndOf('a//', '/')` → `'a'`). */
export function trimEndOf(text: string, chars: string): string {
  let end = text.length
  while (end > 0 && chars.includes(text[end - 1])) end--
  return end === text.length ? text : text.slice(0, end)
}

/** `text` without the characters of `chars` at its start (`trimStartOf('__a', '_')` → `'a'`). */
export function trimStartOf(text: string, chars: string): string {
  let start = 0
  while (start < text.length && chars.includes(text[start])) start++
  return start === 0 ? text : text.slice(start)
}

/** `text` on one line: each run of white space that holds a line break becomes one space. */
export function oneLine(text: string): string {
  return /[\r\n]/.test(text) ? text.replace(/\s+/g, (run) => (/[\r\n]/.test(run) ? ' ' : run)) : text
}

/** A JavaScript line terminator: what a pattern's `.` and `$` (without the `s` and `m` flags) stop at. */
export const LINE_BREAK = /[\r\n\u2028\u2029]/
