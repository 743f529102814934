import type { Rule } from './types.js'

// Placeholder until the rule lands (group B).
export const riskyDocker: Rule = {
  id: 'risky-docker',
  defaultSeverity: 'warning',
  description: 'docker run with --privileged, the host network, or the host root, home or Docker socket mounted.',
  checkFile: () => []
}
