export const id = 6613;
export const ids = [6613];
export const modules = {

/***/ 6613:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   lockChangesMarkdown: () => (/* binding */ lockChangesMarkdown)
/* harmony export */ });
/* unused harmony export describeUpdate */
/* harmony import */ var _report_escape_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6412);
/* harmony import */ var _report_summary_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7994);
/* harmony import */ var _diff_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8300);
/* harmony import */ var _index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7291);
/* harmony import */ var _lock_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2872);





/** What `--update-lock` did, for the terminal: the file, each change it accepted, each entry it kept. */
function describeUpdate(update) {
    const servers = Object.values(update.lock.servers).reduce((n, entries) => n + Object.keys(entries).length, 0);
    const lines = [
        update.written
            ? `mcpcop: wrote ${update.file} (${plural(servers, 'server')})${update.changes.length > 0 ? `, accepting ${plural(update.changes.length, 'change')}:` : ''}`
            : `mcpcop: ${update.file} is up to date (${plural(servers, 'server')})`
    ];
    for (const change of update.changes)
        lines.push(`  ${describeLockChange(change, update.file)}`);
    for (const kept of update.kept)
        lines.push(`mcpcop: kept the locked entry of server "${kept.server}" (${kept.file}): it could not be checked (${kept.reason})`);
    return `${lines.join('\n')}\n`;
}
/**
 * The changes a pull request makes to the lock, for the reviewer: one collapsed block per item with
 * its field-by-field word diff in a fence (so nothing a server wrote can render as Markdown).
 */
function lockChangesMarkdown(changes, file, maxBlocks = 50) {
    if (changes.length === 0)
        return '';
    const text = (value) => (0,_report_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)((0,_report_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .revealInvisible */ .hR)(value));
    const out = [`### Tool lock: ${(0,_report_summary_js__WEBPACK_IMPORTED_MODULE_4__/* .plural */ .LS)(changes.length, 'change')} to ${text(file)}`, ''];
    out.push('This pull request changes what was reviewed. Each tool, prompt or resource below is what the servers will offer the model once merged.', '');
    for (const change of changes.slice(0, maxBlocks)) {
        const where = `server <code>${text(change.server)}</code> (${text(change.file)})`;
        const item = change.item;
        const what = item
            ? `${_lock_js__WEBPACK_IMPORTED_MODULE_3__/* .ITEM_NOUN */ .B9[item.kind]} <code>${text((0,_lock_js__WEBPACK_IMPORTED_MODULE_3__/* .itemName */ .TJ)(item.kind, item.key, item.after ?? item.before))}</code> of ${where}`
            : where;
        const body = lockChangeBody(change);
        out.push(`<details><summary>${verb(change)} ${what}</summary>`, '', (0,_report_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .fencedBlock */ .zW)(body, 'diff'), '', '</details>');
    }
    if (changes.length > maxBlocks)
        out.push('', `… and ${(0,_report_summary_js__WEBPACK_IMPORTED_MODULE_4__/* .plural */ .LS)(changes.length - maxBlocks, 'more change')}.`);
    return `${out.join('\n')}\n`;
}
function verb(change) {
    switch (change.kind) {
        case 'added':
        case 'new-server':
            return '➕ added:';
        case 'removed':
        case 'stale-server':
            return '➖ removed:';
        default:
            return '✏️ changed:';
    }
}
/** The lines of one change: the word diff of each field, or the whole definition of a new item. */
function lockChangeBody(change) {
    const item = change.item;
    switch (change.kind) {
        case 'changed':
            return (change.fields ?? []).map((f) => (0,_diff_js__WEBPACK_IMPORTED_MODULE_1__/* .describeChange */ .uQ)(f, 2000)).join('\n');
        case 'added':
            return definitionLines(item?.after?.definition, '+');
        case 'removed':
            return definitionLines(item?.before?.definition, '-');
        case 'new-server':
            return `+ ${(0,_lock_js__WEBPACK_IMPORTED_MODULE_3__/* .describeCounts */ .wv)(change.after)}${version(change.after)}`;
        case 'stale-server':
            return `- ${(0,_lock_js__WEBPACK_IMPORTED_MODULE_3__/* .describeCounts */ .wv)(change.before)}${version(change.before)}`;
        default:
            return `- ${version(change.before).trim() || 'no version'}\n+ ${version(change.after).trim() || 'no version'}`;
    }
}
function definitionLines(definition, sign) {
    return JSON.stringify(definition ?? {}, null, 2)
        .split('\n')
        .map((line) => `${sign} ${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .revealInvisible */ .hR)(line, true)}`)
        .join('\n');
}
function version(entry) {
    if (!entry)
        return '';
    const info = entry.serverInfo ? ` ${entry.serverInfo.name} ${entry.serverInfo.version}` : '';
    return `${info}${entry.protocolVersion ? ` (protocol ${entry.protocolVersion})` : ''}`;
}


/***/ })

};
