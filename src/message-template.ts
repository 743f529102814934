/**
 * Fills a message template's `{{name}}` slots from a finding's data. One filler for rules, schema
 * findings, host adapters and the lock, so every message is made the same way; a slot without data is a
 * bug in the message's author, reported as such rather than printed as "undefined".
 */
export function fillMessage(template: string, data: Readonly<Record<string, string | number>> = {}): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (_whole, name: string) => {
    const value = Object.hasOwn(data, name) ? data[name] : undefined
    if (value === undefined) throw new Error(`needs "${name}" in "${template}"`)
    return String(value)
  })
}
