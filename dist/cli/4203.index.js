export const id = 4203;
export const ids = [4203];
export const modules = {

/***/ 4203:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   parseToml: () => (/* binding */ parseToml),
/* harmony export */   parseTomlRecording: () => (/* binding */ parseTomlRecording)
/* harmony export */ });
/* harmony import */ var smol_toml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3292);
/* harmony import */ var toml_eslint_parser__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9605);
/* harmony import */ var _problem_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1500);
/* harmony import */ var _source_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3226);




/** Parses TOML into a value with a position for every key and value. */
function parseToml(text) {
    return (0,_problem_js__WEBPACK_IMPORTED_MODULE_2__/* .guardParse */ .LL)(() => parseTomlText(text));
}
function parseTomlText(text) {
    const tooDeep = (0,_problem_js__WEBPACK_IMPORTED_MODULE_2__/* .findExcessiveNesting */ .rH)(text, 'toml');
    if (tooDeep !== undefined)
        return { problems: [(0,_problem_js__WEBPACK_IMPORTED_MODULE_2__/* .nestingProblem */ .m4)(tooDeep)] };
    const value = plainValue(text);
    if (value)
        return { doc: new _source_js__WEBPACK_IMPORTED_MODULE_3__/* .ParsedDocument */ .$D(text, value, () => tomlPositions(text), 'impossible'), problems: [] };
    return parseTomlRecording(text);
}
/**
 * The value of a TOML text from smol-toml, a parser made for values (several times faster than the
 * syntax tree below, which is built only when a position is asked for), as plain objects like every
 * other parser's. Undefined for anything the syntax tree path must explain or convert itself: a parse
 * error (its message and position), a date (converted there), nesting near the limit (its offset), a
 * byte order mark.
 */
function plainValue(text) {
    // smol-toml skips a byte order mark; toml-eslint-parser, and so mcpcop until now, reports it.
    if (text.charCodeAt(0) === 0xfeff)
        return undefined;
    let parsed;
    try {
        parsed = (0,smol_toml__WEBPACK_IMPORTED_MODULE_0__/* .parse */ .qg)(text, { integersAsBigInt: 'asNeeded' });
    }
    catch {
        return undefined;
    }
    return toPlain(parsed, 0);
}
/** Nesting past which the syntax tree path measures it (and reports where): far deeper than any config. */
const PLAIN_DEPTH = _problem_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_NESTING_DEPTH */ .wM / 2;
/** A parsed value rebuilt from smol-toml's objects (no prototype) as plain ones; undefined to give up. */
function toPlain(value, depth) {
    if (typeof value === 'bigint')
        return Number(value);
    if (value === null || typeof value !== 'object')
        return value;
    if (value instanceof Date || depth >= PLAIN_DEPTH)
        return undefined;
    if (Array.isArray(value)) {
        const list = [];
        for (const element of value) {
            const plain = toPlain(element, depth + 1);
            if (plain === undefined)
                return undefined;
            list.push(plain);
        }
        return list;
    }
    const table = {};
    for (const key of Object.keys(value)) {
        const plain = toPlain(value[key], depth + 1);
        if (plain === undefined)
            return undefined;
        (0,_problem_js__WEBPACK_IMPORTED_MODULE_2__/* .setMember */ .Nk)(table, key, plain);
    }
    return table;
}
/** The positions of every key and value, from toml-eslint-parser's syntax tree. */
function tomlPositions(text) {
    try {
        return recordTree((0,toml_eslint_parser__WEBPACK_IMPORTED_MODULE_1__/* .parseTOML */ .MD)(text), text).positions;
    }
    catch {
        // Both parsers follow TOML 1.1 and agree on what they accept; were they ever not to, the file's
        // findings stay, at its first line.
        return new _source_js__WEBPACK_IMPORTED_MODULE_3__/* .RecordedPositions */ .pF();
    }
}
/**
 * Parses through the syntax tree: the value, every position, and the problem a text that fails it has.
 * Exported for the tests that hold the fast path's answers to it.
 */
function parseTomlRecording(text) {
    let ast;
    try {
        ast = (0,toml_eslint_parser__WEBPACK_IMPORTED_MODULE_1__/* .parseTOML */ .MD)(text);
    }
    catch (error) {
        const e = error;
        const duplicate = /multiple times/i.test(e.message ?? '');
        const problem = {
            ruleId: duplicate ? 'duplicate-key' : 'syntax-error',
            severity: 'error',
            message: duplicate
                ? 'duplicate key: TOML does not allow a key or table to be defined twice, so the host refuses the whole file'
                : `invalid TOML: ${lowerFirst(e.message ?? 'cannot parse')}`,
            offset: e.index ?? 0,
            length: 1
        };
        return { problems: [problem] };
    }
    // Dotted keys nest without brackets (`env.k.k.k… = 1`): measure the depth on the syntax tree first.
    const deepKey = findDeepKey(ast);
    if (deepKey !== undefined)
        return { problems: [(0,_problem_js__WEBPACK_IMPORTED_MODULE_2__/* .nestingProblem */ .m4)(deepKey)] };
    const { root, positions } = recordTree(ast, text);
    return { doc: new _source_js__WEBPACK_IMPORTED_MODULE_3__/* .ParsedDocument */ .$D(text, root, () => positions, 'impossible'), problems: [] };
}
/** The value of a syntax tree, and the position of every key and value in it. */
function recordTree(ast, text) {
    const doc = new _source_js__WEBPACK_IMPORTED_MODULE_3__/* .RecordedPositions */ .pF();
    const root = {};
    doc.record([], { value: { offset: 0, length: Math.max(1, text.length) } });
    const top = ast.body[0];
    for (const item of top.body) {
        if (item.type === 'TOMLKeyValue')
            addKeyValue(item, root, [], doc);
        else
            addTable(item, root, doc);
    }
    return { root, positions: doc };
}
function lowerFirst(s) {
    return s.charAt(0).toLowerCase() + s.slice(1);
}
function keyName(key) {
    return key.type === 'TOMLBare' ? key.name : key.value;
}
function span(node) {
    return { offset: node.range[0], length: Math.max(1, node.range[1] - node.range[0]) };
}
/** Walks `[a.b.c]` / `[[a.b]]` headers, creating the tables they name. */
function addTable(table, root, doc) {
    let target = root;
    const path = [];
    const resolved = table.resolvedKey;
    const names = table.key.keys;
    let nameIndex = 0;
    for (let i = 0; i < resolved.length; i++) {
        const segment = resolved[i];
        path.push(segment);
        if (typeof segment === 'number') {
            const list = target;
            if (list[segment] === undefined)
                list[segment] = {};
            target = list[segment];
            continue;
        }
        const keyNode = names[nameIndex++];
        const container = target;
        const isLastName = !resolved.slice(i + 1).some((s) => typeof s === 'string');
        const isArrayTable = table.kind === 'array' && isLastName;
        if (!Object.prototype.hasOwnProperty.call(container, segment))
            (0,_problem_js__WEBPACK_IMPORTED_MODULE_2__/* .setMember */ .Nk)(container, segment, isArrayTable ? [] : {});
        if (keyNode && (isLastName || !doc.span(path))) {
            doc.record(path, { key: span(keyNode), value: isLastName && !isArrayTable ? span(table) : span(keyNode) });
        }
        target = container[segment];
    }
    if (table.kind === 'array')
        doc.record(path, { value: span(table) });
    for (const item of table.body)
        addKeyValue(item, target, path, doc);
}
function addKeyValue(item, container, base, doc) {
    let target = container;
    const path = [...base];
    const keys = item.key.keys;
    keys.forEach((keyNode, index) => {
        const name = keyName(keyNode);
        path.push(name);
        if (index === keys.length - 1) {
            doc.record([...path], { key: span(keyNode), value: span(item.value) });
            (0,_problem_js__WEBPACK_IMPORTED_MODULE_2__/* .setMember */ .Nk)(target, name, toValue(item.value, [...path], doc));
            return;
        }
        if (!Object.prototype.hasOwnProperty.call(target, name))
            (0,_problem_js__WEBPACK_IMPORTED_MODULE_2__/* .setMember */ .Nk)(target, name, {});
        if (!doc.span(path))
            doc.record([...path], { key: span(keyNode), value: span(keyNode) });
        target = target[name];
    });
}
function toValue(node, path, doc) {
    switch (node.type) {
        case 'TOMLArray':
            return node.elements.map((element, index) => {
                doc.record([...path, index], { value: span(element) });
                return toValue(element, [...path, index], doc);
            });
        case 'TOMLInlineTable': {
            const table = {};
            for (const member of node.body)
                addKeyValue(member, table, path, doc);
            return table;
        }
        case 'TOMLValue':
            if (node.kind === 'integer')
                return Number(node.value);
            if (node.kind === 'offset-date-time' ||
                node.kind === 'local-date-time' ||
                node.kind === 'local-date' ||
                node.kind === 'local-time')
                return node.datetime ? String(node.datetime) : String(node.value);
            return node.value;
    }
}
/** Offset of the first key that nests deeper than MAX_NESTING_DEPTH, through tables, dotted keys and inline values. */
function findDeepKey(ast) {
    const pending = [];
    for (const item of ast.body[0].body) {
        if (item.type === 'TOMLKeyValue')
            pending.push({ node: item, depth: 0 });
        else {
            const depth = item.resolvedKey.length;
            if (depth > _problem_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_NESTING_DEPTH */ .wM)
                return item.range[0];
            for (const member of item.body)
                pending.push({ node: member, depth });
        }
    }
    while (pending.length > 0) {
        const { node, depth } = pending.pop();
        if (node.type === 'TOMLKeyValue') {
            const below = depth + node.key.keys.length;
            if (below > _problem_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_NESTING_DEPTH */ .wM)
                return node.range[0];
            pending.push({ node: node.value, depth: below });
        }
        else if (node.type === 'TOMLArray') {
            if (depth + 1 > _problem_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_NESTING_DEPTH */ .wM)
                return node.range[0];
            for (const element of node.elements)
                pending.push({ node: element, depth: depth + 1 });
        }
        else if (node.type === 'TOMLInlineTable') {
            for (const member of node.body)
                pending.push({ node: member, depth });
        }
    }
    return undefined;
}


/***/ })

};
