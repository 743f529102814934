export const id = 628;
export const ids = [628];
export const modules = {

/***/ 628:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runWhy: () => (/* binding */ runWhy)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _doctor_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7300);
/* harmony import */ var _mask_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5235);
/* harmony import */ var _why_catalogue_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3363);
/* harmony import */ var _why_explain_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4121);
/* harmony import */ var _why_format_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8695);
/* harmony import */ var _color_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2477);







const HELP = `Usage: mcpcop why "<error text>"
       mcpcop why -            read the error (or a whole log) from standard input
       mcpcop why <id>         show one entry of the catalogue (mcpcop why lists them)

Explains an error an MCP host printed (Claude Code, Claude Desktop, Cursor, VS Code, Gemini CLI,
Codex, Zed, ...): its likely causes, the checks that tell them apart, the fix, and the servers
configured on this machine (the hosts' user files, as mcpcop doctor reads them) or in this folder that
it can be about.

Options:
  -f, --format <name>  stylish or json (default: stylish)
      --color, --no-color
  -h, --help

Exit codes: 0 explained, 1 not recognised, 2 usage error.
`;
/** `mcpcop why`: explains a pasted error from the catalogue, with the project's servers it can be about. */
async function runWhy(argv, io) {
    let parsed;
    try {
        parsed = (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({
            args: argv,
            allowPositionals: true,
            options: {
                format: { type: 'string', short: 'f', default: 'stylish' },
                color: { type: 'boolean' },
                'no-color': { type: 'boolean' },
                help: { type: 'boolean', short: 'h' }
            }
        });
    }
    catch (error) {
        io.stderr(`mcpcop why: ${error.message}\nRun "mcpcop why --help" for usage.\n`);
        return 2;
    }
    const { values, positionals } = parsed;
    if (values.help) {
        io.stdout(HELP);
        return 0;
    }
    const format = values.format;
    if (format !== 'stylish' && format !== 'json') {
        io.stderr(`mcpcop why: unknown format "${format}"; use stylish or json\n`);
        return 2;
    }
    let text = positionals.join(' ');
    if (text === '-') {
        if (!io.readStdin) {
            io.stderr('mcpcop why: cannot read standard input here\n');
            return 2;
        }
        text = await io.readStdin();
    }
    if (text.trim() === '') {
        io.stdout((0,_why_format_js__WEBPACK_IMPORTED_MODULE_5__/* .formatCatalogue */ .tD)(_why_catalogue_js__WEBPACK_IMPORTED_MODULE_3__/* .CATALOGUE */ .yh));
        return 0;
    }
    const byId = (0,_why_explain_js__WEBPACK_IMPORTED_MODULE_4__/* .entryById */ .RL)(text.trim());
    const explanation = byId
        ? { matches: [{ entry: byId, line: byId.id, about: {} }], hosts: [] }
        : (0,_why_explain_js__WEBPACK_IMPORTED_MODULE_4__/* .explain */ .WE)(text);
    const { servers, secrets } = await configuredServers(io);
    const shown = explanation.matches.map((match) => (0,_why_explain_js__WEBPACK_IMPORTED_MODULE_4__/* .suspects */ .zA)(match, servers, explanation.server).map((s) => ({
        file: s.server.file,
        name: (0,_mask_js__WEBPACK_IMPORTED_MODULE_2__/* .redact */ .E$)(s.server.name, secrets),
        launch: (0,_mask_js__WEBPACK_IMPORTED_MODULE_2__/* .redact */ .E$)((0,_why_format_js__WEBPACK_IMPORTED_MODULE_5__/* .launchOf */ .v4)(s.server), secrets),
        how: s.how,
        reason: (0,_mask_js__WEBPACK_IMPORTED_MODULE_2__/* .redact */ .E$)(s.reason, secrets)
    })));
    const report = (0,_why_format_js__WEBPACK_IMPORTED_MODULE_5__/* .whyReport */ .b2)(explanation, shown);
    if (format === 'json')
        io.stdout(JSON.stringify(report, null, 2) + '\n');
    else {
        const color = (0,_color_js__WEBPACK_IMPORTED_MODULE_6__/* .wantsColor */ .z)({
            flag: values['no-color'] ? false : values.color ? true : undefined,
            env: io.env,
            isTTY: io.isTTY,
            toFile: false
        });
        io.stdout((0,_why_format_js__WEBPACK_IMPORTED_MODULE_5__/* .formatWhy */ .Yp)(report, { color, where: 'here' }));
    }
    return report.matches.length > 0 ? 0 : 1;
}
/**
 * The servers configured on this machine: in the hosts' user-level files and in the working
 * directory's own configs, read as `mcpcop doctor` reads them (nothing else; nothing started).
 */
async function configuredServers(io) {
    try {
        const { entries, secrets } = await (0,_doctor_index_js__WEBPACK_IMPORTED_MODULE_1__/* .doctor */ .A)({
            cwd: io.cwd,
            env: io.env,
            ...(io.platform ? { platform: io.platform } : {}),
            dryRun: false
        });
        return { servers: entries.filter((e) => e.notRead === undefined).map((e) => e.server), secrets };
    }
    catch {
        // A broken settings file must not stop the explanation itself.
        return { servers: [], secrets: new Set() };
    }
}


/***/ })

};
