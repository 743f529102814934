// The host tests written against these names: the same as host-lint's lintText and lintFixture.
export { lintFixture as adapterLintFixture, lintText as adapterLintText } from './host-lint.js'
