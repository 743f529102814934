export const id = 643;
export const ids = [643];
export const modules = {

/***/ 5881:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SARIF_SCHEMA: () => (/* binding */ SARIF_SCHEMA),
/* harmony export */   buildSarif: () => (/* binding */ buildSarif),
/* harmony export */   formatSarif: () => (/* binding */ formatSarif)
/* harmony export */ });
/* harmony import */ var _compare_fingerprint_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3187);
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6412);
/* harmony import */ var _mask_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5235);
/* harmony import */ var _diagnostics_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4851);




/** The schema every file we write names: the OASIS SARIF 2.1.0 (errata 01) JSON schema. */
const SARIF_SCHEMA = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';
const INFORMATION_URI = 'https://github.com/mcpcop/mcpcop';
const LEVEL = { error: 'error', warning: 'warning', notice: 'note' };
const PROBLEM_SEVERITY = { error: 'error', warning: 'warning', notice: 'recommendation' };
// GitHub shows at most 1024 characters of a rule's descriptions (SARIF support for code scanning).
const MAX_DESCRIPTION = 1024;
/**
 * The report as a SARIF 2.1.0 log for `github/codeql-action/upload-sarif`: every rule mcpcop
 * can report with its description and documentation link, and one result per diagnostic with its
 * exact region (SARIF's `endColumn` is exclusive, as the report's is).
 */
function buildSarif(report, options) {
    const ids = [...new Set([...(0,_diagnostics_js__WEBPACK_IMPORTED_MODULE_3__/* .knownRuleIds */ .Q7)(), ...report.diagnostics.map((d) => d.ruleId)])].sort();
    const index = new Map(ids.map((id, i) => [id, i]));
    const rules = ids.map(sarifRule);
    const prints = (0,_compare_fingerprint_js__WEBPACK_IMPORTED_MODULE_0__/* .fingerprints */ .WS)(report.diagnostics);
    const results = report.diagnostics.map((d, i) => {
        const result = {
            ruleId: d.ruleId,
            ruleIndex: index.get(d.ruleId) ?? -1,
            level: LEVEL[d.severity],
            message: messageOf(d),
            locations: [
                {
                    physicalLocation: {
                        artifactLocation: { uri: fileUri(d.file), uriBaseId: '%SRCROOT%' },
                        region: {
                            startLine: d.line,
                            startColumn: d.column,
                            endLine: Math.max(d.line, d.endLine),
                            endColumn: Math.max(1, d.endColumn)
                        }
                    }
                }
            ],
            partialFingerprints: { 'mcpcop/v1': prints[i] }
        };
        const properties = {};
        if (d.server !== undefined)
            properties.server = d.server;
        if (d.messageId !== undefined)
            properties.messageId = d.messageId;
        if (d.help !== undefined)
            properties.help = d.help;
        if (Object.keys(properties).length > 0)
            result.properties = properties;
        return result;
    });
    const run = {
        tool: {
            driver: {
                name: 'mcpcop',
                version: options.version,
                semanticVersion: options.version,
                informationUri: INFORMATION_URI,
                rules
            }
        },
        columnKind: 'utf16CodeUnits',
        originalUriBaseIds: {
            '%SRCROOT%': { description: { text: 'The root of the repository (the directory mcpcop ran in).' } }
        },
        results
    };
    if (options.category)
        run.automationDetails = { id: options.category };
    const log = { $schema: SARIF_SCHEMA, version: '2.1.0', runs: [run] };
    return (0,_mask_js__WEBPACK_IMPORTED_MODULE_2__/* .redactDeep */ .KL)(log, options.secrets ?? []);
}
/** The SARIF log as JSON text. */
function formatSarif(report, options) {
    return JSON.stringify(buildSarif(report, options), null, 2) + '\n';
}
/** A result's message: the sentence as text, and with the finding's help as Markdown when it has help. */
function messageOf(d) {
    if (d.help === undefined)
        return { text: d.message };
    return { text: d.message, markdown: `${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(d.message)}\n\n${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(d.help)}` };
}
function sarifRule(id) {
    const info = (0,_diagnostics_js__WEBPACK_IMPORTED_MODULE_3__/* .ruleInfo */ .PI)(id);
    const description = info.description.slice(0, MAX_DESCRIPTION);
    return {
        id,
        name: id.replace(/(^|-)([a-z0-9])/g, (_, __, c) => c.toUpperCase()),
        shortDescription: { text: description },
        fullDescription: { text: description },
        helpUri: info.helpUri,
        help: {
            text: `${info.description} See ${info.helpUri}`,
            markdown: `${info.description} See [the documentation](${info.helpUri}).`
        },
        defaultConfiguration: { level: LEVEL[info.defaultSeverity] },
        properties: {
            tags: ['mcp', ...info.tags],
            precision: 'very-high',
            'problem.severity': PROBLEM_SEVERITY[info.defaultSeverity]
        }
    };
}
/** A repository-relative path as a relative URI reference (each segment percent-encoded). */
function fileUri(file) {
    return file.split('/').map(encodeURIComponent).join('/');
}


/***/ })

};
