import { fullFormats } from 'ajv-formats/dist/formats.js'
import { maskPlaceholders } from '../placeholders.js'

/** zod 3's `url()`: what `new URL` parses, as written. */
const ZOD_URL = { type: 'string', validate: (value: string): boolean => URL.canParse(value) } as const

/**
 * The string formats our schemas use: ajv-formats' full set, two placeholder-aware URL formats, zod's URL check
 * (Roo Code, Kilo Code and the MCPB tooling) and the MCPB tooling's e-mail check.
 * The precompiled validators (src/schema/compiled/) refer to this object by name, so the formats the
 * build compiled against and the ones that run are the same code.
 */
export const FORMATS = {
  ...fullFormats,
  // A URL in an MCP config may hold placeholders (`https://${input:host}/mcp`): judge the shape around them.
  'mcp-url': {
    type: 'string',
    validate: (value: string): boolean => {
      if (value === '') return true
      try {
        // A leading placeholder may supply the scheme itself (`${BASE_URL}/mcp`).
        const masked = maskPlaceholders(value)
        return new URL(masked.startsWith('placeholder') ? `https://${masked}` : masked).protocol.length > 1
      } catch {
        return false
      }
    }
  },
  'mcp-http-url': {
    type: 'string',
    validate: (value: string): boolean => /^(https?:\/\/|\$\{|\{)/i.test(value) && URL.canParse(maskPlaceholders(value))
  },
  // A URL checked as written, placeholders included: Roo Code and Kilo Code check the url with zod 3's `url()`
  // before they fill `${env:…}` in (McpHub.ts McpSettingsSchema, then injectVariables).
  'url-as-written': ZOD_URL,
  // The MCPB tooling checks a manifest with zod 3, whose `url()` accepts what `new URL` parses (an international
  // domain name, a `{` in a path; not `http://` or port 99999, which RFC 3986's grammar lets through) ...
  'mcpb-url': ZOD_URL,
  // ... and whose `email()` is this pattern (a letter top-level domain; no `=`, `{` or IP address).
  'mcpb-email': /^(?!\.)(?!.*\.\.)([A-Z0-9_'+.-]*)[A-Z0-9_+-]@([A-Z0-9][A-Z0-9-]*\.)+[A-Z]{2,}$/i
} as const
