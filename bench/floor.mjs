// The floor for static lint: a bare Node process that only finds, reads and JSON.parses the same files.
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

let files = 0
const pending = [process.argv[2]]
while (pending.length > 0) {
  const dir = pending.pop()
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) pending.push(full)
    else {
      const text = readFileSync(full, 'utf8')
      try {
        JSON.parse(text)
      } catch {
        // JSONC and TOML files: read, not parsed, as a real parser would cost more.
      }
      files++
    }
  }
}
process.stdout.write(`${files}\n`)
