// jsonc-parser's own modules for its parser and scanner (their types are the package's): its entry also
// loads its formatter and editor, which build ~280 KB of indentation strings when imported.
declare module 'jsonc-parser/lib/umd/impl/parser.js' {
  export { parseTree } from 'jsonc-parser'
}
declare module 'jsonc-parser/lib/umd/impl/scanner.js' {
  export { createScanner } from 'jsonc-parser'
}
