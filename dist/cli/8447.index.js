export const id = 8447;
export const ids = [8447];
export const modules = {

/***/ 8447:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runDoctor: () => (/* binding */ runDoctor)
});

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./src/doctor/index.ts + 2 modules
var doctor = __webpack_require__(7300);
// EXTERNAL MODULE: ./src/hosts/index.ts + 34 modules
var hosts = __webpack_require__(1262);
// EXTERNAL MODULE: ./src/report/stylish.ts
var stylish = __webpack_require__(1552);
// EXTERNAL MODULE: ./src/report/summary.ts
var summary = __webpack_require__(7994);
// EXTERNAL MODULE: ./src/secrets.ts + 1 modules
var src_secrets = __webpack_require__(6551);
// EXTERNAL MODULE: ./src/report/terminal.ts
var terminal = __webpack_require__(7496);
// EXTERNAL MODULE: ./src/why/format.ts
var format = __webpack_require__(8695);
;// CONCATENATED MODULE: ./src/doctor/format.ts








const MARK = { ok: '✔', failed: '✘', skipped: '–', unchecked: '·', 'not-read': '!' };
const STYLE = {
    ok: 'green',
    failed: 'red',
    skipped: 'yellow',
    unchecked: 'dim',
    'not-read': 'yellow'
};
/** Longest command line or URL shown in the table. */
const MAX_LAUNCH = 70;
/** Longest cause shown (a PATH can be long); the JSON report has it whole. */
const MAX_CAUSE = 240;
/**
 * A dry-run message names the cause, then after its last `: ` outside quotes, the fix. Returns the
 * two parts, or the whole message as the cause when it has no such colon.
 */
function causeAndFix(message) {
    let quotes = 0;
    let split = -1;
    for (let i = 0; i < message.length; i++) {
        if (message[i] === '"')
            quotes++;
        else if (message[i] === ':' && message[i + 1] === ' ' && quotes % 2 === 0)
            split = i;
    }
    if (split <= 0)
        return { cause: message };
    return { cause: message.slice(0, split), fix: message.slice(split + 2) };
}
function cut(text, max) {
    return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
const SCOPE = {
    project: 'this folder',
    user: 'user',
    local: 'local',
    managed: 'managed',
    legacy: 'legacy'
};
/** The group line of a config file (and, in a user's file, of one project's entries). */
function header(entry) {
    const host = (0,hosts/* hostById */.hL)(entry.server.host)?.name ?? entry.server.host;
    if (entry.scope !== 'local')
        return `${host}, ${SCOPE[entry.scope]}`;
    return `${host}, local to ${entry.project}${entry.current ? ' (this folder)' : ''}`;
}
/**
 * The terminal form of `mcpcop doctor`: one health table grouped by config file, like `claude mcp
 * list`, with the cause and the fix under each server that failed; then the findings of the lint.
 */
function formatDoctor(result, options) {
    const paint = (name, text) => {
        if (!options.color)
            return text;
        const [open, close] = external_node_util_.inspect.colors[name] ?? [0, 0];
        return `\u001b[${open}m${text}\u001b[${close}m`;
    };
    const { report, entries, secrets } = result;
    const shown = (text) => (0,terminal/* terminalSafeLine */.y)((0,src_secrets/* redact */.E$)(text, secrets));
    const out = [];
    const locations = report.doctor.locations;
    const found = locations.reduce((n, l) => n + l.found.length, 0);
    out.push(paint('dim', `${(0,summary/* plural */.LS)(locations.length, 'user-level location')} of ${new Set(locations.map((l) => l.host)).size} hosts checked (${report.doctor.platform}): ${(0,summary/* plural */.LS)(found, 'file')} found; and the current folder`), '');
    const groups = new Map();
    for (const entry of entries) {
        const key = `${entry.server.file}\u0000${entry.project ?? ''}`;
        groups.set(key, [...(groups.get(key) ?? []), entry]);
    }
    if (groups.size === 0)
        out.push(paint('dim', 'No MCP server is configured on this machine or in this folder.'), '');
    for (const rows of groups.values()) {
        out.push(`${paint('bold', shown(rows[0].server.file))}  ${paint('dim', shown(header(rows[0])))}`);
        const nameWidth = Math.max(...rows.map((r) => shown(r.server.name).length));
        for (const { server, health, notRead } of rows) {
            const status = notRead
                ? 'not-read'
                : server.disabled && !health
                    ? 'skipped'
                    : (health?.status ?? 'unchecked');
            const launch = paint('dim', cut(shown((0,format/* launchOf */.v4)(server)), MAX_LAUNCH));
            out.push(`  ${paint(STYLE[status], MARK[status])} ${shown(server.name).padEnd(nameWidth)}  ${launch}`);
            out.push(...detail(server, health, shown, paint));
        }
        out.push('');
    }
    out.push(format_summary(result));
    out.push('');
    // The findings of the lint. The dry run's own findings are the table above, not repeated here.
    const findings = report.diagnostics.filter((d) => !d.ruleId.startsWith('dry-run-') && d.ruleId !== doctor/* NOT_READ_RULE */.I);
    const files = { ...report, diagnostics: findings, servers: [] };
    out.push((0,stylish/* formatStylish */.Ss)(files, { color: options.color, sources: result.sources }).trimEnd());
    return out.join('\n') + '\n';
}
function detail(server, health, shown, paint) {
    const indent = '      ';
    const label = (name) => paint('dim', name.padEnd(9));
    if (!health)
        return server.disabled ? [`${indent}${label('status')}switched off in the config`] : [];
    if (health.status === 'ok') {
        const offers = [
            health.tools === undefined ? undefined : (0,summary/* plural */.LS)(health.tools, 'tool'),
            health.prompts ? (0,summary/* plural */.LS)(health.prompts, 'prompt') : undefined,
            health.resources ? (0,summary/* plural */.LS)(health.resources, 'resource') : undefined
        ].filter(Boolean);
        const info = health.serverInfo ? `${shown(health.serverInfo.name)} ${shown(health.serverInfo.version)}` : undefined;
        return [
            `${indent}${label('ok')}${[info, ...offers, `${(health.durationMs / 1000).toFixed(1)} s`].filter(Boolean).join(' · ')}`
        ];
    }
    const lines = [];
    if (health.error) {
        // The dry run's own fix speaks of CI (--pass-env, setup steps); the catalogue's speaks to this machine.
        const { cause, fix } = causeAndFix(health.error.message);
        if (health.error.kind !== 'not-read')
            lines.push(`${indent}${label(health.status === 'failed' ? 'failed' : 'skipped')}${health.error.kind}`);
        lines.push(`${indent}${label('cause')}${cut(shown(cause), MAX_CAUSE)}`);
        const advice = health.fix ?? fix;
        if (advice)
            lines.push(`${indent}${label('fix')}${shown(advice)}`);
    }
    const last = health.stderrTail
        ?.split('\n')
        .filter((l) => l.trim())
        .at(-1);
    if (last !== undefined && health.status === 'failed')
        lines.push(`${indent}${label('stderr')}${shown(last)}`);
    if (health.why)
        lines.push(`${indent}${label('more')}mcpcop why ${health.why}`);
    return lines;
}
function format_summary(result) {
    const { entries } = result;
    const notRead = entries.filter((e) => e.notRead !== undefined).length;
    const unread = notRead > 0 ? `, ${notRead} not read by their host` : '';
    if (!result.report.doctor.dryRun)
        return `${(0,summary/* plural */.LS)(entries.length, 'server')} configured${unread}; none started (--no-dry-run)`;
    const count = (status) => entries.filter((e) => e.notRead === undefined && e.health?.status === status).length;
    return `${(0,summary/* plural */.LS)(entries.length, 'server')}: ${count('ok')} ok, ${count('failed')} failed, ${count('skipped')} skipped${unread}`;
}

// EXTERNAL MODULE: ./src/dryrun/defaults.ts
var defaults = __webpack_require__(7154);
// EXTERNAL MODULE: ./src/engine.ts + 7 modules
var engine = __webpack_require__(6838);
// EXTERNAL MODULE: ./src/cli/color.ts
var cli_color = __webpack_require__(2477);
// EXTERNAL MODULE: ./src/cli/output.ts
var output = __webpack_require__(6657);
;// CONCATENATED MODULE: ./src/cli/doctor.ts








const HELP = `Usage: mcpcop doctor [options]

Checks this machine's own MCP setup, for the folder you start your hosts in: the MCP configs the
hosts read here, each checked with the same rules as in a repository, then every server started
the way its host starts it, with your own environment. Prints one line per server with its status,
and for each failure the cause, the fix and its last stderr line; then the findings.

This starts the commands your configs name, as your hosts would. Secrets are never printed.

Options:
  -f, --format <name>    stylish or json (default: stylish)
  -o, --output <file>    write the report to a file
      --no-dry-run       only read the configs; start nothing
      --timeout <ms>     time each server gets to start and answer (default: ${defaults/* DRY_RUN_DEFAULTS */.L.timeoutMs})
      --concurrency <n>  servers started at once (default: ${defaults/* DRY_RUN_DEFAULTS */.L.concurrency})
      --color, --no-color
  -h, --help

Exit codes: 0 every server answered and no error was found, 1 otherwise, 2 usage or internal error.
`;
const OPTIONS = {
    format: { type: 'string', short: 'f', default: 'stylish' },
    output: { type: 'string', short: 'o' },
    'no-dry-run': { type: 'boolean' },
    timeout: { type: 'string' },
    concurrency: { type: 'string' },
    color: { type: 'boolean' },
    'no-color': { type: 'boolean' },
    help: { type: 'boolean', short: 'h' }
};
/** `mcpcop doctor`: the health of this machine's MCP servers. */
async function runDoctor(argv, io) {
    let values;
    try {
        values = (0,external_node_util_.parseArgs)({ args: argv, allowPositionals: false, options: OPTIONS }).values;
    }
    catch (error) {
        return usage(io, error.message);
    }
    if (values.help) {
        io.stdout(HELP);
        return 0;
    }
    const format = values.format;
    if (format !== 'stylish' && format !== 'json')
        return usage(io, `unknown format "${format}"; use stylish or json`);
    const timeoutMs = whole(values.timeout, defaults/* DRY_RUN_DEFAULTS */.L.timeoutMs);
    const concurrency = whole(values.concurrency, defaults/* DRY_RUN_DEFAULTS */.L.concurrency);
    if (timeoutMs === undefined)
        return usage(io, `--timeout must be a whole number of milliseconds above 0`);
    if (concurrency === undefined)
        return usage(io, `--concurrency must be a whole number above 0`);
    if (values.output !== undefined) {
        const problem = (0,output/* prepareReportFolder */.OJ)(io.cwd, values.output);
        if (problem)
            return cannotWrite(io, values.output, problem);
    }
    try {
        const result = await (0,doctor/* doctor */.A)({
            cwd: io.cwd,
            env: io.env,
            ...(io.platform ? { platform: io.platform } : {}),
            dryRun: !values['no-dry-run'],
            timeoutMs,
            concurrency
        });
        const color = (0,cli_color/* wantsColor */.z)({
            flag: values['no-color'] ? false : values.color ? true : undefined,
            env: io.env,
            isTTY: io.isTTY,
            toFile: values.output !== undefined
        });
        const text = format === 'json' ? JSON.stringify(result.report, null, 2) + '\n' : formatDoctor(result, { color });
        const masked = (0,src_secrets/* redact */.E$)(text, result.secrets);
        if (values.output !== undefined) {
            const problem = (0,output/* writeReportFile */.aS)(io.cwd, values.output, masked);
            if (problem)
                return cannotWrite(io, values.output, problem);
        }
        else
            io.stdout(masked);
        const unhealthy = result.report.servers.some((s) => s.status === 'failed') ||
            result.report.diagnostics.some((d) => d.severity === 'error');
        return unhealthy ? 1 : 0;
    }
    catch (error) {
        if (error instanceof engine/* UsageError */.eb)
            return usage(io, error.message);
        io.stderr(`mcpcop doctor: internal error: ${error.stack ?? String(error)}\n`);
        return 2;
    }
}
function whole(value, fallback) {
    if (value === undefined)
        return fallback;
    return /^\d+$/.test(value) && Number(value) > 0 ? Number(value) : undefined;
}
function cannotWrite(io, file, problem) {
    io.stderr(`mcpcop doctor: cannot write the report to ${JSON.stringify(file)}: ${problem}\n`);
    return 2;
}
function usage(io, message) {
    io.stderr(`mcpcop doctor: ${message}\nRun "mcpcop doctor --help" for usage.\n`);
    return 2;
}


/***/ })

};
