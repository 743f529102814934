export const id = 8447;
export const ids = [8447,1552];
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
// EXTERNAL MODULE: ./src/mask.ts
var mask = __webpack_require__(5235);
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
 * Doctor's own messages (a server its host does not read) name the cause, then after the last `: `
 * outside quotes, the fix; the dry run's give them apart (message and help). Returns the
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
    const shown = (text) => (0,terminal/* terminalSafeLine */.y)((0,mask/* redact */.E$)(text, secrets));
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
    out.push((0,stylish.formatStylish)(files, { color: options.color, sources: result.sources }).trimEnd());
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
        const { cause, fix } = health.error.help === undefined
            ? causeAndFix(health.error.message)
            : { cause: health.error.message, fix: health.error.help };
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
// EXTERNAL MODULE: ./src/engine.ts + 1 modules
var engine = __webpack_require__(8483);
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
        const masked = (0,mask/* redact */.E$)(text, result.secrets);
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


/***/ }),

/***/ 1552:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FRAME_WIDTH: () => (/* binding */ FRAME_WIDTH),
/* harmony export */   codeFrame: () => (/* binding */ codeFrame),
/* harmony export */   formatStylish: () => (/* binding */ formatStylish)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _parse_source_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3226);
/* harmony import */ var _mask_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5235);
/* harmony import */ var _summary_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7994);
/* harmony import */ var _terminal_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7496);





/**
 * ANSI styling by hand, from the codes util.styleText uses: since Node 22.13 styleText also checks
 * process.stdout and the environment and drops the colour, while the CLI has decided already
 * (--color, FORCE_COLOR, NO_COLOR, a report file).
 */
function style(name, text) {
    const [open, close] = node_util__WEBPACK_IMPORTED_MODULE_0__.inspect.colors[name] ?? [0, 0];
    return `\u001b[${open}m${text}\u001b[${close}m`;
}
/**
 * The terminal format: `path:line:col  severity  message  rule-id`, then a code frame with the
 * exact range underlined, then a one-line total.
 */
function formatStylish(report, options) {
    const paint = (name, text) => (options.color ? style(name, text) : text);
    const severityStyle = { error: 'red', warning: 'yellow', notice: 'cyan' };
    const out = [];
    const indexes = new Map();
    for (const d of report.diagnostics) {
        const where = paint('bold', `${(0,_terminal_js__WEBPACK_IMPORTED_MODULE_3__/* .terminalSafeLine */ .y)(d.file)}:${d.line}:${d.column}`);
        out.push(`${where}  ${paint(severityStyle[d.severity], d.severity)}  ${(0,_terminal_js__WEBPACK_IMPORTED_MODULE_3__/* .terminalSafeLine */ .y)(d.message)}  ${paint('dim', d.ruleId)}`);
        if (d.help !== undefined)
            out.push(paint('dim', `  ↳ ${(0,_terminal_js__WEBPACK_IMPORTED_MODULE_3__/* .terminalSafeLine */ .y)(d.help)}`));
        const text = options.sources?.get(d.file);
        if (text !== undefined && text.length > 0) {
            let lines = indexes.get(d.file);
            if (!lines)
                indexes.set(d.file, (lines = new _parse_source_js__WEBPACK_IMPORTED_MODULE_1__/* .LineIndex */ .rr(options.secrets ? (0,_mask_js__WEBPACK_IMPORTED_MODULE_2__/* .redact */ .E$)(text, options.secrets) : text)));
            out.push(codeFrame(lines, d).replace(/^/gm, '  '), '');
        }
    }
    if (report.servers.length > 0)
        out.push(...serverTable(report, paint), '');
    for (const note of options.notes ?? [])
        out.push(paint('yellow', `⚠ ${(0,_terminal_js__WEBPACK_IMPORTED_MODULE_3__/* .terminalSafeLine */ .y)(note)}`), '');
    const counts = (0,_summary_js__WEBPACK_IMPORTED_MODULE_4__/* .countBySeverity */ .Ot)(report.diagnostics);
    const files = (0,_summary_js__WEBPACK_IMPORTED_MODULE_4__/* .plural */ .LS)(report.files.length, 'file');
    if (report.diagnostics.length === 0) {
        out.push(paint('green', `✔ no problems in ${files}`));
    }
    else {
        const total = `${(0,_summary_js__WEBPACK_IMPORTED_MODULE_4__/* .plural */ .LS)(report.diagnostics.length, 'problem')} (${(0,_summary_js__WEBPACK_IMPORTED_MODULE_4__/* .plural */ .LS)(counts.error, 'error')}, ${(0,_summary_js__WEBPACK_IMPORTED_MODULE_4__/* .plural */ .LS)(counts.warning, 'warning')}, ${(0,_summary_js__WEBPACK_IMPORTED_MODULE_4__/* .plural */ .LS)(counts.notice, 'notice')}) in ${files}`;
        out.push(paint(counts.error ? 'red' : 'yellow', `✖ ${total}`));
    }
    return out.join('\n') + '\n';
}
/**
 * A fixed-width table of dry-run results, one row per server. The problem column holds the failure
 * kind only: the full message is the diagnostic printed above at the server's key. A failed
 * server's last stderr lines follow its row.
 */
function serverTable(report, paint) {
    const rows = report.servers.map((s) => [
        s.status,
        s.transport,
        `${(s.durationMs / 1000).toFixed(1)}s`,
        (0,_terminal_js__WEBPACK_IMPORTED_MODULE_3__/* .terminalSafeLine */ .y)(`${s.file} ${s.name}`),
        s.serverInfo ? (0,_terminal_js__WEBPACK_IMPORTED_MODULE_3__/* .terminalSafeLine */ .y)(`${s.serverInfo.name} ${s.serverInfo.version}`.slice(0, 80)) : '',
        (0,_terminal_js__WEBPACK_IMPORTED_MODULE_3__/* .terminalSafeLine */ .y)((s.protocolVersion ?? '').slice(0, 40)),
        s.tools === undefined ? '' : (0,_summary_js__WEBPACK_IMPORTED_MODULE_4__/* .plural */ .LS)(s.tools, 'tool'),
        s.error ? s.error.kind : ''
    ]);
    const header = ['status', 'transport', 'time', 'server', 'implementation', 'protocol', 'tools', 'problem'];
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (i === header.length - 1 ? 0 : r[i].length))));
    const line = (cells) => cells
        .map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i])))
        .join('  ')
        .trimEnd();
    const out = [paint('bold', line(header))];
    report.servers.forEach((s, i) => {
        const text = line(rows[i]);
        out.push(s.status === 'ok' ? text : paint(s.status === 'failed' ? 'red' : 'yellow', text));
        if (s.status === 'failed' && s.stderrTail)
            for (const tail of s.stderrTail.split('\n').slice(-5))
                out.push(paint('dim', `    stderr │ ${(0,_terminal_js__WEBPACK_IMPORTED_MODULE_3__/* .terminalSafeLine */ .y)(tail)}`));
    });
    const count = (status) => report.servers.filter((s) => s.status === status).length;
    out.push(`dry run: ${(0,_summary_js__WEBPACK_IMPORTED_MODULE_4__/* .plural */ .LS)(report.servers.length, 'server')}, ${count('ok')} ok, ${count('failed')} failed, ${count('skipped')} skipped`);
    return out;
}
/** Characters of a source line shown in a frame; a longer line shows a window around the column. */
const FRAME_WIDTH = 160;
/**
 * A code frame like @babel/code-frame's (the line before and after, `>` on the line, carets under
 * the range), but bounded whatever the file: only the lines it shows are read from the text, and a
 * long line shows FRAME_WIDTH characters around the column with `…` where it was cut, so a
 * one-line file with a thousand findings costs a thousand small frames, not a thousand copies of
 * the line.
 */
function codeFrame(lines, d) {
    const text = lines.text;
    const first = Math.max(1, d.line - 1);
    const last = Math.min(lines.lineCount, d.line + 1);
    const gutter = String(last).length;
    const lineText = (n) => {
        const start = lines.lineStart(n);
        const end = n < lines.lineCount ? lines.lineStart(n + 1) : text.length;
        return text.slice(start, Math.min(end, start + d.column + 4 * FRAME_WIDTH)).replace(/\r?\n$|\r$/, '');
    };
    const column = Math.max(1, d.column);
    const full = lineText(d.line);
    // The window's first character, the same for all three lines so the columns stay aligned.
    const from = full.length <= FRAME_WIDTH ? 0 : Math.max(0, Math.min(column - 1 - FRAME_WIDTH / 4, full.length - FRAME_WIDTH));
    const visible = (line) => {
        const cut = line.slice(from, from + FRAME_WIDTH);
        return (0,_terminal_js__WEBPACK_IMPORTED_MODULE_3__/* .terminalSafe */ .k)((from > 0 ? '…' : '') + cut + (line.length > from + FRAME_WIDTH ? '…' : ''));
    };
    const out = [];
    for (let n = first; n <= last; n++) {
        const content = visible(n === d.line ? full : lineText(n));
        const number = String(n).padStart(gutter);
        out.push(`${n === d.line ? '>' : ' '} ${number} |${content ? ` ${content}` : ''}`);
        if (n !== d.line)
            continue;
        const shown = full.slice(from, column - 1);
        const lead = (from > 0 ? ' ' : '') + shown.replace(/[^\t]/g, ' ');
        const wanted = d.endLine === d.line ? Math.max(1, d.endColumn - column) : 1;
        const room = Math.max(1, FRAME_WIDTH - shown.length);
        out.push(`  ${' '.repeat(gutter)} | ${lead}${'^'.repeat(Math.min(wanted, room))}`);
    }
    return out.join('\n');
}


/***/ })

};
