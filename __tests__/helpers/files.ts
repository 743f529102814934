import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

/** Writes files (`null` deletes one) relative to `root`, making their folders. No process is started. */
export function write(root: string, files: Record<string, string | null>): void {
  for (const [relative, content] of Object.entries(files)) {
    const file = path.join(root, relative)
    if (content === null) rmSync(file, { force: true })
    else {
      mkdirSync(path.dirname(file), { recursive: true })
      writeFileSync(file, content)
    }
  }
}

/** A new folder of the temporary directory (named from `prefix`) holding `files`. */
export function folderWith(prefix: string, files: Record<string, string>): string {
  const root = mkdtempSync(path.join(tmpdir(), prefix))
  write(root, files)
  return root
}
