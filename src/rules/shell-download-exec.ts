import { invocations, launches, reporterOnce } from './support/launch.js'
import { packageRuns } from './support/package-runners.js'
import { isCommandLine, programName, shellScript, splitWord, type Word } from './support/shell-words.js'
import type { Server } from '../types.js'
import { entryOf } from './support/transport.js'
import type { Rule, RuleReport } from './types.js'
import { quotable } from '../mask.js'
import { LINE_BREAK } from '../text.js'

/** Programs and .NET calls that fetch from the network. */
const DOWNLOADS =
  /\b(?:curl|wget|fetch|aria2c|iwr|irm|invoke-webrequest|invoke-restmethod|start-bitstransfer|bitsadmin)\b|downloadstring|downloadfile|downloaddata|\bcertutil\b.{0,200}-urlcache/i

/** A pipeline stage that runs its input: a shell, an interpreter, PowerShell's iex, `source`. */
const INTERPRETER =
  /^\s*(?:sudo\s+(?:-\S+\s+)*)?(?:\S*[\\/])?(?:(?:ba|z|da|k|fi|a)?sh|python[\d.]*|py|node|perl|ruby|php|bun|deno|pwsh|powershell|iex|invoke-expression|source)(?=[\s)]|$)/i

/** A download whose output is substituted into the command line: `$(curl …)`, `<(wget …)`, backticks. */
const SUBSTITUTED = /(?:\$\(|<\(|`)\s*(?:curl|wget|iwr|irm|invoke-webrequest|invoke-restmethod)\b/i

/** Evaluation of a string (with a download in the same command): `iex (iwr …)`, `eval "$(curl …)"`. */
const EVALUATES = /(?:^|[\s;&|(])(?:eval|iex|invoke-expression)(?=[\s(]|$)/i

/** A download saved to a file (curl's, below)... */
const SAVES = /\bwget\b|-outfile\b|downloadfile|start-bitstransfer|bitsadmin|\bcertutil\b/i
/** ...and a later command that starts a file. */
const RUNS_FILE =
  /^\s*(?:sudo\s+)?(?:chmod\s+\S*x|\.{1,2}[\\/]|(?:ba|z)?sh\s+\S|source\s|\.\s+\S|start\s|call\s|msiexec\b|&\s*\S+\.ps1|\S+\.(?:sh|exe|bat|cmd|ps1|msi)(?:\s|$))/i

const CURL = /\bcurl\b/gi
/** An output flag after curl (from where the `curl` ends): the blank before it may end curl's line. */
const CURL_OUTPUT = /.*\s(?:-o|-O|--output|--remote-name)(?:[\s=]|$)/iy
const LINE_BREAKS = new RegExp(LINE_BREAK.source, 'g')

/**
 * Whether a command saves a download: curl with an output flag after it, or a tool that saves. What
 * `/\bcurl\b.*\s(?:-o|…)(?:[\s=]|$)/i` finds, looked for after the first `curl` of each line only (a later
 * one on the same line finds nothing more): that pattern took time quadratic in a line of many `curl`s.
 */
function savesDownload(command: string): boolean {
  if (SAVES.test(command)) return true
  CURL.lastIndex = 0
  for (let curl = CURL.exec(command); curl; curl = CURL.exec(command)) {
    CURL_OUTPUT.lastIndex = curl.index + curl[0].length
    if (CURL_OUTPUT.test(command)) return true
    LINE_BREAKS.lastIndex = curl.index
    if (!LINE_BREAKS.exec(command)) return false
    CURL.lastIndex = LINE_BREAKS.lastIndex
  }
  return false
}

/** A pipeline stage that decodes text into code: `base64 -d`, `openssl base64 -d`, `xxd -r -p`, `base32 --decode`. */
const DECODES =
  /\b(?:base64|base32|basenc)\s+(?:-\S+\s+)*(?:-\w*d\w*|--decode)\b|\bopenssl\s+(?:base64|enc)\b[^|;&\n]{0,200}?\s-[a-z]*d\b|\bxxd\s+(?:-\S+\s+)*-r|\bcertutil\s+-decode/i

/**
 * Code read from a substitution by a shell or an interpreter: `sh -c "$(…)"`, `bash <(…)`, `python3 <(…)`,
 * after at most 20 options. Unbounded, the options were scanned again from each program name among them
 * (`.\t-x(.\t-x(…`): time quadratic in the command (68 ms for 20,000 characters, 0.8 ms now).
 */
const RUNS_SUBSTITUTION =
  /(?:^|[\s;&|(])(?:(?:ba|z|da|k|fi|a)?sh|python[\d.]*|node|perl|ruby|php|source|\.)\s+(?:-\S+\s+){0,20}["']?(?:\$\(|<\(|`)/i

const clip = (text: string): string => quotable(text.trim(), 60)

/**
 * Whether a script runs code it first decodes (`echo Y3Vy… | base64 -d | sh`, `eval "$(echo … | base64
 * -d)"`), and the part that shows it: what the config shows is not what runs, which is how malware
 * hides a download. In linear time, as downloadAndRun.
 */
export function decodeAndRun(script: string): string | undefined {
  const text = script.length > 20_000 ? script.slice(0, 20_000) : script
  if (!DECODES.test(text)) return undefined
  for (const command of text.split(/&&|\|\||;|\r?\n/)) {
    if (!DECODES.test(command)) continue
    const stages = command.split('|')
    const decode = stages.findIndex((stage, i) => i < stages.length - 1 && DECODES.test(stage))
    const into = decode === -1 ? undefined : stages.slice(decode + 1).find((stage) => INTERPRETER.test(stage))
    if (into !== undefined) return `${clip(stages[decode])} | ${clip(into)}`
    if (EVALUATES.test(command) || RUNS_SUBSTITUTION.test(command)) return clip(command)
  }
  return undefined
}

/**
 * Whether a script downloads code and runs it, and the part that shows it (`curl -fsSL https://… | sh`).
 * Scans its commands (at `;`, `&&`, `||`, line breaks) and their pipeline stages, in linear time.
 */
export function downloadAndRun(script: string): string | undefined {
  const text = script.length > 20_000 ? script.slice(0, 20_000) : script
  if (!DOWNLOADS.test(text)) return undefined
  const commands = text.split(/&&|\|\||;|\r?\n/)
  for (const command of commands) {
    const stages = command.split('|')
    const download = stages.findIndex((stage, i) => i < stages.length - 1 && DOWNLOADS.test(stage))
    const into = download === -1 ? undefined : stages.slice(download + 1).find((stage) => INTERPRETER.test(stage))
    if (into !== undefined) return `${clip(stages[download])} | ${clip(into)}`
    if (SUBSTITUTED.test(command) || (EVALUATES.test(command) && DOWNLOADS.test(command))) return clip(command)
  }
  const saved = commands.findIndex((command) => DOWNLOADS.test(command) && savesDownload(command))
  const started = saved === -1 ? undefined : commands.slice(saved + 1).find((command) => RUNS_FILE.test(command))
  return started === undefined ? undefined : `${clip(commands[saved])} … ${clip(started)}`
}

/** Code handed to an interpreter inline that fetches from the network and executes the result. */
const INLINE_FETCH = /urlopen|urllib|requests\.get|httpx|fetch\(|https?:\/\/|Net::HTTP|open-uri|LWP::/i
const INLINE_EXEC = /\bexec\s*\(|\beval\s*\(|new Function|\bimport\s*\(|\bsystem\s*\(|\bspawn|\bexecSync|\bsubprocess/i
/** Inline code that decodes a string (base64, hex, rot13, compressed) before it executes it. */
const INLINE_DECODE =
  /b64decode|b32decode|a85decode|base64\.decode|decodebytes|codecs\.decode|zlib\.decompress|marshal\.loads|bytes\.fromhex|\batob\s*\(|Buffer\.from\s*\([^)]{0,200}['"](?:base64|base64url|hex)['"]|unpack\s*\(?\s*['"][mH]|decode_base64|Base64\.decode/i

/** Options of an interpreter that take inline code. */
const INLINE_OPTIONS: Record<string, readonly string[]> = {
  python: ['-c'],
  node: ['-e', '--eval', '-p', '--print'],
  deno: ['eval'],
  ruby: ['-e'],
  perl: ['-e', '-E']
}

/** PowerShell's -EncodedCommand, by any abbreviation it accepts (`-e`, `-ec`, `-enc`, …). */
const ENCODED = /^[-/](?:e|ec|en(?:c(?:o(?:d(?:e(?:d(?:c(?:o(?:m(?:m(?:a(?:n(?:d)?)?)?)?)?)?)?)?)?)?)?)?)$/i

function inlineLanguage(program: string): string | undefined {
  if (/^python[\d.]*$|^py$/.test(program)) return 'python'
  if (program === 'nodejs') return 'node'
  // Own keys only: a command named "constructor" or "__proto__" is no interpreter.
  return Object.hasOwn(INLINE_OPTIONS, program) ? program : undefined
}

/**
 * A server started by a script that downloads code and runs it (`sh -c "curl … | sh"`, `iex (iwr …)`,
 * `python -c "exec(urlopen(…).read())"`), or by an encoded PowerShell command nobody can review.
 * Plain `sh -c "…"` scripts that download nothing are not reported.
 */
export const shellDownloadExec: Rule = {
  id: 'shell-download-exec',
  defaultSeverity: 'error',
  description: 'A server started through a shell pipeline or download-and-execute command.',
  messages: {
    download: 'the server downloads code and runs it: "{{evidence}}"',
    encoded: 'the server is started by an encoded PowerShell command ("{{flag}}") nobody can review',
    inline: 'inline {{language}} code fetches code from the network and executes it',
    decoded: 'the server runs code it first decodes, which the config does not show: "{{evidence}}"',
    inlineDecoded: 'inline {{language}} code decodes hidden code and executes it',
    helperDownload: '"{{key}}" downloads code and runs it: "{{evidence}}"',
    helperDecoded: '"{{key}}" runs code it first decodes, which the config does not show: "{{evidence}}"'
  },
  checkFile(context) {
    const reports: RuleReport[] = []
    // One report per word: the first reason found for it is enough.
    const report = reporterOnce(reports, (word) => JSON.stringify(word.at))
    const UNREVIEWED =
      "The server is whatever that address serves at each start, unpinned and unreviewed, with the user's rights"
    const FIX = 'install a pinned package instead, or commit the script and start it directly.'
    const download = (word: Word, server: Server, evidence: string): void =>
      report(
        word,
        server,
        'download',
        { evidence },
        `${UNREVIEWED}, so whoever controls the address (or the network, over http) controls this machine; ${FIX}`
      )
    // Switched-off servers too: one click runs them.
    const HIDDEN =
      'What runs is not what the config shows: nobody reviewing it can read what the server does, which is how malware hides a download; write the command in clear text, or commit a script and start it directly.'
    const decoded = (word: Word, server: Server, evidence: string): void =>
      report(word, server, 'decoded', { evidence }, HIDDEN)
    for (const launch of launches(context, { includeDisabled: true })) {
      const { server, command } = launch
      if (!command) continue
      const head = isCommandLine(command.value) ? splitWord(command) : [command]
      // `cmd /c curl … | powershell` with separate words: cmd joins them into one script (the words are
      // put together only for cmd).
      if (programName((head.length > 0 ? head[0] : launch.args[0]).value) === 'cmd') {
        const written = [...head, ...launch.args]
        const flag = written.findIndex((w, i) => i > 0 && /^\/[ck]$/i.test(w.value))
        const script =
          flag === -1
            ? undefined
            : written
                .slice(flag + 1)
                .map((w) => w.value)
                .join(' ')
        const evidence = script === undefined ? undefined : downloadAndRun(script)
        if (evidence) download(written[flag + 1], server, evidence)
        const hidden = script === undefined ? undefined : decodeAndRun(script)
        if (hidden) decoded(written[flag + 1], server, hidden)
      }
      for (const argv of invocations(launch)) {
        // `npx https://…/pkg.tgz`, `uvx --from https://…/x.whl x`: a package runner fed an archive's address.
        for (const run of packageRuns(argv))
          if (run.ecosystem !== 'docker' && /^https?:\/\//i.test(run.spec.value.trim()))
            download(run.spec, server, `${run.runner} ${clip(run.spec.value)}`)
        const program = programName(argv[0]?.value ?? '')
        const script = shellScript(argv)
        if (script) {
          const evidence = downloadAndRun(script.value)
          if (evidence) download(script, server, evidence)
          const hidden = decodeAndRun(script.value)
          if (hidden) decoded(script, server, hidden)
        }
        if (program === 'powershell' || program === 'pwsh') {
          const encoded = argv.findIndex((w, i) => i > 0 && ENCODED.test(w.value))
          if (encoded !== -1) {
            report(
              argv[encoded],
              server,
              'encoded',
              { flag: argv[encoded].value },
              'Nobody reviewing the config can read what it does, which is how malware hides a download; write the command in clear text, or commit a script and run it with -File.'
            )
            continue
          }
          const command = argv.findIndex(
            (w, i) => i > 0 && /^[-/]c(?:o(?:m(?:m(?:a(?:n(?:d)?)?)?)?)?)?$/i.test(w.value)
          )
          const script = argv
            .slice(command === -1 ? 1 : command + 1)
            .map((w) => w.value)
            .join(' ')
          const evidence = downloadAndRun(script)
          if (evidence) download(argv.find((w, i) => i > 0 && DOWNLOADS.test(w.value)) ?? argv[1], server, evidence)
          // `iex ([Text.Encoding]::UTF8.GetString([Convert]::FromBase64String('…')))`
          if (/FromBase64String|FromHexString/i.test(script) && EVALUATES.test(script))
            decoded(
              argv.find((w, i) => i > 0 && /FromBase64String|FromHexString/i.test(w.value)) ?? argv[1],
              server,
              clip(script)
            )
        }
        const language = inlineLanguage(program)
        if (language) {
          const option = argv.findIndex((w, i) => i > 0 && INLINE_OPTIONS[language].includes(w.value))
          const code = option === -1 ? undefined : argv[option + 1]
          if (code && INLINE_FETCH.test(code.value) && INLINE_EXEC.test(code.value)) {
            report(
              code,
              server,
              'inline',
              { language },
              `${UNREVIEWED.replace('unpinned and unreviewed', 'unreviewed')}; ${FIX}`
            )
          }
          if (code && INLINE_DECODE.test(code.value) && INLINE_EXEC.test(code.value))
            report(code, server, 'inlineDecoded', { language }, HIDDEN)
        }
      }
    }
    // A helper command the host runs itself (Claude Code's headersHelper) is a shell script too.
    for (const server of context.servers) {
      const entry = entryOf(context.doc, server)
      for (const key of context.profile.launch.helpers) {
        const value = entry?.[key]
        if (typeof value !== 'string') continue
        const word: Word = { value, at: [...server.pointer, key], whole: true }
        const runs = `${context.host.name} runs "${key}" on this machine itself, with the user's rights, whenever it connects to "${server.name}"`
        const evidence = downloadAndRun(value)
        if (evidence)
          report(
            word,
            server,
            'helperDownload',
            { key, evidence },
            `${runs}: whoever controls that address (or the network, over http) controls this machine; commit the script and name it here instead.`
          )
        const hidden = decodeAndRun(value)
        if (hidden) report(word, server, 'helperDecoded', { key, evidence: hidden }, `${runs}. ${HIDDEN}`)
      }
    }
    return reports
  }
}
