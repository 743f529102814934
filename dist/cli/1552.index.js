export const id = 1552;
export const ids = [1552];
export const modules = {

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
