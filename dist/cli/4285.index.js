export const id = 4285;
export const ids = [4285];
export const modules = {

/***/ 4285:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SUMMARY_MAX_BYTES: () => (/* binding */ SUMMARY_MAX_BYTES),
/* harmony export */   formatMarkdown: () => (/* binding */ formatMarkdown)
/* harmony export */ });
/* unused harmony export COMMENT_MAX_CHARS */
/* harmony import */ var _hosts_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1262);
/* harmony import */ var _mask_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5235);
/* harmony import */ var _annotations_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(856);
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4031);
/* harmony import */ var _diagnostics_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4851);
/* harmony import */ var _summary_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7994);






/** Largest job summary GitHub accepts is 1 MiB per step; stay well below it. */
const SUMMARY_MAX_BYTES = 900 * 1024;
/** GitHub rejects comment bodies over 65,536 characters (422 "Body is too long"); stay below it. */
const COMMENT_MAX_CHARS = 60_000;
const ICON = { error: '❌', warning: '⚠️', notice: 'ℹ️' };
const STATUS_ICON = { ok: '✅', failed: '❌', skipped: '⏭️' };
// Room kept for the "not shown" note and the marker, so that adding them never breaks the limit.
const RESERVE = 1024;
/**
 * The job summary and pull-request comment: a verdict, the findings per file (most important
 * first when they do not all fit), the dry-run table and the files checked. Every string from a
 * config is masked and escaped; the result stays under the given size with a "not shown" note.
 */
function formatMarkdown(report, options) {
    const secrets = [...(options.secrets ?? [])];
    const text = (value) => (0,_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeMarkdown */ .FV)((0,_mask_js__WEBPACK_IMPORTED_MODULE_1__/* .redact */ .E$)(value, secrets));
    const counts = (0,_summary_js__WEBPACK_IMPORTED_MODULE_5__/* .countBySeverity */ .Ot)(report.diagnostics);
    const failing = (0,_summary_js__WEBPACK_IMPORTED_MODULE_5__/* .reachesFailLevel */ .GB)(report.diagnostics, options.failOn);
    const failedServers = report.servers.filter((s) => s.status === 'failed').length;
    const head = [];
    const files = (0,_summary_js__WEBPACK_IMPORTED_MODULE_5__/* .plural */ .LS)(report.files.length, 'MCP config file');
    const before = options.preexisting;
    const beforeCount = typeof before === 'number' ? before : (before?.length ?? 0);
    const compared = before !== undefined;
    const beforeLine = beforeCount > 0
        ? ` ${(0,_summary_js__WEBPACK_IMPORTED_MODULE_5__/* .plural */ .LS)(beforeCount, 'pre-existing finding')}, not introduced by this change, ${beforeCount === 1 ? 'is' : 'are'} ${typeof before === 'number' ? 'listed in the job summary' : 'listed below'}.`
        : '';
    if (report.diagnostics.length === 0 && (compared || failedServers === 0)) {
        head.push(`## ✅ mcpcop: ${compared ? 'no new problems' : 'all clear'}`, '', report.files.length === 0
            ? 'No MCP config files were found.'
            : compared
                ? `This change introduces no problems in ${files}.${beforeLine}`
                : `No problems in ${files}.`);
    }
    else {
        const problemFiles = new Set(report.diagnostics.map((d) => d.file)).size;
        head.push(`## ${failing ? '❌' : '⚠️'} mcpcop: ${(0,_summary_js__WEBPACK_IMPORTED_MODULE_5__/* .plural */ .LS)(counts.error, 'error')}, ${(0,_summary_js__WEBPACK_IMPORTED_MODULE_5__/* .plural */ .LS)(counts.warning, 'warning')}, ${(0,_summary_js__WEBPACK_IMPORTED_MODULE_5__/* .plural */ .LS)(counts.notice, 'notice')}`, '');
        head.push((compared
            ? `Introduced by this change, in ${problemFiles} of ${files}.`
            : `Found in ${problemFiles} of ${files}.`) +
            (failedServers > 0 && !compared ? ` ${(0,_summary_js__WEBPACK_IMPORTED_MODULE_5__/* .plural */ .LS)(failedServers, 'server')} failed the dry run.` : '') +
            beforeLine);
    }
    const settled = options.settled;
    if (settled) {
        const left = [];
        if (settled.suppressed.length > 0)
            left.push(`${(0,_summary_js__WEBPACK_IMPORTED_MODULE_5__/* .plural */ .LS)(settled.suppressed.length, 'finding')} suppressed in \`${text(settled.settingsFile ?? 'the settings')}\``);
        if (settled.baselined > 0)
            left.push(`${(0,_summary_js__WEBPACK_IMPORTED_MODULE_5__/* .plural */ .LS)(settled.baselined, 'finding')} in the baseline \`${text(settled.baselineFile ?? '')}\``);
        if (left.length > 0)
            head.push('', `${left.join(' and ')} ${left.length > 1 || settled.suppressed.length + settled.baselined > 1 ? 'are' : 'is'} not reported.`);
        if (settled.gone > 0)
            head.push('', `${(0,_summary_js__WEBPACK_IMPORTED_MODULE_5__/* .plural */ .LS)(settled.gone, 'baselined finding')} no longer ${settled.gone === 1 ? 'occurs' : 'occur'}: run \`npx mcpcop --write-baseline${settled.goneNeedsDryRun ? ' --dry-run' : ''}\` to shrink the baseline.`);
    }
    for (const note of options.notes ?? [])
        head.push('', `> Note: ${text(note)}`);
    head.push('', failing
        ? `This check fails: findings reach \`fail-on: ${options.failOn}\`.`
        : `This check passes (\`fail-on: ${options.failOn}\`).`);
    // Candidates in the order they get room: findings (most important first), servers, details, files.
    const findings = (0,_annotations_js__WEBPACK_IMPORTED_MODULE_2__.rankDiagnostics)(report.diagnostics).map((d) => ({
        text: findingRow(d, text),
        group: d.file,
        d
    }));
    const servers = report.servers.map((s) => ({ text: serverRow(s, text), s }));
    const details = report.servers
        .filter((s) => s.status !== 'ok' && s.stderrTail)
        .map((s) => ({ text: stderrDetails(s, text, secrets), s }));
    const offers = report.servers
        .filter((s) => s.surface && surfaceSize(s.surface) > 0)
        .map((s) => ({ text: surfaceDetails(s, text), s }));
    const fileCounts = countsByFile(report.diagnostics);
    const fileRows = report.files.map((f) => ({
        text: `| ${text(f.path)} | ${f.host ? text((0,_hosts_index_js__WEBPACK_IMPORTED_MODULE_0__/* .hostById */ .hL)(f.host)?.name ?? f.host) : '—'} | ${f.servers.length > 0 ? text(f.servers.join(', ')) : '—'} | ${fileCounts(f.path)} |`
    }));
    const limitChars = options.maxChars ?? Infinity;
    const limitBytes = options.maxBytes ?? Infinity;
    let chars = 0;
    let bytes = 0;
    const take = (value) => {
        const c = value.length + 1;
        const b = Buffer.byteLength(value) + 1;
        if (chars + c > limitChars - RESERVE || bytes + b > limitBytes - RESERVE)
            return false;
        chars += c;
        bytes += b;
        return true;
    };
    const added = options.newlyBaselined ?? [];
    if (added.length > 0) {
        head.push('', `### ⚠️ New findings hidden by the baseline`, '', `This change brings ${(0,_summary_js__WEBPACK_IMPORTED_MODULE_5__/* .plural */ .LS)(added.length, 'finding')} that the baseline hides, so ${added.length === 1 ? 'it is' : 'they are'} not reported:`, '', '| | file | line | rule | message |', '| --- | --- | --- | --- | --- |', ...(0,_annotations_js__WEBPACK_IMPORTED_MODULE_2__.rankDiagnostics)(added)
            .slice(0, 50)
            .map((d) => preexistingRow(d, text)));
        if (added.length > 50)
            head.push(`| | … ${added.length - 50} more | | | |`);
    }
    take(head.join('\n'));
    // Each group (a file's findings, the dry-run table, the files table) costs its heading once.
    const shownFindings = [];
    const openedFiles = new Set();
    const findingsHeading = '\n### Findings\n';
    let findingsOpened = false;
    let stopped = false;
    for (const piece of findings) {
        if (stopped)
            break;
        let cost = piece.text;
        if (!findingsOpened)
            cost = `${findingsHeading}\n${cost}`;
        if (!openedFiles.has(piece.group))
            cost = `${groupHeader(piece.group, report, text, fileCounts)}\n${cost}`;
        if (!take(cost)) {
            stopped = true;
            break;
        }
        findingsOpened = true;
        openedFiles.add(piece.group);
        shownFindings.push(piece);
    }
    // Trusted sections (the tool lock's changes): after the findings, before the dry-run table.
    const sections = options.sections ?? [];
    const shownSections = stopped ? [] : sections.filter((section) => take(`\n${section}`));
    const shownServers = [];
    const serverHeading = `\n### Dry run: ${serverTally(report.servers)}\n\n| status | server | file | transport | time | implementation | protocol | tools | problem |\n| --- | --- | --- | --- | --- | --- | --- | --- | --- |`;
    if (!stopped && servers.length > 0 && take(serverHeading)) {
        for (const piece of servers) {
            if (!take(piece.text))
                break;
            shownServers.push(piece);
        }
    }
    const shownDetails = [];
    const shownServerResults = new Set(shownServers.map((p) => p.s));
    for (const piece of [...details, ...offers]) {
        if (shownServerResults.has(piece.s) && take(piece.text))
            shownDetails.push(piece);
    }
    // Pre-existing findings (scope `new`): collapsed, after everything the change introduced.
    const beforeList = Array.isArray(before) ? (0,_annotations_js__WEBPACK_IMPORTED_MODULE_2__.rankDiagnostics)(before) : [];
    const beforeRows = [];
    const beforeHeading = `\n<details><summary>${(0,_summary_js__WEBPACK_IMPORTED_MODULE_5__/* .plural */ .LS)(beforeList.length, 'pre-existing finding')}, not introduced by this change</summary>\n\n| | file | line | rule | message |\n| --- | --- | --- | --- | --- |`;
    if (beforeList.length > 0 && !stopped && take(beforeHeading + '\n\n</details>')) {
        for (const d of beforeList) {
            const row = preexistingRow(d, text);
            if (!take(row))
                break;
            beforeRows.push(row);
        }
    }
    const suppressedRows = [];
    const suppressedList = settled?.suppressed ?? [];
    const suppressedHeading = `\n<details><summary>${(0,_summary_js__WEBPACK_IMPORTED_MODULE_5__/* .plural */ .LS)(suppressedList.length, 'suppressed finding')}</summary>\n\n| file | line | rule | reason |\n| --- | --- | --- | --- |`;
    if (suppressedList.length > 0 && !stopped && take(suppressedHeading + '\n\n</details>')) {
        for (const { diagnostic: d, reason } of suppressedList) {
            const row = `| ${text(d.file)} | ${d.line}:${d.column} | ${text(d.ruleId)} | ${text(reason)} |`;
            if (!take(row))
                break;
            suppressedRows.push(row);
        }
    }
    const shownFiles = [];
    const filesHeading = `\n<details><summary>${(0,_summary_js__WEBPACK_IMPORTED_MODULE_5__/* .plural */ .LS)(report.files.length, 'file')} checked</summary>\n\n| file | host | servers | findings |\n| --- | --- | --- | --- |`;
    if (fileRows.length > 0 &&
        shownFindings.length === findings.length &&
        shownServers.length === servers.length &&
        take(filesHeading + '\n\n</details>')) {
        for (const piece of fileRows) {
            if (!take(piece.text))
                break;
            shownFiles.push(piece);
        }
    }
    const out = [...head];
    if (shownFindings.length > 0) {
        out.push('', '### Findings');
        // Shown findings are grouped by file, in file and line order.
        const byFile = new Map();
        for (const { d } of shownFindings) {
            const list = byFile.get(d.file);
            if (list)
                list.push(d);
            else
                byFile.set(d.file, [d]);
        }
        for (const file of [...byFile.keys()].sort()) {
            out.push(groupHeader(file, report, text, fileCounts));
            const rows = byFile.get(file).sort((a, b) => a.line - b.line || a.column - b.column);
            out.push(...rows.map((d) => findingRow(d, text)));
        }
    }
    for (const section of shownSections)
        out.push('', section.trimEnd());
    if (shownServers.length > 0) {
        out.push(serverHeading, ...shownServers.map((p) => p.text));
        for (const piece of shownDetails)
            out.push('', piece.text);
    }
    if (beforeRows.length > 0) {
        out.push(beforeHeading, ...beforeRows);
        if (beforeRows.length < beforeList.length)
            out.push(`| | … ${beforeList.length - beforeRows.length} more | | | |`);
        out.push('', '</details>');
    }
    if (suppressedRows.length > 0) {
        out.push(suppressedHeading, ...suppressedRows);
        if (suppressedRows.length < suppressedList.length)
            out.push(`| … ${suppressedList.length - suppressedRows.length} more | | | |`);
        out.push('', '</details>');
    }
    if (shownFiles.length > 0) {
        out.push(filesHeading, ...shownFiles.map((p) => p.text));
        if (shownFiles.length < fileRows.length)
            out.push(`| … ${fileRows.length - shownFiles.length} more | | | |`);
        out.push('', '</details>');
    }
    const missing = [
        [findings.length - shownFindings.length, 'finding'],
        [servers.length - shownServers.length, 'dry-run result'],
        [sections.length - shownSections.length, 'section']
    ];
    const notShown = missing.filter(([n]) => n > 0).map(([n, noun]) => (0,_summary_js__WEBPACK_IMPORTED_MODULE_5__/* .plural */ .LS)(n, noun));
    if (notShown.length > 0) {
        out.push('', `> **${notShown.join(' and ')} not shown** here (size limit).` + (options.moreHint ? ` ${options.moreHint}` : ''));
    }
    if (options.marker)
        out.push('', options.marker);
    return out.join('\n') + '\n';
}
function preexistingRow(d, text) {
    const rule = (0,_diagnostics_js__WEBPACK_IMPORTED_MODULE_4__/* .ruleInfo */ .PI)(d.ruleId);
    return `| ${ICON[d.severity]} ${d.severity} | ${text(d.file)} | ${d.line}:${d.column} | [${text(d.ruleId)}](${rule.helpUri}) | ${messageCell(d, text)} |`;
}
function findingRow(d, text) {
    const rule = (0,_diagnostics_js__WEBPACK_IMPORTED_MODULE_4__/* .ruleInfo */ .PI)(d.ruleId);
    return `| ${ICON[d.severity]} ${d.severity} | ${d.line}:${d.column} | [${text(d.ruleId)}](${rule.helpUri}) | ${messageCell(d, text)} |`;
}
/** A finding's one sentence, with its why and fix folded away behind it when it has them. */
function messageCell(d, text) {
    if (d.help === undefined)
        return text(d.message);
    return `${text(d.message)}<details><summary>why, and how to fix</summary>${text(d.help)}</details>`;
}
/** A file's heading and the head of its findings table. */
function groupHeader(file, report, text, counts) {
    const host = report.files.find((f) => f.path === file)?.host;
    const name = host ? ((0,_hosts_index_js__WEBPACK_IMPORTED_MODULE_0__/* .hostById */ .hL)(host)?.name ?? host) : undefined;
    const heading = `**${text(file)}**${name ? ` · ${text(name)}` : ''} · ${counts(file)}`;
    return `\n${heading}\n\n| | line | rule | message |\n| --- | --- | --- | --- |`;
}
/** "1 error, 2 warnings" per file (counted once for all files). */
function countsByFile(diagnostics) {
    const byFile = new Map();
    for (const d of diagnostics) {
        const list = byFile.get(d.file);
        if (list)
            list.push(d);
        else
            byFile.set(d.file, [d]);
    }
    return (file) => {
        const counts = (0,_summary_js__WEBPACK_IMPORTED_MODULE_5__/* .countBySeverity */ .Ot)(byFile.get(file) ?? []);
        const parts = ['error', 'warning', 'notice']
            .filter((s) => counts[s] > 0)
            .map((s) => (0,_summary_js__WEBPACK_IMPORTED_MODULE_5__/* .plural */ .LS)(counts[s], s));
        return parts.length > 0 ? parts.join(', ') : 'no problems';
    };
}
function serverTally(servers) {
    const count = (status) => servers.filter((s) => s.status === status).length;
    return `${count('ok')} ok, ${count('failed')} failed, ${count('skipped')} skipped`;
}
function serverRow(s, text) {
    const cells = [
        `${STATUS_ICON[s.status]} ${s.status}`,
        text(s.name),
        text(s.file),
        s.transport,
        `${(s.durationMs / 1000).toFixed(1)}s`,
        s.serverInfo ? text(`${s.serverInfo.name} ${s.serverInfo.version}`) : '',
        s.protocolVersion ? text(s.protocolVersion) : '',
        s.tools === undefined ? '' : (0,_summary_js__WEBPACK_IMPORTED_MODULE_5__/* .plural */ .LS)(s.tools, 'tool'),
        s.error ? text(`${s.error.kind}: ${s.error.message}`) : ''
    ];
    return `| ${cells.join(' | ')} |`;
}
// Names beyond this many per kind are counted, not listed: the summary is for reading.
const MAX_NAMES = 100;
function surfaceSize(surface) {
    return surface.tools.length + surface.prompts.length + surface.resources.length + surface.resourceTemplates.length;
}
/** A collapsed list of what a server offers, by kind, with each name as code. */
function surfaceDetails(s, text) {
    const surface = s.surface;
    const kinds = [
        ['tool', 'Tools', surface.tools],
        ['prompt', 'Prompts', surface.prompts],
        ['resource', 'Resources', surface.resources],
        ['resource template', 'Resource templates', surface.resourceTemplates]
    ];
    const present = kinds.filter(([, , items]) => items.length > 0);
    const counts = present.map(([noun, , items]) => (0,_summary_js__WEBPACK_IMPORTED_MODULE_5__/* .plural */ .LS)(items.length, noun)).join(', ');
    const lines = present.map(([, label, items]) => {
        const names = items.slice(0, MAX_NAMES).map((item) => `<code>${text((0,_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .revealInvisible */ .hR)(item.name))}</code>`);
        if (items.length > MAX_NAMES)
            names.push(`… ${items.length - MAX_NAMES} more`);
        return `${label}: ${names.join(', ')}`;
    });
    return `<details><summary>${text(s.name)} (${text(s.file)}) offers ${counts}</summary>\n\n${lines.join('<br>\n')}\n\n</details>`;
}
function stderrDetails(s, text, secrets) {
    return `<details><summary>stderr of ${text(s.name)} (${text(s.file)})</summary>\n\n${(0,_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .fencedBlock */ .zW)((0,_mask_js__WEBPACK_IMPORTED_MODULE_1__/* .redact */ .E$)(s.stderrTail ?? '', secrets), 'text')}\n\n</details>`;
}


/***/ })

};
