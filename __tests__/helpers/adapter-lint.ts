// Kept for the host tests written against this name: the same as host-lint's lintText.
export { lintText as adapterLintText } from './host-lint.js'
