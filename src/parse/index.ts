import type { HostAdapter, Syntax } from '../hosts/types.js'
import { parseJson } from './json.js'
import type { ParseResult } from './problem.js'

type Parse = (text: string) => ParseResult

/**
 * The YAML and TOML parsers are a third of what a run over JSON files would otherwise load: each is
 * loaded the first time a file of its syntax is met (`loadParsers`), as the hosts' validators are.
 */
const LOADERS = {
  toml: async (): Promise<Parse> => (await import('./toml.js')).parseToml,
  yaml: async (): Promise<Parse> => (await import('./yaml.js')).parseYaml,
  // Front matter is read with the YAML parser: its module is imported once YAML's is in (never both at once,
  // which jest's module loader cannot do when the run imports parsers ahead).
  'markdown-frontmatter': async (): Promise<Parse> => {
    await importParser('yaml')
    return (await import('./frontmatter.js')).parseFrontMatter
  }
} as const

type LoadedSyntax = keyof typeof LOADERS
const loaded = new Map<LoadedSyntax, Parse>()
/** Each parser module's import, started once (by `prefetchParsers` or `loadParsers`). */
const importing = new Map<LoadedSyntax, Promise<Parse>>()

function importParser(syntax: LoadedSyntax): Promise<Parse> {
  let parse = importing.get(syntax)
  if (parse === undefined) {
    parse = LOADERS[syntax]()
    importing.set(syntax, parse)
  }
  return parse
}

const isLoadedSyntax = (syntax: Syntax): syntax is LoadedSyntax => syntax in LOADERS

/** Loads the parsers of these syntaxes (once each), so that `parseDocument` can parse their files synchronously. */
export async function loadParsers(syntaxes: Iterable<Syntax>): Promise<void> {
  // One at a time: jest's ESM loader fails when two imports at once reach one module not loaded yet (see the
  // front matter's loader; the modules imported ahead share nothing else that is not already loaded).
  for (const syntax of new Set(syntaxes))
    if (isLoadedSyntax(syntax) && !loaded.has(syntax)) loaded.set(syntax, await importParser(syntax))
}

/** Starts importing these syntaxes' parsers without waiting for them (see `prefetchValidators`). */
export function prefetchParsers(syntaxes: Iterable<Syntax>): void {
  for (const syntax of new Set(syntaxes))
    if (isLoadedSyntax(syntax) && !loaded.has(syntax)) importParser(syntax).catch(() => undefined)
}

/** The syntaxes whose parsers this process has started to import (loaded or not), in that order. */
export function requestedParsers(): Syntax[] {
  return [...importing.keys()]
}

/** Every parser: for callers of the synchronous `checkContent` that may meet any host. */
export function loadAllParsers(): Promise<void> {
  return loadParsers(Object.keys(LOADERS) as LoadedSyntax[])
}

/** The parser of a syntax; one that was not loaded first is a bug of ours. */
export function parserFor(syntax: Syntax): Parse {
  if (syntax === 'json') return (text) => parseJson(text, { strict: true, hostName: 'mcpcop' })
  if (syntax === 'jsonc') return (text) => parseJson(text, { strict: false, hostName: 'mcpcop' })
  const parse = loaded.get(syntax)
  if (!parse) throw new Error(`the ${syntax} parser was not loaded`)
  return parse
}

/** Parses a file's text with the syntax its host reads it with (its parser loaded first: `loadParsers`). */
export function parseDocument(
  text: string,
  host: Pick<HostAdapter, 'syntax' | 'name' | 'trailingCommaRefused'>
): ParseResult {
  switch (host.syntax) {
    case 'json':
      return parseJson(text, { strict: true, hostName: host.name })
    case 'jsonc':
      return parseJson(text, { strict: false, hostName: host.name, trailingCommaRefused: host.trailingCommaRefused })
    default:
      return parserFor(host.syntax)(text)
  }
}
