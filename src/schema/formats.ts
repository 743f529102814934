import { fullFormats } from 'ajv-formats/dist/formats.js'
import { maskPlaceholders } from '../placeholders.js'

/**
 * The string formats our schemas use: ajv-formats' full set, and two placeholder-aware URL formats.
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
  }
} as const
