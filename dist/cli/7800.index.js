export const id = 7800;
export const ids = [7800];
export const modules = {

/***/ 7800:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   mergeDryRun: () => (/* binding */ mergeDryRun)
/* harmony export */ });
/* unused harmony exports applySettings, checkSurfaces */
/* harmony import */ var _config_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2973);
/* harmony import */ var _finding_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2018);
/* harmony import */ var _lock_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7291);
/* harmony import */ var _presets_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1975);
/* harmony import */ var _rules_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4587);
/* harmony import */ var _message_template_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3887);






/**
 * Puts a dry run into a lint result: the servers' results, the dry run's own diagnostics, those of
 * the surface rules over what the servers listed and those of the tool lock, each with the severity
 * the settings give its rule (or dropped when the rule is off). `dry.servers[i]` is the result of
 * `result.servers[i]`. Returns what `update` did to the lock.
 */
function mergeDryRun(result, dry, options = {}) {
    const surfaceDiagnostics = checkSurfaces(result.servers, dry.servers, options.rules ?? _rules_index_js__WEBPACK_IMPORTED_MODULE_4__/* .RULES */ .y0);
    const settings = result.config.lock ?? _lock_index_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_LOCK_SETTINGS */ .qc;
    let update;
    let lockDiagnostics = [];
    if (options.cwd !== undefined) {
        if (options.lock === 'update')
            update = (0,_lock_index_js__WEBPACK_IMPORTED_MODULE_2__/* .updateLock */ .tn)(result, dry.servers, options.cwd, settings);
        else
            lockDiagnostics = (0,_lock_index_js__WEBPACK_IMPORTED_MODULE_2__/* .checkLock */ .sv)(result, dry.servers, options.cwd, settings);
    }
    result.report.servers = dry.servers;
    result.report.diagnostics = [
        ...result.report.diagnostics,
        ...applySettings([...dry.diagnostics, ...surfaceDiagnostics, ...lockDiagnostics], result.config)
    ].sort(_finding_js__WEBPACK_IMPORTED_MODULE_1__/* .compareDiagnostics */ .oV);
    return update;
}
/** The settings' severities and ignored servers, applied to findings made after the lint. */
function applySettings(diagnostics, config) {
    return diagnostics.flatMap((d) => {
        if (_config_js__WEBPACK_IMPORTED_MODULE_0__/* .UNSUPPRESSIBLE_RULES */ .zF.has(d.ruleId))
            return [d];
        const level = config.rules[d.ruleId];
        if (level === 'off' || (0,_presets_js__WEBPACK_IMPORTED_MODULE_3__/* .isRuleOff */ ._Q)(d.ruleId, config) || (0,_config_js__WEBPACK_IMPORTED_MODULE_0__/* .isIgnoredServer */ .iv)(config, d.file, d.server))
            return [];
        return [level ? { ...d, severity: level } : d];
    });
}
/** A surface rule's report as a finding at the server's entry, its sentence filled from the rule's messages. */
function surfaceFinding(server, rule, report) {
    const template = rule.messages?.[report.messageId];
    if (template === undefined)
        throw new Error(`rule ${rule.id} has no message "${report.messageId}"`);
    // A server names its own tools: each value is cut like a message, so a huge name cannot bloat every output.
    const data = Object.fromEntries(Object.entries(report.data).map(([key, value]) => [key, typeof value === 'string' ? (0,_finding_js__WEBPACK_IMPORTED_MODULE_1__/* .boundedMessage */ .tq)(value) : value]));
    const message = (0,_finding_js__WEBPACK_IMPORTED_MODULE_1__/* .boundedMessage */ .tq)((0,_message_template_js__WEBPACK_IMPORTED_MODULE_5__/* .fillMessage */ .f)(template, data));
    const finding = (0,_finding_js__WEBPACK_IMPORTED_MODULE_1__/* .atServer */ .TY)(server, rule.id, report.severity ?? rule.defaultSeverity, message);
    const diagnostic = { ...finding, messageId: report.messageId, data };
    if (report.help !== undefined)
        diagnostic.help = (0,_finding_js__WEBPACK_IMPORTED_MODULE_1__/* .boundedMessage */ .tq)(report.help);
    return diagnostic;
}
/**
 * Runs every surface rule over each server that answered, with the other servers' offers as
 * context, and places each finding at the server's entry in its config file. A rule that throws is
 * reported there as an internal error; the other rules and servers still run.
 */
function checkSurfaces(servers, results, rules = _rules_index_js__WEBPACK_IMPORTED_MODULE_4__/* .RULES */ .y0) {
    const answered = [];
    servers.forEach((server, i) => {
        const surface = results[i]?.surface;
        if (surface)
            answered.push({ server, surface });
    });
    const out = [];
    for (const rule of rules) {
        if (!rule.checkSurface)
            continue;
        for (const entry of answered) {
            const others = answered.filter((other) => other !== entry);
            try {
                for (const report of rule.checkSurface({ ...entry, others }))
                    out.push(surfaceFinding(entry.server, rule, report));
            }
            catch (error) {
                out.push((0,_finding_js__WEBPACK_IMPORTED_MODULE_1__/* .atServer */ .TY)(entry.server, 'internal-error', 'error', `rule ${rule.id} failed on this server's tools: ${error.message}`));
            }
        }
    }
    return out;
}


/***/ })

};
