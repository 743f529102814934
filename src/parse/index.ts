import type { HostAdapter } from '../hosts/types.js'
import { parseJson } from './json.js'
import type { ParseResult } from './problem.js'
import { parseToml } from './toml.js'
import { parseYaml } from './yaml.js'
import { parseFrontMatter } from './frontmatter.js'

/** Parses a file's text with the syntax its host reads it with. */
export function parseDocument(
  text: string,
  host: Pick<HostAdapter, 'syntax' | 'name' | 'trailingCommaRefused'>
): ParseResult {
  switch (host.syntax) {
    case 'json':
      return parseJson(text, { strict: true, hostName: host.name })
    case 'jsonc':
      return parseJson(text, { strict: false, hostName: host.name, trailingCommaRefused: host.trailingCommaRefused })
    case 'toml':
      return parseToml(text)
    case 'yaml':
      return parseYaml(text)
    case 'markdown-frontmatter':
      return parseFrontMatter(text)
  }
}
