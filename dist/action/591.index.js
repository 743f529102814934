export const id = 591;
export const ids = [591];
export const modules = {

/***/ 591:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   compareWithBase: () => (/* binding */ compareWithBase)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _engine_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4740);
/* harmony import */ var _hosts_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1262);
/* harmony import */ var _read_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2883);
/* harmony import */ var _fingerprint_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3187);





/**
 * Splits the findings of a lint of the working tree into those the pull request introduces and those
 * that were there at the base, by linting the base version of every changed config under the same
 * settings and matching findings by fingerprint (rule, file, server, what was found; not lines).
 */
async function compareWithBase(head, options) {
    const { cwd, source } = options;
    const toCwd = (repoPath) => node_path__WEBPACK_IMPORTED_MODULE_0___default().relative(cwd, node_path__WEBPACK_IMPORTED_MODULE_0___default().join(source.root, repoPath)).split((node_path__WEBPACK_IMPORTED_MODULE_0___default().sep)).join('/');
    const changed = new Map();
    for (const c of await source.changed())
        changed.set(toCwd(c.path), c.status);
    const headFiles = new Map(head.report.files.map((f) => [f.path, f]));
    const policyFiles = new Set(options.policyFiles ?? []);
    const referenced = referencedPaths(head);
    const relevant = [...changed.keys()].filter((p) => headFiles.has(p) ||
        policyFiles.has(p) ||
        (!p.startsWith('../') && (0,_hosts_index_js__WEBPACK_IMPORTED_MODULE_2__/* .hostsForPath */ .gT)(p).length > 0) ||
        isReferenced(p, referenced));
    const dynamic = options.dynamic ?? [];
    const base = { commit: source.commit, via: source.via };
    const notes = source.note ? [source.note] : [];
    if (relevant.length === 0)
        return {
            kind: 'unrelated',
            introduced: [],
            preexisting: [...options.diagnostics, ...dynamic],
            base,
            relevant,
            notes,
            hiddenIntroduced: []
        };
    // The base tree is the working tree with the changed files as they were.
    const toRead = relevant.filter((p) => changed.get(p) !== 'added' && (headFiles.has(p) || (!p.startsWith('../') && (0,_hosts_index_js__WEBPACK_IMPORTED_MODULE_2__/* .hostsForPath */ .gT)(p).length > 0)));
    const toRepo = (p) => node_path__WEBPACK_IMPORTED_MODULE_0___default().relative(source.root, node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(cwd, p)).split((node_path__WEBPACK_IMPORTED_MODULE_0___default().sep)).join('/');
    const blobs = await source.read(toRead.map(toRepo));
    const uncomparable = new Set();
    const files = [];
    for (const p of toRead) {
        const blob = blobs.get(toRepo(p)) ?? { status: 'unknown', reason: 'not read' };
        const host = headFiles.get(p)?.host ?? undefined;
        if (blob.status === 'found')
            files.push({ path: p, bytes: blob.bytes, host });
        else if (blob.status === 'unknown') {
            uncomparable.add(p);
            notes.push(`${p}: its base version could not be read (${blob.reason}); all its findings are shown`);
        }
    }
    for (const file of head.report.files) {
        if (changed.has(file.path))
            continue;
        const read = (0,_read_js__WEBPACK_IMPORTED_MODULE_3__/* .readGuarded */ .vK)(node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(cwd, file.path), { root: cwd, maxBytes: _read_js__WEBPACK_IMPORTED_MODULE_3__/* .MAX_FILE_BYTES */ .gZ });
        files.push(read.refusal
            ? { path: file.path, refusal: read.refusal, host: file.host ?? undefined }
            : { path: file.path, bytes: read.bytes, host: file.host ?? undefined });
    }
    const exists = (relative) => {
        const normal = node_path__WEBPACK_IMPORTED_MODULE_0___default().posix.normalize(relative.split((node_path__WEBPACK_IMPORTED_MODULE_0___default().sep)).join('/')).replace(/\/$/, '');
        const status = changed.get(normal);
        if (status !== undefined)
            return status !== 'added';
        return (0,_read_js__WEBPACK_IMPORTED_MODULE_3__/* .existsInside */ .pO)(cwd, relative);
    };
    const snapshot = await (0,_engine_js__WEBPACK_IMPORTED_MODULE_1__/* .lintSnapshot */ .uI)({
        files,
        settings: { config: head.config, diagnostics: [], file: head.settingsFile },
        settingsDir: head.settingsDir,
        exists
    });
    const lines = lineReader(head.sources);
    const baseLines = lineReader(snapshot.sources);
    const inPolicyFile = (d) => policyFiles.has(d.file);
    const hidden = options.hidden ?? [];
    const comparable = [...options.diagnostics, ...hidden].filter((d) => !inPolicyFile(d) && !uncomparable.has(d.file));
    const split = (0,_fingerprint_js__WEBPACK_IMPORTED_MODULE_4__/* .splitByBase */ .Pq)(comparable, snapshot.report.diagnostics, {
        head: (d) => lines(d.file, d.line),
        base: (d) => baseLines(d.file, d.line)
    });
    const introduced = new Set(split.introduced);
    for (const d of options.diagnostics) {
        if (uncomparable.has(d.file))
            introduced.add(d);
        // The settings or baseline file itself: the pull request made its findings when it changed it.
        else if (inPolicyFile(d) && changed.has(d.file))
            introduced.add(d);
    }
    const baseServers = new Map(snapshot.servers.map((s) => [`${s.file}#${s.name}`, s]));
    const headServers = new Map(head.servers.map((s) => [`${s.file}#${s.name}`, s]));
    for (const d of dynamic) {
        const key = `${d.file}#${d.server ?? ''}`;
        const before = baseServers.get(key);
        const now = headServers.get(key);
        if (!before || !now || launchOf(before) !== launchOf(now) || uncomparable.has(d.file))
            introduced.add(d);
    }
    const all = [...options.diagnostics, ...dynamic];
    return {
        kind: 'compared',
        introduced: all.filter((d) => introduced.has(d)),
        preexisting: all.filter((d) => !introduced.has(d)),
        base,
        relevant,
        notes,
        hiddenIntroduced: hidden.filter((d) => introduced.has(d) || uncomparable.has(d.file))
    };
}
/** How a server is started or reached, as one comparable string. */
function launchOf(s) {
    return JSON.stringify([s.transport, s.command, s.args, s.env, s.cwd, s.url, s.headers, s.disabled ?? false]);
}
/** A reader of one line's trimmed text, by file and 1-based line. */
function lineReader(sources) {
    const cache = new Map();
    return (file, line) => {
        let lines = cache.get(file);
        if (!lines)
            cache.set(file, (lines = (sources.get(file) ?? '').split('\n')));
        return (lines[line - 1] ?? '').trim();
    };
}
/**
 * Path-like words the configs contain (a script in `args`, a `cwd`, an env file), without the
 * placeholders in front of them (`${workspaceFolder}/`), for telling whether a changed file is one a
 * config names. Generous on purpose: a false match only costs a comparison.
 */
function referencedPaths(head) {
    const out = new Set();
    for (const text of head.sources.values()) {
        for (const raw of text.split(/["'\s,=`]+/)) {
            if (raw.length < 2 || raw.length > 300 || !/[./\\]/.test(raw) || /^[a-z][\w+.-]*:\/\//i.test(raw))
                continue;
            const word = raw
                .replace(/\\/g, '/')
                .replace(/^(?:\$\{[^}]*\}|\{[^}]*\}|%[^%]*%|\$[A-Za-z_]\w*)\/?/, '')
                .replace(/^(?:\.\/)+/, '')
                .replace(/^(?:\.\.\/)+/, '')
                .replace(/\/+$/, '');
            if (word.length >= 2 && word !== '..' && word !== '.')
                out.add(word);
        }
    }
    return out;
}
function isReferenced(changedPath, words) {
    const parts = changedPath.split('/');
    // The file itself or any folder it is in, named from any folder level (`server.js`, `scripts/server.js`).
    for (let from = 0; from < parts.length; from++)
        for (let to = from + 1; to <= parts.length; to++)
            if (words.has(parts.slice(from, to).join('/')))
                return true;
    return false;
}


/***/ })

};
