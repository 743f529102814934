import { envAt } from './support/fields.js'
import { envReference } from './placeholder-syntax.js'
import type { MessageData, Rule, RuleReport } from './types.js'
import { quotable } from '../mask.js'

/**
 * Variables that change how every program in the server's process tree runs. Based on Goose's
 * `Envs::DISALLOWED_KEYS` (block/goose crates/goose/src/agents/extension.rs), without the entries that
 * only move data (TEMP, TMP, LOCALAPPDATA, HOMEPATH ...) and with the other runtimes' option variables.
 */

/** Variables that inject code or options into every process of a runtime. */
const INJECTORS: Record<string, string> = {
  LD_PRELOAD: 'loads a shared library into every program the server starts',
  LD_AUDIT: 'loads an auditing library into every program the server starts',
  DYLD_INSERT_LIBRARIES: 'loads a library into every macOS program the server starts',
  NODE_OPTIONS:
    'passes options to every Node.js process the server starts (--require and --import load code before it)',
  JAVA_TOOL_OPTIONS: 'passes options to every Java process the server starts (-javaagent loads code into it)',
  _JAVA_OPTIONS: 'passes options to every Java process the server starts (-javaagent loads code into it)',
  JDK_JAVA_OPTIONS: 'passes options to every Java process the server starts (-javaagent loads code into it)',
  RUBYOPT: 'passes options to every Ruby process the server starts (-r loads a library into it)',
  PERL5OPT: 'passes options to every Perl process the server starts (-M loads a module into it)',
  PYTHONSTARTUP: 'runs a script whenever Python starts interactively',
  BASH_ENV: 'runs a script before every bash script the server starts',
  APPINIT_DLLS: 'loads a DLL into every Windows program the server starts',
  COMSPEC: 'replaces the Windows command interpreter that programs start'
}

/** Variables that say where programs, libraries or modules are looked up. */
const SEARCH_PATHS: Record<string, string> = {
  PATH: 'which program runs when the server, or anything it starts, calls a command by name',
  PATHEXT: 'which file extensions Windows treats as programs',
  LD_LIBRARY_PATH: 'where every program the server starts loads shared libraries from',
  DYLD_LIBRARY_PATH: 'where every macOS program the server starts loads libraries from',
  DYLD_FALLBACK_LIBRARY_PATH: 'where every macOS program the server starts loads libraries from',
  DYLD_FRAMEWORK_PATH: 'where every macOS program the server starts loads frameworks from',
  DYLD_FALLBACK_FRAMEWORK_PATH: 'where every macOS program the server starts loads frameworks from',
  PYTHONPATH:
    'where every Python process the server starts imports modules from (a sitecustomize.py there runs at start-up)',
  PYTHONHOME: 'which Python installation every Python process the server starts uses',
  NODE_PATH: 'where every Node.js process the server starts resolves modules from',
  RUBYLIB: 'where every Ruby process the server starts loads libraries from',
  GEM_PATH: 'where every Ruby process the server starts loads gems from',
  GEM_HOME: 'where every Ruby process the server starts loads and installs gems',
  PERL5LIB: 'where every Perl process the server starts loads modules from',
  CLASSPATH: 'where every Java process the server starts loads classes from',
  GOROOT: 'which Go toolchain the server uses',
  SYSTEMROOT: 'where Windows programs load system DLLs from',
  WINDIR: 'where Windows programs load system DLLs from'
}

/**
 * Variables that turn off TLS certificate checks, with the values that do it: every HTTPS connection
 * (to an API, to the package registry that npx installs from) can then be read or changed in transit.
 */
const TLS_OFF: Record<string, { off: (value: string) => boolean; effect: string }> = {
  // Node.js: "If value equals '0', certificate validation is disabled for TLS connections."
  NODE_TLS_REJECT_UNAUTHORIZED: {
    off: (value) => value === '0',
    effect: 'every Node.js process the server starts accepts any certificate'
  },
  // Git skips certificate checks when this is set, whatever the value (a bare placeholder may be unset).
  GIT_SSL_NO_VERIFY: {
    off: (value) => !/^\$\{[^}]*\}$|^\{env:[^}]*\}$/.test(value.trim()),
    effect: 'git accepts any certificate when the server fetches or pushes'
  },
  // npm reads npm_config_* in any case; strict-ssl=false stops it checking the registry's certificate.
  NPM_CONFIG_STRICT_SSL: {
    off: (value) => value.trim().toLowerCase() === 'false',
    effect: 'npm and npx accept any certificate from the registry they install packages from'
  }
}

/** Windows names are case-insensitive (`Path`, `ComSpec`, `SystemRoot`); the others are matched exactly. */
const WINDOWS_NAMES = new Set(['PATH', 'PATHEXT', 'SYSTEMROOT', 'WINDIR', 'COMSPEC', 'APPINIT_DLLS'])

/** NODE_OPTIONS flags that only tune memory, warnings or TLS, and load no code. */
const HARMLESS_NODE_FLAG =
  /^--(?:max-old-space-size|max-semi-space-size|max-http-header-size|stack-trace-limit|no-warnings|no-deprecation|trace-warnings|trace-deprecation|trace-uncaught|enable-source-maps|dns-result-order|use-openssl-ca|use-system-ca|use-bundled-ca|openssl-legacy-provider|tls-min-v1\.[0-3]|tls-max-v1\.[23]|unhandled-rejections|disable-warning|experimental-fetch|no-experimental-fetch|force-fips)(?:=\S*)?$/

/** Placeholders that stand for the directory of the bundle or plugin itself: its own files, as trusted as its command. */
const OWN_ROOT = /^\$\{(?:__dirname|CLAUDE_PLUGIN_ROOT|extensionPath)\}/

/** The canonical name a key stands for, or undefined when it is not a dangerous one. */
export function dangerousName(key: string): string | undefined {
  const upper = key.toUpperCase()
  if (WINDOWS_NAMES.has(upper)) return upper
  if (Object.hasOwn(INJECTORS, key) || Object.hasOwn(SEARCH_PATHS, key)) return key
  return key.startsWith('DYLD_') ? key : undefined
}

/** Whether a value refers to the inherited value of `name`, in any host's syntax. */
function inherits(value: string, name: string): { at: number } | undefined {
  const escaped = name.replace(/[^\w]/g, '')
  const pattern = new RegExp(
    `\\$\\{(?:env:)?${escaped}(?::-[^}]{0,200})?\\}|\\$${escaped}(?![A-Za-z0-9_])|%${escaped}%|\\{env:${escaped}\\}`,
    'i'
  )
  const m = pattern.exec(value)
  return m ? { at: m.index } : undefined
}

function shown(value: string): string {
  return quotable(value, 60)
}

/**
 * An `env` entry that overrides a variable deciding how programs run (PATH, LD_PRELOAD, NODE_OPTIONS,
 * PYTHONPATH ...). PATH extended after its inherited value only adds fallbacks: a notice. Search paths
 * that stay inside the bundle's or plugin's own directory, and NODE_OPTIONS that only tune memory or
 * warnings, are not reported. Entries that turn off TLS certificate checks (NODE_TLS_REJECT_UNAUTHORIZED=0,
 * GIT_SSL_NO_VERIFY, npm_config_strict_ssl=false) are reported too. Where the host leaves such an entry out
 * (Gemini CLI), that is what is said.
 * Disabled servers are skipped.
 */
export const dangerousEnvOverride: Rule = {
  id: 'dangerous-env-override',
  defaultSeverity: 'warning',
  description: 'An env entry overrides a variable that changes how programs run (PATH, LD_PRELOAD, NODE_OPTIONS ...).',
  messages: {
    injects: '{{name}} is set to "{{value}}", which runs code or options the command line does not show',
    dyld: '{{name}} is set, which changes how macOS loads every program the server starts',
    appended: '{{name}} is extended with "{{value}}", whose directories exist only on some machines',
    prepended: '"{{value}}" comes before the inherited {{name}}, so it shadows the system\'s own',
    replaced: '{{name}} is replaced with "{{value}}", which shadows the system\'s own or breaks the server',
    dropped: '{{host}} does not pass {{name}} from "env" to the server',
    tlsOff: '{{name}} is "{{value}}", which turns off TLS certificate checks for the server'
  },
  checkFile({ host, profile, servers }) {
    const reports: RuleReport[] = []
    for (const server of servers) {
      if (server.disabled || !server.env) continue
      for (const [key, value] of Object.entries(server.env)) {
        const at = envAt(server, key)
        const report = (messageId: string, data: MessageData, help: string, severity?: 'notice'): void => {
          const finding: RuleReport = { messageId, data, help, at, key: true, server: server.name }
          if (severity) finding.severity = severity
          reports.push(finding)
        }
        const dropped = profile.launch.droppedEnv
        if (dropped?.names.includes(key.toUpperCase())) {
          report(
            'dropped',
            { host: host.name, name: key },
            `${host.name} ${dropped.does}, so a server that needs this ${key} fails or behaves differently than on other hosts; set it in a script the server's command starts, or remove it.`
          )
          continue
        }
        const tlsName = key.toUpperCase() === 'NPM_CONFIG_STRICT_SSL' ? 'NPM_CONFIG_STRICT_SSL' : key
        const tls = Object.hasOwn(TLS_OFF, tlsName) ? TLS_OFF[tlsName] : undefined
        if (tls) {
          if (tls.off(value))
            report(
              'tlsOff',
              { name: key, value: shown(value) },
              `With it, ${tls.effect}, so anyone on the network path can read or change the traffic, tokens included; remove it, and if a proxy or private CA is in the way, trust that CA instead (NODE_EXTRA_CA_CERTS for Node.js).`
            )
          continue
        }
        const name = dangerousName(key)
        if (!name) continue
        if (
          name === 'NODE_OPTIONS' &&
          value
            .trim()
            .split(/\s+/)
            .every((flag) => HARMLESS_NODE_FLAG.test(flag))
        )
          continue
        // Own keys only: an env name like "constructor" must not find Object.prototype's.
        const injects = Object.hasOwn(INJECTORS, name) ? INJECTORS[name] : undefined
        if (injects) {
          report(
            'injects',
            { name, value: shown(value) },
            `${name} ${injects}: code runs that the command line does not show, on every machine that uses this config; remove it, and pass what the server needs as visible arguments in "args".`
          )
          continue
        }
        const effect = Object.hasOwn(SEARCH_PATHS, name) ? SEARCH_PATHS[name] : undefined
        if (!effect) {
          report(
            'dyld',
            { name },
            `${name} changes how the macOS dynamic linker loads every program the server starts, on every machine that uses this config; remove it.`
          )
          continue
        }
        if (value.split(/[:;]/).every((part) => part === '' || OWN_ROOT.test(part))) continue
        const inherited = inherits(value, name)
        if (inherited && value.slice(0, inherited.at).trim() === '') {
          report(
            'appended',
            { name, value: shown(value) },
            `${name} decides ${effect}: the system's entries still win, but the added ones exist only on some machines; prefer the full path of the program or module in "command" and "args".`,
            'notice'
          )
          continue
        }
        const reference = envReference(profile.placeholders.syntaxes, name)
        const keep =
          reference && name === 'PATH'
            ? `, or add directories after the inherited value, e.g. "${reference}:/opt/tool/bin"`
            : ''
        const help = `${name} decides ${effect}: a directory there shadows the system's own on every machine that uses this config, and a missing one breaks the server; remove it and use full paths in "command" and "args"${keep}.`
        if (inherited)
          report('prepended', { name, value: shown(value.slice(0, inherited.at).replace(/[:;]$/, '')) }, help)
        else report('replaced', { name, value: shown(value) }, help)
      }
    }
    return reports
  }
}
