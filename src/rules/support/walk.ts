/** The value at a pointer, or undefined: the adapters' own lookup, so rules and hosts read a document alike. */
export { valueAt } from '../../hosts/util.js'
