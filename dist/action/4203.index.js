export const id = 4203;
export const ids = [4203];
export const modules = {

/***/ 4203:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   parseToml: () => (/* binding */ parseToml)
/* harmony export */ });
/* harmony import */ var toml_eslint_parser__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9605);
/* harmony import */ var _problem_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1500);
/* harmony import */ var _source_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3226);



/** Parses TOML into a value with a position for every key and value. */
function parseToml(text) {
    return (0,_problem_js__WEBPACK_IMPORTED_MODULE_1__/* .guardParse */ .LL)(() => parseTomlText(text));
}
function parseTomlText(text) {
    const tooDeep = (0,_problem_js__WEBPACK_IMPORTED_MODULE_1__/* .findExcessiveNesting */ .rH)(text, 'toml');
    if (tooDeep !== undefined)
        return { problems: [(0,_problem_js__WEBPACK_IMPORTED_MODULE_1__/* .nestingProblem */ .m4)(tooDeep)] };
    let ast;
    try {
        ast = (0,toml_eslint_parser__WEBPACK_IMPORTED_MODULE_0__/* .parseTOML */ .MD)(text);
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
        return { problems: [(0,_problem_js__WEBPACK_IMPORTED_MODULE_1__/* .nestingProblem */ .m4)(deepKey)] };
    const doc = new _source_js__WEBPACK_IMPORTED_MODULE_2__/* .ParsedDocument */ .$D(text, undefined);
    const root = {};
    doc.record([], { value: { offset: 0, length: Math.max(1, text.length) } });
    const top = ast.body[0];
    for (const item of top.body) {
        if (item.type === 'TOMLKeyValue')
            addKeyValue(item, root, [], doc);
        else
            addTable(item, root, doc);
    }
    doc.value = root;
    return { doc, problems: [] };
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
            (0,_problem_js__WEBPACK_IMPORTED_MODULE_1__/* .setMember */ .Nk)(container, segment, isArrayTable ? [] : {});
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
            (0,_problem_js__WEBPACK_IMPORTED_MODULE_1__/* .setMember */ .Nk)(target, name, toValue(item.value, [...path], doc));
            return;
        }
        if (!Object.prototype.hasOwnProperty.call(target, name))
            (0,_problem_js__WEBPACK_IMPORTED_MODULE_1__/* .setMember */ .Nk)(target, name, {});
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
            if (depth > _problem_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_NESTING_DEPTH */ .wM)
                return item.range[0];
            for (const member of item.body)
                pending.push({ node: member, depth });
        }
    }
    while (pending.length > 0) {
        const { node, depth } = pending.pop();
        if (node.type === 'TOMLKeyValue') {
            const below = depth + node.key.keys.length;
            if (below > _problem_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_NESTING_DEPTH */ .wM)
                return node.range[0];
            pending.push({ node: node.value, depth: below });
        }
        else if (node.type === 'TOMLArray') {
            if (depth + 1 > _problem_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_NESTING_DEPTH */ .wM)
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
