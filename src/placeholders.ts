/**
 * The placeholder syntaxes that MCP hosts expand inside config strings. Each host understands only
 * some of them; knowing them all lets the schema step check a URL's shape without being fooled by
 * `https://${input:domain}/mcp`, and lets rules say "this host does not expand that syntax".
 */
export type PlaceholderSyntax =
  /** `${VAR}` and `${VAR:-default}` (Claude Code, Gemini, Kiro, Copilot) */
  | 'dollar-brace'
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

/** Every placeholder form we know, most specific first, each matching in linear time. */
const ANY_PLACEHOLDER =
  /\$\{\{[^{}]{0,200}\}\}|\$\{[^{}]{0,200}\}|\{(?:env|file):[^{}]{0,200}\}|\$[A-Za-z_][A-Za-z0-9_]{0,200}|%[A-Za-z_][A-Za-z0-9_]{0,200}%/g

/** Registry templates are plain `{name}`; replaced only where the file's host uses them. */
const REGISTRY_TEMPLATE = /\{[A-Za-z_][A-Za-z0-9_.-]{0,200}\}/g

/** Whether a string contains any placeholder we know. */
export function hasPlaceholder(value: string): boolean {
  ANY_PLACEHOLDER.lastIndex = 0
  return ANY_PLACEHOLDER.test(value) || REGISTRY_TEMPLATE.test(value)
}

/**
 * Replaces every placeholder with a neutral word, so a format check judges the shape around it:
 * `https://${input:host}/mcp` becomes `https://placeholder/mcp`.
 */
export function maskPlaceholders(value: string): string {
  return value.replace(ANY_PLACEHOLDER, 'placeholder').replace(REGISTRY_TEMPLATE, 'placeholder')
}
