/** The options answered alone, before the rest of the CLI loads: the version and the help text. */
export const VERSION_FLAGS: readonly string[] = ['--version', '-v']
export const HELP_FLAGS: readonly string[] = ['--help', '-h']

/** Whether a command line is `--version`, `-v`, `--help` or `-h` alone. */
export function isQuick(argv: readonly string[]): boolean {
  return argv.length === 1 && (VERSION_FLAGS.includes(argv[0]) || HELP_FLAGS.includes(argv[0]))
}
