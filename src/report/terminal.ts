/**
 * Text from configs (paths, server names, messages, source lines, stderr) printed to a terminal or
 * a CI log: control characters could move the cursor, rewrite earlier lines, set the window title,
 * make hidden links (OSC 8) or reorder text (bidirectional overrides). Each becomes one visible
 * replacement character, so columns under a code frame still line up.
 */

// C0 controls except tab and line feed, DEL, C1 controls (ESC and CSI among them), bidi controls.
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g

/** One line or more of untrusted text, safe to print (line feeds kept). */
export function terminalSafe(text: string): string {
  return text.replace(UNSAFE, '\ufffd')
}

/** Untrusted text that must stay on one line (a carriage return or line feed becomes a visible mark too). */
export function terminalSafeLine(text: string): string {
  return terminalSafe(text).replace(/\r\n|[\r\n]/g, '\ufffd')
}

const UNSAFE_IN_LINE = new RegExp(`${UNSAFE.source}|[\\r\\n]`)

/** Whether text holds a character `terminalSafeLine` replaces (a control, a line break, a bidi control). */
export function hasUnsafeCharacters(text: string): boolean {
  return UNSAFE_IN_LINE.test(text)
}
