export const id = 7291;
export const ids = [7291];
export const modules = {

/***/ 113:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Mf: () => (/* binding */ sortedKeys),
/* harmony export */   dj: () => (/* binding */ canonicalJson),
/* harmony export */   sc: () => (/* binding */ sha256)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);

/**
 * Canonical JSON (RFC 8785, JSON Canonicalization Scheme, for the values JSON.parse produces):
 * object keys sorted by UTF-16 code units, no whitespace, strings and numbers as ECMAScript's
 * JSON.stringify writes them. The same value gives the same text on every machine, so its hash is
 * stable across runs, operating systems and Node versions.
 */
function canonicalJson(value) {
    if (value === null || typeof value !== 'object')
        return JSON.stringify(value) ?? 'null';
    if (Array.isArray(value))
        return `[${value.map((item) => canonicalJson(item === undefined ? null : item)).join(',')}]`;
    const entries = Object.keys(value)
        .filter((key) => value[key] !== undefined)
        .sort(compareCodeUnits)
        .map((key) => `${JSON.stringify(key)}:${canonicalJson(value[key])}`);
    return `{${entries.join(',')}}`;
}
/** The value with every object's keys in canonical order (for writing it readably, indented). */
function sortedKeys(value) {
    if (value === null || typeof value !== 'object')
        return value;
    if (Array.isArray(value))
        return value.map((item) => sortedKeys(item));
    const out = {};
    for (const key of Object.keys(value).sort(compareCodeUnits)) {
        const child = value[key];
        // Defined, not assigned: a key named "__proto__" stays a key.
        if (child !== undefined)
            Object.defineProperty(out, key, {
                value: sortedKeys(child),
                enumerable: true,
                writable: true,
                configurable: true
            });
    }
    return out;
}
/** SHA-256 of a text's UTF-8 bytes, as 64 lower-case hex digits. */
function sha256(text) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(text, 'utf8').digest('hex');
}
function compareCodeUnits(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}


/***/ }),

/***/ 8300:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   uQ: () => (/* binding */ describeChange),
/* harmony export */   wV: () => (/* binding */ fieldChanges)
/* harmony export */ });
/* unused harmony export wordDiff */
/* harmony import */ var diff__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4440);
/* harmony import */ var _report_escape_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4031);
/* harmony import */ var _canonical_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(113);



// Paths beyond this depth are compared as whole values (a schema is rarely deeper).
const MAX_DEPTH = 12;
// Unchanged words kept on each side of a change, so a long description shows only what moved.
const CONTEXT_WORDS = 6;
/**
 * Every difference between two definitions, leaf by leaf: objects are followed key by key; strings,
 * numbers, booleans and arrays are compared whole. In path order, so the same change always reads
 * the same way.
 */
function fieldChanges(before, after, path = '', depth = 0) {
    if ((0,_canonical_js__WEBPACK_IMPORTED_MODULE_1__/* .canonicalJson */ .dj)(before) === (0,_canonical_js__WEBPACK_IMPORTED_MODULE_1__/* .canonicalJson */ .dj)(after))
        return [];
    if (isObject(before) && isObject(after) && depth < MAX_DEPTH) {
        const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
        return keys.flatMap((key) => {
            const at = path === '' ? key : `${path}.${key}`;
            if (!(key in before))
                return [{ path: at, kind: 'added', after: after[key] }];
            if (!(key in after))
                return [{ path: at, kind: 'removed', before: before[key] }];
            return fieldChanges(before[key], after[key], at, depth + 1);
        });
    }
    return [{ path: path || '(value)', kind: 'changed', before, after }];
}
/**
 * One change as a line a reviewer reads: a word-level diff for text (`[-removed-]{+added+}`, the
 * markers of `git diff --word-diff=plain`), the compact JSON of anything else, invisible characters
 * written out (`\u{200B}`) so that a hidden change cannot pass unseen.
 */
function describeChange(change, limit = 400) {
    let text;
    if (change.kind === 'added')
        text = `${change.path}: added ${shown(change.after)}`;
    else if (change.kind === 'removed')
        text = `${change.path}: removed (was ${shown(change.before)})`;
    else if (typeof change.before === 'string' && typeof change.after === 'string')
        text =
            (0,_report_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .revealInvisible */ .hR)(change.before).trim() === (0,_report_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .revealInvisible */ .hR)(change.after).trim()
                ? // Shown on one line, added padding or line breaks would look unchanged: count them instead.
                    `${change.path}: only its blank space changed (${blanks(change.before)} → ${blanks(change.after)} blank characters)`
                : `${change.path}: "${wordDiff(change.before, change.after)}"`;
    else
        text = `${change.path}: ${shown(change.before)} → ${shown(change.after)}`;
    return text.length > limit ? `${text.slice(0, limit - 1)}…` : text;
}
/** A word-level diff of two texts, with long unchanged runs shortened to their ends. */
function wordDiff(before, after) {
    const [shownBefore, shownAfter] = [(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .revealInvisible */ .hR)(before), (0,_report_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .revealInvisible */ .hR)(after)];
    const parts = (0,diff__WEBPACK_IMPORTED_MODULE_2__/* .diffWords */ .b2)(shownBefore, shownAfter);
    return parts
        .map((part, i) => {
        if (part.added)
            return `{+${part.value}+}`;
        if (part.removed)
            return `[-${part.value}-]`;
        return shorten(part.value, i === 0, i === parts.length - 1);
    })
        .join('');
}
/** Keeps a few words of unchanged text next to each change. */
function shorten(text, first, last) {
    const words = text.split(/(\s+)/);
    const keep = CONTEXT_WORDS * 2;
    if (words.length <= keep * 2 + 1)
        return text;
    const head = first ? [] : words.slice(0, keep);
    const tail = last ? [] : words.slice(-keep);
    return `${head.join('')}…${tail.join('')}`;
}
function blanks(text) {
    return (text.match(/\s/g) ?? []).length;
}
function shown(value) {
    const json = (0,_canonical_js__WEBPACK_IMPORTED_MODULE_1__/* .canonicalJson */ .dj)(value);
    return (0,_report_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .revealInvisible */ .hR)(json.length > 200 ? `${json.slice(0, 199)}…` : json);
}
function isObject(value) {
    return value !== null && typeof value === 'object' && !Array.isArray(value);
}


/***/ }),

/***/ 7291:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  qc: () => (/* reexport */ settings/* DEFAULT_LOCK_SETTINGS */.qc),
  sv: () => (/* binding */ checkLock),
  DE: () => (/* binding */ describeLockChange),
  tn: () => (/* binding */ updateLock)
});

// UNUSED EXPORTS: DEFAULT_LOCK_FILE, LOCK_INVALID_RULE, LOCK_MESSAGES, LOCK_RULE, MAX_LOCK_BYTES, diffLocks, hasLock, loadLock, lockDiagnostics, lockFinding, lockFromBytes

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/finding.ts
var src_finding = __webpack_require__(2018);
// EXTERNAL MODULE: ./src/parse/json.ts + 1 modules
var json = __webpack_require__(1121);
// EXTERNAL MODULE: ./src/parse/source.ts
var source = __webpack_require__(3226);
// EXTERNAL MODULE: ./src/read.ts
var src_read = __webpack_require__(2883);
// EXTERNAL MODULE: ./src/report/escape.ts
var report_escape = __webpack_require__(4031);
// EXTERNAL MODULE: ./src/schema/compiled/mcp-servers-lock.ts
var mcp_servers_lock = __webpack_require__(592);
// EXTERNAL MODULE: ./src/message-template.ts
var message_template = __webpack_require__(3887);
// EXTERNAL MODULE: ./src/schema/validate.ts
var validate = __webpack_require__(1465);
// EXTERNAL MODULE: ./src/lock/canonical.ts
var canonical = __webpack_require__(113);
// EXTERNAL MODULE: ./src/lock/diff.ts
var diff = __webpack_require__(8300);
// EXTERNAL MODULE: ./src/lock/lock.ts
var lock_lock = __webpack_require__(2872);
;// CONCATENATED MODULE: ./src/lock/compare.ts


/**
 * Compares what each server offers now with the lock: items added, removed or changed since it was
 * written, servers the lock does not know, locked servers the configs no longer define, and locked
 * servers that could not be checked (reported as such: never as if all their tools were removed).
 */
function compareWithLock(lock, run, neutral) {
    const changes = [];
    const seen = new Set();
    run.servers.forEach((server, i) => {
        seen.add(key(server.file, server.name));
        const locked = lock.servers[server.file]?.[server.name];
        const result = run.results[i];
        const now = result ? (0,lock_lock/* lockedServer */.G)(result, neutral) : undefined;
        if (!now) {
            // Not reachable now: nothing can be said about its tools. A disabled server is simply not checked.
            if (locked && result && result.error?.kind !== 'disabled')
                changes.push({
                    kind: 'unverified',
                    file: server.file,
                    server: server.name,
                    before: locked,
                    reason: `${result.status}: ${result.error?.kind ?? 'no answer'}`
                });
            return;
        }
        if (!locked)
            changes.push({ kind: 'new-server', file: server.file, server: server.name, after: now });
        else
            changes.push(...compareServers(server.file, server.name, locked, now));
    });
    changes.push(...staleServers(lock, run.files, seen));
    return changes;
}
/** The differences between two locks (a pull request's base and head), whole servers included. */
function diffLocks(base, head) {
    const changes = [];
    const files = [...new Set([...Object.keys(base?.servers ?? {}), ...Object.keys(head.servers)])].sort();
    for (const file of files) {
        const before = base?.servers[file] ?? {};
        const after = head.servers[file] ?? {};
        for (const name of [...new Set([...Object.keys(before), ...Object.keys(after)])].sort()) {
            const old = Object.hasOwn(before, name) ? before[name] : undefined;
            const now = Object.hasOwn(after, name) ? after[name] : undefined;
            if (old && now)
                changes.push(...compareServers(file, name, old, now));
            else if (now)
                changes.push({ kind: 'new-server', file, server: name, after: now });
            else if (old)
                changes.push({ kind: 'stale-server', file, server: name, before: old });
        }
    }
    return changes;
}
/** Item by item, and the server's version and protocol. */
function compareServers(file, server, locked, now) {
    const changes = [];
    if (locked.serverInfo?.name !== now.serverInfo?.name ||
        locked.serverInfo?.version !== now.serverInfo?.version ||
        locked.protocolVersion !== now.protocolVersion)
        changes.push({ kind: 'server-version', file, server, before: locked, after: now });
    for (const kind of lock_lock/* ITEM_KINDS */.o_) {
        const before = locked[kind] ?? {};
        const after = now[kind] ?? {};
        for (const itemKey of [...new Set([...Object.keys(before), ...Object.keys(after)])].sort()) {
            const old = Object.hasOwn(before, itemKey) ? before[itemKey] : undefined;
            const current = Object.hasOwn(after, itemKey) ? after[itemKey] : undefined;
            if (old && current) {
                if (old.sha256 !== current.sha256)
                    changes.push({
                        kind: 'changed',
                        file,
                        server,
                        item: { kind, key: itemKey, before: old, after: current },
                        fields: (0,diff/* fieldChanges */.wV)(old.definition, current.definition)
                    });
            }
            else if (current)
                changes.push({ kind: 'added', file, server, item: { kind, key: itemKey, after: current } });
            else if (old)
                changes.push({ kind: 'removed', file, server, item: { kind, key: itemKey, before: old } });
        }
    }
    return changes;
}
/**
 * The lock after a run: servers that answered get their entry now; servers that could not be
 * checked keep theirs (so a server that was down is not taken for one whose tools were all removed);
 * servers gone from a config file this run read are dropped; other files' servers are kept.
 */
function updatedLock(old, run, neutral) {
    const servers = {};
    for (const [file, entries] of Object.entries(old?.servers ?? {}))
        if (!run.files.has(file))
            servers[file] = { ...entries };
    const kept = [];
    run.servers.forEach((server, i) => {
        const result = run.results[i];
        const now = result ? (0,lock_lock/* lockedServer */.G)(result, neutral) : undefined;
        const previous = old?.servers[server.file]?.[server.name];
        const entry = now ?? previous;
        if (!entry)
            return;
        if (!now && previous && result)
            kept.push({
                kind: 'unverified',
                file: server.file,
                server: server.name,
                before: previous,
                reason: `${result.status}: ${result.error?.kind ?? 'no answer'}`
            });
        const forFile = (servers[server.file] ??= {});
        Object.defineProperty(forFile, server.name, { value: entry, enumerable: true, writable: true, configurable: true });
    });
    return { lock: { lockfileVersion: lock_lock/* LOCKFILE_VERSION */.Rb, servers }, kept };
}
function staleServers(lock, files, seen) {
    const out = [];
    for (const [file, entries] of Object.entries(lock.servers)) {
        if (!files.has(file))
            continue;
        for (const [name, entry] of Object.entries(entries))
            if (!seen.has(key(file, name)))
                out.push({ kind: 'stale-server', file, server: name, before: entry });
    }
    return out;
}
function key(file, name) {
    return `${file}\u0000${name}`;
}

// EXTERNAL MODULE: ./src/lock/settings.ts
var settings = __webpack_require__(5946);
;// CONCATENATED MODULE: ./src/lock/index.ts
















/** Rule id of every lock finding; its severity per kind of change comes from the settings. */
const LOCK_RULE = 'tool-lock';
/** Rule id of a lock file that cannot be used (unreadable, invalid, edited by hand). */
const LOCK_INVALID_RULE = 'lock-invalid';
// A lock holds every tool's schema: allow far more than a config file, but not without bound.
const MAX_LOCK_BYTES = 32 * 1024 * 1024;
/** Reads the lock (undefined when there is none), through the guarded reader like every file. */
function loadLock(cwd, file) {
    const absolute = external_node_path_default().resolve(cwd, file);
    if ((0,external_node_fs_.lstatSync)(absolute, { throwIfNoEntry: false }) === undefined)
        return undefined;
    const shown = external_node_path_default().relative(cwd, absolute).split((external_node_path_default()).sep).join('/');
    const read = (0,src_read/* readGuarded */.vK)(absolute, { root: cwd, maxBytes: MAX_LOCK_BYTES });
    if (read.refusal)
        return {
            file: shown,
            diagnostics: [
                invalid(shown, 'unreadable', { reason: read.refusal.reason }, 'mcpcop reads only a regular file inside the repository, within its size limit; replace it, or run mcpcop --update-lock to write it again.')
            ]
        };
    return lockFromBytes(read.bytes, shown);
}
/**
 * A lock from its bytes (from disk, or from the base commit): parsed with positions, checked against
 * its schema, and every hash checked against its definition (a hand edit that changes a definition
 * but not its hash, or the reverse, makes the lock unusable rather than silently trusted).
 */
function lockFromBytes(bytes, file) {
    let text;
    try {
        if (bytes.includes(0))
            throw new Error('binary');
        text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    }
    catch {
        return {
            file,
            diagnostics: [
                invalid(file, 'notText', {}, 'A lock is JSON written by mcpcop; run mcpcop --update-lock to write it again.')
            ]
        };
    }
    const parsed = (0,json/* parseJson */.q)(text, { strict: true, hostName: 'mcpcop' });
    const lines = new source/* LineIndex */.rr(text);
    const diagnostics = parsed.problems.map((p) => (0,src_finding/* toDiagnostic */.Fd)(file, {
        ruleId: LOCK_INVALID_RULE,
        severity: 'error',
        message: p.message,
        range: lines.range(p.offset, p.length)
    }));
    if (!parsed.doc)
        return { file, diagnostics };
    const doc = parsed.doc;
    const version = doc.value?.lockfileVersion;
    if (typeof version === 'number' && version > lock_lock/* LOCKFILE_VERSION */.Rb) {
        diagnostics.push(at(file, doc, ['lockfileVersion'], 'newerFormat', { version, supported: lock_lock/* LOCKFILE_VERSION */.Rb }, 'It was written by a newer mcpcop, whose format this one cannot read; update mcpcop.'));
        return { file, doc, diagnostics };
    }
    for (const finding of (0,validate/* validateDocument */.mv)(mcp_servers_lock["default"], doc, { unknownKeySeverity: 'error', hostName: 'mcpcop' }))
        diagnostics.push((0,src_finding/* toDiagnostic */.Fd)(file, { ...finding, ruleId: LOCK_INVALID_RULE, severity: 'error' }));
    if (diagnostics.length > 0)
        return { file, doc, diagnostics };
    const lock = doc.value;
    for (const [config, servers] of Object.entries(lock.servers))
        for (const [name, entry] of Object.entries(servers))
            for (const kind of lock_lock/* ITEM_KINDS */.o_)
                for (const [key, item] of Object.entries(entry[kind] ?? {}))
                    if ((0,canonical/* sha256 */.sc)((0,canonical/* canonicalJson */.dj)(item.definition)) !== item.sha256)
                        diagnostics.push(at(file, doc, ['servers', config, name, kind, key, 'sha256'], 'hashMismatch', { what: `${lock_lock/* ITEM_NOUN */.B9[kind]} "${(0,lock_lock/* itemName */.TJ)(kind, key, item)}"`, server: name, config }, 'The lock was edited by hand, so it cannot be trusted; run mcpcop --update-lock to write it again.'));
    return diagnostics.length > 0 ? { file, doc, diagnostics } : { file, lock, doc, diagnostics };
}
/**
 * After a dry run: compares what the servers offer with the lock, when there is one, and returns the
 * findings with the severities the settings give each kind of change. A lock that cannot be used
 * gives its own findings and nothing is compared.
 */
function checkLock(result, dryRunServers, cwd, settings) {
    const loaded = loadLock(cwd, settings.path);
    if (!loaded)
        return [];
    if (!loaded.lock)
        return loaded.diagnostics;
    const changes = compareWithLock(loaded.lock, runOf(result, dryRunServers), (0,lock_lock/* machineNeutral */.zZ)(cwd));
    return lockDiagnostics(changes, result.servers, loaded, settings);
}
/**
 * Writes the lock after a dry run (`--update-lock`): each server that answered gets what it offers
 * now, a server that could not be checked keeps its entry, a server gone from a file read in this
 * run is dropped. An unusable existing lock is replaced. The file is written only when it changes.
 */
function updateLock(result, dryRunServers, cwd, settings) {
    const loaded = loadLock(cwd, settings.path);
    const neutral = (0,lock_lock/* machineNeutral */.zZ)(cwd);
    const run = runOf(result, dryRunServers);
    const { lock, kept } = updatedLock(loaded?.lock, run, neutral);
    const text = (0,lock_lock/* serializeLock */.go)(lock);
    const absolute = external_node_path_default().resolve(cwd, settings.path);
    const before = loaded?.lock ? (0,lock_lock/* serializeLock */.go)(loaded.lock) : undefined;
    const changes = loaded?.lock ? compareWithLock(loaded.lock, run, neutral).filter((c) => c.kind !== 'unverified') : [];
    if (text !== before) {
        (0,external_node_fs_.mkdirSync)(external_node_path_default().dirname(absolute), { recursive: true });
        (0,external_node_fs_.writeFileSync)(absolute, text);
    }
    return { file: external_node_path_default().relative(cwd, absolute).split((external_node_path_default()).sep).join('/'), written: text !== before, changes, kept, lock };
}
/** Whether a lock file exists at the settings' path. */
function hasLock(cwd, settings) {
    return existsInside(cwd, settings.path);
}
/** Findings for lock changes: at each server's entry in its config, or at the lock for a stale entry. */
function lockDiagnostics(changes, servers, loaded, settings) {
    const byKey = new Map(servers.map((s) => [`${s.file}\u0000${s.name}`, s]));
    const out = [];
    for (const change of changes) {
        const severity = settings.changes[change.kind];
        if (severity === 'off')
            continue;
        const { message, messageId, data, help } = lockFinding(change, loaded.file);
        const server = byKey.get(`${change.file}\u0000${change.server}`);
        const diagnostic = server
            ? (0,src_finding/* atServer */.TY)(server, LOCK_RULE, severity, message)
            : loaded.doc
                ? (0,src_finding/* toDiagnostic */.Fd)(loaded.file, {
                    ruleId: LOCK_RULE,
                    severity,
                    message,
                    range: loaded.doc.locate(['servers', change.file, change.server], true)
                })
                : undefined;
        if (diagnostic)
            out.push({ ...diagnostic, messageId, data, help });
    }
    return out;
}
/** The tool lock's finding messages by id: which item of which server, and what happened to it. */
const LOCK_MESSAGES = {
    added: '{{what}} was added since {{lock}} was written',
    removed: '{{what}} was removed since {{lock}} was written',
    changed: '{{what}} changed since {{lock}} was written ({{fields}})',
    'new-server': 'server "{{server}}" is not in {{lock}}: its {{counts}} were never locked',
    'stale-server': '{{lock}} locks server "{{server}}" of {{file}}, which that file no longer defines',
    unverified: 'server "{{server}}" is in {{lock}} but could not be checked',
    'server-version': 'server "{{server}}" now reports {{after}} (locked: {{before}})'
};
/**
 * A lock change as a finding: one sentence naming the item and what happened (`messageId` is the kind of
 * change), and in help the evidence (the description, the field-by-field diff) and what to do.
 */
function lockFinding(change, lockFile) {
    const item = change.item;
    const what = item
        ? `${lock_lock/* ITEM_NOUN */.B9[item.kind]} "${(0,report_escape/* revealInvisible */.hR)((0,lock_lock/* itemName */.TJ)(item.kind, item.key, item.after ?? item.before))}" of server "${change.server}"`
        : `server "${change.server}"`;
    const review = `Review it, then run mcpcop --update-lock and commit ${lockFile}.`;
    const data = { server: change.server, lock: lockFile };
    let help;
    switch (change.kind) {
        case 'added': {
            data.what = what;
            const description = item?.after?.definition.description;
            help =
                typeof description === 'string' && description !== ''
                    ? `Its description: "${excerpt(description)}". ${review}`
                    : review;
            break;
        }
        case 'removed':
            data.what = what;
            help = review;
            break;
        case 'changed': {
            data.what = what;
            const fields = change.fields ?? [];
            data.fields = [...new Set(fields.map((f) => f.path))].slice(0, 5).join(', ') || 'its definition';
            const shown = fields.slice(0, 5).map((f) => (0,diff/* describeChange */.uQ)(f, 300));
            if (fields.length > 5)
                shown.push(`and ${fields.length - 5} more`);
            help = `${shown.join('; ')}. ${review}`;
            break;
        }
        case 'new-server':
            data.counts = (0,lock_lock/* describeCounts */.wv)(change.after);
            help = `Review them (the JSON report lists them), then run mcpcop --update-lock and commit ${lockFile}.`;
            break;
        case 'stale-server':
            data.file = change.file;
            help = 'Run mcpcop --update-lock to drop it.';
            break;
        case 'unverified':
            help = `It could not be checked (${change.reason}), so its ${(0,lock_lock/* describeCounts */.wv)(change.before)} were not compared.`;
            break;
        case 'server-version':
            data.after = version(change.after);
            data.before = version(change.before);
            help = 'Run mcpcop --update-lock to record it.';
            break;
    }
    const message = (0,message_template/* fillMessage */.f)(LOCK_MESSAGES[change.kind], data);
    return { messageId: change.kind, data, message, help };
}
/** A lock change as one line of `--update-lock`'s report: which item of which server, what happened, and what to do. */
function describeLockChange(change, lockFile) {
    const server = `server "${change.server}"`;
    const item = change.item;
    const what = item
        ? `${lock_lock/* ITEM_NOUN */.B9[item.kind]} "${(0,report_escape/* revealInvisible */.hR)((0,lock_lock/* itemName */.TJ)(item.kind, item.key, item.after ?? item.before))}" of ${server}`
        : server;
    const review = `review it, then run mcpcop --update-lock and commit ${lockFile}`;
    switch (change.kind) {
        case 'added': {
            const description = item?.after?.definition.description;
            const about = typeof description === 'string' && description !== '' ? `: "${excerpt(description)}"` : '';
            return `${what} was added since ${lockFile} was written${about}; ${review}`;
        }
        case 'removed':
            return `${what} was removed since ${lockFile} was written; ${review}`;
        case 'changed': {
            const fields = change.fields ?? [];
            const shown = fields.slice(0, 5).map((f) => (0,diff/* describeChange */.uQ)(f, 300));
            if (fields.length > 5)
                shown.push(`and ${fields.length - 5} more`);
            return `${what} changed since ${lockFile} was written: ${shown.join('; ')}; ${review}`;
        }
        case 'new-server':
            return `${server} is not in ${lockFile}: its ${(0,lock_lock/* describeCounts */.wv)(change.after)} were never locked; review them (the JSON report lists them), then run mcpcop --update-lock and commit ${lockFile}`;
        case 'stale-server':
            return `${lockFile} locks ${server} of ${change.file}, which that file no longer defines; run mcpcop --update-lock to drop it`;
        case 'unverified':
            return `${server} is in ${lockFile} but could not be checked (${change.reason}), so its ${(0,lock_lock/* describeCounts */.wv)(change.before)} were not compared`;
        case 'server-version':
            return `${server} now reports ${version(change.after)} (locked: ${version(change.before)}); run mcpcop --update-lock to record it`;
    }
}
function version(entry) {
    const info = entry?.serverInfo ? `"${entry.serverInfo.name} ${entry.serverInfo.version}"` : 'no name or version';
    return entry?.protocolVersion ? `${info}, protocol ${entry.protocolVersion}` : info;
}
function excerpt(text) {
    const shown = (0,report_escape/* revealInvisible */.hR)(text);
    return shown.length > 160 ? `${shown.slice(0, 159)}…` : shown;
}
function runOf(result, dryRunServers) {
    return { servers: result.servers, results: dryRunServers, files: new Set(result.report.files.map((f) => f.path)) };
}
/** Messages of a lock that cannot be used, one sentence each; why and the fix go to help. */
const LOCK_INVALID_MESSAGES = {
    unreadable: 'the lock cannot be read: {{reason}}',
    notText: 'the lock is not UTF-8 text',
    newerFormat: 'the lock has format {{version}}, newer than the {{supported}} this mcpcop reads',
    hashMismatch: 'the sha256 of {{what}} of server "{{server}}" ({{config}}) does not match its definition'
};
function invalid(file, messageId, data, help) {
    const range = { start: { line: 1, column: 1 }, end: { line: 1, column: 2 } };
    return (0,src_finding/* toDiagnostic */.Fd)(file, lockInvalid(messageId, data, help, range));
}
function at(file, doc, pointer, messageId, data, help) {
    return (0,src_finding/* toDiagnostic */.Fd)(file, lockInvalid(messageId, data, help, doc.locate(pointer, true)));
}
function lockInvalid(messageId, data, help, range) {
    const message = (0,message_template/* fillMessage */.f)(LOCK_INVALID_MESSAGES[messageId], data);
    return { ruleId: LOCK_INVALID_RULE, severity: 'error', message, messageId, data, help, range };
}


/***/ }),

/***/ 2872:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B9: () => (/* binding */ ITEM_NOUN),
/* harmony export */   G: () => (/* binding */ lockedServer),
/* harmony export */   Rb: () => (/* binding */ LOCKFILE_VERSION),
/* harmony export */   TJ: () => (/* binding */ itemName),
/* harmony export */   go: () => (/* binding */ serializeLock),
/* harmony export */   o_: () => (/* binding */ ITEM_KINDS),
/* harmony export */   wv: () => (/* binding */ describeCounts),
/* harmony export */   zZ: () => (/* binding */ machineNeutral)
/* harmony export */ });
/* unused harmony exports lockedItem, itemKey */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _canonical_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(113);




/**
 * The tool lock: what each server offered when someone reviewed it, committed as
 * `mcp-servers.lock.json` like a package lock. Per config file and server name: the server's name
 * and version, its protocol version, and each tool, prompt, resource and resource template as its
 * canonical definition with the SHA-256 of that definition's canonical JSON.
 */
/** The format written; a larger one in a file was written by a newer mcpcop. */
const LOCKFILE_VERSION = 1;
const ITEM_KINDS = ['tools', 'prompts', 'resources', 'resourceTemplates'];
const ITEM_NOUN = {
    tools: 'tool',
    prompts: 'prompt',
    resources: 'resource',
    resourceTemplates: 'resource template'
};
/**
 * Makes what a server lists the same on every machine: the repository's absolute path becomes
 * `<repository>` and the home directory `~`, in every string (a filesystem server names the folders it
 * may use; a resource's URI holds its path). The longer paths are replaced first.
 */
function machineNeutral(cwd, home = node_os__WEBPACK_IMPORTED_MODULE_1___default().homedir()) {
    const replacements = [];
    for (const dir of new Set([cwd, realpath(cwd)]))
        if (dir.length > 1)
            replacements.push([dir, '<repository>']);
    for (const dir of new Set([home, realpath(home)]))
        if (dir.length > 1)
            replacements.push([dir, '~']);
    replacements.sort((a, b) => b[0].length - a[0].length);
    return (text) => {
        let out = text;
        for (const [from, to] of replacements)
            if (out.includes(from))
                out = out.split(from).join(to);
        return out;
    };
}
/** The lock entry of a server that answered every list; undefined for one that did not. */
function lockedServer(result, neutral) {
    if (!result.surface)
        return undefined;
    const entry = { tools: {}, prompts: {}, resources: {}, resourceTemplates: {} };
    if (result.serverInfo)
        entry.serverInfo = { name: result.serverInfo.name, version: result.serverInfo.version };
    if (result.protocolVersion)
        entry.protocolVersion = result.protocolVersion;
    for (const kind of ITEM_KINDS)
        entry[kind] = lockedItems(result.surface, kind, neutral);
    return entry;
}
/** A locked item from its definition. */
function lockedItem(definition) {
    const canonical = (0,_canonical_js__WEBPACK_IMPORTED_MODULE_3__/* .sortedKeys */ .Mf)(definition);
    return { sha256: (0,_canonical_js__WEBPACK_IMPORTED_MODULE_3__/* .sha256 */ .sc)((0,_canonical_js__WEBPACK_IMPORTED_MODULE_3__/* .canonicalJson */ .dj)(canonical)), definition: canonical };
}
/** The key an item is locked under: its name, or its URI for resources and templates. */
function itemKey(kind, item) {
    const key = kind === 'resources' ? item.uri : kind === 'resourceTemplates' ? item.uriTemplate : item.name;
    return typeof key === 'string' ? key : String(item.name);
}
/** The name an item is shown by (resources and templates are keyed by URI, but named for people). */
function itemName(kind, key, item) {
    const name = item?.definition.name;
    if (kind === 'tools' || kind === 'prompts' || typeof name !== 'string' || name === key)
        return key;
    return `${name} (${key})`;
}
function lockedItems(surface, kind, neutral) {
    const out = {};
    for (const listed of surface[kind]) {
        const item = neutralStrings(listed, neutral);
        let key = itemKey(kind, item);
        // Two items under one key (a server's bug): keep both, the second as "name (2)".
        for (let n = 2; Object.hasOwn(out, key); n++)
            key = `${itemKey(kind, item)} (${n})`;
        Object.defineProperty(out, key, {
            value: lockedItem(item),
            enumerable: true,
            writable: true,
            configurable: true
        });
    }
    return out;
}
/** A JSON value with `neutral` applied to every string in it (keys included). */
function neutralStrings(value, neutral) {
    if (typeof value === 'string')
        return neutral(value);
    if (Array.isArray(value))
        return value.map((item) => neutralStrings(item, neutral));
    if (value && typeof value === 'object') {
        const out = {};
        for (const [key, child] of Object.entries(value))
            Object.defineProperty(out, neutral(key), {
                value: neutralStrings(child, neutral),
                enumerable: true,
                writable: true,
                configurable: true
            });
        return out;
    }
    return value;
}
/** The lock as written: canonical key order, two-space indentation, a final newline. */
function serializeLock(lock) {
    return `${JSON.stringify((0,_canonical_js__WEBPACK_IMPORTED_MODULE_3__/* .sortedKeys */ .Mf)(lock), null, 2)}\n`;
}
/** How many items a locked server holds, as "12 tools, 1 prompt". */
function describeCounts(entry) {
    const parts = ITEM_KINDS.map((kind) => [kind, Object.keys(entry[kind]).length])
        .filter(([, n]) => n > 0)
        .map(([kind, n]) => `${n} ${ITEM_NOUN[kind]}${n === 1 ? '' : 's'}`);
    return parts.length > 0 ? parts.join(', ') : 'nothing';
}
function realpath(dir) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(dir);
    }
    catch {
        return node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(dir);
    }
}


/***/ })

};
