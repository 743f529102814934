import type { Rule, SurfaceRuleContext, SurfaceRuleReport } from './types.js'

/**
 * Tool poisoning: text in what a server lists (tool, prompt and argument descriptions, input-schema
 * descriptions) that speaks to the model behind the user's back. Hosts put these texts into the
 * model's context verbatim and usually show the user only a name, so a description can tell the
 * model to read `~/.ssh/id_rsa`, pass it as an argument and say nothing (Invariant Labs, "tool
 * poisoning", 2025). Each pattern has a confidence: the unambiguous ones (asking the model to hide
 * something from the user, to ignore its instructions, hidden Unicode) are errors; the ones a
 * legitimate description can contain (an `<IMPORTANT>` tag, a path like `~/.ssh`, an HTML comment, a
 * long base64 string, a URL with a slot for data) are warnings, and become errors when one item
 * shows two different signs.
 */

/** Why each sign matters and what to do, by category; the finding's help, after what the text says. */
export const TOOL_POISONING_HELP: Readonly<Record<string, string>> = {
  override:
    'The model reads every tool description as instructions, so this is prompt injection: do not approve the server, and report it to its author.',
  concealment:
    'A tool that asks the model to hide what it does from the user is how a poisoned tool exfiltrates quietly: do not approve the server.',
  'model-tag':
    'Tags like <IMPORTANT> speak to the model, not to the user, and are the usual wrapper of tool poisoning: read the text, and do not approve the server unless it is harmless.',
  'sensitive-file':
    'A tool has no reason to ask the model to read and send secrets or configuration files: do not approve the server.',
  shadowing:
    "Instructions about other tools let one server change how another server's tools are used (tool shadowing): do not approve the server.",
  'invisible-unicode':
    'Invisible characters hide text from the user that the model still reads: check what they say, and do not approve the server unless it is harmless.',
  'hidden-markup':
    'Text hidden in markup is shown to the model but not to the user: check what it says, and do not approve the server unless it is harmless.',
  'encoded-blob':
    'An encoded string in a description can carry instructions the user cannot read: check what it decodes to.',
  'data-url':
    'A URL that receives data lets the model send what it was asked to include: do not approve the server unless the URL is its own documented endpoint.',
  padding:
    "Long runs of blank space push text out of the user's view while the model still reads it: check what follows.",
  oversized: 'Text past the checked part was not examined: read the whole description before approving the server.'
}

/** The signs and the check (most of the rule's code): loaded by `load`, before a dry run's surface rules run. */
let signs: typeof import('./support/poisoning-signs.js') | undefined

export const toolPoisoning: Rule = {
  id: 'tool-poisoning',
  defaultSeverity: 'error',
  description: "A server's tools, prompts or schemas carry hidden instructions for the model (tool poisoning).",
  messages: {
    sign: '{{kind}} "{{name}}" of server "{{server}}" {{what}}, in its {{where}}'
  },
  async load() {
    signs ??= await import('./support/poisoning-signs.js')
  },
  checkSurface(context: SurfaceRuleContext): SurfaceRuleReport[] {
    if (!signs) throw new Error('its code was not loaded (Rule.load)')
    return signs.poisoningReports(context)
  }
}
