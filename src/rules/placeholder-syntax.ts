import type { PlaceholderSyntax } from '../placeholders.js'

/** How to write "the value of environment variable NAME" in a host, for fix suggestions. */
export function envReference(placeholders: readonly PlaceholderSyntax[], name: string): string | undefined {
  if (placeholders.includes('dollar-brace') || placeholders.includes('dollar-brace-plain')) return `\${${name}}`
  if (placeholders.includes('env-colon')) return `\${env:${name}}`
  if (placeholders.includes('brace-env')) return `{env:${name}}`
  if (placeholders.includes('double-brace')) return `\${{ secrets.${name} }}`
  if (placeholders.includes('mcpb-variable')) return `\${user_config.${name.toLowerCase()}}`
  if (placeholders.includes('dollar')) return `$${name}`
  return undefined
}
