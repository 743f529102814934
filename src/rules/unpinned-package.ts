import type { Rule } from './types.js'

// Placeholder until the rule lands (group B).
export const unpinnedPackage: Rule = {
  id: 'unpinned-package',
  defaultSeverity: 'warning',
  description: 'A package run through npx, uvx, pipx, bunx, dlx or docker without a pinned version.',
  checkFile: () => []
}
