/** What decides whether the terminal report is coloured. */
export interface ColorChoice {
  /** The last of --color (true) and --no-color (false) on the command line, if either was given. */
  flag: boolean | undefined
  env: NodeJS.ProcessEnv
  /** Whether standard output is a terminal. */
  isTTY: boolean
  /** Whether the report goes to a file (-o). */
  toFile: boolean
}

/**
 * Whether to colour the report. The command line decides first; a report file is plain unless
 * --color asks for it. Then `FORCE_COLOR` as the supports-color package reads it (`0` or `false`
 * turn colour off; any other value, even empty, turns it on, also when the output is not a
 * terminal), then `NO_COLOR` (any non-empty value turns it off, see no-color.org), and otherwise
 * colour only on a terminal whose TERM is not "dumb".
 */
export function wantsColor({ flag, env, isTTY, toFile }: ColorChoice): boolean {
  if (flag !== undefined) return flag
  if (toFile) return false
  const force = env.FORCE_COLOR
  if (force !== undefined) return force !== 'false' && !/^0+$/.test(force)
  if (env.NO_COLOR) return false
  return isTTY && env.TERM !== 'dumb'
}
