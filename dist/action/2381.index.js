export const id = 2381;
export const ids = [2381,8852];
export const modules = {

/***/ 2381:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   parseFrontMatter: () => (/* binding */ parseFrontMatter)
/* harmony export */ });
/* harmony import */ var _source_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3226);
/* harmony import */ var _yaml_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8852);


/**
 * Parses the YAML front matter of a Markdown file (between a first `---` line and the next one).
 * The YAML is parsed as a prefix of the original text, so every position is the file's own.
 */
function parseFrontMatter(text) {
    const opening = /^---[ \t]*\r?\n/.exec(text);
    if (!opening)
        return { doc: new _source_js__WEBPACK_IMPORTED_MODULE_0__/* .ParsedDocument */ .$D(text, {}), problems: [] };
    const closing = /^---[ \t]*$/m;
    closing.lastIndex = 0;
    const rest = text.slice(opening[0].length);
    const end = closing.exec(rest);
    if (!end) {
        return {
            problems: [
                {
                    ruleId: 'syntax-error',
                    severity: 'error',
                    message: 'the front matter starts with "---" but is never closed by another "---" line',
                    offset: 0,
                    length: 3
                }
            ]
        };
    }
    // Blank out the opening marker so the YAML parser sees one plain document, offsets unchanged.
    const newline = opening[0].endsWith('\r\n') ? '\r\n' : '\n';
    const yamlText = ' '.repeat(opening[0].length - newline.length) + newline + rest.slice(0, end.index);
    const parsed = (0,_yaml_js__WEBPACK_IMPORTED_MODULE_1__.parseYaml)(yamlText);
    if (!parsed.doc)
        return parsed;
    if (parsed.doc.value === null)
        parsed.doc.value = {};
    return { doc: parsed.doc.extendedTo(text), problems: parsed.problems };
}


/***/ }),

/***/ 8852:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MAX_ALIAS_NODES: () => (/* binding */ MAX_ALIAS_NODES),
/* harmony export */   parseYaml: () => (/* binding */ parseYaml)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var _problem_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1500);
/* harmony import */ var _source_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3226);



/** Aliases are expanded at most this many times. */
const MAX_ALIAS_EXPANSIONS = 1000;
/**
 * Values built from aliases, counted node by node (1,000 aliases of a 20,000-item list would be 20
 * million): past this the document is refused, so an alias bomb costs a bounded time and memory.
 */
const MAX_ALIAS_NODES = 20_000;
/** Parses a YAML document into a value with a position for every node; duplicate keys are reported. */
function parseYaml(text) {
    return (0,_problem_js__WEBPACK_IMPORTED_MODULE_1__/* .guardParse */ .LL)(() => parseYamlText(text));
}
/** Thrown inside the builder when aliases expand past MAX_ALIAS_NODES. */
class AliasBomb extends Error {
}
function parseYamlText(text) {
    const tooDeep = (0,_problem_js__WEBPACK_IMPORTED_MODULE_1__/* .findExcessiveNesting */ .rH)(text, 'yaml');
    if (tooDeep !== undefined)
        return { problems: [(0,_problem_js__WEBPACK_IMPORTED_MODULE_1__/* .nestingProblem */ .m4)(tooDeep)] };
    const yamlDoc = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)(text, { uniqueKeys: false, prettyErrors: false, strict: true });
    const firstError = yamlDoc.errors[0];
    if (firstError) {
        const [start, end] = firstError.pos;
        const more = yamlDoc.errors.length - 1;
        const message = `invalid YAML: ${firstError.message.split('\n')[0]}` +
            (more > 0 ? ` (and ${more} more syntax error${more > 1 ? 's' : ''} after it)` : '');
        return {
            problems: [
                { ruleId: 'syntax-error', severity: 'error', message, offset: start, length: Math.max(1, end - start) }
            ]
        };
    }
    const problems = [];
    const doc = new _source_js__WEBPACK_IMPORTED_MODULE_2__/* .ParsedDocument */ .$D(text, undefined);
    const builder = new YamlBuilder(yamlDoc, doc, problems);
    try {
        doc.value = yamlDoc.contents ? builder.build(yamlDoc.contents, [], undefined) : null;
    }
    catch (error) {
        if (!(error instanceof AliasBomb))
            throw error;
        return {
            problems: [
                {
                    ruleId: 'syntax-error',
                    severity: 'error',
                    message: `YAML aliases here expand to more than ${MAX_ALIAS_NODES.toLocaleString('en-US')} values (an "alias bomb"); no MCP config needs this, so the file was not read further`,
                    offset: error.message === '' ? 0 : Number(error.message),
                    length: 1
                }
            ]
        };
    }
    return { doc, problems };
}
/** The scalar keys of a mapping as written, repeats included. */
function writtenKeys(node) {
    return node.items.flatMap((pair) => {
        if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isPair */ .tO)(pair) || !(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(pair.key) || !pair.key.range)
            return [];
        const [start, end] = pair.key.range;
        return [{ name: String(pair.key.value), offset: start, length: Math.max(1, end - start) }];
    });
}
class YamlBuilder {
    yamlDoc;
    doc;
    problems;
    expansions = 0;
    /** Nodes built inside alias expansions so far. */
    aliasNodes = 0;
    constructor(yamlDoc, doc, problems) {
        this.yamlDoc = yamlDoc;
        this.doc = doc;
        this.problems = problems;
    }
    build(node, path, key, recordSpan = true) {
        // recordSpan is off exactly inside an alias's expansion: count what aliases cost.
        if (!recordSpan && ++this.aliasNodes > MAX_ALIAS_NODES)
            throw new AliasBomb(String(node.range?.[0] ?? 0));
        if (recordSpan && node.range) {
            const [start, valueEnd] = node.range;
            const keySpan = key?.range ? { offset: key.range[0], length: key.range[1] - key.range[0] } : undefined;
            this.doc.record(path, { key: keySpan, value: { offset: start, length: Math.max(1, valueEnd - start) } });
            this.doc.recordKeys(path, (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node) ? writtenKeys(node) : undefined);
        }
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isAlias */ .Vj)(node)) {
            if (++this.expansions > MAX_ALIAS_EXPANSIONS)
                return null;
            const target = node.resolve(this.yamlDoc);
            // The alias's own position was recorded above; the expanded nodes live elsewhere in the text.
            return target ? this.build(target, path, undefined, false) : null;
        }
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node)) {
            const object = {};
            const seen = new Map();
            for (const pair of node.items) {
                if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isPair */ .tO)(pair))
                    continue;
                const keyNode = pair.key;
                const name = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(keyNode) ? String(keyNode.value) : String(keyNode ?? '');
                const keyOffset = keyNode?.range?.[0] ?? 0;
                const earlier = seen.get(name);
                if (earlier !== undefined) {
                    this.problems.push((0,_problem_js__WEBPACK_IMPORTED_MODULE_1__/* .parseProblem */ .JT)({
                        ruleId: 'duplicate-key',
                        severity: 'error',
                        offset: keyOffset,
                        length: Math.max(1, (keyNode?.range?.[1] ?? keyOffset + 1) - keyOffset)
                    }, 'duplicateKey', { key: name }, `It is first defined on line ${this.doc.lines.position(earlier).line}; only one of the two is used, so the other is lost: remove one, or merge them.`));
                }
                seen.set(name, keyOffset);
                const valueNode = pair.value;
                const childPath = [...path, name];
                if (valueNode)
                    (0,_problem_js__WEBPACK_IMPORTED_MODULE_1__/* .setMember */ .Nk)(object, name, this.build(valueNode, childPath, keyNode ?? undefined, recordSpan));
                else {
                    (0,_problem_js__WEBPACK_IMPORTED_MODULE_1__/* .setMember */ .Nk)(object, name, null);
                    if (recordSpan && keyNode?.range) {
                        const span = { offset: keyNode.range[0], length: keyNode.range[1] - keyNode.range[0] };
                        this.doc.record(childPath, { key: span, value: span });
                    }
                }
            }
            return object;
        }
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(node)) {
            return node.items.map((item, index) => item ? this.build(item, [...path, index], undefined, recordSpan) : null);
        }
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(node))
            return node.value;
        return null;
    }
}


/***/ })

};
