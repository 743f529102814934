/**
 * The placeholder syntaxes that MCP hosts expand inside config strings. Each host understands only
 * some of them; knowing them all lets the schema step check a URL's shape without being fooled by
 * `https://${input:domain}/mcp`, and lets rules say "this host does not expand that syntax".
 */
export type PlaceholderSyntax =
  /** `${VAR}` and `${VAR:-default}` (Claude Code, Gemini, Kiro, Copilot) */
  | 'dollar-brace'
  /** `${VAR}` alone: `${VAR:-default}` is looked up as a variable of that name and left as written (Amp, Qwen Code) */
  | 'dollar-brace-plain'
  /** bare `$VAR` (Gemini, Copilot) */
  | 'dollar'
  /** `${env:VAR}` (VS Code, Cursor, Roo, Windsurf) */
  | 'env-colon'
  /** `${input:id}` (VS Code) */
  | 'input'
  /** editor variables such as `${workspaceFolder}`, `${userHome}` (VS Code, Cursor, Roo) */
  | 'editor-variable'
  /** `{env:VAR}` and `{file:path}` (opencode) */
  | 'brace-env'
  /** `${{ secrets.X }}` / `${{ inputs.X }}` (Continue, Copilot agents) */
  | 'double-brace'
  /** `{name}` URL/argument templates filled from declared variables (MCP Registry) */
  | 'registry-variable'
  /** `${__dirname}`, `${user_config.KEY}`, `${HOME}` (MCP bundles) */
  | 'mcpb-variable'

/**
 * The shape of each placeholder form, each bounded so that matching stays linear. Every scan for
 * placeholders (schema formats, secret detection, the dry run's interpolation) is built from these.
 */
export const PLACEHOLDER_SHAPES = {
  /** `${{ secrets.X }}` */
  doubleBrace: String.raw`\$\{\{[^{}]{0,200}\}\}`,
  /** `${VAR}`, `${env:VAR}`, `${input:id}`, editor and bundle variables */
  dollarBrace: String.raw`\$\{[^{}]{0,200}\}`,
  /** opencode's `{env:VAR}` and `{file:path}` */
  braceEnv: String.raw`\{(?:env|file):[^{}]{0,200}\}`,
  /** bare `$VAR` */
  dollar: String.raw`\$[A-Za-z_][A-Za-z0-9_]{0,200}`,
  /** Windows' `%VAR%` (cmd.exe expands it, no host does) */
  percent: String.raw`%[A-Za-z_][A-Za-z0-9_]{0,200}%`,
  /** the MCP Registry's `{name}` templates */
  registry: String.raw`\{[A-Za-z_][A-Za-z0-9_.-]{0,200}\}`
} as const

/** One global regular expression matching any of the named shapes, in the order given. */
export function placeholderPattern(shapes: readonly (keyof typeof PLACEHOLDER_SHAPES)[]): RegExp {
  return new RegExp(shapes.map((shape) => PLACEHOLDER_SHAPES[shape]).join('|'), 'g')
}

/** Every placeholder form we know but registry templates, most specific first. */
const ANY_PLACEHOLDER = placeholderPattern(['doubleBrace', 'dollarBrace', 'braceEnv', 'dollar', 'percent'])

/** Registry templates are plain `{name}`; replaced only where the file's host uses them. */
const REGISTRY_TEMPLATE = placeholderPattern(['registry'])

/** Whether a string contains any placeholder we know. */
export function hasPlaceholder(value: string): boolean {
  // Global expressions keep where their last match ended: each test starts from the beginning.
  ANY_PLACEHOLDER.lastIndex = 0
  REGISTRY_TEMPLATE.lastIndex = 0
  return ANY_PLACEHOLDER.test(value) || REGISTRY_TEMPLATE.test(value)
}

/** The text left when every placeholder but registry templates is removed: `Bearer ${TOKEN}` → `Bearer `. */
export function withoutPlaceholders(value: string): string {
  return value.replace(ANY_PLACEHOLDER, '')
}

/**
 * Replaces every placeholder with a neutral word, so a format check judges the shape around it:
 * `https://${input:host}/mcp` becomes `https://placeholder/mcp`.
 */
export function maskPlaceholders(value: string): string {
  return value.replace(ANY_PLACEHOLDER, 'placeholder').replace(REGISTRY_TEMPLATE, 'placeholder')
}
