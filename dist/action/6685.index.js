export const id = 6685;
export const ids = [6685];
export const modules = {

/***/ 6685:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  dryRun: () => (/* binding */ dryRun)
});

// UNUSED EXPORTS: DRY_RUN_DEFAULTS, DRY_RUN_RULES

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./node_modules/@modelcontextprotocol/sdk/dist/esm/client/sse.js + 1 modules
var sse = __webpack_require__(53);
// EXTERNAL MODULE: ./node_modules/@modelcontextprotocol/sdk/dist/esm/client/auth.js + 6 modules
var auth = __webpack_require__(7485);
// EXTERNAL MODULE: ./node_modules/@modelcontextprotocol/sdk/dist/esm/client/streamableHttp.js + 2 modules
var streamableHttp = __webpack_require__(3491);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./node_modules/@modelcontextprotocol/sdk/dist/esm/types.js + 1 modules
var types = __webpack_require__(330);
// EXTERNAL MODULE: ./src/message-template.ts
var message_template = __webpack_require__(3887);
;// CONCATENATED MODULE: ./src/dryrun/env.ts
/**
 * The environment a dry-run server is started with. Config files arrive in pull requests, so a
 * server gets an allow-list of harmless variables, its own `env` entries and the names the user
 * passes explicitly, and never a runner credential (security brief, "token theft").
 */
/** Variables every server gets when the runner has them: enough to find programs and a home. */
const ALLOWED_VARIABLES = [
    'PATH',
    'HOME',
    'TMPDIR',
    'TEMP',
    'TMP',
    'LANG',
    'TERM',
    'SHELL',
    'USER'
];
/** Windows needs a few more for programs to start at all (names compared case-insensitively there). */
const ALLOWED_WINDOWS_VARIABLES = [
    'SYSTEMROOT',
    'APPDATA',
    'LOCALAPPDATA',
    'USERPROFILE',
    'COMSPEC',
    'PATHEXT'
];
/** Runner credentials: GitHub tokens, the Actions runtime and OIDC tokens, and every action input. */
const DENIED = /^(?:GITHUB_.*TOKEN.*|ACTIONS_.*|INPUT_.*)$/i;
/** Whether a variable is a runner credential that no server may ever receive, even when named. */
function isDeniedVariable(name) {
    return DENIED.test(name);
}
/** Whether a variable belongs to the default allow-list (`LC_*` included). */
function isAllowedVariable(name, platform = process.platform) {
    const key = platform === 'win32' ? name.toUpperCase() : name;
    if (ALLOWED_VARIABLES.includes(key) || key.startsWith('LC_'))
        return true;
    return platform === 'win32' && ALLOWED_WINDOWS_VARIABLES.includes(key);
}
/**
 * The variables placeholders may read and servers may inherit: the allow-list plus the names the
 * user passes (`--pass-env`), taken from `source`. Denied names are dropped even when passed, and
 * values that look like exported shell functions are skipped, as the MCP SDK does.
 */
function baseEnvironment(source, passEnv = [], platform = process.platform) {
    const passed = new Set(passEnv.map((name) => (platform === 'win32' ? name.toUpperCase() : name)));
    const env = Object.create(null);
    for (const [name, value] of Object.entries(source)) {
        if (value === undefined || isDeniedVariable(name) || value.startsWith('()'))
            continue;
        const key = platform === 'win32' ? name.toUpperCase() : name;
        if (isAllowedVariable(name, platform) || passed.has(key))
            env[name] = value;
    }
    return env;
}
/**
 * The whole environment, for a dry run on a developer's own machine (`mcpcop doctor`): the servers
 * get what the hosts started from the same shell would give them. Runner credentials are still
 * withheld when it runs inside GitHub Actions; exported shell functions are skipped as above.
 */
function inheritedEnvironment(source) {
    const inRunner = source.GITHUB_ACTIONS === 'true';
    const env = Object.create(null);
    for (const [name, value] of Object.entries(source)) {
        if (value === undefined || value.startsWith('()') || (inRunner && isDeniedVariable(name)))
            continue;
        env[name] = value;
    }
    return env;
}
/** Variable names that usually hold a credential. */
const CREDENTIAL_NAME = /TOKEN|SECRET|PASSW(?:OR)?D|CREDENTIAL|API_?KEY|ACCESS_?KEY|PRIVATE|AUTH|COOKIE|SESSION/i;
/**
 * The values of an inherited environment that must never be printed: those of variables named like
 * credentials, and any that looks like one. A server that echoes one on stderr gets it masked.
 */
function credentialValues(env, looksSecret) {
    return Object.entries(env)
        .filter(([name, value]) => CREDENTIAL_NAME.test(name) || looksSecret(value, name))
        .map(([, value]) => value);
}
/**
 * The complete environment of one stdio server: the base environment, then the host's own
 * additions (Claude Code sets `CLAUDE_PROJECT_DIR`), then the server's resolved `env` entries,
 * which the config author chose and which therefore win.
 */
function serverEnvironment(base, hostAdditions, serverEnv = {}) {
    return { ...base, ...hostAdditions, ...serverEnv };
}

;// CONCATENATED MODULE: ./src/dryrun/messages.ts


/**
 * The dry run's messages by id: one sentence each, naming the value and the problem, `{{name}}` filled
 * from the problem's `data` (as rules do). The why and the fix go to `help`; the failure `kind` (one
 * word, documented in docs/dry-run.md) stays beside them, since users and `mcpcop why` key on it.
 */
const DRY_RUN_MESSAGES = {
    // Starting a stdio server.
    commandLine: 'command "{{command}}" was not found: it is a whole command line, not a program',
    noSuchFile: 'command "{{command}}" does not exist',
    notOnPath: '"{{command}}" was not found on PATH',
    notExecutable: 'command "{{command}}" is not executable',
    spawnFailed: 'command "{{command}}" could not be started ({{code}})',
    cwdNotFound: 'the working directory "{{cwd}}" does not exist',
    // A stdio server that started.
    glued: 'the server wrote its answer to "{{phase}}" on the same line as other output',
    flood: 'the server flooded stdout with non-MCP output before answering "{{phase}}"',
    noisyTimeout: 'no valid answer to "{{phase}}", and stdout held non-MCP output: "{{line}}"',
    timeout: 'no answer to "{{phase}}" before the timeout',
    exitedReporting: 'the server exited ({{exit}}) before answering "{{phase}}": "{{error}}"',
    exited: 'the server exited ({{exit}}) before answering "{{phase}}"',
    stdoutClosed: 'the server closed its stdout while the dry run waited for "{{phase}}"',
    noisyClose: 'the server closed the connection after non-MCP output on stdout: "{{line}}"',
    connectionFailed: 'the connection failed while waiting for "{{phase}}": {{error}}',
    stdoutNoise: 'the server printed non-MCP output on stdout: "{{line}}"',
    // Any server's answers.
    unsupportedVersion: 'the server speaks protocol version "{{version}}", which the MCP SDK does not support',
    errorAnswer: 'the server answered "{{phase}}" with error {{code}}: "{{error}}"',
    invalidAnswer: 'the server\'s answer to "{{phase}}" does not match the MCP schema',
    // A remote server.
    connectionRefused: 'connection refused at "{{host}}"',
    dns: 'the host name "{{host}}" could not be resolved ({{code}})',
    tls: 'the TLS handshake with "{{host}}" failed ({{code}})',
    networkCode: 'the connection to "{{host}}" failed ({{code}})',
    networkError: 'the request to "{{url}}" failed ({{error}})',
    credentialsRefused: '"{{url}}" refused the credentials in "headers" (HTTP {{status}})',
    needsOAuth: '"{{url}}" needs an OAuth sign-in (HTTP {{status}}), which a dry run cannot do',
    needsToken: '"{{url}}" needs a token (HTTP {{status}}) and offers no OAuth sign-in',
    notMcp: '"{{url}}" answered with a content type that is not JSON or an event stream',
    httpStatus: '"{{url}}" answered HTTP {{status}} to "{{phase}}"',
    remoteTimeout: 'no answer to "{{phase}}" from "{{url}}" before the timeout',
    remoteFailed: '"{{url}}" failed during "{{phase}}": {{error}}',
    // Servers not started.
    disabled: 'the entry is switched off, so the host does not start it',
    inContainer: 'the host starts this server inside the dev container',
    deniedVariable: 'needs {{names}}, which a dry run never gives to a server',
    claudeProjectDir: "needs CLAUDE_PROJECT_DIR, which Claude Code sets only in the server's environment",
    needsVariable: 'needs {{names}}, not set for the dry run',
    needsPlaceholder: 'needs {{placeholders}}, which a dry run cannot fill',
    budgetExhausted: 'not started: the overall dry-run budget ran out',
    unsupportedTransport: 'the dry run cannot connect over "{{transport}}"',
    unsupportedScheme: 'the dry run connects only to http:// and https:// URLs, not {{scheme}}//',
    noCommand: 'the entry has no "command" to start',
    noUrl: 'the entry has no "url" to connect to',
    invalidUrl: 'the "url" is not a valid URL',
    interrupted: 'the dry run was interrupted ({{signal}}) before this server finished',
    internalError: 'the dry run itself failed: {{error}}'
};
/** A problem's sentence. */
function problemMessage(problem) {
    return (0,message_template/* fillMessage */.f)(DRY_RUN_MESSAGES[problem.messageId], problem.data);
}
/** The same problem with every text it carries passed through `mask` (a server's stderr may hold a token). */
function maskProblem(problem, mask) {
    return {
        ...problem,
        data: Object.fromEntries(Object.entries(problem.data).map(([key, value]) => [key, typeof value === 'string' ? mask(value) : value])),
        help: mask(problem.help)
    };
}
/** Longest quoted value in a message (a command line, a stderr line); help quotes it whole. */
const MAX_VALUE = 80;
/** A value as a message quotes it: on one line, and cut at `limit` characters with an ellipsis. */
function shortValue(text, limit = MAX_VALUE) {
    const flat = text.replace(/\s*[\r\n]+\s*/g, ' ').trim();
    return flat.length > limit ? `${flat.slice(0, limit - 1)}…` : flat;
}
/** Why a server that needs a value no one gave is skipped, and how to give it. */
function missingPlaceholders(missing) {
    const first = missing[0];
    if (first.kind === 'variable') {
        const variables = missing.filter((m) => m.kind === 'variable');
        const names = variables.map((m) => m.name);
        const denied = names.filter(isDeniedVariable);
        if (denied.length > 0)
            return {
                kind: 'needs-variable',
                messageId: 'deniedVariable',
                data: { names: denied.join(', ') },
                help: 'Runner credentials are withheld from configs in pull requests, so this server is skipped.'
            };
        if (names.includes('CLAUDE_PROJECT_DIR'))
            return {
                kind: 'needs-variable',
                messageId: 'claudeProjectDir',
                data: {},
                help: '"${CLAUDE_PROJECT_DIR}" in .mcp.json stays literal text: write "${CLAUDE_PROJECT_DIR:-.}".'
            };
        const one = names.length === 1;
        return {
            kind: 'needs-variable',
            messageId: 'needsVariable',
            data: { names: names.join(', ') },
            help: `The entry reads ${variables.map((m) => `"${m.text}"`).join(', ')}; set ${one ? 'it' : 'them'} and pass ${one ? 'it' : 'them'} with ${names.map((n) => `--pass-env ${n}`).join(' ')} (servers get no other variable from the environment).`
        };
    }
    const why = {
        input: 'The host asks the user for it, and a dry run cannot answer prompts',
        secret: 'The host reads it from its secret store, which a dry run cannot reach',
        file: 'A dry run does not read files named by placeholders',
        'host-variable': 'Only the running host can provide it'
    };
    return {
        kind: `needs-${first.kind === 'host-variable' ? 'host-value' : first.kind}`,
        messageId: 'needsPlaceholder',
        data: { placeholders: missing.map((m) => `"${m.text}"`).join(', ') },
        help: `${why[first.kind]}, so this server is skipped.`
    };
}
/** Servers the dry run leaves, with the reason. */
const NOT_STARTED = {
    disabled: {
        kind: 'disabled',
        messageId: 'disabled',
        data: {},
        help: 'Switch it on to have it checked.'
    },
    inContainer: {
        kind: 'in-container',
        messageId: 'inContainer',
        data: {},
        help: 'Its command must exist in the image, and started here it would test the wrong machine, so the dry run leaves it: check it inside the container.'
    },
    budgetExhausted: {
        kind: 'budget-exhausted',
        messageId: 'budgetExhausted',
        data: {},
        help: 'Check fewer servers at once, or raise the budget.'
    },
    noCommand: {
        kind: 'incomplete',
        messageId: 'noCommand',
        data: {},
        help: 'The schema step reports what the entry lacks.'
    },
    noUrl: {
        kind: 'incomplete',
        messageId: 'noUrl',
        data: {},
        help: 'The schema step reports what the entry lacks.'
    },
    invalidUrl: {
        kind: 'incomplete',
        messageId: 'invalidUrl',
        data: {},
        help: 'The schema step reports what is wrong with it.'
    }
};
/** A stdio server's working directory that does not exist. */
function cwdNotFound(cwd) {
    const shown = shortValue(cwd);
    return {
        kind: 'cwd-not-found',
        messageId: 'cwdNotFound',
        data: { cwd: shown },
        help: `${shown === cwd ? '' : `It is "${cwd}". `}Fix "cwd", or create the folder before the dry run.`
    };
}
/** A transport the dry run does not speak (`ws`, a host's own), as the entry names it. */
function unsupportedTransport(transport) {
    return {
        kind: 'unsupported-transport',
        messageId: 'unsupportedTransport',
        data: { transport: shortValue(transport) },
        help: 'Only stdio, Streamable HTTP and SSE servers are checked.'
    };
}
/** A remote server's URL scheme other than http: and https: (`unix:`, `pipe:`). */
function unsupportedScheme(protocol) {
    return {
        kind: 'unsupported-transport',
        messageId: 'unsupportedScheme',
        data: { scheme: shortValue(protocol) },
        help: 'Only stdio, Streamable HTTP and SSE servers are checked.'
    };
}
/** A server not finished when a signal ended the run. */
function interruptedBy(signal) {
    return {
        kind: 'interrupted',
        messageId: 'interrupted',
        data: { signal: signal ?? 'a signal' },
        help: 'Every server process was ended; run the dry run again to check this server.'
    };
}
/** A bug of ours while checking one server. */
function internalError(error) {
    const text = error?.message;
    return {
        kind: 'internal-error',
        messageId: 'internalError',
        data: { error: shortValue(typeof text === 'string' ? text : String(error)) },
        help: 'This is a bug in mcpcop (the other servers were still checked): please report it.'
    };
}
/** A server that works but printed something other than MCP on stdout. */
function stdoutNoise(line) {
    return {
        kind: 'stdout-noise',
        messageId: 'stdoutNoise',
        data: { line: shortValue(line) },
        help: 'The MCP SDK skips such lines with an error, but a log line that runs into a message breaks the connection: send logs to stderr.'
    };
}

;// CONCATENATED MODULE: ./src/dryrun/classify.ts






const PACKAGE_RUNNERS = new Set([
    'npx',
    'uvx',
    'pipx',
    'bunx',
    'pnpx',
    'pnpm',
    'yarn',
    'docker',
    'podman',
    'deno',
    'bun'
]);
/** A failure of `kind` with its message and help. */
function failure(kind, messageId, data, help) {
    return { kind, messageId, data, help };
}
/** Classifies a stdio server's failure. */
function classifyStdio(f) {
    const code = errorCode(f.error);
    const command = shortValue(f.command);
    if (f.phase === 'starting' && f.error !== undefined) {
        if (code === 'ENOENT') {
            const [program] = f.command.trim().split(/\s+/);
            // "npx -y pkg" in "command" (a program path with spaces has a slash before the first space).
            if (/\s/.test(f.command.trim()) && program !== undefined && !/[/\\]/.test(program)) {
                return failure('command-not-found', 'commandLine', { command }, `The host takes the whole string as the program's name: put ${quote(program)} in "command" and the rest in "args".`);
            }
            if (f.command.includes('/') || f.command.includes('\\')) {
                return failure('command-not-found', 'noSuchFile', { command }, `It resolves to ${quote(external_node_path_default().resolve(f.cwd, f.command))}: fix the path, or build the project so the file exists before the dry run.`);
            }
            return failure('command-not-found', 'notOnPath', { command }, `The server gets PATH ${quote(f.pathSearched, 2000)}: install it on this machine (in CI, add a setup step) or use an absolute path.`);
        }
        if (code === 'EACCES')
            return failure('command-not-executable', 'notExecutable', { command }, 'Mark it executable (chmod +x) or start it through its interpreter (e.g. "node", "python").');
        return failure('spawn-failed', 'spawnFailed', { command, code: shortValue(code ?? errorText(f.error)) }, `Check the command and its working directory ${quote(f.cwd)}.`);
    }
    const phase = f.phase;
    if (f.glued !== undefined) {
        return failure('stdout-corrupted', 'glued', { phase }, `The line was ${quote(f.glued)}, so the answer was lost: a stdio server must write each JSON-RPC message on a line of its own and send logs to stderr.`);
    }
    if (f.flood) {
        return failure('stdout-corrupted', 'flood', { phase }, `It wrote ${size(f.noise.bytes)} that is not MCP (first line: ${quote(f.noise.first ?? '')}): a stdio server must write only JSON-RPC messages on stdout; send logs to stderr.`);
    }
    if (f.timedOut) {
        if (f.noise.first !== undefined) {
            return failure('stdout-corrupted', 'noisyTimeout', { phase, line: shortValue(f.noise.first) }, `It got ${f.timeoutMs} ms. A stdio server must write only JSON-RPC messages on stdout (one per line): send logs to stderr.`);
        }
        const silent = f.stdoutBytes === 0 && f.stderrBytes === 0;
        const said = silent
            ? 'it printed nothing on stdout or stderr'
            : f.stderrLines.length > 0
                ? `its stderr ends with ${quote(f.stderrLines[f.stderrLines.length - 1])}`
                : 'it printed nothing on stderr';
        return failure('timeout', 'timeout', { phase }, `It got ${f.timeoutMs} ms, and ${said}. ${timeoutHint(f)}.`);
    }
    // An explicit error answer or a bad version ends the attempt (and then the server, as we close).
    const protocol = classifyProtocol(f.error, f.phase);
    if (protocol)
        return protocol;
    if (f.exit !== undefined) {
        const exit = f.exit.signal ? `signal ${f.exit.signal}` : `code ${f.exit.code}`;
        // A crash prints its error a dozen lines before the end ("Node.js v20…"): quote the error itself.
        const error = errorLine(f.stderrLines);
        if (error !== undefined) {
            const whole = shortValue(error) === oneLine(error) ? '' : `It reported ${quote(error)}. `;
            return failure('exited', 'exitedReporting', { exit, phase, error: shortValue(error) }, `${whole}${exitHint(f)}.`);
        }
        const said = f.stderrLines.length > 0
            ? `Its stderr ends with ${quote(f.stderrLines[f.stderrLines.length - 1])}`
            : f.noise.first !== undefined
                ? `It printed ${quote(f.noise.first)} on stdout`
                : 'It printed nothing on stderr';
        return failure('exited', 'exited', { exit, phase }, `${said}. ${exitHint(f)}.`);
    }
    if (f.stdoutClosed) {
        return failure('stdout-closed', 'stdoutClosed', { phase }, 'It kept running: a stdio server sends every answer on stdout, so a host would wait for it forever. Check that it does not close or redirect stdout (a daemon that detaches, "exec >/dev/null", a logger that takes over stdout).');
    }
    if (f.noise.first !== undefined) {
        return failure('stdout-corrupted', 'noisyClose', { line: shortValue(f.noise.first) }, `It closed the connection while handling ${quote(phase)}. A stdio server must write only JSON-RPC messages on stdout: send logs to stderr.`);
    }
    return failure('protocol-error', 'connectionFailed', { phase, error: shortValue(errorText(f.error)) }, `Run ${quote(commandLine(f.command, f.args))} by hand to see why it ends the connection.`);
}
// The line a program prints for an uncaught error: Node's `Error: …`, `TypeError: …`,
// `Error [ERR_MODULE_NOT_FOUND]: …` (and Python's `ModuleNotFoundError: …`), unindented, unlike the
// stack below it and the `[cause]` of a wrapped error.
// An exception as Node, Python or Java print it, or a logger's ERROR/FATAL line; after the timestamp
// and pid a logger may start the line with ("[2026-12-02T04:31:55Z] pid 41: Error: …").
const LOG_PREFIX = String.raw `(?:\[?\d{4}-\d{2}-\d{2}[T ][\d:.,]{5,15}(?:Z|[+-]\d{2}:?\d{2})?\]?[ \t]+)?(?:(?:pid|PID)[ #:=]{0,2}\d+:?[ \t]+)?`;
const ERROR_LINE = new RegExp(String.raw `^${LOG_PREFIX}(?:(?:Uncaught )?(?:[A-Z][A-Za-z0-9]*)?(?:Error|Exception)(?: \[[A-Z0-9_]+\])?: \S|\[?(?:ERROR|FATAL|CRITICAL)\]?(?:: ?| - | )\S)`);
// npm's own failure (npx could not install or find the package): its code and the line after it,
// rather than the "A complete log of this run can be found in" that ends it.
const NPM_CODE = /^npm (?:error|ERR!) code (\S+)/;
/** The line of stderr that says what went wrong, when the program printed one the usual way. */
function errorLine(lines) {
    const npm = lines.findIndex((line) => NPM_CODE.test(line));
    if (npm !== -1) {
        const detail = lines
            .slice(npm + 1)
            .find((line) => /^npm (?:error|ERR!) \S/.test(line) && !/A complete log of this run/.test(line));
        const code = NPM_CODE.exec(lines[npm])[1];
        return detail === undefined
            ? `npm error code ${code}`
            : `npm error ${code}: ${detail.replace(/^npm (?:error|ERR!) /, '')}`;
    }
    for (let i = lines.length - 1; i >= 0; i--)
        if (ERROR_LINE.test(lines[i]))
            return lines[i];
    // npm without a code ("npm error could not determine executable to run": a package without a bin).
    return [...lines]
        .reverse()
        .find((line) => /^npm (?:error|ERR!) \S/.test(line) && !/A complete log of this run/.test(line));
}
/** Classifies a remote (Streamable HTTP or SSE) server's failure. */
function classifyHttp(f) {
    const url = displayUrl(f.url);
    const host = f.url.host;
    const phase = f.phase;
    const net = networkCode(f.networkError) ?? networkCode(f.error);
    if (net !== undefined) {
        if (net === 'ECONNREFUSED')
            return failure('connection-refused', 'connectionRefused', { host }, 'Nothing listens there: start the server before the dry run, or fix the host and port in "url".');
        if (net === 'ENOTFOUND' || net === 'EAI_AGAIN' || net === 'EAI_NONAME')
            return failure('dns', 'dns', { host: f.url.hostname, code: net }, 'Check the host in "url".');
        if (isTlsCode(net))
            return failure('tls', 'tls', { host, code: net }, 'The server\'s certificate is not trusted for this name: fix the certificate, or the host in "url".');
        if (!f.timedOut)
            return failure('network', 'networkCode', { host, code: net }, 'Check that the server is up and reachable from here.');
    }
    if (f.networkError !== undefined && !f.timedOut && httpStatus(f.error) === undefined) {
        return failure('network', 'networkError', { url, error: shortValue(errorText(f.networkError)) }, 'Check the host and port in "url".');
    }
    const status = httpStatus(f.error);
    if (status === 401 || status === 403 || f.error instanceof auth/* UnauthorizedError */.D_) {
        const code = status ?? 401;
        if (f.hasHeaders)
            return failure('needs-credentials', 'credentialsRefused', { url, status: code }, 'Check that the variables the headers read hold a valid token.');
        if (f.oauth) {
            const metadata = displayUrl(new URL(f.oauth.metadataUrl));
            return {
                ...failure('needs-oauth', 'needsOAuth', { url, status: code }, `It publishes ${f.oauth.metadata} metadata at ${quote(metadata)}${f.oauth.named ? ', named in its WWW-Authenticate header' : ''}. A host opens the sign-in in a browser on first use; a CI run cannot sign in, so the dry run skips it.`),
                skipped: true
            };
        }
        return {
            ...failure('needs-credentials', 'needsToken', { url, status: code }, 'Put one in "headers" (for example "Authorization": "Bearer ${API_TOKEN}") and pass the variable to the dry run with --pass-env API_TOKEN.'),
            skipped: true
        };
    }
    if (status === -1)
        return failure('protocol-error', 'notMcp', { url }, 'It is not an MCP endpoint: check the path in "url".');
    if (status !== undefined) {
        const hint = status === 404 || status === 405
            ? `Check the path in "url" (${f.transport === 'sse' ? 'SSE servers usually serve /sse' : 'Streamable HTTP servers usually serve /mcp'}).`
            : status >= 500
                ? 'The server failed: see its logs.'
                : 'Check the URL and the headers.';
        return failure('http-status', 'httpStatus', { url, status, phase }, hint);
    }
    if (f.timedOut) {
        const serves = f.transport === 'sse' ? 'the SSE transport' : 'MCP (Streamable HTTP)';
        return failure('timeout', 'remoteTimeout', { phase, url }, `It got ${f.timeoutMs} ms: check that it serves ${serves} at this path, or raise --timeout.`);
    }
    return (classifyProtocol(f.error, f.phase) ??
        failure('protocol-error', 'remoteFailed', { url, phase, error: shortValue(errorText(f.error)) }, 'Check that the URL is an MCP endpoint.'));
}
/** A JSON-RPC error answer, an invalid answer, or an unsupported protocol version. */
function classifyProtocol(error, phase) {
    const text = errorText(error);
    const version = /protocol version is not supported: (.*)$/.exec(text);
    if (version) {
        return failure('unsupported-protocol-version', 'unsupportedVersion', { version: shortValue(version[1]) }, `The MCP SDK speaks ${types/* SUPPORTED_PROTOCOL_VERSIONS */.Iu.join(', ')}: update the server or its MCP SDK.`);
    }
    if (error instanceof types/* McpError */.Nh &&
        error.code !== types/* ErrorCode */.O4.ConnectionClosed &&
        error.code !== types/* ErrorCode */.O4.RequestTimeout) {
        const message = text.replace(/^MCP error -?\d+: /, '');
        const whole = shortValue(message) === oneLine(message) ? '' : `Its error says ${quote(message)}. `;
        return failure('protocol-error', 'errorAnswer', { phase, code: error.code, error: shortValue(message) }, `${whole}A host would get the same answer: see the server's documentation or logs for why it refuses.`);
    }
    if (isValidationError(error)) {
        return failure('protocol-error', 'invalidAnswer', { phase }, `Where it breaks the schema: ${summariseIssues(text)}. A host rejects it too: update the server or its MCP SDK.`);
    }
    return undefined;
}
function timeoutHint(f) {
    const runner = external_node_path_default().basename(f.command).replace(/\.(cmd|exe)$/i, '');
    const all = f.stderrLines.join('\n');
    if (PACKAGE_RUNNERS.has(runner) && f.phase === 'initialize' && f.stdoutBytes === 0) {
        const pkg = f.args.find((a) => !a.startsWith('-') && a !== 'run' && a !== 'dlx' && a !== 'x');
        return `${quote(runner)} may still be downloading ${pkg === undefined ? 'the package' : quote(pkg)}: run it once before the dry run to fill the cache, or raise --timeout`;
    }
    if (/https?:\/\/|listening on|port \d+/i.test(all))
        return 'It looks like an HTTP server: configure it with "url" (started separately) instead of "command", or start it in stdio mode';
    return `Check that ${quote(commandLine(f.command, f.args))} starts an MCP server on stdio (not a one-off command or an HTTP server), or raise --timeout`;
}
function exitHint(f) {
    // The error line says what went wrong; a stack trace and source excerpt around it would only add
    // words that sound like causes ("token" in a file name).
    const all = errorLine(f.stderrLines) ?? f.stderrLines.slice(-3).join('\n');
    if (f.exit?.code === 0)
        return `A stdio server must keep running and read requests from stdin: check that ${quote(commandLine(f.command, f.args))} starts the server`;
    if (/cannot find module|module not found|no such file/i.test(all))
        return 'A file it needs is missing: fix the path in "args", or build or install the project before the dry run';
    if (/api[_ -]?key|token|credential|unauthori[sz]ed|environment variable|must be set|is required/i.test(all))
        return 'It seems to need a setting: give it through "env" from a variable passed with --pass-env';
    if (/EADDRINUSE|address already in use/i.test(all))
        return 'A port it wants is taken: stop the other process or change the port';
    return 'Fix the error it reports (run the command by hand to see all of it)';
}
/** `https://host/path` without user info, query or fragment, which may carry tokens. */
function displayUrl(url) {
    return shortValue(`${url.protocol}//${url.host}${url.pathname}`, 100);
}
function commandLine(command, args) {
    const text = [command, ...args].join(' ');
    return text.length > 80 ? `${text.slice(0, 79)}…` : text;
}
function quote(text, limit = 200) {
    const flat = oneLine(text);
    return `"${flat.length > limit ? `${flat.slice(0, limit - 1)}…` : flat}"`;
}
/**
 * Schema validation errors list one issue per offending item (13 tools, 13 identical issues): group
 * them by path with indices folded, e.g. `tools[*].inputSchema.type: expected "object" (13 items)`.
 */
function summariseIssues(text) {
    const json = text.slice(text.indexOf('['));
    let issues;
    try {
        issues = JSON.parse(json);
        if (!Array.isArray(issues) || issues.length === 0)
            return oneLine(text);
    }
    catch {
        return oneLine(text);
    }
    const groups = new Map();
    for (const issue of issues) {
        const where = (issue.path ?? [])
            .map((p) => (typeof p === 'number' ? '[*]' : `.${p}`))
            .join('')
            .replace(/^\./, '');
        const key = `${where || '(root)'}: ${(issue.message ?? 'invalid').replace(/^Invalid input: /, '')}`;
        groups.set(key, (groups.get(key) ?? 0) + 1);
    }
    const parts = [...groups].slice(0, 3).map(([key, count]) => (count > 1 ? `${key} (${count} items)` : key));
    if (groups.size > 3)
        parts.push(`and ${groups.size - 3} more`);
    return parts.join('; ');
}
function oneLine(text) {
    return text.replace(/\s*[\r\n]+\s*/g, ' ').trim();
}
function size(bytes) {
    return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}
/** An error's message, with its cause's (fetch says only "fetch failed"; the cause says why). */
function errorText(error) {
    // Duck-typed, not instanceof: errors from Node's internals may come from another realm.
    const message = messageOf(error);
    if (message === undefined)
        return String(error);
    const cause = messageOf(error.cause);
    return cause && !message.includes(cause) ? `${message}: ${cause}` : message;
}
function messageOf(error) {
    const message = error?.message;
    return typeof message === 'string' ? message : undefined;
}
function errorCode(error) {
    const code = error?.code;
    return typeof code === 'string' ? code : undefined;
}
/** The first system error code in an error, its `cause` chain, or an AggregateError's members. */
function networkCode(error, depth = 0) {
    if (error === null || typeof error !== 'object' || depth > 5)
        return undefined;
    const code = error.code;
    if (typeof code === 'string' && /^[A-Z_]+$/.test(code) && !code.startsWith('ERR_INVALID') && code !== 'ABORT_ERR')
        return code;
    const nested = [
        error.cause,
        ...(error.errors ?? [])
    ];
    for (const inner of nested) {
        const found = networkCode(inner, depth + 1);
        if (found)
            return found;
    }
    return undefined;
}
function isTlsCode(code) {
    return /CERT|SSL|TLS|SELF_SIGNED|UNABLE_TO_VERIFY|UNABLE_TO_GET_ISSUER/.test(code);
}
function httpStatus(error) {
    if (error instanceof streamableHttp/* StreamableHTTPError */.b || error instanceof sse/* SseError */._)
        return typeof error.code === 'number' ? error.code : undefined;
    const match = /\(HTTP (\d{3})\)/.exec(errorText(error));
    return match ? Number(match[1]) : undefined;
}
function isValidationError(error) {
    const name = error?.name;
    return (name === 'ZodError' ||
        name === '$ZodError' ||
        /invalid (initialize )?result|validation/i.test(messageOf(error) ?? ''));
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
;// CONCATENATED MODULE: ./src/dryrun/contain.ts



const DEFAULT_MEMORY_LIMIT_BYTES = 2 * 1024 * 1024 * 1024;
/** The absolute path of a program on PATH (or in the usual system folders), if it is there. */
function which(name) {
    const dirs = [...(process.env.PATH ?? '').split((external_node_path_default()).delimiter), '/usr/bin', '/bin', '/usr/sbin', '/sbin'];
    for (const dir of dirs) {
        if (!dir)
            continue;
        const candidate = external_node_path_default().join(dir, name);
        try {
            (0,external_node_fs_.accessSync)(candidate, external_node_fs_.constants.X_OK);
            return candidate;
        }
        catch {
            // not here
        }
    }
    return undefined;
}
function tools() {
    const unshare = which('unshare');
    const setpriv = which('setpriv');
    const env = which('env');
    if (!unshare || !setpriv || !env)
        return undefined;
    return { unshare, setpriv, env, prlimit: which('prlimit'), sudo: which('sudo') };
}
// Namespaces: a new PID namespace with its own /proc (which needs a mount namespace), PID 1 is
// the server, and the namespace dies with the unshare process that holds it.
const NAMESPACE = ['--pid', '--fork', '--kill-child', '--mount-proc'];
// No capabilities now or after exec, none to regain through set-uid programs.
const NO_PRIVILEGES = ['--no-new-privs', '--inh-caps=-all', '--bounding-set=-all'];
function memoryLimit(t, bytes) {
    if (bytes <= 0 || !t.prlimit)
        return [];
    return [t.prlimit, `--data=${bytes}`, '--'];
}
function build(kind, t, memoryBytes, uid, gid) {
    const limit = memoryLimit(t, memoryBytes);
    switch (kind) {
        case 'root-namespace':
            return (command, args, env) => ({
                command: t.unshare,
                args: [...NAMESPACE, '--', t.setpriv, ...NO_PRIVILEGES, '--', ...limit, command, ...args],
                env
            });
        case 'user-namespace':
            return (command, args, env) => ({
                command: t.unshare,
                args: [
                    '--user',
                    '--map-current-user',
                    ...NAMESPACE,
                    '--',
                    t.setpriv,
                    ...NO_PRIVILEGES,
                    '--',
                    ...limit,
                    command,
                    ...args
                ],
                env
            });
        case 'sudo-namespace':
            // sudo replaces the environment (and PATH with its secure_path), so `env -i` sets the
            // server's own again after the switch back to our uid: the values are on a command line
            // for the instant before `env` runs the server.
            return (command, args, env) => ({
                command: t.sudo,
                args: [
                    '-n',
                    '--',
                    t.unshare,
                    ...NAMESPACE,
                    '--',
                    t.setpriv,
                    `--reuid=${uid}`,
                    `--regid=${gid}`,
                    '--init-groups',
                    ...NO_PRIVILEGES,
                    '--',
                    t.env,
                    '-i',
                    ...Object.entries(env)
                        .filter(([name]) => name !== '' && !name.includes('='))
                        .map(([name, value]) => `${name}=${value}`),
                    ...(limit.length > 0 ? limit : [t.env]),
                    command,
                    ...args
                ],
                env: {}
            });
        default:
            return (command, args, env) => ({ command, args: [...args], env });
    }
}
/** Starts `true` through a mechanism: whether it works here. */
function works(wrap, t) {
    const launch = wrap(which('true') ?? '/bin/true', [], { PATH: process.env.PATH ?? '/usr/bin:/bin' });
    const result = (0,external_node_child_process_.spawnSync)(launch.command, launch.args, {
        env: launch.env,
        stdio: 'ignore',
        timeout: 5000
    });
    void t;
    return result.status === 0;
}
const cache = new Map();
/**
 * The best containment this machine allows, found by starting a process through each mechanism
 * in turn (once per process and set of options).
 */
function detectContainment(options = {}) {
    const memoryBytes = options.memoryLimitBytes ?? DEFAULT_MEMORY_LIMIT_BYTES;
    const key = JSON.stringify(options);
    const known = cache.get(key);
    if (known)
        return known;
    const result = detect(options, memoryBytes);
    cache.set(key, result);
    return result;
}
function detect(options, memoryBytes) {
    const none = {
        kind: 'none',
        isolated: false,
        summary: 'Dry-run servers ran without isolation (no PID namespace could be made here): they could read this ' +
            "job's environment through /proc and leave processes behind. Run the dry run in a job without secrets.",
        wrap: build('none', {}, 0, 0, 0)
    };
    if (process.platform !== 'linux')
        return none;
    const t = tools();
    if (!t)
        return none;
    const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
    const uid = options.uid ?? process.getuid?.() ?? 0;
    const gid = options.gid ?? process.getgid?.() ?? 0;
    const order = options.prefer ?? ['root-namespace', 'user-namespace', 'sudo-namespace'];
    for (const kind of order) {
        if (kind === 'none')
            return none;
        if (kind === 'root-namespace' && !isRoot)
            continue;
        if (kind === 'sudo-namespace' && !t.sudo)
            continue;
        const wrap = build(kind, t, memoryBytes, uid, gid);
        if (!works(wrap, t))
            continue;
        const limited = memoryBytes > 0 && t.prlimit !== undefined;
        return {
            kind,
            isolated: true,
            ...(limited ? { memoryLimitBytes: memoryBytes } : {}),
            summary: `Dry-run servers ran isolated (${DESCRIPTION[kind]}): they could not see this job's processes or ` +
                `their environment, and none of their processes outlived them` +
                (limited
                    ? `; each process could allocate at most ${formatGiB(memoryBytes)}.`
                    : '; no memory cap (prlimit missing).'),
            wrap
        };
    }
    return none;
}
const DESCRIPTION = {
    'root-namespace': 'own PID namespace, no capabilities',
    'user-namespace': 'own user and PID namespace, no capabilities',
    'sudo-namespace': 'own PID namespace through sudo, back to the job user, no capabilities',
    none: 'none'
};
function formatGiB(bytes) {
    const gib = bytes / 1024 ** 3;
    return gib >= 1 ? `${Number(gib.toFixed(1))} GiB` : `${Math.round(bytes / 1024 ** 2)} MiB`;
}
/**
 * Whether `command` names an executable file as spawn would find it (a path is taken relative to
 * `cwd`; a bare name is looked up on `pathVariable`). A command that is not there is started
 * without containment, so that it fails exactly as before (ENOENT, EACCES) with nothing run.
 */
function isExecutable(command, pathVariable, cwd) {
    const executable = (file) => {
        try {
            (0,external_node_fs_.accessSync)(file, external_node_fs_.constants.X_OK);
            return (0,external_node_fs_.statSync)(file).isFile();
        }
        catch {
            return false;
        }
    };
    if (command.includes('/'))
        return executable(external_node_path_default().resolve(cwd, command));
    return (pathVariable ?? '')
        .split((external_node_path_default()).delimiter)
        .some((dir) => dir !== '' && executable(external_node_path_default().resolve(cwd, dir, command)));
}

// EXTERNAL MODULE: ./src/dryrun/defaults.ts
var defaults = __webpack_require__(7154);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: ./src/hosts/index.ts + 34 modules
var hosts = __webpack_require__(1262);
// EXTERNAL MODULE: ./src/hosts/profile.ts
var hosts_profile = __webpack_require__(4162);
;// CONCATENATED MODULE: ./src/dryrun/host-behaviour.ts





/**
 * How the server's host starts what its config names, from the host's profile: the placeholder
 * syntaxes and variables it fills, the folder a server starts in (and whether `cwd` moves it), what it
 * adds to a server's environment, and whether it falls back to SSE when Streamable HTTP fails. The
 * static rules read the same profile, so the dry run starts a server exactly where they say it starts.
 */
const profiles = new WeakMap();
/** The profile the server's host reads its file with (a plugin's `.mcp.json` is told by the file beside it). */
function profileFor(server, cwd) {
    if (profiles.has(server))
        return profiles.get(server);
    const host = (0,hosts/* hostById */.hL)(server.host);
    const profile = host
        ? (0,hosts/* profileOf */.dp)(host, { path: server.file, exists: (p) => (0,external_node_fs_.existsSync)(external_node_path_default().resolve(cwd, p)) })
        : undefined;
    profiles.set(server, profile);
    return profile;
}
/** The placeholder syntaxes the server's host expands. */
function placeholderSyntaxes(server, cwd = process.cwd()) {
    return profileFor(server, cwd)?.placeholders.syntaxes ?? [];
}
/**
 * Whether the server cannot be checked on this machine at all, from its host's profile: a dev
 * container's servers run inside the container, where their commands (and their localhost) are the
 * image's, not this machine's.
 */
function startsElsewhere(server, cwd = process.cwd()) {
    return profileFor(server, cwd)?.launch.startsIn === 'container';
}
/** Whether a failed Streamable HTTP connection is retried over SSE, as the host does for this entry. */
function fallsBackToSse(server, cwd = process.cwd()) {
    const profile = profileFor(server, cwd);
    if (server.transport !== 'http' || !profile)
        return false;
    if (server.declaredType !== undefined)
        return (0,hosts_profile/* typeMeaning */.UH)(profile, server.declaredType)?.sseFallback ?? false;
    // A typeless entry means what the key holding its url means (Gemini's `httpUrl` never falls back).
    const key = server.fields.url?.at(-1) ?? 'url';
    return profile.transports.untyped.url[String(key)]?.sseFallback ?? false;
}
/** The project folder of the server's file by its profile's `projectRoot`, absolute; it stands for `${workspaceFolder}`. */
function projectFolder(cwd, file, profile) {
    const root = profile ? profile.projectRoot(file) : file.split('/').slice(0, -1).join('/');
    return external_node_path_default().resolve(cwd, root);
}
/** The folder that stands for the server's project: where its host was started, for a user's own file. */
function serverRoot(server, cwd, profile) {
    return server.folder ?? projectFolder(cwd, server.file, profile);
}
/**
 * The working directory the host starts a stdio server in: the entry's `cwd` (from the project folder)
 * where the host honours it, else the project folder, or, for a host that starts servers from its own
 * folder (Claude Desktop), a folder that is not the repository.
 */
function workingDirectory(server, cwd, resolvedCwd) {
    const profile = profileFor(server, cwd);
    const root = serverRoot(server, cwd, profile);
    const honoured = profile?.launch.cwd.honoured ?? true;
    const start = profile?.launch.startsIn === 'host-folder' ? external_node_os_default().tmpdir() : root;
    if (resolvedCwd === undefined || resolvedCwd === '' || honoured === false)
        return start;
    return external_node_path_default().resolve(root, resolvedCwd);
}
/** What a host value is for this server. */
function host_behaviour_valueOf(held, server, cwd, home, profile) {
    const root = serverRoot(server, cwd, profile);
    switch (held) {
        case 'project':
            return root;
        case 'project-name':
            return external_node_path_default().basename(root);
        case 'file-folder':
            return external_node_path_default().dirname(external_node_path_default().resolve(cwd, server.file));
        case 'working-directory':
            return cwd;
        case 'home':
            return home;
        case 'path-separator':
            return (external_node_path_default()).sep;
        case 'host-only':
            return undefined;
    }
}
function resolved(values, server, cwd, home, profile) {
    const out = Object.create(null);
    for (const [name, held] of Object.entries(values)) {
        const value = host_behaviour_valueOf(held, server, cwd, home, profile);
        if (value !== undefined)
            out[name] = value;
    }
    return out;
}
/** The host's own variables the server's placeholders may name (besides environment variables). */
function hostVariables(server, cwd, home = external_node_os_default().homedir()) {
    const profile = profileFor(server, cwd);
    return profile ? resolved(profile.placeholders.variables, server, cwd, home, profile) : {};
}
/** Variables the host itself adds to a stdio server's environment. */
function hostEnvironment(server, cwd) {
    const profile = profileFor(server, cwd);
    return profile ? resolved(profile.launch.environment, server, cwd, external_node_os_default().homedir(), profile) : {};
}

// EXTERNAL MODULE: ./src/placeholders.ts
var placeholders = __webpack_require__(4429);
;// CONCATENATED MODULE: ./src/dryrun/interpolate.ts

// One pass over every placeholder shape a host expands (cmd.exe's `%VAR%` is no host's).
const TOKEN = (0,placeholders/* placeholderPattern */.iS)(['doubleBrace', 'dollarBrace', 'braceEnv', 'dollar', 'registry']);
const DOLLAR_BRACE = /^([A-Za-z_][A-Za-z0-9_]*)(?::-([\s\S]*))?$/;
// Editor variables that need the running editor (`${command:x}`, `${config:x}`, the active file).
const EDITOR_ONLY = /^(?:command|config|input):|^(?:file|fileBasename|fileDirname|fileExtname|relativeFile|relativeFileDirname|lineNumber|selectedText|execPath|defaultBuildTask)$/;
/**
 * Fills the placeholders of one string the way a host with these syntaxes would. Syntaxes the
 * host does not know stay as literal text, as they would for the host.
 */
function interpolate(value, syntaxes, context) {
    const has = (syntax) => syntaxes.includes(syntax);
    const missing = [];
    const env = (text, name) => {
        const found = Object.hasOwn(context.env, name) ? context.env[name] : undefined;
        if (found === undefined)
            missing.push({ text, name, kind: 'variable' });
        return found ?? text;
    };
    const result = value.replace(TOKEN, (token) => {
        if (token.startsWith('${{')) {
            if (!has('double-brace'))
                return token;
            missing.push({ text: token, name: token.slice(3, -2).trim(), kind: 'secret' });
            return token;
        }
        if (token.startsWith('${'))
            return dollarBrace(token, token.slice(2, -1));
        if (token.startsWith('{env:') || token.startsWith('{file:')) {
            if (!has('brace-env'))
                return token;
            const name = token.slice(token.indexOf(':') + 1, -1);
            if (token.startsWith('{env:'))
                return env(token, name);
            missing.push({ text: token, name, kind: 'file' });
            return token;
        }
        if (token.startsWith('$'))
            return has('dollar') ? env(token, token.slice(1)) : token;
        // `{name}` templates of the MCP Registry, filled from the entry's declared variables.
        if (!has('registry-variable'))
            return token;
        const name = token.slice(1, -1);
        if (Object.hasOwn(context.variables, name))
            return context.variables[name];
        missing.push({ text: token, name, kind: 'host-variable' });
        return token;
    });
    return { value: result, missing };
    function dollarBrace(token, inner) {
        if (inner.startsWith('env:') && has('env-colon'))
            return env(token, inner.slice(4));
        if (inner.startsWith('input:') && has('input')) {
            missing.push({ text: token, name: inner.slice(6), kind: 'input' });
            return token;
        }
        if (Object.hasOwn(context.variables, inner))
            return context.variables[inner];
        if (has('editor-variable') && EDITOR_ONLY.test(inner)) {
            missing.push({ text: token, name: inner, kind: 'host-variable' });
            return token;
        }
        if (has('mcpb-variable') && inner.startsWith('user_config.')) {
            missing.push({ text: token, name: inner, kind: 'host-variable' });
            return token;
        }
        if (!has('dollar-brace'))
            return token;
        const match = DOLLAR_BRACE.exec(inner);
        if (!match)
            return token;
        const [, name, fallback] = match;
        const found = Object.hasOwn(context.env, name) ? context.env[name] : undefined;
        // `${VAR:-default}` uses the default when VAR is unset or empty, as in the shell.
        if (fallback !== undefined)
            return found === undefined || found === '' ? fallback : found;
        return env(token, name);
    }
}
/**
 * Resolves the fields a host interpolates (`command`, `args`, `env` values, `cwd`, `url`, header
 * values). Returns the missing placeholders instead when any is unfilled, deduplicated by name.
 */
function resolveServer(server, syntaxes, context) {
    const missing = [];
    const fill = (value) => {
        const out = interpolate(value, syntaxes, context);
        missing.push(...out.missing);
        return out.value;
    };
    const mapValues = (record) => {
        const out = {};
        for (const [key, value] of Object.entries(record ?? {}))
            if (typeof value === 'string')
                out[key] = fill(value);
        return out;
    };
    const resolved = {
        command: server.command === undefined ? undefined : fill(server.command),
        args: (server.args ?? []).filter((a) => typeof a === 'string').map(fill),
        env: mapValues(server.env),
        cwd: server.cwd === undefined ? undefined : fill(server.cwd),
        url: server.url === undefined ? undefined : fill(server.url),
        headers: mapValues(server.headers)
    };
    const seen = new Set();
    const unique = missing.filter((m) => !seen.has(`${m.kind}:${m.name}`) && seen.add(`${m.kind}:${m.name}`));
    return { resolved, missing: unique };
}

// EXTERNAL MODULE: ./node_modules/@modelcontextprotocol/sdk/dist/esm/client/index.js + 31 modules
var esm_client = __webpack_require__(63);
// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
;// CONCATENATED MODULE: ./src/dryrun/probe.ts


// A server that pages forever must not keep us busy: read at most this many pages per list, and
// keep at most this many items of each kind (a real server lists tens).
const MAX_PAGES = 50;
const MAX_ITEMS = 2000;
/**
 * Talks to a server as a host does on connect, with the official MCP SDK client: `initialize`
 * (which checks the protocol version), then `tools/list`, and `prompts/list`, `resources/list`
 * and `resources/templates/list` when the server offers them; keeps what each returns (as the SDK
 * parsed it, which is what a host built on the SDK sees). Throws what the SDK throws. The caller
 * owns the transport and closes it.
 */
async function probe(transport, state, options) {
    const client = new esm_client/* Client */.K({ name: 'mcpcop', version: version/* VERSION */.x }, { capabilities: {} });
    // The SDK hands the negotiated version to HTTP transports through this hook; catch it for all.
    const forward = transport.setProtocolVersion?.bind(transport);
    transport.setProtocolVersion = (version) => {
        state.protocolVersion = version;
        forward?.(version);
    };
    const request = { signal: options.signal, timeout: options.timeoutMs, maxTotalTimeout: options.timeoutMs };
    state.phase = 'initialize';
    await client.connect(transport, request);
    const outcome = state.outcome;
    const info = client.getServerVersion();
    if (info)
        outcome.serverInfo = { name: info.name, version: info.version };
    outcome.protocolVersion = state.protocolVersion;
    const capabilities = client.getServerCapabilities() ?? {};
    const surface = { tools: [], prompts: [], resources: [], resourceTemplates: [] };
    if (capabilities.tools) {
        state.phase = 'tools/list';
        surface.tools = await readPages((cursor) => client.listTools({ cursor }, request).then((r) => ({ items: r.tools, next: r.nextCursor })));
        outcome.tools = surface.tools.length;
    }
    if (capabilities.prompts) {
        state.phase = 'prompts/list';
        surface.prompts = await readPages((cursor) => client.listPrompts({ cursor }, request).then((r) => ({ items: r.prompts, next: r.nextCursor })));
        outcome.prompts = surface.prompts.length;
    }
    if (capabilities.resources) {
        state.phase = 'resources/list';
        surface.resources = await readPages((cursor) => client.listResources({ cursor }, request).then((r) => ({ items: r.resources, next: r.nextCursor })));
        outcome.resources = surface.resources.length;
        // Templates are optional even for servers with resources; hosts carry on without them.
        surface.resourceTemplates = await readPages((cursor) => client
            .listResourceTemplates({ cursor }, request)
            .then((r) => ({ items: r.resourceTemplates, next: r.nextCursor }))).catch(() => []);
    }
    outcome.surface = surface;
    return outcome;
}
async function readPages(page) {
    const all = [];
    let cursor;
    for (let i = 0; i < MAX_PAGES && all.length < MAX_ITEMS; i++) {
        const result = await page(cursor);
        all.push(...result.items.slice(0, MAX_ITEMS - all.length));
        cursor = result.next;
        if (!cursor)
            break;
    }
    return all;
}

// EXTERNAL MODULE: ./src/secrets.ts + 1 modules
var secrets = __webpack_require__(6551);
// EXTERNAL MODULE: ./src/mask.ts
var mask = __webpack_require__(5235);
;// CONCATENATED MODULE: ./src/dryrun/redact.ts

/**
 * Masks known secret values in text a server produced or a message quotes, by the one masking
 * policy (src/mask.ts): a server that echoes its token on stderr must not put it in a report.
 */
function redactor(secrets) {
    const values = [...new Set(secrets)];
    return (text) => (0,mask/* redact */.E$)(text, values);
}
/**
 * The values to mask for one server: header values and the credential part of `Bearer x` /
 * `Basic x`, the `env` values that came from the user's environment through a placeholder, and
 * the variables the user passed explicitly.
 */
function secretValues(headers, resolvedEnv, rawEnv, passed) {
    const out = [];
    for (const value of Object.values(headers))
        out.push(...(0,mask/* headerSecrets */.n3)(value));
    for (const [key, value] of Object.entries(resolvedEnv))
        if (rawEnv?.[key] !== value)
            out.push(value);
    out.push(...passed);
    return out;
}
/**
 * A copy of what a server listed with every string (keys included) masked: the values `redact`
 * knows (headers, passed variables), and anything that looks like a credential, masked the way the
 * rest of the report masks it. A server that puts a token in a tool description must not get it
 * into a report, a lock file or a pull-request comment.
 */
function maskListed(value, redact) {
    return (0,mask/* maskDeep */.fI)(value, (text) => (0,mask/* maskCredentials */.Bs)(redact(text)));
}

;// CONCATENATED MODULE: ./src/dryrun/proctree.ts


/**
 * Every live (non-zombie) process: from /proc on Linux, from `ps` on macOS and the BSDs, and none on
 * Windows (where `taskkill /T` walks the tree instead).
 */
function listProcesses(platform = process.platform) {
    if (platform === 'win32')
        return new Map();
    if (platform === 'linux') {
        try {
            return fromProc();
        }
        catch {
            // /proc not mounted (some containers): fall back to ps.
        }
    }
    return fromPs();
}
function fromProc() {
    const out = new Map();
    for (const entry of (0,external_node_fs_.readdirSync)('/proc')) {
        if (!/^\d+$/.test(entry))
            continue;
        let stat;
        try {
            stat = (0,external_node_fs_.readFileSync)(`/proc/${entry}/stat`, 'utf8');
        }
        catch {
            continue; // exited while we listed
        }
        // The command name is in parentheses and may itself contain spaces and parentheses.
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        const state = fields[0];
        if (state === 'Z' || state === 'X')
            continue;
        const pid = Number(entry);
        out.set(pid, { pid, ppid: Number(fields[1]), pgid: Number(fields[2]), start: fields[19] });
    }
    return out;
}
function fromPs() {
    const out = new Map();
    let text;
    try {
        text = (0,external_node_child_process_.execFileSync)('ps', ['-A', '-o', 'pid=,ppid=,pgid=,stat=,lstart='], {
            encoding: 'utf8',
            stdio: ['ignore', 'pipe', 'ignore'],
            timeout: 5000
        });
    }
    catch {
        return out;
    }
    for (const line of text.split('\n')) {
        const match = /^\s*(\d+)\s+(\d+)\s+(\d+)\s+(\S+)\s+(.*)$/.exec(line);
        if (!match || match[4].startsWith('Z'))
            continue;
        const pid = Number(match[1]);
        out.set(pid, { pid, ppid: Number(match[2]), pgid: Number(match[3]), start: match[5].trim() });
    }
    return out;
}
/**
 * The processes one server started: its root, everything descended from it, and everything in its
 * process group. Refreshed while the server runs, so a grandchild that moved to its own session
 * (and would escape a group kill) is still known when the time comes to kill it.
 */
class ProcessTree {
    root;
    known = new Map();
    constructor(root) {
        this.root = root;
    }
    /** Adds the current descendants and group members to the known set. */
    refresh(processes = listProcesses()) {
        const rootInfo = processes.get(this.root);
        if (rootInfo && !this.known.has(this.root))
            this.known.set(this.root, rootInfo.start);
        const group = this.groupIsOurs(processes);
        let grew = true;
        while (grew) {
            grew = false;
            for (const info of processes.values()) {
                if (this.known.has(info.pid))
                    continue;
                const child = this.known.has(info.ppid) && processes.get(info.ppid)?.start === this.known.get(info.ppid);
                if (child || (group && info.pgid === this.root)) {
                    this.known.set(info.pid, info.start);
                    grew = true;
                }
            }
        }
    }
    /**
     * Whether the process group numbered like our root is still the one our root created: a pid
     * cannot be reused while its group has members, so only a new process that took the root's pid
     * (a different start time) means the number now belongs to someone else.
     */
    groupIsOurs(processes = listProcesses()) {
        const rootInfo = processes.get(this.root);
        const rootStart = this.known.get(this.root);
        return rootInfo === undefined || rootStart === undefined || rootInfo.start === rootStart;
    }
    /** Known processes still alive (same pid and start time), plus any live member of the group. */
    alive(processes = listProcesses()) {
        this.refresh(processes);
        return [...this.known].filter(([pid, start]) => processes.get(pid)?.start === start).map(([pid]) => pid);
    }
}
const watched = new Set();
let timer;
/** Follows a tree in the background (one shared poll for all running servers) until `unwatch`. */
function watch(tree, intervalMs = 200) {
    watched.add(tree);
    timer ??= setInterval(() => {
        const processes = listProcesses();
        for (const t of watched)
            t.refresh(processes);
    }, intervalMs).unref();
}
/** Stops following a tree. */
function unwatch(tree) {
    watched.delete(tree);
    if (watched.size === 0 && timer) {
        clearInterval(timer);
        timer = undefined;
    }
}

;// CONCATENATED MODULE: ./src/dryrun/tail.ts
/**
 * A byte-capped buffer that keeps the end of a stream: a server that floods stderr costs at most
 * `limit` bytes, and the last lines (where the error usually is) survive.
 */
class TailBuffer {
    limit;
    chunks = [];
    size = 0;
    /** Every byte ever written, kept or not. */
    total = 0;
    constructor(limit) {
        this.limit = limit;
    }
    /** Appends a chunk, dropping the oldest bytes beyond the limit. */
    push(chunk) {
        this.total += chunk.length;
        if (chunk.length >= this.limit) {
            this.chunks = [chunk.subarray(chunk.length - this.limit)];
            this.size = this.limit;
            return;
        }
        this.chunks.push(chunk);
        this.size += chunk.length;
        while (this.size > this.limit) {
            const first = this.chunks[0];
            const excess = this.size - this.limit;
            if (first.length <= excess) {
                this.chunks.shift();
                this.size -= first.length;
            }
            else {
                this.chunks[0] = first.subarray(excess);
                this.size -= excess;
            }
        }
    }
    /** Whether bytes were dropped from the front. */
    get truncated() {
        return this.total > this.size;
    }
    /** The kept bytes as text (a cut multi-byte character at the start becomes U+FFFD). */
    text() {
        return Buffer.concat(this.chunks).toString('utf8');
    }
    /** The last `count` non-blank lines, without trailing whitespace. */
    lastLines(count) {
        const lines = this.text()
            .split(/\r?\n/)
            .map((l) => l.trimEnd())
            .filter((l) => l.trim() !== '');
        // The first kept line may be cut in the middle; drop it when older bytes were discarded.
        if (this.truncated && lines.length > 1)
            lines.shift();
        return lines.slice(-count);
    }
}

;// CONCATENATED MODULE: ./src/dryrun/spawn.ts





/** The programs containment starts a server through, which hold its pipes but are not the server. */
const LAUNCHERS = new Set(['unshare', 'sudo', 'setpriv', 'prlimit', 'env']);
const running = new Set();
/**
 * A server process we own: started in its own process group (its own session on Unix) with stdin,
 * stdout and stderr as pipes, never a terminal, so nothing waits for a person to type. `stop()`
 * ends it and every process it started.
 */
class ServerProcess {
    child;
    /** Resolves once the process runs; rejects with the spawn error (ENOENT, EACCES, ...). */
    spawned;
    /** Resolves when the process itself has exited (its children may live on until `stop()`). */
    exited;
    /** How the process ended, once it has. */
    exit;
    /** The end of stderr. */
    stderr;
    tree;
    stopping;
    graceMs;
    /** Started inside a PID namespace: its first process ignores SIGTERM, and killing it ends them all. */
    contained;
    constructor(options) {
        this.graceMs = options.graceMs ?? 2000;
        this.stderr = new TailBuffer(options.stderrLimit ?? 64 * 1024);
        // A command that is not there is started bare, so it fails as it always did, with nothing run.
        const launch = options.containment && isExecutable(options.command, options.env.PATH, options.cwd)
            ? options.containment.wrap(options.command, options.args, options.env)
            : { command: options.command, args: [...options.args], env: options.env };
        this.contained = launch.command !== options.command;
        this.child = (0,external_node_child_process_.spawn)(launch.command, launch.args, {
            cwd: options.cwd,
            env: launch.env,
            stdio: ['pipe', 'pipe', 'pipe'],
            // A new session and process group on Unix: we can signal the whole group, and the server
            // has no controlling terminal to prompt on.
            detached: true,
            shell: false,
            windowsHide: true
        });
        running.add(this);
        this.spawned = new Promise((resolve, reject) => {
            this.child.once('spawn', () => {
                if (this.child.pid !== undefined) {
                    this.tree = new ProcessTree(this.child.pid);
                    this.tree.refresh();
                    watch(this.tree);
                }
                resolve();
            });
            this.child.once('error', (error) => {
                running.delete(this);
                reject(error);
            });
        });
        this.spawned.catch(() => { });
        this.exited = new Promise((resolve) => {
            this.child.once('exit', (code, signal) => {
                this.exit = { code, signal };
                resolve(this.exit);
            });
            this.child.once('error', () => {
                if (this.child.pid === undefined)
                    resolve({ code: null, signal: null });
            });
        });
        this.child.stderr?.on('data', (chunk) => this.stderr.push(chunk));
        // A server that closes stdin early must not crash us with EPIPE.
        this.child.stdin?.on('error', () => { });
        this.child.stdout?.on('error', () => { });
        this.child.stderr?.on('error', () => { });
    }
    /** The process id, once spawned. */
    get pid() {
        return this.child.pid;
    }
    /**
     * Whether a contained server has let go of its stdout while it runs. In a PID namespace the
     * launcher (`unshare`, `sudo`) keeps its own copy of the pipe, so the server's close never reaches
     * us as an end of file: this looks in /proc for a process of the server, other than the launchers,
     * that still holds the pipe. False when that cannot be told (not contained, not Linux, the server
     * not started yet, its /proc entries unreadable).
     */
    stdoutAbandoned() {
        if (!this.contained || process.platform !== 'linux' || !this.tree || this.exit !== undefined)
            return false;
        // Our end and the server's are two ends of a socket pair (libuv's stdio), with different
        // inodes: the server's end is what the launcher we started holds as its stdout.
        let pipe;
        try {
            pipe = (0,external_node_fs_.readlinkSync)(`/proc/${this.child.pid}/fd/1`);
        }
        catch {
            return false; // a launcher of another user (sudo): cannot tell
        }
        let examined = 0;
        for (const pid of this.tree.alive()) {
            let name;
            let fds;
            try {
                name = (0,external_node_fs_.readFileSync)(`/proc/${pid}/comm`, 'utf8').trim();
                if (LAUNCHERS.has(name))
                    continue;
                fds = (0,external_node_fs_.readdirSync)(`/proc/${pid}/fd`);
            }
            catch {
                return false; // unreadable or gone: cannot tell
            }
            examined++;
            for (const entry of fds) {
                try {
                    if ((0,external_node_fs_.readlinkSync)(`/proc/${pid}/fd/${entry}`) === pipe)
                        return false;
                }
                catch {
                    // closed while we looked
                }
            }
        }
        return examined > 0;
    }
    /** The processes this server started, as far as we have seen them. */
    get processTree() {
        return this.tree;
    }
    /**
     * Ends the server and everything it started: closes stdin, sends SIGTERM to the process group
     * and to every descendant we saw (some move to their own session), waits up to the grace
     * period, then sends SIGKILL to whatever is left and waits until it is gone. Idempotent.
     */
    stop() {
        this.stopping ??= this.terminate();
        return this.stopping;
    }
    async terminate() {
        try {
            await this.spawned;
        }
        catch {
            return; // never started
        }
        const tree = this.tree;
        try {
            this.child.stdin?.end();
        }
        catch {
            // already closed
        }
        if (process.platform === 'win32' || !tree) {
            if (this.child.pid !== undefined && this.exit === undefined)
                (0,external_node_child_process_.spawnSync)('taskkill', ['/pid', String(this.child.pid), '/T', '/F'], { stdio: 'ignore', windowsHide: true });
            await this.exited;
        }
        else if (this.contained) {
            // The server is PID 1 of its namespace (which ignores SIGTERM) and the launcher ignores it
            // too: a dry run needs no graceful exit, and SIGKILL to the namespace's first process ends
            // every process inside it at once.
            signalTree(tree, 'SIGKILL');
            await waitUntilGone(tree, this, 5000);
            unwatch(tree);
        }
        else {
            signalTree(tree, 'SIGTERM');
            if (!(await waitUntilGone(tree, this, this.graceMs))) {
                signalTree(tree, 'SIGKILL');
                await waitUntilGone(tree, this, 5000);
            }
            unwatch(tree);
        }
        this.child.stdout?.destroy();
        this.child.stderr?.destroy();
        running.delete(this);
    }
}
function signalTree(tree, signal) {
    const processes = listProcesses();
    const alive = tree.alive(processes);
    if (tree.groupIsOurs(processes))
        trySignal(-tree.root, signal);
    for (const pid of alive)
        trySignal(pid, signal);
}
function trySignal(pid, signal) {
    try {
        process.kill(pid, signal);
    }
    catch {
        // already gone, or not ours to signal
    }
}
async function waitUntilGone(tree, server, limitMs) {
    const deadline = Date.now() + limitMs;
    for (;;) {
        if (server.exit !== undefined && tree.alive().length === 0)
            return true;
        if (Date.now() >= deadline)
            return false;
        await new Promise((resolve) => setTimeout(resolve, 25));
    }
}
/**
 * Kills every server process still running, at once and synchronously: for the moment our own
 * process is about to end (an exit or a signal), when there is no time to be polite.
 */
function killAllNow() {
    for (const server of running) {
        const tree = server.processTree;
        if (process.platform === 'win32') {
            if (server.pid !== undefined)
                (0,external_node_child_process_.spawnSync)('taskkill', ['/pid', String(server.pid), '/T', '/F'], { stdio: 'ignore', windowsHide: true });
        }
        else if (tree) {
            signalTree(tree, 'SIGKILL');
        }
    }
    running.clear();
}
/** How many server processes are running now (for tests and the overall budget). */
function runningCount() {
    return running.size;
}

// EXTERNAL MODULE: ./node_modules/@modelcontextprotocol/sdk/dist/esm/shared/stdio.js
var stdio = __webpack_require__(6224);
;// CONCATENATED MODULE: ./src/dryrun/stdio-transport.ts

/**
 * The MCP SDK's client transport contract over a process we started ourselves (the SDK's own
 * stdio transport cannot put the server in its own process group). Reads stdout line by line like
 * the SDK, but keeps what is not JSON-RPC, so a banner on stdout can be quoted back to the user.
 */
class StdioProcessTransport {
    server;
    onclose;
    onerror;
    onmessage;
    /** Called once when non-protocol output passes `floodBytes`, or a message arrives glued to other output. */
    onflood;
    noise = { lines: 0, bytes: 0 };
    /** Every byte read from stdout. */
    stdoutBytes = 0;
    /** JSON-RPC messages received. */
    messages = 0;
    /** The server closed its stdout while its process kept running. */
    stdoutClosed = false;
    /** The first line that held a JSON-RPC message run together with other output (cut to 200 characters). */
    glued;
    pending = [];
    pendingBytes = 0;
    skippingLongLine = false;
    flooded = false;
    closed = false;
    starting;
    maxLineBytes;
    floodBytes;
    constructor(server, limits = {}) {
        this.server = server;
        this.maxLineBytes = limits.maxLineBytes ?? 16 * 1024 * 1024;
        this.floodBytes = limits.floodBytes ?? 1024 * 1024;
    }
    /** Waits for the process to run and starts reading; safe to call more than once. */
    start() {
        this.starting ??= this.begin();
        return this.starting;
    }
    async begin() {
        await this.server.spawned;
        this.server.child.stdout?.on('data', (chunk) => this.read(chunk));
        const stdoutEnded = new Promise((resolve) => this.server.child.stdout?.once('close', () => resolve()));
        void this.server.exited.then(async () => {
            // Output written just before exit may still be in the pipe; a grandchild may hold it open.
            await Promise.race([stdoutEnded, new Promise((resolve) => setTimeout(resolve, 200))]);
            this.finish();
        });
        // Stdout closed while the process lives on: no answer can ever come, so the connection ends now
        // rather than at the timeout. A process that is merely exiting gets a moment to be seen exiting.
        // Contained, the launcher's copy of the pipe hides the close: look for it in /proc instead.
        const watchClose = setInterval(() => {
            if (this.closed)
                return clearInterval(watchClose);
            if (!this.server.stdoutAbandoned())
                return;
            clearInterval(watchClose);
            this.stdoutClosed = true;
            this.finish();
        }, 250);
        watchClose.unref();
        void this.server.exited.then(() => clearInterval(watchClose));
        void stdoutEnded.then(async () => {
            await Promise.race([this.server.exited, new Promise((resolve) => setTimeout(resolve, 100))]);
            if (this.server.exit !== undefined || this.closed)
                return;
            this.stdoutClosed = true;
            this.finish();
        });
    }
    async send(message) {
        const stdin = this.server.child.stdin;
        if (this.closed || !stdin || !stdin.writable)
            throw new Error('Not connected');
        await new Promise((resolve, reject) => {
            stdin.write((0,stdio/* serializeMessage */.Ex)(message), (error) => (error ? reject(error) : resolve()));
        });
    }
    async close() {
        try {
            this.server.child.stdin?.end();
        }
        catch {
            // already closed
        }
        this.finish();
    }
    finish() {
        if (this.closed)
            return;
        this.closed = true;
        this.onclose?.();
    }
    read(chunk) {
        this.stdoutBytes += chunk.length;
        let start = 0;
        for (;;) {
            const newline = chunk.indexOf(10, start);
            if (newline === -1) {
                this.keep(chunk.subarray(start));
                return;
            }
            const piece = chunk.subarray(start, newline);
            start = newline + 1;
            if (this.skippingLongLine) {
                this.skippingLongLine = false;
                this.countNoise(piece.length + 1);
                continue;
            }
            const line = this.pending.length === 0 ? piece : Buffer.concat([...this.pending, piece]);
            this.pending = [];
            this.pendingBytes = 0;
            this.line(line);
        }
    }
    keep(rest) {
        if (rest.length === 0)
            return;
        if (this.skippingLongLine) {
            this.countNoise(rest.length);
            return;
        }
        this.pending.push(rest);
        this.pendingBytes += rest.length;
        if (this.pendingBytes > this.maxLineBytes) {
            const head = Buffer.concat(this.pending).subarray(0, 400).toString('utf8');
            this.noiseLine(head, this.pendingBytes);
            this.pending = [];
            this.pendingBytes = 0;
            this.skippingLongLine = true;
        }
    }
    line(buffer) {
        const text = buffer.toString('utf8').replace(/\r$/, '');
        if (text.trim() === '')
            return;
        let message;
        try {
            message = (0,stdio/* deserializeMessage */.b_)(text);
        }
        catch {
            this.noiseLine(text, buffer.length + 1);
            // A message glued to other output on one line is lost for good: the client would wait for its
            // answer until the timeout, so stop now.
            if (this.glued === undefined && /"jsonrpc"\s*:\s*"2\.0"/.test(text)) {
                this.glued = text.length > 200 ? `${text.slice(0, 200)}…` : text;
                this.onflood?.();
            }
            return;
        }
        this.messages++;
        this.onmessage?.(message);
    }
    noiseLine(text, bytes) {
        this.noise.first ??= text.length > 200 ? `${text.slice(0, 200)}…` : text;
        this.noise.lines++;
        this.countNoise(bytes);
    }
    countNoise(bytes) {
        this.noise.bytes += bytes;
        if (!this.flooded && this.noise.bytes > this.floodBytes) {
            this.flooded = true;
            this.onflood?.();
        }
    }
    /** Whether non-protocol output passed the flood limit. */
    get flood() {
        return this.flooded;
    }
}

;// CONCATENATED MODULE: ./src/dryrun/index.ts
















/** How to dry-run. Every limit has a default; see docs/dry-run.md. */

/** Rule ids of the dry run's diagnostics. */
const DRY_RUN_RULES = {
    failed: 'dry-run-failed',
    skipped: 'dry-run-skipped',
    stdoutNoise: 'dry-run-stdout-noise'
};
/**
 * Starts every server the way its host would and reports what each did. Runs nothing for an
 * empty list; never throws for a server's behaviour. Servers run `concurrency` at a time, each
 * within its own timeout and all within the budget, and every process started is gone on return.
 */
async function dryRun(servers, options) {
    const source = options.env ?? process.env;
    const passEnv = (options.passEnv ?? []).filter((name) => !isDeniedVariable(name));
    const base = options.inheritEnv ? inheritedEnvironment(source) : baseEnvironment(source, passEnv);
    const shared = {
        ...(options.containment ? { containment: options.containment } : {}),
        // A doctor run (inheritEnv) starts the user's own servers as their host would, unisolated.
        isolationOff: source.MCPCOP_ISOLATION === 'none' || options.inheritEnv === true,
        cwd: options.cwd,
        base,
        passedValues: options.inheritEnv
            ? // Masking takes every value of a known format, examples included: hiding one costs nothing.
                credentialValues(base, (value, name) => (0,secrets/* findSecrets */.dL)(value, name, 'mask').length > 0)
            : passEnv.map((name) => source[name]).filter((v) => typeof v === 'string'),
        timeoutMs: positive(options.timeoutMs, defaults/* DRY_RUN_DEFAULTS */.L.timeoutMs),
        budgetEnd: Date.now() + positive(options.budgetMs, defaults/* DRY_RUN_DEFAULTS */.L.budgetMs),
        graceMs: Math.max(0, options.graceMs ?? defaults/* DRY_RUN_DEFAULTS */.L.graceMs),
        stdio: options.stdio ?? {}
    };
    const concurrency = Math.floor(positive(options.concurrency, defaults/* DRY_RUN_DEFAULTS */.L.concurrency));
    const results = new Array(servers.length);
    const diagnostics = [];
    if (servers.length === 0)
        return { servers: [], diagnostics };
    const removeGuard = installExitGuard();
    try {
        let next = 0;
        const worker = async () => {
            while (next < servers.length) {
                const index = next++;
                const server = servers[index];
                const started = Date.now();
                let outcome = interruption.signal ? interrupted() : await runOne(server, shared);
                // Cut short by the signal: whatever its processes did as they were killed is not its result.
                if (interruption.signal && outcome.error?.kind !== 'interrupted' && outcome.status !== 'ok')
                    outcome = interrupted();
                results[index] = toResult(server, outcome, Date.now() - started);
                const diagnostic = toDiagnostic(server, outcome);
                if (diagnostic)
                    diagnostics.push(diagnostic);
            }
        };
        await Promise.all(Array.from({ length: Math.min(concurrency, servers.length) }, worker));
    }
    finally {
        removeGuard();
    }
    const containment = shared.containment;
    return {
        servers: results,
        diagnostics,
        ...(interruption.signal ? { interrupted: interruption.signal } : {}),
        ...(containment
            ? {
                containment: {
                    kind: containment.kind,
                    isolated: containment.isolated,
                    summary: containment.summary,
                    ...(containment.memoryLimitBytes ? { memoryLimitBytes: containment.memoryLimitBytes } : {})
                }
            }
            : {})
    };
}
async function runOne(server, shared) {
    if (server.disabled)
        return skip(NOT_STARTED.disabled);
    if (startsElsewhere(server, shared.cwd))
        return skip(NOT_STARTED.inContainer);
    const { resolved, missing } = resolveServer(server, placeholderSyntaxes(server, shared.cwd), {
        env: shared.base,
        variables: hostVariables(server, shared.cwd)
    });
    if (missing.length > 0)
        return skip(missingPlaceholders(missing));
    const remaining = Math.min(shared.timeoutMs, shared.budgetEnd - Date.now());
    // With a mere moment of the budget left, a start could only report a meaningless timeout.
    if (remaining < Math.min(shared.timeoutMs, 250))
        return skip(NOT_STARTED.budgetExhausted);
    const redact = redactor([...secretValues(resolved.headers, resolved.env, server.env, shared.passedValues)]);
    let outcome;
    try {
        if (server.transport === 'stdio')
            outcome = await runStdio(server, resolved, shared, remaining);
        else if (server.transport === 'http' || server.transport === 'sse')
            outcome = await runRemote(server, resolved, remaining);
        else
            outcome = skip(unsupportedTransport(server.declaredType ?? server.transport));
    }
    catch (error) {
        // A bug of ours must not lose the other servers' results.
        outcome = { status: 'failed', error: internalError(error) };
    }
    if (outcome.error)
        outcome.error = maskProblem(outcome.error, redact);
    if (outcome.stderrTail !== undefined)
        outcome.stderrTail = redact(outcome.stderrTail);
    if (outcome.noise !== undefined)
        outcome.noise = redact(outcome.noise);
    if (outcome.probe?.surface)
        outcome.probe.surface = maskListed(outcome.probe.surface, redact);
    return outcome;
}
async function runStdio(server, resolved, shared, timeoutMs) {
    const command = resolved.command;
    if (command === undefined || command.trim() === '')
        return skip(NOT_STARTED.noCommand);
    const cwd = workingDirectory(server, shared.cwd, resolved.cwd);
    if (!isDirectory(cwd))
        return { status: 'failed', error: cwdNotFound(cwd) };
    const env = serverEnvironment(shared.base, hostEnvironment(server, shared.cwd), resolved.env);
    // The timeout is all a server may cost, stopping it included: keep the SIGTERM grace inside it
    // (at most a tenth of it), so a hanging server that ignores SIGTERM still ends within its timeout.
    const graceMs = Math.min(shared.graceMs, Math.floor(timeoutMs / 10));
    const answerMs = timeoutMs - graceMs;
    let proc;
    try {
        // MCPCOP_ISOLATION=none (in the environment the dry run reads) turns isolation off, e.g. to
        // debug a server that fails only inside it; the report then says servers were not isolated.
        shared.containment ??= detectContainment({ prefer: shared.isolationOff ? ['none'] : undefined });
        proc = new ServerProcess({ command, args: resolved.args, env, cwd, graceMs, containment: shared.containment });
    }
    catch (error) {
        // Node refuses some values before starting anything (a NUL byte in an argument or variable).
        const failure = classifyStdio({
            phase: 'starting',
            timeoutMs,
            timedOut: false,
            error,
            command,
            args: resolved.args,
            pathSearched: env.PATH ?? '',
            cwd,
            stderrLines: [],
            stderrBytes: 0,
            stdoutBytes: 0,
            noise: { lines: 0, bytes: 0 },
            flood: false
        });
        return { ...fail(failure), transport: 'stdio' };
    }
    const transport = new StdioProcessTransport(proc, shared.stdio);
    const state = { phase: 'starting', outcome: {} };
    let run;
    let exit;
    try {
        run = await withDeadline(answerMs, async (signal, abort) => {
            transport.onflood = abort;
            await transport.start();
            return probe(transport, state, { signal, timeoutMs: answerMs + 1000 });
        });
        // The connection closed because the process ended: wait for its exit status to report it.
        if (run.error !== undefined &&
            !run.timedOut &&
            !transport.flood &&
            state.phase !== 'starting' &&
            proc.exit === undefined) {
            await Promise.race([proc.exited, delay(500)]);
        }
        // Taken before we stop it, so our own SIGTERM is not reported as the cause.
        exit = proc.exit;
        await transport.close();
    }
    finally {
        await proc.stop();
    }
    if (run.value !== undefined)
        return { status: 'ok', transport: 'stdio', probe: run.value, noise: transport.noise.first };
    const failure = classifyStdio({
        phase: state.phase,
        timeoutMs,
        timedOut: run.timedOut,
        error: run.error,
        command,
        args: resolved.args,
        pathSearched: env.PATH ?? env.Path ?? '',
        cwd,
        exit,
        stderrLines: proc.stderr.lastLines(40),
        stderrBytes: proc.stderr.total,
        stdoutBytes: transport.stdoutBytes,
        noise: transport.noise,
        flood: transport.flood,
        stdoutClosed: transport.stdoutClosed,
        glued: transport.glued
    });
    const tail = proc.stderr.lastLines(20).join('\n');
    return { ...fail(failure), transport: 'stdio', probe: state.outcome, ...(tail ? { stderrTail: tail } : {}) };
}
async function runRemote(server, resolved, timeoutMs) {
    let url;
    try {
        url = new URL(resolved.url ?? '');
    }
    catch {
        return skip(resolved.url ? NOT_STARTED.invalidUrl : NOT_STARTED.noUrl);
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:')
        return skip(unsupportedScheme(url.protocol));
    const deadline = Date.now() + timeoutMs;
    const first = await connectRemote(server.transport === 'sse' ? 'sse' : 'http', url, resolved.headers, timeoutMs);
    if ('ok' in first)
        return first.ok;
    if (fallsBackToSse(server) && shouldFallBack(first.error) && deadline - Date.now() > 0) {
        const second = await connectRemote('sse', url, resolved.headers, deadline - Date.now());
        if ('ok' in second)
            return second.ok;
        return outcomeOf(first.failure, 'http', ' The SSE fallback failed too.');
    }
    return outcomeOf(first.failure, server.transport === 'sse' ? 'sse' : 'http', '');
}
async function connectRemote(kind, url, headers, timeoutMs) {
    let networkError;
    let denied;
    // The SDK reports a refused connection as a bare "fetch failed"; keep the cause it drops, and the
    // 401/403 answer whose WWW-Authenticate says how to sign in.
    const recordingFetch = async (input, init) => {
        try {
            const response = await fetch(input, init);
            if (response.status === 401 || response.status === 403)
                denied = response;
            return response;
        }
        catch (error) {
            networkError = error;
            throw error;
        }
    };
    const options = { requestInit: { headers }, fetch: recordingFetch };
    const transport = kind === 'sse' ? new sse/* SSEClientTransport */.A(url, options) : new streamableHttp/* StreamableHTTPClientTransport */.j(url, options);
    const state = { phase: 'initialize', outcome: {} };
    const started = Date.now();
    const run = await withDeadline(timeoutMs, (signal) => probe(transport, state, { signal, timeoutMs: timeoutMs + 1000 }));
    await transport.close().catch(() => { });
    if (run.value !== undefined)
        return { ok: { status: 'ok', transport: kind, probe: run.value } };
    const hasHeaders = Object.keys(headers).length > 0;
    // Without credentials of its own, a refused entry is either for a server that signs users in with
    // OAuth (which a CI run cannot do) or one that wants a token: its published metadata tells which.
    const oauth = denied !== undefined && !hasHeaders ? await oauthDiscovery(url, denied, started + timeoutMs) : undefined;
    const failure = classifyHttp({
        phase: state.phase,
        timeoutMs,
        timedOut: run.timedOut,
        error: run.error,
        networkError,
        url,
        hasHeaders,
        transport: kind,
        ...(oauth ? { oauth } : {})
    });
    return { failure: { ...failure, outcome: state.outcome }, error: run.error };
}
/**
 * Whether a server that refused us signs users in with OAuth, and where it says so: the
 * `resource_metadata` its `WWW-Authenticate` names (RFC 9728 section 5.1), else protected-resource
 * metadata at the well-known path (RFC 9728 section 3, path-aware then at the root, through the MCP
 * SDK's discovery), else authorization-server metadata at the server's origin (MCP 2025-03-26).
 */
async function oauthDiscovery(url, denied, deadline) {
    const { resourceMetadataUrl } = (0,auth/* extractWWWAuthenticateParams */.eH)(denied);
    if (resourceMetadataUrl)
        return { metadata: 'protected-resource', metadataUrl: resourceMetadataUrl.href, named: true };
    // Looking costs up to two requests each; with no time left, say only what the answer said.
    if (deadline - Date.now() < 200)
        return undefined;
    let found;
    const timedFetch = async (input, init) => {
        const response = await fetch(input, { ...init, signal: AbortSignal.timeout(Math.max(1, deadline - Date.now())) });
        if (response.ok)
            found = String(input);
        return response;
    };
    try {
        await (0,auth/* discoverOAuthProtectedResourceMetadata */.So)(url, {}, timedFetch);
        if (found)
            return { metadata: 'protected-resource', metadataUrl: found, named: false };
    }
    catch {
        // none there (or not in time): try the older discovery
    }
    try {
        found = undefined;
        if (await (0,auth/* discoverOAuthMetadata */.Ge)(url.origin, {}, timedFetch))
            return { metadata: 'authorization-server', metadataUrl: found ?? url.origin, named: false };
    }
    catch {
        // not an OAuth server either
    }
    return undefined;
}
/** VS Code and Cursor retry over SSE when the endpoint does not speak Streamable HTTP. */
function shouldFallBack(error) {
    return (error instanceof streamableHttp/* StreamableHTTPError */.b &&
        (error.code === 400 || error.code === 404 || error.code === 405 || error.code === -1));
}
function outcomeOf(failure, transport, suffix) {
    const { kind, messageId, data, help } = failure;
    return {
        status: failure.skipped ? 'skipped' : 'failed',
        transport,
        probe: failure.outcome,
        error: { kind, messageId, data, help: help + suffix }
    };
}
/**
 * Runs `work` until it settles or the time is up, whichever comes first. On time-out the signal
 * aborts, and work still pending is left to fail quietly (its transport is closed by the caller).
 */
async function withDeadline(timeoutMs, work) {
    const controller = new AbortController();
    let timedOut = false;
    let stopped = () => { };
    const aborted = new Promise((_, reject) => {
        stopped = () => reject(new Error('stopped'));
        controller.signal.addEventListener('abort', stopped, { once: true });
    });
    aborted.catch(() => { });
    const timer = setTimeout(() => {
        timedOut = true;
        controller.abort();
    }, timeoutMs);
    // An interrupted run stops waiting for anyone.
    const interrupt = () => controller.abort();
    const interruptSignal = interruption.controller.signal;
    if (interruptSignal.aborted)
        controller.abort();
    else
        interruptSignal.addEventListener('abort', interrupt, { once: true });
    const pending = work(controller.signal, () => controller.abort());
    pending.catch(() => { });
    try {
        return { value: await Promise.race([pending, aborted]), timedOut: false };
    }
    catch (error) {
        return { error, timedOut };
    }
    finally {
        clearTimeout(timer);
        controller.signal.removeEventListener('abort', stopped);
        interruptSignal.removeEventListener('abort', interrupt);
    }
}
function toResult(server, outcome, durationMs) {
    const result = {
        name: server.name,
        file: server.file,
        host: server.host,
        transport: outcome.transport ?? server.transport,
        status: outcome.status,
        durationMs
    };
    const p = outcome.probe;
    if (p?.serverInfo)
        result.serverInfo = p.serverInfo;
    if (p?.protocolVersion)
        result.protocolVersion = p.protocolVersion;
    if (p?.tools !== undefined)
        result.tools = p.tools;
    if (p?.prompts !== undefined)
        result.prompts = p.prompts;
    if (p?.resources !== undefined)
        result.resources = p.resources;
    if (p?.surface && outcome.status === 'ok')
        result.surface = p.surface;
    if (outcome.error) {
        const { kind, help } = outcome.error;
        result.error = { kind, message: problemMessage(outcome.error), help };
    }
    if (outcome.stderrTail !== undefined)
        result.stderrTail = outcome.stderrTail;
    return result;
}
/**
 * The diagnostic of a server that failed, was skipped (not for being switched off) or wrote noise on
 * stdout: the short message by id, with the failure's kind among its data, and the fix in help.
 */
function toDiagnostic(server, outcome) {
    const range = server.keyRange ?? { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } };
    const at = {
        file: server.file,
        line: range.start.line,
        column: range.start.column,
        endLine: range.end.line,
        endColumn: range.end.column,
        server: server.name
    };
    const diagnostic = (ruleId, severity, problem) => ({
        ruleId,
        severity,
        message: problemMessage(problem),
        ...at,
        messageId: problem.messageId,
        data: { kind: problem.kind, ...problem.data },
        help: problem.help
    });
    if (outcome.status === 'failed' && outcome.error)
        return diagnostic(DRY_RUN_RULES.failed, 'error', outcome.error);
    if (outcome.status === 'skipped' && outcome.error && outcome.error.kind !== 'disabled')
        return diagnostic(DRY_RUN_RULES.skipped, 'notice', outcome.error);
    if (outcome.status === 'ok' && outcome.noise !== undefined) {
        return diagnostic(DRY_RUN_RULES.stdoutNoise, 'warning', stdoutNoise(outcome.noise));
    }
    return undefined;
}
function skip(problem) {
    return { status: 'skipped', error: problem };
}
function fail(failure) {
    const { kind, messageId, data, help } = failure;
    return { status: failure.skipped ? 'skipped' : 'failed', error: { kind, messageId, data, help } };
}
function positive(value, fallback) {
    return value !== undefined && Number.isFinite(value) && value > 0 ? value : fallback;
}
function isDirectory(dir) {
    try {
        return (0,external_node_fs_.existsSync)(dir) && (0,external_node_fs_.statSync)(dir).isDirectory();
    }
    catch {
        return false;
    }
}
function delay(ms) {
    return new Promise((resolve) => setTimeout(resolve, ms));
}
let guards = 0;
/** A signal received during the dry run: servers are killed, and the run ends with what finished. */
let interruption = { controller: new AbortController() };
const onExit = () => killAllNow();
const onSignal = (signal) => {
    killAllNow();
    if (interruption.signal === undefined) {
        // The first signal ends every server and every wait, so the caller can report what finished.
        interruption.signal = signal;
        interruption.controller.abort();
        return;
    }
    // A second one: no more patience, end as the signal would have.
    removeListeners();
    process.kill(process.pid, signal);
};
function interrupted() {
    return skip(interruptedBy(interruption.signal));
}
function removeListeners() {
    process.off('exit', onExit);
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
}
/**
 * While a dry run is in progress, makes sure our own end (normal exit, Ctrl-C, SIGTERM from the
 * runner) also ends every server we started. The first SIGINT or SIGTERM kills the servers and
 * lets the run return what finished (`interrupted`); a second one is re-raised as if never caught.
 */
function installExitGuard() {
    if (guards++ === 0) {
        interruption = { controller: new AbortController() };
        process.on('exit', onExit);
        process.on('SIGINT', onSignal);
        process.on('SIGTERM', onSignal);
    }
    return () => {
        if (--guards === 0)
            removeListeners();
    };
}


/***/ })

};
