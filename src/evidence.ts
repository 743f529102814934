import type { Diagnostic } from './types.js'

/**
 * What a finding is about, whole: the value its rule pointed at, or the text of its range. Its message and
 * data quote that value cut short or masked (`ghp_…uE8X`), so two different values can read alike; comparing
 * with a base by the message alone let a pull request swap a reviewed download URL or token for another behind
 * a pre-existing finding. Kept under a symbol, so that no report, fingerprint or baseline ever holds it: a
 * secret's value must not reach an output, not even as a hash one could test guesses against.
 */
const EVIDENCE = Symbol('evidence')

type WithEvidence = Diagnostic & { [EVIDENCE]?: string }

/** `diagnostic`, holding `evidence` (copies made with spread keep it). */
export function withEvidence(diagnostic: Diagnostic, evidence: string | undefined): Diagnostic {
  if (evidence !== undefined) (diagnostic as WithEvidence)[EVIDENCE] = evidence
  return diagnostic
}

/** What `diagnostic` is about, whole, when its rule said. */
export function evidenceOf(diagnostic: Diagnostic): string | undefined {
  return (diagnostic as WithEvidence)[EVIDENCE]
}
