import { invocations, launches, reportAt } from './support/launch.js'
import { npxCall } from './support/package-runners.js'
import type { Rule, RuleReport } from './types.js'

/** `npm_config_yes=true` in the server's env answers the prompt as `-y` does. */
function yesFromEnv(env: Record<string, string> | undefined): boolean {
  return Object.entries(env ?? {}).some(
    ([key, value]) => key.toLowerCase() === 'npm_config_yes' && value.toLowerCase() === 'true'
  )
}

/**
 * npx (or `npm exec`) without `-y`: npm asks "Ok to proceed? (y)" before installing a package it
 * does not have whenever it runs in a terminal. Hosts start servers with stdin as a pipe, where
 * current npm installs without asking, so this is a notice: the same command stops when someone runs
 * it by hand, and `-y` makes the intent explicit.
 */
export const npxWithoutYes: Rule = {
  id: 'npx-without-yes',
  defaultSeverity: 'notice',
  preset: 'strict',
  description: 'npx without -y, which may stop at an interactive install prompt.',
  messages: {
    noYes: '{{runner}} runs without "-y", so run by hand it stops at an install prompt',
    lateYes: '{{runner}} gets "{{flag}}" after the package name, which passes it to the package, not to {{runner}}'
  },
  checkFile(context) {
    const reports: RuleReport[] = []
    for (const launch of launches(context, { includeDisabled: false })) {
      if (yesFromEnv(launch.server.env)) continue
      for (const argv of invocations(launch)) {
        const call = npxCall(argv)
        if (
          !call ||
          call.yes ||
          call.noInstall ||
          (call.runner !== 'npx' && call.runner !== 'npm exec') ||
          call.packages.length === 0
        )
          continue
        const late = call.lateYes !== undefined
        reports.push({
          messageId: late ? 'lateYes' : 'noYes',
          data: late ? { runner: call.runner, flag: call.lateYes?.value ?? '-y' } : { runner: call.runner },
          help: `Run from a terminal, npm stops at "Need to install the following packages … Ok to proceed? (y)" until someone answers; hosts start servers without a terminal, where current npm installs without asking, but the prompt returns whenever the command is run by hand; put "-y" before the package name.`,
          ...reportAt(call.at, launch.server)
        })
      }
    }
    return reports
  }
}
