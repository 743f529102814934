export const id = 6335;
export const ids = [6335];
export const modules = {

/***/ 2477:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   z: () => (/* binding */ wantsColor)
/* harmony export */ });
/**
 * Whether to colour the report. The command line decides first; a report file is plain unless
 * --color asks for it. Then `FORCE_COLOR` as the supports-color package reads it (`0` or `false`
 * turn colour off; any other value, even empty, turns it on, also when the output is not a
 * terminal), then `NO_COLOR` (any non-empty value turns it off, see no-color.org), and otherwise
 * colour only on a terminal whose TERM is not "dumb".
 */
function wantsColor({ flag, env, isTTY, toFile }) {
    if (flag !== undefined)
        return flag;
    if (toFile)
        return false;
    const force = env.FORCE_COLOR;
    if (force !== undefined)
        return force !== 'false' && !/^0+$/.test(force);
    if (env.NO_COLOR)
        return false;
    return isTTY && env.TERM !== 'dumb';
}


/***/ }),

/***/ 6335:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runCli: () => (/* binding */ runCli)
});

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./src/dryrun/defaults.ts
var defaults = __webpack_require__(7154);
// EXTERNAL MODULE: ./src/dryrun/env.ts
var env = __webpack_require__(7369);
// EXTERNAL MODULE: ./src/config.ts
var src_config = __webpack_require__(2973);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
;// CONCATENATED MODULE: ./src/git/base.ts


/** The pull request's base commit: the event payload's `pull_request.base.sha`, else `origin/$GITHUB_BASE_REF`. */
function baseRefOf(env, payload) {
    const pr = payload.pull_request;
    const sha = pr?.base?.sha;
    if (typeof sha === 'string' && /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/i.test(sha))
        return sha;
    const branch = env.GITHUB_BASE_REF;
    return branch && isSafeRef(branch) ? `origin/${branch}` : undefined;
}
/** A ref git cannot take for an option and that names nothing odd. */
function isSafeRef(ref) {
    return /^[A-Za-z0-9._/][A-Za-z0-9._/+-]*$/.test(ref) && !ref.includes('..') && ref.length <= 255;
}
function git(root, args, timeoutMs, maxBuffer = 64 * 1024) {
    return new Promise((resolve) => {
        (0,external_node_child_process_.execFile)('git', ['-c', 'core.fsmonitor=false', ...args], {
            cwd: root,
            timeout: timeoutMs,
            maxBuffer,
            encoding: 'buffer',
            windowsHide: true,
            // Never ask for a password, never page.
            env: { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_PAGER: 'cat', GIT_ASKPASS: '', SSH_ASKPASS: '' }
        }, (error, stdout, stderr) => {
            const message = error
                ? (stderr.toString('utf8').trim().split('\n')[0] || error.message).slice(0, 200)
                : undefined;
            resolve({ ok: !error, stdout, error: message });
        });
    });
}
/** The commit a ref names, or undefined when this repository does not have it. */
async function resolveCommit(root, ref, timeoutMs) {
    const result = await git(root, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], timeoutMs);
    const sha = result.stdout.toString('utf8').trim();
    return result.ok && /^[0-9a-f]{40,64}$/.test(sha) ? sha : undefined;
}
/**
 * The text of `file` (relative to `root`, which is inside a git work tree) at `ref`. Never throws;
 * anything it cannot establish is `unknown`, with the reason.
 */
async function readFileAtRef(root, ref, file, options = {}) {
    const maxBytes = options.maxBytes ?? 1024 * 1024;
    const timeoutMs = options.timeoutMs ?? 10_000;
    if (!isSafeRef(ref))
        return { status: 'unknown', reason: `"${ref}" is not a ref mcpcop reads` };
    const top = await git(root, ['rev-parse', '--show-toplevel'], timeoutMs);
    if (!top.ok)
        return { status: 'unknown', reason: 'not a git work tree' };
    const relative = external_node_path_default().relative(top.stdout.toString('utf8').trim(), external_node_path_default().resolve(root, file)).split((external_node_path_default()).sep).join('/');
    if (relative.startsWith('../') || external_node_path_default().isAbsolute(relative))
        return { status: 'unknown', reason: 'the file is outside the work tree' };
    let commit = await resolveCommit(root, ref, timeoutMs);
    if (!commit && options.fetchMissing) {
        const fetched = await git(root, ['fetch', '--no-tags', '--depth=1', 'origin', ref], timeoutMs);
        if (fetched.ok)
            commit = (await resolveCommit(root, ref, timeoutMs)) ?? (await resolveCommit(root, 'FETCH_HEAD', timeoutMs));
    }
    if (!commit)
        return { status: 'unknown', reason: `the commit ${ref} is not in this clone (fetch it, e.g. fetch-depth: 0)` };
    // `ls-tree` tells a missing path (empty output) from an error; `-z` keeps odd names intact.
    const listed = await git(root, ['ls-tree', '-z', '--long', '--full-tree', commit, '--', relative], timeoutMs);
    if (!listed.ok)
        return { status: 'unknown', reason: listed.error ?? 'git ls-tree failed' };
    const entry = listed.stdout.toString('utf8');
    if (entry === '')
        return { status: 'absent' };
    const match = /^\d+ (\w+) ([0-9a-f]+)\s+(\d+|-)\t/.exec(entry);
    if (!match || match[1] !== 'blob')
        return { status: 'unknown', reason: 'not a file at that commit' };
    if (Number(match[3]) > maxBytes)
        return { status: 'unknown', reason: 'the file at that commit is too large' };
    const blob = await git(root, ['cat-file', 'blob', match[2]], timeoutMs, maxBytes + 1);
    if (!blob.ok)
        return { status: 'unknown', reason: blob.error ?? 'git cat-file failed' };
    return { status: 'found', text: blob.stdout.toString('utf8') };
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
;// CONCATENATED MODULE: ./src/github/context.ts

/**
 * Reads the run's context from the runner's environment variables and event file. Read on each
 * call (unlike `@actions/github`'s `context`, fixed when the module loads), so one process can
 * act for several runs, as the tests do.
 */
function readRunContext(env = process.env) {
    const payload = readPayload(env.GITHUB_EVENT_PATH);
    const [owner = '', repo = ''] = (env.GITHUB_REPOSITORY ?? '').split('/');
    const serverUrl = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
    const context = {
        eventName: env.GITHUB_EVENT_NAME ?? '',
        payload,
        owner,
        repo,
        apiUrl: (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, ''),
        serverUrl
    };
    const pullRequest = pullRequestOf(payload, `${owner}/${repo}`);
    if (pullRequest)
        context.pullRequest = pullRequest;
    if (env.GITHUB_RUN_ID && owner && repo) {
        const attempt = Number(env.GITHUB_RUN_ATTEMPT);
        context.runUrl =
            `${serverUrl}/${owner}/${repo}/actions/runs/${env.GITHUB_RUN_ID}` + (attempt > 1 ? `/attempts/${attempt}` : '');
    }
    return context;
}
function readPayload(file) {
    if (!file || !(0,external_node_fs_.existsSync)(file))
        return {};
    try {
        const value = JSON.parse((0,external_node_fs_.readFileSync)(file, 'utf8'));
        return value && typeof value === 'object' && !Array.isArray(value) ? value : {};
    }
    catch {
        return {};
    }
}
/**
 * The pull request of `pull_request`/`pull_request_target` (and `issue_comment` on a pull request).
 * `push`, `merge_group`, `schedule` and the rest have none, so nothing is commented there.
 */
function pullRequestOf(payload, repository) {
    const pr = record(payload.pull_request);
    if (pr && typeof pr.number === 'number') {
        const head = record(record(pr.head)?.repo);
        const base = record(record(pr.base)?.repo);
        const headName = typeof head?.full_name === 'string' ? head.full_name : undefined;
        const baseName = typeof base?.full_name === 'string' ? base.full_name : repository;
        // A deleted fork leaves head.repo null: treat it as a fork, whose token is read-only.
        return { number: pr.number, fromFork: headName === undefined || headName.toLowerCase() !== baseName.toLowerCase() };
    }
    const issue = record(payload.issue);
    if (issue && typeof issue.number === 'number' && issue.pull_request !== undefined)
        return { number: issue.number, fromFork: false };
    return undefined;
}
function record(value) {
    return value && typeof value === 'object' && !Array.isArray(value) ? value : undefined;
}

;// CONCATENATED MODULE: ./src/github/review-notes.ts



/**
 * What a reviewer of a pull request must be told besides the findings: that the pull request
 * brings its own mcpcop settings (and what they leave out or turn off), and that a dry run could
 * not isolate the servers it started. Empty outside a pull request and when all is as usual.
 */
async function reviewNotes(result, options, containment) {
    const notes = [];
    if (result.settings) {
        const ref = baseRefOf(options.env, readRunContext(options.env).payload);
        const base = ref
            ? await readFileAtRef(options.cwd, ref, result.settings.file, {
                maxBytes: 256 * 1024,
                fetchMissing: options.fetchMissing
            })
            : undefined;
        const note = (0,src_config/* settingsChangeNote */.CC)(result.settings, result.config, base);
        if (note)
            notes.push(note);
    }
    if (containment && !containment.isolated)
        notes.push(containment.summary);
    return notes;
}

// EXTERNAL MODULE: ./src/read.ts
var src_read = __webpack_require__(2883);
// EXTERNAL MODULE: ./src/compare/fingerprint.ts
var fingerprint = __webpack_require__(3187);
;// CONCATENATED MODULE: ./src/baseline.ts





/**
 * The baseline: the findings a project had when it adopted mcpcop, committed so that later runs report
 * only what is not in it (ESLint's suppressions file, with fingerprints). Per file and rule, the number
 * of findings and the fingerprint of each, so a finding that moves lines is still the same finding
 * and one that disappears can be dropped from the file.
 */
/** Default name, next to the settings file (or in the working directory when there is none). */
const BASELINE_FILE = '.mcpcop-baseline.json';
/** A baseline file is small; a larger one is refused unread. */
const MAX_BASELINE_BYTES = 4 * 1024 * 1024;
/**
 * Where the baseline is: the given path, or BASELINE_FILE in the settings file's folder (the working
 * directory when there is no settings file). Relative to the working directory.
 */
function baselinePath(result, explicit) {
    return explicit || external_node_path_default().posix.join(result.settingsDir ?? '.', BASELINE_FILE);
}
/** A finding's path as the baseline writes it: relative to the baseline file's folder. */
function pathInBaseline(baselineFile, file) {
    return external_node_path_default().posix.relative(external_node_path_default().posix.dirname(baselineFile), file) || file;
}
function fingerprintIn(baselineFile, d) {
    return (0,fingerprint/* hashKey */.EN)((0,fingerprint/* findingKey */.fl)({ ...d, file: pathInBaseline(baselineFile, d.file) }));
}
/**
 * A baseline of these findings (those about unreadable or unchecked files are never baselined), plus
 * the entries of `kept` (a previous baseline's, for rules this run could not report: dry-run findings
 * written again without --dry-run), as they were.
 */
function buildBaseline(diagnostics, baselineFile, kept) {
    // No prototype: a path or rule id such as "__proto__" is a key like any other.
    const files = Object.create(null);
    const carried = Object.entries(kept?.files ?? {}).flatMap(([file, rules]) => Object.entries(rules).flatMap(([rule, entry]) => entry.fingerprints.map((print) => ({ file, rule, print }))));
    const sorted = [...diagnostics]
        .filter((d) => !src_config/* UNSUPPRESSIBLE_RULES */.zF.has(d.ruleId))
        .map((d) => ({ file: pathInBaseline(baselineFile, d.file), rule: d.ruleId, print: fingerprintIn(baselineFile, d) }))
        .concat(carried)
        .sort((a, b) => cmp(a.file, b.file) || cmp(a.rule, b.rule) || cmp(a.print, b.print));
    for (const { file, rule, print } of sorted) {
        const rules = (files[file] ??= Object.create(null));
        const entry = (rules[rule] ??= { count: 0, fingerprints: [] });
        entry.count++;
        entry.fingerprints.push(print);
    }
    return { version: 1, files };
}
const cmp = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
/** The part of a baseline about the rules `keep` accepts (the others' entries are left out). */
function baselineOf(baseline, keep) {
    const files = Object.create(null);
    for (const [file, rules] of Object.entries(baseline.files))
        for (const [rule, entry] of Object.entries(rules))
            if (keep(rule))
                (files[file] ??= Object.create(null))[rule] = entry;
    return { version: 1, files };
}
/** The baseline as committed: stable key order, one fingerprint per line, a final newline. */
function formatBaseline(baseline) {
    return JSON.stringify(baseline, null, 2) + '\n';
}
/**
 * Leaves out the findings the baseline holds (each fingerprint once per time it is listed) and says
 * which baselined findings were not found any more.
 */
function applyBaseline(diagnostics, loaded) {
    const remaining = new Map();
    const slot = (file, rule, print) => `${file}\u0000${rule}\u0000${print}`;
    for (const [file, rules] of Object.entries(loaded.baseline.files))
        for (const [rule, entry] of Object.entries(rules))
            for (const print of entry.fingerprints) {
                const key = slot(file, rule, print);
                remaining.set(key, (remaining.get(key) ?? 0) + 1);
            }
    const kept = [];
    const baselined = [];
    for (const d of diagnostics) {
        const key = slot(pathInBaseline(loaded.file, d.file), d.ruleId, fingerprintIn(loaded.file, d));
        const left = remaining.get(key) ?? 0;
        if (left > 0 && !src_config/* UNSUPPRESSIBLE_RULES */.zF.has(d.ruleId)) {
            remaining.set(key, left - 1);
            baselined.push(d);
        }
        else
            kept.push(d);
    }
    const gone = new Map();
    for (const [key, left] of remaining) {
        if (left === 0)
            continue;
        const [file, rule] = key.split('\u0000');
        const entry = gone.get(`${file}\u0000${rule}`) ?? { file, rule, count: 0 };
        entry.count += left;
        gone.set(`${file}\u0000${rule}`, entry);
    }
    return { kept, baselined, gone: [...gone.values()] };
}
/** Why a baseline file cannot be used; the run then goes on without it. */
class BaselineError extends Error {
}
/**
 * Reads a baseline file (relative to `cwd`) through the guarded reader. Undefined when there is none;
 * throws BaselineError when it is unreadable or not a baseline.
 */
function readBaseline(cwd, file) {
    const absolute = external_node_path_default().resolve(cwd, file);
    if ((0,external_node_fs_.lstatSync)(absolute, { throwIfNoEntry: false }) === undefined)
        return undefined;
    const read = (0,src_read/* readGuarded */.vK)(absolute, { root: cwd, maxBytes: MAX_BASELINE_BYTES });
    if (read.refusal)
        throw new BaselineError(`${file}: ${read.refusal.reason}`);
    return { file, baseline: parseBaseline(read.bytes.toString('utf8'), file) };
}
/** Parses and checks a baseline's text. */
function parseBaseline(text, file) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch {
        throw new BaselineError(`${file} is not JSON; write it again with --write-baseline`);
    }
    const bad = () => {
        throw new BaselineError(`${file} is not an mcpcop baseline (version 1); write it again with --write-baseline`);
    };
    if (!isRecord(value) || value.version !== 1 || !isRecord(value.files))
        return bad();
    for (const rules of Object.values(value.files)) {
        if (!isRecord(rules))
            return bad();
        for (const entry of Object.values(rules)) {
            if (!isRecord(entry) || !Array.isArray(entry.fingerprints))
                return bad();
            if (!entry.fingerprints.every((p) => typeof p === 'string' && /^[0-9a-f]{16}$/.test(p)))
                return bad();
            if (entry.count !== entry.fingerprints.length)
                return bad();
        }
    }
    return value;
}
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// EXTERNAL MODULE: ./src/engine.ts + 1 modules
var engine = __webpack_require__(8483);
// EXTERNAL MODULE: ./src/diagnostics.ts
var diagnostics = __webpack_require__(4851);
// EXTERNAL MODULE: ./src/report/summary.ts
var summary = __webpack_require__(7994);
// EXTERNAL MODULE: ./src/finding.ts
var finding = __webpack_require__(2018);
// EXTERNAL MODULE: ./src/presets.ts
var presets = __webpack_require__(1975);
// EXTERNAL MODULE: ./src/rules/index.ts + 45 modules
var rules = __webpack_require__(4587);
// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(4006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
;// CONCATENATED MODULE: ./src/suppressions.ts

/** Today's date in UTC, as the `until` dates are written. */
function todayUtc(now = new Date()) {
    return now.toISOString().slice(0, 10);
}
/**
 * Leaves out the findings that an active suppression matches, and reports each suppression that has
 * expired (its findings are back) or that matched nothing in the files it names (remove it).
 */
function applySuppressions(diagnostics, suppressions, options) {
    if (suppressions.length === 0)
        return { kept: [...diagnostics], suppressed: [], problems: [] };
    const active = suppressions.map((s) => ({
        s,
        expired: s.until !== undefined && s.until < options.today,
        match: s.file === undefined ? () => true : picomatch_default()(s.file, { dot: true }),
        used: false
    }));
    const kept = [];
    const suppressed = [];
    for (const d of diagnostics) {
        const by = active.find((a) => !a.expired &&
            a.s.rule === d.ruleId &&
            (a.s.server === undefined || a.s.server === d.server) &&
            a.match(options.fromSettings(d.file)));
        if (!by) {
            kept.push(d);
            continue;
        }
        by.used = true;
        suppressed.push({ diagnostic: d, reason: by.s.reason });
    }
    const problems = [];
    for (const a of active) {
        const at = { file: options.settingsFile, ...position(a.s.range) };
        if (a.expired) {
            problems.push({
                ruleId: 'suppression-expired',
                severity: 'warning',
                message: `suppression of ${describe(a.s)} expired on ${a.s.until}: fix the finding or renew the date`,
                ...at,
                messageId: 'expired',
                data: { rule: a.s.rule, until: a.s.until ?? '' }
            });
            continue;
        }
        const inScope = a.s.file === undefined || options.checkedFiles.some((f) => a.match(options.fromSettings(f)));
        if (!a.used && inScope && options.couldReport(a.s.rule))
            problems.push({
                ruleId: 'suppression-unused',
                severity: 'warning',
                message: `suppression of ${describe(a.s)} matches no finding: remove it`,
                ...at,
                messageId: 'unused',
                data: { rule: a.s.rule }
            });
    }
    return { kept, suppressed, problems };
}
function describe(s) {
    const where = [s.server === undefined ? '' : `"${s.server}"`, s.file === undefined ? '' : `in ${s.file}`]
        .filter(Boolean)
        .join(' ');
    return `${s.rule}${where ? ` (${where})` : ''}`;
}
function position(range) {
    return { line: range.start.line, column: range.start.column, endLine: range.end.line, endColumn: range.end.column };
}

;// CONCATENATED MODULE: ./src/settle.ts







/** Rules whose findings only a dry run makes. */
const DYNAMIC_RULES = new Set(rules/* RULES */.y0.filter((r) => r.checkSurface !== undefined).map((r) => r.id));
/** Findings only a dry run can make (its own and the surface rules'): without one, not finding them says nothing. */
function needsDryRun(ruleId) {
    return DYNAMIC_RULES.has(ruleId) || (0,diagnostics/* ruleInfo */.PI)(ruleId).tags.includes('dry-run');
}
/**
 * Applies what the project decided about its findings after the lint and the dry run: the settings
 * file's suppressions (each with its reason; an expired or unused one is itself a finding), then the
 * baseline. Both shells call it, so the CLI and the action agree.
 */
function settle(result, options) {
    const settingsFile = result.settingsFile ?? '.mcpcop.json';
    const settingsDir = result.settingsDir ?? '.';
    const couldReport = (ruleId) => options.dryRun || !needsDryRun(ruleId);
    const outcome = applySuppressions(result.report.diagnostics, result.config.suppressions ?? [], {
        settingsFile,
        fromSettings: (file) => external_node_path_default().posix.relative(settingsDir, file),
        checkedFiles: result.report.files.map((f) => f.path),
        today: options.today ?? todayUtc(),
        couldReport
    });
    // Problems with suppressions take the severity the settings give their rule, like any finding.
    const problems = outcome.problems.flatMap((d) => {
        const level = result.config.rules[d.ruleId];
        if (level === 'off' || (0,presets/* isRuleOff */._Q)(d.ruleId, result.config))
            return [];
        return [level ? { ...d, severity: level } : d];
    });
    const baseline = options.baseline
        ? applyBaseline(outcome.kept, options.baseline)
        : { kept: outcome.kept, baselined: [], gone: [] };
    return {
        diagnostics: [...baseline.kept, ...problems].sort(finding/* compareDiagnostics */.oV),
        suppressed: outcome.suppressed,
        baselined: baseline.baselined,
        // A baseline written with --dry-run holds dry-run findings, which are not gone when this run did not dry-run.
        gone: baseline.gone.filter((entry) => couldReport(entry.rule))
    };
}

// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
// EXTERNAL MODULE: ./src/hosts/index.ts + 34 modules
var hosts = __webpack_require__(1262);
;// CONCATENATED MODULE: ./src/cli/extras.ts








/**
 * The CLI's conveniences that do not lint: list the rules, explain one, print the effective settings,
 * write a starter settings file and workflow.
 */
/** `--list-rules`: one line per rule (id, preset, default severity, what it catches). */
function listRules() {
    const ids = (0,diagnostics/* knownRuleIds */.Q7)();
    const width = Math.max(...ids.map((id) => id.length));
    const rows = ids.map((id) => {
        const info = (0,diagnostics/* ruleInfo */.PI)(id);
        return `${id.padEnd(width)}  ${(0,presets/* presetOf */.jE)(id).padEnd(11)}  ${info.defaultSeverity.padEnd(7)}  ${info.description}`;
    });
    return `${'rule'.padEnd(width)}  ${'preset'.padEnd(11)}  ${'severity'.padEnd(7)} what it catches\n${rows.join('\n')}\n`;
}
/** The folder of the documentation shipped with the package (`docs/` next to `dist/` or `src/`). */
function docsFolder() {
    let dir = external_node_path_default().dirname((0,external_node_url_.fileURLToPath)(import.meta.url));
    for (let i = 0; i < 4; i++) {
        const candidate = external_node_path_default().join(dir, 'docs', 'rules');
        if ((0,external_node_fs_.existsSync)(candidate))
            return candidate;
        dir = external_node_path_default().dirname(dir);
    }
    return undefined;
}
/**
 * `--explain RULE`: the rule's documentation page (why it matters and how to fix it), or, for a
 * diagnostic of the engine itself, its one line and where it is documented. Undefined for an id
 * mcpcop does not know.
 */
function explainRule(id) {
    if (!(0,diagnostics/* knownRuleIds */.Q7)().includes(id))
        return undefined;
    const docs = docsFolder();
    const page = docs && /^[a-z0-9-]+$/.test(id) ? external_node_path_default().join(docs, `${id}.md`) : undefined;
    if (page && (0,external_node_fs_.existsSync)(page))
        return (0,external_node_fs_.readFileSync)(page, 'utf8');
    const info = (0,diagnostics/* ruleInfo */.PI)(id);
    return `# ${id}\n\n> ${info.description}\n\nDefault severity: **${info.defaultSeverity}** · Preset: ${(0,presets/* presetOf */.jE)(id)}\n\nDocumentation: ${info.helpUri}\n`;
}
/** `--print-config`: the settings in effect, as JSON, with every rule's severity. */
function printConfig(loaded) {
    const { config } = loaded;
    const rules = Object.fromEntries((0,diagnostics/* knownRuleIds */.Q7)().map((id) => [id, (0,presets/* effectiveSeverity */.XP)(id, config)]));
    return (JSON.stringify({
        settingsFile: loaded.file ?? null,
        preset: config.preset ?? 'recommended',
        rules,
        ignore: config.ignore,
        ignoreServers: config.ignoreServers,
        suppressions: (config.suppressions ?? []).map(({ range: _range, ...rest }) => rest),
        baseline: baselinePath({ settingsDir: loaded.settingsDir })
    }, null, 2) + '\n');
}
const STARTER_SETTINGS = `{
  "$schema": "https://github.com/mcpcop/mcpcop/raw/main/schemas/mcpcop-config.schema.json",
  "preset": "recommended",
  "rules": {},
  "ignore": [],
  "suppressions": []
}
`;
const STARTER_WORKFLOW = `# Checks the MCP server configs on every pull request: only what a pull request introduces is
# reported there (the rest is counted in the job summary). See https://github.com/mcpcop/mcpcop
name: MCP configs
on:
  pull_request:
  push:
    branches: [main]
  merge_group: # needed when the check is required and the branch uses a merge queue

permissions:
  contents: read
  pull-requests: write # the sticky comment; optional

concurrency:
  group: mcpcop-\${{ github.event.pull_request.number || github.ref }}
  cancel-in-progress: true

jobs:
  mcpcop:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v7
      - uses: mcpcop/mcpcop@v1
`;
/** The files `--init` writes, relative to the working directory. */
const INIT_FILES = [
    [src_config/* CONFIG_FILE_NAMES */.HR[0], STARTER_SETTINGS],
    ['.github/workflows/mcpcop.yml', STARTER_WORKFLOW]
];
/**
 * `--init`: writes a starter settings file and workflow, leaving any file that exists as it is.
 * Returns one line per file saying what happened.
 */
function init(cwd) {
    const lines = [];
    const existing = src_config/* CONFIG_FILE_NAMES */.HR.find((name) => (0,external_node_fs_.existsSync)(external_node_path_default().join(cwd, name)));
    for (const [file, content] of INIT_FILES) {
        const absolute = external_node_path_default().join(cwd, file);
        if (file === src_config/* CONFIG_FILE_NAMES */.HR[0] && existing) {
            lines.push(`${existing} exists: left as it is`);
            continue;
        }
        if ((0,external_node_fs_.existsSync)(absolute)) {
            lines.push(`${file} exists: left as it is`);
            continue;
        }
        (0,external_node_fs_.mkdirSync)(external_node_path_default().dirname(absolute), { recursive: true });
        (0,external_node_fs_.writeFileSync)(absolute, content, { flag: 'wx' });
        lines.push(`wrote ${file}`);
    }
    return lines;
}
/** The file names hosts read, for "no MCP config found (looked for: …)". */
function lookedFor() {
    const names = new Set();
    for (const host of hosts/* HOSTS */.kZ)
        for (const pattern of host.patterns)
            names.add(pattern.replace(/^\*\*\//, ''));
    return [...names].join(', ');
}

// EXTERNAL MODULE: ./src/nearest.ts
var src_nearest = __webpack_require__(7909);
// EXTERNAL MODULE: ./src/report/annotations.ts
var annotations = __webpack_require__(856);
// EXTERNAL MODULE: ./src/mask.ts
var mask = __webpack_require__(5235);
// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
// EXTERNAL MODULE: ./src/cli/help.ts
var help = __webpack_require__(7911);
// EXTERNAL MODULE: ./src/cli/color.ts
var cli_color = __webpack_require__(2477);
// EXTERNAL MODULE: ./src/cli/output.ts
var output = __webpack_require__(6657);
;// CONCATENATED MODULE: ./src/cli/run.ts






















const FAIL_LEVELS = ['error', 'warning', 'notice', 'never'];
/** Runs the CLI with the given arguments and returns the exit code. */
async function runCli(argv, io) {
    // Subcommands, loaded only when used; the bare command stays the repository linter.
    if (argv[0] === 'doctor')
        return (await Promise.all(/* import() */[__webpack_require__.e(7300), __webpack_require__.e(8447)]).then(__webpack_require__.bind(__webpack_require__, 8447))).runDoctor(argv.slice(1), io);
    if (argv[0] === 'why')
        return (await Promise.all(/* import() */[__webpack_require__.e(7300), __webpack_require__.e(628)]).then(__webpack_require__.bind(__webpack_require__, 628))).runWhy(argv.slice(1), io);
    let parsed;
    try {
        parsed = (0,external_node_util_.parseArgs)({ args: argv, allowPositionals: true, tokens: true, options: help/* OPTIONS */.lw });
    }
    catch (error) {
        return usage(io, argumentError(argv, error));
    }
    const { values, positionals, tokens } = parsed;
    if (values.help) {
        io.stdout(help/* HELP */._$);
        return 0;
    }
    if (values.version) {
        io.stdout(`${version/* VERSION */.x}\n`);
        return 0;
    }
    if (values['list-hosts']) {
        io.stdout(hosts/* HOSTS */.kZ.map((h) => `${h.id.padEnd(18)} ${h.name.padEnd(22)} ${h.patterns.join(', ') || '(user files only: mcpcop doctor)'}`).join('\n') + '\n');
        return 0;
    }
    if (values['list-rules']) {
        io.stdout(listRules());
        return 0;
    }
    if (values.explain !== undefined) {
        const page = explainRule(values.explain);
        if (page === undefined) {
            const guess = (0,src_nearest/* nearestName */.q)(values.explain, (0,diagnostics/* knownRuleIds */.Q7)());
            return usage(io, `unknown rule "${values.explain}"` + (guess ? `; did you mean "${guess}"?` : '; see --list-rules'));
        }
        io.stdout(page.endsWith('\n') ? page : `${page}\n`);
        return 0;
    }
    if (values.init) {
        for (const line of init(io.cwd))
            io.stdout(`mcpcop: ${line}\n`);
        return 0;
    }
    if (values['print-config']) {
        try {
            const file = values.config ?? (0,src_config/* findSettingsFile */.Db)(io.cwd);
            await (0,src_config/* prepareSettings */.PN)(io.cwd, file);
            const loaded = (0,src_config/* loadConfig */.Z9)(io.cwd, file, (0,diagnostics/* knownRuleIds */.Q7)());
            const settingsDir = loaded.file && !values.config ? external_node_path_default().posix.dirname(loaded.file) : '.';
            for (const d of loaded.diagnostics)
                io.stderr(`${(0,annotations.plainLine)(d)}\n`);
            io.stdout(printConfig({ ...loaded, settingsDir }));
            return loaded.diagnostics.some((d) => d.severity === 'error') ? 1 : 0;
        }
        catch (error) {
            return usage(io, error.message);
        }
    }
    const maxWarnings = values['max-warnings'] === undefined ? undefined : wholeNumber(values['max-warnings']);
    if (maxWarnings === null)
        return usage(io, `--max-warnings must be a whole number (0 or more), not "${values['max-warnings']}"`);
    const format = values.format;
    const failOn = values['fail-on'];
    if (!help/* FORMATS */.hR.includes(format))
        return usage(io, `unknown format "${format}"; use one of ${help/* FORMATS */.hR.join(', ')}`);
    if (!FAIL_LEVELS.includes(failOn))
        return usage(io, `unknown --fail-on level "${failOn}"; use one of ${FAIL_LEVELS.join(', ')}`);
    const timeoutMs = positiveInteger(values.timeout, defaults/* DRY_RUN_DEFAULTS */.L.timeoutMs);
    const concurrency = positiveInteger(values.concurrency, defaults/* DRY_RUN_DEFAULTS */.L.concurrency);
    if (timeoutMs === undefined)
        return usage(io, `--timeout must be a whole number of milliseconds above 0, not "${values.timeout}"`);
    if (concurrency === undefined)
        return usage(io, `--concurrency must be a whole number above 0, not "${values.concurrency}"`);
    const passEnv = (values['pass-env'] ?? [])
        .flatMap((v) => v.split(','))
        .map((v) => v.trim())
        .filter(Boolean);
    const denied = passEnv.filter(env/* isDeniedVariable */.ul);
    if (denied.length > 0)
        return usage(io, `--pass-env ${denied.join(', ')}: runner credentials (GITHUB_*TOKEN*, ACTIONS_*, INPUT_*) are never given to configured servers`);
    // The dotenv reader is loaded only when a file is named.
    const envFiles = values['env-file']?.length
        ? (await __webpack_require__.e(/* import() */ 4248).then(__webpack_require__.bind(__webpack_require__, 4248))).readEnvFiles(io.cwd, values['env-file'])
        : { variables: {} };
    if (envFiles.problem !== undefined)
        return usage(io, envFiles.problem);
    const fileVariables = envFiles.variables;
    // A folder the report cannot go to is told before the work, not after a long dry run.
    if (values.output !== undefined) {
        const problem = (0,output/* prepareReportFolder */.OJ)(io.cwd, values.output);
        if (problem)
            return cannotWrite(io, values.output, problem);
    }
    const fromStdin = positionals.includes('-');
    if (fromStdin && (positionals.length > 1 || values.host === undefined))
        return usage(io, 'reading a config from standard input (-) needs --host, and no other path');
    if (fromStdin && values['write-baseline'])
        return usage(io, '--write-baseline does not take standard input');
    try {
        const result = fromStdin
            ? await lintStdin(io, values.host, values.config)
            : await (0,engine/* lint */.u8)({ paths: positionals, cwd: io.cwd, host: values.host, config: values.config });
        if (result.missing.length > 0)
            return usage(io, `no such file, directory or match: ${result.missing.join(', ')}`);
        if (result.report.files.length === 0)
            io.stderr(`mcpcop: no MCP config found in ${positionals.length > 0 ? positionals.join(', ') : 'this folder'} (looked for: ${lookedFor()})\n`);
        // Only here, and only when asked, is anything from a config executed.
        const lintFindings = new Set(result.report.diagnostics);
        let dry = {};
        if (values['dry-run'] || values['update-lock']) {
            // Variables from --env-file are passed like --pass-env ones, and masked like found credentials.
            for (const value of Object.values(fileVariables))
                if (value.length >= 4)
                    result.secrets.add(value);
            const env = { ...io.env, ...fileVariables };
            const ran = await addDryRun(result, { cwd: io.cwd, env, passEnv: [...passEnv, ...Object.keys(fileVariables)], timeoutMs, concurrency }, values['update-lock'] ? 'update' : 'compare');
            dry = ran.dry;
            if (ran.update)
                io.stderr((0,mask/* redact */.E$)((await Promise.all(/* import() */[__webpack_require__.e(4440), __webpack_require__.e(592), __webpack_require__.e(7291), __webpack_require__.e(6613)]).then(__webpack_require__.bind(__webpack_require__, 6613))).describeUpdate(ran.update), result.secrets));
        }
        // What the project settled: suppressions in the settings, then the committed baseline.
        const baselineFile = baselinePath(result, values.baseline);
        let baseline;
        if (!values['write-baseline'] && !fromStdin) {
            try {
                baseline = readBaseline(io.cwd, baselineFile);
            }
            catch (error) {
                if (!(error instanceof BaselineError))
                    throw error;
                return usage(io, error.message);
            }
            if (!baseline && values.baseline !== undefined)
                return usage(io, `baseline file not found: ${values.baseline}`);
        }
        const dryRan = Boolean(values['dry-run'] || values['update-lock']);
        const settled = settle(result, { baseline, dryRun: dryRan });
        let diagnostics = settled.diagnostics;
        if (values['write-baseline']) {
            const recorded = diagnostics.filter((d) => !src_config/* UNSUPPRESSIBLE_RULES */.zF.has(d.ruleId) && !d.ruleId.startsWith('suppression-'));
            // Without --dry-run, the dry-run findings a baseline holds were not looked for: keep them as they were.
            const carried = dryRan ? undefined : previousDryRunEntries(io.cwd, baselineFile);
            const written = buildBaseline(recorded, baselineFile, carried);
            const problem = (0,output/* writeReportFile */.aS)(io.cwd, baselineFile, formatBaseline(written));
            if (problem)
                return cannotWrite(io, baselineFile, problem);
            const files = new Set(recorded.map((d) => d.file)).size;
            const carriedCount = Object.values(carried?.files ?? {}).reduce((n, rules) => n + Object.values(rules).reduce((m, entry) => m + entry.fingerprints.length, 0), 0);
            const kept = carriedCount > 0
                ? ` (and kept ${(0,summary/* plural */.LS)(carriedCount, 'dry-run finding')}: run with --dry-run to renew them)`
                : '';
            io.stderr(`mcpcop: wrote ${(0,summary/* plural */.LS)(recorded.length, 'finding')} in ${(0,summary/* plural */.LS)(files, 'file')} to ${baselineFile}${kept}\n`);
            const recordedNow = new Set(recorded);
            diagnostics = diagnostics.filter((d) => !recordedNow.has(d));
        }
        if (settled.gone.length > 0) {
            const gone = settled.gone.reduce((n, g) => n + g.count, 0);
            // Only a dry run writes dry-run findings again (without one, the baseline keeps them).
            const rewrite = settled.gone.some((g) => needsDryRun(g.rule)) ? ' --dry-run' : '';
            io.stderr(`mcpcop: ${(0,summary/* plural */.LS)(gone, 'baselined finding')} no longer ${gone === 1 ? 'occurs' : 'occur'}: run "mcpcop --write-baseline${rewrite}" to shrink ${baseline.file}\n`);
        }
        if (values.base !== undefined) {
            const scoped = await sinceBase(result, diagnostics, lintFindings, values.base, io.cwd, baselineFile);
            if (typeof scoped === 'string')
                return usage(io, scoped);
            diagnostics = scoped.introduced;
            if (scoped.preexisting.length > 0)
                io.stderr(`mcpcop: ${(0,summary/* plural */.LS)(scoped.preexisting.length, 'pre-existing finding')} since ${values.base} not reported (run without --base to see them)\n`);
        }
        const counts = (0,summary/* countBySeverity */.Ot)(diagnostics);
        if (values.quiet)
            diagnostics = diagnostics.filter((d) => d.severity === 'error');
        result.report = { ...result.report, diagnostics };
        // The last of --color and --no-color wins, as with most command lines.
        const colorFlag = tokens
            .flatMap((t) => (t.kind === 'option' && (t.name === 'color' || t.name === 'no-color') ? [t.name] : []))
            .at(-1);
        const color = (0,cli_color/* wantsColor */.z)({
            flag: colorFlag === undefined ? undefined : colorFlag === 'color',
            env: io.env,
            isTTY: io.isTTY,
            toFile: values.output !== undefined
        });
        // Code frames quote the source: mask every secret found in the configs in whatever is printed.
        const notes = await reviewNotes(result, { cwd: io.cwd, env: io.env, fetchMissing: io.env.GITHUB_ACTIONS === 'true' }, dry.containment);
        const text = (0,mask/* redact */.E$)(await render(format, result, { color, failOn, notes }), result.secrets);
        if (values.output !== undefined) {
            const problem = (0,output/* writeReportFile */.aS)(io.cwd, values.output, text);
            if (problem)
                return cannotWrite(io, values.output, problem);
        }
        else
            io.stdout(text);
        if (dry.interrupted) {
            // What finished is reported above; the run itself did not complete.
            const done = result.report.servers.filter((r) => r.error?.kind !== 'interrupted').length;
            io.stderr(`mcpcop: interrupted (${dry.interrupted}): ${done} of ${result.report.servers.length} servers finished the dry run; every server process was ended\n`);
            return 2;
        }
        if (maxWarnings !== undefined && counts.warning > maxWarnings) {
            io.stderr(`mcpcop: ${(0,summary/* plural */.LS)(counts.warning, 'warning')}, more than --max-warnings ${maxWarnings}\n`);
            return 1;
        }
        return (0,summary/* reachesFailLevel */.GB)(result.report.diagnostics, failOn) ? 1 : 0;
    }
    catch (error) {
        if (error instanceof engine/* UsageError */.eb)
            return usage(io, error.message);
        // The message, not the stack: a stack trace in a CI log helps no reviewer (MCPCOP_DEBUG=1 shows it).
        const detail = io.env.MCPCOP_DEBUG
            ? (error.stack ?? String(error))
            : String(error?.message ?? error);
        io.stderr(`mcpcop: internal error: ${detail}\n`);
        return 2;
    }
}
/** The report in one of the output formats; only the reporter asked for is loaded. */
async function render(format, result, options) {
    switch (format) {
        case 'json':
            return (await __webpack_require__.e(/* import() */ 2794).then(__webpack_require__.bind(__webpack_require__, 2794))).formatJson(result.report);
        case 'sarif':
            return (await __webpack_require__.e(/* import() */ 643).then(__webpack_require__.bind(__webpack_require__, 643))).formatSarif(result.report, {
                version: version/* VERSION */.x,
                secrets: result.secrets
            });
        case 'markdown': {
            const { formatMarkdown, SUMMARY_MAX_BYTES } = await __webpack_require__.e(/* import() */ 4285).then(__webpack_require__.bind(__webpack_require__, 4285));
            return formatMarkdown(result.report, {
                failOn: options.failOn,
                maxBytes: SUMMARY_MAX_BYTES,
                secrets: result.secrets,
                moreHint: 'Run with `--format json` for all of them.',
                notes: options.notes
            });
        }
        case 'github':
            return (await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 856))).formatWorkflowCommands(result.report);
        default:
            return (await __webpack_require__.e(/* import() */ 1552).then(__webpack_require__.bind(__webpack_require__, 1552))).formatStylish(result.report, {
                color: options.color,
                sources: result.sources,
                secrets: result.secrets,
                notes: options.notes
            });
    }
}
/**
 * Runs the dry run and puts its results, its diagnostics and the surface rules' into the report;
 * compares with the tool lock, or writes it (`--update-lock`).
 */
async function addDryRun(result, options, lock) {
    // Loaded only for a dry run: the MCP SDK is most of the bundle, and a plain lint starts faster without it.
    const { dryRun } = await Promise.all(/* import() */[__webpack_require__.e(2420), __webpack_require__.e(4277)]).then(__webpack_require__.bind(__webpack_require__, 4277));
    const dry = await dryRun(result.servers, options);
    const { mergeDryRun } = await Promise.all(/* import() */[__webpack_require__.e(4440), __webpack_require__.e(592), __webpack_require__.e(7291), __webpack_require__.e(7800)]).then(__webpack_require__.bind(__webpack_require__, 7800));
    const update = mergeDryRun(result, dry, { cwd: options.cwd, lock });
    return { dry: { containment: dry.containment, interrupted: dry.interrupted }, update };
}
/**
 * Lints the config on standard input as a file of `host`'s format, under the settings of the working
 * directory; it is reported as `<stdin>`.
 */
async function lintStdin(io, host, config) {
    const named = (0,hosts/* hostById */.hL)(host);
    if (!named)
        throw new engine/* UsageError */.eb(`unknown host "${host}"`);
    if (!io.readStdin)
        throw new engine/* UsageError */.eb('standard input cannot be read here');
    let settings;
    try {
        const file = config ?? (0,src_config/* findSettingsFile */.Db)(io.cwd);
        await (0,src_config/* prepareSettings */.PN)(io.cwd, file);
        settings = (0,src_config/* loadConfig */.Z9)(io.cwd, file, (0,diagnostics/* knownRuleIds */.Q7)());
    }
    catch (error) {
        throw new engine/* UsageError */.eb(error.message);
    }
    const text = await io.readStdin();
    return await (0,engine/* lintSnapshot */.uI)({
        files: [{ path: STDIN_NAME, bytes: Buffer.from(text, 'utf8'), host: named.id }],
        settings,
        settingsDir: settings.file && !config ? external_node_path_default().posix.dirname(settings.file) : '.',
        exists: (relative) => (0,src_read/* existsInside */.pO)(io.cwd, relative)
    });
}
/** How a config read from standard input is named in the report. */
const STDIN_NAME = '<stdin>';
/** `--base`: splits the findings into those introduced since a git ref and the others, or says why it cannot. */
async function sinceBase(result, diagnostics, lintFindings, ref, cwd, baselineFile) {
    // Loaded only with --base: the comparison and git's history are not needed by a plain run.
    const { compareWithBase } = await __webpack_require__.e(/* import() */ 591).then(__webpack_require__.bind(__webpack_require__, 591));
    const { gitBaseSource } = await __webpack_require__.e(/* import() */ 2813).then(__webpack_require__.bind(__webpack_require__, 2813));
    const source = await gitBaseSource(cwd, ref, { fetch: false });
    if (typeof source === 'string')
        return `--base ${ref}: ${source}`;
    try {
        return await compareWithBase(result, {
            cwd,
            source,
            diagnostics: diagnostics.filter((d) => lintFindings.has(d) || d.ruleId.startsWith('suppression-')),
            dynamic: diagnostics.filter((d) => !lintFindings.has(d) && !d.ruleId.startsWith('suppression-')),
            policyFiles: [result.settingsFile, baselineFile].filter((f) => f !== undefined)
        });
    }
    catch (error) {
        return `--base ${ref}: ${error.message}`;
    }
}
function wholeNumber(value) {
    return /^\d{1,9}$/.test(value) ? Number(value) : null;
}
function positiveInteger(value, fallback) {
    if (value === undefined)
        return fallback;
    return /^\d+$/.test(value) && Number(value) > 0 ? Number(value) : undefined;
}
/** The message for arguments parseArgs refused; an unknown option gets the nearest known one. */
function argumentError(argv, error) {
    if (error.code !== 'ERR_PARSE_ARGS_UNKNOWN_OPTION')
        return error.message;
    // Parsed again leniently, only to learn which option was unknown, as typed.
    const { tokens } = (0,external_node_util_.parseArgs)({ args: argv, allowPositionals: true, strict: false, tokens: true, options: help/* OPTIONS */.lw });
    const unknown = tokens.find((t) => t.kind === 'option' && !Object.hasOwn(help/* OPTIONS */.lw, t.name));
    if (unknown?.kind !== 'option')
        return error.message;
    const longNames = Object.keys(help/* OPTIONS */.lw);
    const nearest = unknown.rawName.startsWith('--') ? (0,src_nearest/* nearestName */.q)(unknown.name, longNames) : undefined;
    return `unknown option "${unknown.rawName}"` + (nearest ? `; did you mean "--${nearest}"?` : '');
}
function cannotWrite(io, file, problem) {
    io.stderr(`mcpcop: cannot write the report to ${JSON.stringify(file)}: ${problem}\n`);
    return 2;
}
function usage(io, message) {
    io.stderr(`mcpcop: ${message}\nRun "mcpcop --help" for usage.\n`);
    return 2;
}
/** The dry-run findings of the baseline being written again (none when it is missing or unreadable). */
function previousDryRunEntries(cwd, baselineFile) {
    try {
        const previous = readBaseline(cwd, baselineFile);
        return previous && baselineOf(previous.baseline, needsDryRun);
    }
    catch (error) {
        if (error instanceof BaselineError)
            return undefined;
        throw error;
    }
}


/***/ }),

/***/ 3187:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EN: () => (/* binding */ hashKey),
/* harmony export */   Pq: () => (/* binding */ splitByBase),
/* harmony export */   WS: () => (/* binding */ fingerprints),
/* harmony export */   fl: () => (/* binding */ findingKey)
/* harmony export */ });
/* unused harmony export fingerprintHash */
/* harmony import */ var _lazy_crypto_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7847);

/**
 * What makes a finding the same finding after lines move: its rule, file and server, and what was
 * found (the message's data when the rule gives it, else the message with positions left out). Not
 * its line or column, so inserting a server above it does not make it new.
 */
function findingKey(d) {
    return [d.ruleId, d.file, d.server ?? '', whatWasFound(d)].join('\u0000');
}
// Data that only says where (a line, a column) would make a moved finding new.
const POSITION_DATA = /^(?:line|column|endLine|endColumn|.*(?:Line|Column))$/;
/**
 * What changes from run to run in a text a program printed, though the problem does not: a dry-run
 * server's error line quoted in a finding ("[2026-12-02T04:31:55Z] pid 4127: config missing").
 */
const VOLATILE = [
    [/\b\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?/g, '<time>'],
    [/\b\d{1,2}:\d{2}:\d{2}(?:[.,]\d{1,9})?\b/g, '<time>'],
    [/\b(pid|process|thread)([ #:=]{1,3})\d+/gi, '$1$2<n>'],
    [/\b0x[0-9a-f]{6,}\b/gi, '<address>'],
    [/\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi, '<uuid>'],
    [/\b\d+(?:\.\d+)?\s?(?:ms|s)\b/g, '<duration>']
];
function stable(value) {
    if (typeof value !== 'string')
        return value;
    let text = value;
    for (const [pattern, replacement] of VOLATILE)
        text = text.replace(pattern, replacement);
    return text;
}
function whatWasFound(d) {
    if (d.messageId !== undefined) {
        const data = Object.entries(d.data ?? {})
            .filter(([key]) => !POSITION_DATA.test(key))
            .map(([key, value]) => [key, stable(value)])
            .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
        return `${d.messageId}${JSON.stringify(data)}`;
    }
    // "(first defined on line 3)", "at 4:12": where, not what.
    return d.message.replace(/\b(line|lines|column) \d+/g, '$1 #').replace(/\b\d+:\d+\b/g, '#:#');
}
/** A short, stable hash of a finding's key (64 bits, hex). */
function hashKey(key) {
    return (0,_lazy_crypto_js__WEBPACK_IMPORTED_MODULE_0__/* .nodeCrypto */ .S)().createHash('sha256').update(key).digest('hex').slice(0, 16);
}
/**
 * The fingerprint of each diagnostic, in order: the hash of its key and, for identical findings in one
 * file, its occurrence (`:1`, `:2`, … in file order), as code scanning's `partialFingerprints` expect.
 */
function fingerprints(diagnostics) {
    const seen = new Map();
    return diagnostics.map((d) => {
        const hash = hashKey(findingKey(d));
        const occurrence = (seen.get(hash) ?? 0) + 1;
        seen.set(hash, occurrence);
        return `${hash}:${occurrence}`;
    });
}
/** The part of a fingerprint without its occurrence. */
function fingerprintHash(fingerprint) {
    return fingerprint.replace(/:\d+$/, '');
}
/**
 * Matches findings at head with findings at base by key. Identical findings (same key) are matched
 * one for one, those on an unchanged line first (`context` gives a line's text), so when a pull
 * request adds a third copy of a finding, the copy on the new line is the one reported.
 */
function splitByBase(head, base, context = { head: () => '', base: () => '' }) {
    const remaining = new Map();
    for (const d of base) {
        const key = findingKey(d);
        const list = remaining.get(key);
        if (list)
            list.push(context.base(d));
        else
            remaining.set(key, [context.base(d)]);
    }
    const matched = new Set();
    const candidates = new Map();
    for (const d of head) {
        const key = findingKey(d);
        const list = candidates.get(key);
        if (list)
            list.push(d);
        else
            candidates.set(key, [d]);
    }
    for (const [key, group] of candidates) {
        const pool = remaining.get(key);
        if (!pool)
            continue;
        // First the findings whose line is unchanged, then any, in file order.
        for (const d of group) {
            const at = pool.indexOf(context.head(d));
            if (at === -1)
                continue;
            pool.splice(at, 1);
            matched.add(d);
        }
        for (const d of group) {
            if (matched.has(d) || pool.length === 0)
                continue;
            pool.shift();
            matched.add(d);
        }
    }
    return {
        introduced: head.filter((d) => !matched.has(d)),
        preexisting: head.filter((d) => matched.has(d))
    };
}


/***/ }),

/***/ 2973:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CC: () => (/* binding */ settingsChangeNote),
/* harmony export */   Db: () => (/* binding */ findSettingsFile),
/* harmony export */   HR: () => (/* binding */ CONFIG_FILE_NAMES),
/* harmony export */   PN: () => (/* binding */ prepareSettings),
/* harmony export */   Z9: () => (/* binding */ loadConfig),
/* harmony export */   eQ: () => (/* binding */ ignoredFiles),
/* harmony export */   iv: () => (/* binding */ isIgnoredServer),
/* harmony export */   zF: () => (/* binding */ UNSUPPRESSIBLE_RULES)
/* harmony export */ });
/* unused harmony exports DEFAULT_CONFIG, MAX_SETTINGS_BYTES, settingsFromBytes, describePolicy */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(4006);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_12___default = /*#__PURE__*/__webpack_require__.n(picomatch__WEBPACK_IMPORTED_MODULE_12__);
/* harmony import */ var _finding_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2018);
/* harmony import */ var _parse_json_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1121);
/* harmony import */ var _parse_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2475);
/* harmony import */ var _parse_source_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3226);
/* harmony import */ var _read_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2883);
/* harmony import */ var _schema_validators_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(7803);
/* harmony import */ var _nearest_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(7909);
/* harmony import */ var _schema_validate_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(1465);
/* harmony import */ var _work_tree_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(4155);
/* harmony import */ var _lock_settings_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(5946);













const DEFAULT_CONFIG = { rules: {}, ignore: [], ignoreServers: [] };
/** File names looked for in the working directory when no `--config` is given. */
const CONFIG_FILE_NAMES = ['.mcpcop.json', '.mcpcop.yaml', '.mcpcop.yml'];
/** A settings file is a few hundred bytes; a larger one is refused unread. */
const MAX_SETTINGS_BYTES = 256 * 1024;
/**
 * Diagnostics that say a file could not be read or parsed, or that mcpcop itself failed. A
 * settings file arrives in the pull request like the configs it governs, so it can neither turn
 * these off nor change their severity, nor drop them with `ignoreServers`.
 */
const UNSUPPRESSIBLE_RULES = new Set([
    'syntax-error',
    'internal-error',
    'nesting-too-deep',
    'file-unreadable',
    'file-too-large',
    'file-binary',
    'file-encoding',
    'file-empty',
    'config-invalid',
    // A pull request could otherwise break the lock and turn off the one finding that says so.
    'lock-invalid'
]);
const isYamlSettings = (file) => /\.ya?ml$/i.test(file);
/**
 * Loads what `loadConfig(cwd, explicit)` will need, before it is called: nothing when there is no
 * settings file; its validator, and the YAML parser for a YAML one.
 */
async function prepareSettings(cwd, explicit) {
    const present = (name) => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(cwd, name), { throwIfNoEntry: false }) !== undefined;
    const candidate = explicit ?? CONFIG_FILE_NAMES.find(present);
    if (candidate === undefined)
        return;
    await (0,_schema_validators_js__WEBPACK_IMPORTED_MODULE_7__/* .loadValidators */ .As)(['mcpcop-config']);
    if (isYamlSettings(candidate))
        await (0,_parse_index_js__WEBPACK_IMPORTED_MODULE_4__/* .loadParsers */ .lB)(['yaml']);
}
/**
 * Reads the config file (the explicit one, or the first of CONFIG_FILE_NAMES found). Invalid parts
 * are reported as diagnostics in that file and left out; a missing explicit file throws.
 */
function loadConfig(cwd, explicit, knownRuleIds) {
    const present = (name) => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(cwd, name), { throwIfNoEntry: false }) !== undefined;
    const candidate = explicit ?? CONFIG_FILE_NAMES.find(present);
    if (candidate === undefined)
        return { config: DEFAULT_CONFIG, diagnostics: [] };
    const absolute = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(cwd, candidate);
    if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(absolute, { throwIfNoEntry: false }) === undefined)
        throw new Error(`config file not found: ${candidate}`);
    const file = node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(cwd, absolute).split((node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)).join('/');
    // Through the guarded reader like every config: a settings file that links out of the repository
    // (or to /dev/zero, a FIFO, a directory) is refused unread, so nothing of its target can be quoted.
    const root = file.startsWith('../') || node_path__WEBPACK_IMPORTED_MODULE_1___default().isAbsolute(file) ? node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(absolute) : cwd;
    const read = (0,_read_js__WEBPACK_IMPORTED_MODULE_6__/* .readGuarded */ .vK)(absolute, { root, maxBytes: MAX_SETTINGS_BYTES });
    const at = (ruleId, message) => settingsProblem(file, ruleId, message);
    if (read.refusal)
        return { config: DEFAULT_CONFIG, file, diagnostics: [at(read.refusal.ruleId, read.refusal.reason)] };
    return settingsFromBytes(read.bytes, file, knownRuleIds);
}
/** A problem with the settings file as a whole, reported at its first character. */
function settingsProblem(file, ruleId, message) {
    return {
        ruleId,
        severity: 'error',
        message: `${message}; the default settings are used`,
        file,
        line: 1,
        column: 1,
        endLine: 1,
        endColumn: 2
    };
}
/**
 * Settings from a file's bytes (read from disk, or from another commit): invalid parts are reported
 * as diagnostics in `file` and left out.
 */
function settingsFromBytes(bytes, file, knownRuleIds) {
    const at = (ruleId, message) => settingsProblem(file, ruleId, message);
    const decoded = (0,_read_js__WEBPACK_IMPORTED_MODULE_6__/* .decodeConfigBytes */ .ik)(bytes);
    if (decoded.text === undefined) {
        const problem = decoded.problems[0];
        // An empty settings file simply sets nothing.
        if (problem?.ruleId === 'file-empty')
            return { config: DEFAULT_CONFIG, file, diagnostics: [] };
        return { config: DEFAULT_CONFIG, file, diagnostics: decoded.problems.map((p) => at(p.ruleId, p.message)) };
    }
    const text = decoded.text;
    const parsed = isYamlSettings(file) ? (0,_parse_index_js__WEBPACK_IMPORTED_MODULE_4__/* .parserFor */ .D9)('yaml')(text) : (0,_parse_json_js__WEBPACK_IMPORTED_MODULE_3__/* .parseJson */ .q)(text, { strict: false, hostName: 'mcpcop' });
    const lines = new _parse_source_js__WEBPACK_IMPORTED_MODULE_5__/* .LineIndex */ .rr(text);
    const diagnostics = parsed.problems.map((p) => (0,_finding_js__WEBPACK_IMPORTED_MODULE_2__/* .toDiagnostic */ .Fd)(file, { ...p, range: lines.range(p.offset, p.length) }));
    if (!parsed.doc)
        return { config: DEFAULT_CONFIG, file, diagnostics, text };
    const findings = (0,_schema_validate_js__WEBPACK_IMPORTED_MODULE_9__/* .validateDocument */ .mv)((0,_schema_validators_js__WEBPACK_IMPORTED_MODULE_7__/* .validatorFor */ .qA)('mcpcop-config'), parsed.doc, {
        unknownKeySeverity: 'error',
        hostName: 'mcpcop'
    });
    diagnostics.push(...findings.map((f) => (0,_finding_js__WEBPACK_IMPORTED_MODULE_2__/* .toDiagnostic */ .Fd)(file, { ...f, ruleId: 'config-invalid' })));
    const value = (parsed.doc.value ?? {});
    const config = { rules: {}, ignore: [], ignoreServers: [] };
    if (findings.length === 0) {
        Object.assign(config, { ignore: value.ignore ?? [], ignoreServers: value.ignoreServers ?? [] });
        if (value.preset)
            config.preset = value.preset;
        config.lock = {
            path: value.lock?.path ?? _lock_settings_js__WEBPACK_IMPORTED_MODULE_11__/* .DEFAULT_LOCK_SETTINGS */ .qc.path,
            changes: { ..._lock_settings_js__WEBPACK_IMPORTED_MODULE_11__/* .DEFAULT_LOCK_SETTINGS */ .qc.changes, ...value.lock?.changes }
        };
        for (const [id, level] of Object.entries(value.rules ?? {})) {
            if (UNSUPPRESSIBLE_RULES.has(id)) {
                diagnostics.push((0,_finding_js__WEBPACK_IMPORTED_MODULE_2__/* .toDiagnostic */ .Fd)(file, {
                    ruleId: 'config-invalid',
                    severity: 'warning',
                    message: `"${id}" cannot be turned off or changed: it reports files that could not be read or checked, so the setting is ignored`,
                    range: parsed.doc.locate(['rules', id], true)
                }));
                continue;
            }
            if (knownRuleIds.includes(id)) {
                config.rules[id] = level;
                continue;
            }
            const guess = (0,_nearest_js__WEBPACK_IMPORTED_MODULE_8__/* .suggest */ .Z)(id, [...knownRuleIds]);
            diagnostics.push((0,_finding_js__WEBPACK_IMPORTED_MODULE_2__/* .toDiagnostic */ .Fd)(file, {
                ruleId: 'config-invalid',
                severity: 'warning',
                message: `unknown rule "${id}"` + (guess ? `; did you mean "${guess}"?` : '; see docs/rules/ for the rule ids'),
                range: parsed.doc.locate(['rules', id], true)
            }));
        }
        const suppressions = readSuppressions(value.suppressions ?? [], parsed.doc, knownRuleIds, (message, pointer) => diagnostics.push((0,_finding_js__WEBPACK_IMPORTED_MODULE_2__/* .toDiagnostic */ .Fd)(file, {
            ruleId: 'config-invalid',
            severity: 'warning',
            message,
            range: parsed.doc.locate(pointer)
        })));
        if (suppressions.length > 0)
            config.suppressions = suppressions;
    }
    return { config, file, diagnostics, text };
}
/** The settings' suppressions, each located at its `rule`; an entry that cannot apply is reported and left out. */
function readSuppressions(entries, doc, knownRuleIds, report) {
    const out = [];
    entries.forEach((entry, i) => {
        const at = ['suppressions', i, 'rule'];
        if (UNSUPPRESSIBLE_RULES.has(entry.rule))
            return report(`"${entry.rule}" cannot be suppressed: it reports files that could not be read or checked`, at);
        if (!knownRuleIds.includes(entry.rule)) {
            const guess = (0,_nearest_js__WEBPACK_IMPORTED_MODULE_8__/* .suggest */ .Z)(entry.rule, [...knownRuleIds]);
            return report(`unknown rule "${entry.rule}"` + (guess ? `; did you mean "${guess}"?` : ''), at);
        }
        if (entry.until !== undefined && !isCalendarDate(entry.until))
            return report(`"until" is "${entry.until}", not a date: write it as YYYY-MM-DD`, ['suppressions', i, 'until']);
        out.push({ ...entry, range: doc.locate(at) });
    });
    return out;
}
function isCalendarDate(value) {
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
    if (!match)
        return false;
    const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
    return date.toISOString().slice(0, 10) === value;
}
/** A predicate for the files the config leaves out. */
function ignoredFiles(config) {
    if (config.ignore.length === 0)
        return () => false;
    const match = picomatch__WEBPACK_IMPORTED_MODULE_12___default()(config.ignore, { dot: true });
    return (file) => match(file);
}
/** Whether findings about a server are left out. */
function isIgnoredServer(config, file, server, ruleId) {
    return (server !== undefined &&
        !UNSUPPRESSIBLE_RULES.has(ruleId ?? '') &&
        (config.ignoreServers.includes(server) || config.ignoreServers.includes(`${file}#${server}`)));
}
/**
 * The settings file that applies in `cwd`: the first of CONFIG_FILE_NAMES in `cwd` or in a folder
 * above it, up to the root of the git work tree it is in (so running in a sub-folder of a
 * repository uses the repository's settings); outside a work tree, `cwd` only. Returns its path
 * relative to `cwd`, or undefined.
 */
function findSettingsFile(cwd) {
    const present = (file) => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(file, { throwIfNoEntry: false }) !== undefined;
    const start = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(cwd);
    const folders = (0,_work_tree_js__WEBPACK_IMPORTED_MODULE_10__/* .foldersUpToWorkTree */ .h)(start) ?? [start];
    for (const dir of folders) {
        const name = CONFIG_FILE_NAMES.find((n) => present(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, n)));
        if (name !== undefined)
            return node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(start, node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, name)).split((node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)).join('/');
    }
    return undefined;
}
/**
 * What a settings file leaves out or changes, in words; values from the file are quoted and cut
 * (the formatters escape them for their medium).
 */
function describePolicy(config) {
    const list = (items) => items
        .slice(0, 20)
        .map((item) => `"${item.length > 100 ? `${item.slice(0, 99)}…` : item}"`)
        .join(', ') + (items.length > 20 ? ` and ${items.length - 20} more` : '');
    const parts = [];
    if (config.ignore.length > 0)
        parts.push(`leaves out files matching ${list(config.ignore)}`);
    const off = Object.entries(config.rules).filter(([, level]) => level === 'off');
    if (off.length > 0)
        parts.push(`turns off ${list(off.map(([id]) => id))}`);
    const changed = Object.entries(config.rules).filter(([, level]) => level !== 'off');
    if (changed.length > 0)
        parts.push(`sets ${list(changed.map(([id, level]) => `${id}: ${level}`))}`);
    if (config.ignoreServers.length > 0)
        parts.push(`skips the servers ${list(config.ignoreServers)}`);
    return parts;
}
/**
 * The sentence a reviewer must see when the pull request brings its own settings: the settings
 * file differs from the base branch's (or is new there, or could not be compared), and what it
 * now leaves out or turns off. Undefined when it is the base branch's own, or nothing is known of
 * a base (not a pull request).
 */
function settingsChangeNote(settings, config, base) {
    if (!settings || !base)
        return undefined;
    if (base.status === 'found' && base.text === settings.text)
        return undefined;
    const policy = describePolicy(config);
    if (base.status === 'unknown' && policy.length === 0)
        return undefined;
    const state = base.status === 'absent'
        ? 'is new in this pull request'
        : base.status === 'found'
            ? 'differs from the base branch'
            : `could not be compared with the base branch (${base.reason})`;
    const effect = policy.length > 0 ? `it ${policy.join('; ')}` : 'it leaves nothing out and turns nothing off';
    return `The settings file ${settings.file} ${state}: ${effect}.`;
}


/***/ }),

/***/ 9104:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ describePath)
/* harmony export */ });
/** `mcpServers.github.args[0]` style: how messages (schema checks, rules, settings) name a place in a document. */
function describePath(path) {
    if (path.length === 0)
        return 'the document';
    let out = '';
    for (const segment of path) {
        if (typeof segment === 'number' || /^\d+$/.test(String(segment)))
            out += `[${segment}]`;
        else if (/^[A-Za-z_$][\w$-]*$/.test(String(segment)))
            out += (out ? '.' : '') + String(segment);
        else
            out += `['${String(segment).replace(/'/g, "\\'")}']`;
    }
    return `"${out}"`;
}


/***/ }),

/***/ 4851:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PI: () => (/* binding */ ruleInfo),
/* harmony export */   Q7: () => (/* binding */ knownRuleIds)
/* harmony export */ });
/* unused harmony exports BUILTIN_DOCS_URL, SECURITY_RULES, DRY_RUN_DOCS_URL, LOCK_DOCS_URL */
/* harmony import */ var _rules_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4587);

/** The README's table of diagnostics that the engine itself reports (no rule file of their own). */
const BUILTIN_DOCS_URL = 'https://github.com/mcpcop/mcpcop#built-in-diagnostics';
// Kept in step with the README's "Built-in diagnostics" table and the dry run's rule ids.
const BUILTIN = [
    ['syntax-error', 'error', 'syntax', "The file cannot be parsed in its host's syntax."],
    ['strict-json', 'error', 'syntax', 'A comment or trailing comma in a file whose host reads strict JSON.'],
    ['duplicate-key', 'error', 'syntax', 'A key defined twice in one object; hosts keep only one, silently.'],
    ['nesting-too-deep', 'error', 'syntax', 'Nesting deeper than 100 levels; the file is not parsed.'],
    ['file-unreadable', 'error', 'file', 'The file cannot be read.'],
    ['file-binary', 'error', 'file', 'The file is binary, not a text config.'],
    ['file-encoding', 'error', 'file', 'The file is not valid UTF-8.'],
    ['file-too-large', 'error', 'file', 'The file is larger than 1 MiB and is not read.'],
    ['file-empty', 'error', 'file', 'The file is empty.'],
    ['file-bom', 'warning', 'file', 'A byte-order mark, which hosts using JSON.parse reject.'],
    ['unknown-format', 'warning', 'file', 'An explicitly named file that no host reads.'],
    ['schema-required', 'error', 'schema', 'A field the host requires is missing.'],
    ['schema-type', 'error', 'schema', 'A value has the wrong type for the host.'],
    ['schema-enum', 'error', 'schema', 'A value is not one of those the host accepts.'],
    ['schema-format', 'error', 'schema', 'A value is not in the format the host expects (a URL, for example).'],
    ['schema-value', 'error', 'schema', 'A value is outside what the host accepts.'],
    ['schema-shape', 'error', 'schema', 'An entry has a shape the host cannot load.'],
    ['schema-invalid', 'error', 'schema', "The file does not match its host's schema."],
    [
        'schema-unknown-key',
        'warning',
        'schema',
        'An unknown key: a warning when it is a near miss of a key the host reads, an error where the host rejects it, a notice where the host only ignores it.'
    ],
    ['config-invalid', 'error', 'configuration', 'A problem in the .mcpcop.json settings file itself.'],
    [
        'suppression-expired',
        'warning',
        'configuration',
        "A suppression in the settings file is past its 'until' date: its findings are reported again."
    ],
    ['suppression-unused', 'warning', 'configuration', 'A suppression in the settings file matches no finding.'],
    ['internal-error', 'error', 'internal', 'mcpcop failed on this file; please report it.'],
    [
        'dry-run-failed',
        'error',
        'dry-run',
        'The server did not start or did not answer the MCP handshake in the dry run.'
    ],
    ['dry-run-skipped', 'notice', 'dry-run', 'The dry run did not start this server.'],
    [
        'tool-lock',
        'error',
        'lock',
        'A tool, prompt or resource differs from mcp-servers.lock.json (added, removed, changed), or a server is missing from it.'
    ],
    ['lock-invalid', 'error', 'lock', 'The tool lock cannot be read, is not valid, or was edited by hand.'],
    [
        'dry-run-stdout-noise',
        'warning',
        'dry-run',
        'The server wrote non-protocol output to stdout, which breaks some clients.'
    ]
];
/**
 * Rules about security rather than correctness (a leaked credential, code run from the network, a
 * server given too much): tagged `security` in SARIF and shown first when not everything fits.
 */
const SECURITY_RULES = new Set([
    'auto-approve-all',
    'dangerous-env-override',
    'enable-all-project-servers',
    'filesystem-root-access',
    'hardcoded-secret',
    'insecure-http',
    'risky-docker',
    'shell-download-exec',
    'tool-poisoning',
    'unpinned-package',
    'vulnerable-mcp-remote'
]);
/** The dry run's documentation, for its findings. */
const DRY_RUN_DOCS_URL = 'https://github.com/mcpcop/mcpcop/blob/main/docs/dry-run.md';
/** The tool lock's documentation. */
const LOCK_DOCS_URL = 'https://github.com/mcpcop/mcpcop#tool-lock';
const CATALOGUE = new Map([
    ...BUILTIN.map(([id, defaultSeverity, tag, description]) => [
        id,
        {
            id,
            description,
            helpUri: tag === 'dry-run' ? DRY_RUN_DOCS_URL : tag === 'lock' ? LOCK_DOCS_URL : BUILTIN_DOCS_URL,
            defaultSeverity,
            tags: tag === 'lock' ? [tag, 'security'] : [tag],
            preset: 'recommended'
        }
    ]),
    ..._rules_index_js__WEBPACK_IMPORTED_MODULE_0__/* .RULES */ .y0.map((rule) => [
        rule.id,
        {
            id: rule.id,
            description: rule.description,
            helpUri: (0,_rules_index_js__WEBPACK_IMPORTED_MODULE_0__/* .docsUrl */ .fs)(rule.id),
            defaultSeverity: rule.defaultSeverity,
            tags: SECURITY_RULES.has(rule.id) ? ['rule', 'security'] : ['rule'],
            preset: rule.preset ?? 'recommended'
        }
    ])
]);
/** What is known about a rule id; an id we do not know still gets a usable entry. */
function ruleInfo(id) {
    return (CATALOGUE.get(id) ?? {
        id,
        description: `mcpcop finding "${id}".`,
        helpUri: BUILTIN_DOCS_URL,
        defaultSeverity: 'error',
        tags: [],
        preset: 'recommended'
    });
}
/** Every rule id mcpcop can report, sorted. */
function knownRuleIds() {
    return [...CATALOGUE.keys()].sort();
}


/***/ }),

/***/ 7369:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PZ: () => (/* binding */ baseEnvironment),
/* harmony export */   Pw: () => (/* binding */ serverEnvironment),
/* harmony export */   aJ: () => (/* binding */ inheritedEnvironment),
/* harmony export */   ul: () => (/* binding */ isDeniedVariable),
/* harmony export */   w2: () => (/* binding */ credentialValues)
/* harmony export */ });
/* unused harmony exports ALLOWED_VARIABLES, ALLOWED_WINDOWS_VARIABLES, isAllowedVariable */
/**
 * The environment a dry-run server is started with. Config files arrive in pull requests, so a
 * server gets an allow-list of harmless variables, its own `env` entries and the names the user
 * passes explicitly, and never a runner credential (security brief, "token theft").
 */
/** Variables every server gets when the runner has them: enough to find programs and a home. */
const ALLOWED_VARIABLES = [
    'PATH',
    'HOME',
    'TMPDIR',
    'TEMP',
    'TMP',
    'LANG',
    'TERM',
    'SHELL',
    'USER'
];
/** Windows needs a few more for programs to start at all (names compared case-insensitively there). */
const ALLOWED_WINDOWS_VARIABLES = [
    'SYSTEMROOT',
    'APPDATA',
    'LOCALAPPDATA',
    'USERPROFILE',
    'COMSPEC',
    'PATHEXT'
];
/** Runner credentials: GitHub tokens, the Actions runtime and OIDC tokens, and every action input. */
const DENIED = /^(?:GITHUB_.*TOKEN.*|ACTIONS_.*|INPUT_.*)$/i;
/** Whether a variable is a runner credential that no server may ever receive, even when named. */
function isDeniedVariable(name) {
    return DENIED.test(name);
}
/** Whether a variable belongs to the default allow-list (`LC_*` included). */
function isAllowedVariable(name, platform = process.platform) {
    const key = platform === 'win32' ? name.toUpperCase() : name;
    if (ALLOWED_VARIABLES.includes(key) || key.startsWith('LC_'))
        return true;
    return platform === 'win32' && ALLOWED_WINDOWS_VARIABLES.includes(key);
}
/**
 * The variables placeholders may read and servers may inherit: the allow-list plus the names the
 * user passes (`--pass-env`), taken from `source`. Denied names are dropped even when passed, and
 * values that look like exported shell functions are skipped, as the MCP SDK does.
 */
function baseEnvironment(source, passEnv = [], platform = process.platform) {
    const passed = new Set(passEnv.map((name) => (platform === 'win32' ? name.toUpperCase() : name)));
    const env = Object.create(null);
    for (const [name, value] of Object.entries(source)) {
        if (value === undefined || isDeniedVariable(name) || value.startsWith('()'))
            continue;
        const key = platform === 'win32' ? name.toUpperCase() : name;
        if (isAllowedVariable(name, platform) || passed.has(key))
            env[name] = value;
    }
    return env;
}
/**
 * The whole environment, for a dry run on a developer's own machine (`mcpcop doctor`): the servers
 * get what the hosts started from the same shell would give them. Runner credentials are still
 * withheld when it runs inside GitHub Actions; exported shell functions are skipped as above.
 */
function inheritedEnvironment(source) {
    const inRunner = source.GITHUB_ACTIONS === 'true';
    const env = Object.create(null);
    for (const [name, value] of Object.entries(source)) {
        if (value === undefined || value.startsWith('()') || (inRunner && isDeniedVariable(name)))
            continue;
        env[name] = value;
    }
    return env;
}
/** Variable names that usually hold a credential. */
const CREDENTIAL_NAME = /TOKEN|SECRET|PASSW(?:OR)?D|CREDENTIAL|API_?KEY|ACCESS_?KEY|PRIVATE|AUTH|COOKIE|SESSION/i;
/**
 * The values of an inherited environment that must never be printed: those of variables named like
 * credentials, and any that looks like one. A server that echoes one on stderr gets it masked.
 */
function credentialValues(env, looksSecret) {
    return Object.entries(env)
        .filter(([name, value]) => CREDENTIAL_NAME.test(name) || looksSecret(value, name))
        .map(([, value]) => value);
}
/**
 * The complete environment of one stdio server: the base environment, then the host's own
 * additions (Claude Code sets `CLAUDE_PROJECT_DIR`), then the server's resolved `env` entries,
 * which the config author chose and which therefore win.
 */
function serverEnvironment(base, hostAdditions, serverEnv = {}) {
    return { ...base, ...hostAdditions, ...serverEnv };
}


/***/ }),

/***/ 8483:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  eb: () => (/* binding */ UsageError),
  u8: () => (/* binding */ lint),
  uI: () => (/* binding */ lintSnapshot)
});

// UNUSED EXPORTS: checkContent, checkText, ruleMessage

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/config.ts
var src_config = __webpack_require__(2973);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(4006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
// EXTERNAL MODULE: ./src/hosts/index.ts + 34 modules
var src_hosts = __webpack_require__(1262);
// EXTERNAL MODULE: ./src/git/listing.ts
var git_listing = __webpack_require__(4928);
// EXTERNAL MODULE: ./src/read.ts
var src_read = __webpack_require__(2883);
// EXTERNAL MODULE: ./src/work-tree.ts
var work_tree = __webpack_require__(4155);
;// CONCATENATED MODULE: ./src/discover.ts








/** Whether an input is a glob: what the glob library itself asks (`isDynamicPattern`), without loading it. */
function isDynamicPattern(input) {
    const scanned = picomatch_default().scan(input);
    return scanned.isGlob || scanned.negated;
}
/** Directories never searched: dependencies and VCS metadata hold configs that are not the repository's. */
const ALWAYS_SKIPPED = ['**/node_modules/**', '**/.git/**'];
const toPosix = (p) => p.split((external_node_path_default()).sep).join('/');
/**
 * Finds the config files under each input: directories are searched by every host's known paths
 * (inside a git work tree, among the files git tracks or would add; elsewhere by walking the
 * directory, honouring .gitignore files), files and globs are taken as given. Never follows a
 * symlink out of the directory it was found in.
 */
async function discover(inputs, cwd) {
    const found = new Map();
    const missing = [];
    for (const input of inputs.length ? inputs : ['.']) {
        const absolute = external_node_path_default().resolve(cwd, input);
        if (isDynamicPattern(input)) {
            // Nor may a glob's fixed folder (`configs/*.json`) lead out: the names of what is there would be listed.
            const base = external_node_path_default().resolve(cwd, picomatch_default().scan(input).base);
            const escape = (0,external_node_fs_.existsSync)(base) ? leavesWorkingFolder(base, cwd) : undefined;
            if (escape !== undefined) {
                // Keyed by the glob: the folder itself may be named too, and refused on its own.
                found.set(`glob:${input}`, {
                    path: input,
                    absolute: base,
                    explicit: true,
                    matchPath: input,
                    root: cwd,
                    refused: `${escape}; it was not searched`
                });
                continue;
            }
            // The glob matcher is loaded only for a glob input.
            const { glob } = await __webpack_require__.e(/* import() */ 3382).then(__webpack_require__.bind(__webpack_require__, 3382));
            const matches = await glob(input, {
                cwd,
                dot: true,
                onlyFiles: true,
                followSymbolicLinks: false,
                ignore: ALWAYS_SKIPPED,
                absolute: true,
                expandDirectories: false
            });
            if (matches.length === 0)
                missing.push(input);
            for (const match of matches)
                add(found, match, cwd, cwd, true);
            continue;
        }
        let stat;
        try {
            stat = (0,external_node_fs_.statSync)(absolute);
        }
        catch {
            missing.push(input);
            continue;
        }
        // An input written inside the working folder must stay inside it: a committed link (`configs -> ../..`)
        // would otherwise make a folder outside the repository the search's root, and its files the report's.
        const escape = leavesWorkingFolder(stat.isDirectory() ? absolute : external_node_path_default().dirname(absolute), cwd);
        if (escape !== undefined) {
            const relative = toPosix(external_node_path_default().relative(cwd, absolute)) || '.';
            const refused = stat.isDirectory() ? `${escape}; it was not searched` : `${escape}; it was not read`;
            found.set(absolute, { path: relative, absolute, explicit: true, matchPath: relative, root: cwd, refused });
            continue;
        }
        if (stat.isDirectory()) {
            // Outside a work tree the directory is walked, honouring .gitignore files (their matcher loaded then).
            const listing = await ((0,git_listing/* takeListing */.OZ)(absolute) ?? (0,git_listing/* listWorkTree */.OY)(absolute));
            for (const match of (listing && gitFiles(absolute, listing)) ?? walk(absolute, (await __webpack_require__.e(/* import() */ 298).then(__webpack_require__.t.bind(__webpack_require__, 298, 23))).default))
                add(found, match.path, cwd, absolute, false, match.isSymbolicLink);
        }
        else {
            add(found, absolute, cwd, external_node_path_default().dirname(absolute), true);
        }
    }
    return { candidates: [...found.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)), missing };
}
/**
 * Why a folder named inside the working folder (as written) is really elsewhere: a symbolic link on the
 * way leads out of it. Undefined when it stays inside, or was named outside it (that place is the user's choice).
 */
function leavesWorkingFolder(folder, cwd) {
    const top = external_node_path_default().resolve(cwd);
    if (!(0,src_read/* isInside */.FK)(folder, top))
        return undefined;
    try {
        if ((0,src_read/* isInside */.FK)(external_node_fs_.realpathSync.native(folder), external_node_fs_.realpathSync.native(top)))
            return undefined;
        return 'a symbolic link on the way leads outside the working folder';
    }
    catch {
        return 'a broken symbolic link or an unreadable path on the way';
    }
}
// Discovery and reading use synchronous calls on purpose: for thousands of small files, one
// thread-pool round trip per call costs more than the work itself.
function add(found, absolute, cwd, root, explicit, isSymbolicLink) {
    const normalised = external_node_path_default().resolve(absolute);
    const fromCwd = toPosix(external_node_path_default().relative(cwd, normalised)) || external_node_path_default().basename(normalised);
    // An explicit file outside the working directory is matched by its absolute path (no `..` segments).
    const matchPath = explicit
        ? fromCwd.startsWith('../')
            ? toPosix(normalised).replace(/^\/+/, '')
            : fromCwd
        : toPosix(external_node_path_default().relative(root, normalised));
    const candidate = { path: fromCwd, absolute: normalised, explicit, matchPath, root };
    if (!explicit)
        candidate.listed = true;
    try {
        if (isSymbolicLink ?? (0,external_node_fs_.lstatSync)(normalised).isSymbolicLink()) {
            const target = (0,external_node_fs_.realpathSync)(normalised);
            const realRoot = (0,external_node_fs_.realpathSync)(root);
            if (target !== realRoot && !target.startsWith(realRoot + (external_node_path_default()).sep)) {
                candidate.refused = `a symbolic link to a path outside ${explicit ? 'its directory' : 'the repository'}; it was not followed`;
            }
        }
    }
    catch {
        candidate.refused = 'a broken symbolic link or an unreadable path; it was not read';
    }
    const earlier = found.get(normalised);
    if (!earlier || (explicit && !earlier.explicit))
        found.set(normalised, candidate);
}
/**
 * The host files among what `git ls-files --cached --others --exclude-standard` listed under `dir`
 * (`listWorkTree`): what git tracks, plus the untracked files it does not ignore (`.gitignore` files,
 * `.git/info/exclude` and `core.excludesFile` apply to untracked files only; a file committed under an
 * ignored folder with `git add -f` is still the repository's, and still checked). NUL-separated names (a
 * name may hold a newline). Submodules are not entered: git lists one as a directory, which is skipped.
 */
function gitFiles(dir, listing) {
    const found = [];
    const seen = new Set();
    // An unmerged file is listed once per stage.
    for (const relative of listing.toString('utf8').split('\0')) {
        if (relative === '' || seen.has(relative))
            continue;
        seen.add(relative);
        // The host patterns first: they turn most names away by a set lookup on the file name.
        if ((0,src_hosts/* hostsForPath */.gT)(relative).length === 0)
            continue;
        if (relative.split('/').some((segment) => SKIPPED_DIRECTORIES.has(segment)))
            continue;
        const absolute = external_node_path_default().join(dir, relative);
        // git lists files deleted from the work tree and submodules (directories): neither is a file to check.
        const stat = (0,external_node_fs_.lstatSync)(absolute, { throwIfNoEntry: false });
        if (!stat || !(stat.isFile() || stat.isSymbolicLink()))
            continue;
        found.push({ path: absolute, isSymbolicLink: stat.isSymbolicLink() });
    }
    return found.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
/** Paths asked about per run; past this, a rule's question is answered "not ignored". */
const MAX_IGNORE_QUESTIONS = 1000;
/**
 * Whether git ignores a path (relative to `cwd`), as `git check-ignore` says, asked only for the few
 * paths a rule cares about (a script that is not there). The paths are gathered while files are
 * checked and put to one `git check-ignore --stdin` (a process per path cost ~10 ms each: 31 of them
 * over the real corpus). Undefined outside a work tree, where nothing is ignored by git; without git
 * it answers false.
 */
function gitIgnoreCheck(cwd) {
    if (!(0,work_tree/* foldersUpToWorkTree */.h)(cwd))
        return undefined;
    const answers = new Map();
    const pending = new Set();
    let gitUnusable = false;
    const checkIgnore = (input) => (0,external_node_child_process_.spawnSync)('git', ['-c', 'core.fsmonitor=false', 'check-ignore', '--stdin', '-z', '--no-index'], {
        cwd,
        input,
        stdio: ['pipe', 'pipe', 'ignore'],
        env: { ...process.env, GIT_OPTIONAL_LOCKS: '0' },
        windowsHide: true,
        timeout: 10_000,
        maxBuffer: 16 * 1024 * 1024
    });
    /** Asks git about `paths`; false when it cannot say. */
    const ask = (paths) => {
        if (paths.length === 0)
            return;
        if (gitUnusable) {
            for (const p of paths)
                answers.set(p, false);
            return;
        }
        // A name holding NUL cannot be put to git (nor be a file).
        const askable = paths.filter((p) => !p.includes('\0'));
        const check = checkIgnore(askable.map((p) => `${p}\0`).join(''));
        // git missing, or not runnable: asking again would fail the same way.
        gitUnusable = check.error !== undefined;
        if (check.status === 0 || check.status === 1) {
            // The ignored paths, echoed as given.
            const ignored = new Set(String(check.stdout).split('\0'));
            for (const p of paths)
                answers.set(p, ignored.has(p));
        }
        else if (askable.length > 1 && !gitUnusable) {
            // One path git refuses (outside the work tree) fails the whole batch: then each alone.
            for (const p of askable)
                ask([p]);
        }
        else
            for (const p of paths)
                answers.set(p, false);
    };
    return {
        known: (relative) => {
            const answer = answers.get(relative);
            if (answer === undefined && answers.size + pending.size < MAX_IGNORE_QUESTIONS)
                pending.add(relative);
            return answer;
        },
        answerPending: () => {
            ask([...pending]);
            pending.clear();
        },
        ignored: (relative) => {
            const answer = answers.get(relative);
            if (answer !== undefined)
                return answer;
            if (answers.size >= MAX_IGNORE_QUESTIONS)
                return false;
            ask([relative]);
            return answers.get(relative) ?? false;
        }
    };
}
/** Directory names never entered. */
const SKIPPED_DIRECTORIES = new Set(['node_modules', '.git']);
/**
 * Lists the files under `root` that some host reads, pruning ignored directories as it goes. Symbolic
 * links to directories are never entered; links to files are returned (and vetted by `add`).
 */
function walk(root, ignore) {
    // Which folders hold a .gitignore is known from their listings: no file-system call for the others.
    const withGitignore = new Set();
    const ignored = gitignoreFilter(root, ignore, withGitignore);
    const matches = [];
    // Each folder with its path relative to `root` in POSIX form (what host patterns match), built as the
    // walk descends rather than computed again for every file.
    const pending = [[root, '']];
    while (pending.length > 0) {
        const [dir, relativeDir] = pending.pop();
        let entries;
        try {
            entries = (0,external_node_fs_.readdirSync)(dir, { withFileTypes: true });
        }
        catch {
            continue;
        }
        if (entries.some((entry) => entry.name === '.gitignore'))
            withGitignore.add(dir);
        for (const entry of entries) {
            const absolute = external_node_path_default().join(dir, entry.name);
            if (entry.isDirectory()) {
                if (!SKIPPED_DIRECTORIES.has(entry.name) && !ignored(absolute + (external_node_path_default()).sep))
                    pending.push([absolute, `${relativeDir}${entry.name}/`]);
            }
            else if ((entry.isFile() || entry.isSymbolicLink()) &&
                (0,src_hosts/* hostsForPath */.gT)(relativeDir + entry.name).length > 0 &&
                !ignored(absolute)) {
                matches.push({ path: absolute, isSymbolicLink: entry.isSymbolicLink() });
            }
        }
    }
    return matches.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
/** A predicate telling whether a file under `root` is excluded by the .gitignore files on its way. */
function gitignoreFilter(root, ignore, withGitignore) {
    const cache = new Map();
    const load = (dir) => {
        if (!withGitignore.has(dir))
            return null;
        if (!cache.has(dir))
            cache.set(dir, readGitignore(external_node_path_default().join(dir, '.gitignore'), root, ignore));
        return cache.get(dir) ?? null;
    };
    return (absolute) => {
        let dir = external_node_path_default().dirname(absolute.endsWith((external_node_path_default()).sep) ? absolute.slice(0, -1) : absolute);
        const chain = [];
        while (dir.startsWith(root)) {
            chain.unshift(dir);
            if (dir === root)
                break;
            dir = external_node_path_default().dirname(dir);
        }
        for (const base of chain) {
            const rules = load(base);
            if (!rules)
                continue;
            // A trailing separator marks a directory, so `dir/` patterns match it.
            const relative = toPosix(external_node_path_default().relative(base, absolute)) + (absolute.endsWith((external_node_path_default()).sep) ? '/' : '');
            if (relative && relative !== '/' && ignores(rules, relative))
                return true;
        }
        return false;
    };
}
/** `.gitignore` files are read through the guarded reader too, and are bounded: real ones are a few KiB. */
const MAX_GITIGNORE_BYTES = 256 * 1024;
/** Longer patterns are skipped (git paths end at 4096 bytes); the ignore library cannot compile huge ones. */
const MAX_PATTERN_LENGTH = 4096;
const MAX_PATTERNS = 10_000;
/**
 * The rules of one `.gitignore`, or null when there is none or it cannot be used (a directory, a
 * symbolic link out of the repository, a FIFO, too large): then nothing is ignored by it, and the
 * files it would have hidden are checked.
 */
function readGitignore(file, root, ignore) {
    const read = (0,src_read/* readGuarded */.vK)(file, { root, maxBytes: MAX_GITIGNORE_BYTES });
    if (!read.bytes)
        return null;
    const rules = ignore();
    let count = 0;
    for (const line of read.bytes.toString('utf8').split(/\r?\n/)) {
        if (line.length > MAX_PATTERN_LENGTH || line.trim() === '' || line.startsWith('#'))
            continue;
        if (++count > MAX_PATTERNS)
            break;
        try {
            // The library compiles a pattern when first matching: try it alone, so one bad line costs only itself.
            ignore().add(line).ignores('x');
            rules.add(line);
        }
        catch {
            // A pattern the ignore library cannot compile matches nothing.
        }
    }
    return rules;
}
function ignores(rules, relative) {
    try {
        return rules.ignores(relative);
    }
    catch {
        // A path the library refuses (it throws on some relative forms) is not ignored.
        return false;
    }
}

// EXTERNAL MODULE: ./src/finding.ts
var src_finding = __webpack_require__(2018);
// EXTERNAL MODULE: ./src/parse/index.ts
var parse = __webpack_require__(2475);
// EXTERNAL MODULE: ./src/presets.ts
var presets = __webpack_require__(1975);
// EXTERNAL MODULE: ./src/parse/source.ts
var parse_source = __webpack_require__(3226);
// EXTERNAL MODULE: ./src/diagnostics.ts
var diagnostics = __webpack_require__(4851);
// EXTERNAL MODULE: ./src/rules/index.ts + 45 modules
var src_rules = __webpack_require__(4587);
// EXTERNAL MODULE: ./src/rules/support/document.ts
var support_document = __webpack_require__(8994);
// EXTERNAL MODULE: ./src/schema/validate.ts
var validate = __webpack_require__(1465);
// EXTERNAL MODULE: ./src/schema/validators.ts + 1 modules
var validators = __webpack_require__(7803);
// EXTERNAL MODULE: ./src/mask.ts
var mask = __webpack_require__(5235);
// EXTERNAL MODULE: ./src/message-template.ts
var message_template = __webpack_require__(3887);
// EXTERNAL MODULE: ./src/rules/hardcoded-secret.ts
var hardcoded_secret = __webpack_require__(1076);
// EXTERNAL MODULE: ./src/secrets.ts + 1 modules
var secrets = __webpack_require__(6551);
;// CONCATENATED MODULE: ./src/engine.ts


















/** Thrown for problems with how the tool was called (exit code 2), never for problems in configs. */
class UsageError extends Error {
}
/**
 * Finds, reads, parses, validates and checks every config under the given paths. Never throws
 * because of a file's content: every problem becomes a diagnostic and the other files are still checked.
 */
async function lint(options) {
    const forced = options.host === undefined ? undefined : (0,src_hosts/* hostById */.hL)(options.host);
    if (options.host !== undefined && !forced)
        throw new UsageError(`unknown host "${options.host}"`);
    let loaded;
    try {
        // In a sub-folder of a repository, the repository's settings file applies.
        const settingsFile = options.settings ? undefined : (options.config ?? (0,src_config/* findSettingsFile */.Db)(options.cwd));
        if (!options.settings)
            await (0,src_config/* prepareSettings */.PN)(options.cwd, settingsFile);
        loaded = options.settings
            ? { config: options.settings, diagnostics: [] }
            : (0,src_config/* loadConfig */.Z9)(options.cwd, settingsFile, (0,diagnostics/* knownRuleIds */.Q7)());
    }
    catch (error) {
        throw new UsageError(error.message);
    }
    const { config } = loaded;
    const { candidates, missing } = options.files
        ? { candidates: options.files, missing: [] }
        : await discover(options.paths, options.cwd);
    // Rules ask about the same paths file after file (a script, the project folder): answered once each,
    // and a folder proven real on the way to one answer is not looked at again for the next.
    const existing = new Map();
    const tree = new Map();
    // A file discovery found (and did not refuse) is there: whether its path stays inside or leads out, the answer is yes.
    if (!options.files)
        for (const candidate of candidates)
            if (!candidate.refused)
                existing.set(candidate.path, true);
    const exists = (relative) => {
        let answer = existing.get(relative);
        if (answer === undefined) {
            answer = (0,src_read/* existsInside */.pO)(options.cwd, relative, tree);
            if (existing.size < 100_000)
                existing.set(relative, answer);
            if (tree.size > 100_000)
                tree.clear();
        }
        return answer;
    };
    // A found settings file's globs and `path#server` names are relative to the folder it is in.
    const settingsDir = options.config === undefined && loaded.file ? external_node_path_default().dirname(external_node_path_default().resolve(options.cwd, loaded.file)) : options.cwd;
    const fromSettings = answeredOnce((file) => external_node_path_default().relative(settingsDir, external_node_path_default().resolve(options.cwd, file)).split((external_node_path_default()).sep).join('/'));
    const ignored = (0,src_config/* ignoredFiles */.eQ)(config);
    const isIgnored = (file) => config.ignore.length > 0 && ignored(fromSettings(file));
    const results = [];
    const sources = new Map();
    // git is not asked while files are checked: a file whose rules asked about a path git has not answered
    // yet is checked again at the end, once one git process has answered every such path of the run.
    const gitIgnore = gitIgnoreCheck(options.cwd);
    let unanswered = 0;
    const ignoredByGit = gitIgnore &&
        ((relative) => {
            const answer = gitIgnore.known(relative);
            if (answer === undefined)
                unanswered++;
            return answer ?? false;
        });
    const rules = activeRules(src_rules/* RULES */.y0, config);
    for (const candidate of candidates) {
        if (isIgnored(candidate.path))
            continue;
        const context = { path: candidate.path, exists };
        const named = candidate.host === undefined ? undefined : (0,src_hosts/* hostById */.hL)(candidate.host);
        const hosts = named ? [named] : forced && candidate.explicit ? [forced] : (0,src_hosts/* hostsForPath */.gT)(candidate.matchPath);
        if (candidate.refused) {
            results.push(fileProblem(candidate.path, hosts[0]?.id ?? null, 'file-unreadable', candidate.refused));
            continue;
        }
        if (hosts.length === 0) {
            if (candidate.explicit)
                results.push(fileProblem(candidate.path, null, 'unknown-format', 'no host reads a file with this name; pass --host to say which format it is in', 'warning'));
            continue;
        }
        try {
            const read = await (0,src_read/* readConfigFile */.RG)(candidate.absolute, candidate.root, candidate.listed);
            // Each host's validators and parser are loaded the first time one of its files is met.
            await (0,validators/* loadValidators */.As)(hosts.flatMap((host) => host.schemas));
            await (0,parse/* loadParsers */.lB)(hosts.map((host) => syntaxOf(host, candidate.path)));
            // The vendor secret rules cost start-up time: loaded only once some file may hold what they find.
            if (read.text !== undefined && !(0,secrets/* secretRulesLoaded */.nb)() && (0,secrets/* mayHoldSecret */.dV)(read.text))
                await (0,secrets/* loadSecretRules */.kT)();
            const result = checkText(read.text, read.problems, hosts, context, candidate.explicit, 'positionText' in read ? read.positionText : undefined);
            if (read.text !== undefined && result)
                sources.set(candidate.path, read.text);
            if (result) {
                const before = unanswered;
                results.push(settleFile(result, exists, rules, ignoredByGit));
                if (unanswered > before)
                    result.ruleDiagnostics = undefined;
            }
        }
        catch (error) {
            // A bug of ours on one file must not cost the other files their findings.
            results.push(fileProblem(candidate.path, hosts[0]?.id ?? null, 'internal-error', `mcpcop failed on this file: ${String(error?.message ?? error).slice(0, 200)}`));
        }
    }
    gitIgnore?.answerPending();
    return {
        ...finish(results, config, exists, loaded.diagnostics, { missing, sources }, rules, fromSettings, gitIgnore?.ignored),
        ...(loaded.file === undefined ? {} : { settings: { file: loaded.file, text: loaded.text } }),
        settingsFile: loaded.file,
        settingsDir: external_node_path_default().relative(options.cwd, settingsDir).split((external_node_path_default()).sep).join('/') || '.'
    };
}
/**
 * The rules whose findings the settings keep: a rule that is off is not run at all, unless it
 * supersedes a built-in diagnostic (its findings drop that diagnostic even when they are not shown).
 */
function activeRules(rules, config) {
    return rules.filter((rule) => !(0,presets/* isRuleOff */._Q)(rule.id, config) || (rule.supersedes?.length ?? 0) > 0);
}
/** The syntax a host reads one of its files with. */
function syntaxOf(host, file) {
    return host.syntaxFor ? host.syntaxFor(file) : host.syntax;
}
/**
 * Checks files as they are somewhere other than the file system (the pull request's base commit),
 * with the same hosts, rules and settings logic as `lint`: what the check reported there.
 */
async function lintSnapshot(options) {
    const { config } = options.settings;
    // The settings file's globs and `path#server` names are relative to its folder, as in `lint`.
    const settingsDir = options.settingsDir ?? external_node_path_default().posix.dirname(options.settings.file ?? './x');
    const fromSettings = answeredOnce((file) => external_node_path_default().posix.relative(settingsDir, file));
    const ignored = (0,src_config/* ignoredFiles */.eQ)(config);
    const isIgnored = (file) => ignored(fromSettings(file));
    const results = [];
    const sources = new Map();
    for (const file of options.files) {
        if (isIgnored(file.path))
            continue;
        let hosts = (0,src_hosts/* hostsForPath */.gT)(file.path);
        const named = hosts.length === 0 && file.host !== undefined ? (0,src_hosts/* hostById */.hL)(file.host) : undefined;
        if (named)
            hosts = [named];
        if (hosts.length === 0)
            continue;
        if (file.refusal || !file.bytes) {
            const refusal = file.refusal ?? { ruleId: 'file-unreadable', reason: 'the file could not be read' };
            results.push(fileProblem(file.path, hosts[0].id, refusal.ruleId, refusal.reason));
            continue;
        }
        const read = (0,src_read/* decodeConfigBytes */.ik)(file.bytes);
        try {
            await (0,validators/* loadValidators */.As)(hosts.flatMap((host) => host.schemas));
            await (0,parse/* loadParsers */.lB)(hosts.map((host) => syntaxOf(host, file.path)));
            const result = checkText(read.text, read.problems, hosts, { path: file.path, exists: options.exists }, named !== undefined, 'positionText' in read ? read.positionText : undefined);
            if (read.text !== undefined && result)
                sources.set(file.path, read.text);
            if (result)
                results.push(result);
        }
        catch (error) {
            results.push(fileProblem(file.path, hosts[0].id, 'internal-error', `mcpcop failed on this file: ${String(error?.message ?? error).slice(0, 200)}`));
        }
    }
    return {
        ...finish(results, config, options.exists, options.settings.diagnostics, { missing: [], sources }, activeRules(src_rules/* RULES */.y0, config), fromSettings),
        settingsFile: options.settings.file
    };
}
/** Runs the rules over the parsed files, applies the config, masks secrets and builds the report. */
function finish(results, config, exists, extra, rest, rules = src_rules/* RULES */.y0, fromSettings = (file) => file, ignoredByGit) {
    for (const result of results)
        if (!result.ruleDiagnostics)
            settleFile(result, exists, rules, ignoredByGit);
    const parsed = results.flatMap((r) => (r.parsed ? [r.parsed] : []));
    const reparsers = new Map();
    for (const result of results)
        if (result.parsed && result.reparse)
            reparsers.set(result.parsed, result.reparse);
    const ruleDiagnostics = [
        ...results.flatMap((r) => r.ruleDiagnostics ?? []),
        ...runProjectRules(parsed, rules, reparsers)
    ];
    // What the cross-file rules' findings parsed again for their positions is let go of again.
    for (const result of results)
        if (result.reparse)
            result.parsed?.doc.compact(result.reparse);
    const diagnostics = [
        ...extra,
        ...withoutSuperseded(results.flatMap((r) => r.diagnostics), ruleDiagnostics, rules),
        ...ruleDiagnostics
    ];
    const secrets = new Set();
    for (const result of results)
        for (const secret of result.secrets ?? [])
            secrets.add(secret);
    const ignoresServers = config.ignoreServers.length > 0;
    const kept = diagnostics
        .filter((d) => !(0,presets/* isRuleOff */._Q)(d.ruleId, config) &&
        !(ignoresServers && (0,src_config/* isIgnoredServer */.iv)(config, fromSettings(d.file), d.server, d.ruleId)))
        .map((d) => {
        const level = config.rules[d.ruleId];
        const masked = (0,mask/* maskDiagnostic */.eh)(d, secrets);
        return level && level !== 'off' ? { ...masked, severity: level } : masked;
    })
        .sort(src_finding/* compareDiagnostics */.oV);
    const servers = results
        .flatMap((r) => r.servers)
        .filter((s) => !(ignoresServers && (0,src_config/* isIgnoredServer */.iv)(config, fromSettings(s.file), s.name)));
    return {
        report: { version: 1, files: results.map((r) => r.file), diagnostics: kept, servers: [] },
        servers,
        secrets,
        config,
        ...rest
    };
}
/**
 * A path function that computes each answer once: the run asks where a file is from the settings' folder
 * for the file, and again for each of its findings and servers (`path.relative` costs ~10 µs a call).
 */
function answeredOnce(relativePath) {
    const answers = new Map();
    return (file) => {
        let answer = answers.get(file);
        if (answer === undefined) {
            answer = relativePath(file);
            answers.set(file, answer);
        }
        return answer;
    };
}
/** Drops built-in diagnostics that a rule reported better (see `Rule.supersedes`). */
function withoutSuperseded(builtIn, fromRules, rules = src_rules/* RULES */.y0) {
    const covered = new Set();
    for (const d of fromRules) {
        for (const entry of rules.find((r) => r.id === d.ruleId)?.supersedes ?? []) {
            const [id, scope] = entry.split('@');
            if (scope === 'server') {
                if (d.server !== undefined)
                    covered.add(`${id}|${d.file}|server:${d.server}`);
            }
            else if (scope === 'file')
                covered.add(`${id}|${d.file}|file`);
            else
                covered.add(`${id}|${d.file}|${d.line}|${d.column}`);
        }
    }
    if (covered.size === 0)
        return builtIn;
    return builtIn.filter((d) => !covered.has(`${d.ruleId}|${d.file}|${d.line}|${d.column}`) &&
        !(d.server !== undefined && covered.has(`${d.ruleId}|${d.file}|server:${d.server}`)) &&
        !(d.server === undefined && covered.has(`${d.ruleId}|${d.file}|file`)));
}
/**
 * Finishes one checked file as soon as it is checked: its per-file rules' diagnostics and the secrets
 * it holds (comments too: a code frame may show them); then it lets go of the file's position maps,
 * so a run over many files holds one file's at a time. A failing rule is reported, not thrown.
 */
function settleFile(result, exists, rules, ignoredByGit) {
    const file = result.parsed;
    result.ruleDiagnostics = [];
    if (!file)
        return result;
    const out = result.ruleDiagnostics;
    // Rules cache what they derive per server object (launches, placeholders): copies keep those caches
    // as short-lived as the file's rules, instead of as long as the run keeps its servers.
    const servers = file.servers.map((server) => ({ ...server }));
    // What every rule may ask of the document (its strings, each server's), found once and dropped with the file.
    const strings = new support_document/* DocumentStrings */.Gz(file.doc, servers);
    const context = ignoredByGit
        ? { ...file, servers, exists, ignoredByGit, strings }
        : { ...file, servers, exists, strings };
    for (const rule of rules) {
        if (!rule.checkFile)
            continue;
        try {
            for (const report of rule.checkFile(context))
                out.push(fromRuleReport(rule, file, report));
        }
        catch (error) {
            out.push((0,src_finding/* toDiagnostic */.Fd)(file.path, {
                ruleId: 'internal-error',
                severity: 'error',
                message: `rule ${rule.id} failed on this file: ${error.message}`,
                range: file.doc.locate([])
            }));
        }
    }
    result.secrets = [...(0,secrets/* fileSecrets */.aW)(strings.all, file.doc.text, new Set(result.secrets), file.doc.jsonText)];
    if (result.reparse)
        file.doc.compact(result.reparse);
    return result;
}
/** The cross-file rules over every parsed file; a failing rule is reported, not thrown. */
function runProjectRules(files, rules = src_rules/* RULES */.y0, reparsers = new Map()) {
    const out = [];
    const byPath = new Map();
    for (const file of files)
        if (!byPath.has(file.path))
            byPath.set(file.path, file);
    for (const rule of rules) {
        if (!rule.checkProject)
            continue;
        try {
            const reports = rule.checkProject({ files });
            // A released file parsed again for its findings' positions is let go of after its last one, so
            // the run holds one such file at a time, not every file with a cross-file finding.
            const last = new Map();
            reports.forEach((report, index) => {
                const file = byPath.get(report.file);
                if (file)
                    last.set(file, index);
            });
            reports.forEach((report, index) => {
                const file = byPath.get(report.file);
                if (!file)
                    return;
                out.push(fromRuleReport(rule, file, report));
                const reparse = reparsers.get(file);
                if (reparse && last.get(file) === index)
                    file.doc.compact(reparse);
            });
        }
        catch (error) {
            const first = files[0];
            if (first)
                out.push((0,src_finding/* toDiagnostic */.Fd)(first.path, {
                    ruleId: 'internal-error',
                    severity: 'error',
                    message: `rule ${rule.id} failed: ${error.message}`,
                    range: first.doc.locate([])
                }));
        }
    }
    return out;
}
function fromRuleReport(rule, file, report) {
    const range = isRange(report.at) ? report.at : file.doc.locate(report.at, report.key ?? false);
    const finding = {
        ruleId: rule.id,
        severity: report.severity ?? rule.defaultSeverity,
        message: ruleMessage(rule, report),
        range
    };
    if (report.server !== undefined)
        finding.server = report.server;
    if (report.messageId !== undefined) {
        finding.messageId = report.messageId;
        finding.data = { ...report.data };
    }
    if (report.help !== undefined)
        finding.help = report.help;
    return (0,src_finding/* toDiagnostic */.Fd)(file.path, finding);
}
/** The sentence of a report: its rule's message template with the report's data filled in (`{{name}}`). */
function ruleMessage(rule, report) {
    if (report.messageId === undefined) {
        if (report.message === undefined)
            throw new Error(`rule ${rule.id} reported neither a message nor a messageId`);
        return report.message;
    }
    const template = rule.messages?.[report.messageId];
    if (template === undefined)
        throw new Error(`rule ${rule.id} has no message "${report.messageId}"`);
    try {
        return (0,message_template/* fillMessage */.f)(template, report.data);
    }
    catch (error) {
        throw new Error(`rule ${rule.id} message "${report.messageId}" ${error.message}`, { cause: error });
    }
}
/** A parser's or reader's problems as diagnostics, each placed by its offset in the text. */
function problemDiagnostics(file, problems, lines) {
    return problems.map(({ offset, length, ...problem }) => (0,src_finding/* toDiagnostic */.Fd)(file, { ...problem, range: lines.range(offset, length) }));
}
function isRange(at) {
    return !Array.isArray(at);
}
/**
 * Checks one file's text against the first of `hosts` that claims it. Pure: all it knows of the
 * file system is `context.exists`. Returns undefined for a discovered file no host claims.
 */
function checkText(text, readProblems, hosts, context, explicit, positionText) {
    const located = (problems, source) => problemDiagnostics(context.path, problems, new parse_source/* LineIndex */.rr(source));
    const primary = hosts[0];
    // A file that cannot be parsed is still scanned for credentials, as text.
    const unparsed = (source, problems, host) => {
        const lines = new parse_source/* LineIndex */.rr(source);
        const found = (0,hardcoded_secret/* textSecretReports */.v)(source).map((f) => (0,src_finding/* toDiagnostic */.Fd)(context.path, {
            ruleId: hardcoded_secret/* hardcodedSecret */.H.id,
            severity: 'error',
            message: ruleMessage(hardcoded_secret/* hardcodedSecret */.H, f),
            messageId: f.messageId,
            data: f.data,
            help: f.help,
            range: lines.range(f.offset, f.length)
        }));
        return {
            file: { path: context.path, host: host.id, servers: [] },
            diagnostics: [...located(problems, source), ...found],
            servers: [],
            secrets: (0,secrets/* textSecrets */.Vf)(source)
        };
    };
    if (text === undefined)
        return unparsed(positionText ?? '', readProblems, primary);
    for (const [index, host] of hosts.entries()) {
        const parsed = (0,parse/* parseDocument */.Tp)(text, host.syntaxFor ? { ...host, syntax: host.syntaxFor(context.path) } : host);
        const isLast = index === hosts.length - 1;
        if (!parsed.doc) {
            // A file that cannot be parsed is reported when its name is unambiguous (or it was named).
            if (host.claims && !explicit && isLast)
                return undefined;
            if (host.claims && !isLast)
                continue;
            return unparsed(text, [...readProblems, ...parsed.problems], host);
        }
        if (host.claims && !host.claims(parsed.doc.value) && !(explicit && isLast)) {
            if (isLast)
                return undefined;
            continue;
        }
        const result = checkDocument(parsed.doc, [...readProblems, ...parsed.problems], host, context);
        result.reparse = reparser(text, host.syntaxFor ? { name: host.name, syntax: host.syntaxFor(context.path) } : host);
        return result;
    }
    return undefined;
}
/**
 * Parses a file's text again for positions asked of it after they were released. A function of its own,
 * so that what it keeps alive for the rest of the run is the text and the host, not the whole check's scope.
 */
function reparser(text, host) {
    return () => (0,parse/* parseDocument */.Tp)(text, host).doc;
}
function checkDocument(doc, problems, host, context) {
    let servers = [];
    const findings = [];
    try {
        servers = host.normalise(doc.value, context);
        // Found when a finding or the dry run reads it: most files are never reported on at a server's key.
        for (const server of servers)
            server.keyRange = (0,parse_source/* lazyRange */.sF)(() => doc.locateOnce(server.pointer, true));
        const serverAt = (at) => servers.find((s) => s.pointer.every((segment, i) => String(at[i]) === String(segment)))?.name;
        findings.push(...(0,validate/* validateDocument */.mv)((0,validators/* validatorFor */.qA)(host.schemaFor?.(doc.value, context) ?? host.schemas[0]), doc, {
            unknownKeySeverity: host.unknownKeySeverity ?? 'warning',
            hostName: host.name,
            serverAt,
            // Hosts whose files are filled in by a release script take template markers in any value.
            templates: host.profile.placeholders.syntaxes.includes('registry-variable')
        }));
        // A host's own unknown-key finding explains the schema's at the same key better: keep one.
        const own = host.check?.(doc, context) ?? [];
        const explained = new Set(own
            .filter((f) => f.ruleId === 'schema-unknown-key')
            .map((f) => `${f.ruleId}|${f.range.start.line}:${f.range.start.column}`));
        for (let i = findings.length - 1; i >= 0; i--)
            if (explained.has(`${findings[i].ruleId}|${findings[i].range.start.line}:${findings[i].range.start.column}`))
                findings.splice(i, 1);
        findings.push(...own);
    }
    catch (error) {
        // A bug of ours must not hide the other files' findings: report it where it happened.
        findings.push({
            ruleId: 'internal-error',
            severity: 'error',
            message: `mcpcop failed on this file: ${error.message}`,
            range: doc.locate([])
        });
    }
    const diagnostics = [
        ...problemDiagnostics(context.path, problems, doc.lines),
        ...findings.map((f) => (0,src_finding/* toDiagnostic */.Fd)(context.path, f))
    ];
    return {
        file: { path: context.path, host: host.id, servers: servers.map((s) => s.name) },
        diagnostics: diagnostics.sort(src_finding/* compareDiagnostics */.oV),
        servers,
        parsed: { path: context.path, host, profile: (0,src_hosts/* profileOf */.dp)(host, context), doc, servers }
    };
}
function fileProblem(file, host, ruleId, message, severity = 'error') {
    return {
        file: { path: file, host, servers: [] },
        diagnostics: [{ ruleId, severity, message, file, line: 1, column: 1, endLine: 1, endColumn: 2 }],
        servers: []
    };
}
/**
 * Checks in-memory content as if it were the file at `filePath`, rules included (for tests and
 * editor integrations). Returns undefined when no host reads a file of that name. Callers load the
 * validators and parsers first (`loadAllValidators`, `loadAllParsers`), as they load the secret rules.
 */
function checkContent(filePath, content, options = {}) {
    const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
    const read = decodeConfigBytes(bytes);
    const forced = options.host === undefined ? undefined : hostById(options.host);
    const hosts = forced ? [forced] : hostsForPath(filePath);
    if (hosts.length === 0)
        return undefined;
    const exists = options.exists ?? (() => false);
    const result = checkText(read.text, read.problems, hosts, { path: filePath, exists }, forced !== undefined, 'positionText' in read ? read.positionText : undefined);
    if (!result)
        return undefined;
    const { report, servers } = finish([result], options.config ?? DEFAULT_CONFIG, exists, [], { missing: [], sources: new Map() }, activeRules(options.rules ?? RULES, options.config ?? DEFAULT_CONFIG));
    return { ...result, diagnostics: report.diagnostics, servers };
}


/***/ }),

/***/ 2018:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fd: () => (/* binding */ toDiagnostic),
/* harmony export */   TY: () => (/* binding */ atServer),
/* harmony export */   oV: () => (/* binding */ compareDiagnostics),
/* harmony export */   tq: () => (/* binding */ boundedMessage)
/* harmony export */ });
/* unused harmony export MAX_MESSAGE_CHARS */
/**
 * Longest message kept: messages quote keys and values from the file, and a 70 KB key quoted once
 * per finding would make every output grow with the square of the file.
 */
const MAX_MESSAGE_CHARS = 1000;
/** A message cut to MAX_MESSAGE_CHARS, with an ellipsis where it was cut. */
function boundedMessage(message) {
    return message.length > MAX_MESSAGE_CHARS ? `${message.slice(0, MAX_MESSAGE_CHARS - 1)}…` : message;
}
/** Flattens a finding into the report's diagnostic shape. */
function toDiagnostic(file, finding) {
    const diagnostic = {
        ruleId: finding.ruleId,
        severity: finding.severity,
        message: boundedMessage(finding.message),
        file,
        line: finding.range.start.line,
        column: finding.range.start.column,
        endLine: finding.range.end.line,
        endColumn: finding.range.end.column
    };
    if (finding.server !== undefined)
        diagnostic.server = finding.server;
    if (finding.messageId !== undefined) {
        diagnostic.messageId = finding.messageId;
        diagnostic.data = Object.fromEntries(Object.entries(finding.data ?? {}).map(([key, value]) => [
            key,
            typeof value === 'string' ? boundedMessage(value) : value
        ]));
    }
    if (finding.help !== undefined)
        diagnostic.help = boundedMessage(finding.help);
    return diagnostic;
}
const SEVERITY_ORDER = { error: 0, warning: 1, notice: 2 };
/** Sorts diagnostics by file, line, column, then severity and rule, so every output is stable. */
function compareDiagnostics(a, b) {
    if (a.file !== b.file)
        return a.file < b.file ? -1 : 1;
    return (a.line - b.line ||
        a.column - b.column ||
        SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
        a.ruleId.localeCompare(b.ruleId) ||
        a.message.localeCompare(b.message));
}
/** A diagnostic at the key of a server's entry in its config file. */
function atServer(server, ruleId, severity, message) {
    const range = server.keyRange ?? { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } };
    return {
        ruleId,
        severity,
        message,
        file: server.file,
        line: range.start.line,
        column: range.start.column,
        endLine: range.end.line,
        endColumn: range.end.column,
        server: server.name
    };
}


/***/ }),

/***/ 1262:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  kZ: () => (/* binding */ HOSTS),
  Ny: () => (/* binding */ equivalentKeys),
  hL: () => (/* binding */ hostById),
  gT: () => (/* binding */ hostsForPath),
  dp: () => (/* binding */ profileOf),
  iW: () => (/* binding */ serverMapKeys),
  DK: () => (/* binding */ typeNames),
  kY: () => (/* binding */ urlKeys)
});

// UNUSED EXPORTS: lazyMatcher, profilesOf

// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(4006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
// EXTERNAL MODULE: ./src/hosts/profile.ts
var profile = __webpack_require__(4162);
// EXTERNAL MODULE: ./src/hosts/util.ts
var util = __webpack_require__(5035);
;// CONCATENATED MODULE: ./src/hosts/claude-code.ts


/**
 * How Claude Code reads a project's `.mcp.json`. Its stdio entries have no `cwd`: the SDK's
 * McpStdioServerConfig is `{ type?, command, args?, env? }`, and a `cwd` is dropped without a word
 * (anthropics/claude-code#17565, #42883, #54786); servers start where Claude Code was started.
 */
const CLAUDE_CODE_PROFILE = {
    role: 'client',
    readFrom: 'project',
    mcpOnly: true,
    projectRoot: profile/* aboveDotFolder */.b7,
    notRead: null,
    // Servers an administrator sets for every user of the machine, in the .mcp.json format.
    userFiles: [
        {
            paths: {
                linux: ['/etc/claude-code/managed-mcp.json'],
                darwin: ['/Library/Application Support/ClaudeCode/managed-mcp.json'],
                win32: ['C:/Program Files/ClaudeCode/managed-mcp.json']
            },
            scope: 'managed',
            note: 'servers set by an administrator for every user of this machine',
            source: 'code.claude.com/docs/en/managed-mcp (claude-code-docs docs/managed-mcp.md @ec68a5b)',
            unconfirmed: {}
        }
    ],
    servers: {
        at: ['mcpServers'],
        shape: 'map',
        ownKeys: [],
        // host-formats.md §2.1: names Claude Code keeps for its built-in servers, and skips in .mcp.json.
        reservedNames: ['workspace', 'claude-in-chrome', 'computer-use', 'Claude Preview', 'Claude Browser'],
        inputs: null
    },
    transports: {
        types: {
            values: { stdio: profile/* STDIO */._h, http: profile/* HTTP */.Bo, 'streamable-http': profile/* HTTP */.Bo, sse: profile/* SSE */.y1, ws: profile.WS },
            otherwise: 'skips the server'
        },
        untyped: {
            command: profile/* STDIO */._h,
            url: {
                url: {
                    // Without a type an entry is a stdio process, which a url alone cannot start.
                    ...profile/* STDIO */._h,
                    fails: 'Claude Code starts a server without "type" as a stdio process, so it skips this one ("has a \\"url\\" but no \\"type\\"")',
                    sseEndpoint: null
                }
            }
        },
        commandAndUrl: null,
        stdioOnly: null
    },
    launch: {
        cwd: {
            honoured: false,
            source: 'McpStdioServerConfig (code.claude.com/docs/en/agent-sdk/typescript) has no cwd; anthropics/claude-code#17565, #42883, #54786'
        },
        startsIn: 'project',
        // code.claude.com/docs/en/mcp: "Claude Code sets CLAUDE_PROJECT_DIR in the spawned server's environment".
        environment: { CLAUDE_PROJECT_DIR: 'project' },
        command: 'program'
    },
    placeholders: {
        syntaxes: ['dollar-brace'],
        variables: {},
        variablePrefixes: ['user_config.'],
        allEditorVariables: false,
        variableFields: [],
        withoutExpansion: null,
        // code.claude.com/docs/en/mcp: the plugin path variables are substituted for plugin servers only.
        setElsewhere: {
            names: ['CLAUDE_PLUGIN_ROOT', 'CLAUDE_PLUGIN_DATA'],
            for: "the servers of a plugin (a .mcp.json beside .claude-plugin/plugin.json), not for a project's",
            instead: 'use a path relative to the project folder, or "${CLAUDE_PROJECT_DIR:-.}"'
        }
    },
    approvals: profile/* NO_APPROVALS */.J_
};
/**
 * A plugin's `.mcp.json`: the same entries, plus the plugin's path variables (substituted by Claude
 * Code itself), and no reserved names, since plugin servers are renamed `plugin:<plugin>:<name>`.
 */
const CLAUDE_PLUGIN_SERVERS_PROFILE = {
    ...CLAUDE_CODE_PROFILE,
    userFiles: [],
    servers: { ...CLAUDE_CODE_PROFILE.servers, reservedNames: [] },
    launch: { ...CLAUDE_CODE_PROFILE.launch, environment: { CLAUDE_PROJECT_DIR: 'working-directory' } },
    placeholders: {
        ...CLAUDE_CODE_PROFILE.placeholders,
        variables: {
            CLAUDE_PLUGIN_ROOT: 'project',
            CLAUDE_PLUGIN_DATA: 'host-only',
            CLAUDE_PROJECT_DIR: 'working-directory'
        },
        setElsewhere: null
    }
};
/** `.mcp.json` saved inside `.claude/`, which Claude Code never reads (anthropics/claude-code#5037). */
const IN_CLAUDE_DIR = /(^|\/)\.claude\/\.mcp\.json$/;
/** A plugin's `.mcp.json` sits beside `.claude-plugin/plugin.json`, and may be a bare server map. */
function isPluginRoot(context) {
    const dir = context.path.includes('/') ? context.path.slice(0, context.path.lastIndexOf('/') + 1) : '';
    return context.exists(`${dir}.claude-plugin/plugin.json`);
}
/** Whether the document is a bare map of servers (the form official plugins commit). */
const isBareMap = util/* isBareServerMap */.Ev;
/**
 * Claude Code: `.mcp.json` at the project root (and in plugins). A server without `type` is started
 * as stdio, so a typeless `url` is a broken stdio entry, not a remote one.
 */
const claudeCode = {
    id: 'claude-code',
    name: 'Claude Code',
    patterns: ['**/.mcp.json'],
    syntax: 'json',
    profile: CLAUDE_CODE_PROFILE,
    profileFor(context) {
        if (IN_CLAUDE_DIR.test(context.path)) {
            const readFrom = `${context.path.slice(0, context.path.length - '.claude/.mcp.json'.length)}.mcp.json`;
            return {
                ...CLAUDE_CODE_PROFILE,
                notRead: { because: 'it loads project servers only from .mcp.json at the project root', readFrom }
            };
        }
        return isPluginRoot(context) ? CLAUDE_PLUGIN_SERVERS_PROFILE : CLAUDE_CODE_PROFILE;
    },
    // A plugin's bare map validates each member as a server.
    schemas: ['claude-code', 'claude-code-bare-map'],
    schemaFor(value) {
        // A bare map outside a plugin is reported once by check(); its servers are still validated.
        return isBareMap(value) ? 'claude-code-bare-map' : 'claude-code';
    },
    check(doc, context) {
        if (isBareMap(doc.value) && !isPluginRoot(context)) {
            return [
                {
                    ruleId: 'schema-required',
                    severity: 'error',
                    message: 'this .mcp.json is a bare map of servers without the "mcpServers" wrapper',
                    messageId: 'bareServerMap',
                    data: { key: 'mcpServers' },
                    help: 'Claude Code accepts that form only in a plugin (beside .claude-plugin/plugin.json), so here it loads no server; wrap the servers in { "mcpServers": { ... } }.',
                    range: doc.locate([])
                }
            ];
        }
        return [];
    },
    normalise(value, context) {
        const mapPath = isBareMap(value) ? [] : ['mcpServers'];
        return (0,util/* normaliseServerMap */.IP)(value, mapPath, { host: 'claude-code', file: context.path }, (entry) => {
            const declaredType = (0,util/* asString */.oJ)(entry.type);
            return {
                transport: declaredType === undefined ? 'stdio' : (0,profile/* typeMeaning */.UH)(CLAUDE_CODE_PROFILE, declaredType).transport,
                declaredType
            };
        });
    }
};

;// CONCATENATED MODULE: ./src/hosts/claude-settings.ts

/** `mcp__server`, `mcp__server__*` or `mcp__*` in `permissions.allow`: every tool of the matching servers. */
function serverGrant(entry) {
    const m = /^mcp__(.+)$/.exec(entry.trim());
    if (!m)
        return undefined;
    const separator = m[1].indexOf('__');
    if (separator === -1)
        return m[1];
    return m[1].slice(separator + 2) === '*' ? m[1].slice(0, separator) : undefined;
}
/**
 * Settings define no server: they approve the servers of the project's `.mcp.json` by name, and
 * grant tools in `permissions.allow`. The server facts are those of a file without servers.
 */
const PROFILE = {
    role: 'settings',
    readFrom: 'project',
    mcpOnly: false,
    projectRoot: profile/* aboveDotFolder */.b7,
    notRead: null,
    userFiles: [
        {
            paths: (0,profile/* onEverySystem */.CZ)(['${CLAUDE_CONFIG_DIR}/settings.json', '~/.claude/settings.json']),
            scope: 'user',
            note: 'Claude Code reads no servers here; user servers belong in ~/.claude.json (claude mcp add --scope user)',
            source: 'code.claude.com/docs/en/settings (claude-code-docs docs/settings.md, docs/mcp-quickstart.md @ec68a5b); anthropics/claude-code#24477',
            unconfirmed: {}
        }
    ],
    servers: null,
    transports: { types: null, untyped: { command: profile/* UNLOADABLE */.gk, url: {} }, commandAndUrl: null, stdioOnly: null },
    launch: (0,profile/* startsInProject */.K2)({ honoured: false, source: 'settings files define no server' }),
    placeholders: (0,profile/* expandsOnly */.kz)([]),
    approvals: {
        toolList: null,
        serverSwitch: null,
        fileGrants: {
            at: ['permissions', 'allow'],
            verb: 'call',
            serverOf: serverGrant,
            example: (server) => (server === '*' ? 'mcp__github__get_issue' : `mcp__${server}__<tool>`)
        },
        // code.claude.com/docs/en/settings-reference; servers in settings.json are ignored (anthropics/claude-code#24477).
        projectServers: {
            file: '.mcp.json',
            all: 'enableAllProjectMcpServers',
            approve: 'enabledMcpjsonServers',
            reject: 'disabledMcpjsonServers',
            ignoredServerMap: 'mcpServers'
        }
    }
};
/**
 * Claude Code settings files, for their MCP approval keys (`enableAllProjectMcpServers`,
 * `enabledMcpjsonServers`, allow and deny lists). They define no server: those live in `.mcp.json`.
 */
const claudeSettings = {
    id: 'claude-settings',
    name: 'Claude Code',
    patterns: ['**/.claude/settings.json', '**/.claude/settings.local.json'],
    syntax: 'json',
    profile: PROFILE,
    schemas: ['claude-settings'],
    normalise: () => []
};

;// CONCATENATED MODULE: ./src/hosts/claude-user.ts



/**
 * `~/.claude.json`: the entries mean what they mean in `.mcp.json`, but the file is each user's own,
 * holds Claude Code's other state too, and its servers start wherever Claude Code is started (the
 * local-scope ones only in their project).
 */
const claude_user_PROFILE = {
    ...CLAUDE_CODE_PROFILE,
    readFrom: 'user-folder',
    mcpOnly: false,
    projectRoot: () => '',
    userFiles: [
        {
            paths: (0,profile/* onEverySystem */.CZ)(['${CLAUDE_CONFIG_DIR}/.claude.json', '~/.claude.json']),
            scope: 'user',
            note: 'user servers ("mcpServers") and each project\'s local servers ("projects.<folder>.mcpServers")',
            source: 'code.claude.com/docs/en/mcp (claude-code-docs docs/mcp.md §Local scope, docs/mcp-quickstart.md, docs/env-vars.md CLAUDE_CONFIG_DIR @ec68a5b)',
            unconfirmed: {}
        }
    ]
};
function claudeTransport(entry) {
    const declaredType = (0,util/* asString */.oJ)(entry.type);
    return {
        transport: declaredType === undefined ? 'stdio' : (0,profile/* typeMeaning */.UH)(claude_user_PROFILE, declaredType).transport,
        declaredType
    };
}
/**
 * Claude Code's user file, `~/.claude.json` (or `$CLAUDE_CONFIG_DIR/.claude.json`): user-scope servers
 * under `mcpServers`, and under `projects["<folder>"].mcpServers` the local-scope servers of each
 * project, which Claude Code starts only in that folder. Read by `mcpcop doctor`; never committed.
 */
const claudeUser = {
    id: 'claude-user',
    name: 'Claude Code',
    patterns: [],
    syntax: 'json',
    profile: claude_user_PROFILE,
    schemas: ['claude-user'],
    normalise(value, context) {
        const base = { host: 'claude-user', file: context.path };
        const servers = (0,util/* normaliseServerMap */.IP)(value, ['mcpServers'], base, claudeTransport);
        for (const [project, settings] of (0,util/* serverEntries */.CB)(value, ['projects'])) {
            if (!(0,util/* isRecord */.u4)(settings))
                continue;
            for (const server of (0,util/* normaliseServerMap */.IP)(value, ['projects', project, 'mcpServers'], base, claudeTransport))
                servers.push({ ...server, project });
        }
        return servers;
    }
};

;// CONCATENATED MODULE: ./src/hosts/claude-plugin.ts
// Importing claude-code.js also registers the Claude Code schema whose server definition this one refers to.



/** Inline servers mean what they mean in a plugin's `.mcp.json`; the manifest holds the plugin's other fields too. */
const claude_plugin_PROFILE = { ...CLAUDE_PLUGIN_SERVERS_PROFILE, mcpOnly: false };
/** Claude Code's transport rule, as for .mcp.json: no `type` means stdio. */
function claude_plugin_claudeTransport(entry) {
    const declaredType = (0,util/* asString */.oJ)(entry.type);
    return {
        transport: declaredType === undefined ? 'stdio' : (0,profile/* typeMeaning */.UH)(claude_plugin_PROFILE, declaredType).transport,
        declaredType
    };
}
/** The servers held inline in `mcpServers`: the map itself, or each map item of an array. */
function inlineServers(value, file) {
    const base = { host: 'claude-plugin', file };
    const servers = (0,util/* isRecord */.u4)(value) ? value.mcpServers : undefined;
    if ((0,util/* isRecord */.u4)(servers))
        return (0,util/* normaliseServerMap */.IP)(value, ['mcpServers'], base, claude_plugin_claudeTransport);
    if (!Array.isArray(servers))
        return [];
    return servers.flatMap((_item, index) => (0,util/* normaliseServerMap */.IP)(value, ['mcpServers', index], base, claude_plugin_claudeTransport));
}
/**
 * Claude Code plugins: `.claude-plugin/plugin.json`, whose `mcpServers` holds servers inline (the
 * `.mcp.json` server shape) or points at a JSON file or an MCPB bundle. Only inline servers are
 * normalised; the referenced files are checked on their own.
 */
const claudePlugin = {
    id: 'claude-plugin',
    name: 'Claude Code',
    patterns: ['**/.claude-plugin/plugin.json'],
    syntax: 'json',
    profile: claude_plugin_PROFILE,
    schemas: ['claude-plugin'],
    normalise: (value, context) => inlineServers(value, context.path)
};

// EXTERNAL MODULE: ./src/describe-path.ts
var describe_path = __webpack_require__(9104);
// EXTERNAL MODULE: ./src/message-template.ts
var message_template = __webpack_require__(3887);
;// CONCATENATED MODULE: ./src/hosts/mcp-servers-json.ts



/**
 * Helpers for the Claude-style `{ "mcpServers": { "<name>": { ... } } }` files that Claude Desktop,
 * Cursor, Roo Code, Kiro, Amazon Q, Junie and Windsurf read. Each host gives the same keys its own
 * meaning, so the transport rule stays in each adapter; what is shared is the file's shape.
 */
/** Where the server map sits in every file of this family. */
const MCP_SERVERS = ['mcpServers'];
/**
 * The messages about a server map under another host's key, one sentence each (worded as the
 * `wrong-servers-key` rule's, which replaces these findings when it runs); why and the fix go to help.
 */
const FOREIGN_KEY_MESSAGES = {
    wrongKey: '{{host}} starts no server under "{{key}}": it reads servers only from "{{expected}}"',
    emptyMap: '{{host}} ignores the empty "{{key}}" map: it reads servers only from "{{expected}}"'
};
/**
 * A server map under `key` where the host reads only `expected`, in `where` (a file, or a setting):
 * an error when it holds servers the host never starts; an empty (or malformed) map loses no server,
 * so it only deserves the usual unknown-key warning.
 */
function foreignKeyFinding(doc, at, names, count, 
/** Whether the container also has the expected key (then the fix is to move, not rename). */
both) {
    const { host, key, expected, where } = names;
    const data = { host, key, expected };
    const messageId = count === 0 ? 'emptyMap' : 'wrongKey';
    const servers = count === 1 ? 'the 1 server under it is' : `the ${count} servers under it are`;
    const fix = count > 0 && both ? `move ${count === 1 ? 'it' : 'them'} into "${expected}"` : `rename the key to "${expected}"`;
    const lost = count === 0 ? '' : `, so ${servers} never started`;
    return {
        ruleId: 'schema-unknown-key',
        severity: count === 0 ? 'warning' : 'error',
        message: (0,message_template/* fillMessage */.f)(FOREIGN_KEY_MESSAGES[messageId], data),
        messageId,
        data,
        help: `"${key}" is ${key === 'servers' ? "VS Code's key" : 'the key of Claude Code and most other hosts'}; ${host} reads servers only from "${expected}" in ${where}${lost}: ${fix}.`,
        range: doc.locate([...at, key], true)
    };
}
/**
 * VS Code's `servers` key in a file whose host reads only `mcpServers`: the host loads none of those
 * servers and says nothing, so the mistake (common when a config is copied from VS Code) goes unseen.
 */
function checkServersKey(doc, hostName, fileName) {
    const root = doc.value;
    if (!(0,util/* isRecord */.u4)(root) || !('servers' in root))
        return [];
    const count = (0,util/* serverEntries */.CB)(root, ['servers']).length;
    const names = { host: hostName, key: 'servers', expected: 'mcpServers', where: fileName };
    return [foreignKeyFinding(doc, [], names, count, 'mcpServers' in root)];
}
/** The `type` string as written, or undefined (a non-string `type` is a schema error, not a name). */
function declaredTypeOf(entry) {
    return (0,util/* asString */.oJ)(entry.type);
}
/** Whether a key holds a string with at least one character (several hosts default missing keys to ""). */
function hasText(entry, key) {
    return typeof entry[key] === 'string' && entry[key].length > 0;
}
/** The servers under `mcpServers`, in the host's own meaning (none when the file has only `servers`). */
function normaliseMcpServers(value, host, file, transportOf) {
    return (0,util/* normaliseServerMap */.IP)(value, MCP_SERVERS, { host, file }, transportOf);
}
/** Builds a finding about one key of one server, in the shape the schema step gives its own. */
function serverKeyFinding(doc, name, key, ruleId, message) {
    return {
        ruleId,
        severity: 'error',
        message: message((0,describe_path/* describePath */.N)([...MCP_SERVERS, name, key])),
        range: doc.locate([...MCP_SERVERS, name, key], true),
        server: name
    };
}

;// CONCATENATED MODULE: ./src/hosts/claude-desktop.ts



/**
 * The app reads its config from each user's own settings folder and starts every server from its own
 * working directory, not from a project; an entry is `command`, `args` and `env` only
 * (modelcontextprotocol.io/docs/develop/connect-local-servers), so a `cwd` is not read.
 */
const claude_desktop_PROFILE = {
    role: 'client',
    readFrom: 'user-folder',
    mcpOnly: true,
    projectRoot: profile/* aboveDotFolder */.b7,
    notRead: null,
    userFiles: [
        {
            paths: {
                darwin: ['~/Library/Application Support/Claude/claude_desktop_config.json'],
                win32: ['${APPDATA}/Claude/claude_desktop_config.json', '~/AppData/Roaming/Claude/claude_desktop_config.json'],
                linux: ['${XDG_CONFIG_HOME}/Claude/claude_desktop_config.json', '~/.config/Claude/claude_desktop_config.json']
            },
            scope: 'user',
            note: 'Claude Desktop and its Code tab start these servers; the claude command line does not read this file',
            source: 'modelcontextprotocol/modelcontextprotocol docs/docs/develop/connect-local-servers.mdx @2058728',
            unconfirmed: {
                linux: "the Linux beta's documentation does not state the path; this is where the unofficial aaddrick/claude-desktop-debian build reads it"
            }
        }
    ],
    servers: { at: ['mcpServers'], shape: 'map', ownKeys: [], reservedNames: [], inputs: null },
    transports: {
        types: { values: { stdio: profile/* STDIO */._h }, otherwise: 'skips the server' },
        untyped: { command: profile/* STDIO */._h, url: { url: { ...profile/* UNLOADABLE */.gk, fails: null, sseEndpoint: null } } },
        commandAndUrl: null,
        stdioOnly: {
            does: 'Claude Desktop starts only local stdio servers from claude_desktop_config.json and skips remote entries ("not valid MCP server configurations and were skipped")',
            instead: `add the remote server under Settings > Connectors instead, or ${profile/* BRIDGE_REMOTE */.dD}`
        }
    },
    launch: {
        cwd: {
            honoured: false,
            source: 'modelcontextprotocol.io/docs/develop/connect-local-servers: an entry has command, args and env'
        },
        startsIn: 'host-folder',
        environment: {},
        command: 'program'
    },
    placeholders: (0,profile/* expandsOnly */.kz)([]),
    approvals: profile/* NO_APPROVALS */.J_
};
/**
 * A server entry outside `mcpServers` (a bare map, or a misplaced closing brace). The file also holds
 * the app's own settings, so its top level is open and the schema cannot see it; none of the app's
 * settings is an object with a `command` or `url`.
 */
function misplacedServers(doc) {
    if (!(0,util/* isRecord */.u4)(doc.value))
        return [];
    return Object.entries(doc.value)
        .filter(([key, entry]) => key !== 'mcpServers' &&
        key !== 'servers' &&
        (0,util/* isRecord */.u4)(entry) &&
        (typeof entry.command === 'string' || typeof entry.url === 'string'))
        .map(([key]) => ({
        ruleId: 'schema-required',
        severity: 'error',
        message: `"${key}" looks like a server but sits outside "mcpServers"`,
        messageId: 'outsideServerMap',
        data: { key },
        help: 'Claude Desktop reads servers only from "mcpServers", so it never starts it; move it into { "mcpServers": { ... } }.',
        range: doc.locate([key], true)
    }));
}
/**
 * Claude Desktop: repositories commit example copies of the app's `claude_desktop_config.json`.
 * Strict JSON; every entry is a local stdio process (remote entries are skipped, so they cannot
 * load); values are passed literally, with no placeholder expansion.
 */
const claudeDesktop = {
    id: 'claude-desktop',
    name: 'Claude Desktop',
    patterns: ['**/claude_desktop_config.json'],
    syntax: 'json',
    profile: claude_desktop_PROFILE,
    schemas: ['claude-desktop'],
    check: (doc) => [...checkServersKey(doc, 'Claude Desktop', 'claude_desktop_config.json'), ...misplacedServers(doc)],
    normalise(value, context) {
        return normaliseMcpServers(value, 'claude-desktop', context.path, (entry) => {
            const declaredType = declaredTypeOf(entry);
            // Only a program can be started; a remote or unknown type is skipped by the app.
            const startable = (entry.type === undefined || declaredType === 'stdio') && 'command' in entry;
            return { transport: startable ? 'stdio' : 'unknown', declaredType };
        });
    }
};

;// CONCATENATED MODULE: ./src/hosts/cursor.ts


/** cursor.com/docs/mcp; a `cwd` is not honoured for stdio servers (vectorize-io/hindsight#4530). */
const cursor_PROFILE = {
    role: 'client',
    readFrom: 'project',
    mcpOnly: true,
    projectRoot: profile/* aboveDotFolder */.b7,
    notRead: null,
    userFiles: [
        {
            paths: { linux: ['~/.cursor/mcp.json'], darwin: ['~/.cursor/mcp.json'], win32: ['~/.cursor/mcp.json'] },
            scope: 'user',
            note: "merged with each project's .cursor/mcp.json",
            source: 'cursor.com/docs/mcp',
            unconfirmed: {}
        }
    ],
    servers: { at: ['mcpServers'], shape: 'map', ownKeys: [], reservedNames: [], inputs: null },
    transports: {
        types: {
            values: { stdio: profile/* STDIO */._h, sse: profile/* SSE */.y1, http: profile/* HTTP_THEN_SSE */.ne, 'streamable-http': profile/* HTTP */.Bo },
            otherwise: 'cannot load the server'
        },
        untyped: {
            command: profile/* STDIO */._h,
            url: {
                url: {
                    ...profile/* HTTP_THEN_SSE */.ne,
                    fails: null,
                    sseEndpoint: {
                        does: 'Cursor connects to a "url" without "type" with Streamable HTTP and falls back to SSE only when that fails',
                        fix: 'add "type": "sse"'
                    }
                }
            }
        },
        commandAndUrl: null,
        stdioOnly: null
    },
    launch: (0,profile/* startsInProject */.K2)({
        honoured: false,
        source: 'vectorize-io/hindsight#4530; cursor.com/docs/mcp documents no cwd'
    }),
    placeholders: {
        syntaxes: ['env-colon', 'editor-variable'],
        // The five editor variables cursor.com/docs/mcp lists.
        variables: {
            userHome: 'home',
            workspaceFolder: 'project',
            workspaceFolderBasename: 'project-name',
            pathSeparator: 'path-separator',
            '/': 'path-separator'
        },
        variablePrefixes: [],
        allEditorVariables: false,
        variableFields: [],
        withoutExpansion: null,
        setElsewhere: null
    },
    approvals: profile/* NO_APPROVALS */.J_
};
/**
 * Cursor (IDE and cursor-agent CLI): `.cursor/mcp.json`, strict JSON. A declared `type` wins;
 * otherwise `command` means stdio and a `url` means Streamable HTTP (with an SSE fallback).
 */
const cursor = {
    id: 'cursor',
    name: 'Cursor',
    patterns: ['**/.cursor/mcp.json'],
    syntax: 'json',
    profile: cursor_PROFILE,
    schemas: ['cursor'],
    check: (doc) => checkServersKey(doc, 'Cursor', '.cursor/mcp.json'),
    normalise(value, context) {
        return normaliseMcpServers(value, 'cursor', context.path, (entry) => {
            const declaredType = declaredTypeOf(entry);
            if (entry.type !== undefined)
                return {
                    transport: declaredType === undefined ? 'unknown' : (0,profile/* typeMeaning */.UH)(cursor_PROFILE, declaredType).transport,
                    declaredType
                };
            if ('command' in entry)
                return { transport: 'stdio' };
            return { transport: 'url' in entry ? 'http' : 'unknown' };
        });
    }
};

;// CONCATENATED MODULE: ./src/hosts/vscode.ts



/**
 * VS Code's reading of `.vscode/mcp.json` (microsoft/vscode: src/vs/platform/mcp/common/mcpPlatformTypes.ts,
 * mcpConfiguration.ts). `http` tries Streamable HTTP, then SSE; a stdio server starts in its `cwd`, by
 * default the workspace folder. Every predefined variable of the editor is expanded.
 */
/**
 * Where VS Code keeps a user's files, as `UserFile` paths: `<user data>/User/<relative>`. The user
 * data folder is `$VSCODE_PORTABLE/user-data` in portable mode, else `$VSCODE_APPDATA/<product>`,
 * else `%APPDATA%` (or `%USERPROFILE%\\AppData\\Roaming`), `~/Library/Application Support` or
 * `$XDG_CONFIG_HOME` (or `~/.config`) followed by the product folder (microsoft/vscode
 * src/vs/platform/environment/node/userDataPath.ts getUserDataPath @05528c7). Extensions such as Roo
 * Code and Cline keep their settings under it too. A `--user-data-dir` given on the command line
 * cannot be known.
 */
function inVscodeUserData(relative, product = 'Code') {
    const common = [`\${VSCODE_PORTABLE}/user-data/User/${relative}`, `\${VSCODE_APPDATA}/${product}/User/${relative}`];
    return {
        linux: [...common, `\${XDG_CONFIG_HOME}/${product}/User/${relative}`, `~/.config/${product}/User/${relative}`],
        darwin: [...common, `~/Library/Application Support/${product}/User/${relative}`],
        win32: [...common, `\${APPDATA}/${product}/User/${relative}`, `~/AppData/Roaming/${product}/User/${relative}`]
    };
}
const VSCODE_PROFILE = {
    role: 'client',
    readFrom: 'project',
    mcpOnly: true,
    projectRoot: profile/* aboveDotFolder */.b7,
    notRead: null,
    userFiles: [
        {
            paths: inVscodeUserData('mcp.json'),
            scope: 'user',
            note: null,
            source: 'microsoft/vscode src/vs/platform/environment/node/userDataPath.ts @05528c7; microsoft/vscode-docs docs/agents/reference/mcp-configuration.md @a5dc2e3',
            unconfirmed: {}
        },
        {
            paths: inVscodeUserData('profiles/*/mcp.json'),
            scope: 'user',
            note: "a profile's own servers (the folder is a hash of the profile's name)",
            source: 'microsoft/vscode src/vs/platform/userDataProfile/common/userDataProfile.ts (profilesHome, mcpResource) @01254de',
            unconfirmed: {}
        },
        {
            paths: inVscodeUserData('mcp.json', 'Code - Insiders'),
            scope: 'user',
            note: 'VS Code Insiders',
            source: 'the product folder of VS Code Insiders',
            unconfirmed: {
                linux: 'the folder name "Code - Insiders" is widely used but comes from product.json, which is not in the open-source repository',
                darwin: 'the folder name "Code - Insiders" is widely used but comes from product.json, which is not in the open-source repository',
                win32: 'the folder name "Code - Insiders" is widely used but comes from product.json, which is not in the open-source repository'
            }
        }
    ],
    servers: { at: ['servers'], shape: 'map', ownKeys: [], reservedNames: [], inputs: ['inputs'] },
    transports: {
        types: { values: { stdio: profile/* STDIO */._h, http: profile/* HTTP_THEN_SSE */.ne, sse: profile/* SSE */.y1 }, otherwise: 'cannot load the server' },
        untyped: {
            command: profile/* STDIO */._h,
            url: {
                url: {
                    ...profile/* HTTP_THEN_SSE */.ne,
                    fails: null,
                    sseEndpoint: {
                        does: 'VS Code reads a "url" without "type" as "http": it tries Streamable HTTP and falls back to SSE only when that fails',
                        fix: 'add "type": "sse"'
                    }
                }
            }
        },
        commandAndUrl: null,
        stdioOnly: null
    },
    launch: (0,profile/* startsInProject */.K2)({
        honoured: true,
        source: 'IMcpStdioServerConfiguration.cwd (microsoft/vscode mcpPlatformTypes.ts)'
    }),
    placeholders: {
        syntaxes: ['env-colon', 'input', 'editor-variable'],
        variables: {
            workspaceFolder: 'project',
            workspaceRoot: 'project',
            workspaceFolderBasename: 'project-name',
            userHome: 'home',
            pathSeparator: 'path-separator',
            '/': 'path-separator'
        },
        variablePrefixes: [],
        allEditorVariables: true,
        variableFields: [],
        withoutExpansion: null,
        setElsewhere: null
    },
    approvals: profile/* NO_APPROVALS */.J_
};
/**
 * VS Code's reading of one entry: a declared `type` wins; without one, `command` means stdio and a
 * lone `url` means a remote server (http, which falls back to SSE).
 */
function vscodeTransport(entry) {
    const declaredType = (0,util/* asString */.oJ)(entry.type);
    if (entry.type !== undefined)
        return {
            transport: declaredType === undefined ? 'unknown' : (0,profile/* typeMeaning */.UH)(VSCODE_PROFILE, declaredType).transport,
            declaredType
        };
    if (typeof entry.command !== 'string' && typeof entry.url === 'string')
        return { transport: 'http' };
    return { transport: 'stdio' };
}
/** The servers of a VS Code `{ servers, inputs }` object found at `at` in the document. */
function normaliseVscodeServers(value, at, base) {
    // VS Code has no per-entry switch in its files (servers are stopped from the UI), so none is disabled.
    return (0,util/* normaliseServerMap */.IP)(value, [...at, 'servers'], base, vscodeTransport).map((server) => {
        delete server.disabled;
        return server;
    });
}
/**
 * A Claude-style `mcpServers` key where VS Code expects `servers`: VS Code loads none of those servers,
 * and its own schema only hints at the unknown key, so the mistake goes unnoticed.
 */
function checkMcpServersKey(doc, at, where) {
    let node = doc.value;
    for (const segment of at)
        node = (0,util/* isRecord */.u4)(node) ? node[String(segment)] : undefined;
    if (!(0,util/* isRecord */.u4)(node) || !('mcpServers' in node))
        return [];
    const count = (0,util/* serverEntries */.CB)(node, ['mcpServers']).length;
    const names = { host: 'VS Code', key: 'mcpServers', expected: 'servers', where };
    return [foreignKeyFinding(doc, at, names, count, 'servers' in node)];
}
/**
 * VS Code (GitHub Copilot Chat): `.vscode/mcp.json` in the workspace, JSON with comments. Servers sit
 * under `servers` (not `mcpServers`), with `inputs` that `${input:id}` placeholders refer to.
 */
const vscode = {
    id: 'vscode',
    name: 'VS Code',
    patterns: ['**/.vscode/mcp.json'],
    syntax: 'jsonc',
    profile: VSCODE_PROFILE,
    schemas: ['vscode'],
    check: (doc) => checkMcpServersKey(doc, [], '.vscode/mcp.json'),
    normalise: (value, context) => normaliseVscodeServers(value, [], { host: 'vscode', file: context.path })
};

;// CONCATENATED MODULE: ./src/hosts/vscode-settings.ts


/** The same servers and inputs as `.vscode/mcp.json`, one level down in the `mcp` setting, among every other setting. */
const vscode_settings_PROFILE = {
    ...VSCODE_PROFILE,
    mcpOnly: false,
    userFiles: [
        {
            paths: inVscodeUserData('settings.json'),
            scope: 'legacy',
            note: 'servers in the "mcp" setting, which VS Code 1.102 moved to mcp.json',
            source: 'microsoft/vscode src/vs/platform/environment/node/userDataPath.ts @05528c7; redis/mcp-redis#57',
            unconfirmed: {}
        }
    ],
    servers: { ...VSCODE_PROFILE.servers, at: ['mcp', 'servers'], inputs: ['mcp', 'inputs'] }
};
/**
 * VS Code's legacy home for MCP servers: the `mcp` setting (`{ servers, inputs }`) of
 * `.vscode/settings.json`, used before 1.102 moved them to `.vscode/mcp.json`. The file holds every
 * other workspace setting too, so only files with an `mcp` setting are claimed, and only it is checked.
 */
const vscodeSettings = {
    id: 'vscode-settings',
    name: 'VS Code',
    patterns: ['**/.vscode/settings.json'],
    syntax: 'jsonc',
    profile: vscode_settings_PROFILE,
    claims: (value) => (0,util/* isRecord */.u4)(value) && 'mcp' in value,
    schemas: ['vscode-settings'],
    check: (doc) => checkMcpServersKey(doc, ['mcp'], 'the "mcp" setting'),
    normalise: (value, context) => normaliseVscodeServers(value, ['mcp'], { host: 'vscode-settings', file: context.path })
};

;// CONCATENATED MODULE: ./src/hosts/gemini.ts


/**
 * Gemini CLI's reading of `.gemini/settings.json` (google-gemini/gemini-cli: packages/core/src/tools/mcp-client.ts,
 * MCPServerConfig in config.ts): `httpUrl` is Streamable HTTP; a `url` without `type` tries Streamable
 * HTTP and then SSE, while an explicit `type` is used as it is; a stdio server starts in its `cwd`.
 */
const GEMINI_PROFILE = {
    role: 'client',
    readFrom: 'project',
    mcpOnly: false,
    projectRoot: profile/* aboveDotFolder */.b7,
    notRead: null,
    userFiles: [
        {
            paths: (0,profile/* onEverySystem */.CZ)(['${GEMINI_CLI_HOME}/.gemini/settings.json', '~/.gemini/settings.json']),
            scope: 'user',
            note: null,
            source: 'google-gemini/gemini-cli packages/core/src/utils/paths.ts, packages/core/src/config/storage.ts @5411f11',
            unconfirmed: {}
        },
        {
            paths: {
                linux: ['${GEMINI_CLI_SYSTEM_SETTINGS_PATH}', '/etc/gemini-cli/settings.json'],
                darwin: ['${GEMINI_CLI_SYSTEM_SETTINGS_PATH}', '/Library/Application Support/GeminiCli/settings.json'],
                win32: ['${GEMINI_CLI_SYSTEM_SETTINGS_PATH}', 'C:/ProgramData/gemini-cli/settings.json']
            },
            scope: 'managed',
            note: 'system settings, which override user and project settings',
            source: 'google-gemini/gemini-cli packages/cli/src/config/settings.ts getSystemSettingsPath @5411f11',
            unconfirmed: {}
        }
    ],
    // The top-level `mcp` is Gemini's server policy (allowed, excluded), not another host's server map.
    servers: { at: ['mcpServers'], shape: 'map', ownKeys: ['mcp'], reservedNames: [], inputs: null },
    transports: {
        types: { values: { stdio: profile/* STDIO */._h, sse: profile/* SSE */.y1, http: profile/* HTTP */.Bo }, otherwise: 'cannot load the server' },
        untyped: {
            command: profile/* STDIO */._h,
            url: {
                httpUrl: { ...profile/* HTTP */.Bo, fails: null, sseEndpoint: null },
                url: {
                    ...profile/* HTTP_THEN_SSE */.ne,
                    fails: null,
                    sseEndpoint: {
                        does: 'Gemini CLI connects to a "url" without "type" with Streamable HTTP and falls back to SSE only when that fails (older versions do not fall back at all)',
                        fix: 'add "type": "sse"'
                    }
                },
                tcp: { ...profile.WS, fails: null, sseEndpoint: null }
            }
        },
        commandAndUrl: null,
        stdioOnly: null
    },
    launch: (0,profile/* startsInProject */.K2)({
        honoured: true,
        source: 'MCPServerConfig.cwd (google-gemini/gemini-cli docs/tools/mcp-server.md)'
    }),
    placeholders: (0,profile/* expandsOnly */.kz)(['dollar-brace', 'dollar']),
    approvals: {
        toolList: null,
        serverSwitch: {
            key: 'trust',
            value: true,
            effect: 'skips the confirmation of every tool call to "{server}"',
            fix: 'remove "trust" so each call is confirmed, and narrow the server with "includeTools" if it offers more than you need'
        },
        fileGrants: null,
        projectServers: null
    }
};
/**
 * Gemini CLI's choice of transport (createTransport in mcp-client.ts): `httpUrl` first (Streamable
 * HTTP), then `url` (SSE only with `"type": "sse"`; without a type, Streamable HTTP), then `command`
 * (stdio), then `tcp` (WebSocket).
 */
function geminiTransport(entry) {
    const declaredType = (0,util/* asString */.oJ)(entry.type);
    const typed = declaredType === undefined ? {} : { declaredType };
    if (typeof entry.httpUrl === 'string')
        return { transport: 'http', ...typed };
    if (typeof entry.url === 'string')
        return { transport: declaredType === 'sse' ? 'sse' : 'http', ...typed };
    if (typeof entry.command === 'string')
        return { transport: 'stdio', ...typed };
    if (typeof entry.tcp === 'string')
        return { transport: 'ws', ...typed };
    return { transport: 'unknown', ...typed };
}
/** The servers of a Gemini `mcpServers` map at `at`, with the URL Gemini actually connects to. */
function normaliseGeminiServers(value, at, base) {
    // `httpUrl` wins over `url`; a `tcp` address is a WebSocket endpoint.
    return (0,util/* normaliseServerMap */.IP)(value, at, base, geminiTransport, { url: [['httpUrl'], ['url']] }).map((server) => {
        // Gemini has no per-server switch: servers are turned off through mcp.excluded or the CLI.
        delete server.disabled;
        const entry = (0,util/* valueAt */.fK)(value, server.pointer);
        const tcp = server.transport === 'ws' && (0,util/* isRecord */.u4)(entry) ? (0,util/* stringField */.OM)(entry, server.pointer, ['tcp']) : undefined;
        if (tcp) {
            server.url = `ws://${tcp.value}`;
            server.fields.url = tcp.pointer;
        }
        return server;
    });
}
/** Whether the top-level `mcp` policy excludes a server (or leaves it off an allow-list). */
function excludedByPolicy(value, name) {
    const policy = (0,util/* isRecord */.u4)(value) && (0,util/* isRecord */.u4)(value.mcp) ? value.mcp : undefined;
    if (!policy)
        return false;
    if (Array.isArray(policy.excluded) && policy.excluded.includes(name))
        return true;
    // An empty allow-list is read as no list at all, so only a non-empty one switches servers off.
    return Array.isArray(policy.allowed) && policy.allowed.length > 0 && !policy.allowed.includes(name);
}
/**
 * Gemini CLI: `.gemini/settings.json` in the project, JSON with comments (but no trailing commas).
 * Servers sit under `mcpServers` beside every other Gemini setting; a typeless `url` is Streamable
 * HTTP, not SSE.
 */
const gemini = {
    id: 'gemini',
    name: 'Gemini CLI',
    patterns: ['**/.gemini/settings.json'],
    syntax: 'jsonc',
    trailingCommaRefused: 'Gemini CLI strips comments from settings.json but not trailing commas: this comma makes the whole file fail to parse, and Gemini stops with a configuration error; remove it',
    profile: GEMINI_PROFILE,
    schemas: ['gemini'],
    normalise(value, context) {
        return normaliseGeminiServers(value, ['mcpServers'], { host: 'gemini', file: context.path }).map((server) => {
            if (excludedByPolicy(value, server.name))
                server.disabled = true;
            return server;
        });
    }
};

;// CONCATENATED MODULE: ./src/hosts/gemini-extension.ts


/**
 * Servers mean what they mean in settings.json. Manifests also expand `${extensionPath}`,
 * `${workspacePath}` and `${/}`, and Gemini drops `trust` for extensions, so nothing is approved in advance.
 */
const gemini_extension_PROFILE = {
    ...GEMINI_PROFILE,
    userFiles: [
        {
            paths: (0,profile/* onEverySystem */.CZ)([
                '${GEMINI_CLI_HOME}/.gemini/extensions/*/gemini-extension.json',
                '~/.gemini/extensions/*/gemini-extension.json'
            ]),
            scope: 'user',
            note: 'an installed extension, whose servers load like those of settings.json',
            source: 'google-gemini/gemini-cli docs/extension.md (<home>/.gemini/extensions)',
            unconfirmed: {}
        }
    ],
    placeholders: {
        ...GEMINI_PROFILE.placeholders,
        variables: {
            extensionPath: 'file-folder',
            workspacePath: 'working-directory',
            '/': 'path-separator',
            pathSeparator: 'path-separator'
        }
    },
    approvals: { ...GEMINI_PROFILE.approvals, serverSwitch: null }
};
/**
 * A Gemini CLI extension's manifest, `gemini-extension.json`, read as strict JSON. Its `mcpServers`
 * mean what they mean in settings.json (except `trust`, which Gemini drops for extensions).
 */
const geminiExtension = {
    id: 'gemini-extension',
    name: 'Gemini CLI',
    patterns: ['**/gemini-extension.json'],
    syntax: 'json',
    profile: gemini_extension_PROFILE,
    schemas: ['gemini-extension'],
    normalise: (value, context) => normaliseGeminiServers(value, ['mcpServers'], { host: 'gemini-extension', file: context.path })
};

;// CONCATENATED MODULE: ./src/hosts/codex.ts




/** Keys Codex refuses beside `command` ("{field} is not supported for stdio"), from codex-rs mcp_types.rs. */
const HTTP_ONLY = ['url', 'bearer_token_env_var', 'http_headers', 'env_http_headers', 'oauth_resource'];
/** Keys Codex refuses beside `url` ("{field} is not supported for streamable_http"). */
const STDIO_ONLY = ['args', 'env', 'env_vars', 'cwd'];
/**
 * Settings that apply to a server of either transport. A table holding only these overrides a server
 * defined in another config layer (the user's ~/.codex/config.toml), so it needs no command or url.
 */
const SHARED = new Set([
    'enabled',
    'required',
    'supports_parallel_tool_calls',
    'default_tools_approval_mode',
    'enabled_tools',
    'disabled_tools',
    'tools',
    'startup_timeout_sec',
    'startup_timeout_ms',
    'tool_timeout_sec',
    'scopes',
    'name',
    'experimental_environment',
    'environment_id'
]);
const MAP = ['mcp_servers'];
/** Top-level keys of Codex's config.toml (codex-rs ConfigToml) that people write below a server table by mistake. */
const TOP_LEVEL_SETTINGS = new Set([
    'model',
    'model_provider',
    'model_reasoning_effort',
    'model_reasoning_summary',
    'model_verbosity',
    'model_context_window',
    'approval_policy',
    'sandbox_mode',
    'profile',
    'notify',
    'instructions',
    'developer_instructions',
    'hide_agent_reasoning',
    'show_raw_agent_reasoning',
    'disable_response_storage',
    'file_opener',
    'preferred_auth_method',
    'project_doc_max_bytes',
    'mcp_oauth_credentials_store',
    'mcp_oauth_callback_port',
    'trust_level'
]);
/**
 * Codex's reading of `[mcp_servers.<name>]` (openai/codex: codex-rs/core/src/config/types.rs): `command`
 * makes a stdio server, started in its `cwd`; `url` a Streamable HTTP one (Codex has no SSE). Strings
 * are taken literally; variables reach a server through `env_vars` and the `*_env_var` fields.
 */
const codex_PROFILE = {
    role: 'client',
    readFrom: 'project',
    mcpOnly: false,
    projectRoot: profile/* aboveDotFolder */.b7,
    notRead: null,
    userFiles: [
        {
            paths: (0,profile/* onEverySystem */.CZ)(['${CODEX_HOME}/config.toml', '~/.codex/config.toml']),
            scope: 'user',
            note: "a project's .codex/config.toml is read only once the project is trusted",
            source: 'openai/codex codex-rs/utils/home-dir/src/lib.rs find_codex_home @69a3f82',
            unconfirmed: {}
        }
    ],
    servers: { at: MAP, shape: 'map', ownKeys: [], reservedNames: [], inputs: null },
    transports: {
        types: null,
        untyped: {
            command: profile/* STDIO */._h,
            url: {
                url: {
                    ...profile/* HTTP */.Bo,
                    fails: null,
                    sseEndpoint: {
                        does: 'Codex connects to every "url" with Streamable HTTP and has no SSE transport, so it cannot reach a server that offers only SSE',
                        fix: 'point "url" at the server\'s Streamable HTTP endpoint (often /mcp), or bridge the SSE endpoint with command = "npx", args = ["-y", "mcp-remote", "<url>"]'
                    }
                }
            }
        },
        commandAndUrl: 'Codex refuses the whole config when one table mixes a stdio and a Streamable HTTP server ("url is not supported for stdio")',
        stdioOnly: null
    },
    launch: (0,profile/* startsInProject */.K2)({
        honoured: true,
        source: 'RawMcpServerConfig.cwd (openai/codex codex-rs/core/config.schema.json)'
    }),
    placeholders: {
        syntaxes: [],
        variables: {},
        variablePrefixes: [],
        allEditorVariables: false,
        variableFields: [
            { key: 'env_vars', holds: 'names' },
            { key: 'bearer_token_env_var', holds: 'name' },
            { key: 'env_http_headers', holds: 'values' }
        ],
        withoutExpansion: {
            stdio: 'forward the variable to the server with env_vars = ["{name}"] and let it read the value from its environment',
            remote: 'read a token from the environment with bearer_token_env_var = "{name}", or a header with env_http_headers'
        },
        setElsewhere: null
    },
    approvals: {
        toolList: null,
        serverSwitch: {
            key: 'default_tools_approval_mode',
            value: 'approve',
            effect: 'calls every tool of "{server}" without asking',
            fix: 'use "prompt", or "auto" (which asks for tools not marked read-only), and approve single tools under [mcp_servers.{server}.tools.<tool>]'
        },
        fileGrants: null,
        projectServers: null
    }
};
/** Whether a server table only overrides settings of a server that another config layer defines. */
function isOverrideOnly(entry) {
    const keys = Object.keys(entry);
    return keys.length > 0 && keys.every((key) => SHARED.has(key));
}
/** Messages of the transport rules, one sentence each naming the key; why and the fix go to help. */
const TRANSPORT_MESSAGES = {
    notForStdio: '{{where}} is not supported for a stdio server',
    notForHttp: '{{where}} is not supported for a Streamable HTTP server',
    noTransport: '{{where}} has neither "command" nor "url"',
    settingInTable: '{{where}} is a top-level Codex setting written after the [mcp_servers.{{server}}] table',
    tokenInConfig: '{{where}} is not supported: Codex refuses a token written into the config'
};
/**
 * The transport rules Codex applies after reading a table (`TryFrom<RawMcpServerConfig>`): any of
 * them makes it refuse the whole config, so each is an error.
 */
function transportFindings(doc) {
    const findings = [];
    for (const [name, entry] of (0,util/* serverEntries */.CB)(doc.value, MAP)) {
        if (!(0,util/* isRecord */.u4)(entry))
            continue;
        const report = (ruleId, severity, messageId, path, help) => {
            const data = { where: (0,describe_path/* describePath */.N)([...MAP, name, ...path]), server: name };
            if (path.length > 0)
                data.key = path[0];
            const message = (0,message_template/* fillMessage */.f)(TRANSPORT_MESSAGES[messageId], data);
            const range = doc.locate([...MAP, name, ...path], true);
            findings.push({ ruleId, severity, message, messageId, data, help, range, server: name });
        };
        const hasCommand = 'command' in entry;
        const hasUrl = 'url' in entry;
        if (hasCommand) {
            for (const key of HTTP_ONLY.filter((k) => k in entry))
                report('schema-shape', 'error', 'notForStdio', [key], `Codex starts "${name}" with its "command" and refuses the whole config when "${key}" sits beside it; remove "${key}", or move the remote server to its own table.`);
        }
        else if (hasUrl) {
            for (const key of STDIO_ONLY.filter((k) => k in entry))
                report('schema-shape', 'error', 'notForHttp', [key], `Codex connects to "${name}" at its "url" and refuses the whole config when "${key}" sits beside it; remove "${key}", or move the stdio server to its own table.`);
        }
        else if (!isOverrideOnly(entry)) {
            report('schema-required', 'error', 'noTransport', [], 'Codex refuses the whole config ("invalid transport"); add "command" for a stdio server or "url" for a Streamable HTTP server (a table holding only settings such as "enabled" is fine: it overrides a server defined in your user config).');
        }
        // TOML puts every key after a `[table]` header into that table, so a top-level setting written
        // below a server's table becomes a field of that server, which Codex's serde ignores.
        for (const key of Object.keys(entry).filter((k) => TOP_LEVEL_SETTINGS.has(k)))
            report('schema-unknown-key', 'warning', 'settingInTable', [key], `TOML puts every key below a table header into that table, so Codex reads it as a field of "${name}" and ignores it; move "${key}" above the first [table] of the file.`);
        if ('bearer_token' in entry)
            report('schema-shape', 'error', 'tokenInConfig', ['bearer_token'], 'Put the token in an environment variable and name that variable in "bearer_token_env_var".');
    }
    return findings;
}
/**
 * OpenAI Codex: `[mcp_servers.<name>]` tables in `.codex/config.toml` (loaded for trusted projects).
 * `command` makes a server stdio and `url` Streamable HTTP; there is no `type` and no placeholder
 * syntax. Codex's serde ignores unknown keys, so they are warnings.
 */
const codex = {
    id: 'codex',
    name: 'Codex',
    patterns: ['**/.codex/config.toml'],
    syntax: 'toml',
    profile: codex_PROFILE,
    schemas: ['codex'],
    check: (doc) => transportFindings(doc),
    normalise(value, context) {
        const servers = [];
        for (const [name, entry] of (0,util/* serverEntries */.CB)(value, MAP)) {
            if (!(0,util/* isRecord */.u4)(entry))
                continue;
            // `command` wins in Codex; a table with neither overrides a server defined elsewhere.
            const transport = 'command' in entry ? 'stdio' : 'url' in entry ? 'http' : 'unknown';
            // Codex names headers `http_headers`; the other fields are spelled as in Claude-style configs.
            const pointer = [...MAP, name];
            const fields = (0,util/* commonFields */.dG)(entry, pointer, { headers: ['http_headers'] });
            const server = { name, host: 'codex', file: context.path, pointer, transport, ...fields };
            if (entry.enabled === false)
                server.disabled = true;
            servers.push(server);
        }
        return servers;
    }
};

;// CONCATENATED MODULE: ./src/hosts/zed.ts


/**
 * Zed's reading of `context_servers` (zed-industries/zed: crates/context_server, crates/project
 * context_server_store.rs): a stdio server is `{ command, args, env, timeout }`, with no `cwd`, and
 * starts in the worktree's root; no placeholders are expanded.
 */
const zed_PROFILE = {
    role: 'client',
    readFrom: 'project',
    mcpOnly: false,
    projectRoot: profile/* aboveDotFolder */.b7,
    notRead: null,
    userFiles: [
        {
            paths: {
                linux: [
                    '${FLATPAK_XDG_CONFIG_HOME}/zed/settings.json',
                    '${XDG_CONFIG_HOME}/zed/settings.json',
                    '~/.config/zed/settings.json'
                ],
                darwin: ['~/.config/zed/settings.json'],
                win32: ['${APPDATA}/Zed/settings.json', '~/AppData/Roaming/Zed/settings.json']
            },
            scope: 'user',
            note: null,
            source: 'zed-industries/zed crates/paths/src/paths.rs config_dir, settings_file @010c9b6',
            unconfirmed: {}
        }
    ],
    servers: { at: ['context_servers'], shape: 'map', ownKeys: [], reservedNames: [], inputs: null },
    transports: {
        types: null,
        untyped: { command: profile/* STDIO */._h, url: { url: { ...profile/* HTTP */.Bo, fails: null, sseEndpoint: null } } },
        commandAndUrl: null,
        stdioOnly: null
    },
    launch: (0,profile/* startsInProject */.K2)({
        honoured: false,
        source: 'ContextServerCommand has path, args, env and timeout; the worktree root is the working directory'
    }),
    placeholders: (0,profile/* expandsOnly */.kz)([]),
    approvals: profile/* NO_APPROVALS */.J_
};
/**
 * One entry in Zed's meaning: the first variant of its untagged enum that fits wins, so `command`
 * makes it stdio, else `url` makes it HTTP, else `settings` makes it an extension's server (which the
 * extension starts as a stdio process). The legacy nested `command: { path, args, env }` still counts.
 */
function zedServer(name, entry, file) {
    const pointer = ['context_servers', name];
    const server = { name, host: 'zed', file, pointer, transport: 'unknown', fields: {} };
    const declaredType = (0,util/* asString */.oJ)(entry.source);
    if (declaredType !== undefined) {
        server.declaredType = declaredType;
        server.fields.type = [...pointer, 'source'];
    }
    if (entry.command !== undefined) {
        server.transport = 'stdio';
        // The legacy form nests the program, its arguments and variables: `command: { path, args, env }`.
        const nested = (0,util/* isRecord */.u4)(entry.command) ? entry.command : undefined;
        const key = (field) => (nested?.[field] !== undefined ? ['command', field] : [field]);
        const command = nested ? ['command', 'path'] : ['command'];
        // A cwd is read as written: the profile says Zed ignores it.
        const only = { command, args: key('args'), env: key('env'), url: [], headers: null };
        const read = (0,util/* commonFields */.dG)(entry, pointer, only);
        Object.assign(server, read, { fields: { ...server.fields, ...read.fields } });
    }
    else if (entry.url !== undefined) {
        server.transport = 'http';
        const only = { command: null, args: null, env: null, cwd: null };
        const fields = (0,util/* commonFields */.dG)(entry, pointer, only);
        Object.assign(server, fields, { fields: { ...server.fields, ...fields.fields } });
    }
    else if (entry.settings !== undefined) {
        server.transport = 'stdio';
    }
    if (entry.enabled === false)
        server.disabled = true;
    return server;
}
/**
 * Zed: `context_servers` in the project's `.zed/settings.json` (JSON with comments), beside every other
 * Zed setting. A settings file without `context_servers` simply defines no server.
 */
const zed = {
    id: 'zed',
    name: 'Zed',
    patterns: ['**/.zed/settings.json'],
    syntax: 'jsonc',
    profile: zed_PROFILE,
    schemas: ['zed'],
    normalise(value, context) {
        return (0,util/* serverEntries */.CB)(value, ['context_servers']).flatMap(([name, entry]) => (0,util/* isRecord */.u4)(entry) ? [zedServer(name, entry, context.path)] : []);
    }
};

// EXTERNAL MODULE: ./src/schema/validate.ts
var validate = __webpack_require__(1465);
;// CONCATENATED MODULE: ./src/hosts/opencode.ts




/**
 * opencode's reading of `mcp` (@opencode-ai/sdk types.gen.d.ts McpLocalConfig, McpRemoteConfig): `type` is
 * required; a `local` server's `command` array holds the program and its arguments and starts in its
 * `cwd`; a `remote` server tries Streamable HTTP, then SSE.
 */
const OPENCODE_PROFILE = {
    role: 'client',
    readFrom: 'project',
    mcpOnly: false,
    projectRoot: profile/* aboveDotFolder */.b7,
    notRead: null,
    // The global folder follows the XDG layout on every system (xdg-basedir), also on macOS and Windows.
    userFiles: [
        ...['opencode.json', 'opencode.jsonc', 'config.json'].map((name) => ({
            paths: (0,profile/* onEverySystem */.CZ)([`\${XDG_CONFIG_HOME}/opencode/${name}`, `~/.config/opencode/${name}`]),
            scope: 'user',
            note: null,
            source: 'anomalyco/opencode packages/opencode/src/global/index.ts @0259f2c, packages/opencode/src/config/config.ts @002d982; sindresorhus/xdg-basedir @1c00d3b',
            unconfirmed: {}
        })),
        {
            paths: { linux: ['${OPENCODE_CONFIG}'], darwin: ['${OPENCODE_CONFIG}'], win32: ['${OPENCODE_CONFIG}'] },
            scope: 'user',
            note: 'the file OPENCODE_CONFIG names, read after the global config',
            source: 'anomalyco/opencode packages/opencode/src/config/config.ts @002d982',
            unconfirmed: {}
        }
    ],
    servers: { at: ['mcp'], shape: 'map', ownKeys: [], reservedNames: [], inputs: null },
    transports: {
        types: { values: { local: profile/* STDIO */._h, remote: profile/* HTTP_THEN_SSE */.ne }, otherwise: 'refuses the whole config' },
        untyped: {
            command: profile/* UNLOADABLE */.gk,
            url: {
                url: {
                    ...profile/* UNLOADABLE */.gk,
                    fails: 'opencode requires "type" on every server and refuses the whole config without it',
                    sseEndpoint: null
                }
            }
        },
        commandAndUrl: 'opencode refuses the whole config: a "local" server has no "url" and a "remote" one no "command"',
        stdioOnly: null
    },
    launch: {
        cwd: { honoured: true, source: 'McpLocalConfig.cwd (@opencode-ai/sdk types.gen.d.ts)' },
        startsIn: 'project',
        environment: {},
        command: 'argv'
    },
    placeholders: (0,profile/* expandsOnly */.kz)(['brace-env']),
    approvals: profile/* NO_APPROVALS */.J_
};
/** Keys copied from Claude-style configs into a local server: the key opencode reads instead, and the fix. */
const FOREIGN_LOCAL_KEYS = {
    env: {
        suggestion: 'environment',
        advice: 'opencode passes variables to a local server only through "environment"; rename it.'
    },
    args: {
        advice: 'opencode has no "args": put the arguments into the "command" array after the program, e.g. ["npx", "-y", "@playwright/mcp"].'
    }
};
/** `env` and `args` in a local server: opencode's strict schema rejects them, and the fix differs from a typo's. */
function foreignKeys(doc, host) {
    const findings = [];
    for (const [name, entry] of (0,util/* serverEntries */.CB)(doc.value, ['mcp'])) {
        if (!(0,util/* isRecord */.u4)(entry) || entry.type !== 'local')
            continue;
        for (const [key, { suggestion, advice }] of Object.entries(FOREIGN_LOCAL_KEYS)) {
            if (!(key in entry))
                continue;
            // The schema checker's own messages for a key the host rejects, with opencode's reason as help.
            const messageId = suggestion ? 'rejectedNear' : 'rejected';
            const data = { key, where: (0,describe_path/* describePath */.N)(['mcp', name]), host };
            if (suggestion)
                data.suggestion = suggestion;
            findings.push({
                ruleId: 'schema-unknown-key',
                severity: 'error',
                message: (0,validate/* schemaMessage */.NK)(messageId, data),
                messageId,
                data,
                help: advice.replaceAll('opencode', host),
                range: doc.locate(['mcp', name, key], true),
                server: name
            });
        }
    }
    return findings;
}
/** An entry that only switches a server defined elsewhere (e.g. an organisation default) on or off. */
function isOverride(entry) {
    return !('type' in entry) && Object.keys(entry).every((key) => key === 'enabled');
}
/** One entry in opencode's meaning: `local` starts `command[0]` with the rest as arguments; `remote` speaks HTTP. */
function opencodeServer(name, entry, file, host) {
    const declaredType = (0,util/* asString */.oJ)(entry.type);
    const transport = declaredType === 'local' ? 'stdio' : declaredType === 'remote' ? 'http' : 'unknown';
    const pointer = ['mcp', name];
    // The command array is read apart: its first item is the program, the rest its arguments.
    const { command: _string, args: _args, fields, ...rest } = (0,util/* commonFields */.dG)(entry, pointer, { env: ['environment'] });
    const server = { name, host, file, pointer, transport, ...rest, fields };
    delete fields.command;
    delete fields.args;
    if (declaredType !== undefined) {
        server.declaredType = declaredType;
        fields.type = [...pointer, 'type'];
    }
    const argv = (0,util/* stringListField */.g1)(entry, pointer, ['command']);
    if (argv && argv.values.length > 0) {
        server.command = argv.values[0];
        fields.command = argv.pointers[0];
        server.args = argv.values.slice(1);
        fields.args = argv.pointers.slice(1);
    }
    else if (typeof entry.command === 'string') {
        server.command = entry.command;
        fields.command = [...pointer, 'command'];
    }
    if (entry.enabled === false)
        server.disabled = true;
    return server;
}
/**
 * An adapter for opencode's format: JSON with comments whatever the extension; servers under `mcp`
 * as `local` (command array) or `remote` (url) entries; an entry holding only `enabled` switches a
 * server defined elsewhere and defines none itself.
 */
function opencodeFamilyAdapter(host) {
    return {
        id: host.id,
        name: host.name,
        patterns: host.patterns,
        syntax: 'jsonc',
        profile: host.profile,
        // McpLocalConfig and McpRemoteConfig are strict in opencode's schema: an unknown key fails the config.
        unknownKeySeverity: 'error',
        schemas: [host.schema],
        check: (doc) => foreignKeys(doc, host.name),
        normalise(value, context) {
            return (0,util/* serverEntries */.CB)(value, ['mcp']).flatMap(([name, entry]) => (0,util/* isRecord */.u4)(entry) && !isOverride(entry) ? [opencodeServer(name, entry, context.path, host.id)] : []);
        }
    };
}
/** opencode: `opencode.json` / `opencode.jsonc` in the project (also under `.opencode/`). */
const opencode = opencodeFamilyAdapter({
    id: 'opencode',
    name: 'opencode',
    patterns: ['**/opencode.json', '**/opencode.jsonc'],
    profile: OPENCODE_PROFILE,
    schema: 'opencode'
});

;// CONCATENATED MODULE: ./src/hosts/roo.ts




/**
 * The Roo Code family's reading of a server map: Roo Code and the Kilo Code extension (its fork,
 * Kilo-Org/kilocode src/services/mcp/McpHub.ts @0fc86ce) validate entries with the same McpHub and
 * inject the same variables (src/utils/config.ts injectVariables): a `url` needs an explicit `type`; a
 * stdio server starts in its `cwd` (the workspace folder by default); `${env:X}` and
 * `${workspaceFolder}` are injected.
 */
function rooFamilyProfile(host, userFiles) {
    return {
        role: 'client',
        readFrom: 'project',
        mcpOnly: true,
        projectRoot: profile/* aboveDotFolder */.b7,
        notRead: null,
        userFiles,
        servers: { at: ['mcpServers'], shape: 'map', ownKeys: [], reservedNames: [], inputs: null },
        transports: {
            types: {
                values: { stdio: profile/* STDIO */._h, sse: profile/* SSE */.y1, 'streamable-http': profile/* HTTP */.Bo },
                otherwise: "refuses the whole file (\"Server type must be 'stdio', 'sse', or 'streamable-http'\")"
            },
            untyped: {
                command: profile/* STDIO */._h,
                url: {
                    url: {
                        ...profile/* UNLOADABLE */.gk,
                        fails: `${host} does not guess the transport of a "url" and refuses the server ("Configuration with 'url' must explicitly specify 'type' as 'sse' or 'streamable-http'")`,
                        sseEndpoint: null
                    }
                }
            },
            commandAndUrl: `${host} refuses the whole file when one entry mixes a stdio and a remote server ("Cannot mix 'stdio' and ('sse' or 'streamable-http') fields")`,
            stdioOnly: null
        },
        launch: (0,profile/* startsInProject */.K2)({
            honoured: true,
            source: 'McpHub.ts: a stdio server starts in its cwd, the workspace folder by default'
        }),
        placeholders: {
            syntaxes: ['env-colon', 'editor-variable'],
            variables: { workspaceFolder: 'project' },
            variablePrefixes: [],
            allEditorVariables: false,
            variableFields: [],
            withoutExpansion: null,
            setElsewhere: null
        },
        approvals: { toolList: 'alwaysAllow', serverSwitch: null, fileGrants: null, projectServers: null }
    };
}
const roo_PROFILE = rooFamilyProfile('Roo Code', [
    {
        paths: inVscodeUserData('globalStorage/rooveterinaryinc.roo-cline/settings/mcp_settings.json'),
        scope: 'user',
        note: "Roo Code's global servers in VS Code; a project's .roo/mcp.json overrides them",
        source: 'RooCodeInc/Roo-Code src/services/mcp/McpHub.ts (getMcpSettingsFilePath) @cb83656',
        unconfirmed: {}
    }
]);
/** Keys of a stdio server; Roo Code's remote shapes require them to be absent. */
const STDIO_KEYS = ['command', 'args', 'env'];
/** Keys of a remote server; Roo Code's stdio shape requires them to be absent. */
const REMOTE_KEYS = ['url', 'headers'];
/**
 * Roo Code refuses an entry that mixes stdio and remote keys ("Cannot mix 'stdio' and ('sse' or
 * 'streamable-http') fields"), and with it the whole file: each stray key is an error at the key.
 */
function mixedTransportFindings(doc, host) {
    const findings = [];
    for (const [name, entry] of (0,util/* serverEntries */.CB)(doc.value, MCP_SERVERS)) {
        if (!(0,util/* isRecord */.u4)(entry))
            continue;
        if ('command' in entry) {
            for (const key of REMOTE_KEYS.filter((k) => k in entry)) {
                findings.push(serverKeyFinding(doc, name, key, 'schema-shape', (where) => `${where} does not belong to a stdio server: ${host} starts "${name}" with its "command" and refuses the file when "${key}" sits beside it ("Cannot mix 'stdio' and ('sse' or 'streamable-http') fields"); remove "${key}", or move the remote server to its own entry`));
            }
        }
        else if ('url' in entry) {
            for (const key of STDIO_KEYS.filter((k) => k in entry)) {
                findings.push(serverKeyFinding(doc, name, key, 'schema-shape', (where) => `${where} does not belong to a remote server: ${host} connects to "${name}" at its "url" and refuses the file when "${key}" sits beside it; remove "${key}", or move the stdio server to its own entry`));
            }
        }
    }
    return findings;
}
/**
 * An adapter for a host of the Roo Code family: strict JSON validated by zod; `command` makes a stdio
 * server; a `url` needs an explicit `type` (`streamable-http` or `sse`), without which the host
 * refuses the server.
 */
function rooFamilyAdapter(host) {
    return {
        id: host.id,
        name: host.name,
        patterns: [`**/${host.file}`],
        syntax: 'json',
        profile: host.profile,
        schemas: [host.schema],
        check: (doc) => [...checkServersKey(doc, host.name, host.file), ...mixedTransportFindings(doc, host.name)],
        normalise(value, context) {
            return normaliseMcpServers(value, host.id, context.path, (entry) => {
                const declaredType = declaredTypeOf(entry);
                const hasCommand = 'command' in entry;
                const hasUrl = 'url' in entry;
                // The host refuses a mixed entry, a typeless url and a type without its fields: no transport.
                if (hasCommand && hasUrl)
                    return { transport: 'unknown', declaredType };
                if (entry.type === undefined)
                    return { transport: hasCommand ? 'stdio' : 'unknown' };
                const transport = declaredType === undefined ? 'unknown' : (0,profile/* typeMeaning */.UH)(host.profile, declaredType).transport;
                const complete = transport === 'stdio' ? hasCommand : hasUrl;
                return { transport: complete ? transport : 'unknown', declaredType };
            });
        }
    };
}
/** Roo Code: `.roo/mcp.json` (RooCodeInc/Roo-Code src/services/mcp/McpHub.ts). */
const roo = rooFamilyAdapter({
    id: 'roo',
    name: 'Roo Code',
    file: '.roo/mcp.json',
    profile: roo_PROFILE,
    schema: 'roo'
});

;// CONCATENATED MODULE: ./src/hosts/kiro.ts


/**
 * Kiro's reading of `.kiro/settings/mcp.json` (kiro.dev/docs/mcp/configuration): a local server is
 * `command`, `args`, `env` (no `cwd`, as in the Amazon Q CLI's CustomToolConfig that Kiro CLI took over);
 * a remote one `url` and `headers`; `${VAR}` is expanded.
 */
const kiro_PROFILE = {
    role: 'client',
    readFrom: 'project',
    mcpOnly: true,
    projectRoot: profile/* aboveDotFolder */.b7,
    notRead: null,
    userFiles: [
        {
            paths: (0,profile/* onEverySystem */.CZ)(['~/.kiro/settings/mcp.json']),
            scope: 'user',
            note: "a workspace's .kiro/settings/mcp.json overrides it",
            source: 'kiro.dev/docs/mcp/configuration; kiro.dev/docs/cli/mcp/configuration',
            unconfirmed: { win32: 'kiro.dev gives only ~/.kiro/settings/mcp.json; %USERPROFILE%\\.kiro is presumed' }
        }
    ],
    servers: { at: ['mcpServers'], shape: 'map', ownKeys: [], reservedNames: [], inputs: null },
    transports: {
        types: null,
        untyped: { command: profile/* STDIO */._h, url: { url: { ...profile/* HTTP */.Bo, fails: null, sseEndpoint: null } } },
        commandAndUrl: null,
        stdioOnly: null
    },
    launch: (0,profile/* startsInProject */.K2)({
        honoured: false,
        source: 'kiro.dev/docs/mcp/configuration lists command, args, env, disabled, autoApprove'
    }),
    placeholders: (0,profile/* expandsOnly */.kz)(['dollar-brace']),
    approvals: { ...profile/* NO_APPROVALS */.J_, toolList: 'autoApprove' }
};
/**
 * Kiro (IDE and CLI, the renamed Amazon Q Developer CLI): `.kiro/settings/mcp.json`, strict JSON.
 * Kiro reads no `type`: `command` means a local stdio server and `url` a remote (HTTP) one.
 */
const kiro = {
    id: 'kiro',
    name: 'Kiro',
    patterns: ['**/.kiro/settings/mcp.json'],
    syntax: 'json',
    profile: kiro_PROFILE,
    schemas: ['kiro'],
    check: (doc) => checkServersKey(doc, 'Kiro', '.kiro/settings/mcp.json'),
    normalise(value, context) {
        return normaliseMcpServers(value, 'kiro', context.path, (entry) => ({
            transport: 'command' in entry ? 'stdio' : 'url' in entry ? 'http' : 'unknown',
            declaredType: declaredTypeOf(entry)
        }));
    }
};

;// CONCATENATED MODULE: ./src/hosts/amazonq.ts


/** Agent files (`.amazonq/default.json`, `.amazonq/cli-agents/*.json`), as opposed to the legacy `mcp.json`. */
const AGENT_FILE = /(^|\/)\.amazonq\/(default\.json|cli-agents\/[^/]+\.json)$/;
/**
 * Amazon Q's reading of its files (aws/amazon-q-developer-cli CustomToolConfig: type, url, headers,
 * command, args, env, timeout, disabled; serde ignores any other key, so a `cwd` is not read).
 */
const amazonq_PROFILE = {
    role: 'client',
    readFrom: 'project',
    mcpOnly: true,
    projectRoot: profile/* aboveDotFolder */.b7,
    notRead: null,
    userFiles: [
        {
            paths: (0,profile/* onEverySystem */.CZ)(['~/.aws/amazonq/mcp.json']),
            scope: 'legacy',
            note: 'read while an agent sets useLegacyMcpJson (the default)',
            source: 'docs.aws.amazon.com/amazonq/latest/qdeveloper-ug/qdev-mcp.html; aws/amazon-q-developer-cli#2984',
            unconfirmed: { win32: 'the docs give only ~/.aws/amazonq; %USERPROFILE%\\.aws is presumed' }
        },
        {
            paths: (0,profile/* onEverySystem */.CZ)(['~/.aws/amazonq/agents/default.json']),
            scope: 'user',
            note: "the IDE's default agent",
            source: 'docs.aws.amazon.com/amazonq/latest/qdeveloper-ug/qdev-mcp.html; aws/language-servers#2708',
            unconfirmed: { win32: 'the docs give only ~/.aws/amazonq; %USERPROFILE%\\.aws is presumed' }
        },
        {
            paths: (0,profile/* onEverySystem */.CZ)(['~/.aws/amazonq/cli-agents/*.json']),
            scope: 'user',
            note: "the command line's agents",
            source: 'docs.aws.amazon.com/amazonq/latest/qdeveloper-ug/qdev-mcp.html',
            unconfirmed: { win32: 'the docs give only ~/.aws/amazonq; %USERPROFILE%\\.aws is presumed' }
        },
        {
            paths: (0,profile/* onEverySystem */.CZ)(['~/.aws/amazonq/default.json']),
            scope: 'user',
            note: "the IDE's global file as the host-formats brief gives it; newer documentation names agents/default.json",
            source: 'docs.aws.amazon.com/amazonq/latest/qdeveloper-ug/mcp-ide.html',
            unconfirmed: {
                linux: "newer documentation moved the IDE's global agent to ~/.aws/amazonq/agents/default.json",
                darwin: "newer documentation moved the IDE's global agent to ~/.aws/amazonq/agents/default.json",
                win32: "newer documentation moved the IDE's global agent to ~/.aws/amazonq/agents/default.json"
            }
        }
    ],
    servers: { at: ['mcpServers'], shape: 'map', ownKeys: [], reservedNames: [], inputs: null },
    transports: {
        types: { values: { stdio: profile/* STDIO */._h, http: profile/* HTTP */.Bo }, otherwise: 'fails to read the file' },
        untyped: { command: profile/* STDIO */._h, url: { url: { ...profile/* HTTP */.Bo, fails: null, sseEndpoint: null } } },
        commandAndUrl: null,
        stdioOnly: null
    },
    launch: (0,profile/* startsInProject */.K2)({ honoured: false, source: 'CustomToolConfig (aws/amazon-q-developer-cli) has no cwd' }),
    placeholders: (0,profile/* expandsOnly */.kz)(['env-colon']),
    approvals: profile/* NO_APPROVALS */.J_
};
/** `@server` or `@server/*` (the server part may be a glob) in `allowedTools`: every tool of the matching servers. */
function amazonq_serverGrant(entry) {
    const m = /^@([^/]+)(?:\/(.*))?$/.exec(entry);
    if (!m || (m[2] !== undefined && m[2] !== '*'))
        return undefined;
    return m[1];
}
/** Agent files hold an agent's other settings too, and pre-approve tools at the top level. */
const AGENT_PROFILE = {
    ...amazonq_PROFILE,
    mcpOnly: false,
    approvals: {
        ...profile/* NO_APPROVALS */.J_,
        fileGrants: {
            at: ['allowedTools'],
            verb: 'use',
            serverOf: amazonq_serverGrant,
            example: (server) => `@${server.replace(/[*?]/g, 'server')}/read_file`
        }
    }
};
/** The file's name as messages show it: from `.amazonq/` on, or the base name. */
function displayName(path) {
    const at = path.lastIndexOf('.amazonq/');
    return at >= 0 ? path.slice(at) : path.slice(path.lastIndexOf('/') + 1);
}
/**
 * Amazon Q Developer (IDE and CLI): `.amazonq/mcp.json`, and `mcpServers` in the agent files
 * `.amazonq/default.json` and `.amazonq/cli-agents/*.json`. Strict JSON read by serde, so unknown
 * keys are ignored and missing strings default to "": the IDE writes `"url": ""` beside a command
 * and `"command": ""` in disabled stubs, and both load.
 */
const amazonQ = {
    id: 'amazonq',
    name: 'Amazon Q',
    patterns: ['**/.amazonq/mcp.json', '**/.amazonq/default.json', '**/.amazonq/cli-agents/*.json'],
    syntax: 'json',
    profile: amazonq_PROFILE,
    profileFor: (context) => (AGENT_FILE.test(context.path) ? AGENT_PROFILE : amazonq_PROFILE),
    // Agent files validate their `mcpServers` with the same server definition as `.amazonq/mcp.json`.
    schemas: ['amazonq', 'amazonq-agent'],
    schemaFor: (_value, context) => (AGENT_FILE.test(context.path) ? 'amazonq-agent' : 'amazonq'),
    check: (doc, context) => checkServersKey(doc, 'Amazon Q', displayName(context.path)),
    normalise(value, context) {
        return normaliseMcpServers(value, 'amazonq', context.path, (entry) => {
            const declaredType = declaredTypeOf(entry);
            if (entry.type !== undefined)
                return {
                    transport: declaredType === 'stdio' ? 'stdio' : declaredType === 'http' ? 'http' : 'unknown',
                    declaredType
                };
            // Without a type a command wins; a lone url is a remote server.
            if (hasText(entry, 'command') || !hasText(entry, 'url'))
                return { transport: 'stdio' };
            return { transport: 'http' };
        });
    }
};

;// CONCATENATED MODULE: ./src/hosts/junie.ts


/**
 * Junie's reading of `.junie/mcp/mcp.json` (jetbrains.com/help/junie/model-context-protocol-mcp.html):
 * local servers only, each a `command` with `args` and `env`; a `cwd` is not among them.
 */
const junie_PROFILE = {
    role: 'client',
    readFrom: 'project',
    mcpOnly: true,
    projectRoot: profile/* aboveDotFolder */.b7,
    notRead: null,
    userFiles: [
        {
            paths: { linux: ['~/.junie/mcp/mcp.json'], darwin: ['~/.junie/mcp/mcp.json'], win32: ['~/.junie/mcp/mcp.json'] },
            scope: 'user',
            note: "the Junie command line's file; the IDE plugin keeps its servers in the IDE settings",
            source: 'junie.jetbrains.com/docs/junie-cli-mcp-configuration.html, as cited by gleanwork/mcp-config configs/junie.json @4f7c469',
            unconfirmed: {
                linux: "known only from the gleanwork/mcp-config catalogue, not read in JetBrains' own pages",
                darwin: "known only from the gleanwork/mcp-config catalogue, not read in JetBrains' own pages",
                win32: "known only from the gleanwork/mcp-config catalogue, not read in JetBrains' own pages"
            }
        }
    ],
    servers: { at: ['mcpServers'], shape: 'map', ownKeys: [], reservedNames: [], inputs: null },
    transports: {
        types: { values: { stdio: profile/* STDIO */._h }, otherwise: 'cannot load the server' },
        untyped: { command: profile/* STDIO */._h, url: { url: { ...profile/* UNLOADABLE */.gk, fails: null, sseEndpoint: null } } },
        commandAndUrl: null,
        stdioOnly: {
            does: 'JetBrains documents only stdio servers for Junie, so it has no way to connect to this one',
            instead: profile/* BRIDGE_REMOTE */.dD
        }
    },
    launch: (0,profile/* startsInProject */.K2)({
        honoured: false,
        source: 'jetbrains.com/help/junie/model-context-protocol-mcp.html documents command, args and env'
    }),
    placeholders: (0,profile/* expandsOnly */.kz)([]),
    approvals: profile/* NO_APPROVALS */.J_
};
/**
 * JetBrains Junie: `.junie/mcp/mcp.json`, strict JSON. JetBrains documents only stdio servers for
 * Junie, so every entry is a program to start and a remote entry has no transport Junie is known to use.
 */
const junie = {
    id: 'junie',
    name: 'Junie',
    patterns: ['**/.junie/mcp/mcp.json'],
    syntax: 'json',
    profile: junie_PROFILE,
    schemas: ['junie'],
    check: (doc) => checkServersKey(doc, 'Junie', '.junie/mcp/mcp.json'),
    normalise(value, context) {
        return normaliseMcpServers(value, 'junie', context.path, (entry) => {
            const declaredType = declaredTypeOf(entry);
            const startable = (entry.type === undefined || declaredType === 'stdio') && 'command' in entry;
            return { transport: startable ? 'stdio' : 'unknown', declaredType };
        });
    }
};

;// CONCATENATED MODULE: ./src/hosts/continue.ts


const isJson = (path) => path.toLowerCase().endsWith('.json');
const isConfigYaml = (path) => /(^|\/)\.continue\/config\.yaml$/.test(path);
const SSE_ENDPOINT = {
    does: 'Continue tries Streamable HTTP on a "url" without "type" and falls back to SSE only when that fails',
    fix: 'add "type": "sse"'
};
/**
 * Continue's YAML blocks (continuedev/continue: packages/config-yaml/src/schemas/mcp/index.ts): a LIST of
 * servers with names; `type` spells Streamable HTTP `streamable-http`; a typeless url tries Streamable
 * HTTP, then SSE; a stdio server starts in its `cwd`; `${{ secrets.X }}` and `${{ inputs.X }}` are filled.
 */
const YAML_PROFILE = {
    role: 'client',
    readFrom: 'project',
    mcpOnly: true,
    projectRoot: profile/* aboveDotFolder */.b7,
    notRead: null,
    userFiles: [
        {
            paths: (0,profile/* onEverySystem */.CZ)(['${CONTINUE_GLOBAL_DIR}/config.yaml', '~/.continue/config.yaml']),
            scope: 'user',
            note: null,
            source: 'continuedev/continue core/util/paths.ts CONTINUE_GLOBAL_DIR @5522c6f',
            unconfirmed: {}
        },
        {
            paths: (0,profile/* onEverySystem */.CZ)(['${CONTINUE_GLOBAL_DIR}/mcpServers/*.yaml', '~/.continue/mcpServers/*.yaml']),
            scope: 'user',
            note: null,
            source: 'continuedev/continue docs customize/deep-dives/mcp (the block folder)',
            unconfirmed: {
                linux: 'the docs describe the block folder in a workspace; the same folder under ~/.continue is presumed',
                darwin: 'the docs describe the block folder in a workspace; the same folder under ~/.continue is presumed',
                win32: 'the docs describe the block folder in a workspace; the same folder under ~/.continue is presumed'
            }
        }
    ],
    servers: { at: ['mcpServers'], shape: 'list', ownKeys: [], reservedNames: [], inputs: null },
    transports: {
        types: { values: { stdio: profile/* STDIO */._h, sse: profile/* SSE */.y1, 'streamable-http': profile/* HTTP */.Bo }, otherwise: 'cannot load the server' },
        untyped: { command: profile/* STDIO */._h, url: { url: { ...profile/* HTTP_THEN_SSE */.ne, fails: null, sseEndpoint: SSE_ENDPOINT } } },
        commandAndUrl: null,
        stdioOnly: null
    },
    launch: (0,profile/* startsInProject */.K2)({
        honoured: true,
        source: 'the stdio server schema of continuedev/continue packages/config-yaml has cwd'
    }),
    placeholders: (0,profile/* expandsOnly */.kz)(['double-brace']),
    approvals: profile/* NO_APPROVALS */.J_
};
/** `~/.continue/config.yaml` holds models and every other setting beside its server list. */
const CONFIG_PROFILE = { ...YAML_PROFILE, mcpOnly: false };
/**
 * A Claude/Cursor/Cline-style JSON drop-in: a map; `type` spells Streamable HTTP `http`; the conversion
 * to Continue's own format drops `cwd`.
 */
const JSON_PROFILE = {
    ...YAML_PROFILE,
    servers: { ...YAML_PROFILE.servers, shape: 'map' },
    transports: {
        ...YAML_PROFILE.transports,
        types: { values: { stdio: profile/* STDIO */._h, sse: profile/* SSE */.y1, http: profile/* HTTP */.Bo }, otherwise: 'cannot load the server' }
    },
    launch: {
        ...YAML_PROFILE.launch,
        cwd: { honoured: false, source: 'the JSON drop-in conversion of continuedev/continue (PR #8021) keeps no cwd' }
    }
};
/** Continue falls back to reading a JSON file as one server when it has no `mcpServers` map. */
function isSingleJsonServer(value) {
    return (0,util/* isRecord */.u4)(value) && !('mcpServers' in value) && ('command' in value || 'url' in value);
}
/** The file's base name without `.json`: the server name Continue gives a single-server JSON file. */
function fileStem(path) {
    return path.slice(path.lastIndexOf('/') + 1).replace(/\.json$/i, '');
}
/** Transport of a YAML list item: Continue tries the stdio shape first, then the remote one. */
function yamlTransport(entry) {
    const declaredType = (0,util/* asString */.oJ)(entry.type);
    if (typeof entry.command === 'string' && (declaredType === undefined || declaredType === 'stdio'))
        return { transport: 'stdio', declaredType };
    if (declaredType === 'sse')
        return { transport: 'sse', declaredType };
    // Without a type Continue tries Streamable HTTP first and falls back to SSE.
    if (declaredType === undefined || declaredType === 'streamable-http')
        return { transport: 'url' in entry ? 'http' : 'unknown', declaredType };
    return { transport: 'unknown', declaredType };
}
/** Transport of a JSON entry: Continue tries the remote shape first, then stdio. */
function jsonTransport(entry) {
    const declaredType = (0,util/* asString */.oJ)(entry.type);
    if (declaredType === 'sse')
        return { transport: 'sse', declaredType };
    if (declaredType === 'http' || (declaredType === undefined && 'url' in entry))
        return { transport: 'http', declaredType };
    if (declaredType === undefined || declaredType === 'stdio')
        return { transport: 'command' in entry ? 'stdio' : 'unknown', declaredType };
    return { transport: 'unknown', declaredType };
}
function jsonServer(name, entry, pointer, file) {
    const { transport, declaredType } = jsonTransport(entry);
    const server = { name, host: 'continue', file, pointer, transport, ...(0,util/* commonFields */.dG)(entry, pointer) };
    if (declaredType !== undefined) {
        server.declaredType = declaredType;
        server.fields.type = [...pointer, 'type'];
    }
    return server;
}
function yamlServers(value, file) {
    const list = (0,util/* isRecord */.u4)(value) ? value.mcpServers : undefined;
    if (!Array.isArray(list))
        return [];
    const servers = [];
    list.forEach((entry, index) => {
        // `uses:` items name a Continue Hub block, which cannot be resolved offline.
        if (!(0,util/* isRecord */.u4)(entry) || 'uses' in entry)
            return;
        const { transport, declaredType } = yamlTransport(entry);
        const pointer = ['mcpServers', index];
        // Headers go in `requestOptions.headers`.
        const headers = (0,util/* isRecord */.u4)(entry.requestOptions) && (0,util/* isRecord */.u4)(entry.requestOptions.headers);
        const fields = (0,util/* commonFields */.dG)(entry, pointer, headers ? { headers: ['requestOptions', 'headers'] } : {});
        const server = {
            name: (0,util/* asString */.oJ)(entry.name) ?? `mcpServers[${index}]`,
            host: 'continue',
            file,
            pointer,
            transport,
            ...fields
        };
        if (declaredType !== undefined) {
            server.declaredType = declaredType;
            server.fields.type = [...pointer, 'type'];
        }
        servers.push(server);
    });
    return servers;
}
/** The one finding for a file that holds no server list Continue can read. */
function noServerList(doc, context) {
    if (isConfigYaml(context.path))
        return [];
    const value = doc.value;
    if (isJson(context.path)) {
        if ((0,util/* isRecord */.u4)(value) && ('mcpServers' in value || isSingleJsonServer(value)))
            return [];
        return [
            {
                ruleId: 'schema-required',
                severity: 'error',
                message: 'this JSON file has neither an "mcpServers" map nor the "command" or "url" of a single server',
                messageId: 'noServerMap',
                data: { key: 'mcpServers' },
                help: 'Continue skips a JSON file in .continue/mcpServers/ in any other form ("doesn\'t match a supported MCP JSON configuration format"); use the { "mcpServers": { "<name>": { ... } } } format of Claude, Cursor or Cline.',
                range: doc.locate([])
            }
        ];
    }
    if ((0,util/* isRecord */.u4)(value) && 'mcpServers' in value)
        return [];
    return [
        {
            ruleId: 'schema-required',
            severity: 'error',
            message: 'this block has no "mcpServers" list, so Continue loads no server from it',
            messageId: 'noServerList',
            data: { key: 'mcpServers' },
            help: 'A block in .continue/mcpServers/ starts with name, version and schema: v1, then "mcpServers:" with items that start with "- name:"; add the list.',
            range: doc.locate([])
        }
    ];
}
/**
 * Continue: YAML blocks in `.continue/mcpServers/` (a header, then an `mcpServers:` LIST), JSON files
 * in the Claude/Cursor/Cline format dropped into the same folder, and the `mcpServers:` list of
 * `config.yaml`. Unknown keys are stripped by Continue's zod schemas, so they are warnings.
 */
const continueDev = {
    id: 'continue',
    name: 'Continue',
    patterns: [
        '**/.continue/mcpServers/**/*.yaml',
        '**/.continue/mcpServers/**/*.yml',
        '**/.continue/mcpServers/**/*.json',
        '**/.continue/config.yaml'
    ],
    syntax: 'yaml',
    // comment-json reads the JSON drop-ins, so comments and trailing commas are fine there.
    syntaxFor: (path) => (isJson(path) ? 'jsonc' : 'yaml'),
    profile: YAML_PROFILE,
    profileFor: ({ path }) => (isJson(path) ? JSON_PROFILE : isConfigYaml(path) ? CONFIG_PROFILE : YAML_PROFILE),
    // The blocks' server list; `~/.continue/config.yaml`'s; a JSON drop-in's map, or single server; none at all
    // (reported once by check(), not key by key).
    schemas: ['continue', 'continue-config', 'continue-json', 'continue-json-single', 'continue-none'],
    schemaFor(value, context) {
        if (isConfigYaml(context.path))
            return 'continue-config';
        if (isJson(context.path)) {
            if ((0,util/* isRecord */.u4)(value) && 'mcpServers' in value)
                return 'continue-json';
            return isSingleJsonServer(value) ? 'continue-json-single' : 'continue-none';
        }
        return (0,util/* isRecord */.u4)(value) && 'mcpServers' in value ? 'continue' : 'continue-none';
    },
    check: noServerList,
    normalise(value, context) {
        if (!isJson(context.path))
            return yamlServers(value, context.path);
        if (isSingleJsonServer(value))
            return [jsonServer(fileStem(context.path), value, [], context.path)];
        return (0,util/* serverEntries */.CB)(value, ['mcpServers'])
            .filter((pair) => (0,util/* isRecord */.u4)(pair[1]))
            .map(([name, entry]) => jsonServer(name, entry, ['mcpServers', name], context.path));
    }
};

;// CONCATENATED MODULE: ./src/hosts/copilot.ts




/**
 * GitHub Copilot's reading of its MCP JSON (microsoft/vscode mcpCopilotConfiguration.ts; docs.github.com
 * "extend cloud agent with MCP"): `local` and `stdio` start a process in its `cwd`, `http` is Streamable
 * HTTP without an SSE fallback; `$VAR`, `${VAR}` and `${VAR:-default}` are expanded.
 */
const COPILOT_PROFILE = {
    role: 'client',
    readFrom: 'project',
    mcpOnly: true,
    projectRoot: profile/* aboveDotFolder */.b7,
    notRead: null,
    userFiles: [
        {
            paths: (0,profile/* onEverySystem */.CZ)(['${COPILOT_HOME}/mcp-config.json', '~/.copilot/mcp-config.json']),
            scope: 'user',
            note: "the Copilot command line's servers",
            source: 'microsoft/vscode-docs docs/agents/reference/mcp-configuration.md @a5dc2e3; github/docs#41226',
            unconfirmed: {}
        }
    ],
    servers: { at: ['mcpServers'], shape: 'map', ownKeys: [], reservedNames: [], inputs: null },
    transports: {
        types: { values: { local: profile/* STDIO */._h, stdio: profile/* STDIO */._h, http: profile/* HTTP */.Bo, sse: profile/* SSE */.y1 }, otherwise: 'cannot load the server' },
        untyped: {
            command: profile/* STDIO */._h,
            url: {
                url: {
                    ...profile/* HTTP */.Bo,
                    fails: null,
                    sseEndpoint: {
                        does: 'GitHub Copilot reads a "url" without "type" as "http" and connects with Streamable HTTP, which an SSE-only server does not answer',
                        fix: 'add "type": "sse"'
                    }
                }
            }
        },
        commandAndUrl: null,
        stdioOnly: null
    },
    launch: (0,profile/* startsInProject */.K2)({
        honoured: true,
        source: "a local server's cwd (microsoft/vscode mcpCopilotConfiguration.ts)"
    }),
    placeholders: (0,profile/* expandsOnly */.kz)(['dollar-brace', 'dollar']),
    approvals: profile/* NO_APPROVALS */.J_
};
/** The cloud agent's pasted JSON: its missing `type` is asked for by check(), whatever the url. */
const CLOUD_AGENT_PROFILE = {
    ...COPILOT_PROFILE,
    transports: {
        ...COPILOT_PROFILE.transports,
        untyped: { command: profile/* STDIO */._h, url: { url: { ...profile/* HTTP */.Bo, fails: null, sseEndpoint: null } } }
    }
};
/** Copilot's transport: `type` when given; without it the CLI starts a `command` and connects to a `url`. */
function copilotTransport(entry) {
    const declaredType = (0,util/* asString */.oJ)(entry.type);
    if (declaredType !== undefined)
        return { transport: (0,profile/* typeMeaning */.UH)(COPILOT_PROFILE, declaredType).transport, declaredType };
    return { transport: 'command' in entry ? 'stdio' : 'url' in entry ? 'http' : 'unknown' };
}
/** The cloud agent's settings JSON, committed as a paste source; Copilot itself reads no such file. */
const isCloudAgentFile = (path) => /(^|\/)\.github\/copilot-mcp\.json$/.test(path);
/** `.github/mcp.json` may be a bare server map, as the CLI accepts for workspace files. */
const isWorkspaceFile = (path) => /(^|\/)\.github\/mcp\.json$/.test(path);
const copilot_isBareMap = util/* isBareServerMap */.Ev;
function mapPath(value, context) {
    return isWorkspaceFile(context.path) && copilot_isBareMap(value) ? [] : ['mcpServers'];
}
/** `a`, `a and b`, `a, b and c`. */
function joinWords(words) {
    return words.length < 2 ? words.join('') : `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}
/** The message of a cloud-agent entry without the keys the agent requires; why and the fix go to help. */
const CLOUD_AGENT_MISSING = '{{where}} lacks {{keys}}, which the Copilot cloud agent requires';
/**
 * What the cloud agent would refuse in a pasted configuration (`type`, `tools`, `args` on local
 * servers). A warning: the committed file itself is loaded by nothing, so nothing fails until it is pasted.
 */
function cloudAgentGaps(doc) {
    const findings = [];
    for (const [name, entry] of (0,util/* serverEntries */.CB)(doc.value, ['mcpServers'])) {
        if (!(0,util/* isRecord */.u4)(entry))
            continue;
        const missing = ['type', 'tools'].filter((key) => !(key in entry));
        if (copilotTransport(entry).transport === 'stdio' && !('args' in entry))
            missing.push('args');
        if (missing.length === 0)
            continue;
        const listed = joinWords(missing.map((key) => `"${key}"`));
        const fixes = joinWords(missing.map((key) => key === 'type'
            ? `"type": "${'url' in entry ? 'http' : 'local'}"`
            : key === 'tools'
                ? '"tools": ["*"] (or a list of read-only tools)'
                : '"args": []'));
        const data = { where: (0,describe_path/* describePath */.N)(['mcpServers', name]), keys: listed };
        findings.push({
            ruleId: 'schema-required',
            severity: 'warning',
            message: (0,message_template/* fillMessage */.f)(CLOUD_AGENT_MISSING, data),
            messageId: 'cloudAgentMissing',
            data,
            help: `Copilot reads no .github/copilot-mcp.json, and pasting this entry into the repository's Copilot settings fails validation; add ${fixes}.`,
            range: doc.locate(['mcpServers', name], true),
            server: name
        });
    }
    return findings;
}
/**
 * GitHub Copilot: the CLI's `.github/mcp.json` and `~/.copilot/mcp-config.json` (committed in dotfiles),
 * and `.github/copilot-mcp.json`, the cloud agent's settings JSON kept in the repository. The CLI
 * defaults `type` and `tools`; the cloud agent requires them, which is reported as a warning.
 */
const copilot = {
    id: 'copilot',
    name: 'GitHub Copilot',
    patterns: ['**/.github/mcp.json', '**/.copilot/mcp-config.json', '**/.github/copilot-mcp.json'],
    syntax: 'json',
    profile: COPILOT_PROFILE,
    profileFor: ({ path }) => (isCloudAgentFile(path) ? CLOUD_AGENT_PROFILE : COPILOT_PROFILE),
    schemas: ['copilot', 'copilot-bare-map'],
    schemaFor: (value, context) => (mapPath(value, context).length === 0 ? 'copilot-bare-map' : 'copilot'),
    check: (doc, context) => (isCloudAgentFile(context.path) ? cloudAgentGaps(doc) : []),
    normalise(value, context) {
        return (0,util/* normaliseServerMap */.IP)(value, mapPath(value, context), { host: 'copilot', file: context.path }, copilotTransport);
    }
};

;// CONCATENATED MODULE: ./src/hosts/copilot-agent.ts
// Importing copilot.js also registers the copilot schema that this one refers to.


const copilot_agent_MAP = ['mcp-servers'];
/**
 * The cloud agent's server fields in an agent profile's front matter, which holds the agent's other
 * settings too. The cloud agent requires `type`; the Copilot CLI reads a typeless url as Streamable HTTP.
 */
const copilot_agent_PROFILE = {
    ...COPILOT_PROFILE,
    mcpOnly: false,
    userFiles: [],
    servers: { ...COPILOT_PROFILE.servers, at: copilot_agent_MAP },
    transports: {
        ...COPILOT_PROFILE.transports,
        untyped: {
            command: COPILOT_PROFILE.transports.untyped.command,
            url: {
                url: {
                    ...COPILOT_PROFILE.transports.untyped.url.url,
                    fails: 'the Copilot cloud agent requires "type" on every server and rejects the agent\'s configuration without it',
                    sseEndpoint: null
                }
            }
        }
    },
    placeholders: { ...COPILOT_PROFILE.placeholders, syntaxes: ['double-brace', 'dollar-brace', 'dollar'] }
};
/**
 * GitHub Copilot custom agents: `mcp-servers:` in the YAML front matter of `*.agent.md` profiles, with
 * the cloud agent's fields (`type` and `tools` required). Profiles without `mcp-servers` are not ours.
 */
const copilotAgent = {
    id: 'copilot-agent',
    name: 'GitHub Copilot custom agent',
    patterns: ['**/.github/agents/*.agent.md', '**/.copilot/agents/*.agent.md', 'agents/*.agent.md'],
    syntax: 'markdown-frontmatter',
    profile: copilot_agent_PROFILE,
    claims: (value) => (0,util/* isRecord */.u4)(value) && 'mcp-servers' in value,
    schemas: ['copilot-agent'],
    normalise(value, context) {
        return (0,util/* normaliseServerMap */.IP)(value, copilot_agent_MAP, { host: 'copilot-agent', file: context.path }, copilotTransport);
    }
};

;// CONCATENATED MODULE: ./src/hosts/windsurf.ts



/**
 * Windsurf's reading of `mcp_config.json` (docs.windsurf.com/windsurf/cascade/mcp): Claude Desktop's
 * schema (`command`, `args`, `env`; no `cwd`) plus remote servers at `serverUrl` or `url`, Streamable
 * HTTP with an SSE fallback; `${env:X}` is expanded.
 */
const windsurf_PROFILE = {
    role: 'client',
    readFrom: 'project',
    mcpOnly: true,
    projectRoot: profile/* aboveDotFolder */.b7,
    notRead: null,
    userFiles: [
        {
            paths: (0,profile/* onEverySystem */.CZ)(['~/.codeium/windsurf/mcp_config.json']),
            scope: 'user',
            note: null,
            source: 'docs.windsurf.com/windsurf/cascade/mcp',
            unconfirmed: {}
        }
    ],
    servers: { at: ['mcpServers'], shape: 'map', ownKeys: [], reservedNames: [], inputs: null },
    transports: {
        types: null,
        untyped: {
            command: profile/* STDIO */._h,
            url: {
                serverUrl: { ...profile/* HTTP_THEN_SSE */.ne, fails: null, sseEndpoint: null },
                url: { ...profile/* HTTP_THEN_SSE */.ne, fails: null, sseEndpoint: null }
            }
        },
        commandAndUrl: null,
        stdioOnly: null
    },
    launch: (0,profile/* startsInProject */.K2)({
        honoured: false,
        source: "docs.windsurf.com/windsurf/cascade/mcp: entries follow Claude Desktop's command, args and env"
    }),
    placeholders: (0,profile/* expandsOnly */.kz)(['env-colon']),
    approvals: profile/* NO_APPROVALS */.J_
};
/**
 * Windsurf (Cascade): the user file `~/.codeium/windsurf/mcp_config.json`, committed as
 * `.windsurf/mcp_config.json` or as an example `mcp_config.json`. Strict JSON; `command` means stdio
 * and `serverUrl` (or `url`) a remote server, Streamable HTTP with an SSE fallback.
 */
const windsurf = {
    id: 'windsurf',
    name: 'Windsurf',
    patterns: ['**/.windsurf/mcp_config.json', '**/mcp_config.json'],
    syntax: 'json',
    profile: windsurf_PROFILE,
    schemas: ['windsurf'],
    check: (doc, context) => checkServersKey(doc, 'Windsurf', context.path.includes('.windsurf/') ? '.windsurf/mcp_config.json' : 'mcp_config.json'),
    normalise(value, context) {
        // Windsurf's own key for the endpoint is serverUrl; it wins over url.
        return (0,util/* normaliseServerMap */.IP)(value, MCP_SERVERS, { host: 'windsurf', file: context.path }, (entry) => ({
            transport: 'command' in entry ? 'stdio' : 'serverUrl' in entry || 'url' in entry ? 'http' : 'unknown',
            declaredType: declaredTypeOf(entry)
        }), { url: [['serverUrl'], ['url']] });
    }
};

;// CONCATENATED MODULE: ./src/hosts/kilocode.ts



/**
 * The Kilo Code VS Code extension before Kilo moved to its opencode-based core: a Roo Code fork that
 * reads `.kilocode/mcp.json` with Roo Code's McpHub (Kilo-Org/kilocode src/services/mcp/McpHub.ts
 * @0fc86ce, the file watched as ".kilocode/mcp.json"). The newer Kilo still migrates this file into
 * `kilo.json`, dropping `cwd` and any typeless `url` (packages/opencode/src/kilocode/mcp-migrator.ts).
 */
const kilocode_PROFILE = rooFamilyProfile('Kilo Code', [
    {
        paths: inVscodeUserData('globalStorage/kilocode.kilo-code/settings/mcp_settings.json'),
        scope: 'legacy',
        note: "the extension's global servers before Kilo moved to kilo.json (which migrates them)",
        source: 'Kilo-Org/kilocode packages/opencode/src/kilocode/paths.ts KilocodePaths.vscodeGlobalStorage @2954265; kilo.ai docs using-in-kilo-code (VSCode (Legacy): mcp_settings.json)',
        unconfirmed: {}
    },
    {
        paths: (0,profile/* onEverySystem */.CZ)(['~/.kilocode/cli/global/settings/mcp_settings.json']),
        scope: 'legacy',
        note: "the legacy Kilo command line's global servers",
        source: 'kilo.ai docs using-in-cli (legacy CLI), as cited by research for issue 16',
        unconfirmed: {
            win32: 'the legacy CLI documents ~/.kilocode only; %USERPROFILE%\\.kilocode is presumed'
        }
    }
]);
/** Kilo Code (legacy extension): `.kilocode/mcp.json`, Roo Code's format. */
const kilocode = rooFamilyAdapter({
    id: 'kilocode',
    name: 'Kilo Code',
    file: '.kilocode/mcp.json',
    profile: kilocode_PROFILE,
    schema: 'kilocode'
});

;// CONCATENATED MODULE: ./src/hosts/kilo.ts


/** Kilo's global files: `~/.config/kilo/` on every system (opencode's XDG layout, with the app name "kilo"). */
function globalFile(name) {
    return {
        paths: (0,profile/* onEverySystem */.CZ)([`\${XDG_CONFIG_HOME}/kilo/${name}`, `~/.config/kilo/${name}`]),
        scope: 'user',
        note: null,
        source: 'kilo.ai docs using-in-kilo-code (Kilo-Org/kilocode packages/kilo-docs/pages/automate/mcp/using-in-kilo-code.md @0001496); packages/opencode/src/global/index.ts (app "kilo") @30e1f28',
        unconfirmed: {}
    };
}
/**
 * Kilo (its CLI, and the VS Code extension since it moved to the same core) reads opencode's format:
 * `mcp`, `local` servers with a command array, `remote` servers tried over Streamable HTTP then SSE,
 * `{env:VAR}` (kilo.ai docs, using-in-kilo-code). Its docs list no `cwd` for a local server, and its
 * migration from `.kilocode/mcp.json` drops `cwd`, so whether it honours one is not confirmed.
 */
const kilo_PROFILE = {
    ...OPENCODE_PROFILE,
    userFiles: ['kilo.json', 'kilo.jsonc', 'opencode.json', 'opencode.jsonc', 'config.json'].map(globalFile),
    transports: {
        ...OPENCODE_PROFILE.transports,
        types: { ...OPENCODE_PROFILE.transports.types, otherwise: 'refuses the whole config' },
        untyped: {
            ...OPENCODE_PROFILE.transports.untyped,
            url: {
                url: {
                    ...OPENCODE_PROFILE.transports.untyped.url.url,
                    fails: 'Kilo requires "type" on every server ("local" or "remote") and refuses the config without it'
                }
            }
        },
        commandAndUrl: 'Kilo refuses the config: a "local" server has no "url" and a "remote" one no "command"'
    },
    launch: {
        ...OPENCODE_PROFILE.launch,
        cwd: {
            honoured: 'unconfirmed',
            source: "kilo.ai docs list type, command, environment, enabled and timeout for a local server; Kilo's migrator drops cwd (packages/opencode/src/kilocode/mcp-migrator.ts @1e49e85)"
        }
    }
};
/** Kilo: `kilo.json` / `kilo.jsonc` at the project root or under `.kilo/`. */
const kilo = opencodeFamilyAdapter({
    id: 'kilo',
    name: 'Kilo',
    patterns: ['**/kilo.json', '**/kilo.jsonc'],
    profile: kilo_PROFILE,
    schema: 'kilo'
});

;// CONCATENATED MODULE: ./src/hosts/crush.ts


/** Crush's global config folder: `$CRUSH_GLOBAL_CONFIG`, else `$XDG_CONFIG_HOME/crush`, else `~/.config/crush`. */
const GLOBAL_CONFIG = [
    '${CRUSH_GLOBAL_CONFIG}/crush.json',
    '${XDG_CONFIG_HOME}/crush/crush.json',
    '~/.config/crush/crush.json'
];
/**
 * Crush's reading of `mcp` (charmbracelet/crush @37f36e9 internal/config/config.go MCPConfig,
 * internal/agent/tools/mcp/init.go): every entry names its `type`, and createTransport has no default
 * case, so an entry without one fails ("unsupported mcp type: "); a stdio server starts through
 * exec.CommandContext without a Dir, in Crush's own working directory, with os.Environ() plus `env`;
 * strings go through a shell-style resolver (internal/config/resolve.go).
 */
const crush_PROFILE = {
    role: 'client',
    readFrom: 'project',
    mcpOnly: false,
    projectRoot: profile/* aboveDotFolder */.b7,
    notRead: null,
    userFiles: [
        {
            paths: { linux: GLOBAL_CONFIG, darwin: GLOBAL_CONFIG, win32: GLOBAL_CONFIG },
            scope: 'user',
            note: null,
            source: 'charmbracelet/crush internal/config/load.go GlobalConfig, internal/home/home.go @37f36e9',
            unconfirmed: {}
        },
        {
            paths: {
                linux: [
                    '${CRUSH_GLOBAL_DATA}/crush.json',
                    '${XDG_DATA_HOME}/crush/crush.json',
                    '~/.local/share/crush/crush.json'
                ],
                darwin: [
                    '${CRUSH_GLOBAL_DATA}/crush.json',
                    '${XDG_DATA_HOME}/crush/crush.json',
                    '~/.local/share/crush/crush.json'
                ],
                win32: ['${CRUSH_GLOBAL_DATA}/crush.json', '${LOCALAPPDATA}/crush/crush.json']
            },
            scope: 'user',
            note: 'the data file Crush writes its own settings to, merged with the config',
            source: 'charmbracelet/crush internal/config/load.go GlobalConfigData @37f36e9',
            unconfirmed: {}
        },
        {
            paths: { linux: ['/etc/crush/crush.json'], darwin: ['/etc/crush/crush.json'] },
            scope: 'managed',
            note: 'the system-wide config',
            source: 'charmbracelet/crush internal/config/load.go lookupConfigs @37f36e9',
            unconfirmed: {}
        }
    ],
    servers: { at: ['mcp'], shape: 'map', ownKeys: [], reservedNames: [], inputs: null },
    transports: {
        types: {
            values: { stdio: profile/* STDIO */._h, sse: profile/* SSE */.y1, http: profile/* HTTP */.Bo },
            otherwise: 'fails to start the server ("unsupported mcp type: …")'
        },
        untyped: {
            command: {
                ...profile/* UNLOADABLE */.gk
            },
            url: {
                url: {
                    ...profile/* UNLOADABLE */.gk,
                    fails: 'Crush requires "type" on every server and fails to start one without it ("unsupported mcp type: ")',
                    sseEndpoint: null
                }
            }
        },
        commandAndUrl: null,
        stdioOnly: null
    },
    launch: (0,profile/* startsInProject */.K2)({
        honoured: false,
        source: 'MCPConfig has no cwd; exec.CommandContext runs without Dir (charmbracelet/crush internal/agent/tools/mcp/init.go @37f36e9)'
    }),
    placeholders: (0,profile/* expandsOnly */.kz)(['dollar-brace', 'dollar']),
    approvals: profile/* NO_APPROVALS */.J_
};
/**
 * Crush: `crush.json` or `.crush.json` (its "legacy JSON", still loaded beside the bash `crushrc`),
 * from the working directory up to the git root. Only files with an `mcp` map are claimed: the same
 * files hold Crush's providers and other settings. Whether Crush accepts comments in them is not
 * confirmed (its docs show commented examples), so they are read leniently.
 */
const crush = {
    id: 'crush',
    name: 'Crush',
    patterns: ['**/crush.json', '**/.crush.json'],
    syntax: 'jsonc',
    profile: crush_PROFILE,
    claims: (value) => (0,util/* isRecord */.u4)(value) && 'mcp' in value,
    schemas: ['crush'],
    normalise(value, context) {
        return (0,util/* normaliseServerMap */.IP)(value, ['mcp'], { host: 'crush', file: context.path }, (entry) => {
            const declaredType = (0,util/* asString */.oJ)(entry.type);
            // No default case: an entry without a type never starts.
            if (declaredType === undefined)
                return { transport: 'unknown' };
            return { transport: (0,profile/* typeMeaning */.UH)(crush_PROFILE, declaredType).transport, declaredType };
        });
    }
};

;// CONCATENATED MODULE: ./src/hosts/qwen.ts



/**
 * Qwen Code's reading of `.qwen/settings.json` (QwenLM/qwen-code, a Gemini CLI fork:
 * packages/core/src/config/mcp-server-config.ts MCPServerConfig @67f799c, docs/users/features/mcp.md
 * @023f40b). The transport comes from the field present, not from `type` (only `sdk`, for embedded
 * servers): `httpUrl` is Streamable HTTP, but `url` is **SSE**, unlike Gemini CLI; `command` starts
 * a stdio server in its `cwd`; `tcp` is a WebSocket address. `$VAR` and `${VAR}` are expanded.
 */
const qwen_PROFILE = {
    ...GEMINI_PROFILE,
    userFiles: [
        {
            paths: (0,profile/* onEverySystem */.CZ)(['${QWEN_HOME}/settings.json', '~/.qwen/settings.json']),
            scope: 'user',
            note: null,
            source: 'QwenLM/qwen-code packages/core/src/config/storage.ts Storage.getGlobalQwenDir; docs/users/configuration/settings.md',
            unconfirmed: {}
        },
        {
            paths: {
                linux: ['${QWEN_CODE_SYSTEM_SETTINGS_PATH}', '/etc/qwen-code/settings.json'],
                darwin: ['${QWEN_CODE_SYSTEM_SETTINGS_PATH}', '/Library/Application Support/QwenCode/settings.json'],
                win32: ['${QWEN_CODE_SYSTEM_SETTINGS_PATH}', 'C:/ProgramData/qwen-code/settings.json']
            },
            scope: 'managed',
            note: 'system settings, which override user and project settings',
            source: 'QwenLM/qwen-code docs/users/configuration/settings.md',
            unconfirmed: {}
        }
    ],
    transports: {
        types: null,
        untyped: {
            command: profile/* STDIO */._h,
            url: {
                httpUrl: { ...profile/* HTTP */.Bo, fails: null, sseEndpoint: null },
                url: { ...profile/* SSE */.y1, fails: null, sseEndpoint: null },
                tcp: { ...profile.WS, fails: null, sseEndpoint: null }
            }
        },
        commandAndUrl: null,
        stdioOnly: null
    },
    launch: {
        ...GEMINI_PROFILE.launch,
        cwd: {
            honoured: true,
            source: 'MCPServerConfig.cwd (QwenLM/qwen-code packages/core/src/config/mcp-server-config.ts @67f799c)'
        }
    }
};
/** Qwen Code's choice of transport: `httpUrl` (Streamable HTTP), then `url` (SSE), then `command` (stdio), then `tcp`. */
function qwenTransport(entry) {
    const declaredType = (0,util/* asString */.oJ)(entry.type);
    const typed = declaredType === undefined ? {} : { declaredType };
    if (typeof entry.httpUrl === 'string')
        return { transport: 'http', ...typed };
    if (typeof entry.url === 'string')
        return { transport: 'sse', ...typed };
    if (typeof entry.command === 'string')
        return { transport: 'stdio', ...typed };
    if (typeof entry.tcp === 'string')
        return { transport: 'ws', ...typed };
    return { transport: 'unknown', ...typed };
}
/**
 * Qwen Code: `.qwen/settings.json` in the project (it also reads a workspace `.mcp.json`, once the user
 * approves it). A `url` copied from a Gemini CLI or Claude config is connected to with SSE, so a
 * Streamable HTTP endpoint there fails: it belongs in `httpUrl`.
 */
const qwen = {
    id: 'qwen',
    name: 'Qwen Code',
    patterns: ['**/.qwen/settings.json'],
    syntax: 'jsonc',
    profile: qwen_PROFILE,
    schemas: ['qwen'],
    normalise(value, context) {
        return (0,util/* normaliseServerMap */.IP)(value, ['mcpServers'], { host: 'qwen', file: context.path }, qwenTransport, {
            url: [['httpUrl'], ['url']]
        }).map((server) => {
            // Qwen Code, like Gemini CLI, has no per-server switch: servers are turned off through mcp.excluded.
            delete server.disabled;
            const entry = (0,util/* valueAt */.fK)(value, server.pointer);
            const tcp = server.transport === 'ws' && (0,util/* isRecord */.u4)(entry) ? (0,util/* stringField */.OM)(entry, server.pointer, ['tcp']) : undefined;
            if (tcp) {
                server.url = `ws://${tcp.value}`;
                server.fields.url = tcp.pointer;
            }
            return server;
        });
    }
};

;// CONCATENATED MODULE: ./src/hosts/amp.ts


/** Where Amp keeps its servers: one flat, dotted key. */
const SERVERS = ['amp.mcpServers'];
const USER_SETTINGS = ['~/.config/amp/settings.json', '~/.config/amp/settings.jsonc'];
/**
 * Amp's reading of `amp.mcpServers`. Amp is closed source: the shape (`command`/`args`/`env` for a
 * local server, `url`/`headers` for a remote one) comes from its published settings schema and
 * secondary sources (developersdigest.tech/reference/amp/config-files; ampcode.com/news/mcp-permissions);
 * the transport of a `url`, its placeholder syntax and whether `cwd` is honoured are not confirmed.
 */
const amp_PROFILE = {
    role: 'client',
    readFrom: 'project',
    mcpOnly: false,
    projectRoot: profile/* aboveDotFolder */.b7,
    notRead: null,
    userFiles: USER_SETTINGS.map((file) => ({
        paths: { linux: [file], darwin: [file], win32: [file] },
        scope: 'user',
        note: null,
        source: 'developersdigest.tech/reference/amp/config-files (quoting the Amp manual)',
        unconfirmed: {
            win32: 'sources disagree: %USERPROFILE%\\.config\\amp (developersdigest.tech) or %APPDATA%\\amp (sourcegraph/amp-examples-and-guides guides/mcp/amp-mcp-setup-guide.md @4d91215)'
        }
    })),
    servers: { at: SERVERS, shape: 'map', ownKeys: [], reservedNames: [], inputs: null },
    transports: {
        types: null,
        untyped: {
            command: profile/* STDIO */._h,
            url: { url: { ...profile/* HTTP */.Bo, fails: null, sseEndpoint: null } }
        },
        commandAndUrl: null,
        stdioOnly: null
    },
    launch: (0,profile/* startsInProject */.K2)({
        honoured: 'unconfirmed',
        source: 'Amp is closed source and its documentation names no cwd'
    }),
    // "$VAR" and "${VAR}" per secondary sources; the exact syntax is not confirmed, so both are accepted.
    placeholders: (0,profile/* expandsOnly */.kz)(['dollar-brace', 'dollar']),
    approvals: profile/* NO_APPROVALS */.J_
};
/**
 * Amp: `.amp/settings.json` or `.amp/settings.jsonc`, searched up to the repository root; the servers
 * sit under the flat key `"amp.mcpServers"` among Amp's other settings. Partly confirmed (see the profile).
 */
const amp = {
    id: 'amp',
    name: 'Amp',
    patterns: ['**/.amp/settings.json', '**/.amp/settings.jsonc'],
    syntax: 'jsonc',
    profile: amp_PROFILE,
    schemas: ['amp'],
    normalise(value, context) {
        return (0,util/* normaliseServerMap */.IP)(value, SERVERS, { host: 'amp', file: context.path }, (entry) => ({
            transport: typeof entry.command === 'string' ? 'stdio' : typeof entry.url === 'string' ? 'http' : 'unknown'
        }));
    }
};

;// CONCATENATED MODULE: ./src/hosts/factory.ts


/**
 * Factory droid's reading of `mcpServers` (Factory-AI/factory docs/cli/configuration/mcp.mdx
 * @a80aa7c): `type` is `stdio` when omitted, so a `url` without a `type` starts nothing; `${VAR}` and
 * `${VAR:-default}` are expanded in command, args, env, url and headers. The docs document no `cwd`.
 */
const factory_PROFILE = {
    role: 'client',
    readFrom: 'project',
    mcpOnly: true,
    projectRoot: profile/* aboveDotFolder */.b7,
    notRead: null,
    userFiles: [
        {
            paths: { linux: ['~/.factory/mcp.json'], darwin: ['~/.factory/mcp.json'], win32: ['~/.factory/mcp.json'] },
            scope: 'user',
            note: "the user's servers, which win over a project's",
            source: 'Factory-AI/factory docs/cli/configuration/mcp.mdx @a80aa7c (an older revision said ~/.droid/mcp.json)',
            unconfirmed: { win32: 'the docs give only ~/.factory/mcp.json; %USERPROFILE%\\.factory is presumed' }
        }
    ],
    servers: { at: ['mcpServers'], shape: 'map', ownKeys: [], reservedNames: [], inputs: null },
    transports: {
        types: { values: { stdio: profile/* STDIO */._h, http: profile/* HTTP */.Bo, sse: profile/* SSE */.y1 }, otherwise: 'cannot load the server' },
        untyped: {
            command: profile/* STDIO */._h,
            url: {
                url: {
                    ...profile/* STDIO */._h,
                    fails: 'Factory starts a server without "type" as a stdio process, so a "url" alone starts nothing',
                    sseEndpoint: null
                }
            }
        },
        commandAndUrl: null,
        stdioOnly: null
    },
    launch: (0,profile/* startsInProject */.K2)({
        honoured: 'unconfirmed',
        source: 'Factory-AI/factory docs/cli/configuration/mcp.mdx @a80aa7c documents no cwd'
    }),
    placeholders: (0,profile/* expandsOnly */.kz)(['dollar-brace']),
    approvals: profile/* NO_APPROVALS */.J_
};
/** Factory droid: `.factory/mcp.json` at the project root (and in the folders above it). */
const factory = {
    id: 'factory',
    name: 'Factory',
    patterns: ['**/.factory/mcp.json'],
    syntax: 'json',
    profile: factory_PROFILE,
    schemas: ['factory'],
    check: (doc) => checkServersKey(doc, 'Factory', '.factory/mcp.json'),
    normalise(value, context) {
        return normaliseMcpServers(value, 'factory', context.path, (entry) => {
            const declaredType = declaredTypeOf(entry);
            if (declaredType === undefined)
                return { transport: 'stdio' };
            return { transport: (0,profile/* typeMeaning */.UH)(factory_PROFILE, declaredType).transport, declaredType };
        });
    }
};

;// CONCATENATED MODULE: ./src/hosts/devcontainer.ts


/** Where a devcontainer.json keeps VS Code's MCP setting. */
const MCP = ['customizations', 'vscode', 'mcp'];
/**
 * VS Code's servers of a dev container (microsoft/vscode-docs docs/agent-customization/mcp-servers.md
 * @08868fe): the entries mean what they mean in `.vscode/mcp.json`, but VS Code writes them into the
 * container's user `mcp.json` when it creates the container, so they start inside it. A check run on
 * this machine (a dry run, `mcpcop doctor`) must not start them here.
 */
const devcontainer_PROFILE = {
    ...VSCODE_PROFILE,
    mcpOnly: false,
    // The folder holding .devcontainer/ is the project, and the container's workspace folder.
    userFiles: [],
    servers: { ...VSCODE_PROFILE.servers, at: [...MCP, 'servers'], inputs: [...MCP, 'inputs'] },
    launch: { ...VSCODE_PROFILE.launch, startsIn: 'container' }
};
/**
 * VS Code dev containers: `customizations.vscode.mcp` of `.devcontainer/devcontainer.json`,
 * `.devcontainer.json` or `.devcontainer/<name>/devcontainer.json`. Only files with that setting are
 * claimed, and only it is checked.
 */
const devcontainer = {
    id: 'devcontainer',
    name: 'VS Code dev container',
    patterns: ['**/.devcontainer/devcontainer.json', '**/.devcontainer.json', '**/.devcontainer/*/devcontainer.json'],
    syntax: 'jsonc',
    profile: devcontainer_PROFILE,
    claims: (value) => (0,util/* isRecord */.u4)((0,util/* valueAt */.fK)(value, MCP)),
    schemas: ['devcontainer'],
    check: (doc) => checkMcpServersKey(doc, MCP, 'the "customizations.vscode.mcp" setting'),
    normalise: (value, context) => normaliseVscodeServers(value, MCP, { host: 'devcontainer', file: context.path })
};

;// CONCATENATED MODULE: ./src/hosts/cline.ts




/** Where the Cline command line keeps the file: `$CLINE_MCP_SETTINGS_PATH`, else under `$CLINE_DATA_DIR`, `$CLINE_DIR` or `~/.cline`. */
const CLI_FILE = [
    '${CLINE_MCP_SETTINGS_PATH}',
    '${CLINE_DATA_DIR}/settings/cline_mcp_settings.json',
    '${CLINE_DIR}/data/settings/cline_mcp_settings.json',
    '~/.cline/data/settings/cline_mcp_settings.json'
];
/**
 * Cline's reading of `cline_mcp_settings.json` (cline/cline src/services/mcp/schemas.ts): a zod union
 * tried as stdio, then sse, then streamableHttp, so a `url` without a `type` is SSE; the older
 * `transportType` (`http` meaning streamableHttp) is still read; `timeout` is in seconds. No
 * placeholder syntax is documented.
 */
const cline_PROFILE = {
    role: 'client',
    readFrom: 'user-folder',
    mcpOnly: true,
    projectRoot: profile/* aboveDotFolder */.b7,
    notRead: null,
    userFiles: [
        {
            paths: inVscodeUserData('globalStorage/saoudrizwan.claude-dev/settings/cline_mcp_settings.json'),
            scope: 'user',
            note: "the VS Code extension's servers",
            source: "cline/cline src/core/storage/disk.ts (GlobalFileNames.mcpSettings in the extension storage's settings folder) @0162b82",
            unconfirmed: {}
        },
        {
            paths: { linux: CLI_FILE, darwin: CLI_FILE, win32: CLI_FILE },
            scope: 'user',
            note: "the command line's servers",
            source: 'cline/cline sdk/packages/shared/src/storage/paths.ts resolveMcpSettingsPath @01ffc20',
            unconfirmed: {}
        }
    ],
    servers: { at: ['mcpServers'], shape: 'map', ownKeys: [], reservedNames: [], inputs: null },
    transports: {
        types: { values: { stdio: profile/* STDIO */._h, sse: profile/* SSE */.y1, streamableHttp: profile/* HTTP */.Bo }, otherwise: 'refuses the server' },
        untyped: {
            command: profile/* STDIO */._h,
            url: {
                url: {
                    ...profile/* SSE */.y1,
                    fails: null,
                    sseEndpoint: null
                }
            }
        },
        commandAndUrl: null,
        stdioOnly: null
    },
    launch: (0,profile/* startsInProject */.K2)({
        honoured: true,
        source: 'the stdio server schema has cwd (cline/cline src/services/mcp/schemas.ts)'
    }),
    placeholders: (0,profile/* expandsOnly */.kz)([]),
    approvals: { toolList: 'autoApprove', serverSwitch: null, fileGrants: null, projectServers: null }
};
/** The older `transportType`'s spellings, by the `type` each stands for. */
const LEGACY_TYPES = { stdio: 'stdio', sse: 'sse', http: 'streamableHttp' };
function clineTransport(entry) {
    const written = (0,util/* asString */.oJ)(entry.type);
    const legacy = (0,util/* asString */.oJ)(entry.transportType);
    const declaredType = written ?? (legacy === undefined ? undefined : (LEGACY_TYPES[legacy] ?? legacy));
    if (declaredType !== undefined)
        return { transport: (0,profile/* typeMeaning */.UH)(cline_PROFILE, declaredType).transport, declaredType };
    // The union is tried in order: stdio (a command), then sse (a url).
    if (typeof entry.command === 'string')
        return { transport: 'stdio' };
    return { transport: typeof entry.url === 'string' ? 'sse' : 'unknown' };
}
/**
 * Cline: `cline_mcp_settings.json`, each user's own (the extension's storage, or `~/.cline` for the
 * command line). A committed copy is an example each user adapts.
 */
const cline = {
    id: 'cline',
    name: 'Cline',
    patterns: ['**/cline_mcp_settings.json'],
    syntax: 'json',
    profile: cline_PROFILE,
    schemas: ['cline'],
    check: (doc) => checkServersKey(doc, 'Cline', 'cline_mcp_settings.json'),
    normalise: (value, context) => normaliseMcpServers(value, 'cline', context.path, clineTransport)
};

;// CONCATENATED MODULE: ./src/hosts/goose.ts


/** Goose's config folder: `$GOOSE_PATH_ROOT/config`, else the XDG layout (etcetera's app strategy). */
const UNIX_CONFIG = [
    '${GOOSE_PATH_ROOT}/config/config.yaml',
    '${XDG_CONFIG_HOME}/goose/config.yaml',
    '~/.config/goose/config.yaml'
];
/**
 * Goose's reading of `extensions` (block/goose crates/goose/src/agents/extension.rs ExtensionConfig,
 * tagged by `type`): `stdio` runs `cmd` with `args` and `envs`; `streamable_http` connects to `uri`;
 * `sse` is still parsed but no longer supported; `builtin`, `platform`, `frontend` and
 * `inline_python` are Goose's own extensions, not servers it starts from the config. No `cwd`.
 */
const goose_PROFILE = {
    role: 'client',
    readFrom: 'user-folder',
    mcpOnly: false,
    projectRoot: () => '',
    notRead: null,
    userFiles: [
        {
            paths: {
                linux: UNIX_CONFIG,
                darwin: UNIX_CONFIG,
                win32: ['${GOOSE_PATH_ROOT}/config/config.yaml', '${APPDATA}/Block/goose/config/config.yaml']
            },
            scope: 'user',
            note: null,
            source: 'block/goose crates/goose/src/config/paths.rs Paths::config_dir @0780e22; docs.rs etcetera choose_app_strategy',
            unconfirmed: {
                win32: "sources disagree: %APPDATA%\\Block\\goose\\config (etcetera's Windows strategy; the \\config suffix is not confirmed) or %USERPROFILE%\\.config\\goose (gleanwork/mcp-config)"
            }
        },
        {
            paths: { win32: ['~/.config/goose/config.yaml'] },
            scope: 'user',
            note: null,
            source: 'gleanwork/mcp-config configs/goose.json @4f7c469',
            unconfirmed: {
                win32: "given by the gleanwork/mcp-config catalogue only; Goose's own path code suggests %APPDATA%"
            }
        }
    ],
    servers: { at: ['extensions'], shape: 'map', ownKeys: [], reservedNames: [], inputs: null },
    transports: {
        types: {
            values: {
                stdio: profile/* STDIO */._h,
                streamable_http: profile/* HTTP */.Bo,
                sse: profile/* UNLOADABLE */.gk,
                builtin: profile/* UNLOADABLE */.gk,
                platform: profile/* UNLOADABLE */.gk,
                frontend: profile/* UNLOADABLE */.gk,
                inline_python: profile/* UNLOADABLE */.gk
            },
            otherwise: 'fails to read the config'
        },
        untyped: {
            command: profile/* UNLOADABLE */.gk,
            url: {
                uri: {
                    ...profile/* UNLOADABLE */.gk,
                    fails: 'Goose tells extensions apart by "type" and cannot read one without it',
                    sseEndpoint: null
                }
            }
        },
        commandAndUrl: null,
        stdioOnly: null
    },
    launch: {
        cwd: {
            honoured: false,
            source: 'ExtensionConfig::Stdio has cmd, args, envs, env_keys and timeout (block/goose extension.rs)'
        },
        startsIn: 'host-folder',
        environment: {},
        command: 'program'
    },
    placeholders: {
        // Header values may name variables from envs or env_keys (not confirmed); both forms are accepted.
        syntaxes: ['dollar-brace', 'dollar'],
        variables: {},
        variablePrefixes: [],
        allEditorVariables: false,
        variableFields: [{ key: 'env_keys', holds: 'names' }],
        withoutExpansion: null,
        setElsewhere: null
    },
    approvals: profile/* NO_APPROVALS */.J_
};
/**
 * Goose: `~/.config/goose/config.yaml`, each user's own; its MCP servers are the `stdio` and
 * `streamable_http` entries of `extensions`. Read by `mcpcop doctor`.
 */
const goose = {
    id: 'goose',
    name: 'Goose',
    patterns: [],
    syntax: 'yaml',
    profile: goose_PROFILE,
    schemas: ['goose'],
    normalise(value, context) {
        const keys = { command: ['cmd'], env: ['envs'], cwd: null, url: [['uri']] };
        return (0,util/* normaliseServerMap */.IP)(value, ['extensions'], { host: 'goose', file: context.path }, (entry) => {
            const declaredType = (0,util/* asString */.oJ)(entry.type);
            if (declaredType === undefined)
                return { transport: 'unknown' };
            return { transport: (0,profile/* typeMeaning */.UH)(goose_PROFILE, declaredType).transport, declaredType };
        }, keys);
    }
};

;// CONCATENATED MODULE: ./src/hosts/lmstudio.ts


/**
 * LM Studio's `mcp.json` "follows Cursor's notation" (lmstudio-ai/docs 0_app/2_mcp/index.mdx): a
 * `command` starts a local server and a `url` reaches a remote one. Its docs name no `type`, no `cwd`
 * and no placeholder syntax.
 */
const lmstudio_PROFILE = {
    role: 'client',
    readFrom: 'user-folder',
    mcpOnly: true,
    projectRoot: () => '',
    notRead: null,
    userFiles: [
        {
            paths: { linux: ['~/.lmstudio/mcp.json'], darwin: ['~/.lmstudio/mcp.json'], win32: ['~/.lmstudio/mcp.json'] },
            scope: 'user',
            note: 'edited in the app (Program → Install → Edit mcp.json)',
            source: 'lmstudio-ai/docs 0_app/2_mcp/index.mdx',
            unconfirmed: {}
        },
        {
            paths: { darwin: ['~/.cache/lm-studio/mcp.json'] },
            scope: 'user',
            note: 'where some macOS installations keep it',
            source: 'lmstudio-ai/lmstudio-bug-tracker#1371',
            unconfirmed: { darwin: 'observed in a bug report, not documented' }
        }
    ],
    servers: { at: ['mcpServers'], shape: 'map', ownKeys: [], reservedNames: [], inputs: null },
    transports: {
        types: null,
        untyped: { command: profile/* STDIO */._h, url: { url: { ...profile/* HTTP */.Bo, fails: null, sseEndpoint: null } } },
        commandAndUrl: null,
        stdioOnly: null
    },
    launch: {
        cwd: { honoured: 'unconfirmed', source: 'lmstudio.ai/docs/app/mcp documents command, args and env only' },
        startsIn: 'host-folder',
        environment: {},
        command: 'program'
    },
    placeholders: (0,profile/* expandsOnly */.kz)([]),
    approvals: profile/* NO_APPROVALS */.J_
};
/** LM Studio: `~/.lmstudio/mcp.json`, each user's own (no project file). Read by `mcpcop doctor`. */
const lmstudio = {
    id: 'lmstudio',
    name: 'LM Studio',
    patterns: [],
    syntax: 'json',
    profile: lmstudio_PROFILE,
    schemas: ['lmstudio'],
    normalise(value, context) {
        return normaliseMcpServers(value, 'lmstudio', context.path, (entry) => ({
            transport: typeof entry.command === 'string' ? 'stdio' : typeof entry.url === 'string' ? 'http' : 'unknown'
        }));
    }
};

// EXTERNAL MODULE: ./src/mask.ts
var mask = __webpack_require__(5235);
;// CONCATENATED MODULE: ./src/hosts/registry.ts




/** The schema the registry's publisher accepts today; unknown or missing `$schema` falls back to it. */
const CURRENT_REGISTRY_SCHEMA = '2025-12-11';
/** The first format, with snake_case fields, which the registry no longer reads at all. */
const RETIRED_SNAKE_CASE = '2025-07-09';
const SCHEMA_URL = (version) => `https://static.modelcontextprotocol.io/schemas/${version}/server.schema.json`;
/**
 * Every published server.json schema version and the vendored schema that checks it (see
 * schemas/registry/README.md). 2025-10-11 and 2025-10-17 have no vendored copy: they are checked with
 * 2025-12-11, which only added optional remote `variables` and named the transport definitions.
 */
const SCHEMAS = {
    '2025-07-09': 'registry-2025-07-09',
    '2025-09-16': 'registry-2025-09-16',
    '2025-09-29': 'registry-2025-09-29',
    '2025-12-11': 'registry-2025-12-11',
    '2025-10-11': 'registry-2025-12-11',
    '2025-10-17': 'registry-2025-12-11'
};
/** The published versions, oldest first. */
const REGISTRY_SCHEMA_VERSIONS = Object.keys(SCHEMAS).sort();
/** The schema date in a `$schema` URL such as https://static.modelcontextprotocol.io/schemas/2025-12-11/server.schema.json. */
function registrySchemaVersion(value) {
    const url = (0,util/* isRecord */.u4)(value) ? (0,util/* asString */.oJ)(value.$schema) : undefined;
    return url?.match(/\/schemas\/(\d{4}-\d{2}-\d{2})\/server\.schema\.json$/)?.[1];
}
/** Whether a `server.json` looks like an MCP Registry server description (other tools use the name too). */
function looksLikeServerJson(value) {
    if (!(0,util/* isRecord */.u4)(value))
        return false;
    const url = (0,util/* asString */.oJ)(value.$schema);
    if (url !== undefined && /modelcontextprotocol\.io\/schemas\/.*server\.schema\.json/.test(url))
        return true;
    return typeof value.name === 'string' && (Array.isArray(value.packages) || Array.isArray(value.remotes));
}
/** Reads a camelCase field, or its snake_case spelling from the 2025-07-09 format. */
function field(entry, camel) {
    if (camel in entry)
        return entry[camel];
    return entry[camel.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)];
}
/** How a client runs a package of each registry type when the file gives no `runtimeHint`. */
const RUNTIMES = { npm: 'npx', pypi: 'uvx', oci: 'docker', nuget: 'dnx' };
/**
 * A server's own description for the MCP Registry: no map of named servers but `packages[]` (each run
 * as registry clients run it, with `transport.type`) and `remotes[]` (with `type` required); templates
 * `{name}` are filled from declared variables.
 */
const registry_PROFILE = {
    role: 'manifest',
    readFrom: 'project',
    mcpOnly: false,
    projectRoot: profile/* aboveDotFolder */.b7,
    notRead: null,
    userFiles: [],
    servers: null,
    transports: {
        types: {
            values: { stdio: profile/* STDIO */._h, 'streamable-http': profile/* HTTP */.Bo, sse: profile/* SSE */.y1 },
            otherwise: 'cannot load the server'
        },
        untyped: { command: profile/* UNLOADABLE */.gk, url: { url: { ...profile/* UNLOADABLE */.gk, fails: null, sseEndpoint: null } } },
        commandAndUrl: null,
        stdioOnly: null
    },
    launch: (0,profile/* startsInProject */.K2)({ honoured: false, source: 'server.json packages have no working directory' }),
    placeholders: (0,profile/* expandsOnly */.kz)(['registry-variable']),
    approvals: profile/* NO_APPROVALS */.J_
};
/** Renders `runtimeArguments` / `packageArguments` as command-line words; unfilled values stay `{name}` templates. */
function renderArguments(value) {
    if (!Array.isArray(value))
        return [];
    const words = [];
    for (const argument of value) {
        if (!(0,util/* isRecord */.u4)(argument))
            continue;
        const given = (0,util/* asString */.oJ)(argument.value) ?? (0,util/* asString */.oJ)(argument.default);
        if (argument.type === 'named') {
            const name = (0,util/* asString */.oJ)(argument.name);
            if (name !== undefined)
                words.push(name);
            if (given !== undefined)
                words.push(given);
        }
        else {
            const hint = (0,util/* asString */.oJ)(field(argument, 'valueHint'));
            if (given !== undefined)
                words.push(given);
            else if (hint !== undefined)
                words.push(`{${hint}}`);
        }
    }
    return words;
}
/** The key a field is written under: camelCase, or its snake_case spelling from the 2025-07-09 format. */
function fieldKey(entry, camel) {
    return camel in entry ? camel : camel.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
}
/**
 * Name/value pairs of `environmentVariables` or `headers` (a list at `at`) that carry a value or
 * default, with the pointer of the value each takes; undefined when there are none.
 */
function keyValues(value, at) {
    if (!Array.isArray(value))
        return undefined;
    const out = { values: {}, pointers: {} };
    value.forEach((item, index) => {
        if (!(0,util/* isRecord */.u4)(item))
            return;
        const name = (0,util/* asString */.oJ)(item.name);
        const key = typeof item.value === 'string' ? 'value' : typeof item.default === 'string' ? 'default' : undefined;
        if (name === undefined || key === undefined)
            return;
        out.values[name] = item[key];
        out.pointers[name] = [...at, index, key];
    });
    return Object.keys(out.values).length > 0 ? out : undefined;
}
/** The command line a registry client builds for a package: `npx -y pkg@1.2.3`, `uvx pkg==1.2.3`, `docker run -i --rm image`. */
function packageCommand(entry) {
    const registryType = (0,util/* asString */.oJ)(field(entry, 'registryType')) ?? '';
    const identifier = (0,util/* asString */.oJ)(entry.identifier);
    const version = (0,util/* asString */.oJ)(entry.version);
    const command = (0,util/* asString */.oJ)(field(entry, 'runtimeHint')) ?? RUNTIMES[registryType];
    if (command === undefined || identifier === undefined)
        return {};
    const runtime = renderArguments(field(entry, 'runtimeArguments'));
    const after = renderArguments(field(entry, 'packageArguments'));
    let target = identifier;
    if (version !== undefined && command === 'npx')
        target = `${identifier}@${version}`;
    else if (version !== undefined && command === 'uvx')
        target = `${identifier}==${version}`;
    else if (version !== undefined && command === 'dnx')
        target = `${identifier}@${version}`;
    else if (version !== undefined && command === 'docker' && !/[:@][^/]*$/.test(identifier))
        target = `${identifier}:${version}`;
    if (command === 'npx')
        return {
            command,
            args: [...(runtime.some((a) => a === '-y' || a === '--yes') ? [] : ['-y']), ...runtime, target, ...after]
        };
    if (command === 'docker') {
        const declared = field(entry, 'environmentVariables');
        const env = (Array.isArray(declared) ? declared : []).flatMap((item) => (0,util/* isRecord */.u4)(item) && typeof item.name === 'string' ? ['-e', item.name] : []);
        return { command, args: ['run', '-i', '--rm', ...runtime, ...env, target, ...after] };
    }
    return { command, args: [...runtime, target, ...after] };
}
function normalisePackage(entry, index, base, name) {
    const transport = (0,util/* isRecord */.u4)(entry.transport) ? entry.transport : {};
    const declaredType = (0,util/* asString */.oJ)(transport.type);
    const pointer = ['packages', index];
    // The command line is built, not written: findings about it point at the package.
    const server = {
        name: `${name} (packages[${index}])`,
        ...base,
        pointer,
        transport: declaredType === undefined ? 'unknown' : (0,profile/* typeMeaning */.UH)(registry_PROFILE, declaredType).transport,
        ...packageCommand(entry),
        fields: {}
    };
    if (declaredType !== undefined) {
        server.declaredType = declaredType;
        server.fields.type = [...pointer, 'transport', 'type'];
    }
    const envKey = fieldKey(entry, 'environmentVariables');
    const env = keyValues(entry[envKey], [...pointer, envKey]);
    if (env) {
        server.env = env.values;
        server.fields.env = env.pointers;
    }
    // A package may serve HTTP once started: it keeps its command and gains the URL to connect to.
    const url = (0,util/* asString */.oJ)(transport.url);
    if (url !== undefined && declaredType !== 'stdio') {
        server.url = url;
        server.fields.url = [...pointer, 'transport', 'url'];
    }
    const headers = keyValues(transport.headers, [...pointer, 'transport', 'headers']);
    if (headers) {
        server.headers = headers.values;
        server.fields.headers = headers.pointers;
    }
    return server;
}
function normaliseRemote(entry, index, base, name) {
    const declaredType = (0,util/* asString */.oJ)(entry.type);
    const pointer = ['remotes', index];
    const server = {
        name: `${name} (remotes[${index}])`,
        ...base,
        pointer,
        fields: {},
        // A remote is reached over the network: `stdio` is no transport for it.
        transport: declaredType === undefined || declaredType === 'stdio' ? 'unknown' : (0,profile/* typeMeaning */.UH)(registry_PROFILE, declaredType).transport
    };
    if (declaredType !== undefined) {
        server.declaredType = declaredType;
        server.fields.type = [...pointer, 'type'];
    }
    const url = (0,util/* asString */.oJ)(entry.url);
    if (url !== undefined) {
        server.url = url;
        server.fields.url = [...pointer, 'url'];
    }
    const headers = keyValues(entry.headers, [...pointer, 'headers']);
    if (headers) {
        server.headers = headers.values;
        server.fields.headers = headers.pointers;
    }
    return server;
}
/** The messages about `$schema`, one sentence each; why and the fix go to help. */
const SCHEMA_URL_MESSAGES = {
    noSchema: 'this server.json has no "$schema", which mcp-publisher requires',
    unknownSchema: '"$schema" {{url}} is not a published server.json schema',
    retiredSchema: '"$schema" names the retired {{version}} snake_case format, which the MCP Registry no longer reads',
    olderSchema: '"$schema" names the older {{version}} schema; mcp-publisher publishes only the current {{current}}'
};
function notice(ruleId, severity, messageId, data, help, doc, path) {
    const message = (0,message_template/* fillMessage */.f)(SCHEMA_URL_MESSAGES[messageId], data);
    return { ruleId, severity, message, messageId, data, help, range: doc.locate(path) };
}
/**
 * MCP Registry `server.json`: validated against the published schema its `$schema` names (the
 * current one when it names none we know). Each package and remote becomes one server, run the way
 * registry clients run them.
 */
const registry = {
    id: 'registry',
    name: 'MCP Registry',
    patterns: ['**/server.json'],
    syntax: 'json',
    profile: registry_PROFILE,
    claims: looksLikeServerJson,
    schemas: [...new Set(Object.values(SCHEMAS))],
    schemaFor(value) {
        return SCHEMAS[registrySchemaVersion(value) ?? CURRENT_REGISTRY_SCHEMA] ?? SCHEMAS[CURRENT_REGISTRY_SCHEMA];
    },
    check(doc) {
        const value = doc.value;
        if (!(0,util/* isRecord */.u4)(value))
            return [];
        const current = SCHEMA_URL(CURRENT_REGISTRY_SCHEMA);
        if (!('$schema' in value)) {
            return [
                notice('schema-required', 'notice', 'noSchema', { key: '$schema' }, `It was checked against the current schema ${CURRENT_REGISTRY_SCHEMA}; add "$schema": "${current}".`, doc, [])
            ];
        }
        const url = (0,util/* asString */.oJ)(value.$schema);
        if (url === undefined)
            return []; // a non-string $schema is reported by the schema itself
        const version = registrySchemaVersion(value);
        if (version === undefined || !(version in SCHEMAS)) {
            return [
                notice('schema-value', 'notice', 'unknownSchema', { url: JSON.stringify((0,mask/* quotable */.E7)(url, 80)) }, `The published schemas are ${REGISTRY_SCHEMA_VERSIONS.join(', ')}; the file was checked against the current ${CURRENT_REGISTRY_SCHEMA}. Use "${current}".`, doc, ['$schema'])
            ];
        }
        if (version === RETIRED_SNAKE_CASE) {
            return [
                notice('schema-value', 'error', 'retiredSchema', { version }, `Publishing fails: the registry no longer reads its snake_case fields ("registry_type", "registry_base_url", "environment_variables", ...). Rename them to camelCase ("registryType", ...), drop "status", and use "${current}".`, doc, ['$schema'])
            ];
        }
        if (version !== CURRENT_REGISTRY_SCHEMA) {
            return [
                notice('schema-value', 'notice', 'olderSchema', { version, current: CURRENT_REGISTRY_SCHEMA }, `This file was checked against the schema it names; update it to "${current}" (see the registry's server.json CHANGELOG).`, doc, ['$schema'])
            ];
        }
        return [];
    },
    normalise(value, context) {
        if (!(0,util/* isRecord */.u4)(value))
            return [];
        const base = { host: 'registry', file: context.path };
        const name = (0,util/* asString */.oJ)(value.name) ?? 'server';
        const servers = [];
        if (Array.isArray(value.packages))
            value.packages.forEach((entry, index) => (0,util/* isRecord */.u4)(entry) && servers.push(normalisePackage(entry, index, base, name)));
        if (Array.isArray(value.remotes))
            value.remotes.forEach((entry, index) => (0,util/* isRecord */.u4)(entry) && servers.push(normaliseRemote(entry, index, base, name)));
        return servers;
    }
};

;// CONCATENATED MODULE: ./src/hosts/mcpb.ts


/** The manifest schemas the MCPB tooling (`@anthropic-ai/mcpb` 2.1.2) validates with, by version. */
const mcpb_SCHEMAS = {
    '0.1': 'mcpb-0.1',
    '0.2': 'mcpb-0.2',
    '0.3': 'mcpb-0.3',
    '0.4': 'mcpb-0.4'
};
/** Supported manifest versions, oldest first. */
const MCPB_MANIFEST_VERSIONS = Object.keys(mcpb_SCHEMAS);
const LATEST = '0.4';
/**
 * The version the MCPB tooling picks (mirrors its getManifestVersionFromRawData): `manifest_version`
 * when it is a supported one, else the legacy `dxt_version` when that is.
 */
function mcpbManifestVersion(value) {
    if (!(0,util/* isRecord */.u4)(value))
        return undefined;
    for (const key of ['manifest_version', 'dxt_version']) {
        const version = value[key];
        if (typeof version === 'string' && version in mcpb_SCHEMAS)
            return version;
    }
    return undefined;
}
/**
 * An MCP bundle's manifest (modelcontextprotocol/mcpb MANIFEST.md): one stdio server in
 * `server.mcp_config` (`command`, `args`, `env`; no `cwd`), run from the bundle's folder, with
 * `${__dirname}`, `${HOME}`, `${/}` and the user's `${user_config.KEY}` answers filled in.
 */
const mcpb_PROFILE = {
    role: 'manifest',
    readFrom: 'project',
    mcpOnly: false,
    projectRoot: profile/* aboveDotFolder */.b7,
    notRead: null,
    userFiles: [],
    servers: null,
    transports: { types: null, untyped: { command: profile/* STDIO */._h, url: {} }, commandAndUrl: null, stdioOnly: null },
    launch: (0,profile/* startsInProject */.K2)({
        honoured: false,
        source: 'mcp_config has command, args, env and platform_overrides (MANIFEST.md)'
    }),
    placeholders: {
        syntaxes: ['mcpb-variable'],
        variables: { __dirname: 'file-folder', HOME: 'home', pathSeparator: 'path-separator', '/': 'path-separator' },
        variablePrefixes: ['user_config.'],
        allEditorVariables: false,
        variableFields: [],
        withoutExpansion: null,
        setElsewhere: null
    },
    approvals: profile/* NO_APPROVALS */.J_
};
function claims(value) {
    return (0,util/* isRecord */.u4)(value) && ('manifest_version' in value || 'dxt_version' in value) && 'server' in value;
}
/**
 * MCP Bundle (formerly DXT) `manifest.json`. The MCPB tooling validates it with a strict schema per
 * manifest version (unknown keys are rejected) and launches `server.mcp_config` as a stdio process.
 */
const mcpb = {
    id: 'mcpb',
    name: 'MCPB',
    patterns: ['**/manifest.json'],
    syntax: 'json',
    profile: mcpb_PROFILE,
    unknownKeySeverity: 'error',
    claims,
    schemas: [...Object.values(mcpb_SCHEMAS), 'mcpb-unversioned'],
    schemaFor(value) {
        return mcpb_SCHEMAS[mcpbManifestVersion(value) ?? ''] ?? 'mcpb-unversioned';
    },
    check(doc) {
        const value = doc.value;
        if (!(0,util/* isRecord */.u4)(value) || mcpbManifestVersion(value) !== undefined)
            return [];
        const supported = MCPB_MANIFEST_VERSIONS.map((v) => JSON.stringify(v)).join(', ');
        const key = 'manifest_version' in value ? 'manifest_version' : 'dxt_version' in value ? 'dxt_version' : undefined;
        if (key === undefined) {
            return [
                {
                    ruleId: 'schema-required',
                    severity: 'error',
                    message: 'the manifest is missing the required "manifest_version"',
                    messageId: 'missingVersion',
                    data: { key: 'manifest_version' },
                    help: `The MCPB tooling refuses a manifest without it (or the legacy "dxt_version"); add "manifest_version": "${LATEST}" (supported: ${supported}).`,
                    range: doc.locate([])
                }
            ];
        }
        const shown = JSON.stringify(value[key]);
        return [
            {
                ruleId: 'schema-enum',
                severity: 'error',
                message: `"${key}" is ${shown}, a manifest version the MCPB tooling does not know`,
                messageId: 'unknownVersion',
                data: { key, value: shown },
                help: `The MCPB tooling rejects the bundle ("Unrecognized or unsupported manifest version"); use one of ${supported} (the rest of the file was checked against ${LATEST}).`,
                range: doc.locate([key])
            }
        ];
    },
    normalise(value, context) {
        if (!(0,util/* isRecord */.u4)(value) || !(0,util/* isRecord */.u4)(value.server) || !(0,util/* isRecord */.u4)(value.server.mcp_config))
            return [];
        const config = value.server.mcp_config;
        const server = {
            name: (0,util/* asString */.oJ)(value.name) ?? 'server',
            host: 'mcpb',
            file: context.path,
            pointer: ['server', 'mcp_config'],
            transport: 'stdio',
            ...(0,util/* commonFields */.dG)(config, ['server', 'mcp_config'])
        };
        return [server];
    }
};

;// CONCATENATED MODULE: ./src/hosts/index.ts


































/**
 * Every host format we know, in detection order: when two patterns match one path, the first
 * adapter that claims the file wins (specific paths before generic names such as `mcp.json`).
 */
const HOSTS = [
    claudeCode,
    claudeUser,
    claudeSettings,
    claudePlugin,
    claudeDesktop,
    cursor,
    vscode,
    vscodeSettings,
    gemini,
    geminiExtension,
    codex,
    zed,
    opencode,
    roo,
    kiro,
    amazonQ,
    junie,
    continueDev,
    copilot,
    copilotAgent,
    windsurf,
    kilocode,
    kilo,
    crush,
    qwen,
    amp,
    factory,
    devcontainer,
    cline,
    goose,
    lmstudio,
    registry,
    mcpb
];
const byId = new Map(HOSTS.map((host) => [host.id, host]));
/** Characters that make a path segment a glob rather than a literal name. */
const GLOB = /[*?[\]{}()!+@]/;
/**
 * A matcher for a host's patterns, as picomatch matches them with `dot: true`, that compiles as little as
 * it can: on a plain path, a pattern with no glob (`**\/.cursor/mcp.json`) is a suffix test, and a glob
 * pattern first needs its literal folders (`.amazonq/cli-agents/` of `**\/.amazonq/cli-agents/*.json`) in
 * the path before picomatch, compiled on first need, decides. Most paths of a repository are turned away
 * by string tests alone, and a run compiles only the glob patterns its paths come near.
 */
function lazyMatcher(patterns) {
    // When every pattern ends in a literal file name (such as `.mcp.json`), a path with another name cannot match.
    const names = patterns.map((pattern) => pattern.slice(pattern.lastIndexOf('/') + 1));
    const literalNames = names.every((name) => !GLOB.test(name)) ? new Set(names) : undefined;
    const tests = patterns.map(patternTest);
    return (path, plain = isPlainPath(path), name = path.slice(path.lastIndexOf('/') + 1)) => (!literalNames || literalNames.has(name)) && tests.some((test) => test(path, plain));
}
function patternTest(pattern) {
    const anywhere = pattern.startsWith('**/');
    const body = anywhere ? pattern.slice(3) : pattern;
    let compiled;
    const decide = (path) => (compiled ??= picomatch_default()(pattern, { dot: true }))(path);
    if (!GLOB.test(body)) {
        const suffix = `/${body}`;
        return (path, plain) => (plain ? path === body || (anywhere && path.endsWith(suffix)) : decide(path));
    }
    const segments = body.split('/');
    const folders = segments.slice(0, segments.findIndex((segment) => GLOB.test(segment)));
    const prefix = folders.length > 0 ? `${folders.join('/')}/` : '';
    const inner = `/${prefix}`;
    return (path, plain) => {
        // A plain path the pattern matches holds its literal folders, at the start or after a slash.
        if (plain && prefix && !path.startsWith(prefix) && !(anywhere && path.includes(inner)))
            return false;
        return decide(path);
    };
}
/** A relative path with no empty, `.` or `..` segment and no backslash: one the string tests read like picomatch. */
function isPlainPath(path) {
    return PLAIN_PATH.test(path);
}
const PLAIN_PATH = /^(?!.*(?:^|\/)\.{0,2}(?:\/|$))[^\\]*$/;
const matchers = HOSTS.map((host) => ({ host, match: lazyMatcher(host.patterns) }));
/** The adapter with this id, if any. */
function hostById(id) {
    return byId.get(id);
}
/** The adapters whose file patterns match a path relative to a discovery root, in detection order. */
function hostsForPath(relativePath) {
    // No host pattern holds a line break, and the patterns' `**` does not cross one: a folder named
    // "a\nb" must still be searched like any other.
    const matchable = relativePath.replace(/[\r\n\u2028\u2029]/g, '_');
    const plain = isPlainPath(matchable);
    const name = matchable.slice(matchable.lastIndexOf('/') + 1);
    return matchers.filter(({ match }) => match(matchable, plain, name)).map(({ host }) => host);
}
/** The profile the host reads one file with (its variant for that file, where it has several). */
function profileOf(host, context) {
    return host.profileFor?.(context) ?? host.profile;
}
/**
 * Every profile a host reads files with: its own, and the variant of each kind of file it reads
 * differently (found by asking for one path per file pattern).
 */
function profilesOf(host) {
    const paths = host.patterns.map((p) => p
        .replace(/^\*\*\//, '')
        .replace(/\*\*\//g, '')
        .replace(/\*/g, 'x'));
    return [...new Set([host.profile, ...paths.map((path) => profileOf(host, { path, exists: () => false }))])];
}
/** Facts across hosts, for messages that say which host uses what and for shapes copied between hosts. */
function acrossHosts() {
    const urlKeys = [];
    const typeNames = new Map();
    const serverMapKeys = new Map();
    const add = (map, key, owner) => {
        const owners = map.get(key) ?? [];
        if (!owners.includes(owner))
            map.set(key, [...owners, owner]);
    };
    for (const host of HOSTS) {
        for (const profile of profilesOf(host)) {
            for (const key of Object.keys(profile.transports.untyped.url))
                if (!urlKeys.includes(key))
                    urlKeys.push(key);
            for (const [type, meaning] of Object.entries(profile.transports.types?.values ?? {})) {
                const known = typeNames.get(type) ?? { meaning: meaning.transport, owners: [] };
                if (!known.owners.includes(host.name))
                    known.owners.push(host.name);
                typeNames.set(type, known);
            }
            const key = profile.servers?.at[profile.servers.at.length - 1];
            if (key !== undefined)
                add(serverMapKeys, String(key), host.name);
        }
    }
    // Clients mcpcop reads no file of, whose spellings turn up in configs copied from them.
    for (const [type, meaning, owner] of [
        ['streamableHttp', 'http', 'Cline'],
        ['streamable_http', 'http', 'Goose']
    ])
        typeNames.set(type, { meaning, owners: [owner] });
    return { urlKeys, typeNames, serverMapKeys };
}
/** Computed on first use: most runs never ask, and evaluating every profile at load costs start-up time. */
let across;
let equivalents;
/** Every key some host reads a remote server's endpoint from (`url`, `httpUrl`, `tcp`, `serverUrl`). */
function urlKeys() {
    return (across ??= acrossHosts()).urlKeys;
}
/** Every `type` value some client uses, with what it means there and the clients that use it. */
function typeNames() {
    return (across ??= acrossHosts()).typeNames;
}
/** Every key a host reads its server map from, with the hosts that do. */
function serverMapKeys() {
    return (across ??= acrossHosts()).serverMapKeys;
}
/**
 * Keys that mean the same (or the inverse) in another host's file, each with its equivalents in order
 * of preference: suggested for an unknown key even though they are not typos of it. The server map,
 * endpoint and approved-tools keys come from the profiles; the others are named by no profile fact.
 */
function equivalentKeys() {
    return (equivalents ??= readEquivalentKeys());
}
function readEquivalentKeys() {
    const toolLists = [...new Set(HOSTS.flatMap((host) => profilesOf(host).flatMap((p) => p.approvals.toolList ?? [])))];
    const groups = [
        [...serverMapKeys().keys()],
        [...urlKeys()],
        toolLists,
        // Switched off by `disabled: true` in most hosts, by `enabled: false` in opencode and Goose.
        ['disabled', 'enabled'],
        // A local server's variables: `env` in most hosts, `environment` in opencode, `envs` in Goose.
        ['env', 'environment', 'envs']
    ];
    const out = new Map();
    for (const group of groups)
        for (const key of group)
            out.set(key, [...(out.get(key) ?? []), ...group.filter((other) => other !== key)]);
    return out;
}


/***/ }),

/***/ 4162:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bo: () => (/* binding */ HTTP),
/* harmony export */   CZ: () => (/* binding */ onEverySystem),
/* harmony export */   DS: () => (/* binding */ spelling),
/* harmony export */   J_: () => (/* binding */ NO_APPROVALS),
/* harmony export */   K2: () => (/* binding */ startsInProject),
/* harmony export */   S_: () => (/* binding */ variableFor),
/* harmony export */   UH: () => (/* binding */ typeMeaning),
/* harmony export */   WS: () => (/* binding */ WS),
/* harmony export */   _h: () => (/* binding */ STDIO),
/* harmony export */   b7: () => (/* binding */ aboveDotFolder),
/* harmony export */   dD: () => (/* binding */ BRIDGE_REMOTE),
/* harmony export */   gk: () => (/* binding */ UNLOADABLE),
/* harmony export */   kz: () => (/* binding */ expandsOnly),
/* harmony export */   ne: () => (/* binding */ HTTP_THEN_SSE),
/* harmony export */   y1: () => (/* binding */ SSE)
/* harmony export */ });
/* unused harmony export missingFacts */
const STDIO = { transport: 'stdio', sseFallback: false };
const HTTP = { transport: 'http', sseFallback: false };
/** Streamable HTTP first, then SSE when that fails. */
const HTTP_THEN_SSE = { transport: 'http', sseFallback: true };
const SSE = { transport: 'sse', sseFallback: false };
const WS = { transport: 'ws', sseFallback: false };
/** The host cannot load the entry. */
const UNLOADABLE = { transport: 'unknown', sseFallback: false };
/**
 * The folder a config file belongs to: the directory above the first dot-folder of its path
 * (`a/.vscode/mcp.json` belongs to `a`, `.kiro/settings/mcp.json` to ``), else the file's folder.
 */
function aboveDotFolder(file) {
    const dirs = file.split('/').slice(0, -1);
    const dot = dirs.findIndex((d) => d.startsWith('.') && d !== '.' && d !== '..');
    return (dot === -1 ? dirs : dirs.slice(0, dot)).join('/');
}
/** What a declared `type` means to the host, or undefined when the host reads no `type`. */
function typeMeaning(profile, type) {
    const types = profile.transports.types;
    if (!types)
        return undefined;
    return Object.hasOwn(types.values, type) ? types.values[type] : UNLOADABLE;
}
/**
 * The host's own spelling of a transport: its first `type` value with that meaning. Where no value
 * means SSE, a Streamable HTTP value that falls back to SSE stands for it (opencode's `remote`).
 */
function spelling(profile, meaning) {
    const values = Object.entries(profile.transports.types?.values ?? {});
    const exact = values.find(([, m]) => m.transport === meaning);
    if (exact)
        return exact[0];
    if (meaning === 'sse')
        return values.find(([, m]) => m.transport === 'http' && m.sseFallback)?.[0];
    return undefined;
}
/** A user file at the same place on every system (`~` being `%USERPROFILE%` on Windows). */
function onEverySystem(paths) {
    return { linux: paths, darwin: paths, win32: paths };
}
/**
 * The placeholder facts of a host that expands `syntaxes` and nothing else: no variables of its own,
 * no fields naming variables, and the generic advice where it expands none.
 */
function expandsOnly(syntaxes) {
    return {
        syntaxes,
        variables: {},
        variablePrefixes: [],
        allEditorVariables: false,
        variableFields: [],
        withoutExpansion: null,
        setElsewhere: null
    };
}
/** How most hosts start a local server: `command` is the program, run in the project folder, with no variables of the host's. */
function startsInProject(cwd) {
    return { cwd, startsIn: 'project', environment: {}, command: 'program' };
}
/** For a file that approves nothing in advance. */
const NO_APPROVALS = {
    toolList: null,
    serverSwitch: null,
    fileGrants: null,
    projectServers: null
};
/** The usual way to reach a remote server from a host that starts only local processes. */
const BRIDGE_REMOTE = 'bridge it with "command": "npx", "args": ["-y", "mcp-remote", "<url>"]';
/** Every fact of a profile, by name: a fact missing here fails to compile, a fact missing on a host fails missingFacts(). */
const FACTS = {
    role: [],
    readFrom: [],
    mcpOnly: [],
    projectRoot: [],
    notRead: ['because', 'readFrom'],
    userFiles: [],
    servers: ['at', 'shape', 'ownKeys', 'reservedNames', 'inputs'],
    transports: ['types', 'untyped', 'commandAndUrl', 'stdioOnly'],
    launch: ['cwd', 'startsIn', 'environment', 'command'],
    placeholders: [
        'syntaxes',
        'variables',
        'variablePrefixes',
        'allEditorVariables',
        'variableFields',
        'withoutExpansion',
        'setElsewhere'
    ],
    approvals: ['toolList', 'serverSwitch', 'fileGrants', 'projectServers']
};
/**
 * The facts a profile lacks (`undefined` where a value or an explicit `null` belongs), as dotted
 * names. TypeScript catches these in typed code; this catches profiles built by spreading or casting.
 */
function missingFacts(profile) {
    const missing = [];
    for (const [fact, parts] of Object.entries(FACTS)) {
        const value = profile[fact];
        if (value === undefined)
            missing.push(fact);
        else if (value !== null && typeof value === 'object')
            for (const part of parts)
                if (value[part] === undefined)
                    missing.push(`${fact}.${part}`);
    }
    const untyped = profile.transports?.untyped;
    if (untyped) {
        if (untyped.command === undefined)
            missing.push('transports.untyped.command');
        if (untyped.url === undefined)
            missing.push('transports.untyped.url');
        for (const [key, meaning] of Object.entries(untyped.url ?? {}))
            for (const part of ['transport', 'sseFallback', 'fails', 'sseEndpoint'])
                if (meaning[part] === undefined)
                    missing.push(`transports.untyped.url.${key}.${part}`);
    }
    return missing;
}
/** The first of the host's own `${name}` variables that holds one of these values, as written (`${workspaceFolder}`). */
function variableFor(profile, ...values) {
    for (const value of values) {
        const name = Object.entries(profile.placeholders.variables).find(([, held]) => held === value)?.[0];
        if (name !== undefined)
            return `\${${name}}`;
    }
    return undefined;
}


/***/ }),

/***/ 5035:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CB: () => (/* binding */ serverEntries),
/* harmony export */   Ev: () => (/* binding */ isBareServerMap),
/* harmony export */   IP: () => (/* binding */ normaliseServerMap),
/* harmony export */   OM: () => (/* binding */ stringField),
/* harmony export */   dG: () => (/* binding */ commonFields),
/* harmony export */   fK: () => (/* binding */ valueAt),
/* harmony export */   g1: () => (/* binding */ stringListField),
/* harmony export */   oJ: () => (/* binding */ asString),
/* harmony export */   u4: () => (/* binding */ isRecord)
/* harmony export */ });
/* unused harmony exports asStringArray, asStringMap, stringMapField, transportFromType */
/** Narrowing helpers for adapters: config values are untrusted and may have any shape. */
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function asString(value) {
    return typeof value === 'string' ? value : undefined;
}
function asStringArray(value) {
    return Array.isArray(value) ? value.filter((v) => typeof v === 'string') : undefined;
}
/** A string map, keeping only string values (and numbers, written as text, as some hosts allow). */
function asStringMap(value) {
    if (!isRecord(value))
        return undefined;
    const out = {};
    for (const [key, v] of Object.entries(value)) {
        if (typeof v === 'string')
            out[key] = v;
        else if (typeof v === 'number' || typeof v === 'boolean')
            out[key] = String(v);
    }
    return out;
}
/** The value at a pointer, or undefined. */
function valueAt(value, path) {
    let node = value;
    for (const segment of path) {
        if (node === null || typeof node !== 'object')
            return undefined;
        node = node[String(segment)];
    }
    return node;
}
/** The server map under `key` of the document (or the document itself when `key` is empty). */
function serverEntries(value, key) {
    const node = valueAt(value, key);
    return isRecord(node) ? Object.entries(node) : [];
}
/** The default spelling of a field, unless the host spells it otherwise (or not at all). */
function keyOf(keys, field) {
    const key = keys[field];
    return key === undefined ? [field] : key;
}
/** A string field with its pointer. */
function stringField(entry, base, path) {
    const value = path === null ? undefined : valueAt(entry, path);
    return typeof value === 'string' && path !== null ? { value, pointer: [...base, ...path] } : undefined;
}
/** The strings of a list field, each with its pointer (other items are skipped, so indexes may differ). */
function stringListField(entry, base, path) {
    const list = path === null ? undefined : valueAt(entry, path);
    if (!Array.isArray(list) || path === null)
        return undefined;
    const out = { values: [], pointers: [] };
    list.forEach((item, index) => {
        if (typeof item !== 'string')
            return;
        out.values.push(item);
        out.pointers.push([...base, ...path, index]);
    });
    return out;
}
/** A map field of strings (numbers and booleans written as text, as some hosts allow), each with the pointer of its value. */
function stringMapField(entry, base, path) {
    const map = path === null ? undefined : valueAt(entry, path);
    if (!isRecord(map) || path === null)
        return undefined;
    const out = { values: {}, pointers: {} };
    for (const [key, v] of Object.entries(map)) {
        if (typeof v !== 'string' && typeof v !== 'number' && typeof v !== 'boolean')
            continue;
        out.values[key] = String(v);
        out.pointers[key] = [...base, ...path, key];
    }
    return out;
}
/**
 * The shared field reader: the fields of an entry written at `base` in its document, in the
 * Claude-style spelling many hosts copied (or the host's own `keys`), each with the pointer where it
 * is written, so rules point at the exact value without guessing spellings.
 */
function commonFields(entry, base, keys = {}) {
    const out = { fields: {} };
    const command = stringField(entry, base, keyOf(keys, 'command'));
    if (command) {
        out.command = command.value;
        out.fields.command = command.pointer;
    }
    const args = stringListField(entry, base, keyOf(keys, 'args'));
    if (args) {
        out.args = args.values;
        out.fields.args = args.pointers;
    }
    const env = stringMapField(entry, base, keyOf(keys, 'env'));
    if (env) {
        out.env = env.values;
        out.fields.env = env.pointers;
    }
    const cwd = stringField(entry, base, keyOf(keys, 'cwd'));
    if (cwd) {
        out.cwd = cwd.value;
        out.fields.cwd = cwd.pointer;
    }
    for (const path of keys.url ?? [['url']]) {
        const url = stringField(entry, base, path);
        if (!url)
            continue;
        out.url = url.value;
        out.fields.url = url.pointer;
        break;
    }
    const headers = stringMapField(entry, base, keyOf(keys, 'headers'));
    if (headers) {
        out.headers = headers.values;
        out.fields.headers = headers.pointers;
    }
    return out;
}
/** Maps a declared transport name to ours; unknown names stay `unknown` so rules can explain them. */
function transportFromType(type, aliases) {
    if (type === undefined)
        return undefined;
    return aliases[type] ?? 'unknown';
}
/**
 * Builds the normalised servers of a Claude-style `mcpServers` map with a host's own transport rule
 * (and its own spelling of the fields, where it differs).
 */
function normaliseServerMap(value, mapPath, base, transportOf, keys = {}) {
    const servers = [];
    for (const [name, entry] of serverEntries(value, mapPath)) {
        if (!isRecord(entry))
            continue;
        const { transport, declaredType } = transportOf(entry);
        const pointer = [...mapPath, name];
        const server = { name, ...base, pointer, transport, ...commonFields(entry, pointer, keys) };
        if (declaredType !== undefined) {
            server.declaredType = declaredType;
            server.fields.type = [...pointer, 'type'];
        }
        if (entry.disabled === true || entry.enabled === false)
            server.disabled = true;
        servers.push(server);
    }
    return servers;
}
/** Keys that only a server entry has, to tell a bare map of servers from a wrapper such as `servers`. */
const SERVER_KEYS = ['command', 'url', 'type', 'args', 'serverUrl', 'httpUrl', 'transport'];
/**
 * Whether a document is a bare map of servers (`{ "github": { "type": "http", ... } }`), the form
 * plugins and some CLIs accept, rather than a wrapper object such as `{ "servers": { ... } }`.
 */
function isBareServerMap(value) {
    if (!isRecord(value) || 'mcpServers' in value)
        return false;
    const entries = Object.values(value);
    return entries.length > 0 && entries.every((entry) => isRecord(entry) && SERVER_KEYS.some((key) => key in entry));
}


/***/ }),

/***/ 7847:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ nodeCrypto)
/* harmony export */ });
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8995);
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_module__WEBPACK_IMPORTED_MODULE_0__);

// node:crypto is loaded on first use, not at import: a plain CLI run never hashes nor stops workflow
// commands, and loading it cost every start-up a few milliseconds.
const requireBuiltin = (0,node_module__WEBPACK_IMPORTED_MODULE_0__.createRequire)(import.meta.url);
let loaded;
/** node:crypto, loaded the first time it is asked for. */
function nodeCrypto() {
    return (loaded ??= requireBuiltin('node:crypto'));
}


/***/ }),

/***/ 5946:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   qc: () => (/* binding */ DEFAULT_LOCK_SETTINGS)
/* harmony export */ });
/* unused harmony exports DEFAULT_LOCK_FILE, LOCK_CHANGE_KINDS */
/** Where the lock lives by default, relative to the repository root. */
const DEFAULT_LOCK_FILE = 'mcp-servers.lock.json';
/** Each kind of difference between the lock and what the servers offer (see docs in the README). */
const LOCK_CHANGE_KINDS = (/* unused pure expression or super */ null && ([
    'added',
    'removed',
    'changed',
    'new-server',
    'stale-server',
    'unverified',
    'server-version'
]));
const DEFAULT_LOCK_SETTINGS = {
    path: DEFAULT_LOCK_FILE,
    changes: {
        added: 'error',
        removed: 'error',
        changed: 'error',
        'new-server': 'error',
        'stale-server': 'warning',
        unverified: 'notice',
        'server-version': 'notice'
    }
};


/***/ }),

/***/ 5235:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $l: () => (/* binding */ maskSecret),
/* harmony export */   Bs: () => (/* binding */ maskCredentials),
/* harmony export */   E$: () => (/* binding */ redact),
/* harmony export */   E7: () => (/* binding */ quotable),
/* harmony export */   KL: () => (/* binding */ redactDeep),
/* harmony export */   eh: () => (/* binding */ maskDiagnostic),
/* harmony export */   fI: () => (/* binding */ maskDeep),
/* harmony export */   n3: () => (/* binding */ headerSecrets)
/* harmony export */ });
/* unused harmony export credentialsIn */
/* harmony import */ var _secrets_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6551);
/* harmony import */ var _secret_rules_vendors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4097);


/**
 * The one masking policy for every output (messages, code frames, annotations, summary, comment,
 * SARIF, JSON, the action's log): a detected secret is shown as at most its public prefix, `…`
 * and its last four characters (`ghp_…9f2c`, `…a1b2`), and as `***` when it is too short for
 * even that to be safe.
 */
/** Values shorter than this (after their prefix) show nothing of themselves. */
const MIN_SHOWN_LENGTH = 16;
const anchored = _secret_rules_vendors_js__WEBPACK_IMPORTED_MODULE_1__/* .VENDOR_FORMATS */ .OY.filter((f) => f.prefix !== '').map((f) => ({
    whole: new RegExp(`^(?:${f.pattern.source})$`)
}));
/**
 * The public prefix of a credential, shown when masked: a vendor's when the value has that
 * vendor's whole format (so `pat` of `patrick…` is never shown), else one of the other known
 * formats' prefixes followed by a long token.
 */
function publicPrefix(value) {
    const known = anchored.some(({ whole }) => whole.test(value));
    for (const prefix of _secret_rules_vendors_js__WEBPACK_IMPORTED_MODULE_1__/* .KNOWN_PREFIXES */ .Nk) {
        if (!value.startsWith(prefix))
            continue;
        // Of a value of no known format, only a prefix that ends in a separator is shown (`pat` of `patrick…` never).
        if (known ||
            (prefix.length >= 4 && /[-_.]$/.test(prefix) && /^[A-Za-z0-9_.=+/-]{16,}$/.test(value.slice(prefix.length))))
            return prefix;
    }
    return '';
}
/** A recognisable but harmless form of a secret: `ghp_…9f2c`, `…a1b2`, or `***`. */
function maskSecret(value) {
    const prefix = publicPrefix(value);
    const rest = value.slice(prefix.length);
    if (rest.length < MIN_SHOWN_LENGTH)
        return '***';
    return `${prefix}…${rest.slice(-4)}`;
}
/** Replaces every occurrence of each secret in a text with its mask, longest secrets first. */
function redact(text, secrets) {
    let out = text;
    for (const secret of [...secrets].sort((a, b) => b.length - a.length)) {
        if (secret.length >= 4 && out.includes(secret))
            out = out.split(secret).join(maskSecret(secret));
        // A multi-line secret (a PEM key) may be shown line by line, as in a code frame.
        if (secret.includes('\n'))
            for (const line of secret.split(/\r?\n/)) {
                const part = line.trim();
                if (part.length >= 8 && out.includes(part))
                    out = out.split(part).join(maskSecret(part));
            }
    }
    return out;
}
/**
 * A value from a config, safe to quote in a message: every credential in it masked, then cut to
 * `max` characters (masking first, so a cut never leaves part of a secret in the clear).
 */
function quotable(value, max = 80, name) {
    const masked = redact(value, (0,_secrets_js__WEBPACK_IMPORTED_MODULE_0__/* .findSecrets */ .dL)(value, name, 'mask').map((s) => s.value));
    return masked.length > max ? `${masked.slice(0, max - 3)}...` : masked;
}
/**
 * A deep copy of a JSON-like value with every secret masked in every string (keys included), for
 * structured outputs (SARIF, the JSON report) where masking the serialised text could miss a value
 * that serialisation escaped.
 */
function redactDeep(value, secrets) {
    const list = [...secrets];
    if (list.length === 0)
        return value;
    return maskDeep(value, (text) => redact(text, list));
}
/** A deep copy of a JSON-like value with `mask` applied to every string, keys included. */
function maskDeep(value, mask) {
    const walk = (node) => {
        if (typeof node === 'string')
            return mask(node);
        if (Array.isArray(node))
            return node.map(walk);
        if (node && typeof node === 'object') {
            const out = {};
            // Defined, not assigned: a key named "__proto__" stays a key and never becomes a prototype.
            for (const [key, child] of Object.entries(node))
                Object.defineProperty(out, mask(key), {
                    value: walk(child),
                    enumerable: true,
                    writable: true,
                    configurable: true
                });
            return out;
        }
        return node;
    };
    return walk(value);
}
/** A header value and, of `Bearer x` / `Basic x`, the credential part: each is masked wherever it appears. */
function headerSecrets(value) {
    const space = value.indexOf(' ');
    return space > 0 ? [value, value.slice(space + 1).trim()] : [value];
}
/** Every credential-looking value in a text of any length (the scan has no length cut). */
function credentialsIn(text) {
    return (0,_secrets_js__WEBPACK_IMPORTED_MODULE_0__/* .findSecrets */ .dL)(text, undefined, 'mask').map((s) => s.value);
}
/** A text with every credential-looking value in it masked (`ghp_…9f2c`). */
function maskCredentials(text) {
    const found = credentialsIn(text);
    return found.length === 0 ? text : redact(text, found);
}
/** A finding with every secret masked in each text it carries: its message, its data and its help. */
function maskDiagnostic(d, secrets) {
    const values = [...secrets];
    const masked = { ...d, message: redact(d.message, values) };
    if (d.data)
        masked.data = Object.fromEntries(Object.entries(d.data).map(([key, value]) => [key, typeof value === 'string' ? redact(value, values) : value]));
    if (d.help !== undefined)
        masked.help = redact(d.help, values);
    return masked;
}


/***/ }),

/***/ 3887:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ fillMessage)
/* harmony export */ });
/**
 * Fills a message template's `{{name}}` slots from a finding's data. One filler for rules, schema
 * findings, host adapters and the lock, so every message is made the same way; a slot without data is a
 * bug in the message's author, reported as such rather than printed as "undefined".
 */
function fillMessage(template, data = {}) {
    return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (_whole, name) => {
        const value = Object.hasOwn(data, name) ? data[name] : undefined;
        if (value === undefined)
            throw new Error(`needs "${name}" in "${template}"`);
        return String(value);
    });
}


/***/ }),

/***/ 7909:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ suggest),
/* harmony export */   q: () => (/* binding */ nearestName)
/* harmony export */ });
/* harmony import */ var fastest_levenshtein__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1916);
/* harmony import */ var _hosts_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1262);


/** The known name closest to a likely typo of it, if close enough to be the intended one (case, "-" and "_" aside). */
function nearestName(input, candidates) {
    if (candidates.length === 0)
        return undefined;
    const loose = (name) => name.replace(/[-_]/g, '').toLowerCase();
    const same = candidates.find((c) => c.toLowerCase() === input.toLowerCase() || loose(c) === loose(input));
    if (same)
        return same;
    const best = (0,fastest_levenshtein__WEBPACK_IMPORTED_MODULE_0__/* .closest */ .kp)(input, candidates);
    // Two edits catch most typos (a transposition counts two); long names get a third.
    const limit = best.length <= 3 ? 1 : best.length >= 10 ? 3 : 2;
    return (0,fastest_levenshtein__WEBPACK_IMPORTED_MODULE_0__/* .distance */ .Io)(input, best) <= limit ? best : undefined;
}
/** The key a user most likely meant: another host's equivalent of it (`equivalentKeys`), else the nearest name. */
function suggest(input, candidates) {
    if (candidates.length === 0)
        return undefined;
    // `input` comes from the file: a Map has no inherited "constructor" to find.
    const equivalent = (0,_hosts_index_js__WEBPACK_IMPORTED_MODULE_1__/* .equivalentKeys */ .Ny)()
        .get(input)
        ?.find((name) => candidates.includes(name));
    if (equivalent)
        return equivalent;
    return nearestName(input, candidates);
}


/***/ }),

/***/ 2475:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D9: () => (/* binding */ parserFor),
/* harmony export */   Tp: () => (/* binding */ parseDocument),
/* harmony export */   lB: () => (/* binding */ loadParsers)
/* harmony export */ });
/* unused harmony export loadAllParsers */
/* harmony import */ var _json_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1121);

/**
 * The YAML and TOML parsers are a third of what a run over JSON files would otherwise load: each is
 * loaded the first time a file of its syntax is met (`loadParsers`), as the hosts' validators are.
 */
const LOADERS = {
    toml: async () => (await Promise.all(/* import() */[__webpack_require__.e(2062), __webpack_require__.e(4203)]).then(__webpack_require__.bind(__webpack_require__, 4203))).parseToml,
    yaml: async () => (await Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(8852)]).then(__webpack_require__.bind(__webpack_require__, 8852))).parseYaml,
    'markdown-frontmatter': async () => (await Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(2381)]).then(__webpack_require__.bind(__webpack_require__, 2381))).parseFrontMatter
};
const loaded = new Map();
const isLoadedSyntax = (syntax) => syntax in LOADERS;
/** Loads the parsers of these syntaxes (once each), so that `parseDocument` can parse their files synchronously. */
async function loadParsers(syntaxes) {
    // One at a time: jest's ESM loader fails on concurrent imports of one module.
    for (const syntax of new Set(syntaxes))
        if (isLoadedSyntax(syntax) && !loaded.has(syntax))
            loaded.set(syntax, await LOADERS[syntax]());
}
/** Every parser: for callers of the synchronous `checkContent` that may meet any host. */
function loadAllParsers() {
    return loadParsers(Object.keys(LOADERS));
}
/** The parser of a syntax; one that was not loaded first is a bug of ours. */
function parserFor(syntax) {
    if (syntax === 'json')
        return (text) => (0,_json_js__WEBPACK_IMPORTED_MODULE_0__/* .parseJson */ .q)(text, { strict: true, hostName: 'mcpcop' });
    if (syntax === 'jsonc')
        return (text) => (0,_json_js__WEBPACK_IMPORTED_MODULE_0__/* .parseJson */ .q)(text, { strict: false, hostName: 'mcpcop' });
    const parse = loaded.get(syntax);
    if (!parse)
        throw new Error(`the ${syntax} parser was not loaded`);
    return parse;
}
/** Parses a file's text with the syntax its host reads it with (its parser loaded first: `loadParsers`). */
function parseDocument(text, host) {
    switch (host.syntax) {
        case 'json':
            return (0,_json_js__WEBPACK_IMPORTED_MODULE_0__/* .parseJson */ .q)(text, { strict: true, hostName: host.name });
        case 'jsonc':
            return (0,_json_js__WEBPACK_IMPORTED_MODULE_0__/* .parseJson */ .q)(text, { strict: false, hostName: host.name, trailingCommaRefused: host.trailingCommaRefused });
        default:
            return parserFor(host.syntax)(text);
    }
}


/***/ }),

/***/ 1121:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  q: () => (/* binding */ parseJson)
});

// UNUSED EXPORTS: parseJsonRecording

// EXTERNAL MODULE: ./node_modules/jsonc-parser/lib/umd/main.js
var main = __webpack_require__(9547);
// EXTERNAL MODULE: ./src/parse/problem.ts
var problem = __webpack_require__(1500);
;// CONCATENATED MODULE: ./src/parse/json-positions.ts
/**
 * Positions in a text that `JSON.parse` accepted, found when first asked for by reading only the
 * containers on the way to the node asked about. Strict JSON has one way to write everything (no
 * comments, no trailing commas, four whitespace characters), so skipping a value needs no tokenizer:
 * a string ends at its first unescaped quote, a container at its matching bracket outside strings.
 * Each container read keeps its members, so the nodes of one file cost one read of each container
 * on their way. Linear in the text for every question; nesting was bounded before this is built.
 */
class StrictJsonPositions {
    text;
    /** Members of each container read so far, by the offset of its opening bracket. */
    members = new Map();
    /** The members of each object read so far, by name. */
    byName = new Map();
    root;
    constructor(text) {
        this.text = text;
        const start = this.skipSpace(0);
        this.root = { offset: start, length: this.valueEnd(start) - start };
    }
    span(path) {
        if (path.length === 0)
            return { key: undefined, value: this.root };
        let node = { value: this.root };
        for (const segment of path) {
            const child = this.child(node.value.offset, segment);
            if (!child)
                return undefined;
            node = child;
        }
        return { key: node.key, value: node.value };
    }
    keysAt(path) {
        const span = this.span(path);
        if (!span || this.text.charCodeAt(span.value.offset) !== OPEN_BRACE)
            return undefined;
        return this.membersOf(span.value.offset).map((m) => ({
            name: m.name,
            offset: m.key.offset,
            length: m.key.length
        }));
    }
    /** The member `segment` names in the container whose value starts at `offset`, if it is one. */
    child(offset, segment) {
        const open = this.text.charCodeAt(offset);
        if (open !== OPEN_BRACE && open !== OPEN_BRACKET)
            return undefined;
        const members = this.membersOf(offset);
        const name = String(segment);
        if (open === OPEN_BRACKET)
            return /^(0|[1-9][0-9]*)$/.test(name) ? members[Number(name)] : undefined;
        let named = this.byName.get(offset);
        if (!named) {
            // Names are unique: texts that repeat a key get the full parse, which reports them.
            named = new Map(members.map((member) => [member.name, member]));
            this.byName.set(offset, named);
        }
        return named.get(name);
    }
    membersOf(offset) {
        let members = this.members.get(offset);
        if (members)
            return members;
        members = [];
        const isObject = this.text.charCodeAt(offset) === OPEN_BRACE;
        let i = this.skipSpace(offset + 1);
        while (i < this.text.length) {
            const ch = this.text.charCodeAt(i);
            if (ch === CLOSE_BRACE || ch === CLOSE_BRACKET)
                break;
            if (ch === COMMA) {
                i = this.skipSpace(i + 1);
                continue;
            }
            const from = i;
            if (isObject) {
                const keyEnd = this.stringEnd(i);
                const raw = this.text.slice(i, keyEnd);
                const name = raw.includes('\\') ? JSON.parse(raw) : raw.slice(1, -1);
                const valueStart = this.skipSpace(this.skipSpace(keyEnd) + 1);
                const valueEnd = this.valueEnd(valueStart);
                members.push({
                    name,
                    key: { offset: i, length: keyEnd - i },
                    value: { offset: valueStart, length: valueEnd - valueStart }
                });
                i = this.skipSpace(valueEnd);
            }
            else {
                const valueEnd = this.valueEnd(i);
                members.push({ value: { offset: i, length: valueEnd - i } });
                i = this.skipSpace(valueEnd);
            }
            // Never reached on a text JSON.parse accepted; a guard against looping on one it did not.
            if (i <= from)
                break;
        }
        this.members.set(offset, members);
        return members;
    }
    /** The offset just past the value starting at `offset`. */
    valueEnd(offset) {
        const ch = this.text.charCodeAt(offset);
        if (ch === QUOTE)
            return this.stringEnd(offset);
        if (ch === OPEN_BRACE || ch === OPEN_BRACKET)
            return this.containerEnd(offset);
        SCALAR_END.lastIndex = offset;
        SCALAR_END.test(this.text);
        return SCALAR_END.lastIndex;
    }
    stringEnd(offset) {
        return stringEnd(this.text, offset);
    }
    /** The offset just past the object or array whose opening bracket is at `offset`. */
    containerEnd(offset) {
        let depth = 0;
        STRUCTURE.lastIndex = offset;
        for (let match = STRUCTURE.exec(this.text); match; match = STRUCTURE.exec(this.text)) {
            const at = match.index;
            const ch = this.text.charCodeAt(at);
            if (ch === QUOTE)
                STRUCTURE.lastIndex = this.stringEnd(at);
            else if (ch === OPEN_BRACE || ch === OPEN_BRACKET)
                depth++;
            else if (--depth === 0)
                return at + 1;
        }
        return this.text.length;
    }
    skipSpace(offset) {
        if (offset >= this.text.length)
            return this.text.length;
        SPACE.lastIndex = offset;
        SPACE.test(this.text);
        return SPACE.lastIndex;
    }
}
/** The offset just past the JSON string whose opening quote is at `offset`: its first quote not escaped. */
function stringEnd(text, offset) {
    let quote = text.indexOf('"', offset + 1);
    while (quote !== -1) {
        let backslashes = 0;
        while (text.charCodeAt(quote - 1 - backslashes) === BACKSLASH)
            backslashes++;
        if (backslashes % 2 === 0)
            return quote + 1;
        quote = text.indexOf('"', quote + 1);
    }
    return text.length;
}
/**
 * How many keys a strict JSON text writes: its colons outside strings. Fewer keys in the parsed value
 * than this means some object repeats a key (JSON.parse keeps the last silently).
 */
function writtenKeyCount(text) {
    let count = 0;
    KEY_OR_STRING.lastIndex = 0;
    // `test` rather than `exec`: no match object per string.
    while (KEY_OR_STRING.test(text)) {
        const at = KEY_OR_STRING.lastIndex - 1;
        if (text.charCodeAt(at) === QUOTE)
            KEY_OR_STRING.lastIndex = stringEnd(text, at);
        else
            count++;
    }
    return count;
}
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const COMMA = 0x2c;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
/** JSON's whitespace, and nothing else (sticky: matches where `lastIndex` is, possibly nothing). */
const SPACE = /[ \t\n\r]*/y;
/** A number, `true`, `false` or `null` runs to the next whitespace or punctuation. */
const SCALAR_END = /[^ \t\n\r,\]}]*/y;
const STRUCTURE = /["{}[\]]/g;
const KEY_OR_STRING = /[":]/g;

// EXTERNAL MODULE: ./src/parse/source.ts
var source = __webpack_require__(3226);
;// CONCATENATED MODULE: ./src/parse/json.ts




/** Human wording for jsonc-parser's error codes. */
const ERROR_TEXT = {
    InvalidSymbol: 'unexpected character',
    InvalidNumberFormat: 'invalid number',
    PropertyNameExpected: 'expected a property name in double quotes',
    ValueExpected: 'expected a value',
    ColonExpected: "expected ':' after the property name",
    CommaExpected: "expected ',' between members",
    CloseBraceExpected: "expected '}' to close the object",
    CloseBracketExpected: "expected ']' to close the array",
    EndOfFileExpected: 'unexpected content after the end of the document',
    InvalidCommentToken: 'comment',
    UnexpectedEndOfComment: 'unterminated comment',
    UnexpectedEndOfString: 'unterminated string',
    UnexpectedEndOfNumber: 'unterminated number',
    InvalidUnicode: 'invalid unicode escape',
    InvalidEscapeCharacter: 'invalid escape character in string',
    InvalidCharacter: 'control character inside a string (escape it)'
};
function describe(error) {
    return ERROR_TEXT[(0,main.printParseErrorCode)(error.error)] ?? (0,main.printParseErrorCode)(error.error);
}
/**
 * Parses JSON or JSONC into a value with a position for every node. Duplicate keys are reported (the
 * host keeps only the last one, silently); in a strict host, comments and trailing commas are errors.
 */
function parseJson(text, options) {
    const strict = parseStrictJson(text, text);
    if (strict)
        return { doc: strict, problems: [] };
    // JSONC, for a host that reads comments (and, unless it refuses them, trailing commas) as whitespace:
    // the same, with those blanked out.
    if (!options.strict) {
        const blanked = blankedForStrict(text, !options.trailingCommaRefused);
        const doc = blanked === undefined ? undefined : parseStrictJson(blanked, text);
        if (doc)
            return { doc, problems: [] };
    }
    return (0,problem/* guardParse */.LL)(() => parseJsonRecording(text, options));
}
/**
 * The text with what the host reads as whitespace blanked out: every comment (its line breaks kept, so
 * every offset stays where it was) and, when `trailingCommas`, every comma right after a value and before
 * a closing bracket. Undefined when there is nothing to blank, or a block comment is not closed (an error
 * the full parse reports). Found on jsonc-parser's own tokens, so `"//"` or `",]"` in a string is never one.
 */
function blankedForStrict(text, trailingCommas) {
    const scanner = (0,main.createScanner)(text, false);
    const blanks = [];
    let previous = EOF;
    let comma;
    for (let kind = scanner.scan(); kind !== EOF; kind = scanner.scan()) {
        if (kind === WHITESPACE || kind === LINE_BREAK)
            continue;
        const offset = scanner.getTokenOffset();
        if (kind === LINE_COMMENT || kind === BLOCK_COMMENT) {
            if (scanner.getTokenError() !== NO_SCAN_ERROR)
                return undefined;
            blanks.push({ start: offset, end: offset + scanner.getTokenLength() });
            continue;
        }
        if (trailingCommas && comma !== undefined && (kind === json_CLOSE_BRACE || kind === json_CLOSE_BRACKET))
            blanks.push({ start: comma, end: comma + 1 });
        comma = kind === json_COMMA && ENDS_A_VALUE.has(previous) ? offset : undefined;
        previous = kind;
    }
    if (blanks.length === 0)
        return undefined;
    // A comma's blank is found after the comments between it and its bracket.
    blanks.sort((a, b) => a.start - b.start);
    let blanked = '';
    let copied = 0;
    for (const { start, end } of blanks) {
        blanked += text.slice(copied, start) + text.slice(start, end).replace(/[^\r\n]/g, ' ');
        copied = end;
    }
    return blanked + text.slice(copied);
}
// jsonc-parser's SyntaxKind values (a const enum, which isolated modules cannot read).
const json_OPEN_BRACE = 1;
const json_CLOSE_BRACE = 2;
const json_OPEN_BRACKET = 3;
const json_CLOSE_BRACKET = 4;
const json_COMMA = 5;
const LINE_COMMENT = 12;
const BLOCK_COMMENT = 13;
const LINE_BREAK = 14;
const WHITESPACE = 15;
const EOF = 17;
const NULL = 7;
const TRUE = 8;
const FALSE = 9;
const STRING = 10;
const NUMBER = 11;
/** Tokens a value ends with: a comma after one of them and before a closing bracket is a trailing comma. */
const ENDS_A_VALUE = new Set([json_CLOSE_BRACE, json_CLOSE_BRACKET, NULL, TRUE, FALSE, STRING, NUMBER]);
// jsonc-parser's ScanError.None.
const NO_SCAN_ERROR = 0;
/**
 * Where bracket nesting first passes the limit, and whether there is anything a strict host refuses,
 * counted on the tokens of jsonc-parser's own scanner, so strings and comments (`// it's`) are read
 * exactly as the parser reads them. Linear, iterative.
 */
function preScan(text) {
    const scanner = (0,main.createScanner)(text, false);
    let depth = 0;
    let commentOrTrailingComma = false;
    let afterComma = false;
    for (let kind = scanner.scan(); kind !== EOF; kind = scanner.scan()) {
        if (kind === WHITESPACE || kind === LINE_BREAK)
            continue;
        if (kind === LINE_COMMENT || kind === BLOCK_COMMENT) {
            commentOrTrailingComma = true;
            continue;
        }
        if (kind === json_OPEN_BRACE || kind === json_OPEN_BRACKET) {
            if (++depth > problem/* MAX_NESTING_DEPTH */.wM)
                return { tooDeep: scanner.getTokenOffset(), commentOrTrailingComma };
        }
        else if (kind === json_CLOSE_BRACE || kind === json_CLOSE_BRACKET) {
            depth = Math.max(0, depth - 1);
            if (afterComma)
                commentOrTrailingComma = true;
        }
        afterComma = kind === json_COMMA;
    }
    return { commentOrTrailingComma };
}
/**
 * `json` (the file's text, or that text with its comments blanked out) parsed as strict JSON, positions
 * read from it, for the document of `text`. Most config files are strict JSON without a repeated key: `JSON.parse` reads them several times faster
 * than a parser that records positions, and their positions are found only if a finding asks for one.
 * Anything else (comments, trailing commas, a syntax error, a repeated key, deep nesting) gets the full
 * parse below, which explains it; a text this accepts has no problem that parse would report. Nothing
 * here can throw but `JSON.parse`'s refusal, and the depth is measured here: no `guardParse` needed.
 */
function parseStrictJson(json, text) {
    let value;
    try {
        value = JSON.parse(json);
    }
    catch {
        return undefined;
    }
    const keys = keyCountWithin(value, problem/* MAX_NESTING_DEPTH */.wM);
    if (keys === undefined || keys !== writtenKeyCount(json))
        return undefined;
    // The key counts agree: no object of this text repeats a key.
    const doc = new source/* ParsedDocument */.$D(text, value, () => new StrictJsonPositions(json), 'none');
    doc.jsonText = json;
    return doc;
}
/** How many keys the objects of a parsed value hold, or undefined if it nests `max` levels or deeper. */
function keyCountWithin(value, max) {
    if (value === null || typeof value !== 'object')
        return 0;
    let keys = 0;
    const pending = [{ node: value, depth: 0 }];
    for (let item = pending.pop(); item; item = pending.pop()) {
        if (item.depth >= max)
            return undefined;
        const children = Array.isArray(item.node) ? item.node : Object.values(item.node);
        if (!Array.isArray(item.node))
            keys += children.length;
        for (const child of children)
            if (child !== null && typeof child === 'object')
                pending.push({ node: child, depth: item.depth + 1 });
    }
    return keys;
}
/**
 * The full parse: jsonc-parser's tree, with every node's position recorded, and every problem explained.
 * Exported for the tests that hold the fast path's answers to it.
 */
function parseJsonRecording(text, options) {
    const scan = preScan(text);
    if (scan.tooDeep !== undefined)
        return { problems: [(0,problem/* nestingProblem */.m4)(scan.tooDeep)] };
    const errors = [];
    const root = (0,main.parseTree)(text, errors, { allowTrailingComma: true, disallowComments: false, allowEmptyContent: true });
    if (errors.length > 0 || !root) {
        const first = errors[0];
        const problem = first
            ? {
                ruleId: 'syntax-error',
                severity: 'error',
                message: `invalid JSON: ${describe(first)}`,
                offset: first.offset,
                length: first.length
            }
            : { ruleId: 'syntax-error', severity: 'error', message: 'the file holds no JSON value', offset: 0, length: 1 };
        if (errors.length > 1)
            problem.message += ` (and ${errors.length - 1} more syntax error${errors.length > 2 ? 's' : ''} after it)`;
        return { problems: [problem] };
    }
    const problems = [];
    // A text the lenient parse read without error fails the strict one only for a comment or a trailing comma.
    if (scan.commentOrTrailingComma) {
        if (options.strict)
            problems.push(...strictnessProblems(text, options.hostName));
        else if (options.trailingCommaRefused)
            problems.push(...trailingCommaProblems(text, options.hostName, options.trailingCommaRefused));
    }
    const doc = new source/* ParsedDocument */.$D(text, undefined);
    const value = build(root, '', doc, problems);
    doc.value = value;
    return { doc, problems };
}
/** Comments and trailing commas, which a JSONC parser accepts but a strict host does not. */
function strictnessProblems(text, hostName) {
    const strictErrors = [];
    (0,main.parseTree)(text, strictErrors, { allowTrailingComma: false, disallowComments: true });
    const seen = new Set();
    return strictErrors.flatMap((error) => {
        const isComment = (0,main.printParseErrorCode)(error.error) === 'InvalidCommentToken';
        const what = isComment ? 'a comment' : 'a trailing comma';
        // For a trailing comma the parser points at the closing bracket; step back to the comma itself.
        let offset = error.offset;
        if (!isComment) {
            let i = offset - 1;
            while (i >= 0 && /\s/.test(text[i]))
                i--;
            if (text[i] === ',')
                offset = i;
        }
        // One stray comma can raise several parser errors; report it once.
        if (seen.has(offset))
            return [];
        seen.add(offset);
        return (0,problem/* parseProblem */.JT)({ ruleId: 'strict-json', severity: 'error', offset, length: isComment ? error.length : 1 }, isComment ? 'comment' : 'trailingComma', { host: hostName }, `${hostName} parses this file with a strict JSON parser, so ${what} makes the whole file fail to load and none of its servers start; remove it.`);
    });
}
/** Each comma right before a closing bracket, found on the scanner's tokens (so never one inside a string or comment). */
function trailingCommaProblems(text, hostName, why) {
    const scanner = (0,main.createScanner)(text, true);
    const problems = [];
    let comma;
    for (let token = scanner.scan(); token !== EOF; token = scanner.scan()) {
        if ((token === json_CLOSE_BRACE || token === json_CLOSE_BRACKET) && comma !== undefined)
            problems.push((0,problem/* parseProblem */.JT)({ ruleId: 'strict-json', severity: 'error', offset: comma, length: 1 }, 'refusedTrailingComma', { host: hostName }, `${why}.`));
        comma = token === json_COMMA ? scanner.getTokenOffset() : undefined;
    }
    return problems;
}
/** The value of `node`, recording every node's span and written keys under its JSON Pointer as it descends. */
function build(node, pointer, doc, problems) {
    const keyNode = node.parent?.type === 'property' ? node.parent.children?.[0] : undefined;
    doc.recordAt(pointer, {
        key: keyNode ? { offset: keyNode.offset, length: keyNode.length } : undefined,
        value: { offset: node.offset, length: node.length }
    });
    switch (node.type) {
        case 'object': {
            const object = {};
            const seen = new Map();
            doc.recordKeysAt(pointer, (node.children ?? []).flatMap((property) => {
                const key = property.children?.[0];
                return key ? [{ name: String(key.value), offset: key.offset, length: key.length }] : [];
            }));
            for (const property of node.children ?? []) {
                const [key, child] = property.children ?? [];
                if (!key || !child)
                    continue;
                const name = String(key.value);
                const earlier = seen.get(name);
                if (earlier) {
                    const line = doc.lines.position(earlier.offset).line;
                    problems.push((0,problem/* parseProblem */.JT)({ ruleId: 'duplicate-key', severity: 'error', offset: key.offset, length: key.length }, 'duplicateKey', { key: name }, `It is first defined on line ${line}; hosts silently keep only the last one, so the first is lost: remove one, or merge them.`));
                }
                seen.set(name, key);
                (0,problem/* setMember */.Nk)(object, name, build(child, pointer + (0,source/* pointerSegment */.LQ)(name), doc, problems));
            }
            return object;
        }
        case 'array':
            doc.recordKeysAt(pointer, undefined);
            return (node.children ?? []).map((child, index) => build(child, `${pointer}/${index}`, doc, problems));
        default:
            doc.recordKeysAt(pointer, undefined);
            return node.value;
    }
}


/***/ }),

/***/ 1500:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JT: () => (/* binding */ parseProblem),
/* harmony export */   LL: () => (/* binding */ guardParse),
/* harmony export */   Nk: () => (/* binding */ setMember),
/* harmony export */   m4: () => (/* binding */ nestingProblem),
/* harmony export */   rH: () => (/* binding */ findExcessiveNesting),
/* harmony export */   wM: () => (/* binding */ MAX_NESTING_DEPTH)
/* harmony export */ });
/* unused harmony exports PARSE_MESSAGES, valueTooDeep, result */
/* harmony import */ var _message_template_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3887);

/** The parsers' own messages by id, one sentence each; the why and the fix go to a problem's help. */
const PARSE_MESSAGES = {
    comment: '{{host}} reads this file as strict JSON, which has no comments',
    trailingComma: '{{host}} reads this file as strict JSON, which has no trailing commas',
    refusedTrailingComma: '{{host}} cannot read the trailing comma here',
    duplicateKey: 'duplicate key "{{key}}": only one of its values is used'
};
/** A problem with one of PARSE_MESSAGES, its sentence filled from `data`. */
function parseProblem(problem, messageId, data, help) {
    return { ...problem, message: (0,_message_template_js__WEBPACK_IMPORTED_MODULE_0__/* .fillMessage */ .f)(PARSE_MESSAGES[messageId], data), messageId, data, help };
}
/** Deeper nesting than this is refused before parsing: no MCP config needs it, and it could exhaust the stack. */
const MAX_NESTING_DEPTH = 100;
/** Sets a member on a plain object without ever touching its prototype (`__proto__` stays a plain key). */
function setMember(target, key, value) {
    // On a plain object only __proto__ has a setter (Object.prototype's): any other key assigned is the same
    // own, enumerable, writable, configurable property, and assigning is several times cheaper per member.
    // An array (a TOML container) keeps defineProperty, which refuses to redefine its length.
    if (key === '__proto__' || Array.isArray(target))
        Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
    else
        target[key] = value;
}
/**
 * Finds where bracket nesting first passes `MAX_NESTING_DEPTH`, skipping strings and `#` comments.
 * Linear and iterative, so a 10,000-deep file costs nothing and cannot overflow our stack. A fast
 * first line of defence only: parsing is guarded again (`guardParse`) and the parsed value's depth
 * is checked (`valueTooDeep`), so a text this scan misreads still cannot take the run down.
 */
function findExcessiveNesting(text, syntax = 'yaml') {
    let depth = 0;
    let quote = '';
    let previous = '\n';
    for (let i = 0; i < text.length; i++) {
        const ch = text[i];
        if (quote) {
            if (ch === '\\' && quote === '"')
                i++;
            else if (ch === quote)
                quote = '';
            // A TOML string (other than a multi-line one, which this scan reads as several) ends with its line.
            else if (ch === '\n' && syntax === 'toml')
                quote = '';
            continue;
        }
        if (ch === '#' && (syntax === 'toml' || /\s/.test(previous))) {
            // A comment runs to the end of the line; quotes and brackets in it mean nothing.
            const end = text.indexOf('\n', i);
            if (end === -1)
                return undefined;
            i = end;
            previous = '\n';
            continue;
        }
        if ((ch === '"' || ch === "'") && (syntax === 'toml' || opensYamlScalar(text, i)))
            quote = ch;
        else if (ch === '{' || ch === '[') {
            if (++depth > MAX_NESTING_DEPTH)
                return i;
        }
        else if (ch === '}' || ch === ']')
            depth = Math.max(0, depth - 1);
        if (!/[ \t]/.test(ch))
            previous = ch;
        else
            previous = ' ';
    }
    return undefined;
}
/** In YAML a quote starts a quoted scalar only where a scalar starts (`it's` is plain text). */
function opensYamlScalar(text, index) {
    let i = index - 1;
    while (i >= 0 && (text[i] === ' ' || text[i] === '\t'))
        i--;
    return i < 0 || '\n\r:-[{,?'.includes(text[i]);
}
/**
 * Whether a parsed value nests deeper than `max` (objects and arrays), checked iteratively: the
 * last word on depth whatever the syntax (TOML dotted keys and YAML aliases nest without brackets).
 */
function valueTooDeep(value, max = MAX_NESTING_DEPTH) {
    const stack = [[value, 0]];
    const seen = new Set();
    while (stack.length > 0) {
        const [current, depth] = stack.pop();
        if (current === null || typeof current !== 'object' || seen.has(current))
            continue;
        if (depth >= max)
            return true;
        seen.add(current);
        for (const child of Object.values(current))
            stack.push([child, depth + 1]);
    }
    return false;
}
/**
 * Runs a parser and turns a stack overflow or any other exception inside it into a problem at the
 * start of the file, so that one file can never end the run (and the other files' findings with it).
 */
function guardParse(parse) {
    let result;
    try {
        result = parse();
    }
    catch (error) {
        if (error instanceof RangeError)
            return { problems: [nestingProblem(0)] };
        return {
            problems: [
                {
                    ruleId: 'internal-error',
                    severity: 'error',
                    message: `mcpcop could not parse this file: ${String(error?.message ?? error).slice(0, 200)}`,
                    offset: 0,
                    length: 1
                }
            ]
        };
    }
    if (result.doc && valueTooDeep(result.doc.value))
        return { problems: [nestingProblem(0)] };
    return result;
}
/** The problem reported for a file nested deeper than we parse. */
function nestingProblem(offset) {
    return {
        ruleId: 'nesting-too-deep',
        severity: 'error',
        message: `nesting is deeper than ${MAX_NESTING_DEPTH} levels; no MCP config needs this, so the file was not parsed`,
        offset,
        length: 1
    };
}
/** Convenience for parsers: a document is used only when no error-level problem stopped parsing. */
function result(doc, problems) {
    return doc ? { doc, problems } : { problems };
}


/***/ }),

/***/ 3226:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $D: () => (/* binding */ ParsedDocument),
/* harmony export */   LQ: () => (/* binding */ pointerSegment),
/* harmony export */   dh: () => (/* binding */ pointerFromString),
/* harmony export */   pF: () => (/* binding */ RecordedPositions),
/* harmony export */   rr: () => (/* binding */ LineIndex),
/* harmony export */   sF: () => (/* binding */ lazyRange)
/* harmony export */ });
/* unused harmony export pointerToString */
/** Turns UTF-16 offsets into 1-based line/column positions; `\r\n`, `\n` and `\r` all end a line. */
class LineIndex {
    text;
    starts = [0];
    constructor(text) {
        this.text = text;
        for (let i = 0; i < text.length; i++) {
            const ch = text.charCodeAt(i);
            if (ch === 10)
                this.starts.push(i + 1);
            else if (ch === 13) {
                if (text.charCodeAt(i + 1) === 10)
                    i++;
                this.starts.push(i + 1);
            }
        }
    }
    /** The position of a character offset. */
    position(offset) {
        const clamped = Math.max(0, Math.min(offset, this.text.length));
        let lo = 0;
        let hi = this.starts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (this.starts[mid] <= clamped)
                lo = mid;
            else
                hi = mid - 1;
        }
        return { line: lo + 1, column: clamped - this.starts[lo] + 1 };
    }
    /** The range of `length` characters from `offset` (at least one character wide, so it shows). */
    range(offset, length) {
        const start = this.position(offset);
        const end = this.position(offset + Math.max(length, 0));
        if (end.line === start.line && end.column === start.column)
            end.column += 1;
        return { start, end };
    }
    /** Offset of the first character of a 1-based line. */
    lineStart(line) {
        return this.starts[Math.max(0, Math.min(line - 1, this.starts.length - 1))];
    }
    get lineCount() {
        return this.starts.length;
    }
}
/** Encodes pointer segments as a JSON Pointer string (RFC 6901). */
function pointerToString(path) {
    let pointer = '';
    for (const segment of path)
        pointer += pointerSegment(segment);
    return pointer;
}
/** One segment of a JSON Pointer, with its leading slash: `pointer + pointerSegment(key)` is the child's pointer. */
function pointerSegment(segment) {
    const text = String(segment);
    if (!text.includes('~') && !text.includes('/'))
        return '/' + text;
    return '/' + text.replace(/~/g, '~0').replace(/\//g, '~1');
}
/** Decodes a JSON Pointer string, such as ajv's `instancePath`, into segments. */
function pointerFromString(pointer) {
    if (pointer === '')
        return [];
    return pointer
        .slice(1)
        .split('/')
        .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'));
}
/**
 * A range found the first time it is read: most servers' keys are never reported at, and finding one
 * is what makes a parser that reads only values worth it. Reads like any other range (own, enumerable
 * `start` and `end`), so copies and reports see a plain one.
 */
function lazyRange(find) {
    const range = {};
    // Hidden (not enumerable) state and getters shared by every lazy range: a run makes one per server
    // (30,000 at 10,000 files), and two closures and two accessor pairs each cost ~9 MB more there.
    Object.defineProperty(range, FIND, { value: find });
    Object.defineProperty(range, FOUND, { value: undefined, writable: true });
    Object.defineProperties(range, LAZY_RANGE_PROPERTIES);
    return range;
}
const FIND = Symbol('find');
const FOUND = Symbol('found');
function foundRange(range) {
    return (range[FOUND] ??= range[FIND]());
}
const LAZY_RANGE_PROPERTIES = {
    start: {
        enumerable: true,
        get() {
            return foundRange(this).start;
        }
    },
    end: {
        enumerable: true,
        get() {
            return foundRange(this).end;
        }
    }
};
/** Positions a parser recorded node by node, by JSON Pointer. */
class RecordedPositions {
    spans = new Map();
    keys = new Map();
    span(path) {
        return this.spans.get(pointerToString(path));
    }
    keysAt(path) {
        return this.keys.get(pointerToString(path));
    }
    /** Records where the node at `path` is. */
    record(path, span) {
        this.spans.set(pointerToString(path), span);
    }
}
/** A parsed config file: its value plus the position of every node, by JSON Pointer. */
class ParsedDocument {
    text;
    repeats;
    lineIndex;
    /** Found on first use by `findPositions` (when a parser gave one), else recorded as the parser went. */
    found;
    findPositions;
    restore;
    heldValue;
    valueReleased = false;
    released = false;
    /**
     * The strict JSON text `JSON.parse` read the value from, when it was: the file's text itself, or (JSONC)
     * that text with its comments and trailing commas blanked out, offsets and line breaks kept. A line the
     * same in both holds no comment, and every string on it is one of the value's (JSON strings never span
     * lines): the masking reads such a line's strings from the value instead of scanning the line again.
     */
    jsonText;
    /**
     * `findPositions`, when given, finds the positions the first time one is asked for (most files are
     * reported on at a few nodes, or none); without it the parser records them (`record`, `recordKeys`).
     */
    constructor(text, value, findPositions, 
    /**
     * What the parser knows of repeated keys: `impossible`, the syntax refuses them (TOML), so `keysAt`
     * has nothing to tell and finds no positions to say so; `none`, this text repeats no key (proven
     * while parsing it); `possible`, ask `keysAt`.
     */
    repeats = 'possible') {
        this.text = text;
        this.repeats = repeats;
        this.heldValue = value;
        this.findPositions = findPositions;
    }
    /** The parsed value; after `compact`, parsed again from the text on first use (a cross-file rule's question). */
    get value() {
        if (this.valueReleased)
            this.restoreFromText();
        return this.heldValue;
    }
    set value(value) {
        this.heldValue = value;
        this.valueReleased = false;
    }
    /** Line starts, found on first use (most files are reported on without a line number being needed). */
    get lines() {
        return (this.lineIndex ??= new LineIndex(this.text));
    }
    /** Every node's position; after `compact`, found again by parsing the text anew. */
    get positions() {
        if (this.released)
            this.restoreFromText();
        if (!this.found) {
            const find = this.findPositions;
            this.findPositions = undefined;
            this.found = find ? find() : new RecordedPositions();
        }
        return this.found;
    }
    /** The positions a parser records into (it gave no `findPositions`). */
    get recorded() {
        const positions = this.positions;
        if (!(positions instanceof RecordedPositions))
            throw new Error('this document finds its positions itself');
        return positions;
    }
    /** Parses the text again for what `compact` let go of: the positions, the value. */
    restoreFromText() {
        const again = this.restore?.();
        if (this.released) {
            this.found = again?.found;
            this.findPositions = again?.findPositions;
            this.released = false;
        }
        if (this.valueReleased) {
            this.heldValue = again?.heldValue;
            this.valueReleased = false;
        }
        this.restore = undefined;
    }
    /**
     * Lets go of the positions and the value once a file's own findings are made, keeping its text:
     * a run over many files then holds one file's at a time. A later `locate` or read of `value` (a
     * cross-file rule's) parses the text again with `reparse`.
     */
    compact(reparse) {
        this.jsonText = undefined;
        this.found = undefined;
        this.findPositions = undefined;
        this.released = true;
        this.lineIndex = undefined;
        this.heldValue = undefined;
        this.valueReleased = true;
        this.restore = reparse;
    }
    /** Records where the node at `path` is; parsers call this once per node. */
    record(path, span) {
        this.recordAt(pointerToString(path), span);
    }
    /** `record` by the node's JSON Pointer, for a parser that builds pointers as it descends. */
    recordAt(pointer, span) {
        this.recorded.spans.set(pointer, span);
    }
    /**
     * Records the keys of the object at `path` as written (undefined: the node there is not an object as
     * written, e.g. a YAML alias). A repeated path, such as a duplicated key's value, keeps the last call.
     */
    recordKeys(path, keys) {
        this.recordKeysAt(pointerToString(path), keys);
    }
    /** `recordKeys` by the node's JSON Pointer. */
    recordKeysAt(pointer, keys) {
        if (keys)
            this.recorded.keys.set(pointer, keys);
        else
            this.recorded.keys.delete(pointer);
    }
    /**
     * Every key of the object at `path` as written, in order, repeats included; undefined where the
     * syntax cannot repeat a key (TOML refuses the file) or the node is not an object.
     */
    keysAt(path) {
        return this.repeats === 'impossible' ? undefined : this.positions.keysAt(path);
    }
    /** Whether the text is known to repeat no key in any object (no need to read the written keys to find one). */
    get repeatsNoKey() {
        return this.repeats !== 'possible';
    }
    /** The same nodes over a longer text that starts with this one (front matter inside Markdown). */
    extendedTo(fullText) {
        const positions = this.positions;
        return new ParsedDocument(fullText, this.value, () => positions);
    }
    /** The exact span of the node at `path`, if it exists in the source. */
    span(path) {
        return this.positions.span(path);
    }
    /**
     * The range to report for `path`: the key when `preferKey` and the node is an object member, else
     * the value. A path that does not exist falls back to its nearest existing ancestor's key.
     */
    locate(path, preferKey = false) {
        const positions = this.positions;
        for (let depth = path.length; depth >= 0; depth--) {
            const span = positions.span(depth === path.length ? path : path.slice(0, depth));
            if (!span)
                continue;
            const exact = depth === path.length;
            const part = (preferKey || !exact) && span.key ? span.key : span.value;
            // A whole object or array can span many lines: point at its first line only.
            return this.firstLine(part.offset, part.length);
        }
        return this.lines.range(0, 1);
    }
    /**
     * `locate` for a late, one-off question: on a released document it parses the text again for this
     * answer only and keeps nothing, so a run that asks once per server holds no file's positions.
     */
    locateOnce(path, preferKey = false) {
        if (!this.released)
            return this.locate(path, preferKey);
        return this.restore?.()?.locate(path, preferKey) ?? this.lines.range(0, 1);
    }
    firstLine(offset, length) {
        const range = this.lines.range(offset, length);
        if (range.end.line === range.start.line)
            return range;
        const lineEnd = this.lines.lineStart(range.start.line + 1);
        const endOfText = this.text.slice(offset, lineEnd).replace(/\r?\n$|\r$/, '');
        return this.lines.range(offset, Math.max(1, endOfText.length));
    }
}


/***/ }),

/***/ 4429:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Kc: () => (/* binding */ hasPlaceholder),
/* harmony export */   Zm: () => (/* binding */ withoutPlaceholders),
/* harmony export */   iS: () => (/* binding */ placeholderPattern),
/* harmony export */   jw: () => (/* binding */ maskPlaceholders)
/* harmony export */ });
/* unused harmony export PLACEHOLDER_SHAPES */
/**
 * The shape of each placeholder form, each bounded so that matching stays linear. Every scan for
 * placeholders (schema formats, secret detection, the dry run's interpolation) is built from these.
 */
const PLACEHOLDER_SHAPES = {
    /** `${{ secrets.X }}` */
    doubleBrace: String.raw `\$\{\{[^{}]{0,200}\}\}`,
    /** `${VAR}`, `${env:VAR}`, `${input:id}`, editor and bundle variables */
    dollarBrace: String.raw `\$\{[^{}]{0,200}\}`,
    /** opencode's `{env:VAR}` and `{file:path}` */
    braceEnv: String.raw `\{(?:env|file):[^{}]{0,200}\}`,
    /** bare `$VAR` */
    dollar: String.raw `\$[A-Za-z_][A-Za-z0-9_]{0,200}`,
    /** Windows' `%VAR%` (cmd.exe expands it, no host does) */
    percent: String.raw `%[A-Za-z_][A-Za-z0-9_]{0,200}%`,
    /** the MCP Registry's `{name}` templates */
    registry: String.raw `\{[A-Za-z_][A-Za-z0-9_.-]{0,200}\}`
};
/** One global regular expression matching any of the named shapes, in the order given. */
function placeholderPattern(shapes) {
    return new RegExp(shapes.map((shape) => PLACEHOLDER_SHAPES[shape]).join('|'), 'g');
}
/** Every placeholder form we know but registry templates, most specific first. */
const ANY_PLACEHOLDER = placeholderPattern(['doubleBrace', 'dollarBrace', 'braceEnv', 'dollar', 'percent']);
/** Registry templates are plain `{name}`; replaced only where the file's host uses them. */
const REGISTRY_TEMPLATE = placeholderPattern(['registry']);
/** Whether a string contains any placeholder we know. */
function hasPlaceholder(value) {
    // Global expressions keep where their last match ended: each test starts from the beginning.
    ANY_PLACEHOLDER.lastIndex = 0;
    REGISTRY_TEMPLATE.lastIndex = 0;
    return ANY_PLACEHOLDER.test(value) || REGISTRY_TEMPLATE.test(value);
}
/** The text left when every placeholder but registry templates is removed: `Bearer ${TOKEN}` → `Bearer `. */
function withoutPlaceholders(value) {
    return value.replace(ANY_PLACEHOLDER, '');
}
/**
 * Replaces every placeholder with a neutral word, so a format check judges the shape around it:
 * `https://${input:host}/mcp` becomes `https://placeholder/mcp`.
 */
function maskPlaceholders(value) {
    return value.replace(ANY_PLACEHOLDER, 'placeholder').replace(REGISTRY_TEMPLATE, 'placeholder');
}


/***/ }),

/***/ 1975:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   XP: () => (/* binding */ effectiveSeverity),
/* harmony export */   _Q: () => (/* binding */ isRuleOff),
/* harmony export */   jE: () => (/* binding */ presetOf)
/* harmony export */ });
/* unused harmony export PRESETS */
/* harmony import */ var _diagnostics_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4851);

const PRESETS = (/* unused pure expression or super */ null && (['recommended', 'strict']));
/** The preset a rule belongs to. */
function presetOf(ruleId) {
    return (0,_diagnostics_js__WEBPACK_IMPORTED_MODULE_0__/* .ruleInfo */ .PI)(ruleId).preset;
}
/** The severity a rule's findings get under these settings, or `off`. */
function effectiveSeverity(ruleId, config) {
    const set = config.rules[ruleId];
    if (set !== undefined)
        return set;
    if (presetOf(ruleId) === 'strict' && (config.preset ?? 'recommended') !== 'strict')
        return 'off';
    return (0,_diagnostics_js__WEBPACK_IMPORTED_MODULE_0__/* .ruleInfo */ .PI)(ruleId).defaultSeverity;
}
/** Whether the settings (their preset or `rules`) leave a rule's findings out. */
function isRuleOff(ruleId, config) {
    return effectiveSeverity(ruleId, config) === 'off';
}


/***/ }),

/***/ 2883:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FK: () => (/* binding */ isInside),
/* harmony export */   RG: () => (/* binding */ readConfigFile),
/* harmony export */   gZ: () => (/* binding */ MAX_FILE_BYTES),
/* harmony export */   ik: () => (/* binding */ decodeConfigBytes),
/* harmony export */   pO: () => (/* binding */ existsInside),
/* harmony export */   vK: () => (/* binding */ readGuarded)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);


/** Larger files are refused unread: a committed MCP config is a few kilobytes. */
const MAX_FILE_BYTES = 1024 * 1024;
// Absent on Windows, where neither applies: 0 leaves the flag out.
const O_NOFOLLOW = node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOFOLLOW ?? 0;
const O_NONBLOCK = node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK ?? 0;
const O_NOCTTY = node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOCTTY ?? 0;
const READ_FLAGS = node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | O_NONBLOCK | O_NOFOLLOW | O_NOCTTY;
// One realpath(3) call per path instead of Node's JavaScript walk, which lstats every component of
// it (half of the reader's cost at thousands of files); Windows keeps Node's own, as its native one
// has had trouble with some drives (RAM disks, substituted drives).
const realPath = process.platform === 'win32' ? node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync : node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync.native;
/**
 * Where Linux names the file an open descriptor is on: the path the kernel resolved when it opened it,
 * every link followed, whatever changed since. Elsewhere there is no such name, and every file takes
 * the checks before it is opened.
 */
const DESCRIPTOR_PATHS = process.platform === 'linux' ? '/proc/self/fd/' : undefined;
const NOT_REGULAR = 'not a regular file (a directory, FIFO, socket or device); it was not read';
const LINK_OUTSIDE = 'a symbolic link to a path outside the repository; it was not followed, and nothing of its target is shown';
const refuse = (ruleId, reason) => ({ refusal: { ruleId, reason } });
/**
 * The one way mcpcop reads a file from the repository (configs, its settings file, `.gitignore`): a
 * regular file only, its real path inside `root`, opened without following a last symbolic link and
 * without blocking (a FIFO swapped in after the checks cannot hang the run), checked again on the open
 * descriptor, and never more than `maxBytes + 1` bytes read, whatever the file claims its size is.
 * Never throws.
 *
 * A file `listed` by discovery takes five system calls on Linux: open (the kernel refuses a link as
 * the last part), the descriptor's real path from /proc (inside the root, or the full checks below
 * decide), fstat (a regular file, its size), read, close. Any other file is first lstat-ed and its
 * real path resolved, and only then opened.
 */
function readGuarded(file, options) {
    if (options.listed && DESCRIPTOR_PATHS !== undefined) {
        const read = readListed(file, options);
        if (read !== undefined)
            return read;
    }
    let fd;
    try {
        // Synchronous on purpose: for small files one thread-pool round trip per call costs more than the read.
        const link = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(file);
        if (!link.isFile() && !link.isSymbolicLink())
            return refuse('file-unreadable', NOT_REGULAR);
        let target;
        try {
            target = realPath(file);
        }
        catch {
            return refuse('file-unreadable', 'a broken symbolic link or an unreadable path; it was not read');
        }
        if (!isInside(target, realRootCached(options.root)))
            return refuse('file-unreadable', LINK_OUTSIDE);
        fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(target, READ_FLAGS);
        return readOpen(fd, options.maxBytes);
    }
    catch (error) {
        return unreadable(error);
    }
    finally {
        if (fd !== undefined)
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
}
/**
 * The listed file read from its descriptor once the kernel says where it is: undefined when that is not
 * known to be inside the root (a link as the last part, a path /proc does not give, a path outside),
 * and then the full checks decide, as for any file.
 */
function readListed(file, options) {
    let fd;
    try {
        try {
            fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(file, READ_FLAGS);
        }
        catch (error) {
            // ELOOP: the last part is a link; the full checks vet where it points.
            if (error.code === 'ELOOP')
                return undefined;
            throw error;
        }
        let opened;
        try {
            opened = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readlinkSync)(DESCRIPTOR_PATHS + String(fd));
        }
        catch {
            return undefined;
        }
        if (!isInside(opened, realRootCached(options.root)))
            return undefined;
        return readOpen(fd, options.maxBytes);
    }
    catch (error) {
        return unreadable(error);
    }
    finally {
        if (fd !== undefined)
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
}
function unreadable(error) {
    const code = error.code ?? 'unknown error';
    // A socket (or a device without a driver) cannot be opened: it is not a regular file either.
    if (code === 'ENXIO')
        return refuse('file-unreadable', NOT_REGULAR);
    // ELOOP: the last component became a symbolic link after the checks.
    return refuse('file-unreadable', `the file cannot be read (${code})`);
}
/** Reads an open descriptor: a regular file only, within the cap. The caller closes it. */
function readOpen(fd, maxBytes) {
    const stat = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(fd);
    if (!stat.isFile())
        return refuse('file-unreadable', NOT_REGULAR);
    if (stat.size > maxBytes)
        return refuse('file-too-large', tooLarge(stat.size, maxBytes));
    // The size is only a claim (a file that grows, a special file that reports 0): read at most one byte more.
    // Sized by the claim, not zero-filled: only the bytes read are ever returned (64 KiB zeroed per file cost
    // more than the read at thousands of files).
    const buffer = Buffer.allocUnsafe(Math.min(maxBytes + 1, stat.size + 1));
    let length = 0;
    for (;;) {
        if (length === buffer.length) {
            if (length > maxBytes)
                return refuse('file-too-large', tooLarge(length, maxBytes, true));
            // The claim was short (the file grew, or reports 0 like /proc's): the cap holds for what was read.
            const bytes = Buffer.concat([buffer, readRest(fd, maxBytes + 1 - length)]);
            if (bytes.length > maxBytes)
                return refuse('file-too-large', tooLarge(bytes.length, maxBytes, true));
            return { bytes };
        }
        const n = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, buffer, length, buffer.length - length, null);
        if (n === 0)
            return { bytes: buffer.subarray(0, length) };
        length += n;
        // Exactly the size fstat gave, one byte short of what was asked: the end, without one more read to hear it.
        if (length === stat.size && stat.size > 0)
            return { bytes: buffer.subarray(0, length) };
    }
}
/** Reads what follows a first full buffer, up to `limit` bytes (the caller refuses on `limit`). */
function readRest(fd, limit) {
    const chunks = [];
    let total = 0;
    while (total < limit) {
        const chunk = Buffer.alloc(Math.min(64 * 1024, limit - total));
        const n = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, chunk, 0, chunk.length, null);
        if (n === 0)
            break;
        chunks.push(chunk.subarray(0, n));
        total += n;
    }
    return Buffer.concat(chunks);
}
/** The roots' real paths: a run asks about a few roots (the repository, named files' folders), path after path. */
const realRoots = new Map();
function realRootCached(root) {
    let real = realRoots.get(root);
    if (real === undefined) {
        try {
            real = realPath(root);
        }
        catch {
            // Not there (yet): not remembered.
            return node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(root);
        }
        if (realRoots.size >= 1000)
            realRoots.clear();
        realRoots.set(root, real);
    }
    return real;
}
/** Whether `target` is `root` or below it (both real paths). A name that only starts with `..` is inside. */
function isInside(target, root) {
    const relative = node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(root, target);
    return relative !== '..' && !relative.startsWith(`..${(node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)}`) && !node_path__WEBPACK_IMPORTED_MODULE_1___default().isAbsolute(relative);
}
/** Symbolic links followed before a path is taken as unknowable (the kernel stops at 40). */
const MAX_LINKS = 40;
/**
 * Whether a path relative to `root` exists, answered only from inside `root`: a path that leads outside
 * it (written with `..`, or through a symbolic link, dangling or not) is reported present, whatever is
 * there, so rules asking "does this script exist?" learn nothing about the machine and raise no "not
 * found" for what they cannot see. With `known`, what earlier questions proved is not looked at again.
 * Never throws.
 */
function existsInside(root, relative, known = new Map()) {
    const top = realRootCached(root);
    let parts = node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(root, node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(root, relative)).split((node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)).filter(Boolean);
    if (parts[0] === '..' || node_path__WEBPACK_IMPORTED_MODULE_1___default().isAbsolute(parts.join((node_path__WEBPACK_IMPORTED_MODULE_1___default().sep))))
        return true;
    let current = top;
    for (let links = 0; parts.length > 0;) {
        const next = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(current, parts.shift());
        const seen = known.get(next);
        if (seen === 'absent')
            return false;
        if (seen === 'folder') {
            current = next;
            continue;
        }
        let stat;
        try {
            stat = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(next);
        }
        catch {
            // Absent, and every folder on the way was inside (or a file on the way: nothing is below it).
            known.set(next, 'absent');
            return false;
        }
        if (!stat.isSymbolicLink()) {
            if (stat.isDirectory())
                known.set(next, 'folder');
            current = next;
            continue;
        }
        if (++links > MAX_LINKS)
            return true;
        let target;
        try {
            target = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readlinkSync)(next);
        }
        catch {
            return true;
        }
        // Where the link points, taken apart and walked like the rest: each step checked from inside.
        const resolved = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(current, target);
        if (!isInside(resolved, top))
            return true;
        parts = [...node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(top, resolved).split((node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)).filter(Boolean), ...parts];
        current = top;
    }
    return true;
}
function tooLarge(size, max, grew = false) {
    return grew
        ? `the file grew past the ${formatBytes(max)} limit for a config file while it was read; it was not read`
        : `the file is ${formatBytes(size)}, over the ${formatBytes(max)} limit for a config file; it was not read`;
}
function fail(ruleId, message, offset = 0) {
    return { problems: [{ ruleId, severity: 'error', message, offset, length: 1 }] };
}
/**
 * Reads a config file as UTF-8 text through the guarded reader, refusing (with a problem, never an
 * exception) anything that is not a regular file inside `root`, is too large, binary, not valid
 * UTF-8, or empty.
 */
async function readConfigFile(absolutePath, root = node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(absolutePath), listed = false) {
    const read = readGuarded(absolutePath, { root, maxBytes: MAX_FILE_BYTES, listed });
    if (read.refusal)
        return fail(read.refusal.ruleId, read.refusal.reason);
    return decodeConfigBytes(read.bytes);
}
/** Decodes bytes already in memory: the checks of `readConfigFile` after the file system. */
function decodeConfigBytes(bytes) {
    if (bytes.length > MAX_FILE_BYTES)
        return fail('file-too-large', `the file is ${formatBytes(bytes.length)}, over the ${formatBytes(MAX_FILE_BYTES)} limit for a config file; it was not read`);
    const nul = bytes.indexOf(0);
    if (nul !== -1)
        return {
            problems: [
                {
                    ruleId: 'file-binary',
                    severity: 'error',
                    message: `the file is binary (a NUL byte at byte ${nul}), not a text config`,
                    offset: 0,
                    length: 1
                }
            ]
        };
    let text;
    try {
        text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
    }
    catch {
        const bad = firstInvalidUtf8(bytes);
        const prefix = new TextDecoder('utf-8').decode(bytes.subarray(0, bad));
        return {
            ...fail('file-encoding', `the file is not valid UTF-8 (invalid byte 0x${bytes[bad]?.toString(16).padStart(2, '0')} at byte ${bad}); save it as UTF-8`, prefix.length),
            positionText: prefix
        };
    }
    const problems = [];
    if (text.charCodeAt(0) === 0xfeff) {
        text = text.slice(1);
        problems.push({
            ruleId: 'file-bom',
            severity: 'warning',
            message: 'the file starts with a byte-order mark; hosts that read it with JSON.parse fail on it: save it as UTF-8 without BOM',
            offset: 0,
            length: 1
        });
    }
    if (text.trim() === '')
        return {
            problems: [
                ...problems,
                {
                    ruleId: 'file-empty',
                    severity: 'error',
                    message: 'the file is empty; the host fails to load it',
                    offset: 0,
                    length: 1
                }
            ]
        };
    return { text, problems };
}
/** Byte offset of the first byte that breaks UTF-8 (the decoder only says that one exists). */
function firstInvalidUtf8(bytes) {
    let i = 0;
    while (i < bytes.length) {
        const b = bytes[i];
        const need = b < 0x80 ? 0 : b >= 0xc2 && b < 0xe0 ? 1 : b >= 0xe0 && b < 0xf0 ? 2 : b >= 0xf0 && b < 0xf5 ? 3 : -1;
        if (need < 0)
            return i;
        for (let k = 1; k <= need; k++)
            if (i + k >= bytes.length || (bytes[i + k] & 0xc0) !== 0x80)
                return i;
        i += need + 1;
    }
    return 0;
}
function formatBytes(n) {
    return n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MiB` : `${Math.ceil(n / 1024)} KiB`;
}


/***/ }),

/***/ 856:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ANNOTATIONS_PER_LEVEL: () => (/* binding */ ANNOTATIONS_PER_LEVEL),
/* harmony export */   annotationProperties: () => (/* binding */ annotationProperties),
/* harmony export */   commandsStopped: () => (/* binding */ commandsStopped),
/* harmony export */   formatWorkflowCommands: () => (/* binding */ formatWorkflowCommands),
/* harmony export */   plainLine: () => (/* binding */ plainLine),
/* harmony export */   planAnnotations: () => (/* binding */ planAnnotations),
/* harmony export */   rankDiagnostics: () => (/* binding */ rankDiagnostics),
/* harmony export */   workflowCommand: () => (/* binding */ workflowCommand)
/* harmony export */ });
/* harmony import */ var _lazy_crypto_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7847);
/* harmony import */ var _finding_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2018);
/* harmony import */ var _diagnostics_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4851);
/* harmony import */ var _terminal_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7496);




/**
 * GitHub shows at most 10 error, 10 warning and 10 notice annotations per step and drops the rest
 * silently (actions/toolkit docs/problem-matchers.md, "Limitations"; the REST description of
 * checks/create repeats it for errors and warnings).
 */
const ANNOTATIONS_PER_LEVEL = 10;
const SEVERITY_RANK = { error: 0, warning: 1, notice: 2 };
/**
 * Within one severity, what to show first when not everything fits: leaked credentials, then other
 * security problems, then files the host cannot load at all, then entries it cannot load, then the
 * rest.
 */
function importance(d) {
    if (d.ruleId === 'hardcoded-secret')
        return -1;
    const tags = (0,_diagnostics_js__WEBPACK_IMPORTED_MODULE_2__/* .ruleInfo */ .PI)(d.ruleId).tags;
    if (tags.includes('security'))
        return 0;
    if (tags.includes('syntax') || tags.includes('file'))
        return 1;
    if (tags.includes('schema'))
        return 2;
    if (tags.includes('rule'))
        return 3;
    return 4;
}
/** Diagnostics ordered most important first: by severity, then kind of problem, then position. */
function rankDiagnostics(diagnostics) {
    return [...diagnostics].sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || importance(a) - importance(b) || (0,_finding_js__WEBPACK_IMPORTED_MODULE_1__/* .compareDiagnostics */ .oV)(a, b));
}
/** The annotation properties of one diagnostic: exact range, columns only on a single line. */
function annotationProperties(d) {
    const properties = {
        title: `mcpcop: ${d.ruleId}`,
        file: d.file,
        startLine: d.line,
        endLine: Math.max(d.line, d.endLine)
    };
    if (d.endLine === d.line) {
        properties.startColumn = d.column;
        properties.endColumn = Math.max(d.column, d.endColumn - 1);
    }
    return properties;
}
/** Picks the annotations GitHub will display (most important first, capped per level). */
function planAnnotations(diagnostics, options = {}) {
    const perLevel = Math.min(ANNOTATIONS_PER_LEVEL, Math.max(0, options.perLevel ?? ANNOTATIONS_PER_LEVEL));
    const free = (level) => Math.max(0, perLevel - (options.taken?.[level] ?? 0) - (level === 'error' && options.reserveErrorSlot ? 1 : 0));
    const limits = { error: free('error'), warning: free('warning'), notice: free('notice') };
    const used = { error: 0, warning: 0, notice: 0 };
    const annotations = [];
    const overflow = [];
    for (const d of rankDiagnostics(diagnostics)) {
        if (used[d.severity] >= limits[d.severity]) {
            overflow.push(d);
            continue;
        }
        used[d.severity]++;
        // The log viewer renders ANSI sequences: none from a file may reach it, in annotations either.
        annotations.push({
            level: d.severity,
            message: (0,_terminal_js__WEBPACK_IMPORTED_MODULE_3__/* .terminalSafe */ .k)(d.message),
            properties: annotationProperties(d),
            diagnostic: d
        });
    }
    return { annotations, overflow };
}
/** One diagnostic as a plain log line, in the compiler-style form problem matchers read. */
function plainLine(d) {
    return `${(0,_terminal_js__WEBPACK_IMPORTED_MODULE_3__/* .terminalSafeLine */ .y)(d.file)}:${d.line}:${d.column}: ${d.severity}: ${(0,_terminal_js__WEBPACK_IMPORTED_MODULE_3__/* .terminalSafeLine */ .y)(d.message)} [${d.ruleId}]`;
}
/**
 * Text from configs (code frames, messages, paths) for a log that the runner reads for workflow
 * commands: printed between `::stop-commands::<token>` and `::<token>::`, as the toolkit advises,
 * with a fresh random token each time, so no line inside (`::error …`, `::add-mask::`,
 * `##[stop-commands]…`, a lone carriage return) is taken as a command.
 */
function commandsStopped(text) {
    const token = (0,_lazy_crypto_js__WEBPACK_IMPORTED_MODULE_0__/* .nodeCrypto */ .S)().randomBytes(16).toString('hex');
    return `::stop-commands::${token}\n${text.replace(/\n$/, '')}\n::${token}::`;
}
// The runner's escaping of workflow commands (actions/toolkit packages/core/src/command.ts).
function escapeData(text) {
    return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function escapeProperty(text) {
    return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
/** One annotation as a workflow command line (`::error file=…,line=…::message`). */
function workflowCommand(annotation) {
    const p = annotation.properties;
    const pairs = [
        ['title', p.title],
        ['file', p.file],
        ['line', p.startLine],
        ['endLine', p.endLine],
        ['col', p.startColumn],
        ['endColumn', p.endColumn]
    ];
    const properties = pairs
        .filter(([, v]) => v !== undefined)
        .map(([k, v]) => `${k}=${escapeProperty(String(v))}`)
        .join(',');
    return `::${annotation.level} ${properties}::${escapeData(annotation.message)}`;
}
/**
 * The `github` format: workflow commands for the annotations GitHub will show, then the rest as
 * plain lines, so a CLI step in a workflow annotates the pull request like the action does.
 */
function formatWorkflowCommands(report, options = {}) {
    const plan = planAnnotations(report.diagnostics, options);
    const lines = plan.annotations.map(workflowCommand);
    if (plan.overflow.length > 0) {
        lines.push(`${plan.overflow.length} more finding(s) not annotated (GitHub shows ${ANNOTATIONS_PER_LEVEL} per level and step):`);
        lines.push(commandsStopped(plan.overflow.map(plainLine).join('\n')));
    }
    return lines.length > 0 ? lines.join('\n') + '\n' : '';
}


/***/ }),

/***/ 4031:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FV: () => (/* binding */ escapeMarkdown),
/* harmony export */   hR: () => (/* binding */ revealInvisible),
/* harmony export */   zW: () => (/* binding */ fencedBlock)
/* harmony export */ });
/**
 * Escaping for text from configs (file paths, server names, messages, stderr) that lands in GitHub
 * Markdown: the job summary and the pull-request comment. Both render HTML and Markdown, and the
 * toolkit's summary helpers insert strings verbatim, so every untrusted string goes through here.
 */
// Each character that could open HTML, a link, emphasis, a table cell, an @mention or code becomes a
// numeric character reference, which GitHub renders as the character itself.
const ENTITIES = {
    '&': '&amp;',
    '<': '&lt;',
    '>': '&gt;',
    '"': '&quot;',
    "'": '&#39;',
    '`': '&#96;',
    '|': '&#124;',
    '[': '&#91;',
    ']': '&#93;',
    '*': '&#42;',
    _: '&#95;',
    '~': '&#126;',
    '@': '&#64;',
    '#': '&#35;',
    '\\': '&#92;',
    '!': '&#33;'
};
/** Escapes text for inline Markdown and HTML (one line: line breaks become spaces). */
function escapeMarkdown(text) {
    return text.replace(/\r\n|[\r\n]/g, ' ').replace(/[&<>"'`|[\]*_~@#\\!]/g, (c) => ENTITIES[c]);
}
/**
 * Wraps text in a fenced code block whose fence is longer than any run of backticks inside, so the
 * text cannot close the block and nothing inside is rendered.
 */
function fencedBlock(text, language = '') {
    const longest = Math.max(0, ...Array.from(text.matchAll(/`+/g), (m) => m[0].length));
    const fence = '`'.repeat(Math.max(3, longest + 1));
    return `${fence}${language}\n${text.replace(/\n$/, '')}\n${fence}`;
}
/**
 * Writes characters that do not show, or that reorder the text around them, as `\u{…}`: zero-width
 * characters, bidirectional controls, Unicode tag characters (runs of them are counted, since each
 * stands for one hidden letter), variation-selector smuggling, control characters. Unless told to
 * keep it, whitespace (line breaks included) becomes one space. For text a server chose (tool
 * names, descriptions).
 */
function revealInvisible(text, keepSpace = false) {
    const shown = text
        .replace(/[\u{E0000}-\u{E007F}]{2,}/gu, (run) => `[${[...run].length} invisible tag characters]`)
        .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u00AD\u034F\u061C\u115F\u1160\u180E\u200B-\u200F\u202A-\u202E\u2060-\u206F\u3164\uFEFF\uFFA0\u{E0000}-\u{E007F}\u{E0100}-\u{E01EF}]/gu, (c) => `\\u{${c.codePointAt(0).toString(16).toUpperCase()}}`);
    return keepSpace ? shown : shown.replace(/\s+/g, ' ');
}


/***/ }),

/***/ 7994:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GB: () => (/* binding */ reachesFailLevel),
/* harmony export */   LS: () => (/* binding */ plural),
/* harmony export */   Ot: () => (/* binding */ countBySeverity)
/* harmony export */ });
/** Counts of diagnostics per severity. */
function countBySeverity(diagnostics) {
    const counts = { error: 0, warning: 0, notice: 0 };
    for (const d of diagnostics)
        counts[d.severity]++;
    return counts;
}
/** `1 error`, `2 warnings`: a count with its noun. */
function plural(count, noun) {
    return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
/** Whether the findings reach the `fail-on` level. */
function reachesFailLevel(diagnostics, failOn) {
    if (failOn === 'never')
        return false;
    const order = ['error', 'warning', 'notice'];
    const limit = order.indexOf(failOn);
    return diagnostics.some((d) => order.indexOf(d.severity) <= limit);
}


/***/ }),

/***/ 7496:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ terminalSafe),
/* harmony export */   y: () => (/* binding */ terminalSafeLine)
/* harmony export */ });
/**
 * Text from configs (paths, server names, messages, source lines, stderr) printed to a terminal or
 * a CI log: control characters could move the cursor, rewrite earlier lines, set the window title,
 * make hidden links (OSC 8) or reorder text (bidirectional overrides). Each becomes one visible
 * replacement character, so columns under a code frame still line up.
 */
// C0 controls except tab and line feed, DEL, C1 controls (ESC and CSI among them), bidi controls.
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
/** One line or more of untrusted text, safe to print (line feeds kept). */
function terminalSafe(text) {
    return text.replace(UNSAFE, '\ufffd');
}
/** Untrusted text that must stay on one line (a carriage return or line feed becomes a visible mark too). */
function terminalSafeLine(text) {
    return terminalSafe(text).replace(/\r\n|[\r\n]/g, '\ufffd');
}


/***/ }),

/***/ 1076:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ hardcodedSecret),
/* harmony export */   v: () => (/* binding */ textSecretReports)
/* harmony export */ });
/* harmony import */ var _mask_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5235);
/* harmony import */ var _secrets_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6551);
/* harmony import */ var _secret_rules_generic_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4659);
/* harmony import */ var _placeholder_syntax_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8436);




/** A variable name for the fix suggestion: the env key itself when the secret is an env value. */
function variableName(path) {
    const last = String(path[path.length - 1] ?? '');
    return /^[A-Z][A-Z0-9_]*$/.test(last) ? last : 'API_TOKEN';
}
/** What every finding's help starts with: who can use a committed credential. */
const EXPOSED = 'Anyone who can read the repository, or any copy of its history, can use the credential until it is revoked';
/** Maps whose keys are variable names: a key there that is itself a token was pasted in the wrong place. */
const VARIABLE_MAPS = new Set(['env', 'environment', 'envs', 'env_vars', 'variables']);
/** Secrets in one string; a key in a variable map that is itself a random token counts too. */
function secretsAt(site) {
    if (!site.isKey)
        return (0,_secrets_js__WEBPACK_IMPORTED_MODULE_1__/* .findSecrets */ .dL)(site.value, site.name);
    const found = (0,_secrets_js__WEBPACK_IMPORTED_MODULE_1__/* .findSecrets */ .dL)(site.value);
    const parent = site.path[site.path.length - 2];
    if (found.length === 0 &&
        typeof parent === 'string' &&
        VARIABLE_MAPS.has(parent) &&
        site.value.length >= 16 &&
        !/^[A-Z][A-Z0-9_]*$/.test(site.value) &&
        (0,_secret_rules_generic_js__WEBPACK_IMPORTED_MODULE_2__/* .looksRandom */ .EZ)(site.value, 16))
        return [{ kind: 'credential (as a variable name)', value: site.value }];
    return found;
}
/**
 * Literal credentials anywhere in a committed config: vendor formats (the secretlint preset and
 * mcpcop's own list of MCP-ecosystem formats), `Bearer`/`Basic` credentials, URL passwords, and
 * random-looking literals under a name that says "secret" (a key, a `--flag`, a header, a query
 * parameter, `NAME=value`), in values, in keys, and in comments. Anyone who can read the
 * repository, or its history, can use them; the value is shown masked, never in full.
 */
const hardcodedSecret = {
    id: 'hardcoded-secret',
    defaultSeverity: 'error',
    description: 'A literal credential (token, API key, password, private key) is committed in the config.',
    messages: {
        literal: 'a literal {{kind}} ({{masked}}) is committed: anyone who can read the repository can use it',
        inKey: 'a key holds a literal {{kind}} ({{masked}}): anyone who can read the repository can use it',
        inComment: 'a comment holds a literal {{kind}} ({{masked}}): anyone who can read the repository can use it'
    },
    checkFile({ doc, host, servers, strings }) {
        const reports = [];
        const reported = new Set();
        const serverAt = (path) => servers.find((s) => s.pointer.every((segment, i) => String(path[i]) === String(segment)))?.name;
        for (const site of strings.all) {
            for (const secret of secretsAt(site)) {
                reported.add(secret.value);
                const reference = (0,_placeholder_syntax_js__WEBPACK_IMPORTED_MODULE_3__/* .envReference */ .j)(host.profile.placeholders.syntaxes, variableName(site.path));
                const fix = site.isKey
                    ? 'remove it from the key (a variable name is not secret) and pass the value through the environment'
                    : reference
                        ? `reference an environment variable instead, e.g. "${reference}"`
                        : "pass it through the environment instead (see the host's docs)";
                const report = {
                    messageId: site.isKey ? 'inKey' : 'literal',
                    data: { kind: secret.kind, masked: (0,_mask_js__WEBPACK_IMPORTED_MODULE_0__/* .maskSecret */ .$l)(secret.value) },
                    help: `${EXPOSED}; revoke it, and ${fix}.`,
                    at: site.path,
                    key: site.isKey
                };
                const server = serverAt(site.path);
                if (server !== undefined)
                    report.server = server;
                reports.push(report);
            }
        }
        // What parsing drops: a credential in a comment is committed all the same.
        for (const secret of (0,_secrets_js__WEBPACK_IMPORTED_MODULE_1__/* .scanText */ .Ff)(doc.text, 'report', mayHoldComment)) {
            if (reported.has(secret.value) || !inComment(doc.text, secret.offset))
                continue;
            reported.add(secret.value);
            reports.push({
                messageId: 'inComment',
                data: { kind: secret.kind, masked: (0,_mask_js__WEBPACK_IMPORTED_MODULE_0__/* .maskSecret */ .$l)(secret.value) },
                help: `${EXPOSED}, comments included; revoke it, and remove it from the file.`,
                at: doc.lines.range(secret.offset, secret.value.length)
            });
        }
        return reports;
    }
};
/** Whether a line has a comment marker at all (`inComment` can hold for some offset of it): the others need no scan. */
function mayHoldComment(line) {
    return /^\s*(?:\/\*|\*)|\/\/|(?:^|\s)#/.test(line);
}
/** Whether an offset is after a comment marker on its line (`//`, `#`, or a line of a block comment). */
function inComment(text, offset) {
    const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
    const before = text.slice(lineStart, offset);
    return /^\s*(?:\/\*|\*)|\/\/|(?:^|\s)#/.test(before);
}
/** For the engine: secrets in a file that could not be parsed, as findings at their text position. */
function textSecretReports(text) {
    const seen = new Set();
    return (0,_secrets_js__WEBPACK_IMPORTED_MODULE_1__/* .scanText */ .Ff)(text).flatMap((secret) => {
        if (seen.has(secret.value))
            return [];
        seen.add(secret.value);
        return [
            {
                messageId: 'literal',
                data: { kind: secret.kind, masked: (0,_mask_js__WEBPACK_IMPORTED_MODULE_0__/* .maskSecret */ .$l)(secret.value) },
                help: `${EXPOSED}; revoke it, and pass it through the environment instead.`,
                offset: secret.offset,
                length: secret.value.length
            }
        ];
    });
}


/***/ }),

/***/ 4587:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  y0: () => (/* binding */ RULES),
  fs: () => (/* binding */ docsUrl)
});

// UNUSED EXPORTS: DOCS_BASE_URL

// EXTERNAL MODULE: ./src/hosts/util.ts
var util = __webpack_require__(5035);
;// CONCATENATED MODULE: ./src/rules/auto-approve-all.ts


/** What every finding's help says first: the grant covers tools nobody reviewed, for everyone. */
const REACH = 'The approval holds for everyone who uses this repository, including tools that write, delete or send data and tools a later version of the server adds';
function wildcardEntries(doc, server, key) {
    const list = (0,util/* valueAt */.fK)(doc.value, [...server.pointer, key]);
    if (!Array.isArray(list))
        return [];
    return list.flatMap((item, index) => (item === '*' ? [[...server.pointer, key, index]] : []));
}
/** Which message a file-level grant gets: all servers, servers matching a pattern, or one server. */
function grantMessage(grant) {
    if (grant === '*')
        return 'grantAll';
    return /[*?]/.test(grant) ? 'grantPattern' : 'grantServer';
}
/**
 * Every tool of a server approved in advance, in each host's own terms (its profile's approvals):
 * `alwaysAllow: ["*"]` (Roo Code), `autoApprove: ["*"]` (Kiro), `trust: true` (Gemini CLI),
 * `default_tools_approval_mode = "approve"` (Codex), `"@server"` in an Amazon Q agent's `allowedTools`,
 * and `"mcp__server"` in Claude Code's `permissions.allow`. Disabled servers are skipped.
 */
const autoApproveAll = {
    id: 'auto-approve-all',
    defaultSeverity: 'warning',
    description: 'Every tool of a server is approved without asking (autoApprove/alwaysAllow "*", trust: true).',
    messages: {
        wildcard: '"{{key}}" contains "*", so {{host}} runs every tool of "{{server}}" without asking',
        serverSwitch: '"{{key}}" is {{value}}, so {{host}} runs every tool of "{{server}}" without asking',
        grantServer: '"{{grant}}" lets {{host}} {{verb}} every tool of "{{server}}" without asking',
        grantPattern: '"{{grant}}" lets {{host}} {{verb}} every tool of every server matching "{{server}}" without asking',
        grantAll: '"{{grant}}" lets {{host}} {{verb}} every tool of every MCP server without asking'
    },
    checkFile({ doc, host, profile, servers }) {
        const reports = [];
        const { toolList, serverSwitch, fileGrants } = profile.approvals;
        for (const server of servers.filter((s) => !s.disabled)) {
            const entry = (0,util/* valueAt */.fK)(doc.value, server.pointer);
            if (!(0,util/* isRecord */.u4)(entry))
                continue;
            if (toolList) {
                for (const at of wildcardEntries(doc, server, toolList)) {
                    reports.push({
                        messageId: 'wildcard',
                        data: { key: toolList, host: host.name, server: server.name },
                        help: `${REACH}; list only the tools you have checked, e.g. ["read_file", "search"].`,
                        at,
                        server: server.name
                    });
                }
            }
            if (serverSwitch && entry[serverSwitch.key] === serverSwitch.value) {
                const at = [...server.pointer, serverSwitch.key];
                const named = (text) => text.replaceAll('{server}', server.name);
                reports.push({
                    messageId: 'serverSwitch',
                    data: {
                        key: serverSwitch.key,
                        value: JSON.stringify(serverSwitch.value),
                        host: host.name,
                        server: server.name
                    },
                    help: `${host.name} ${named(serverSwitch.effect)}. ${REACH}; ${named(serverSwitch.fix)}.`,
                    at,
                    server: server.name
                });
            }
        }
        const grants = fileGrants ? (0,util/* valueAt */.fK)(doc.value, fileGrants.at) : undefined;
        if (fileGrants && Array.isArray(grants)) {
            grants.forEach((item, index) => {
                const grant = typeof item === 'string' ? fileGrants.serverOf(item) : undefined;
                // A grant may name a server of another file; one naming a server disabled here does nothing.
                if (grant === undefined || servers.some((s) => s.name === grant && s.disabled))
                    return;
                const at = [...fileGrants.at, index];
                const messageId = grantMessage(grant);
                const data = { grant: String(item), host: host.name, verb: fileGrants.verb };
                if (messageId !== 'grantAll')
                    data.server = grant;
                const report = {
                    messageId,
                    data,
                    help: `${REACH}; allow single tools instead, e.g. "${fileGrants.example(grant)}".`,
                    at
                };
                if (servers.some((s) => s.name === grant))
                    report.server = grant;
                reports.push(report);
            });
        }
        return reports;
    }
};

// EXTERNAL MODULE: ./src/hosts/profile.ts
var hosts_profile = __webpack_require__(4162);
// EXTERNAL MODULE: ./src/hosts/index.ts + 34 modules
var src_hosts = __webpack_require__(1262);
// EXTERNAL MODULE: ./src/placeholders.ts
var placeholders = __webpack_require__(4429);
;// CONCATENATED MODULE: ./src/rules/support/message-text.ts
/** How messages and suggested fixes write lists and assignments. */
/** A list of strings as a reader would write it in the config: `["-y", "pkg"]`. */
function stringList(values) {
    return `[${values.map((v) => JSON.stringify(v)).join(', ')}]`;
}
/** `key` set to `value` (JSON text) as the file's own syntax writes it: `"args": [...]`, `args = [...]`, `args: [...]`. */
function assignment(file, key, value) {
    const syntax = file.host.syntaxFor?.(file.path) ?? file.host.syntax;
    if (syntax === 'toml')
        return `${key} = ${value}`;
    if (syntax === 'yaml' || syntax === 'markdown-frontmatter')
        return `${key}: ${value}`;
    return `"${key}": ${value}`;
}
/** `a`, `a and b`, `a, b and c`. */
function andList(values, conjunction = 'and') {
    return values.length < 2
        ? values.join('')
        : `${values.slice(0, -1).join(', ')} ${conjunction} ${values[values.length - 1]}`;
}
/** `"a"`, `"a" and "b"`, `"a", "b" and "c"` (or with `or`). */
function quoteList(values, conjunction = 'and') {
    return andList(values.map((v) => `"${v}"`), conjunction);
}

;// CONCATENATED MODULE: ./src/rules/support/transport.ts





/**
 * What the transport rules share: the raw entry of a server (for keys the normalised shape does not
 * keep, such as a nested `transport`), which of the url keys it writes, and how to name transports and
 * the hosts that use a `type` value in messages. What each host accepts is its profile's.
 */
/** The raw entry of a server in its document, when it is an object. */
function entryOf(doc, server) {
    const entry = (0,util/* valueAt */.fK)(doc.value, server.pointer);
    return (0,util/* isRecord */.u4)(entry) ? entry : undefined;
}
/** The key holding the entry's endpoint as written (`url`, Gemini's `httpUrl` or `tcp`, Windsurf's `serverUrl`). */
function urlKeyOf(entry, keys = (0,src_hosts/* urlKeys */.kY)()) {
    return keys.find((key) => typeof entry[key] === 'string');
}
/** Whether the entry has a string `command` (or opencode's command array, or Zed's nested one). */
function hasCommand(entry) {
    return typeof entry.command === 'string' || Array.isArray(entry.command) || (0,util/* isRecord */.u4)(entry.command);
}
/** Host names without their variants: "GitHub Copilot custom agent" adds nothing beside "GitHub Copilot". */
function withoutVariants(hosts) {
    return hosts.filter((h) => !hosts.some((other) => other !== h && h.startsWith(`${other} `)));
}
/**
 * What a `type` value some host uses means, and the other hosts that use it ("most hosts" when many
 * do); `except` is the host of the file, which may use the value in files of another kind.
 */
function knownType(type, except) {
    const known = (0,src_hosts/* typeNames */.DK)().get(type);
    if (!known)
        return undefined;
    const owners = withoutVariants(known.owners).filter((o) => o !== except);
    const shown = owners.length > 7 ? 'most hosts' : andList(owners);
    return { meaning: known.meaning, owners: shown };
}
/** Human names of transports, for messages. */
const TRANSPORT_NAMES = {
    stdio: 'a local (stdio) server',
    http: 'Streamable HTTP',
    sse: 'the legacy SSE transport',
    ws: 'WebSocket',
    unknown: 'an unknown transport'
};
/** Short names of transports: "Amazon Q has no SSE transport". */
const TRANSPORT_SHORT = {
    stdio: 'stdio',
    http: 'Streamable HTTP',
    sse: 'SSE',
    ws: 'WebSocket',
    unknown: 'unknown'
};
/** Whether a URL's path ends in `/sse` (placeholders masked, query and fragment ignored). */
function endsInSse(url) {
    const masked = (0,placeholders/* maskPlaceholders */.jw)(url.trim());
    let path;
    try {
        path = new URL(masked.startsWith('placeholder') ? `https://${masked}` : masked).pathname;
    }
    catch {
        path = masked.replace(/[?#].*$/, '');
    }
    return /\/sse\/?$/i.test(path);
}

;// CONCATENATED MODULE: ./src/rules/command-and-url.ts


/** A non-empty command: a string, opencode's array, or Zed's legacy `{ path }` object. */
function hasRealCommand(entry) {
    const command = entry.command;
    if (typeof command === 'string')
        return command.trim() !== '';
    if (Array.isArray(command))
        return command.length > 0;
    return typeof command === 'object' && command !== null;
}
/**
 * One server entry with both a `command` and a `url` (or `serverUrl`/`httpUrl`). Hosts that refuse
 * the mix get an error at the key they reject; hosts that pick one (each its own way) get a warning
 * at the key they ignore. Empty strings do not count (Amazon Q's IDE writes `"url": ""` beside a
 * command). Disabled servers are skipped where the host would only ignore a key.
 */
const commandAndUrl = {
    id: 'command-and-url',
    defaultSeverity: 'error',
    description: 'One server sets both a command and a url.',
    supersedes: ['schema-shape', 'schema-unknown-key'],
    messages: {
        refused: 'the server has both "command" and "{{urlKey}}", which {{host}} refuses',
        ignoresUrl: 'the server has both "command" and "{{urlKey}}": {{host}} starts the command and ignores "{{urlKey}}"',
        ignoresCommand: 'the server has both "command" and "{{urlKey}}": {{host}} connects to "{{urlKey}}" and ignores "command"'
    },
    checkFile({ doc, host, profile, servers }) {
        // A registry package legitimately has both: a command that starts it, and the url it then serves.
        if (profile.role === 'manifest')
            return [];
        const reports = [];
        for (const server of servers) {
            const entry = entryOf(doc, server);
            const urlKey = entry ? urlKeyOf(entry) : undefined;
            if (!entry || !urlKey || entry[urlKey].trim() === '' || !hasRealCommand(entry))
                continue;
            const refusal = profile.transports.commandAndUrl;
            if (refusal) {
                // The key that does not fit the declared type goes; without one, the url.
                const declared = typeof entry.type === 'string' ? (0,hosts_profile/* typeMeaning */.UH)(profile, entry.type)?.transport : undefined;
                const remote = declared === 'http' || declared === 'sse' || declared === 'ws';
                const rejected = remote ? 'command' : urlKey;
                reports.push({
                    messageId: 'refused',
                    data: { urlKey, host: host.name },
                    help: `${refusal}; keep one: remove "${rejected}", or move that server to its own entry.`,
                    at: [...server.pointer, rejected],
                    key: true,
                    server: server.name
                });
                continue;
            }
            if (server.disabled || server.transport === 'unknown')
                continue;
            const usesCommand = server.transport === 'stdio';
            const ignored = usesCommand ? urlKey : 'command';
            const help = usesCommand
                ? `The remote server is never used; remove "${urlKey}", or move the remote server to an entry of its own.`
                : 'The local server is never started; remove "command", or move the local server to an entry of its own.';
            reports.push({
                messageId: usesCommand ? 'ignoresUrl' : 'ignoresCommand',
                data: { urlKey, host: host.name },
                help,
                at: [...server.pointer, ignored],
                key: true,
                server: server.name,
                severity: 'warning'
            });
        }
        return reports;
    }
};

;// CONCATENATED MODULE: ./src/rules/support/shell-words.ts
/** The program a command names, as the OS looks it up: `C:\nodejs\npx.cmd` → `npx`. */
function programName(command) {
    // Every rule about commands asks it of the same words.
    let name = programNames.get(command);
    if (name === undefined) {
        const base = command.trim().split(/[\\/]/).pop() ?? '';
        name = base.toLowerCase().replace(/\.(exe|cmd|bat|com|ps1)$/, '');
        if (programNames.size >= 10_000)
            programNames.clear();
        if (command.length <= 1_000)
            programNames.set(command, name);
    }
    return name;
}
const programNames = new Map();
/**
 * Splits a command line into words the way a POSIX shell would for simple cases: quotes group,
 * and a backslash escapes only a quote or a space (so Windows paths survive).
 */
function splitWords(text) {
    const words = [];
    let current = '';
    let started = false;
    let quote;
    for (let i = 0; i < text.length; i++) {
        const ch = text[i];
        if (quote) {
            if (ch === quote)
                quote = undefined;
            else if (ch === '\\' && quote === '"' && (text[i + 1] === '"' || text[i + 1] === '\\'))
                current += text[++i];
            else
                current += ch;
        }
        else if (ch === '"' || ch === "'") {
            quote = ch;
            started = true;
        }
        else if (ch === ' ' ||
            ch === '\t' ||
            ch === '\n' ||
            ch === '\r' ||
            ch === '\v' ||
            ch === '\f' ||
            (ch > '~' && /\s/.test(ch))) {
            if (started)
                words.push(current);
            current = '';
            started = false;
        }
        else if (ch === '\\' && /[\s"']/.test(text[i + 1] ?? '')) {
            current += text[++i];
            started = true;
        }
        else {
            current += ch;
            started = true;
        }
    }
    if (started)
        words.push(current);
    return words;
}
/** A word split into the words it holds, each pointing at the original string. */
function splitWord(word) {
    return splitWords(word.value).map((value) => ({ ...word, value, whole: false }));
}
const isPathLike = (word) => /[\\/]/.test(word);
const startsNewPath = (word) => /^(?:[/~$%]|\.{1,2}[\\/]|[A-Za-z]:[\\/]|\\\\)/.test(word);
/** Interpreters and launchers whose path is often followed by a script or flags. */
const LAUNCHERS = /^(?:node|nodejs|npx|npm|pnpm|pnpx|yarn|bun|bunx|deno|tsx|ts-node|python[\d.]*|py|pip[\d.]*|pipx|uv|uvx|ruby|perl|php|java|dotnet|go|cargo|docker|podman|bash|sh|zsh|pwsh|powershell|cmd|wsl)$/;
/**
 * Whether a `command` value is a whole command line (`npx -y pkg`, `/usr/bin/python3 server.py`)
 * rather than the path of one program, which may itself hold spaces (`C:\Program Files\nodejs\node.exe`,
 * `/Applications/My App/bin/server`).
 */
function isCommandLine(command) {
    const text = command.trim();
    if (!/\s/.test(text))
        return false;
    if (/^["']/.test(text))
        return true;
    const words = splitWords(text);
    if (words.length < 2)
        return false;
    const [first, ...rest] = words;
    // A bare program name followed by anything is a command line.
    if (!isPathLike(first))
        return true;
    // A path followed by a flag or by a second path is one too; a path with spaces continues with more path.
    if (rest.some((w) => w.startsWith('-') || startsNewPath(w)))
        return true;
    return LAUNCHERS.test(programName(first));
}
/** Splits an inline shell script into its simple commands (at `&&`, `||`, `;`, `|`, `&` and newlines). */
function splitScript(script) {
    const commands = [];
    let segment = '';
    let quote;
    const flush = () => {
        const words = splitWords(segment);
        // Drop leading variable assignments and pass-through builtins: `FOO=1 exec node x.js` runs node.
        while (words.length > 0 &&
            (/^[A-Za-z_][A-Za-z0-9_]*=/.test(words[0]) || ['exec', 'command', 'nohup', 'time', 'sudo'].includes(words[0])))
            words.shift();
        if (words.length > 0)
            commands.push(words);
        segment = '';
    };
    for (let i = 0; i < script.length; i++) {
        const ch = script[i];
        if (quote) {
            if (ch === quote)
                quote = undefined;
            segment += ch;
        }
        else if (ch === '"' || ch === "'") {
            quote = ch;
            segment += ch;
        }
        else if (ch === ';' || ch === '\n' || ch === '|' || ch === '&' || ch === '(' || ch === ')') {
            flush();
        }
        else
            segment += ch;
    }
    flush();
    return commands;
}
const SHELLS = new Set(['sh', 'bash', 'zsh', 'dash', 'ksh', 'ash', 'mksh', 'fish']);
/** The inline script of `sh -c "…"`, `bash -lc "…"` or `cmd /c "…"`, as the word holding it. */
function shellScript(argv) {
    if (argv.length < 2)
        return undefined;
    const name = programName(argv[0].value);
    if (SHELLS.has(name)) {
        const flag = argv.findIndex((w, i) => i > 0 && /^-[a-zA-Z]*c[a-zA-Z]*$/.test(w.value));
        return flag === -1 ? undefined : argv[flag + 1];
    }
    if (name === 'cmd') {
        const flag = argv.findIndex((w, i) => i > 0 && /^\/[ck]$/i.test(w.value));
        return flag !== -1 && argv.length === flag + 2 ? argv[flag + 1] : undefined;
    }
    return undefined;
}
const WSL_VALUE_FLAGS = new Set(['-d', '--distribution', '-u', '--user', '--cd']);
/**
 * The command a wrapper runs: `cmd /c npx …` (with separate words), `wsl [-d distro] …`, `env FOO=1 …`.
 * Anything else is returned as is.
 */
function unwrap(argv) {
    let current = [...argv];
    for (let depth = 0; depth < 4 && current.length > 1; depth++) {
        const name = programName(current[0].value);
        let rest;
        if (name === 'cmd') {
            const flag = current.findIndex((w, i) => i > 0 && /^\/[ck]$/i.test(w.value));
            // A single word after /c is a script (see shellScript); separate words are the command itself.
            if (flag !== -1 && current.length > flag + 2)
                rest = current.slice(flag + 1);
        }
        else if (name === 'wsl') {
            let i = 1;
            while (i < current.length && current[i].value.startsWith('-')) {
                const flag = current[i].value;
                if (flag === '-e' || flag === '--exec' || flag === '--') {
                    i++;
                    break;
                }
                i += WSL_VALUE_FLAGS.has(flag) ? 2 : 1;
            }
            rest = current.slice(i);
        }
        else if (name === 'env') {
            let i = 1;
            while (i < current.length &&
                (current[i].value.startsWith('-') || /^[A-Za-z_][A-Za-z0-9_]*=/.test(current[i].value)))
                i += current[i].value === '-u' ? 2 : 1;
            rest = current.slice(i);
        }
        if (!rest || rest.length === 0)
            return current;
        current = rest;
    }
    return current;
}

;// CONCATENATED MODULE: ./src/rules/support/launch.ts

const REMOTE = new Set(['http', 'sse', 'ws']);
/**
 * The launch of a server that starts a process, or undefined for a remote one. Each word points at
 * the string its adapter read it from (`command`, `args[i]`, opencode's `command[i]`, Zed's nested
 * `command.path`); a word the adapter built (a registry package's command line) points at the entry.
 */
function launchOf(server, profile) {
    // Every rule asks for the same servers: read each once.
    if (launchCache.has(server))
        return launchCache.get(server);
    const launch = readLaunch(server, profile);
    launchCache.set(server, launch);
    return launch;
}
const launchCache = new WeakMap();
const invocationCache = new WeakMap();
function readLaunch(server, profile) {
    if (server.command === undefined)
        return undefined;
    // A client connects to a remote entry's url and ignores its command; a server's manifest (a registry
    // package) keeps its command, which starts the process that then serves HTTP.
    if (REMOTE.has(server.transport) && profile.role !== 'manifest')
        return undefined;
    const p = server.pointer;
    const word = (value, at) => at ? { value, at, whole: true } : { value, at: p, key: typeof p[p.length - 1] === 'string', whole: false };
    const launch = {
        server,
        command: word(server.command, server.fields.command),
        args: (server.args ?? []).map((arg, i) => word(arg, server.fields.args?.[i]))
    };
    if (server.cwd !== undefined)
        launch.cwd = word(server.cwd, server.fields.cwd);
    return launch;
}
/** Every launch in a file, optionally without the servers that are switched off. */
function launches(servers, profile, options) {
    return servers.flatMap((server) => {
        if (server.disabled && !options.includeDisabled)
            return [];
        const launch = launchOf(server, profile);
        return launch ? [launch] : [];
    });
}
/**
 * Every command a launch runs, each as its words: the program with its arguments (a whole command
 * line in `command` split into words, wrappers removed), then each simple command of an inline
 * shell script (`sh -c "npx -y pkg && …"`).
 */
function invocations(launch) {
    const cached = invocationCache.get(launch);
    if (cached)
        return cached;
    const out = readInvocations(launch);
    invocationCache.set(launch, out);
    return out;
}
function readInvocations(launch) {
    if (!launch.command)
        return [];
    const head = isCommandLine(launch.command.value) ? splitWord(launch.command) : [launch.command];
    const argv = unwrap([...head, ...launch.args]);
    const out = [argv];
    const script = shellScript(argv);
    if (script) {
        for (const words of splitScript(script.value)) {
            out.push(unwrap(words.map((value) => ({ ...script, value, whole: false }))));
        }
    }
    return out;
}
/** The report fields for a word: where it is, and the server it belongs to. */
/**
 * A report function for rules that meet the same word more than once (a docker option seen through
 * `sh -c` and directly, a URL in two commands): it reports a word once per distinct `identity`.
 */
function reporterOnce(reports, identity) {
    const seen = new Set();
    return (word, server, messageId, data, help) => {
        const key = identity(word, messageId, data);
        if (seen.has(key))
            return;
        seen.add(key);
        reports.push({ messageId, data, help, ...reportAt(word, server) });
    };
}
function reportAt(word, server) {
    return word.key ? { at: word.at, key: true, server: server.name } : { at: word.at, server: server.name };
}

// EXTERNAL MODULE: ./src/mask.ts
var mask = __webpack_require__(5235);
;// CONCATENATED MODULE: ./src/rules/command-with-arguments.ts




/**
 * A whole command line in `command` ("npx -y pkg"). Hosts start the program without a shell, so
 * they look for one program named "npx -y pkg" and fail with spawn ENOENT. A program path that
 * holds spaces ("C:\Program Files\nodejs\node.exe") is not a command line.
 */
const commandWithArguments = {
    id: 'command-with-arguments',
    defaultSeverity: 'error',
    description: 'A whole command line in "command", which hosts run as one program name.',
    messages: {
        commandLine: '"{{command}}" is a whole command line, which {{host}} runs as one program name'
    },
    checkFile(file) {
        const { host, profile, servers } = file;
        // A command array (opencode's) already holds the arguments.
        if (profile.launch.command === 'argv')
            return [];
        const reports = [];
        for (const { server, command, args } of launches(servers, profile, { includeDisabled: false })) {
            if (!command?.whole || !isCommandLine(command.value))
                continue;
            const [program, ...rest] = splitWords(command.value.trim());
            const fixedArgs = [...rest, ...args.map((a) => a.value)];
            reports.push({
                messageId: 'commandLine',
                data: { command: (0,mask/* quotable */.E7)(command.value, 60), host: host.name },
                help: `${host.name} starts "command" as one program, without a shell, so it looks for a program with that whole name and the server fails to start (spawn ENOENT); put the program alone in "command" and each argument in "args": ${assignment(file, 'command', JSON.stringify(program))}, ${assignment(file, 'args', stringList(fixedArgs))}.`,
                ...reportAt(command, server)
            });
        }
        return reports;
    }
};

// EXTERNAL MODULE: ./src/describe-path.ts
var describe_path = __webpack_require__(9104);
;// CONCATENATED MODULE: ./src/rules/support/fields.ts
/**
 * Where a server's fields are written, as its adapter recorded them (see `Server.fields`). A field the
 * adapter built rather than read has no place of its own: findings about it go to the server's entry.
 */
/** The pointer of `server.args[index]`, or the server's entry. */
function argAt(server, index) {
    return server.fields.args?.[index] ?? server.pointer;
}
/** The pointer of the env entry `name` (its value), or the server's entry. */
function envAt(server, name) {
    return server.fields.env?.[name] ?? server.pointer;
}
/** The pointer of `server.command`, `url`, `cwd` or the declared type, or the server's entry. */
function fieldAt(server, field) {
    return server.fields[field] ?? server.pointer;
}

;// CONCATENATED MODULE: ./src/rules/cross-host-drift.ts





/**
 * A value with every placeholder written one way, so that `${GITHUB_TOKEN}`, `${env:GITHUB_TOKEN}`,
 * `{env:GITHUB_TOKEN}`, `$GITHUB_TOKEN` and `${{ secrets.GITHUB_TOKEN }}` compare equal, and the
 * project folder (`${workspaceFolder}`, `${CLAUDE_PROJECT_DIR:-.}`, `./`) and home (`${userHome}`, `~`) too.
 */
function canonical(value) {
    const out = value
        .trim()
        .replace(/\$\{(?:workspaceFolder|workspaceRoot|workspacePath|CLAUDE_PROJECT_DIR(?::-[^}]*)?)\}/g, '${workspace}')
        .replace(/\$\{(?:userHome|HOME|env:HOME|env:USERPROFILE)\}|\{env:HOME\}|%USERPROFILE%|\$HOME(?![\w])|^~(?=\/|$)/g, '~')
        .replace(/\$\{(?:pathSeparator|\/)\}/g, '/')
        .replace(/\$\{\{\s*(?:secrets|inputs)\.([A-Za-z_]\w*)\s*\}\}/g, '${$1}')
        .replace(/\$\{env:([A-Za-z_]\w*)\}/g, '${$1}')
        .replace(/\{env:([A-Za-z_]\w*)\}/g, '${$1}')
        .replace(/\$\{([A-Za-z_]\w*):-[^}]*\}/g, '${$1}')
        .replace(/\$([A-Za-z_]\w*)/g, '${$1}')
        .replace(/%([A-Za-z_]\w*)%/g, '${$1}');
    if (out === '${workspace}' || out === '.' || out === './')
        return '.';
    return out.replace(/^\$\{workspace\}\//, '').replace(/^\.\//, '');
}
/**
 * Two values that mean the same, or differ only in which variable or prompt supplies a part; given in
 * canonical form (`canonical`), which each value gets once per run, not once per comparison.
 */
function sameCanonical(x, y) {
    if (x === y)
        return true;
    const masked = (v) => v.replace(/\$\{[^}]*\}/g, '${}');
    if ((x.includes('${') || y.includes('${')) && masked(x) === masked(y))
        return true;
    // A value known only at run time (`https://${input:host}/mcp`) may well equal the literal one.
    return fitsTemplate(x, y) || fitsTemplate(y, x);
}
/** Whether `value` could be what `template` expands to, each `${...}` standing for any text. */
function fitsTemplate(template, value) {
    if (!template.includes('${'))
        return false;
    const pieces = template.split(/\$\{[^}]*\}/);
    const first = pieces[0];
    const last = pieces[pieces.length - 1];
    if (!value.startsWith(first) || !value.endsWith(last) || value.length < first.length + last.length)
        return false;
    let at = first.length;
    for (const piece of pieces.slice(1, -1)) {
        const found = value.indexOf(piece, at);
        if (found === -1 || found + piece.length > value.length - last.length)
            return false;
        at = found + piece.length;
    }
    return true;
}
function canonicals() {
    const known = new Map();
    return (value) => {
        let form = known.get(value);
        if (form === undefined) {
            form = canonical(value);
            known.set(value, form);
        }
        return form;
    };
}
function cross_host_drift_launchOf(server, canonicalOf) {
    if (server.command !== undefined && server.command.trim() !== '') {
        let command = server.command;
        let commandAt = 'command';
        let args = (server.args ?? []).map((value, index) => ({ value, index }));
        // Windows wrappers (`cmd /c npx ...`) start the same program.
        if (programName(command) === 'cmd' && /^\/c$/i.test(args[0]?.value ?? '') && args[1]) {
            command = args[1].value;
            commandAt = args[1].index;
            args = args.slice(2);
        }
        const program = programName(command);
        // npx's -y only answers the install prompt (npx-without-yes has its own rule).
        if (program === 'npx')
            args = args.filter((a) => a.value !== '-y' && a.value !== '--yes');
        return {
            kind: 'local',
            command,
            program,
            commandAt,
            args: args.map((a) => ({ ...a, canonical: canonicalOf(a.value) }))
        };
    }
    if (server.url !== undefined && server.url.trim() !== '') {
        const form = canonicalOf(server.url);
        const normalised = form.replace(/\/+$/, '').replace(/^[a-z]+:\/\/[^/?#]*/i, (origin) => origin.toLowerCase());
        return { kind: 'remote', url: server.url, canonical: form, normalised };
    }
    return undefined;
}
function difference(server, mine, theirs) {
    if (mine.kind === 'remote' && theirs.kind === 'remote') {
        return mine.normalised === theirs.normalised || sameCanonical(mine.canonical, theirs.canonical)
            ? undefined
            : { at: fieldAt(server, 'url'), kind: 'url', mine: mine.url, theirs: theirs.url };
    }
    if (mine.kind !== 'local' || theirs.kind !== 'local')
        return undefined;
    const commandAt = mine.commandAt === 'command' ? fieldAt(server, 'command') : argAt(server, mine.commandAt);
    if (mine.program !== theirs.program)
        return { at: commandAt, kind: 'command', mine: mine.command, theirs: theirs.command };
    const length = Math.max(mine.args.length, theirs.args.length);
    for (let i = 0; i < length; i++) {
        const a = mine.args[i];
        const b = theirs.args[i];
        if (a && b && sameCanonical(a.canonical, b.canonical))
            continue;
        const previous = { minePrevious: mine.args[i - 1]?.value ?? '', theirsPrevious: theirs.args[i - 1]?.value ?? '' };
        if (a)
            return {
                at: argAt(server, a.index),
                kind: b ? 'arg' : 'extra',
                mine: a.value,
                theirs: b?.value ?? '',
                ...previous
            };
        const last = mine.args[mine.args.length - 1];
        return {
            at: last ? argAt(server, last.index) : commandAt,
            kind: 'missing',
            mine: '',
            theirs: b?.value ?? '',
            ...previous
        };
    }
    return undefined;
}
/** Flags whose value is a credential: such an argument is shown masked, whatever its shape. */
const SECRET_FLAG = /^--?[\w-]*(?:token|secret|password|passwd|api[-_]?key|auth|credential)[\w-]*(?:=|$)/i;
function quoted(value, previous = '') {
    const secret = !(0,placeholders/* hasPlaceholder */.Kc)(value) && (SECRET_FLAG.test(previous) || (SECRET_FLAG.test(value) && value.includes('=')));
    const shown = secret
        ? value.includes('=')
            ? `${value.slice(0, value.indexOf('=') + 1)}${(0,mask/* maskSecret */.$l)(value.slice(value.indexOf('=') + 1))}`
            : (0,mask/* maskSecret */.$l)(value)
        : value;
    return `"${(0,mask/* quotable */.E7)(shown, 80)}"`;
}
/** The message and its data for one place in my file, against every other definition that differs there. */
function describe(server, d, others) {
    const theirs = others
        .map((o) => `${quoted(o.difference.theirs, o.difference.theirsPrevious)} in ${o.where}`)
        .join(' and ');
    const mine = quoted(d.mine, d.minePrevious);
    switch (d.kind) {
        case 'command':
            return { messageId: 'command', data: { server: server.name, mine, theirs } };
        case 'url':
            return { messageId: 'url', data: { server: server.name, mine, theirs } };
        case 'arg':
            return { messageId: 'argument', data: { server: server.name, field: (0,describe_path/* describePath */.N)(d.at), mine, theirs } };
        case 'extra':
            return {
                messageId: 'extraArgument',
                data: { server: server.name, field: (0,describe_path/* describePath */.N)(d.at), mine, others: others.map((o) => o.where).join(' or ') }
            };
        default:
            return { messageId: 'missingArgument', data: { server: server.name, theirs } };
    }
}
const PREFIX = 'server "{{server}}" is defined differently for other hosts: ';
/**
 * The same server (by name, in one project) defined for several hosts with a different command,
 * arguments or URL, compared in each host's meaning: placeholder syntax, the project-folder and home
 * variables, npx's `-y` and a Windows `cmd /c` wrapper are not differences. A local definition and a
 * remote one are not compared (hosts without remote support need a bridge); env and headers are not
 * compared (each host writes its secrets its own way). Disabled servers are skipped.
 */
const crossHostDrift = {
    id: 'cross-host-drift',
    defaultSeverity: 'warning',
    preset: 'strict',
    description: 'The same server is defined for several hosts with different command, args or url.',
    messages: {
        command: `${PREFIX}the command is {{mine}} here but {{theirs}}`,
        url: `${PREFIX}the URL is {{mine}} here but {{theirs}}`,
        argument: `${PREFIX}{{field}} is {{mine}} here but {{theirs}}`,
        extraArgument: `${PREFIX}{{field}} ({{mine}}) is not passed in {{others}}`,
        missingArgument: `${PREFIX}an argument passed elsewhere is missing here: {{theirs}}`
    },
    checkProject({ files }) {
        // Servers are grouped by name first: only a name defined in two files is ever compared.
        const byName = new Map();
        for (const file of files) {
            // Server manifests and settings files describe no client's server, so they are not compared.
            if (file.profile.role !== 'client')
                continue;
            for (const server of file.servers) {
                if (server.disabled)
                    continue;
                const key = `${file.profile.projectRoot(file.path)}\u0000${server.name}`;
                const group = byName.get(key);
                if (group)
                    group.push({ file, server });
                else
                    byName.set(key, [{ file, server }]);
            }
        }
        const canonicalOf = canonicals();
        const reports = [];
        for (const entries of byName.values()) {
            if (entries.length < 2 || new Set(entries.map((e) => e.file.host)).size < 2)
                continue;
            const group = entries.flatMap(({ file, server }) => {
                const launch = cross_host_drift_launchOf(server, canonicalOf);
                return launch ? [{ file, server, launch }] : [];
            });
            if (new Set(group.map((g) => g.file.host)).size < 2)
                continue;
            for (const { file, server, launch } of group) {
                const byPlace = new Map();
                for (const other of group) {
                    if (other.file.host === file.host)
                        continue;
                    const found = difference(server, launch, other.launch);
                    if (!found)
                        continue;
                    const place = `${JSON.stringify(found.at)}|${found.kind}`;
                    const entry = { difference: found, where: `${other.file.path} (${other.file.host.name})` };
                    const list = byPlace.get(place);
                    if (list)
                        list.push(entry);
                    else
                        byPlace.set(place, [entry]);
                }
                for (const others of byPlace.values()) {
                    const d = others[0].difference;
                    reports.push({
                        file: file.path,
                        ...describe(server, d, others),
                        help: 'The same server then behaves differently depending on the editor a colleague uses: make the definitions match, or give them different names if they are meant to differ.',
                        at: d.at,
                        server: server.name
                    });
                }
            }
        }
        return reports;
    }
};

// EXTERNAL MODULE: ./src/rules/placeholder-syntax.ts
var placeholder_syntax = __webpack_require__(8436);
;// CONCATENATED MODULE: ./src/rules/dangerous-env-override.ts



/**
 * Variables that change how every program in the server's process tree runs. Based on Goose's
 * `Envs::DISALLOWED_KEYS` (block/goose crates/goose/src/agents/extension.rs), without the entries that
 * only move data (TEMP, TMP, LOCALAPPDATA, HOMEPATH ...) and with the other runtimes' option variables.
 */
/** Variables that inject code or options into every process of a runtime. */
const INJECTORS = {
    LD_PRELOAD: 'loads a shared library into every program the server starts',
    LD_AUDIT: 'loads an auditing library into every program the server starts',
    DYLD_INSERT_LIBRARIES: 'loads a library into every macOS program the server starts',
    NODE_OPTIONS: 'passes options to every Node.js process the server starts (--require and --import load code before it)',
    JAVA_TOOL_OPTIONS: 'passes options to every Java process the server starts (-javaagent loads code into it)',
    _JAVA_OPTIONS: 'passes options to every Java process the server starts (-javaagent loads code into it)',
    JDK_JAVA_OPTIONS: 'passes options to every Java process the server starts (-javaagent loads code into it)',
    RUBYOPT: 'passes options to every Ruby process the server starts (-r loads a library into it)',
    PERL5OPT: 'passes options to every Perl process the server starts (-M loads a module into it)',
    PYTHONSTARTUP: 'runs a script whenever Python starts interactively',
    BASH_ENV: 'runs a script before every bash script the server starts',
    APPINIT_DLLS: 'loads a DLL into every Windows program the server starts',
    COMSPEC: 'replaces the Windows command interpreter that programs start'
};
/** Variables that say where programs, libraries or modules are looked up. */
const SEARCH_PATHS = {
    PATH: 'which program runs when the server, or anything it starts, calls a command by name',
    PATHEXT: 'which file extensions Windows treats as programs',
    LD_LIBRARY_PATH: 'where every program the server starts loads shared libraries from',
    DYLD_LIBRARY_PATH: 'where every macOS program the server starts loads libraries from',
    DYLD_FALLBACK_LIBRARY_PATH: 'where every macOS program the server starts loads libraries from',
    DYLD_FRAMEWORK_PATH: 'where every macOS program the server starts loads frameworks from',
    DYLD_FALLBACK_FRAMEWORK_PATH: 'where every macOS program the server starts loads frameworks from',
    PYTHONPATH: 'where every Python process the server starts imports modules from (a sitecustomize.py there runs at start-up)',
    PYTHONHOME: 'which Python installation every Python process the server starts uses',
    NODE_PATH: 'where every Node.js process the server starts resolves modules from',
    RUBYLIB: 'where every Ruby process the server starts loads libraries from',
    GEM_PATH: 'where every Ruby process the server starts loads gems from',
    GEM_HOME: 'where every Ruby process the server starts loads and installs gems',
    PERL5LIB: 'where every Perl process the server starts loads modules from',
    CLASSPATH: 'where every Java process the server starts loads classes from',
    GOROOT: 'which Go toolchain the server uses',
    SYSTEMROOT: 'where Windows programs load system DLLs from',
    WINDIR: 'where Windows programs load system DLLs from'
};
/** Windows names are case-insensitive (`Path`, `ComSpec`, `SystemRoot`); the others are matched exactly. */
const WINDOWS_NAMES = new Set(['PATH', 'PATHEXT', 'SYSTEMROOT', 'WINDIR', 'COMSPEC', 'APPINIT_DLLS']);
/** NODE_OPTIONS flags that only tune memory, warnings or TLS, and load no code. */
const HARMLESS_NODE_FLAG = /^--(?:max-old-space-size|max-semi-space-size|max-http-header-size|stack-trace-limit|no-warnings|no-deprecation|trace-warnings|trace-deprecation|trace-uncaught|enable-source-maps|dns-result-order|use-openssl-ca|use-system-ca|use-bundled-ca|openssl-legacy-provider|tls-min-v1\.[0-3]|tls-max-v1\.[23]|unhandled-rejections|disable-warning|experimental-fetch|no-experimental-fetch|force-fips)(?:=\S*)?$/;
/** Placeholders that stand for the directory of the bundle or plugin itself: its own files, as trusted as its command. */
const OWN_ROOT = /^\$\{(?:__dirname|CLAUDE_PLUGIN_ROOT|extensionPath)\}/;
/** The canonical name a key stands for, or undefined when it is not a dangerous one. */
function dangerousName(key) {
    const upper = key.toUpperCase();
    if (WINDOWS_NAMES.has(upper))
        return upper;
    if (key in INJECTORS || key in SEARCH_PATHS)
        return key;
    return key.startsWith('DYLD_') ? key : undefined;
}
/** Whether a value refers to the inherited value of `name`, in any host's syntax. */
function inherits(value, name) {
    const escaped = name.replace(/[^\w]/g, '');
    const pattern = new RegExp(`\\$\\{(?:env:)?${escaped}(?::-[^}]*)?\\}|\\$${escaped}(?![A-Za-z0-9_])|%${escaped}%|\\{env:${escaped}\\}`, 'i');
    const m = pattern.exec(value);
    return m ? { at: m.index } : undefined;
}
function shown(value) {
    return (0,mask/* quotable */.E7)(value, 60);
}
/**
 * An `env` entry that overrides a variable deciding how programs run (PATH, LD_PRELOAD, NODE_OPTIONS,
 * PYTHONPATH ...). PATH extended after its inherited value only adds fallbacks: a notice. Search paths
 * that stay inside the bundle's or plugin's own directory, and NODE_OPTIONS that only tune memory or
 * warnings, are not reported. Disabled servers are skipped.
 */
const dangerousEnvOverride = {
    id: 'dangerous-env-override',
    defaultSeverity: 'warning',
    description: 'An env entry overrides a variable that changes how programs run (PATH, LD_PRELOAD, NODE_OPTIONS ...).',
    messages: {
        injects: '{{name}} is set to "{{value}}", which runs code or options the command line does not show',
        dyld: '{{name}} is set, which changes how macOS loads every program the server starts',
        appended: '{{name}} is extended with "{{value}}", whose directories exist only on some machines',
        prepended: '"{{value}}" comes before the inherited {{name}}, so it shadows the system\'s own',
        replaced: '{{name}} is replaced with "{{value}}", which shadows the system\'s own or breaks the server'
    },
    checkFile({ host, servers }) {
        const reports = [];
        for (const server of servers) {
            if (server.disabled || !server.env)
                continue;
            for (const [key, value] of Object.entries(server.env)) {
                const name = dangerousName(key);
                if (!name)
                    continue;
                const at = envAt(server, key);
                const report = (messageId, data, help, severity) => {
                    const finding = { messageId, data, help, at, key: true, server: server.name };
                    if (severity)
                        finding.severity = severity;
                    reports.push(finding);
                };
                if (name === 'NODE_OPTIONS' &&
                    value
                        .trim()
                        .split(/\s+/)
                        .every((flag) => HARMLESS_NODE_FLAG.test(flag)))
                    continue;
                // Own keys only: an env name like "constructor" must not find Object.prototype's.
                const injects = Object.hasOwn(INJECTORS, name) ? INJECTORS[name] : undefined;
                if (injects) {
                    report('injects', { name, value: shown(value) }, `${name} ${injects}: code runs that the command line does not show, on every machine that uses this config; remove it, and pass what the server needs as visible arguments in "args".`);
                    continue;
                }
                const effect = Object.hasOwn(SEARCH_PATHS, name) ? SEARCH_PATHS[name] : undefined;
                if (!effect) {
                    report('dyld', { name }, `${name} changes how the macOS dynamic linker loads every program the server starts, on every machine that uses this config; remove it.`);
                    continue;
                }
                if (value.split(/[:;]/).every((part) => part === '' || OWN_ROOT.test(part)))
                    continue;
                const inherited = inherits(value, name);
                if (inherited && value.slice(0, inherited.at).trim() === '') {
                    report('appended', { name, value: shown(value) }, `${name} decides ${effect}: the system's entries still win, but the added ones exist only on some machines; prefer the full path of the program or module in "command" and "args".`, 'notice');
                    continue;
                }
                const reference = (0,placeholder_syntax/* envReference */.j)(host.profile.placeholders.syntaxes, name);
                const keep = reference && name === 'PATH'
                    ? `, or add directories after the inherited value, e.g. "${reference}:/opt/tool/bin"`
                    : '';
                const help = `${name} decides ${effect}: a directory there shadows the system's own on every machine that uses this config, and a missing one breaks the server; remove it and use full paths in "command" and "args"${keep}.`;
                if (inherited)
                    report('prepended', { name, value: shown(value.slice(0, inherited.at).replace(/[:;]$/, '')) }, help);
                else
                    report('replaced', { name, value: shown(value) }, help);
            }
        }
        return reports;
    }
};

;// CONCATENATED MODULE: ./src/rules/duplicate-server-name.ts



/**
 * Every key of the server map at `path` as written, repeats included (the parser records them), or
 * undefined where the syntax cannot repeat keys (TOML refuses them), and whether the file is YAML.
 */
function keysAt(context, path) {
    const keys = context.doc.keysAt(path);
    if (!keys)
        return undefined;
    const syntax = context.host.syntaxFor?.(context.path) ?? context.host.syntax;
    return { keys, yaml: syntax === 'yaml' || syntax === 'markdown-frontmatter' };
}
function lineOf(doc, offset) {
    return doc.lines.position(offset).line;
}
function where(path) {
    return path.length === 0 ? 'this file' : (0,describe_path/* describePath */.N)(path);
}
/** The server maps of a file: the host's own key, and wherever its servers were found (bare maps, `mcp.servers`). */
function serverMaps(context) {
    const candidates = [];
    const known = context.profile.servers?.at;
    if (known)
        candidates.push(known);
    for (const server of context.servers)
        if (server.pointer.length > 0)
            candidates.push(server.pointer.slice(0, -1));
    // A file has one or two maps: compared segment by segment, not through a string per server.
    const seen = [];
    const objects = [];
    const lists = [];
    for (const path of candidates) {
        if (seen.some((other) => samePointer(other, path, path.length)))
            continue;
        seen.push(path);
        const value = (0,util/* valueAt */.fK)(context.doc.value, path);
        if (Array.isArray(value))
            lists.push(path);
        else if ((0,util/* isRecord */.u4)(value))
            objects.push(path);
    }
    return { objects, lists };
}
/** Whether two of these distinct names are the same but for case. */
function differInCaseOnly(names) {
    return new Set(names.map((name) => name.toLowerCase())).size !== names.length;
}
/** Exact repeats (the host keeps one) and case-only variants (two servers that are probably one) in a map. */
function repeatedKeys(context, path) {
    // A text known to repeat no key can still hold names that differ only in case: only then are the keys
    // as written (and so the file's positions) needed.
    if (context.doc.repeatsNoKey) {
        const map = (0,util/* valueAt */.fK)(context.doc.value, path);
        if ((0,util/* isRecord */.u4)(map) && !differInCaseOnly(Object.keys(map)))
            return [];
    }
    const found = keysAt(context, path);
    if (!found)
        return [];
    const { doc, host } = context;
    const reports = [];
    const first = new Map();
    const spellings = new Map();
    for (const key of found.keys) {
        const earlier = first.get(key.name);
        // Positions only for what is reported: most files repeat no key, and need no line index at all.
        const range = () => doc.lines.range(key.offset, key.length);
        if (earlier) {
            const outcome = found.yaml
                ? `YAML does not allow a key twice, so ${host.name} either refuses the file or keeps only one of them`
                : `${host.name} keeps only this last definition and silently drops the earlier one`;
            reports.push({
                messageId: found.yaml ? 'repeatedYaml' : 'repeated',
                data: { name: key.name, map: where(path), host: host.name },
                help: `The first definition is on line ${lineOf(doc, earlier.offset)}; ${outcome}; remove one, or rename it if both are needed.`,
                at: range(),
                server: key.name
            });
            continue;
        }
        first.set(key.name, key);
        const folded = key.name.toLowerCase();
        const variant = spellings.get(folded);
        if (variant) {
            reports.push({
                messageId: 'caseVariant',
                data: { name: key.name, other: variant.name, host: host.name },
                help: `"${variant.name}" is on line ${lineOf(doc, variant.offset)}. ${host.name} treats them as two servers, so if they are the same one it runs twice and offers every tool twice; keep one of them.`,
                at: range(),
                server: key.name,
                severity: 'notice'
            });
        }
        else
            spellings.set(folded, key);
    }
    return reports;
}
/** The other top-level spelling of a server map: VS Code's `servers` beside the Claude-style `mcpServers`. */
const OTHER_SPELLING = { mcpServers: 'servers', servers: 'mcpServers' };
/** A server defined under the key the host reads and again under the one it ignores. */
function ignoredCopies(context, read) {
    const last = String(read[read.length - 1] ?? '');
    const otherKey = Object.hasOwn(OTHER_SPELLING, last) ? OTHER_SPELLING[last] : undefined;
    if (!otherKey || !context.servers.some((s) => samePointer(s.pointer, read, s.pointer.length - 1)))
        return [];
    const other = [...read.slice(0, -1), otherKey];
    const ignored = (0,util/* valueAt */.fK)(context.doc.value, other);
    const used = (0,util/* valueAt */.fK)(context.doc.value, read);
    if (!(0,util/* isRecord */.u4)(ignored) || !(0,util/* isRecord */.u4)(used))
        return [];
    return Object.keys(ignored)
        .filter((name) => Object.prototype.hasOwnProperty.call(used, name))
        .map((name) => ({
        messageId: 'ignoredCopy',
        data: { name, ignoredKey: otherKey, readKey: last, host: context.host.name },
        help: `The copy ${context.host.name} reads is ${(0,describe_path/* describePath */.N)([...read, name])}, on line ${context.doc.locate([...read, name], true).start.line}; a change made to this one has no effect (and moving it would define the server twice): delete it.`,
        at: [...other, name],
        key: true,
        severity: 'warning',
        server: name
    }));
}
/** Whether the first `length` segments of `path` are `parent`, as their JSON would say (`1` is not `"1"`). */
function samePointer(path, parent, length) {
    if (length !== parent.length)
        return false;
    for (let i = 0; i < length; i++)
        if (path[i] !== parent[i])
            return false;
    return true;
}
/** Continue's `mcpServers:` list: items with the same `name`. */
function repeatedNames(context, path) {
    const list = (0,util/* valueAt */.fK)(context.doc.value, path);
    if (!Array.isArray(list))
        return [];
    const reports = [];
    const first = new Map();
    list.forEach((item, index) => {
        if (!(0,util/* isRecord */.u4)(item) || typeof item.name !== 'string')
            return;
        const earlier = first.get(item.name);
        if (earlier === undefined) {
            first.set(item.name, index);
            return;
        }
        reports.push({
            messageId: 'repeatedName',
            data: { name: item.name, list: (0,describe_path/* describePath */.N)(path), host: context.host.name },
            help: `The first is on line ${context.doc.locate([...path, earlier, 'name']).start.line}; ${context.host.name} identifies a server by its name, so the two entries clash and only one of them is kept; give each server its own name.`,
            at: [...path, index, 'name'],
            server: item.name
        });
    });
    return reports;
}
/**
 * The same server name twice in one file: a repeated key in a server map (where JSON hosts keep the
 * last one silently; explained here instead of the parser's generic `duplicate-key`), a repeated
 * `name` in Continue's list, a server under both `mcpServers` and `servers`, and names that differ
 * only in case (a notice: no host documents case-insensitive names, so both start).
 */
const duplicateServerName = {
    id: 'duplicate-server-name',
    defaultSeverity: 'error',
    description: 'The same server name is defined twice in one file.',
    supersedes: ['duplicate-key'],
    messages: {
        repeated: 'server "{{name}}" is defined twice in {{map}}, and {{host}} keeps only the last definition',
        repeatedYaml: 'server "{{name}}" is defined twice in {{map}}, which YAML does not allow',
        caseVariant: 'servers "{{name}}" and "{{other}}" differ only in case, so {{host}} starts both',
        ignoredCopy: 'server "{{name}}" under "{{ignoredKey}}" is ignored: {{host}} reads the one under "{{readKey}}"',
        repeatedName: 'server name "{{name}}" is used twice in {{list}}, so {{host}} keeps only one of the entries'
    },
    checkFile(context) {
        const { objects, lists } = serverMaps(context);
        return [
            ...objects.flatMap((path) => [...repeatedKeys(context, path), ...ignoredCopies(context, path)]),
            ...lists.flatMap((path) => repeatedNames(context, path))
        ];
    }
};

;// CONCATENATED MODULE: ./src/rules/empty-server-map.ts

/**
 * A server map that is present but empty (`"mcpServers": {}`, `[mcp_servers]` alone, `mcpServers: []`):
 * the file defines no server. A file that serves other purposes too (Gemini or Zed settings,
 * opencode.json, Codex config.toml) and has no server key at all has nothing to report; a missing key in
 * an MCP-only file is the schema's concern. A notice: an empty map breaks nothing, and is sometimes a
 * deliberate placeholder.
 */
const emptyServerMap = {
    id: 'empty-server-map',
    defaultSeverity: 'notice',
    preset: 'strict',
    description: 'A config file that defines no server.',
    messages: {
        empty: '"{{key}}" is empty, so {{host}} starts no server from this file'
    },
    checkFile({ doc, host, profile }) {
        const at = profile.servers?.at;
        if (!at)
            return [];
        const map = (0,util/* valueAt */.fK)(doc.value, at);
        const empty = Array.isArray(map)
            ? map.length === 0
            : map !== null && typeof map === 'object' && Object.keys(map).length === 0;
        if (!empty)
            return [];
        const key = at.map(String).join('.');
        const fix = profile.mcpOnly
            ? 'add a server, or delete the file if the project needs none'
            : `add a server, or remove the empty "${key}"`;
        return [
            {
                messageId: 'empty',
                data: { key, host: host.name },
                help: `The file defines no MCP server; ${fix}.`,
                at,
                key: true
            }
        ];
    }
};

;// CONCATENATED MODULE: ./src/rules/empty-url.ts
/** The transports that connect to a url. */
const empty_url_REMOTE = new Set(['http', 'sse', 'ws']);
/**
 * A remote server whose url is the empty string. Hosts' own formats accept `"url": ""` (it is a string),
 * so the schema is silent, but the client cannot parse it ("Invalid URL") and the server never connects.
 * A stdio entry that also carries `"url": ""` (Amazon Q's generated stubs) is started by its command and
 * is not reported; neither is a disabled entry (a stub kept to fill in later). A url of only whitespace
 * is `surrounding-whitespace`'s.
 */
const emptyUrl = {
    id: 'empty-url',
    defaultSeverity: 'error',
    description: 'A remote server whose url is empty.',
    // Codex's schema also rejects "" as a URL, at the same place: one finding, this one.
    supersedes: ['schema-format'],
    messages: {
        empty: 'server "{{server}}" has an empty url, so {{host}} cannot connect to it'
    },
    checkFile({ host, servers }) {
        const reports = [];
        for (const server of servers) {
            if (server.disabled || server.url !== '' || !empty_url_REMOTE.has(server.transport) || !server.fields.url)
                continue;
            reports.push({
                messageId: 'empty',
                data: { server: server.name, host: host.name },
                help: `${host.name} connects to a remote server at its url; an empty one is not a URL ("Invalid URL"), so the server never connects and its tools are missing. Write the server's endpoint (e.g. "https://mcp.example.com/mcp"), or a placeholder the host fills in, or remove the entry.`,
                at: server.fields.url,
                server: server.name
            });
        }
        return reports;
    }
};

;// CONCATENATED MODULE: ./src/rules/enable-all-project-servers.ts

/**
 * `"enableAllProjectMcpServers": true` in a committed `.claude/settings.json`: every server in the
 * project's `.mcp.json` is approved without the per-server prompt, including servers a later change
 * adds. Claude Code ignores the key until the workspace is trusted (v2.1.196), but trusting the folder
 * once then approves whatever `.mcp.json` holds from then on.
 */
const enableAllProjectServers = {
    id: 'enable-all-project-servers',
    defaultSeverity: 'warning',
    description: 'A committed enableAllProjectMcpServers: true approves every project server for everyone.',
    messages: {
        enableAll: '"{{key}}" is true, so {{host}} starts every server in {{file}} without asking'
    },
    checkFile({ doc, host, profile }) {
        const approvals = profile.approvals.projectServers;
        if (!approvals || !(0,util/* isRecord */.u4)(doc.value) || doc.value[approvals.all] !== true)
            return [];
        return [
            {
                messageId: 'enableAll',
                data: { key: approvals.all, host: host.name, file: approvals.file },
                help: `Once the folder is trusted, this holds for everyone who uses this repository, including servers that a later commit or pull request adds; remove it and approve servers by name in "${approvals.approve}" (or let each person approve them when prompted).`,
                at: [approvals.all]
            }
        ];
    }
};

;// CONCATENATED MODULE: ./src/rules/support/placeholder-tokens.ts

/**
 * Every placeholder shape, most specific first, with its parts captured; each alternative matches in
 * linear time. The same bounded shapes as PLACEHOLDER_SHAPES in src/placeholders.ts, except that a bare
 * `$VAR` counts only in upper case and not inside a word or after `\\`: rules say what a token is and
 * whether the host expands it, so they take only what is surely a variable, where the detectors there
 * (masking, URL checks) take anything that may be one.
 */
const TOKEN = /\$\{\{([^{}]{0,200})\}\}|\$\{([^{}]{0,200})\}|(?<!\$)\{(env|file):([^{}]{0,200})\}|(?<![A-Za-z0-9_$\\])\$([A-Z_][A-Z0-9_]{0,200})(?![A-Za-z0-9_])/g;
/** VS Code's predefined variables (code.visualstudio.com/docs/reference/variables-reference), besides env: and input:. */
const VSCODE_VARIABLES = new Set([
    'workspaceFolder',
    'workspaceFolderBasename',
    'workspaceRoot',
    'userHome',
    'file',
    'fileWorkspaceFolder',
    'relativeFile',
    'relativeFileDirname',
    'fileBasename',
    'fileBasenameNoExtension',
    'fileExtname',
    'fileDirname',
    'fileDirnameBasename',
    'cwd',
    'lineNumber',
    'columnNumber',
    'selectedText',
    'execPath',
    'defaultBuildTask',
    'pathSeparator',
    '/'
]);
/** VS Code variables that take an argument: `${config:editor.fontSize}`, `${workspaceFolder:app}`. */
const VSCODE_PREFIXED = /^(config|command|workspaceFolder|workspaceFolderBasename|extensionInstallFolder):./;
/** MCPB manifest variables (MANIFEST.md): `${__dirname}`, `${user_config.KEY}` and a few directories. */
const MCPB_VARIABLES = new Set(['__dirname', 'HOME', 'DESKTOP', 'DOCUMENTS', 'DOWNLOADS', 'pathSeparator', '/']);
const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** Classifies the inside of `${...}`. */
function braced(text, inner) {
    const colon = /^(env|input):(.+)$/.exec(inner);
    if (colon)
        return { text, shown: text, syntaxes: [colon[1] === 'env' ? 'env-colon' : 'input'], name: colon[2].trim() };
    if (VSCODE_VARIABLES.has(inner) || VSCODE_PREFIXED.test(inner)) {
        const syntaxes = ['editor-variable'];
        if (MCPB_VARIABLES.has(inner))
            syntaxes.push('mcpb-variable');
        return { text, shown: text, syntaxes };
    }
    if (inner.startsWith('user_config.') || MCPB_VARIABLES.has(inner)) {
        const syntaxes = ['mcpb-variable'];
        // `${HOME}` is also an ordinary environment variable reference.
        if (IDENTIFIER.test(inner))
            return { text, shown: text, syntaxes: ['dollar-brace', ...syntaxes], name: inner };
        return { text, shown: text, syntaxes };
    }
    const withDefault = /^([A-Za-z_][A-Za-z0-9_]*):-([\s\S]*)$/.exec(inner);
    if (withDefault)
        return {
            text,
            shown: `\${${withDefault[1]}:-…}`,
            syntaxes: ['dollar-brace'],
            name: withDefault[1],
            hasDefault: true
        };
    if (IDENTIFIER.test(inner))
        return { text, shown: text, syntaxes: ['dollar-brace'], name: inner };
    return undefined;
}
/** The placeholders in one string, in order of appearance. */
function placeholderTokens(value) {
    const tokens = [];
    // Every shape starts with `$` or `{`: most strings have neither, and need no regular expression.
    if (!value.includes('$') && !value.includes('{'))
        return tokens;
    for (const match of value.matchAll(TOKEN)) {
        const [text, doubleInner, inner, braceKind, braceName, bare] = match;
        if (doubleInner !== undefined) {
            const m = /^\s*(secrets|inputs|vars)\.([A-Za-z0-9_.-]+)\s*$/.exec(doubleInner);
            tokens.push({ text, shown: text, syntaxes: ['double-brace'], ...(m ? { namespace: m[1], name: m[2] } : {}) });
        }
        else if (inner !== undefined) {
            const token = braced(text, inner.trim());
            if (token)
                tokens.push(token);
        }
        else if (braceKind !== undefined) {
            tokens.push({
                text,
                shown: text,
                syntaxes: ['brace-env'],
                ...(braceKind === 'env' ? { name: braceName.trim() } : {})
            });
        }
        else if (bare !== undefined) {
            tokens.push({ text, shown: text, syntaxes: ['dollar'], name: bare });
        }
    }
    return tokens;
}
/**
 * Whether the host expands this token: a variable it fills itself (`${workspaceFolder}` in Cursor,
 * `${user_config.x}` in a Claude Code plugin), or a syntax it expands (every editor variable only
 * where the profile says the host knows them all).
 */
function hostExpands(profile, token) {
    const facts = profile.placeholders;
    const inner = token.text.startsWith('${') && !token.text.startsWith('${{') ? token.text.slice(2, -1).trim() : undefined;
    if (inner !== undefined &&
        (Object.hasOwn(facts.variables, inner) || facts.variablePrefixes.some((p) => inner.startsWith(p))))
        return true;
    return token.syntaxes.some((syntax) => facts.syntaxes.includes(syntax) &&
        (syntax !== 'editor-variable' || inner === undefined || facts.allEditorVariables));
}
/** Shells whose `-c` script expands `$VAR` and `${VAR}` itself, whatever the host does. */
const placeholder_tokens_SHELLS = new Set(['sh', 'bash', 'zsh', 'dash', 'ksh', 'ash', 'fish']);
/** The base name of a command: `/bin/bash` → `bash`. */
function baseName(command) {
    return (command.trim().split(/[\\/]/).pop() ?? '').toLowerCase();
}
/**
 * The pointers of strings that a shell interprets: the arguments after `-c` of a `sh`/`bash` server,
 * and Claude Code's `headersHelper`. `$VAR` there is the shell's business, not the host's.
 */
function shellScriptPaths(doc, server, entryStrings) {
    const out = new Set();
    const entry = (0,util/* valueAt */.fK)(doc.value, server.pointer);
    const key = (path) => JSON.stringify(path);
    if (entry && typeof entry === 'object' && typeof entry.headersHelper === 'string')
        out.add(key([...server.pointer, 'headersHelper']));
    if (server.command === undefined || !placeholder_tokens_SHELLS.has(baseName(server.command)))
        return out;
    const args = server.args ?? [];
    const flag = args.findIndex((arg) => /^-[a-z]*c[a-z]*$/.test(arg));
    if (flag === -1)
        return out;
    for (const node of entryStrings) {
        if (node.isKey)
            continue;
        // Arguments sit in `args` (or after the program in opencode's `command` array).
        const last = node.path[node.path.length - 1];
        const parent = node.path[node.path.length - 2];
        if (typeof last !== 'number')
            continue;
        const index = parent === 'command' ? last - 1 : parent === 'args' ? last : -1;
        if (index > flag)
            out.add(key(node.path));
    }
    return out;
}
/** Every string value inside one server's entry, with the placeholders it holds. */
function serverPlaceholders(context, server) {
    // Several rules read the same server's placeholders: find them once.
    let found = placeholderCache.get(server);
    if (!found)
        placeholderCache.set(server, (found = readPlaceholders(context, server)));
    return found;
}
const placeholderCache = new WeakMap();
function readPlaceholders({ doc, strings }, server) {
    const entryStrings = strings.of(server);
    // Which strings a shell script holds: asked only of an entry that has a placeholder.
    let shell;
    const found = [];
    for (const node of entryStrings) {
        if (node.isKey)
            continue;
        const tokens = placeholderTokens(node.value);
        if (tokens.length > 0) {
            shell ??= shellScriptPaths(doc, server, entryStrings);
            found.push({ path: node.path, value: node.value, tokens, inShell: shell.has(JSON.stringify(node.path)) });
        }
    }
    // The walk uses a stack; keep document order, which messages list names in. Only an entry with two or
    // more such strings asks where they are: a position costs a read of the text (most entries have one).
    if (found.length < 2)
        return found;
    const at = new Map(found.map((string) => [string, doc.span(string.path)?.value.offset ?? 0]));
    return found.sort((a, b) => at.get(a) - at.get(b));
}

;// CONCATENATED MODULE: ./src/rules/env-inventory.ts



/** Syntaxes that read an environment variable. */
const ENV_SYNTAXES = ['dollar-brace', 'dollar', 'env-colon', 'brace-env'];
/** Variables every system (or the host itself) provides: nobody has to set them. */
const PROVIDED = new Set([
    'HOME',
    'USER',
    'USERNAME',
    'LOGNAME',
    'PATH',
    'PWD',
    'SHELL',
    'TMPDIR',
    'TEMP',
    'TMP',
    'LANG',
    'TERM',
    'HOSTNAME',
    'USERPROFILE',
    'APPDATA',
    'LOCALAPPDATA',
    'HOMEDRIVE',
    'HOMEPATH',
    'SYSTEMROOT',
    'SystemRoot',
    'PROGRAMFILES',
    'ProgramFiles',
    'COMSPEC',
    'ComSpec',
    'OS'
]);
/** The names a host's profile says it sets or fills itself: they need no one to set them. */
function hostProvided(profile) {
    return new Set([...Object.keys(profile.launch.environment), ...Object.keys(profile.placeholders.variables)]);
}
/** Variables a host reads from fields that name them (Codex's `env_vars`, `bearer_token_env_var`, `env_http_headers`). */
function fieldVariables(profile, entry) {
    const names = [];
    for (const { key, holds } of profile.placeholders.variableFields) {
        const value = entry[key];
        if (holds === 'name' && typeof value === 'string')
            names.push(value);
        if (holds === 'names' && Array.isArray(value))
            for (const item of value) {
                if (typeof item === 'string')
                    names.push(item);
                else if ((0,util/* isRecord */.u4)(item) && typeof item.name === 'string')
                    names.push(item.name);
            }
        if (holds === 'values' && (0,util/* isRecord */.u4)(value))
            for (const name of Object.values(value))
                if (typeof name === 'string')
                    names.push(name);
    }
    return names;
}
const list = (names) => [...names].join(', ');
/**
 * An inventory, not a problem: for each server, the environment variables it reads through the
 * host's own placeholders (and Codex's `env_vars`, `bearer_token_env_var`, `env_http_headers`), so a
 * reviewer sees what a colleague must set before the server works. Variables in a shell script
 * (`sh -c "..."`) count too, since the script reads them from the same environment. Variables with a
 * default are listed as optional; those every system or the host itself sets (HOME, PATH,
 * CLAUDE_PROJECT_DIR, ...) are left out. Disabled servers are skipped.
 */
const envInventory = {
    id: 'env-inventory',
    defaultSeverity: 'notice',
    preset: 'strict',
    description: 'Lists the environment variables each server needs from whoever runs it.',
    messages: {
        variables: 'server "{{server}}" needs {{variables}} from the environment',
        secrets: 'server "{{server}}" needs {{secrets}} from the host\'s secrets',
        variablesAndSecrets: 'server "{{server}}" needs {{variables}} from the environment and {{secrets}} from the host\'s secrets',
        optional: 'server "{{server}}" reads {{optional}} from the environment if set'
    },
    checkFile(context) {
        const { doc, host, profile, servers } = context;
        // A server's own manifest declares its variables itself; the inventory is for client configs.
        if (profile.role === 'manifest')
            return [];
        const provided = hostProvided(profile);
        const syntaxes = profile.placeholders.syntaxes;
        const reports = [];
        for (const server of servers) {
            if (server.disabled)
                continue;
            const required = new Set();
            const optional = new Set();
            const secrets = new Set();
            for (const node of serverPlaceholders(context, server)) {
                for (const token of node.tokens) {
                    if (!token.name)
                        continue;
                    if (token.syntaxes.includes('double-brace')) {
                        if (token.namespace === 'secrets' && syntaxes.includes('double-brace'))
                            secrets.add(token.name);
                        continue;
                    }
                    if (token.syntaxes[0] === 'brace-env' && !token.text.startsWith('{env:'))
                        continue;
                    const expanded = token.syntaxes.some((s) => ENV_SYNTAXES.includes(s) && syntaxes.includes(s));
                    const byShell = node.inShell && token.syntaxes.some((s) => s === 'dollar' || s === 'dollar-brace');
                    if (!expanded && !byShell)
                        continue;
                    if (PROVIDED.has(token.name) || provided.has(token.name))
                        continue;
                    (token.hasDefault ? optional : required).add(token.name);
                }
            }
            const entry = entryOf(doc, server);
            if (entry)
                for (const name of fieldVariables(profile, entry))
                    if (!PROVIDED.has(name))
                        required.add(name);
            for (const name of required)
                optional.delete(name);
            const optionalNote = optional.size > 0
                ? ` It also reads ${list(optional)} if set (${optional.size === 1 ? 'it has a default' : 'they have defaults'}).`
                : '';
            let report;
            if (required.size > 0 || secrets.size > 0) {
                const data = { server: server.name };
                if (required.size > 0)
                    data.variables = list(required);
                if (secrets.size > 0)
                    data.secrets = list(secrets);
                const messageId = required.size === 0 ? 'secrets' : secrets.size === 0 ? 'variables' : 'variablesAndSecrets';
                report = {
                    messageId,
                    data,
                    help: `The server does not work for a colleague until they provide these (in the environment that starts ${host.name}, or its secrets); say so in the README.${optionalNote}`
                };
            }
            else if (optional.size > 0) {
                report = {
                    messageId: 'optional',
                    data: { server: server.name, optional: list(optional) },
                    help: `${optional.size === 1 ? 'It has a default' : 'They have defaults'}, so the server works without ${optional.size === 1 ? 'it' : 'them'}; set ${optional.size === 1 ? 'it' : 'them'} in the environment that starts ${host.name} to change the behaviour.`
                };
            }
            else {
                continue;
            }
            reports.push({ ...report, at: server.pointer, key: true, server: server.name });
        }
        return reports;
    }
};

;// CONCATENATED MODULE: ./src/rules/support/home.ts
/**
 * How configs write a home folder. One definition for every rule that asks "is this the whole home
 * folder?" (a directory handed to a server, a folder mounted into a container), so the spellings cannot
 * drift apart between them.
 */
/** The home folder as a variable: POSIX shells, VS Code (`${userHome}`, `${env:…}`), opencode (`{env:…}`), cmd.exe and PowerShell. */
const HOME_VARIABLE = String.raw `~|\$HOME|\$\{HOME\}|\$\{env:HOME\}|\{env:HOME\}|\$\{userHome\}|%USERPROFILE%|%HOME%|\$USERPROFILE|\$\{USERPROFILE\}|\$\{env:USERPROFILE\}|\$env:USERPROFILE`;
/** A home folder written out (`/home/alice`, `/Users/alice`, `/root`, `C:\Users\alice`), or the folder that holds all of them. */
const HOME_PATH = String.raw `/home(?:/[^/\\]+)?|/Users(?:/[^/\\]+)?|/root|[A-Za-z]:[\\/]+Users(?:[\\/]+[^\\/]+)?`;
/** A whole home folder (or the folder of all of them), however written, trailing separators allowed; a folder inside one is not. */
const WHOLE_HOME = new RegExp(String.raw `^(?:${HOME_VARIABLE}|${HOME_PATH})[\\/]*$`, 'i');
/** Whether `path` is a whole home folder rather than a folder inside one. */
function isWholeHome(path) {
    return WHOLE_HOME.test(path);
}

;// CONCATENATED MODULE: ./src/rules/filesystem-root-access.ts



/** Container engines: their arguments after the image are paths inside the container (mounts are risky-docker's). */
const CONTAINER_ENGINES = new Set(['docker', 'podman', 'nerdctl']);
/** What a directory argument opens up: the whole disk, a home directory, or nothing special. */
function broadDirectory(value) {
    const trimmed = value.trim();
    if (trimmed === '')
        return undefined;
    const bare = trimmed.replace(/[\\/]+$/, '');
    if (bare === '' || /^[A-Za-z]:$/.test(bare))
        return 'root';
    if (isWholeHome(bare))
        return 'home';
    return undefined;
}
/** Whether a command word names a filesystem MCP server (`@modelcontextprotocol/server-filesystem@1.0.0`, `mcp-filesystem-server`). */
function isFilesystemServer(word) {
    return !word.startsWith('-') && /filesystem/i.test(word);
}
/**
 * A filesystem MCP server given the root of the disk or a home directory as an allowed directory, so
 * everything the user can read (keys, credentials, other projects) is open to the model. Container
 * servers are left to risky-docker (their paths are inside the container); disabled servers are skipped.
 */
const filesystemRootAccess = {
    id: 'filesystem-root-access',
    defaultSeverity: 'warning',
    description: 'A filesystem server given the root or home directory.',
    messages: {
        root: '"{{value}}" gives the filesystem server the whole disk',
        home: '"{{value}}" gives the filesystem server a whole home directory'
    },
    checkFile({ host, servers }) {
        const reports = [];
        const project = host.profile.placeholders.syntaxes.includes('editor-variable')
            ? '"${workspaceFolder}"'
            : '"." (the project)';
        for (const server of servers) {
            if (server.disabled || server.command === undefined || CONTAINER_ENGINES.has(programName(server.command)))
                continue;
            const args = server.args ?? [];
            // The directories follow the package that names the server (or every argument when the command is the server).
            const packageIndex = isFilesystemServer(server.command) ? -1 : args.findIndex(isFilesystemServer);
            if (packageIndex === -1 && !isFilesystemServer(server.command))
                continue;
            const start = packageIndex + 1;
            for (let index = start; index < args.length; index++) {
                const value = args[index].replace(/^--?[\w-]+=/, '');
                const kind = broadDirectory(value);
                if (!kind)
                    continue;
                const at = argAt(server, index);
                reports.push({
                    messageId: kind,
                    data: { value },
                    help: `SSH keys, cloud credentials, browser profiles and every other project become readable and writable by the model, and by any prompt injection it reads; allow only the directories it needs, e.g. ${project}.`,
                    at,
                    server: server.name
                });
            }
        }
        return reports;
    }
};

;// CONCATENATED MODULE: ./src/rules/foreign-placeholder.ts



function capitalized(text) {
    return text.charAt(0).toUpperCase() + text.slice(1);
}
/** What each syntax is, for messages. */
const SYNTAX_NAMES = {
    'dollar-brace': 'the ${VAR} syntax of Claude Code, Gemini CLI, Kiro and GitHub Copilot',
    dollar: 'a bare shell-style $VAR',
    'env-colon': 'the ${env:VAR} syntax of VS Code, Cursor, Roo Code and Windsurf',
    input: 'a VS Code input variable',
    'editor-variable': 'an editor variable',
    'brace-env': "opencode's {env:...}/{file:...} syntax",
    'double-brace': 'the ${{ ... }} syntax of Continue and GitHub Actions',
    'registry-variable': 'an MCP Registry template variable',
    'mcpb-variable': 'an MCP bundle (MCPB) variable'
};
/** Syntaxes whose shell-style forms a shell script (`sh -c "..."`) expands on its own. */
const SHELL_SYNTAXES = new Set(['dollar', 'dollar-brace']);
/** An environment variable name for an input id: `github_pat` → `GITHUB_PAT`. */
function envName(id) {
    return (id
        .replace(/[^A-Za-z0-9]+/g, '_')
        .replace(/^_+|_+$/g, '')
        .toUpperCase() || 'VALUE');
}
/** How to get a variable's value to the server in a host that expands nothing. */
function withoutExpansion(host, profile, server, name) {
    const own = profile.placeholders.withoutExpansion;
    if (own) {
        const way = server.transport === 'stdio' ? own.stdio : own.remote;
        return `${host.name} expands no placeholders: ${way.replace('{name}', name ?? 'NAME')}`;
    }
    return `${host.name} expands no placeholders: write the real value in each user's own copy of the file (keeping secrets out of the repository), or let the server read the variable from its environment`;
}
/** The fix for one foreign token, in the host's own terms. */
function fixFor(host, profile, server, token) {
    const inner = token.text.startsWith('${') ? token.text.slice(2, -1).trim() : '';
    const primary = token.syntaxes[0];
    const syntaxes = profile.placeholders.syntaxes;
    if (primary === 'editor-variable' || (primary === 'mcpb-variable' && !token.name)) {
        if (inner === 'userHome') {
            const ref = (0,hosts_profile/* variableFor */.S_)(profile, 'home') ?? (0,placeholder_syntax/* envReference */.j)(syntaxes, 'HOME');
            return ref ? `write "${ref}"` : withoutExpansion(host, profile, server, 'HOME');
        }
        if (inner === '/' || inner === 'pathSeparator')
            return 'write "/", which works on every system for most programs';
        // A bundle's own folder: a plugin's root, an extension's path.
        const folder = inner === '__dirname' ? (0,hosts_profile/* variableFor */.S_)(profile, 'file-folder', 'project') : undefined;
        if (folder)
            return `write "${folder}"`;
        if (/^workspace(Folder|Root)/.test(inner)) {
            // The user's project: where a plugin or an extension is used, else the file's own project folder.
            const project = (0,hosts_profile/* variableFor */.S_)(profile, 'working-directory', 'project');
            if (project)
                return `write "${project}"`;
            // A variable the host sets in the server's environment, which ${VAR:-default} reads (Claude Code's CLAUDE_PROJECT_DIR).
            const set = Object.entries(profile.launch.environment).find(([, held]) => held === 'project')?.[0];
            if (set !== undefined && syntaxes.includes('dollar-brace'))
                return `${host.name} starts servers in the project folder, so use a relative path, or "\${${set}:-.}"`;
            return 'use a path relative to the project folder, or an environment variable';
        }
        return `${host.name} has no such variable: write the value itself`;
    }
    if (primary === 'brace-env' && !token.name)
        return `${host.name} does not read files into values: write the value, or reference an environment variable`;
    if (primary === 'double-brace' && token.namespace !== 'secrets')
        return `${host.name} has no such inputs: write the value, or reference an environment variable`;
    const name = primary === 'input' && token.name ? envName(token.name) : token.name;
    if (!name)
        return `${host.name} does not expand it: write the value itself`;
    const ref = (0,placeholder_syntax/* envReference */.j)(syntaxes, name);
    if (!ref)
        return withoutExpansion(host, profile, server, name);
    if (primary === 'input')
        return `${host.name} has no prompts for inputs: read the value from the environment with "${ref}"`;
    return `write "${ref}"${token.hasDefault ? ` (${host.name} has no default values)` : ''}`;
}
/**
 * A placeholder in a syntax the file's host does not expand (`${env:X}` in Claude Code, `${VAR}` in
 * Cursor, `${input:x}` outside VS Code, bare `$VAR` in Claude Code or Kiro, `{env:X}` outside opencode,
 * `${{ secrets.X }}` outside Continue, editor variables where there are none): the server receives
 * the text as written. Which syntaxes and variables a host expands comes from its profile. Shell
 * scripts (`sh -c "..."`) expand `$VAR` themselves and are left alone; disabled servers are skipped.
 */
const foreignPlaceholder = {
    id: 'foreign-placeholder',
    defaultSeverity: 'warning',
    description: 'A placeholder syntax that this host does not expand.',
    messages: {
        notExpanded: '{{host}} does not expand "{{token}}": the server gets that text as it is',
        setElsewhere: '{{host}} sets "{{token}}" only for {{for}}: here the server gets that text as it is'
    },
    checkFile(context) {
        const { host, profile, servers } = context;
        const reports = [];
        for (const server of servers) {
            if (server.disabled)
                continue;
            for (const node of serverPlaceholders(context, server)) {
                const seen = new Set();
                for (const token of node.tokens) {
                    if (seen.has(token.text))
                        continue;
                    if (hostExpands(profile, token)) {
                        // A variable the host sets for other files only (Claude Code's plugin variables): here it stays as written.
                        const elsewhere = profile.placeholders.setElsewhere;
                        if (elsewhere && token.name !== undefined && !token.hasDefault && elsewhere.names.includes(token.name)) {
                            seen.add(token.text);
                            reports.push({
                                messageId: 'setElsewhere',
                                data: { token: token.shown, host: host.name, for: elsewhere.for },
                                help: `${capitalized(elsewhere.instead)}.`,
                                at: node.path,
                                server: server.name
                            });
                        }
                        continue;
                    }
                    if (node.inShell && token.syntaxes.some((s) => SHELL_SYNTAXES.has(s)))
                        continue;
                    seen.add(token.text);
                    reports.push({
                        messageId: 'notExpanded',
                        data: { token: token.shown, host: host.name },
                        help: `"${token.shown}" is ${SYNTAX_NAMES[token.syntaxes[0]]}; ${fixFor(host, profile, server, token)}.`,
                        at: node.path,
                        server: server.name
                    });
                }
            }
        }
        return reports;
    }
};

;// CONCATENATED MODULE: ./src/rules/foreign-transport-type.ts



/**
 * A `type` value that another host uses (`streamableHttp` from Cline, `streamable-http` from
 * Claude Code or Roo Code, `local`/`remote` from opencode, ...) in a host that spells the transport
 * differently. Only values some host really uses are reported here; other unknown values stay the
 * schema's "schema-enum" finding, which this rule replaces at the same place. Values a host accepts
 * are never reported (`streamable-http` is valid in Claude Code, Roo Code and Cursor).
 */
const foreignTransportType = {
    id: 'foreign-transport-type',
    defaultSeverity: 'error',
    description: 'A "type" value that belongs to another host (streamableHttp, local, remote ...).',
    supersedes: ['schema-enum'],
    messages: {
        foreign: '"{{type}}" is another host\'s name for {{transport}}, which {{host}} does not know'
    },
    checkFile({ doc, host, profile, servers }) {
        const types = profile.transports.types;
        if (!types)
            return [];
        const reports = [];
        for (const server of servers) {
            const type = entryOf(doc, server)?.type;
            if (typeof type !== 'string' || Object.hasOwn(types.values, type))
                continue;
            const known = knownType(type, host.name);
            if (!known)
                continue;
            // A remote type in a host that starts only local processes is stdio-only-host's finding.
            if (profile.transports.stdioOnly && known.meaning !== 'stdio')
                continue;
            const at = [...server.pointer, 'type'];
            const spelled = (0,hosts_profile/* spelling */.DS)(profile, known.meaning);
            const fix = spelled
                ? `write "type": "${spelled}"`
                : `${host.name} has no ${TRANSPORT_SHORT[known.meaning]} transport: use ${quoteList(Object.keys(types.values), 'or')}`;
            reports.push({
                messageId: 'foreign',
                data: { type, transport: TRANSPORT_NAMES[known.meaning], host: host.name },
                help: `"${type}" is used by ${known.owners}; ${host.name} does not know it and ${types.otherwise}: ${fix}.`,
                at,
                server: server.name
            });
        }
        return reports;
    }
};

// EXTERNAL MODULE: ./src/rules/hardcoded-secret.ts
var hardcoded_secret = __webpack_require__(1076);
;// CONCATENATED MODULE: ./src/rules/insecure-http.ts



/** stdio bridges that connect to the URL in their arguments (`npx mcp-remote http://...`). */
const BRIDGES = new Set(['mcp-remote', 'supergateway', 'mcp-proxy']);
/** Host names of documentation and templates (`your-server`, `example.com`, `*.test`): not a real address yet. */
const TEMPLATE_HOST = /(^|[.-])(your|my)([.-]|$)|^your|example|placeholder|changeme|hostname|xxx|\.(test|invalid|example)$/i;
/** Suffixes that only resolve inside a local network (mDNS, home routers, docker/k8s internal names). */
const PRIVATE_SUFFIX = /\.(local|lan|internal|home|home\.arpa|localdomain|intranet|corp)$/;
function ipv4(host) {
    const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(host);
    if (!m)
        return undefined;
    const parts = m.slice(1).map(Number);
    return parts.every((n) => n <= 255) ? parts : undefined;
}
/** Classifies a URL's host name (already lower-case, without brackets or port). */
function reachOf(host) {
    if (host === '' || (0,placeholders/* hasPlaceholder */.Kc)(host) || /[<>{}[\]%$]/.test(host) || TEMPLATE_HOST.test(host))
        return 'placeholder';
    if (host === 'localhost' || host.endsWith('.localhost') || host === '0.0.0.0' || host === 'host.docker.internal')
        return 'local';
    const v4 = ipv4(host);
    if (v4) {
        const [a, b] = v4;
        if (a === 127)
            return 'local';
        if (a === 10 ||
            (a === 172 && b >= 16 && b <= 31) ||
            (a === 192 && b === 168) ||
            (a === 169 && b === 254) ||
            (a === 100 && b >= 64 && b <= 127))
            return 'private';
        return 'public';
    }
    if (host.includes(':')) {
        if (host === '::1' || host === '0:0:0:0:0:0:0:1' || /^::ffff:127\./.test(host))
            return 'local';
        if (/^f[cd][0-9a-f]{0,2}:/.test(host) || /^fe[89ab][0-9a-f]?:/.test(host))
            return 'private';
        return 'public';
    }
    // A single-label name (`jenkins`, `qdrant`) resolves only on a LAN or inside a compose network.
    if (!host.includes('.') || PRIVATE_SUFFIX.test(host))
        return 'private';
    return 'public';
}
/**
 * The `host[:port]` of what follows `scheme://`, without the user and password, which people write
 * with `/` in them too (`http://user:pa/ss@host/`): never quote a piece of a password as the host.
 */
function hostAndPort(rest) {
    const at = rest.indexOf('@');
    const slash = rest.indexOf('/');
    // An `@` after the first `/` ends a password only if what comes before that `/` has a `:` (`user:pa/ss@`)
    // that is not a port (`host:8080/path/@scope`).
    const userinfo = at !== -1 && (slash === -1 || at < slash || /^[^/]*:(?!\d{1,5}\/)/.test(rest.slice(0, slash + 1)));
    const afterUser = userinfo ? rest.slice(at + 1) : rest;
    const end = afterUser.indexOf('/');
    return end === -1 ? afterUser : afterUser.slice(0, end);
}
/** The scheme and authority of a plain `http://` or `ws://` URL, with its reach; undefined for anything else. */
function plainUrl(value) {
    const m = /^\s*(http|ws):\/\/([^?#\s]*)/i.exec(value);
    if (!m)
        return undefined;
    const scheme = m[1].toLowerCase();
    const authority = hostAndPort(m[2]);
    const bracketed = /^\[([^\]]*)\]/.exec(authority);
    const host = (bracketed ? bracketed[1] : authority.replace(/:[^:]*$/, '')).toLowerCase().replace(/\.$/, '');
    return { scheme, origin: `${scheme}://${authority}`, reach: reachOf(host) };
}
/** Why an unencrypted connection matters and how to fix it, for the finding's help. */
function help(url) {
    const secure = url.scheme === 'http' ? 'https://' : 'wss://';
    const plain = url.scheme === 'http' ? 'Plain HTTP' : 'An unencrypted WebSocket (ws://)';
    if (url.reach === 'private') {
        return `${plain} to a private network address works only on that network, and anyone on it can read or change the traffic, tokens included; use ${secure} where the server offers it.`;
    }
    return `${plain} sends every request, tool result and header (tokens included) across the network unencrypted, where it can be read or changed on the way; use ${secure}.`;
}
/**
 * A remote server reached over plain `http://` (or `ws://`) on a host that is not this machine.
 * Loopback is fine; a private network address is a notice (still unencrypted on that network); a
 * host name that is only a template (`your-server`, `example.com`) or a placeholder is skipped.
 */
const insecureHttp = {
    id: 'insecure-http',
    defaultSeverity: 'warning',
    description: 'A remote server reached over plain http:// on a non-local host.',
    messages: {
        public: '"{{origin}}" is unencrypted: requests, tool results and tokens can be read or changed on the way',
        private: '"{{origin}}" is unencrypted, on a private network address that works only on that network'
    },
    checkFile({ servers }) {
        const reports = [];
        const report = (at, name, url) => {
            if (url.reach === 'local' || url.reach === 'placeholder')
                return;
            const finding = {
                messageId: url.reach,
                data: { origin: url.origin },
                help: help(url),
                at,
                server: name
            };
            if (url.reach === 'private')
                finding.severity = 'notice';
            reports.push(finding);
        };
        for (const server of servers) {
            if (server.disabled)
                continue;
            if (server.url !== undefined) {
                const url = plainUrl(server.url);
                if (url)
                    report(fieldAt(server, 'url'), server.name, url);
            }
            // A stdio bridge such as mcp-remote carries the remote server's URL in its arguments.
            const args = server.args ?? [];
            const words = [server.command ?? '', ...args].map((word) => programName(word.replace(/@[^@/]*$/, '')));
            if (!words.some((word) => BRIDGES.has(word)))
                continue;
            args.forEach((arg, index) => {
                const url = plainUrl(arg);
                if (url)
                    report(argAt(server, index), server.name, url);
            });
        }
        return reports;
    }
};

;// CONCATENATED MODULE: ./src/rules/legacy-sse-transport.ts

/**
 * A server declared with the legacy HTTP+SSE transport (`"type": "sse"`) in a host that also speaks
 * Streamable HTTP. The MCP specification replaced HTTP+SSE with Streamable HTTP in its 2025-03-26
 * revision, and hosts document SSE as deprecated (Claude Code: "Use HTTP servers instead, where
 * available"). Only an explicit type is reported, and only where the host names the replacement, since
 * the fix is to change it; many servers still offer SSE alone, so this is a notice in `strict`.
 */
const legacySseTransport = {
    id: 'legacy-sse-transport',
    defaultSeverity: 'notice',
    preset: 'strict',
    description: 'A server uses the deprecated HTTP+SSE transport where the host speaks Streamable HTTP.',
    messages: {
        legacy: 'server "{{server}}" uses the deprecated SSE transport ("{{type}}")'
    },
    checkFile({ host, profile, servers }) {
        const http = (0,hosts_profile/* spelling */.DS)(profile, 'http');
        if (http === undefined)
            return [];
        const reports = [];
        for (const server of servers) {
            if (server.disabled || server.transport !== 'sse' || !server.declaredType || !server.fields.type)
                continue;
            reports.push({
                messageId: 'legacy',
                data: { server: server.name, type: server.declaredType },
                help: `The MCP specification replaced HTTP+SSE with Streamable HTTP (2025-03-26), and ${host.name} may drop SSE. If the server offers Streamable HTTP (often at /mcp instead of /sse), point the url there with "type": "${http}"; if it offers only SSE, keep it.`,
                at: server.fields.type,
                server: server.name
            });
        }
        return reports;
    }
};

;// CONCATENATED MODULE: ./src/rules/mcp-json-in-claude-dir.ts
/**
 * `.mcp.json` saved inside `.claude/`: Claude Code reads project servers only from `.mcp.json` at
 * the project root (anthropics/claude-code#5037), so none of these servers is loaded.
 */
const mcpJsonInClaudeDir = {
    id: 'mcp-json-in-claude-dir',
    defaultSeverity: 'error',
    description: '.mcp.json placed inside .claude/, where Claude Code does not read it.',
    messages: {
        notRead: '{{host}} does not read {{path}}, so none of its servers starts; it belongs in {{target}}'
    },
    checkFile({ path, host, profile, exists }) {
        // The host's profile says which of the files its pattern matches it never reads.
        const notRead = profile.notRead;
        if (!notRead)
            return [];
        const target = notRead.readFrom;
        const fix = exists(target) ? `merge its servers into the existing ${target}` : `move it to ${target}`;
        return [
            {
                messageId: 'notRead',
                data: { host: host.name, path, target },
                help: `${host.name} does not read this file: ${notRead.because}; ${fix}.`,
                at: []
            }
        ];
    }
};

;// CONCATENATED MODULE: ./src/rules/missing-script.ts



/** Files that a program takes as its script, by extension. */
const SCRIPT = /\.(?:[cm]?[jt]sx?|py|pyw|sh|bash|zsh|rb|pl|php|ps1|jar|dll|lua|exs?|jl)$/i;
/** Programs that run a script given as their first argument. */
const INTERPRETERS = /^(?:node|nodejs|bun|deno|tsx|ts-node|python[\d.]*|py|pypy[\d.]*|ruby|perl|php|bash|sh|zsh|dash|pwsh|powershell|java|dotnet|uv)$/;
/** Options whose value is code or a module name, not a file. */
const CODE_OPTIONS = new Set(['-c', '-e', '-m', '--eval', '-p', '--print', '-Command', '-command']);
/** Runners that download packages: their positional words are package names, not files. */
const RUNNERS = /^(?:npx|bunx|pnpx|pnpm|yarn|npm|uvx|pipx|docker|podman)$/;
/** Folders that builds and installs create and repositories usually ignore. */
const GENERATED = new Set([
    'dist',
    'build',
    'out',
    'target',
    'lib-cjs',
    '.venv',
    'venv',
    'node_modules',
    '.build',
    '__pycache__',
    '.tox',
    '.next'
]);
const isRelativePath = (value) => value !== '' && !/^(?:[/\\~]|[A-Za-z]:[\\/]|[A-Za-z][\w+.-]*:\/\/|-|@)/.test(value) && !(0,placeholders/* hasPlaceholder */.Kc)(value);
/** The words of a command that name files the program needs: a relative program path and script arguments. */
function scriptWords(argv) {
    if (argv.length === 0)
        return [];
    const found = [];
    const [program, ...args] = argv;
    if (isRelativePath(program.value) && /[\\/]/.test(program.value))
        found.push({ word: program, isProgram: true });
    const name = programName(program.value);
    // Paths given to a container are the container's.
    if (name === 'docker' || name === 'podman')
        return found;
    const runner = RUNNERS.test(name);
    let positional = 0;
    for (let i = 0; i < args.length; i++) {
        const value = args[i].value;
        if (CODE_OPTIONS.has(value)) {
            i++;
            continue;
        }
        if (value.startsWith('-'))
            continue;
        positional++;
        if (!isRelativePath(value))
            continue;
        const hasSeparator = /[\\/]/.test(value);
        // A runner's bare words are package names (`chart.js`); only paths are files.
        if (runner) {
            if (hasSeparator && SCRIPT.test(value))
                found.push({ word: args[i], isProgram: false });
            continue;
        }
        const firstOfInterpreter = positional === 1 && INTERPRETERS.test(name) && /^\.{1,2}[\\/]/.test(value);
        if (SCRIPT.test(value) || firstOfInterpreter)
            found.push({ word: args[i], isProgram: false });
    }
    return found;
}
/** Joins and normalises relative paths with `/`; undefined when the result leaves the working directory. */
function resolve(...parts) {
    const out = [];
    for (const part of parts.join('/').replace(/\\/g, '/').split('/')) {
        if (part === '' || part === '.')
            continue;
        if (part === '..') {
            if (out.length === 0)
                return undefined;
            out.pop();
        }
        else
            out.push(part);
    }
    return out.join('/');
}
/**
 * The folder relative paths resolve against, relative to the working directory, or undefined when it
 * cannot be known here (an absolute or templated `cwd`, or one the host may or may not honour). A host
 * that ignores `cwd` starts the server in the project folder whatever it says.
 */
function cwdFolder(root, cwd, profile) {
    if (profile.launch.cwd.honoured !== true)
        return undefined;
    // The host's own name for the project folder (`${workspaceFolder}`) at the start of cwd.
    const project = Object.entries(profile.placeholders.variables)
        .filter(([, held]) => held === 'project')
        .map(([name]) => name);
    const inProject = project.reduce((path, name) => path === `\${${name}}` || path.startsWith(`\${${name}}/`) || path.startsWith(`\${${name}}\\`)
        ? `.${path.slice(name.length + 3)}`
        : path, cwd);
    if (!isRelativePath(inProject) && inProject !== '.')
        return undefined;
    return resolve(root, inProject);
}
/** The path a script has from `cwd`, as a host that honoured it would look for it. */
function cwdMeant(root, cwd, uv, word) {
    if (!isRelativePath(cwd))
        return undefined;
    return resolve(root, cwd, uv ?? '', word);
}
/** `uv --directory DIR run server.py` runs in DIR. */
function uvDirectory(argv) {
    if (programName(argv[0]?.value ?? '') !== 'uv')
        return undefined;
    const i = argv.findIndex((w) => w.value === '--directory' || w.value.startsWith('--directory='));
    if (i === -1)
        return undefined;
    const value = argv[i].value.includes('=') ? argv[i].value.slice(argv[i].value.indexOf('=') + 1) : argv[i + 1]?.value;
    return value !== undefined && isRelativePath(value) ? value : null;
}
/** Whether a path lies in a build or install folder that does not exist (yet): not ours to judge. */
function inMissingGeneratedFolder(path, exists) {
    const parts = path.split('/');
    return parts.some((part, i) => GENERATED.has(part) && !exists(parts.slice(0, i + 1).join('/')));
}
/**
 * A relative script or program path that is not in the repository, resolved the way the host does
 * (its profile): from the entry's `cwd` where the host honours it, else from the project folder, also
 * when the entry sets a `cwd` the host ignores. A host that starts servers from its own folder (Claude
 * Desktop) finds no relative path in the repository, so one there is reported without looking.
 */
const missingScript = {
    id: 'missing-script',
    defaultSeverity: 'error',
    description: 'A relative script path that does not exist in the repository.',
    messages: {
        notFound: '{{role}} "{{path}}" is not in the repository (looked for "{{resolved}}")',
        ignoredByGit: '{{role}} "{{path}}" is ignored by git (looked for "{{resolved}}"): it must be built first',
        hostFolder: '{{role}} "{{path}}" is relative, but {{host}} starts servers from its own folder'
    },
    checkFile({ path, host, profile, servers, exists, ignoredByGit }) {
        // Without a view of the repository (an editor buffer, a test), absence proves nothing. Both asked
        // only once a script word is found: most files name none, and need no file system at all.
        let seesRepository;
        let root;
        const cwdIgnored = profile.launch.cwd.honoured === false;
        const reports = [];
        const seen = new Set();
        for (const launch of launches(servers, profile, { includeDisabled: false })) {
            const [main, ...scripted] = invocations(launch);
            // After a `cd` in an inline script, its relative paths point elsewhere.
            const changesFolder = /(?:^|[\s;&|(])(?:cd|pushd|chdir|Set-Location)\s/i.test(shellScript(main)?.value ?? '');
            for (const argv of changesFolder ? [main] : [main, ...scripted]) {
                const uv = uvDirectory(argv);
                for (const { word, isProgram } of scriptWords(argv)) {
                    const key = `${JSON.stringify(word.at)}|${word.value}`;
                    if (seen.has(key))
                        continue;
                    seen.add(key);
                    const role = isProgram ? 'program' : 'script';
                    if (profile.launch.startsIn === 'host-folder') {
                        if (launch.cwd && !cwdIgnored)
                            continue;
                        reports.push({
                            messageId: 'hostFolder',
                            data: { role, path: word.value, host: host.name },
                            help: `${host.name} starts servers from its own folder, not from this repository, so a relative path is not found (its documentation asks for absolute paths); write the absolute path on each machine.`,
                            severity: 'warning',
                            ...reportAt(word, launch.server)
                        });
                        continue;
                    }
                    if (!(seesRepository ??= exists(path)) || uv === null)
                        continue;
                    root ??= profile.projectRoot(path);
                    const cwd = launch.cwd?.value;
                    const base = cwd === undefined || cwdIgnored ? root : cwdFolder(root, cwd, profile);
                    if (base === undefined)
                        continue;
                    const resolved = resolve(base, uv ?? '', word.value);
                    if (resolved === undefined ||
                        resolved === '' ||
                        exists(resolved) ||
                        inMissingGeneratedFolder(resolved, exists))
                        continue;
                    // Where the author meant it, if the host honoured the cwd it ignores.
                    const meant = cwd !== undefined && cwdIgnored ? cwdMeant(root, cwd, uv, word.value) : undefined;
                    const since = cwd !== undefined && cwdIgnored
                        ? `It is looked for there since ${host.name} ignores "cwd" and starts the server in the project folder. `
                        : cwd !== undefined
                            ? `It is looked for there since "cwd" is "${cwd}". `
                            : uv
                                ? `It is looked for there since uv runs in --directory "${uv}". `
                                : '';
                    const effect = isProgram
                        ? `${host.name} cannot start the server (spawn ENOENT)`
                        : `the server exits as soon as ${host.name} starts it`;
                    const data = { role, path: word.value, resolved };
                    // A path git ignores is a build output: it exists once built, and was never meant to be committed.
                    if (ignoredByGit?.(resolved)) {
                        reports.push({
                            messageId: 'ignoredByGit',
                            data,
                            help: `${since}It is built, not committed, so ${effect} until it is built: build it before starting (and say so in the README).`,
                            severity: 'warning',
                            ...reportAt(word, launch.server)
                        });
                        continue;
                    }
                    const fix = meant !== undefined && exists(meant)
                        ? `write the path from the project folder ("${meant.slice(root === '' ? 0 : root.length + 1)}") and remove "cwd"`
                        : 'fix the path or commit the file';
                    reports.push({
                        messageId: 'notFound',
                        data,
                        help: `${since}Without it ${effect}; ${fix}.`,
                        ...reportAt(word, launch.server)
                    });
                }
            }
        }
        return reports;
    }
};

;// CONCATENATED MODULE: ./src/rules/nested-transport.ts




/** What the nested object describes: its `type` if it names one, else what its keys imply. */
function nestedMeaning(nested) {
    const type = typeof nested.type === 'string' ? nested.type : undefined;
    const known = type === undefined ? undefined : knownType(type);
    if (known)
        return known.meaning;
    if (typeof nested.url === 'string')
        return 'http';
    if (typeof nested.command === 'string')
        return 'stdio';
    return undefined;
}
/**
 * The `type`/`url`/`command` of a server nested in a `"transport": { ... }` object (a shape from
 * SDK code and the MCP Registry, anthropics/claude-code#6204) that no client reads, so the entry has
 * no transport of its own. Reported at the server's key, in place of the schema's "missing required"
 * error there.
 */
const nestedTransport = {
    id: 'nested-transport',
    defaultSeverity: 'error',
    description: 'The transport is nested in a "transport" object that no host reads.',
    supersedes: ['schema-required', 'schema-unknown-key@server'],
    messages: {
        nested: 'server "{{server}}" nests its transport in a "transport" object, which {{host}} does not read'
    },
    checkFile({ doc, host, profile, servers }) {
        // A server's own manifest (the MCP Registry's server.json) holds a legitimate `transport` object.
        if (profile.role === 'manifest')
            return [];
        const reports = [];
        for (const server of servers) {
            const entry = entryOf(doc, server);
            const nested = entry?.transport;
            if (!entry || !(0,util/* isRecord */.u4)(nested) || hasCommand(entry) || urlKeyOf(entry))
                continue;
            const keys = Object.keys(nested).filter((key) => key !== 'type');
            const meaning = nestedMeaning(nested);
            let fix;
            if (meaning && meaning !== 'stdio' && profile.transports.stdioOnly) {
                fix = `${host.name} starts only local servers, so bridge the remote server with "command": "npx", "args": ["-y", "mcp-remote", "<url>"]`;
            }
            else {
                const type = meaning ? (0,hosts_profile/* spelling */.DS)(profile, meaning) : undefined;
                const moved = keys.length > 0
                    ? `move ${quoteList(keys)} out of "transport" into the entry itself`
                    : "write the transport's keys in the entry itself";
                fix = `${moved}${type ? `, with "type": "${type}"` : ''}, and remove "transport"`;
            }
            reports.push({
                messageId: 'nested',
                data: { server: server.name, host: host.name },
                help: `The entry has no "command" or "url" of its own, so it cannot load; ${fix}.`,
                at: server.pointer,
                key: true,
                server: server.name
            });
        }
        return reports;
    }
};

;// CONCATENATED MODULE: ./src/rules/support/package-runners.ts

/** A `--flag=value` word's value, as a word pointing at the same string. */
function package_runners_valueOf(word) {
    const text = word.value.trim();
    return { ...word, value: text.slice(text.indexOf('=') + 1), whole: false };
}
const NPX_VALUE_FLAGS = new Set([
    '--registry',
    '--cache',
    '--userconfig',
    '--prefix',
    '-w',
    '--workspace',
    '--node-options',
    '--script-shell',
    '--shell',
    '--loglevel'
]);
/** npx, `npm exec`/`npm x`, bunx/`bun x`, pnpx/`pnpm dlx` and `yarn dlx`, with the index of their first own option. */
function npxRunner(argv) {
    const name = programName(argv[0]?.value ?? '');
    if (name === 'npx' || name === 'bunx' || name === 'pnpx')
        return { runner: name, start: 1, at: argv[0] };
    const sub = (names) => argv.findIndex((w, i) => i > 0 && names.includes(w.value.trim()));
    const firstPositional = argv.findIndex((w, i) => i > 0 && !w.value.trim().startsWith('-'));
    const pick = (names, runner) => {
        const i = sub(names);
        return i !== -1 && i === firstPositional ? { runner, start: i + 1, at: argv[i] } : undefined;
    };
    if (name === 'npm')
        return pick(['exec', 'x'], 'npm exec');
    if (name === 'bun')
        return pick(['x'], 'bunx');
    if (name === 'pnpm')
        return pick(['dlx'], 'pnpm dlx');
    if (name === 'yarn')
        return pick(['dlx'], 'yarn dlx');
    return undefined;
}
/** The packages and flags of an npx-style call, or undefined when `argv` is not one. */
function npxCall(argv) {
    const found = npxRunner(argv);
    if (!found)
        return undefined;
    const call = { runner: found.runner, at: found.at, packages: [], yes: false, noInstall: false };
    const takesCommand = found.runner === 'npx' || found.runner === 'npm exec';
    let hasCall = false;
    let i = found.start;
    for (; i < argv.length; i++) {
        const word = argv[i];
        // Surrounding whitespace is another rule's finding; read the word as its author meant it.
        const v = word.value.trim();
        if (v === '--') {
            i++;
            break;
        }
        if (v === '-y' || v === '--yes' || v === '--yes=true')
            call.yes = true;
        else if (v === '--no' || v === '--no-install' || v === '--yes=false' || v === '--no-yes')
            call.noInstall = true;
        else if (v === '-p' || v === '--package') {
            if (argv[i + 1])
                call.packages.push(argv[i + 1]);
            i++;
        }
        else if (v.startsWith('--package='))
            call.packages.push(package_runners_valueOf(word));
        else if (takesCommand && (v === '-c' || v === '--call')) {
            hasCall = true;
            i++;
        }
        else if (NPX_VALUE_FLAGS.has(v))
            i++;
        else if (!v.startsWith('-'))
            break;
    }
    const positional = argv[i];
    // With -p the positional word names a binary of those packages; with -c there is no positional.
    if (call.packages.length === 0 && positional && !hasCall)
        call.packages.push(positional);
    if (positional && !call.yes)
        call.lateYes = argv.slice(i + 1).find((w) => w.value.trim() === '-y' || w.value.trim() === '--yes');
    return call;
}
const UVX_VALUE_FLAGS = new Set([
    '--from',
    '--with',
    '--with-editable',
    '--with-requirements',
    '-w',
    '--python',
    '-p',
    '--index',
    '--index-url',
    '-i',
    '--extra-index-url',
    '--default-index',
    '--find-links',
    '-f',
    '--directory',
    '--project',
    '--cache-dir',
    '--config-file',
    '--constraints',
    '-c',
    '--overrides',
    '--build-constraints',
    '-b',
    '--env-file',
    '--color',
    '--python-preference',
    '--index-strategy',
    '--keyring-provider',
    '--resolution',
    '--prerelease',
    '--exclude-newer',
    '--exclude-newer-package',
    '--reinstall-package',
    '--upgrade-package',
    '-P',
    '--refresh-package',
    '--link-mode',
    '--allow-insecure-host',
    '--no-binary-package',
    '--no-build-package',
    '--config-setting',
    '-C',
    '--fork-strategy'
]);
const PIPX_VALUE_FLAGS = new Set(['--spec', '--python', '--pip-args', '--index-url', '-i', '--backend']);
function pythonRuns(argv) {
    const name = programName(argv[0]?.value ?? '');
    let runner;
    let start;
    if (name === 'uvx') {
        runner = 'uvx';
        start = 1;
    }
    else if (name === 'uv' &&
        argv[1]?.value.trim() === 'tool' &&
        (argv[2]?.value.trim() === 'run' || argv[2]?.value.trim() === 'uvx')) {
        runner = 'uv tool run';
        start = 3;
    }
    else if (name === 'pipx' && argv[1]?.value.trim() === 'run') {
        runner = 'pipx run';
        start = 2;
    }
    else
        return [];
    const flags = runner === 'pipx run' ? PIPX_VALUE_FLAGS : UVX_VALUE_FLAGS;
    const fromFlags = runner === 'pipx run' ? ['--spec'] : ['--from'];
    const specs = [];
    let from = false;
    let i = start;
    for (; i < argv.length; i++) {
        const v = argv[i].value.trim();
        if (v === '--') {
            i++;
            break;
        }
        const eq = v.indexOf('=');
        const flag = v.startsWith('--') && eq !== -1 ? v.slice(0, eq) : v;
        const isFrom = fromFlags.includes(flag);
        const isWith = runner !== 'pipx run' && flag === '--with';
        if (eq !== -1 && v.startsWith('--')) {
            if (isFrom || isWith)
                specs.push(package_runners_valueOf(argv[i]));
            from ||= isFrom;
        }
        else if (flags.has(v)) {
            if ((isFrom || isWith) && argv[i + 1])
                specs.push(argv[i + 1]);
            from ||= isFrom;
            i++;
        }
        else if (!v.startsWith('-'))
            break;
    }
    // With --from (or --spec) the positional word names the command to run, not a package.
    if (!from && argv[i])
        specs.push(argv[i]);
    return specs.flatMap((spec) => splitCommaSpecs(spec)).map((spec) => ({ runner, ecosystem: 'python', spec }));
}
/** `--with a,b` names two packages. */
function splitCommaSpecs(word) {
    if (!word.value.includes(',') || /:\/\//.test(word.value))
        return [word];
    return word.value
        .split(',')
        .filter(Boolean)
        .map((value) => ({ ...word, value, whole: false }));
}
/** Options of `docker run` that take a value (long names without dashes, and short letters). */
const DOCKER_VALUE_OPTIONS = new Set(('add-host annotation attach blkio-weight blkio-weight-device cap-add cap-drop cgroup-parent cgroupns cidfile cpu-count ' +
    'cpu-percent cpu-period cpu-quota cpu-rt-period cpu-rt-runtime cpu-shares cpus cpuset-cpus cpuset-mems detach-keys device ' +
    'device-cgroup-rule device-read-bps device-read-iops device-write-bps device-write-iops dns dns-opt dns-option dns-search ' +
    'domainname entrypoint env env-file expose gpus group-add health-cmd health-interval health-retries health-start-interval ' +
    'health-start-period health-timeout hostname io-maxbandwidth io-maxiops ip ip6 ipc isolation kernel-memory label label-file ' +
    'link link-local-ip log-driver log-opt mac-address memory memory-reservation memory-swap memory-swappiness mount name net ' +
    'net-alias network network-alias oom-score-adj pid pids-limit platform publish pull restart runtime security-opt shm-size ' +
    'stop-signal stop-timeout storage-opt sysctl tmpfs ulimit user userns uts volume volume-driver volumes-from workdir ' +
    'secret arch os variant env-host').split(' '));
const DOCKER_SHORT_VALUE = new Set(['a', 'c', 'e', 'h', 'l', 'm', 'p', 'u', 'v', 'w']);
const DOCKER_GLOBAL_VALUE = new Set([
    '--context',
    '-c',
    '--host',
    '-H',
    '--config',
    '--log-level',
    '-l',
    '--tlscacert',
    '--tlscert',
    '--tlskey',
    '--url',
    '--connection'
]);
/** `docker run` / `podman run` / `docker container run`: its options and image, or undefined. */
function dockerRun(argv) {
    const name = programName(argv[0]?.value ?? '');
    if (name !== 'docker' && name !== 'podman')
        return undefined;
    let i = 1;
    const at = (index) => argv[index]?.value.trim();
    while (i < argv.length && at(i)?.startsWith('-'))
        i += DOCKER_GLOBAL_VALUE.has(at(i) ?? '') ? 2 : 1;
    if (at(i) === 'container')
        i++;
    if (at(i) !== 'run')
        return undefined;
    const runner = `${name} run`;
    const options = [];
    for (i++; i < argv.length; i++) {
        const word = argv[i];
        const v = word.value.trim();
        if (v === '--') {
            i++;
            break;
        }
        if (v.startsWith('--')) {
            const eq = v.indexOf('=');
            const option = eq === -1 ? v.slice(2) : v.slice(2, eq);
            if (eq !== -1)
                options.push({ name: option, word, value: package_runners_valueOf(word) });
            else if (DOCKER_VALUE_OPTIONS.has(option)) {
                options.push({ name: option, word, value: argv[i + 1] });
                i++;
            }
            else
                options.push({ name: option, word });
        }
        else if (v.startsWith('-') && v.length > 1) {
            // A cluster of short options (`-it`); a value-taking letter takes the rest of the word or the next word.
            for (let c = 1; c < v.length; c++) {
                const letter = v[c];
                if (!DOCKER_SHORT_VALUE.has(letter)) {
                    options.push({ name: letter, word });
                    continue;
                }
                if (c < v.length - 1)
                    options.push({
                        name: letter,
                        word,
                        value: { ...word, value: v.slice(c + 1).replace(/^=/, ''), whole: false }
                    });
                else {
                    options.push({ name: letter, word, value: argv[i + 1] });
                    i++;
                }
                break;
            }
        }
        else
            break;
    }
    return { runner, options, image: argv[i] };
}
/** Every package a command downloads and runs, with the runner that does it. */
function packageRuns(argv) {
    const npx = npxCall(argv);
    if (npx)
        return npx.packages.map((spec) => ({ runner: npx.runner, ecosystem: 'npm', spec }));
    const python = pythonRuns(argv);
    if (python.length > 0)
        return python;
    const docker = dockerRun(argv);
    if (docker?.image)
        return [{ runner: docker.runner, ecosystem: 'docker', spec: docker.image }];
    return [];
}

;// CONCATENATED MODULE: ./src/rules/npx-without-yes.ts


/** `npm_config_yes=true` in the server's env answers the prompt as `-y` does. */
function yesFromEnv(env) {
    return Object.entries(env ?? {}).some(([key, value]) => key.toLowerCase() === 'npm_config_yes' && value.toLowerCase() === 'true');
}
/**
 * npx (or `npm exec`) without `-y`: npm asks "Ok to proceed? (y)" before installing a package it
 * does not have whenever it runs in a terminal. Hosts start servers with stdin as a pipe, where
 * current npm installs without asking, so this is a notice: the same command stops when someone runs
 * it by hand, and `-y` makes the intent explicit.
 */
const npxWithoutYes = {
    id: 'npx-without-yes',
    defaultSeverity: 'notice',
    preset: 'strict',
    description: 'npx without -y, which may stop at an interactive install prompt.',
    messages: {
        noYes: '{{runner}} runs without "-y", so run by hand it stops at an install prompt',
        lateYes: '{{runner}} gets "{{flag}}" after the package name, which passes it to the package, not to {{runner}}'
    },
    checkFile({ profile, servers }) {
        const reports = [];
        for (const launch of launches(servers, profile, { includeDisabled: false })) {
            if (yesFromEnv(launch.server.env))
                continue;
            for (const argv of invocations(launch)) {
                const call = npxCall(argv);
                if (!call ||
                    call.yes ||
                    call.noInstall ||
                    (call.runner !== 'npx' && call.runner !== 'npm exec') ||
                    call.packages.length === 0)
                    continue;
                const late = call.lateYes !== undefined;
                reports.push({
                    messageId: late ? 'lateYes' : 'noYes',
                    data: late ? { runner: call.runner, flag: call.lateYes?.value ?? '-y' } : { runner: call.runner },
                    help: `Run from a terminal, npm stops at "Need to install the following packages … Ok to proceed? (y)" until someone answers; hosts start servers without a terminal, where current npm installs without asking, but the prompt returns whenever the command is run by hand; put "-y" before the package name.`,
                    ...reportAt(call.at, launch.server)
                });
            }
        }
        return reports;
    }
};

;// CONCATENATED MODULE: ./src/rules/reserved-server-name.ts
/**
 * A server named like one of Claude Code's built-in servers (`workspace`, `claude-in-chrome`,
 * `computer-use`, `Claude Preview`, `Claude Browser`): Claude Code skips it, so it never starts. Plugin
 * servers are namespaced and unaffected; no other host documents reserved names.
 */
const reservedServerName = {
    id: 'reserved-server-name',
    defaultSeverity: 'error',
    description: 'A server name the host reserves and skips.',
    messages: {
        reserved: 'server "{{server}}" has a name {{host}} reserves for a built-in server, so it never starts'
    },
    checkFile({ host, profile, servers }) {
        // The names are the profile's; a plugin's servers are renamed `plugin:<plugin>:<name>` and reserve none.
        const reserved = new Set(profile.servers?.reservedNames ?? []);
        return servers
            .filter((server) => reserved.has(server.name))
            .map((server) => ({
            messageId: 'reserved',
            data: { server: server.name, host: host.name },
            help: `${host.name} skips an entry with the name of one of its built-in servers, without an error; rename it, e.g. "${server.name.toLowerCase().replace(/\s+/g, '-')}-mcp".`,
            at: server.pointer,
            key: true,
            server: server.name
        }));
    }
};

;// CONCATENATED MODULE: ./src/rules/risky-docker.ts



/** The host side of a bind mount: `-v SRC:DST[:opts]` (a Windows drive letter is not a separator), `--mount src=…`. */
function mountSource(option) {
    const value = option.value?.value.trim();
    if (value === undefined)
        return undefined;
    if (option.name === 'mount') {
        const source = value
            .split(',')
            .map((part) => part.split('='))
            .find(([key]) => key === 'source' || key === 'src');
        return source?.[1];
    }
    const drive = /^[A-Za-z]:[\\/]/.test(value) ? 2 : 0;
    const colon = value.indexOf(':', drive);
    return colon === -1 ? value : value.slice(0, colon);
}
const ROOT = /^(?:\/+\.?|[A-Za-z]:[\\/]*)$/;
const SOCKET = /(?:docker|podman)\.sock$|^(?:\\\\\.\\pipe\\docker_engine|\/\/\.\/pipe\/docker_engine)$/i;
/** Which message a mount gets and what it gives away, or undefined for a scoped one. */
function mountRisk(source) {
    if (ROOT.test(source))
        return {
            messageId: 'rootMount',
            risk: 'The server can read, and unless the mount ends in ":ro" write, every file on the machine'
        };
    if (isWholeHome(source))
        return {
            messageId: 'homeMount',
            risk: 'The server can read SSH keys, cloud credentials, browser profiles and tokens'
        };
    if (SOCKET.test(source))
        return {
            messageId: 'socketMount',
            risk: 'Whoever controls the container controls Docker, and through it the host as root'
        };
    return undefined;
}
/**
 * `docker run` (or podman) options that take the container boundary away: `--privileged`, the host
 * network, and bind mounts of the host root, a home directory or the Docker socket.
 */
const riskyDocker = {
    id: 'risky-docker',
    defaultSeverity: 'warning',
    description: 'docker run with --privileged, the host network, or the host root, home or Docker socket mounted.',
    messages: {
        privileged: 'the container runs with "--privileged": every capability and the host\'s devices',
        hostNetwork: 'the container runs on the host\'s network ("--{{option}} host")',
        rootMount: 'the host\'s root directory ("{{source}}") is mounted into the container',
        homeMount: 'a whole home directory ("{{source}}") is mounted into the container',
        socketMount: 'the Docker socket ("{{source}}") is mounted into the container'
    },
    checkFile({ profile, servers }) {
        const reports = [];
        // One report per word and message: the same option met again (through sh -c and directly) is reported once.
        const report = reporterOnce(reports, (word, messageId, data) => `${JSON.stringify(word.at)}|${messageId}|${JSON.stringify(data)}`);
        // Switched-off servers too: one click runs them.
        for (const launch of launches(servers, profile, { includeDisabled: true })) {
            for (const argv of invocations(launch)) {
                const run = dockerRun(argv);
                if (!run)
                    continue;
                for (const option of run.options) {
                    const value = option.value?.value.trim();
                    if (option.name === 'privileged' && value !== 'false') {
                        report(option.word, launch.server, 'privileged', {}, 'A compromised or malicious server can take over the machine; remove it (add single capabilities with --cap-add if the server truly needs them).');
                    }
                    else if ((option.name === 'network' || option.name === 'net') && value === 'host' && option.value) {
                        report(option.value, launch.server, 'hostNetwork', { option: option.name }, 'The server reaches every service listening on this machine and its network (databases, admin ports, cloud metadata) that the container would otherwise not see; remove it (a stdio server needs no network option; publish a port with -p if it serves one).');
                    }
                    else if ((option.name === 'v' || option.name === 'volume' || option.name === 'mount') && option.value) {
                        const source = mountSource(option);
                        const mount = source === undefined ? undefined : mountRisk(source);
                        if (mount && source !== undefined)
                            report(option.value, launch.server, mount.messageId, { source }, `${mount.risk}; mount only the folder the server needs (the project, or one data folder), read-only where it can be.`);
                    }
                }
            }
        }
        return reports;
    }
};

;// CONCATENATED MODULE: ./src/rules/servers-in-claude-settings.ts

/**
 * `mcpServers` in Claude Code's `.claude/settings.json` (or `settings.local.json`): it is not a
 * settings key, so Claude Code silently ignores it, and the settings schema allows any key, so no
 * editor warns either (anthropics/claude-code#24477). Project servers belong in `.mcp.json`.
 */
const serversInClaudeSettings = {
    id: 'servers-in-claude-settings',
    defaultSeverity: 'error',
    description: '"mcpServers" in .claude/settings.json, which Claude Code silently ignores.',
    supersedes: ['schema-unknown-key'],
    messages: {
        ignored: '{{host}} ignores "{{key}}" in {{file}}, so the servers under it never start',
        emptyMap: '{{host}} ignores the empty "{{key}}" map in {{file}}: it is not a settings key'
    },
    checkFile({ doc, host, profile, path }) {
        const approvals = profile.approvals.projectServers;
        const key = approvals?.ignoredServerMap;
        if (!approvals || key === undefined || !(0,util/* isRecord */.u4)(doc.value) || !(key in doc.value))
            return [];
        const servers = doc.value[key];
        const names = (0,util/* isRecord */.u4)(servers) ? Object.keys(servers) : [];
        const root = profile.projectRoot(path);
        const file = path.slice(root === '' ? 0 : root.length + 1);
        const target = `${root === '' ? '' : `${root}/`}${approvals.file}`;
        const data = { host: host.name, key, file };
        if (names.length === 0) {
            return [
                {
                    messageId: 'emptyMap',
                    data,
                    help: `Servers belong in ${target}, so remove this empty map.`,
                    at: [key],
                    key: true,
                    severity: 'warning'
                }
            ];
        }
        const what = names.length === 1 ? `the server "${names[0]}" never starts` : `its ${names.length} servers never start`;
        const report = {
            messageId: 'ignored',
            data,
            help: `"${key}" is not a settings key, so ${what}, and nothing warns about it (the settings schema allows any key); move the servers into ${target} (under "${key}"), and approve them here with "${approvals.approve}".`,
            at: [key],
            key: true
        };
        return [report];
    }
};

;// CONCATENATED MODULE: ./src/rules/shell-download-exec.ts



/** Programs and .NET calls that fetch from the network. */
const DOWNLOADS = /\b(?:curl|wget|fetch|aria2c|iwr|irm|invoke-webrequest|invoke-restmethod|start-bitstransfer|bitsadmin)\b|downloadstring|downloadfile|downloaddata|\bcertutil\b.*-urlcache/i;
/** A pipeline stage that runs its input: a shell, an interpreter, PowerShell's iex, `source`. */
const INTERPRETER = /^\s*(?:sudo\s+(?:-\S+\s+)*)?(?:\S*[\\/])?(?:(?:ba|z|da|k|fi|a)?sh|python[\d.]*|py|node|perl|ruby|php|bun|deno|pwsh|powershell|iex|invoke-expression|source)(?=[\s)]|$)/i;
/** A download whose output is substituted into the command line: `$(curl …)`, `<(wget …)`, backticks. */
const SUBSTITUTED = /(?:\$\(|<\(|`)\s*(?:curl|wget|iwr|irm|invoke-webrequest|invoke-restmethod)\b/i;
/** Evaluation of a string (with a download in the same command): `iex (iwr …)`, `eval "$(curl …)"`. */
const EVALUATES = /(?:^|[\s;&|(])(?:eval|iex|invoke-expression)(?=[\s(]|$)/i;
/** A download saved to a file... */
const SAVES = /\bcurl\b.*\s(?:-o|-O|--output|--remote-name)(?:[\s=]|$)|\bwget\b|-outfile\b|downloadfile|start-bitstransfer|bitsadmin|\bcertutil\b/i;
/** ...and a later command that starts a file. */
const RUNS_FILE = /^\s*(?:sudo\s+)?(?:chmod\s+\S*x|\.{1,2}[\\/]|(?:ba|z)?sh\s+\S|source\s|\.\s+\S|start\s|call\s|msiexec\b|&\s*\S+\.ps1|\S+\.(?:sh|exe|bat|cmd|ps1|msi)(?:\s|$))/i;
const clip = (text) => (0,mask/* quotable */.E7)(text.trim(), 60);
/**
 * Whether a script downloads code and runs it, and the part that shows it (`curl -fsSL https://… | sh`).
 * Scans its commands (at `;`, `&&`, `||`, line breaks) and their pipeline stages, in linear time.
 */
function downloadAndRun(script) {
    const text = script.length > 20_000 ? script.slice(0, 20_000) : script;
    if (!DOWNLOADS.test(text))
        return undefined;
    const commands = text.split(/&&|\|\||;|\r?\n/);
    for (const command of commands) {
        const stages = command.split('|');
        const download = stages.findIndex((stage, i) => i < stages.length - 1 && DOWNLOADS.test(stage));
        const into = download === -1 ? undefined : stages.slice(download + 1).find((stage) => INTERPRETER.test(stage));
        if (into !== undefined)
            return `${clip(stages[download])} | ${clip(into)}`;
        if (SUBSTITUTED.test(command) || (EVALUATES.test(command) && DOWNLOADS.test(command)))
            return clip(command);
    }
    const saved = commands.findIndex((command) => DOWNLOADS.test(command) && SAVES.test(command));
    const started = saved === -1 ? undefined : commands.slice(saved + 1).find((command) => RUNS_FILE.test(command));
    return started === undefined ? undefined : `${clip(commands[saved])} … ${clip(started)}`;
}
/** Code handed to an interpreter inline that fetches from the network and executes the result. */
const INLINE_FETCH = /urlopen|urllib|requests\.get|httpx|fetch\(|https?:\/\/|Net::HTTP|open-uri|LWP::/i;
const INLINE_EXEC = /\bexec\s*\(|\beval\s*\(|new Function|\bimport\s*\(|\bsystem\s*\(|\bspawn|\bexecSync|\bsubprocess/i;
/** Options of an interpreter that take inline code. */
const INLINE_OPTIONS = {
    python: ['-c'],
    node: ['-e', '--eval', '-p', '--print'],
    deno: ['eval'],
    ruby: ['-e'],
    perl: ['-e', '-E']
};
/** PowerShell's -EncodedCommand, by any abbreviation it accepts (`-e`, `-ec`, `-enc`, …). */
const ENCODED = /^[-/](?:e|ec|en(?:c(?:o(?:d(?:e(?:d(?:c(?:o(?:m(?:m(?:a(?:n(?:d)?)?)?)?)?)?)?)?)?)?)?)?)$/i;
function inlineLanguage(program) {
    if (/^python[\d.]*$|^py$/.test(program))
        return 'python';
    if (program === 'nodejs')
        return 'node';
    return program in INLINE_OPTIONS ? program : undefined;
}
/**
 * A server started by a script that downloads code and runs it (`sh -c "curl … | sh"`, `iex (iwr …)`,
 * `python -c "exec(urlopen(…).read())"`), or by an encoded PowerShell command nobody can review.
 * Plain `sh -c "…"` scripts that download nothing are not reported.
 */
const shellDownloadExec = {
    id: 'shell-download-exec',
    defaultSeverity: 'error',
    description: 'A server started through a shell pipeline or download-and-execute command.',
    messages: {
        download: 'the server downloads code and runs it: "{{evidence}}"',
        encoded: 'the server is started by an encoded PowerShell command ("{{flag}}") nobody can review',
        inline: 'inline {{language}} code fetches code from the network and executes it'
    },
    checkFile({ profile, servers }) {
        const reports = [];
        // One report per word: the first reason found for it is enough.
        const report = reporterOnce(reports, (word) => JSON.stringify(word.at));
        const UNREVIEWED = "The server is whatever that address serves at each start, unpinned and unreviewed, with the user's rights";
        const FIX = 'install a pinned package instead, or commit the script and start it directly.';
        const download = (word, server, evidence) => report(word, server, 'download', { evidence }, `${UNREVIEWED}, so whoever controls the address (or the network, over http) controls this machine; ${FIX}`);
        // Switched-off servers too: one click runs them.
        for (const launch of launches(servers, profile, { includeDisabled: true })) {
            const { server, command } = launch;
            if (!command)
                continue;
            const head = isCommandLine(command.value) ? splitWord(command) : [command];
            const written = [...head, ...launch.args];
            // `cmd /c curl … | powershell` with separate words: cmd joins them into one script.
            if (programName(written[0].value) === 'cmd') {
                const flag = written.findIndex((w, i) => i > 0 && /^\/[ck]$/i.test(w.value));
                const evidence = flag === -1
                    ? undefined
                    : downloadAndRun(written
                        .slice(flag + 1)
                        .map((w) => w.value)
                        .join(' '));
                if (evidence)
                    download(written[flag + 1], server, evidence);
            }
            for (const argv of invocations(launch)) {
                const program = programName(argv[0]?.value ?? '');
                const script = shellScript(argv);
                if (script) {
                    const evidence = downloadAndRun(script.value);
                    if (evidence)
                        download(script, server, evidence);
                }
                if (program === 'powershell' || program === 'pwsh') {
                    const encoded = argv.findIndex((w, i) => i > 0 && ENCODED.test(w.value));
                    if (encoded !== -1) {
                        report(argv[encoded], server, 'encoded', { flag: argv[encoded].value }, 'Nobody reviewing the config can read what it does, which is how malware hides a download; write the command in clear text, or commit a script and run it with -File.');
                        continue;
                    }
                    const command = argv.findIndex((w, i) => i > 0 && /^[-/]c(?:o(?:m(?:m(?:a(?:n(?:d)?)?)?)?)?)?$/i.test(w.value));
                    const evidence = downloadAndRun(argv
                        .slice(command === -1 ? 1 : command + 1)
                        .map((w) => w.value)
                        .join(' '));
                    if (evidence)
                        download(argv.find((w, i) => i > 0 && DOWNLOADS.test(w.value)) ?? argv[1], server, evidence);
                }
                const language = inlineLanguage(program);
                if (language) {
                    const option = argv.findIndex((w, i) => i > 0 && INLINE_OPTIONS[language].includes(w.value));
                    const code = option === -1 ? undefined : argv[option + 1];
                    if (code && INLINE_FETCH.test(code.value) && INLINE_EXEC.test(code.value)) {
                        report(code, server, 'inline', { language }, `${UNREVIEWED.replace('unpinned and unreviewed', 'unreviewed')}; ${FIX}`);
                    }
                }
            }
        }
        return reports;
    }
};

;// CONCATENATED MODULE: ./src/rules/sse-url-without-type.ts

const FALLBACK = 'so every connection to an SSE-only endpoint starts with a failed request, and a server that answers that request oddly is never reached';
/**
 * A `url` whose path ends in `/sse` (a legacy SSE endpoint, by convention) with no `type`, in a
 * host that then speaks Streamable HTTP to it (its profile says what it does with such a url).
 * Disabled servers are skipped.
 */
const sseUrlWithoutType = {
    id: 'sse-url-without-type',
    defaultSeverity: 'warning',
    description: 'A typeless url ending in /sse where the host defaults to Streamable HTTP.',
    messages: {
        noType: '{{host}} tries Streamable HTTP on server "{{server}}": its url ends in /sse but it has no "type"'
    },
    checkFile({ doc, host, profile, servers }) {
        const url = profile.transports.untyped.url.url;
        const endpoint = url?.sseEndpoint;
        if (!url || !endpoint)
            return [];
        const does = url.sseFallback ? `${endpoint.does}, ${FALLBACK}` : endpoint.does;
        const reports = [];
        for (const server of servers) {
            const entry = entryOf(doc, server);
            if (!entry || server.disabled || server.transport !== 'http' || 'type' in entry)
                continue;
            // Gemini's `httpUrl` wins over `url` and always means Streamable HTTP.
            if (typeof entry.url !== 'string' || server.fields.url?.at(-1) !== 'url' || !endsInSse(entry.url))
                continue;
            const at = [...server.pointer, 'url'];
            reports.push({
                messageId: 'noType',
                data: { host: host.name, server: server.name },
                help: `A path ending in /sse is, by convention, a legacy SSE endpoint. ${does}; ${endpoint.fix}.`,
                at,
                server: server.name
            });
        }
        return reports;
    }
};

;// CONCATENATED MODULE: ./src/rules/stdio-only-host.ts

/**
 * A remote server (a `url`, or a remote `type`) in a host that only starts local processes (Claude
 * Desktop, Junie: their profiles' `stdioOnly`). Reported where the schema reports the same problem
 * (the remote `type`, or the server's key for a url without a command), in place of that schema
 * error. Disabled entries are skipped.
 */
const stdioOnlyHost = {
    id: 'stdio-only-host',
    defaultSeverity: 'error',
    description: 'A remote (url) server in a host that only starts stdio servers (Claude Desktop, Junie).',
    supersedes: ['schema-required', 'schema-enum', 'schema-unknown-key@server'],
    messages: {
        remoteType: 'server "{{server}}" has the remote type "{{type}}", but {{host}} starts only local (stdio) servers',
        remoteUrl: 'server "{{server}}" is remote ("{{key}}", no "command"), but {{host}} starts only local (stdio) servers'
    },
    checkFile({ doc, host, profile, servers }) {
        const facts = profile.transports.stdioOnly;
        if (!facts)
            return [];
        const reports = [];
        for (const server of servers) {
            const entry = entryOf(doc, server);
            if (!entry || server.disabled)
                continue;
            const type = typeof entry.type === 'string' ? entry.type : undefined;
            const meaning = type === undefined ? undefined : knownType(type)?.meaning;
            const remoteType = meaning !== undefined && meaning !== 'stdio';
            const urlKey = urlKeyOf(entry);
            if (remoteType) {
                const at = [...server.pointer, 'type'];
                const fix = hasCommand(entry) ? 'remove "type" to start its "command"' : facts.instead;
                reports.push({
                    messageId: 'remoteType',
                    data: { server: server.name, type: type ?? '', host: host.name },
                    help: `${facts.does}; ${fix}.`,
                    at,
                    server: server.name
                });
            }
            else if (urlKey && !hasCommand(entry)) {
                reports.push({
                    messageId: 'remoteUrl',
                    data: { server: server.name, key: urlKey, host: host.name },
                    help: `${facts.does}; ${facts.instead}.`,
                    at: server.pointer,
                    key: true,
                    server: server.name
                });
            }
        }
        return reports;
    }
};

;// CONCATENATED MODULE: ./src/rules/surrounding-whitespace.ts



const EDGE = /^[\s\u200b\ufeff]|[\s\u200b\ufeff]$/;
function describeCharacter(ch) {
    if (ch === ' ')
        return 'a space';
    if (ch === '\t')
        return 'a tab';
    if (ch === '\n' || ch === '\r')
        return 'a line break';
    return `an invisible character (U+${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')})`;
}
/** "ends with a space", "starts with a tab", "is only whitespace". */
function describeEdges(value) {
    if (value.trim() === '' && !/[\u200b\ufeff]/.test(value))
        return 'is only whitespace';
    const lead = EDGE.test(value[0]) ? describeCharacter(value[0]) : undefined;
    const last = value[value.length - 1];
    const trail = EDGE.test(last) ? describeCharacter(last) : undefined;
    if (lead && trail)
        return `starts with ${lead} and ends with ${trail}`;
    return lead ? `starts with ${lead}` : `ends with ${trail}`;
}
/** What the whitespace does, for the field it sits in. */
function consequence(field, isKey, hostName) {
    if (isKey && field === 'env')
        return 'the variable is set under a name that includes it, which the server never reads';
    if (isKey)
        return 'it is not a valid header name, so the request fails';
    switch (field) {
        case 'command':
            return `${hostName} looks for a program whose name includes it and the server fails to start (spawn ENOENT)`;
        case 'args':
            return 'the program receives the argument with it, so a flag, path or package name no longer matches';
        case 'cwd':
            return 'no directory has that name, so the server fails to start';
        case 'envFile':
            return 'no file has that name, so the variables are not loaded';
        case 'env':
            return 'the server receives the value with it (a token with a trailing line break fails to authenticate)';
        case 'url':
            return 'hosts that do not trim it fail to parse the URL';
        default:
            return 'the header is sent with it or rejected, depending on the HTTP client';
    }
}
/** Whether a string starts or ends with whitespace (`EDGE`), testing its two ends only. */
function hasEdge(value) {
    return value !== '' && (EDGE_CHARACTER.test(value[0]) || EDGE_CHARACTER.test(value[value.length - 1]));
}
const EDGE_CHARACTER = /^[\s\u200b\ufeff]$/;
/**
 * The strings a server is started or reached with, where its adapter read them (`Server.fields`), plus
 * the fields the normalised shape does not keep (`envFile`, Codex's `env_http_headers`). The names of
 * variables and headers count where they are keys of a map; a registry's `{ name, value }` items are not.
 * Only those with whitespace at an edge are kept: most servers have none, and cost no list.
 */
function written(doc, server) {
    const out = [];
    const add = (field, at, value, isKey = false) => {
        if (at !== undefined && typeof value === 'string' && hasEdge(value))
            out.push({ field, at, value, isKey });
    };
    add('command', server.fields.command, server.command);
    server.args?.forEach((arg, i) => add('args', server.fields.args?.[i], arg));
    add('cwd', server.fields.cwd, server.cwd);
    add('url', server.fields.url, server.url);
    for (const field of ['env', 'headers']) {
        const fields = server.fields[field];
        if (fields === undefined)
            continue;
        for (const name in fields) {
            if (!Object.hasOwn(fields, name))
                continue;
            const at = fields[name];
            if (at[at.length - 1] === name)
                add(field, at, name, true);
            add(field, at, (0,util/* valueAt */.fK)(doc.value, at));
        }
    }
    const entry = (0,util/* valueAt */.fK)(doc.value, server.pointer);
    if (!(0,util/* isRecord */.u4)(entry))
        return out;
    if (Object.hasOwn(entry, 'envFile'))
        add('envFile', [...server.pointer, 'envFile'], entry.envFile);
    const envHeaders = Object.hasOwn(entry, 'env_http_headers') ? entry.env_http_headers : undefined;
    if ((0,util/* isRecord */.u4)(envHeaders))
        for (const [name, value] of Object.entries(envHeaders)) {
            const at = [...server.pointer, 'env_http_headers', name];
            add('env_http_headers', at, name, true);
            add('env_http_headers', at, value);
        }
    return out;
}
/**
 * Leading or trailing whitespace in a server's command, arguments, cwd, url, env or headers (keys and
 * values). Claude Code warns about these; most hosts pass the value on as written, so a trailing space
 * in `command` is a program that does not exist.
 */
const surroundingWhitespace = {
    id: 'surrounding-whitespace',
    defaultSeverity: 'warning',
    description: 'Leading or trailing whitespace in a command, argument, url, env or header.',
    messages: {
        value: '"{{path}}" {{edges}}',
        name: 'the name "{{path}}" {{edges}}'
    },
    checkFile({ doc, host, servers }) {
        const reports = [];
        for (const server of servers) {
            if (server.disabled)
                continue;
            for (const node of written(doc, server)) {
                // The path and what the edge is, never the value: it may be a secret.
                const effect = consequence(node.field, node.isKey, host.name);
                reports.push({
                    messageId: node.isKey ? 'name' : 'value',
                    data: { path: (0,describe_path/* describePath */.N)(node.at).slice(1, -1), edges: describeEdges(node.value) },
                    help: `${effect.startsWith(host.name) ? effect : effect.charAt(0).toUpperCase() + effect.slice(1)}; remove it.`,
                    at: node.at,
                    key: node.isKey,
                    server: server.name
                });
            }
        }
        return reports;
    }
};

// EXTERNAL MODULE: ./src/report/escape.ts
var report_escape = __webpack_require__(4031);
;// CONCATENATED MODULE: ./src/rules/tool-poisoning.ts


const OVERRIDE = { id: 'override', confidence: 'error' };
const CONCEALMENT = { id: 'concealment', confidence: 'error' };
const MODEL_TAG = { id: 'model-tag', confidence: 'warning' };
const SENSITIVE = { id: 'sensitive-file', confidence: 'warning' };
const SHADOWING = { id: 'shadowing', confidence: 'error' };
const INVISIBLE = { id: 'invisible-unicode', confidence: 'warning' };
const HIDDEN_MARKUP = { id: 'hidden-markup', confidence: 'warning' };
const tool_poisoning_ENCODED = { id: 'encoded-blob', confidence: 'warning' };
const DATA_URL = { id: 'data-url', confidence: 'warning' };
const PADDING = { id: 'padding', confidence: 'warning' };
const OVERSIZED = { id: 'oversized', confidence: 'warning' };
// Every text is cut to this length before matching (patterns are linear; this bounds the constant).
const MAX_TEXT = 256 * 1024;
// How far apart two parts of one instruction may be ("read … ~/.ssh/id_rsa").
const NEAR = 100;
// ---------------------------------------------------------------------------------------------
// Instructions addressed to the model
const OVERRIDE_PATTERNS = [
    /\b(?:ignore|disregard|forget|override|bypass)\s+(?:all\s+|any\s+)?(?:(?:of\s+)?(?:the|your|my)\s+)?(?:previous|prior|above|earlier|preceding|existing|original|system|safety)\s+(?:instructions?|prompts?|rules|guidelines|directions|directives|messages|guardrails)\b/gi,
    /\b(?:ignore|disregard|forget)\s+(?:all|any)\s+(?:other\s+)?(?:instructions|directives|system\s+prompts?)\b/gi
];
const CONCEALMENT_PATTERNS = [
    /\b(?:do\s+not|don['’]t|never|must\s+not|mustn['’]t|should\s+not|shouldn['’]t)\s+(?:\w+\s+){0,2}?(?:tell|mention|inform|notify|alert|reveal|disclose|say|explain|report)\b[^\n]{0,80}?\buser\b/gi,
    /\b(?:do\s+not|don['’]t|never)\s+(?:mention|reveal|disclose)\s+(?:this|that|it|these|any\s+of\s+this)\b/gi,
    /\bwithout\s+(?:telling|informing|notifying|alerting|asking|showing)\s+(?:the\s+)?user/gi,
    /\buser\s+(?:must|should|will|may)\s*(?:not|n['’]t)\s+(?:ever\s+)?(?:know|notice|find\s+out|suspect|be\s+(?:told|informed|aware))\b/gi,
    /\b(?:hide|conceal|keep)\s+(?:this|it|that|these|them)\s+(?:secret\s+|hidden\s+)?from\s+the\s+user\b/gi,
    /\b(?:secretly|silently|covertly|quietly)\s+(?:read|send|upload|pass|include|add|copy|forward|collect|exfiltrate|call|run|execute)\b/gi
];
const MODEL_TAG_PATTERNS = [
    /<\s*\/?\s*(?:important|system|system[-_ ]?(?:prompt|message|instructions?)|instructions?|secret|hidden|admin|critical|urgent|sys|override)\s*>/gi,
    /\[\s*(?:SYSTEM|INST)\s*\]|<\|(?:im_start|system)\|>/g
];
// ---------------------------------------------------------------------------------------------
// Sensitive files and secrets
/** Paths and stores that hold credentials or the user's MCP configuration. */
const SENSITIVE_TARGET = new RegExp([
    String.raw `~?\/?\.ssh\b`,
    String.raw `\bid_(?:rsa|dsa|ecdsa|ed25519)\b`,
    String.raw `\bauthorized_keys\b`,
    String.raw `(?<![\w.-])\.env(?:\.[\w-]+)?\b`,
    String.raw `\.aws\/(?:credentials|config)\b`,
    String.raw `~\/\.aws\b`,
    String.raw `\.azure\/`,
    String.raw `\.config\/gcloud\b`,
    String.raw `\bapplication_default_credentials\.json\b`,
    String.raw `\.kube\/config\b`,
    String.raw `\.docker\/config\.json\b`,
    String.raw `(?<![\w-])\.(?:npmrc|pypirc|netrc|pgpass|git-credentials|bash_history|zsh_history)\b`,
    String.raw `\/etc\/(?:passwd|shadow|sudoers)\b`,
    String.raw `\bwallet\.dat\b`,
    String.raw `\bcookies\.sqlite\b`,
    String.raw `\bLogin Data\b`,
    String.raw `\bmcp\.json\b`,
    String.raw `\bmcp_config\.json\b`,
    String.raw `\bclaude_desktop_config\.json\b`,
    String.raw `~\/\.cursor\b`,
    String.raw `\.claude\.json\b`,
    String.raw `\b(?:browser|chrome|firefox|safari|edge|brave)(?:['’]s)?\s+(?:session\s+)?cookies\b`,
    String.raw `\b(?:private|ssh|gpg|pgp)\s+keys?\b`,
    String.raw `\b(?:seed|recovery|mnemonic)\s+phrase\b`
].join('|'), 'gi');
/** Secrets in general: only a sign next to a verb that sends them somewhere. */
const SECRET_WORDS = String.raw `(?:api[\s_-]?keys?|access[\s_-]?tokens?|auth(?:entication)?[\s_-]?tokens?|session[\s_-]?tokens?|passwords?|credentials|secrets?|cookies|environment\s+variables|conversation(?:\s+history)?|chat\s+history|system\s+prompt)`;
/** Verbs that move data out, in any form ("sends", "sending", "sent"). */
const TRANSFER_ANY = /\b(?:pass(?:es|ed|ing)?|send(?:s|ing)?|sent|upload(?:s|ed|ing)?|post(?:s|ed|ing)?|forward(?:s|ed|ing)?|transmit(?:s|ted|ting)?|exfiltrat(?:e|es|ed|ing)|leak(?:s|ed|ing)?|steal(?:s|ing)?|stole|harvest(?:s|ed|ing)?|dump(?:s|ed|ing)?|submit(?:s|ted|ting)?|email(?:s|ed|ing)?|embed(?:s|ded|ding)?|concatenat(?:e|es|ed|ing)|append(?:s|ed|ing)?)\b/i;
/** The same in the base form an instruction uses ("send ~/.ssh/id_rsa", "include the .env file"). */
const TRANSFER_BASE = /\b(?:pass|send|upload|post|forward|transmit|exfiltrate|leak|steal|dump|share|submit|email|embed|concatenate|include|attach)\b/i;
/** After the file, what to do with it: "… and pass its content as", "… then put it in the note". */
const TRANSFER_NEXT = /\b(?:pass|send|upload|post|forward|transmit|exfiltrate|leak|share|submit|email|embed|concatenate|include|attach|append|put|add)\b/i;
/** Verbs that read, in the base form an instruction uses ("read ~/.ssh/id_rsa"). */
const READ_BASE = /\b(?:read|open|cat|load|access|fetch|retrieve|copy|print|output|extract|collect|grab)\b/i;
// An instruction starts a sentence or clause: "read X", "Before using this tool, read X", "please read X".
const CLAUSE_START = String.raw `(?:^|[.!?:;,(\n]\s*|\b(?:and|then|first|also|please|must|should|always|now)\s+)`;
const READ_INSTRUCTION = new RegExp(`${CLAUSE_START}${READ_BASE.source}[^\\n]{0,${NEAR}}$`, 'i');
const TRANSFER_INSTRUCTION = new RegExp(`${CLAUSE_START}${TRANSFER_BASE.source}[^\\n]{0,${NEAR}}$`, 'i');
// "… id_rsa and pass its content as 'sidenote'": the instruction goes on after the path.
const TRANSFER_AFTER = new RegExp(String.raw `^[^\n]{0,60}?\b(?:and|then)\s+(?:\w+\s+){0,2}?${TRANSFER_NEXT.source}`, 'i');
const SECRET_TRANSFER = new RegExp(String.raw `\b(?:send|upload|post|forward|transmit|exfiltrate|leak|steal|harvest|dump|submit|email)(?:s|ed|ing)?\b[^\n]{0,${NEAR}}?\b(?:all|any|every|the\s+user['’]s|your)\s+${SECRET_WORDS}\b`, 'gi');
const NEGATED = /\b(?:not|never|no)\s+(?:\w+\s+)?$|n['’]t\s+(?:\w+\s+)?$/i;
// ---------------------------------------------------------------------------------------------
// Instructions about other tools
const SHADOWING_PATTERNS = [
    {
        pattern: /\b(?:before|after|when(?:ever)?|while)\s+(?:you\s+)?(?:use|using|call|calling|invok(?:e|ing)|run|running|execut(?:e|ing))\s+(?:any|every|all|other|another|the\s+other|each)\s+(?:other\s+)?(?:tools?|functions?|mcp\s+servers?|servers?)\b/gi,
        confidence: 'error'
    },
    {
        pattern: /\b(?:override|replace|shadow|supersede|intercept|hijack|redirect|reroute)s?\s+(?:the\s+)?(?:behaviou?r|output|calls?|results?|responses?|instructions?|descriptions?|implementation)\s+(?:of|to|for)\s+(?:(?:the|any|all|other|another)\s+){1,2}(?:[\w.-]+\s+){0,2}?(?:tools?|functions?|servers?)\b/gi,
        confidence: 'error'
    },
    {
        pattern: /\b(?:all|any|every)\s+other\s+(?:tools?|functions?|servers?)\s+(?:must|should|will)\s+(?:first|also|always|now|only)\b/gi,
        confidence: 'error'
    },
    {
        pattern: /\b(?:instead\s+of|rather\s+than)\s+(?:using|calling)\s+(?:any\s+)?(?:other|another|the\s+other)\s+(?:tools?|servers?)\b/gi,
        confidence: 'warning'
    }
];
/** Words that make a mention of a tool an instruction about it. */
const TOOL_INSTRUCTION = /\b(?:when(?:ever)?|before|after|while|instead\s+of|rather\s+than|never|always|do\s+not|don['’]t|avoid|must|prefer|also|first)\b[^\n]{0,60}$/i;
// ---------------------------------------------------------------------------------------------
// Hidden content
// Invisible characters: zero-width and joiners, word joiner and invisible operators, byte-order
// mark, Mongolian vowel separator, Hangul fillers, combining grapheme joiner.
const ZERO_WIDTH = /[\u200B-\u200D\u2060-\u2064\uFEFF\u180E\u115F\u1160\u3164\uFFA0\u034F]/gu;
// Bidirectional embeddings, overrides and isolates (the "Trojan Source" characters).
const BIDI = /[\u202A-\u202E\u2066-\u2069]/gu;
// Unicode tag characters carry invisible ASCII; variation selectors 17–256 can carry bytes.
const TAGS = /[\u{E0000}-\u{E007F}]+/gu;
const SUPPLEMENTARY_SELECTORS = /[\u{E0100}-\u{E01EF}]+/gu;
// A subdivision flag (🏴 + tag letters + cancel tag) is the one legitimate use of tag characters.
const FLAG_SEQUENCE = /\u{1F3F4}[\u{E0020}-\u{E007E}]+\u{E007F}/gu;
const HTML_COMMENT = /<!--[\s\S]{0,4000}?(?:-->|$)/g;
const HIDDEN_STYLE = /\bstyle\s*=\s*["'][^"']{0,200}?(?:display\s*:\s*none|visibility\s*:\s*hidden|font-size\s*:\s*0(?![.\d]*[1-9])|opacity\s*:\s*0(?![.\d]*[1-9]))/gi;
const BASE64 = /(?<![A-Za-z0-9+/])[A-Za-z0-9+/]{100,}={0,2}/g;
const HEX = /(?<![0-9A-Fa-f])[0-9A-Fa-f]{128,}(?![0-9A-Fa-f])/g;
const WHITESPACE_RUN = /[ \t\u00A0\u2000-\u200A\u3000]{200,}|\n(?:[ \t\r]*\n){39,}/g;
// ---------------------------------------------------------------------------------------------
// URLs that receive data
const URL_PATTERN = /\bhttps?:\/\/[^\s"'<>`]{1,2000}/gi;
/** Services made to collect requests: a tool has no business sending anything there. */
const COLLECTOR_HOST = /(?:^|\.)(?:webhook\.site|requestbin\.(?:com|net)|pipedream\.net|[\w-]+\.m\.pipedream\.net|ngrok(?:-free)?\.(?:app|io|dev)|burpcollaborator\.net|oast\.(?:pro|live|site|online|fun|me)|interact\.sh|canarytokens\.(?:com|org)|hookbin\.com|beeceptor\.com|requestcatcher\.com|webhook\.cool|postb\.in)$/i;
/** A query value that is a slot for something private: `?data={contents}`, `&k=<key>`, `?c=${SECRET}` (not `?q={query}`). */
const DATA_SLOT = /[?&][\w.-]{1,40}=(?:\{|<|\$\{?|\[|%7B)[^}>\]&\s]{0,40}?(?:content|data|file|key|token|secret|passw|history|conversation|chat|env|credential|cookie|ssh|prompt)/i;
const SENSITIVE_OBJECT = new RegExp(String.raw `\b(?:contents?|${SECRET_WORDS}|files?|keys?|tokens?|history)\b`, 'i');
const MARKDOWN_IMAGE_WITH_QUERY = /!\[[^\]\n]{0,200}\]\(\s*https?:\/\/[^\s)]{1,2000}[?&][^\s)]{1,2000}\)/gi;
// ---------------------------------------------------------------------------------------------
/** Why each sign matters and what to do, by category; the finding's help, after what the text says. */
const TOOL_POISONING_HELP = {
    override: 'The model reads every tool description as instructions, so this is prompt injection: do not approve the server, and report it to its author.',
    concealment: 'A tool that asks the model to hide what it does from the user is how a poisoned tool exfiltrates quietly: do not approve the server.',
    'model-tag': 'Tags like <IMPORTANT> speak to the model, not to the user, and are the usual wrapper of tool poisoning: read the text, and do not approve the server unless it is harmless.',
    'sensitive-file': 'A tool has no reason to ask the model to read and send secrets or configuration files: do not approve the server.',
    shadowing: "Instructions about other tools let one server change how another server's tools are used (tool shadowing): do not approve the server.",
    'invisible-unicode': 'Invisible characters hide text from the user that the model still reads: check what they say, and do not approve the server unless it is harmless.',
    'hidden-markup': 'Text hidden in markup is shown to the model but not to the user: check what it says, and do not approve the server unless it is harmless.',
    'encoded-blob': 'An encoded string in a description can carry instructions the user cannot read: check what it decodes to.',
    'data-url': 'A URL that receives data lets the model send what it was asked to include: do not approve the server unless the URL is its own documented endpoint.',
    padding: "Long runs of blank space push text out of the user's view while the model still reads it: check what follows.",
    oversized: 'Text past the checked part was not examined: read the whole description before approving the server.'
};
const toolPoisoning = {
    id: 'tool-poisoning',
    defaultSeverity: 'error',
    description: "A server's tools, prompts or schemas carry hidden instructions for the model (tool poisoning).",
    messages: {
        sign: '{{kind}} "{{name}}" of server "{{server}}" {{what}}, in its {{where}}'
    },
    checkSurface(context) {
        const ownTools = new Set(context.surface.tools.map((t) => t.name));
        const foreignTools = foreignToolNames(context.others, ownTools);
        const reports = [];
        for (const item of items(context.surface)) {
            const found = new Map();
            for (const raw of item.texts) {
                // Masked before anything is matched or quoted, so that no cut of a quote shows part of a token.
                const text = { where: raw.where, text: tool_poisoning_mask(raw.text) };
                for (const match of scan(text.text, foreignTools)) {
                    if (!found.has(match.category.id))
                        found.set(match.category.id, { match, text });
                    else if (severityOf(match) === 'error' && severityOf(found.get(match.category.id).match) !== 'error')
                        found.set(match.category.id, { match, text });
                }
            }
            // Two different signs in one item are no coincidence: every sign of it is then an error.
            const corroborated = found.size >= 2;
            for (const { match, text } of found.values()) {
                const severity = corroborated ? 'error' : severityOf(match);
                const shown = match.detail ?? quote(text.text, match.start, match.end);
                reports.push({
                    severity,
                    messageId: 'sign',
                    data: {
                        kind: item.kind,
                        name: item.name,
                        server: context.server.name,
                        what: match.what,
                        where: text.where,
                        category: match.category.id
                    },
                    help: `It says: ${shown}. ${TOOL_POISONING_HELP[match.category.id]}`
                });
            }
        }
        return reports;
    }
};
function severityOf(match) {
    return match.confidence ?? match.category.confidence;
}
/** Every sign in one text, first of each category first. */
function scan(raw, foreignTools) {
    const text = raw.length > MAX_TEXT ? raw.slice(0, MAX_TEXT) : raw;
    // What lies beyond the limit is not checked: say so, or a payload behind a long filler would pass.
    const oversized = raw.length > MAX_TEXT
        ? [
            {
                category: OVERSIZED,
                what: `is ${Math.round(raw.length / 1024)} KiB long, of which only the first ${MAX_TEXT / 1024} KiB were checked`,
                start: 0,
                end: 0,
                detail: `"${visible(text.slice(0, 32), 40)}…"`
            }
        ]
        : [];
    return [
        ...oversized,
        ...instructionSigns(text),
        ...sensitiveSigns(text),
        ...shadowingSigns(text, foreignTools),
        ...hiddenSigns(text),
        ...urlSigns(text)
    ];
}
function instructionSigns(text) {
    const out = [];
    for (const m of allMatches(text, OVERRIDE_PATTERNS))
        out.push({ category: OVERRIDE, what: 'tells the model to ignore its instructions', ...m });
    for (const m of allMatches(text, CONCEALMENT_PATTERNS))
        out.push({ category: CONCEALMENT, what: 'tells the model to keep something from the user', ...m });
    for (const m of allMatches(text, MODEL_TAG_PATTERNS))
        out.push({ category: MODEL_TAG, what: 'addresses the model in an instruction tag', ...m });
    return out;
}
function sensitiveSigns(text) {
    const out = [];
    for (const target of text.matchAll(SENSITIVE_TARGET)) {
        const start = target.index;
        const end = start + target[0].length;
        // A window cut in the middle of a sentence must not look like the start of one.
        const before = (start > NEAR ? '\u0001' : '') + text.slice(Math.max(0, start - NEAR), start);
        const after = text.slice(end, end + 60);
        // "read ~/.ssh/id_rsa and pass its content", "Before using this tool, read `~/.cursor/mcp.json`":
        // an instruction to the model, not what the tool does ("Reads settings from .env").
        const sends = TRANSFER_INSTRUCTION.test(before) || (READ_INSTRUCTION.test(before) && TRANSFER_AFTER.test(after));
        const reads = READ_INSTRUCTION.test(before);
        const describesSending = TRANSFER_ANY.test(before.slice(-60));
        if (!sends && !reads && !describesSending)
            continue;
        out.push({
            category: SENSITIVE,
            what: sends || describesSending ? 'asks for a sensitive file to be sent' : 'asks the model to read a sensitive file',
            start: Math.max(0, start - 40),
            end,
            confidence: sends ? 'error' : 'warning'
        });
    }
    for (const m of text.matchAll(SECRET_TRANSFER)) {
        if (NEGATED.test(text.slice(Math.max(0, m.index - 20), m.index)))
            continue;
        out.push({ category: SENSITIVE, what: 'asks for secrets to be sent', start: m.index, end: m.index + m[0].length });
    }
    return out;
}
function shadowingSigns(text, foreignTools) {
    const out = [];
    for (const { pattern, confidence } of SHADOWING_PATTERNS)
        for (const m of text.matchAll(pattern))
            out.push({
                category: SHADOWING,
                what: 'gives the model instructions about other tools',
                start: m.index,
                end: m.index + m[0].length,
                confidence
            });
    if (foreignTools.size === 0)
        return out;
    for (const m of text.matchAll(/[A-Za-z_][\w.-]{3,}/g)) {
        const owner = foreignTools.get(m[0]);
        if (owner === undefined)
            continue;
        if (!TOOL_INSTRUCTION.test(text.slice(Math.max(0, m.index - 60), m.index)))
            continue;
        out.push({
            category: SHADOWING,
            what: `gives the model instructions about "${m[0]}", a tool of server "${owner}"`,
            start: Math.max(0, m.index - 40),
            end: m.index + m[0].length
        });
    }
    return out;
}
function hiddenSigns(text) {
    const out = [];
    const unflagged = text.replace(FLAG_SEQUENCE, (s) => ' '.repeat(s.length));
    for (const m of unflagged.matchAll(TAGS)) {
        const hidden = [...m[0]].map((c) => String.fromCodePoint(c.codePointAt(0) - 0xe0000)).join('');
        out.push({
            category: INVISIBLE,
            what: `hides text in invisible Unicode tag characters`,
            start: m.index,
            end: m.index + m[0].length,
            confidence: 'error',
            detail: `${quote(text, m.index, m.index + m[0].length)}, hidden text: "${visible(tool_poisoning_mask(hidden), 160)}"`
        });
    }
    for (const m of text.matchAll(SUPPLEMENTARY_SELECTORS))
        out.push({
            category: INVISIBLE,
            what: 'hides data in invisible variation selectors',
            start: m.index,
            end: m.index + m[0].length,
            confidence: 'error'
        });
    for (const m of text.matchAll(BIDI))
        out.push({
            category: INVISIBLE,
            what: 'reorders text with bidirectional control characters',
            start: m.index,
            end: m.index + m[0].length,
            confidence: 'error'
        });
    const zeroWidth = [...text.matchAll(ZERO_WIDTH)].filter(
    // A byte-order mark that opens the text is left over from reading a file.
    (m) => !(m.index === 0 && m[0] === '\uFEFF') && !partOfScript(text, m.index, m[0].length));
    if (zeroWidth.length > 0) {
        const first = zeroWidth[0];
        out.push({
            category: INVISIBLE,
            what: `contains ${zeroWidth.length === 1 ? 'an invisible character' : `${zeroWidth.length} invisible characters`}`,
            start: first.index,
            end: first.index + first[0].length,
            // Many of them are a message in disguise (each one a bit), not a stray paste.
            confidence: zeroWidth.length >= 8 ? 'error' : 'warning'
        });
    }
    for (const m of allMatches(text, [HTML_COMMENT, HIDDEN_STYLE]))
        out.push({ category: HIDDEN_MARKUP, what: 'hides text from the user in markup', ...m });
    for (const m of text.matchAll(WHITESPACE_RUN))
        out.push({
            category: PADDING,
            what: `pads with ${m[0].length} blank characters, pushing what follows out of view`,
            start: m.index,
            end: m.index + m[0].length,
            detail: `"${visible(text.slice(Math.max(0, m.index - 60), m.index), 80)}" … "${visible(text.slice(m.index + m[0].length, m.index + m[0].length + 80), 80)}"`
        });
    for (const m of text.matchAll(BASE64)) {
        if (!/[A-Z]/.test(m[0]) || !/[a-z]/.test(m[0]) || !/\d/.test(m[0]))
            continue;
        out.push(encodedSign(text, m.index, m[0], 'base64'));
    }
    for (const m of text.matchAll(HEX))
        out.push(encodedSign(text, m.index, m[0], 'hex'));
    return out;
}
/** A long encoded string; when it decodes to text, that text is shown and scanned too. */
function encodedSign(text, start, blob, encoding) {
    const decoded = decodeText(blob, encoding);
    const end = start + blob.length;
    const signs = decoded === undefined ? [] : [...instructionSigns(decoded), ...sensitiveSigns(decoded)];
    return {
        category: tool_poisoning_ENCODED,
        what: `contains a ${blob.length}-character ${encoding} string`,
        start,
        end,
        confidence: signs.length > 0 ? 'error' : 'warning',
        detail: quote(text, start, Math.min(end, start + 40)) +
            (decoded === undefined ? '' : `, which decodes to "${visible(tool_poisoning_mask(decoded), 160)}"`)
    };
}
function urlSigns(text) {
    const out = [];
    let count = 0;
    for (const m of text.matchAll(URL_PATTERN)) {
        if (++count > 100)
            break;
        const url = m[0].replace(/[).,;:!?\]]+$/, '');
        let host;
        try {
            host = new URL(url.replace(/[{}<>$[\]]/g, 'x')).hostname;
        }
        catch {
            continue;
        }
        const collector = COLLECTOR_HOST.test(host);
        const slot = DATA_SLOT.test(url);
        const before = text.slice(Math.max(0, m.index - 120), m.index);
        const sends = TRANSFER_ANY.test(before) && (SENSITIVE_OBJECT.test(before) || collector);
        if (!collector && !slot && !sends)
            continue;
        out.push({
            category: DATA_URL,
            what: sends
                ? 'asks for data to be sent to a URL'
                : collector
                    ? 'names a request-collecting service'
                    : 'names a URL with a slot for data',
            start: sends ? m.index - Math.min(before.length, 60) : m.index,
            end: m.index + url.length,
            confidence: sends ? 'error' : 'warning'
        });
    }
    for (const m of text.matchAll(MARKDOWN_IMAGE_WITH_QUERY))
        out.push({
            category: DATA_URL,
            what: 'shows an image whose URL carries data (the client fetches it on display)',
            start: m.index,
            end: m.index + m[0].length
        });
    return out;
}
/** Zero-width joiners and non-joiners inside emoji and in scripts that need them are ordinary text. */
function partOfScript(text, index, length) {
    const code = text.codePointAt(index);
    if (code !== 0x200c && code !== 0x200d)
        return false;
    const before = [...text.slice(Math.max(0, index - 2), index)].pop() ?? '';
    const after = [...text.slice(index + length, index + length + 2)][0] ?? '';
    const shaped = (c) => /\p{Extended_Pictographic}|[\u{1F3FB}-\u{1F3FF}\uFE0F]/u.test(c) ||
        (/\p{L}|\p{M}/u.test(c) && !/[\p{Script=Latin}]/u.test(c));
    return shaped(before) && shaped(after);
}
function decodeText(blob, encoding) {
    const bytes = Buffer.from(blob, encoding);
    const text = bytes.toString('utf8');
    const printable = [...text].filter((c) => /[\p{L}\p{N}\p{P}\p{S}\s]/u.test(c)).length;
    return text.length > 0 && printable / [...text].length >= 0.9 ? text : undefined;
}
/** The start and end of every match of some patterns. */
function allMatches(text, patterns) {
    const out = [];
    for (const pattern of patterns)
        for (const m of text.matchAll(pattern))
            out.push({ start: m.index, end: m.index + m[0].length });
    return out.sort((a, b) => a.start - b.start);
}
/** The other servers' tool names that look like identifiers, with the server each belongs to. */
function foreignToolNames(others, own) {
    const names = new Map();
    for (const other of others)
        for (const tool of other.surface.tools) {
            const name = tool.name;
            // A plain word ("search", "fetch") is too common to mean that server's tool.
            if (own.has(name) || name.length < 4 || !/[_.\-\d]|[a-z][A-Z]/.test(name))
                continue;
            if (!names.has(name))
                names.set(name, other.server.name);
        }
    return names;
}
/** The texts of everything a server lists, where its model reads them. */
function items(surface) {
    const out = [];
    for (const tool of surface.tools) {
        const texts = own(tool, ['title', 'description']);
        const annotationTitle = tool.annotations?.title;
        if (typeof annotationTitle === 'string')
            texts.push({ where: 'annotations.title', text: annotationTitle });
        texts.push(...schemaTexts(tool.inputSchema, 'inputSchema'), ...schemaTexts(tool.outputSchema, 'outputSchema'));
        out.push({ kind: 'tool', name: tool.name, texts });
    }
    for (const prompt of surface.prompts) {
        const texts = own(prompt, ['title', 'description']);
        for (const argument of prompt.arguments ?? [])
            for (const field of ['title', 'description'])
                if (typeof argument[field] === 'string')
                    texts.push({ where: `argument "${argument.name}" ${field}`, text: argument[field] });
        out.push({ kind: 'prompt', name: prompt.name, texts });
    }
    for (const resource of surface.resources)
        out.push({ kind: 'resource', name: resource.name, texts: own(resource, ['title', 'description']) });
    for (const template of surface.resourceTemplates)
        out.push({ kind: 'resource template', name: template.name, texts: own(template, ['title', 'description']) });
    return out;
}
function own(item, fields) {
    return fields.flatMap((field) => (typeof item[field] === 'string' ? [{ where: field, text: item[field] }] : []));
}
// Schema keywords whose strings are prose the model reads.
const PROSE_KEYWORDS = new Set(['description', 'title', 'default', 'examples', 'enum', 'const']);
const MAX_SCHEMA_NODES = 5000;
/** Every prose string in a JSON Schema, with its path (`inputSchema.properties.note.description`). */
function schemaTexts(schema, root) {
    const out = [];
    const stack = [{ node: schema, path: root, prose: false }];
    let visited = 0;
    while (stack.length > 0 && visited++ < MAX_SCHEMA_NODES) {
        const { node, path, prose } = stack.pop();
        if (typeof node === 'string') {
            if (prose)
                out.push({ where: path, text: node });
        }
        else if (Array.isArray(node)) {
            node.forEach((child, i) => stack.push({ node: child, path: `${path}[${i}]`, prose }));
        }
        else if (node && typeof node === 'object') {
            for (const [key, child] of Object.entries(node))
                stack.push({ node: child, path: `${path}.${key}`, prose: prose || PROSE_KEYWORDS.has(key) });
        }
    }
    return out.reverse();
}
/**
 * The span in its sentence (or with a little context when the sentence is long), on one line, with
 * invisible characters made visible. The text is already masked.
 */
function quote(text, start, end) {
    const head = text.slice(Math.max(0, start - 60), start);
    const sentenceStart = Math.max(head.lastIndexOf('. '), head.lastIndexOf('! '), head.lastIndexOf('? '), head.lastIndexOf('\n'));
    const from = start <= 60
        ? 0
        : sentenceStart === -1
            ? start - 30
            : start - head.length + sentenceStart + (head[sentenceStart] === '\n' ? 1 : 2);
    const tail = text.slice(end, end + 80);
    const sentenceEnd = tail.search(/[.!?](?:\s|$)|\n/);
    const to = sentenceEnd === -1 ? Math.min(text.length, end + 30) : end + sentenceEnd + (tail[sentenceEnd] === '\n' ? 0 : 1);
    const cut = Math.min(to, from + 240);
    // An ellipsis marks a cut inside a sentence; a whole sentence needs none.
    const cutBefore = from > 0 && sentenceStart === -1;
    const cutAfter = cut < text.length && (cut < to || sentenceEnd === -1);
    return `"${cutBefore ? '…' : ''}${visible(text.slice(from, cut), 260).trim()}${cutAfter ? '…' : ''}"`;
}
/** Masks anything that looks like a credential. */
function tool_poisoning_mask(text) {
    return (0,mask/* maskCredentials */.Bs)(text);
}
/** One line, invisible characters made visible, cut to a length. */
function visible(text, limit) {
    const out = (0,report_escape/* revealInvisible */.hR)(text);
    return out.length > limit ? `${out.slice(0, limit - 1)}…` : out;
}

// EXTERNAL MODULE: ./src/nearest.ts
var nearest = __webpack_require__(7909);
// EXTERNAL MODULE: ./src/rules/support/document.ts
var support_document = __webpack_require__(8994);
;// CONCATENATED MODULE: ./src/rules/support/vscode-inputs.ts




/** Two rules read the same file's inputs: found once per file (its strings live exactly as long). */
const found = new WeakMap();
/**
 * The `inputs` a file declares (by id, with the pointer of the id) and every `${input:id}` its servers
 * use, for hosts whose profile says where inputs are declared (VS Code).
 */
function vscodeInputs(context) {
    if (found.has(context.strings))
        return found.get(context.strings);
    const inputs = readInputs(context);
    found.set(context.strings, inputs);
    return inputs;
}
function readInputs({ doc, profile, strings }) {
    const inputsAt = profile.servers?.inputs;
    if (!inputsAt)
        return undefined;
    const declared = new Map();
    const inputs = (0,util/* valueAt */.fK)(doc.value, inputsAt);
    if (Array.isArray(inputs)) {
        inputs.forEach((input, index) => {
            if ((0,util/* isRecord */.u4)(input) && typeof input.id === 'string' && !declared.has(input.id))
                declared.set(input.id, [...inputsAt, index, 'id']);
        });
    }
    const used = [];
    const serversAt = profile.servers.at;
    for (const node of (0,support_document/* stringsUnder */.Tj)(strings.all, serversAt)) {
        if (node.isKey)
            continue;
        for (const token of placeholderTokens(node.value)) {
            if (token.syntaxes[0] === 'input' && token.name)
                used.push({ path: node.path, id: token.name, text: token.text });
        }
    }
    // In the order they are written. A position costs a read of the text: asked only when there are two or more.
    if (used.length < 2)
        return { declared, inputsAt, used };
    const at = new Map(used.map((use) => [use, doc.span(use.path)?.value.offset ?? 0]));
    return { declared, inputsAt, used: used.sort((a, b) => at.get(a) - at.get(b)) };
}

;// CONCATENATED MODULE: ./src/rules/undefined-input.ts




/**
 * A VS Code `${input:id}` whose id no entry of `inputs` declares: VS Code stops with "Undefined input
 * variable" and the server does not start. Checked in `.vscode/mcp.json` and the legacy `mcp` setting.
 */
const undefinedInput = {
    id: 'undefined-input',
    defaultSeverity: 'error',
    description: 'A VS Code ${input:id} with no matching "inputs" entry.',
    messages: {
        undefined: '"{{text}}" refers to no input: "{{inputs}}" has no entry with the id "{{id}}"'
    },
    checkFile(context) {
        const { servers } = context;
        const inputs = vscodeInputs(context);
        if (!inputs)
            return [];
        const reports = [];
        const seen = new Set();
        const ids = [...inputs.declared.keys()];
        for (const use of inputs.used) {
            const key = `${JSON.stringify(use.path)}|${use.id}`;
            if (inputs.declared.has(use.id) || seen.has(key))
                continue;
            seen.add(key);
            const guess = (0,nearest/* suggest */.Z)(use.id, ids);
            const declared = ids.length > 0 ? `(it declares ${quoteList(ids)})` : '(it declares none)';
            const fix = guess ? `did you mean "\${input:${guess}}"? Otherwise add` : 'add';
            const report = {
                messageId: 'undefined',
                data: { text: use.text, inputs: (0,describe_path/* describePath */.N)(inputs.inputsAt).slice(1, -1), id: use.id },
                help: `VS Code stops with "Undefined input variable" and the server does not start; ${fix} { "type": "promptString", "id": "${use.id}", "description": "...", "password": true } to "inputs" ${declared}.`,
                at: use.path
            };
            const server = servers.find((s) => s.pointer.every((segment, i) => String(use.path[i]) === String(segment)));
            if (server)
                report.server = server.name;
            reports.push(report);
        }
        return reports;
    }
};

;// CONCATENATED MODULE: ./src/rules/unknown-approved-server.ts



/** The file whose servers a settings file approves, relative to the working directory (`packages/a/.mcp.json`). */
function target(path, profile, approvals) {
    const root = profile.projectRoot(path);
    return `${root === '' ? '' : `${root}/`}${approvals.file}`;
}
/** The approval lists of a settings file that hold at least one name, with what each does. */
function lists(value, approvals) {
    if (!(0,util/* isRecord */.u4)(value))
        return [];
    return [
        [approvals.approve, 'approves'],
        [approvals.reject, 'rejects']
    ].flatMap(([key, does]) => Array.isArray(value[key]) && value[key].length > 0 ? [[key, does, value[key]]] : []);
}
/**
 * `enabledMcpjsonServers` / `disabledMcpjsonServers` in `.claude/settings.json` (the lists a settings
 * profile names) naming a server that the project's `.mcp.json` does not define: a typo, or a server
 * renamed or removed since, so the entry does nothing. Compared when that file is among the checked
 * files; when the project has none at all, one notice says the lists approve nothing; when it exists
 * but was not checked (ignored in the config, or not passed on the command line), nothing is reported.
 */
const unknownApprovedServer = {
    id: 'unknown-approved-server',
    defaultSeverity: 'warning',
    description: 'enabledMcpjsonServers or disabledMcpjsonServers names a server that .mcp.json does not define.',
    messages: {
        noFile: '"{{key}}" {{does}} nothing: there is no {{file}}',
        unknown: '"{{key}}" {{does}} "{{name}}", but {{file}} defines no server of that name'
    },
    checkFile({ doc, profile, path, exists }) {
        const approvals = profile.approvals.projectServers;
        if (!approvals)
            return [];
        const file = target(path, profile, approvals);
        if (exists(file))
            return [];
        return lists(doc.value, approvals).map(([key, does]) => ({
            messageId: 'noFile',
            data: { key, does, file },
            help: `"${key}" names servers of the project's ${approvals.file}; add the servers to ${file}, or remove "${key}".`,
            at: [key],
            key: true,
            severity: 'notice'
        }));
    },
    checkProject({ files }) {
        const reports = [];
        for (const settings of files) {
            const approvals = settings.profile.approvals.projectServers;
            if (!approvals)
                continue;
            const file = target(settings.path, settings.profile, approvals);
            const defining = files.find((f) => f.path === file && f.profile.role === 'client');
            if (!defining)
                continue;
            const defined = defining.servers.map((s) => s.name);
            for (const [key, does, names] of lists(settings.doc.value, approvals)) {
                names.forEach((name, index) => {
                    if (typeof name !== 'string' || defined.includes(name))
                        return;
                    const guess = (0,nearest/* suggest */.Z)(name, defined);
                    const others = defined.length === 1
                        ? `the only server it defines is "${defined[0]}"`
                        : `the servers it defines are ${quoteList(defined)}`;
                    const hint = guess ? `did you mean "${guess}"?` : defined.length > 0 ? others : 'it defines no server';
                    const effect = does === 'approves' ? 'The approval has no effect' : 'The entry does nothing';
                    reports.push({
                        file: settings.path,
                        messageId: 'unknown',
                        data: { key, does, name, file },
                        help: `${effect} (a typo, or a server renamed or removed since); ${hint}${hint.endsWith('?') ? '' : '.'}`,
                        at: [key, index]
                    });
                });
            }
        }
        return reports;
    }
};

;// CONCATENATED MODULE: ./src/rules/support/package-specs.ts

const EXACT_SEMVER = /^[=v]?\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/;
const MOVING_REFS = new Set([
    'main',
    'master',
    'develop',
    'dev',
    'head',
    'trunk',
    'latest',
    'stable',
    'next',
    'nightly'
]);
/** A git ref pins when it is a commit hash or a version tag. */
function refPin(ref) {
    if (!ref)
        return 'git-branch';
    if (/^[0-9a-f]{7,40}$/i.test(ref) || /^v?\d+(?:\.\d+)+(?:[-+.][0-9A-Za-z.-]+)?$/.test(ref))
        return 'exact';
    return MOVING_REFS.has(ref.toLowerCase()) ? 'git-branch' : 'exact';
}
const isLocal = (spec) => /^(?:\.{1,2}(?:[\\/]|$)|[/~\\]|[A-Za-z]:[\\/]|file:)/.test(spec);
/** An npm package spec: `pkg`, `@scope/pkg@1.2.3`, `pkg@latest`, `github:user/repo#sha`, ... */
function npmSpec(spec) {
    if ((0,placeholders/* hasPlaceholder */.Kc)(spec) || isLocal(spec))
        return { name: spec, pin: 'other' };
    const git = /^(?:git\+[a-z]+:\/\/|git:\/\/|github:|gitlab:|bitbucket:|gist:)(.*)$/i.exec(spec) ??
        (/^[\w.-]+\/[\w.-]+(?:#.*)?$/.test(spec) && !spec.startsWith('@') ? ['', spec] : null);
    if (git) {
        const [source, ref] = spec.split('#', 2);
        return { name: source, version: ref, pin: ref?.startsWith('semver:') ? 'range' : refPin(ref) };
    }
    if (/^https?:\/\//i.test(spec))
        return { name: spec, pin: 'other' };
    const at = spec.indexOf('@', spec.startsWith('@') ? 1 : 0);
    if (at === -1)
        return { name: spec, pin: 'none' };
    const name = spec.slice(0, at);
    const version = spec.slice(at + 1);
    if (name.startsWith('npm:') || version === '')
        return { name: spec, pin: version === '' ? 'none' : 'other' };
    return { name, version, pin: versionPin(version) };
}
function versionPin(version) {
    if (version.toLowerCase() === 'latest')
        return 'latest';
    if (EXACT_SEMVER.test(version))
        return 'exact';
    if (/^[\d^~<>=*xX.|\s-]+$/.test(version) || /\s|\|\||^[<>=^~]/.test(version))
        return 'range';
    return 'tag';
}
/** A Python package spec for uvx/pipx: `pkg`, `pkg==1.2`, `pkg@1.2`, `pkg[extra]>=1`, `git+https://…@ref`. */
function pythonSpec(spec) {
    if ((0,placeholders/* hasPlaceholder */.Kc)(spec) || isLocal(spec))
        return { name: spec, pin: 'other' };
    if (/^git\+/i.test(spec)) {
        const url = spec.replace(/#.*$/, '');
        const tail = url.slice(url.lastIndexOf('/') + 1);
        const at = tail.lastIndexOf('@');
        return {
            name: at === -1 ? url : url.slice(0, url.length - tail.length + at),
            version: at === -1 ? undefined : tail.slice(at + 1),
            pin: refPin(at === -1 ? undefined : tail.slice(at + 1))
        };
    }
    if (/^[a-z]+:\/\//i.test(spec) || / @ /.test(spec))
        return { name: spec, pin: 'other' };
    const requirement = spec.replace(/;.*$/, '').trim();
    const match = /^([A-Za-z0-9][A-Za-z0-9._-]*)(\[[^\]]*\])?\s*(.*)$/.exec(requirement);
    if (!match)
        return { name: spec, pin: 'other' };
    const [, name, , rest] = match;
    if (rest === '')
        return { name, pin: 'none' };
    if (rest.startsWith('@')) {
        const version = rest.slice(1);
        return {
            name,
            version,
            pin: version.toLowerCase() === 'latest' ? 'latest' : /^\d[\w.+!-]*$/.test(version) ? 'exact' : 'tag'
        };
    }
    const exact = /^={2,3}\s*([^,*\s]+)$/.exec(rest);
    if (exact)
        return { name, version: exact[1], pin: 'exact' };
    return { name, version: rest, pin: 'range' };
}
/** A Docker image reference: `image`, `image:tag`, `registry:5000/ns/image@sha256:…`. */
function dockerSpec(spec) {
    if ((0,placeholders/* hasPlaceholder */.Kc)(spec))
        return { name: spec, pin: 'other' };
    const digest = spec.indexOf('@');
    if (digest !== -1)
        return { name: spec.slice(0, digest), version: spec.slice(digest + 1), pin: 'exact' };
    const slash = spec.lastIndexOf('/');
    const colon = spec.indexOf(':', slash + 1);
    if (colon === -1)
        return { name: spec, pin: 'none' };
    const tag = spec.slice(colon + 1);
    return { name: spec.slice(0, colon), version: tag, pin: tag.toLowerCase() === 'latest' ? 'latest' : 'exact' };
}
/** The spec of a package run, taken apart by its ecosystem's rules. */
function parseSpec(run) {
    const spec = run.spec.value.trim();
    if (run.ecosystem === 'npm')
        return npmSpec(spec);
    if (run.ecosystem === 'python')
        return pythonSpec(spec);
    return dockerSpec(spec);
}

;// CONCATENATED MODULE: ./src/rules/unpinned-package.ts




/** How to write a pinned spec, and how to find the version to pin, per ecosystem. */
function pinAdvice(run, spec) {
    if (spec.pin === 'git-branch')
        return `pin a commit: "${spec.name}${run.ecosystem === 'npm' ? '#' : '@'}<commit sha>"`;
    if (run.ecosystem === 'npm')
        return `pin an exact version: "${spec.name}@X.Y.Z" (\`npm view ${spec.name} version\` prints the newest)`;
    if (run.ecosystem === 'python')
        return `pin an exact version: "${spec.name}==X.Y.Z" (\`pip index versions ${spec.name}\` lists them)`;
    return `pin a version tag or, better, a digest: "${spec.name}:X.Y.Z" or "${spec.name}@sha256:…"`;
}
/** A stand-in for a value a script writes later: `<AUTO_GENERATED>`, `${VERSION}`, `{version}`. */
function isTemplate(version) {
    return /^<[A-Za-z0-9_ .-]{1,80}>$/.test(version) || (0,placeholders/* hasPlaceholder */.Kc)(version);
}
/** Which message says what the spec leaves open. */
function messageIdOf(run, spec) {
    switch (spec.pin) {
        case 'none':
            return run.ecosystem === 'docker' ? 'noTag' : 'noVersion';
        case 'latest':
            return 'latest';
        case 'range':
            return 'range';
        case 'tag':
            return 'movingTag';
        default:
            return spec.version ? 'gitBranch' : 'gitNoCommit';
    }
}
const KIND = { npm: 'npm package', python: 'Python package', docker: 'Docker image' };
/**
 * A package that npx, bunx, pnpm dlx, yarn dlx, npm exec, uvx, pipx run or docker run downloads at
 * each start without a fixed version: whatever is published next runs on every machine, unreviewed.
 */
const unpinnedPackage = {
    id: 'unpinned-package',
    defaultSeverity: 'warning',
    preset: 'strict',
    description: 'A package run through npx, uvx, pipx, bunx, dlx or docker without a pinned version.',
    messages: {
        noVersion: '{{kind}} "{{name}}" runs through {{runner}} without a version',
        noTag: '{{kind}} "{{name}}" runs without a tag, which means "latest"',
        latest: '{{kind}} "{{name}}" is pinned to "latest"',
        range: '{{kind}} "{{name}}" has the version range "{{version}}", not an exact version',
        movingTag: '{{kind}} "{{name}}" has the moving tag "{{version}}", not an exact version',
        gitBranch: '{{kind}} "{{name}}" comes from git on the branch "{{version}}", not a commit',
        gitNoCommit: '{{kind}} "{{name}}" comes from git without a commit'
    },
    checkFile({ profile, servers }) {
        const reports = [];
        const seen = new Set();
        // A switched-off server is one click from running, so its package is checked too.
        for (const launch of launches(servers, profile, { includeDisabled: true })) {
            for (const argv of invocations(launch)) {
                for (const run of packageRuns(argv)) {
                    const spec = parseSpec(run);
                    if (spec.pin === 'exact' || spec.pin === 'other')
                        continue;
                    // A version a release script fills in (`<AUTO_GENERATED>`, `${VERSION}`) is pinned once published.
                    if (spec.version !== undefined && isTemplate(spec.version))
                        continue;
                    const key = `${JSON.stringify(run.spec.at)}|${run.spec.value}`;
                    if (seen.has(key))
                        continue;
                    seen.add(key);
                    const messageId = messageIdOf(run, spec);
                    const data = { kind: KIND[run.ecosystem], name: spec.name };
                    if (messageId === 'noVersion')
                        data.runner = run.runner;
                    if (spec.version !== undefined && !['latest', 'gitNoCommit'].includes(messageId))
                        data.version = spec.version;
                    reports.push({
                        messageId,
                        data,
                        help: `Which release runs depends on when each machine fetches it, so colleagues run different code and a new (or hijacked) release runs unreviewed; ${pinAdvice(run, spec)}.`,
                        ...reportAt(run.spec, launch.server)
                    });
                }
            }
        }
        return reports;
    }
};

;// CONCATENATED MODULE: ./src/rules/unused-input.ts

/**
 * A VS Code `inputs` entry that no `${input:id}` in the file's servers uses: VS Code never asks for
 * it, so it is a leftover (or the server that should use it has a typo in the reference).
 */
const unusedInput = {
    id: 'unused-input',
    defaultSeverity: 'warning',
    preset: 'strict',
    description: 'A VS Code "inputs" entry that no server uses.',
    messages: {
        unused: 'input "{{id}}" is declared, but no server uses "${input:{{id}}}"'
    },
    checkFile(context) {
        const inputs = vscodeInputs(context);
        if (!inputs)
            return [];
        const used = new Set(inputs.used.map((u) => u.id));
        const reports = [];
        for (const [id, at] of inputs.declared) {
            if (used.has(id))
                continue;
            reports.push({
                messageId: 'unused',
                data: { id },
                help: 'VS Code never asks for it; remove it, or reference it where a server needs the value (env, headers or args).',
                at
            });
        }
        return reports;
    }
};

;// CONCATENATED MODULE: ./src/rules/url-without-type.ts


/** The transport the URL most likely speaks: `/sse` paths are legacy SSE endpoints, `ws://` WebSockets. */
function likelyTransport(url) {
    if (/^\s*wss?:\/\//i.test(url))
        return 'ws';
    return endsInSse(url) ? 'sse' : 'http';
}
/** What each transport is for, in the alternatives a fix offers. */
const PURPOSE = {
    http: 'for Streamable HTTP',
    sse: 'for a legacy SSE endpoint',
    ws: 'for a WebSocket'
};
/** `add "type": "http" (or "sse" for a legacy SSE endpoint)`, in the host's own spelling. */
function fix(profile, url) {
    const likely = likelyTransport(url);
    const chosen = (0,hosts_profile/* spelling */.DS)(profile, likely) ?? (0,hosts_profile/* spelling */.DS)(profile, 'http') ?? 'http';
    const others = ['http', 'sse', 'ws']
        .map((t) => ({ t, value: (0,hosts_profile/* spelling */.DS)(profile, t) }))
        .filter((o) => o.value !== undefined && o.value !== chosen)
        .filter((o, i, all) => all.findIndex((x) => x.value === o.value) === i)
        .map((o) => `"${o.value}" ${PURPOSE[o.t]}`);
    const sseOnly = likely === 'sse' && chosen === (0,hosts_profile/* spelling */.DS)(profile, 'sse') && chosen !== (0,hosts_profile/* spelling */.DS)(profile, 'http');
    const why = sseOnly ? ', since the path ends in /sse, a legacy SSE endpoint' : '';
    return `add "type": "${chosen}"${why}${others.length > 0 ? ` (or ${others.join(', ')})` : ''}`;
}
/** A host's own text as the start of a sentence (host names keep their case: "opencode"). */
function sentence(text) {
    return text.replace(/^the /, 'The ');
}
/**
 * A remote server written with `url` but no `type`, in a host that needs the type to connect (its
 * profile says why a typeless url fails: Claude Code, Roo Code, opencode, Copilot custom agents). Reported at the server's key, in place
 * of the schema's "missing required" error there. Disabled entries are reported too: these hosts
 * validate every entry, so a broken one fails even while switched off.
 */
const urlWithoutType = {
    id: 'url-without-type',
    defaultSeverity: 'error',
    description: 'A remote server has a url but no "type" where its host needs one.',
    supersedes: ['schema-required'],
    messages: {
        noType: 'server "{{server}}" has a "url" but no "type", so {{host}} cannot connect to it'
    },
    checkFile({ doc, host, profile, servers }) {
        const consequence = profile.transports.untyped.url.url?.fails;
        if (!consequence)
            return [];
        const reports = [];
        for (const server of servers) {
            const entry = entryOf(doc, server);
            if (!entry || 'type' in entry || typeof entry.url !== 'string' || hasCommand(entry))
                continue;
            reports.push({
                messageId: 'noType',
                data: { server: server.name, host: host.name },
                help: `${sentence(consequence)}; ${fix(profile, entry.url)}.`,
                at: server.pointer,
                key: true,
                server: server.name
            });
        }
        return reports;
    }
};

;// CONCATENATED MODULE: ./src/rules/user-specific-path.ts








/** The fields that hold paths a server is started with (opencode's `environment`, Zed's nested `command` included). */
const FIELDS = ['command', 'args', 'cwd', 'env', 'environment', 'envFile'];
/**
 * A home directory of one named user: `/Users/alice`, `/home/alice`, `C:\Users\alice`, WSL's
 * `/mnt/c/Users/alice`. It may start the value or follow `=`, `,` or a space (`--dir=/home/alice/x`);
 * not `:`, since after a colon comes the container side of a Docker volume (`data:/home/node`).
 */
const HOME = /(?:^|[\s=,;'"(])((?:\/mnt\/[a-z]\/|[A-Za-z]:[\\/]{1,2})Users[\\/]{1,2}([^\\/\s:;,'"]+)|\/Users\/([^/\s:;,'"]+)|\/home\/([^/\s:;,'"]+))/;
/** Shared folders that every machine has, and users that CI runners are. */
const NOT_A_PERSON = new Set(['shared', 'public', 'default', 'all users', 'runner', 'linuxbrew']);
/** `~` at the start of the value, or of an option's value (`--dir=~/x`). */
const TILDE = /(?:^|=)~(?:[\\/]|$)/;
/** The way to write the user's home directory in this host, if it has one: its own variable, else the environment's HOME. */
function homeReference(profile) {
    return (0,hosts_profile/* variableFor */.S_)(profile, 'home') ?? (0,placeholder_syntax/* envReference */.j)(profile.placeholders.syntaxes, 'HOME');
}
/** Options of `docker run` whose values are paths on the host; every other argument is the container's business. */
const DOCKER_HOST_PATHS = new Set(['v', 'volume', 'mount', 'env-file', 'label-file', 'cidfile']);
/**
 * For a server started with `docker run`: the arguments that name host paths, as string nodes. Paths
 * elsewhere in its arguments (`-e HOME=/home/node`, `-w /home/app`) live inside the container.
 */
function dockerHostArgs(doc, profile, server) {
    const launch = launchOf(server, profile);
    const docker = launch &&
        invocations(launch)
            .map(dockerRun)
            .find((run) => run !== undefined);
    if (!docker)
        return undefined;
    const nodes = new Map();
    for (const option of docker.options) {
        // The whole written string: `--env-file=/home/bob/.env` is one argument.
        const written = option.value && !option.value.key ? (0,util/* valueAt */.fK)(doc.value, option.value.at) : undefined;
        if (DOCKER_HOST_PATHS.has(option.name) && typeof written === 'string')
            nodes.set(JSON.stringify(option.value?.at), { path: option.value?.at ?? [], value: written, isKey: false });
    }
    return [...nodes.values()];
}
/** Whether a value may hold what this rule reports: a home directory `HOME` matches, or a `~`. */
function mayNameAHome(value) {
    return value.includes('Users') || value.includes('/home/') || value.includes('~');
}
/** The user-specific part of a value, if any. */
function homePath(value) {
    // Every home directory HOME matches has `Users` or `/home/` in it: most strings have neither.
    if (!value.includes('Users') && !value.includes('/home/'))
        return undefined;
    const match = HOME.exec(value);
    if (!match)
        return undefined;
    const user = match[2] ?? match[3] ?? match[4] ?? '';
    if (NOT_A_PERSON.has(user.toLowerCase()) || (0,placeholders/* hasPlaceholder */.Kc)(user) || /^[<{[%$]/.test(user))
        return undefined;
    return match[1];
}
/**
 * Paths that exist only on one person's machine (`/Users/alice/...`, `/home/bob/...`, `C:\Users\carol\...`),
 * and `~`, which no host expands because servers are started without a shell.
 */
const userSpecificPath = {
    id: 'user-specific-path',
    defaultSeverity: 'warning',
    description: "A path with ~ or into one person's home directory, which colleagues do not have.",
    messages: {
        homePath: '"{{prefix}}" is one person\'s home directory, which colleagues do not have',
        tildeProgram: '"{{value}}" starts with "~", which {{host}} does not expand, so the path is not found',
        tildeArgument: '"{{value}}" has a "~" that {{host}} does not expand: the server gets it as it is'
    },
    checkFile({ doc, host, profile, servers, strings }) {
        const reports = [];
        // How the host writes the home and project folders, for the fixes: read once a finding needs them.
        let references;
        const referencesOf = () => (references ??= { home: homeReference(profile), project: (0,hosts_profile/* variableFor */.S_)(profile, 'project') });
        for (const server of servers) {
            if (server.disabled || !(0,util/* isRecord */.u4)((0,util/* valueAt */.fK)(doc.value, server.pointer)))
                continue;
            // Every finding is of a value with a home folder (`Users`, `/home/`) or a `~` in it: most entries have none.
            if (!strings.of(server).some((node) => !node.isKey && mayNameAHome(node.value)))
                continue;
            const dockerArgs = dockerHostArgs(doc, profile, server);
            for (const field of FIELDS) {
                const base = [...server.pointer, field];
                const nodes = dockerArgs && field === 'args' ? dockerArgs : (0,support_document/* stringsUnder */.Tj)(strings.of(server), base);
                for (const node of nodes) {
                    if (node.isKey)
                        continue;
                    const prefix = homePath(node.value);
                    if (prefix) {
                        const { home, project } = referencesOf();
                        const fixes = [
                            project ? `a path inside the project ("${project}/…")` : 'a path relative to the project',
                            home ? `"${home}/…" for a file in each user's home` : undefined
                        ]
                            .filter(Boolean)
                            .join(' or ');
                        const fix = profile.readFrom === 'user-folder'
                            ? `${host.name} reads its config from each user's own settings folder, so a committed copy is an example: write an obvious placeholder ("/path/to/…") and tell readers to replace it`
                            : `use ${fixes}`;
                        const report = {
                            messageId: 'homePath',
                            data: { prefix },
                            help: `Colleagues have no such path, so the server fails on their machines; ${fix}.`,
                            at: node.path,
                            server: server.name
                        };
                        // A committed copy of a file each user keeps in their own folder is an example, not what runs.
                        if (profile.readFrom === 'user-folder')
                            report.severity = 'notice';
                        reports.push(report);
                    }
                    else if (node.value.includes('~') && TILDE.test(node.value)) {
                        const isProgram = field === 'command' || field === 'cwd';
                        const { home } = referencesOf();
                        const instead = home
                            ? `write "${home}" instead of "~"`
                            : 'write the absolute path, or a path relative to the project';
                        reports.push({
                            messageId: isProgram ? 'tildeProgram' : 'tildeArgument',
                            data: { value: node.value, host: host.name },
                            help: `Servers are started without a shell, so nothing expands "~"${isProgram ? '' : ', and the program works only if it expands "~" itself'}; ${instead}.`,
                            at: node.path,
                            server: server.name
                        });
                    }
                }
            }
        }
        return reports;
    }
};

;// CONCATENATED MODULE: ./src/rules/vulnerable-mcp-remote.ts



/** Releases affected by CVE-2025-6514: from 0.0.5 (the first with OAuth) up to, not including, 0.1.16. */
const FIRST_AFFECTED = [0, 0, 5];
const FIXED = [0, 1, 16];
/** Compares two exact versions; a pre-release sorts before its release. */
function compare(a, aPre, b) {
    for (let i = 0; i < 3; i++)
        if (a[i] !== b[i])
            return a[i] - b[i];
    return aPre ? -1 : 0;
}
/** Whether an exact version (`0.1.15`, `v0.1.15`, `0.1.16-beta.1`) is one CVE-2025-6514 affects. */
function isAffected(version) {
    const match = /^[=v]?(\d+)\.(\d+)\.(\d+)(-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/.exec(version);
    if (!match)
        return false;
    const parts = [Number(match[1]), Number(match[2]), Number(match[3])];
    const pre = match[4] !== undefined;
    return compare(parts, pre, FIXED) < 0 && compare(parts, pre, FIRST_AFFECTED) >= 0;
}
/**
 * An explicit mcp-remote version below 0.1.16, which lets a malicious or compromised server run
 * commands on the machine (CVE-2025-6514). Unpinned mcp-remote resolves to a fixed release and is
 * left to unpinned-package.
 */
const vulnerableMcpRemote = {
    id: 'vulnerable-mcp-remote',
    defaultSeverity: 'error',
    description: 'mcp-remote below 0.1.16, which has a command-injection vulnerability (CVE-2025-6514).',
    messages: {
        vulnerable: 'mcp-remote {{version}} has a critical command-injection vulnerability (CVE-2025-6514)'
    },
    checkFile({ profile, servers }) {
        const reports = [];
        // Switched-off servers too: one click runs them.
        for (const launch of launches(servers, profile, { includeDisabled: true })) {
            for (const argv of invocations(launch)) {
                // A spec's name is part of one of its words: a command without the name needs no reading.
                if (!argv.some((word) => word.value.includes('mcp-remote')))
                    continue;
                for (const run of packageRuns(argv)) {
                    if (run.ecosystem !== 'npm')
                        continue;
                    const spec = npmSpec(run.spec.value);
                    if (spec.name !== 'mcp-remote' || spec.pin !== 'exact' || !isAffected(spec.version ?? ''))
                        continue;
                    reports.push({
                        messageId: 'vulnerable',
                        data: { version: spec.version ?? '' },
                        help: 'In versions 0.0.5 to 0.1.15 a malicious or compromised remote server can make mcp-remote run commands on this machine through the OAuth authorization URL it sends; pin 0.1.16 or later.',
                        ...reportAt(run.spec, launch.server)
                    });
                }
            }
        }
        return reports;
    }
};

;// CONCATENATED MODULE: ./src/rules/wrong-servers-key.ts





/** Whose key a server-map key is: "VS Code's key", "the key of Claude Code and most other hosts". */
function owner(names) {
    const hosts = withoutVariants(names);
    if (hosts.length === 1)
        return `${hosts[0]}'s key`;
    return hosts.length > 3 ? `the key of ${hosts[0]} and most other hosts` : `the key of ${andList(hosts)}`;
}
/** Keys that only a server entry has. */
const SERVER_KEYS = ['command', 'url', 'serverUrl', 'httpUrl', 'type', 'args'];
const isServerLike = (entry) => (0,util/* isRecord */.u4)(entry) && SERVER_KEYS.some((key) => key in entry);
/** The names of the servers under a foreign key (a map, or Continue's list), or undefined if it holds none. */
function serverNames(value) {
    if (Array.isArray(value)) {
        if (!value.some(isServerLike))
            return value.length === 0 ? [] : undefined;
        return value
            .filter(isServerLike)
            .map((item, i) => typeof item.name === 'string'
            ? String(item.name)
            : `#${i + 1}`);
    }
    if (!(0,util/* isRecord */.u4)(value))
        return undefined;
    const entries = Object.entries(value);
    if (entries.length === 0)
        return [];
    return entries.some(([, entry]) => isServerLike(entry))
        ? entries.filter(([, entry]) => (0,util/* isRecord */.u4)(entry)).map(([name]) => name)
        : undefined;
}
/** `the 1 server under it ("github") is`, `the 4 servers under it ("a", "b", "c", ...) are`. */
function lost(names) {
    const shown = names.length > 3
        ? `${names
            .slice(0, 3)
            .map((n) => `"${n}"`)
            .join(', ')}, ...`
        : quoteList(names);
    return names.length === 1
        ? `the 1 server under it (${shown}) is`
        : `the ${names.length} servers under it (${shown}) are`;
}
/**
 * Servers written under another host's key (`servers` in a Cursor or Claude file, `mcpServers` in
 * `.vscode/mcp.json`, `context_servers` outside Zed, ...): the host reads only its own key and
 * silently starts none of them. An empty map under the wrong key loses nothing and is a warning.
 * Replaces the adapters' own unknown-key finding at the same key.
 */
const wrongServersKey = {
    id: 'wrong-servers-key',
    defaultSeverity: 'error',
    description: 'The server map is under the key of another host ("servers" vs "mcpServers").',
    supersedes: ['schema-unknown-key', 'schema-required', 'schema-required@file'],
    messages: {
        wrongKey: '{{host}} starts no server under "{{key}}": it reads servers only from "{{expected}}"',
        emptyMap: '{{host}} ignores the empty "{{key}}" map: it reads servers only from "{{expected}}"'
    },
    checkFile({ doc, host, profile }) {
        if (!profile.servers)
            return [];
        const at = profile.servers.at;
        const expected = { container: at.slice(0, -1), key: String(at[at.length - 1]) };
        const container = (0,util/* valueAt */.fK)(doc.value, expected.container);
        if (!(0,util/* isRecord */.u4)(container))
            return [];
        const reports = [];
        for (const [key, hosts] of (0,src_hosts/* serverMapKeys */.iW)()) {
            // The host's own settings beside its map (Gemini's `mcp` policy) are no other host's map.
            if (key === expected.key || !(key in container) || profile.servers.ownKeys.includes(key))
                continue;
            const names = serverNames(container[key]);
            if (names === undefined || (key === 'mcp' && names.length === 0))
                continue;
            const at = [...expected.container, key];
            const data = { host: host.name, key, expected: expected.key };
            if (names.length === 0) {
                reports.push({
                    messageId: 'emptyMap',
                    data,
                    help: `"${key}" is ${owner(hosts)}; an empty map there loses nothing but reads as if servers could go in it: rename it to "${expected.key}" or remove it.`,
                    at,
                    key: true,
                    severity: 'warning'
                });
                continue;
            }
            const fix = expected.key in container
                ? `move ${names.length === 1 ? 'it' : 'them'} into "${expected.key}"`
                : `rename the key to "${expected.key}"`;
            reports.push({
                messageId: 'wrongKey',
                data,
                help: `"${key}" is ${owner(hosts)}; ${host.name} does not complain about it, so ${lost(names)} silently never started: ${fix}.`,
                at,
                key: true
            });
        }
        return reports;
    }
};

;// CONCATENATED MODULE: ./src/rules/index.ts




































/** Every semantic rule, sorted by id. A test checks each is registered, documented and has fixtures. */
const RULES = [
    autoApproveAll,
    commandAndUrl,
    commandWithArguments,
    crossHostDrift,
    dangerousEnvOverride,
    duplicateServerName,
    emptyServerMap,
    emptyUrl,
    enableAllProjectServers,
    envInventory,
    filesystemRootAccess,
    foreignPlaceholder,
    foreignTransportType,
    hardcoded_secret/* hardcodedSecret */.H,
    insecureHttp,
    legacySseTransport,
    mcpJsonInClaudeDir,
    missingScript,
    nestedTransport,
    npxWithoutYes,
    reservedServerName,
    riskyDocker,
    serversInClaudeSettings,
    shellDownloadExec,
    sseUrlWithoutType,
    stdioOnlyHost,
    surroundingWhitespace,
    toolPoisoning,
    undefinedInput,
    unknownApprovedServer,
    unpinnedPackage,
    unusedInput,
    urlWithoutType,
    userSpecificPath,
    vulnerableMcpRemote,
    wrongServersKey
];
/** Base URL of the rule docs, for SARIF help links and messages. */
const DOCS_BASE_URL = 'https://github.com/mcpcop/mcpcop/blob/main/docs/rules/';
/** Link to a rule's documentation page. */
function docsUrl(ruleId) {
    return `${DOCS_BASE_URL}${ruleId}.md`;
}


/***/ }),

/***/ 8436:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ envReference)
/* harmony export */ });
/** How to write "the value of environment variable NAME" in a host, for fix suggestions. */
function envReference(placeholders, name) {
    if (placeholders.includes('dollar-brace'))
        return `\${${name}}`;
    if (placeholders.includes('env-colon'))
        return `\${env:${name}}`;
    if (placeholders.includes('brace-env'))
        return `{env:${name}}`;
    if (placeholders.includes('double-brace'))
        return `\${{ secrets.${name} }}`;
    if (placeholders.includes('mcpb-variable'))
        return `\${user_config.${name.toLowerCase()}}`;
    if (placeholders.includes('dollar'))
        return `$${name}`;
    return undefined;
}


/***/ }),

/***/ 8994:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gz: () => (/* binding */ DocumentStrings),
/* harmony export */   Tj: () => (/* binding */ stringsUnder)
/* harmony export */ });
/* unused harmony export documentStrings */
/* harmony import */ var _hosts_util_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5035);
/* harmony import */ var _secrets_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6551);


/** Every string of a value (keys included), in one iterative walk (no recursion on hostile depth). */
function documentStrings(root) {
    return walkStrings(root).strings;
}
/**
 * The walk: every string of `root`, and for each of `marked` (objects or arrays inside it), the block of
 * the list that holds the strings inside it (a node's strings are contiguous, since the walk finishes a
 * node before it goes on to the nodes beside it); null for one met twice (a YAML alias), whose place is
 * ambiguous.
 */
function walkStrings(root, marked) {
    const out = [];
    const blocks = new Map();
    const stack = [
        { node: root, path: [] }
    ];
    while (stack.length > 0) {
        const { node, path, field, name, ends } = stack.pop();
        if (ends) {
            ends.end = out.length;
            continue;
        }
        if (typeof node === 'string') {
            out.push({ path, value: node, isKey: false, field, name });
            continue;
        }
        if (marked?.has(node)) {
            if (blocks.has(node))
                blocks.set(node, null);
            else {
                const block = { path, start: out.length, end: out.length };
                blocks.set(node, block);
                stack.push({ node: undefined, path, ends: block });
            }
        }
        if (Array.isArray(node))
            node.forEach((child, i) => {
                const flag = (0,_secrets_js__WEBPACK_IMPORTED_MODULE_0__/* .flagBefore */ .oR)(node, i);
                stack.push({ node: child, path: [...path, i], field: flag, name: flag });
            });
        else if ((0,_hosts_util_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(node)) {
            const pairName = typeof node.name === 'string' ? node.name : undefined;
            for (const [key, child] of Object.entries(node)) {
                // A key and its value have the same pointer: one array for both (pointers are never changed).
                const at = [...path, key];
                out.push({ path: at, value: key, isKey: true });
                const childName = pairName !== undefined && (key === 'value' || key === 'default') ? pairName : key;
                stack.push({ node: child, path: at, field: key, name: childName });
            }
        }
    }
    return { strings: out, blocks };
}
/**
 * The strings inside the node at `base` (not the key that names it), in walk order, their paths
 * starting with `base` as given: what walking that node alone would give.
 */
function stringsUnder(all, base) {
    const out = [];
    for (const node of all) {
        const { path } = node;
        if (path.length < base.length || (node.isKey && path.length === base.length))
            continue;
        let same = true;
        let inside = true;
        for (let i = 0; i < base.length; i++) {
            if (path[i] === base[i])
                continue;
            same = false;
            if (String(path[i]) !== String(base[i])) {
                inside = false;
                break;
            }
        }
        if (!inside)
            continue;
        out.push(same ? node : { ...node, path: [...base, ...path.slice(base.length)] });
    }
    return out;
}
/** The strings rules ask about, found once per file: the whole document's and each server entry's. */
class DocumentStrings {
    document;
    servers;
    walked;
    /** Each server's entry, and where the walk put the strings inside it. */
    entries = new Map();
    blocks = new Map();
    byServer = new Map();
    /** `servers`: the file's servers, whose entries' strings the walk marks as it goes (`of` then cuts them out). */
    constructor(document, servers = []) {
        this.document = document;
        this.servers = servers;
    }
    /** Every string of the document, values and keys, with their pointers. */
    get all() {
        if (this.walked === undefined) {
            const root = this.document.value;
            for (const server of this.servers) {
                const entry = (0,_hosts_util_js__WEBPACK_IMPORTED_MODULE_1__/* .valueAt */ .fK)(root, server.pointer);
                if (entry !== null && typeof entry === 'object')
                    this.entries.set(server, entry);
            }
            const walk = walkStrings(root, new Set(this.entries.values()));
            this.walked = walk.strings;
            this.blocks = walk.blocks;
        }
        return this.walked;
    }
    /** The strings inside one server's entry. */
    of(server) {
        let found = this.byServer.get(server);
        if (!found)
            this.byServer.set(server, (found = this.read(server)));
        return found;
    }
    read(server) {
        const all = this.all;
        const block = this.blocks.get(this.entries.get(server));
        // The walk's block, where the walk met the entry at the server's pointer as spelled (else the pointer's spelling wins).
        if (block && samePointer(block.path, server.pointer))
            return all.slice(block.start, block.end);
        return stringsUnder(all, server.pointer);
    }
}
function samePointer(a, b) {
    return a.length === b.length && a.every((segment, i) => segment === b[i]);
}


/***/ }),

/***/ 4603:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ FORMATS)
/* harmony export */ });
/* harmony import */ var ajv_formats_dist_formats_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(779);
/* harmony import */ var _placeholders_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4429);


/**
 * The string formats our schemas use: ajv-formats' full set, and two placeholder-aware URL formats.
 * The precompiled validators (src/schema/compiled/) refer to this object by name, so the formats the
 * build compiled against and the ones that run are the same code.
 */
const FORMATS = {
    ...ajv_formats_dist_formats_js__WEBPACK_IMPORTED_MODULE_0__.fullFormats,
    // A URL in an MCP config may hold placeholders (`https://${input:host}/mcp`): judge the shape around them.
    'mcp-url': {
        type: 'string',
        validate: (value) => {
            if (value === '')
                return true;
            try {
                // A leading placeholder may supply the scheme itself (`${BASE_URL}/mcp`).
                const masked = (0,_placeholders_js__WEBPACK_IMPORTED_MODULE_1__/* .maskPlaceholders */ .jw)(value);
                return new URL(masked.startsWith('placeholder') ? `https://${masked}` : masked).protocol.length > 1;
            }
            catch {
                return false;
            }
        }
    },
    'mcp-http-url': {
        type: 'string',
        validate: (value) => /^(https?:\/\/|\$\{|\{)/i.test(value) && URL.canParse((0,_placeholders_js__WEBPACK_IMPORTED_MODULE_1__/* .maskPlaceholders */ .jw)(value))
    }
};


/***/ }),

/***/ 8039:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ ucs2length)
/* harmony export */ });
/* unused harmony export equal */
/* harmony import */ var ajv_dist_runtime_equal_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4951);
/* harmony import */ var ajv_dist_runtime_ucs2length_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6214);


// The helpers ajv's generated code calls, for the precompiled validators. They are CommonJS with an
// `exports.default`: Node hands the module object to a default import, a bundler the function itself.
const own = (module) => (module.default ?? module);
/** Length of a string in code points, as JSON Schema's minLength and maxLength count it. */
const ucs2length = own(ajv_dist_runtime_ucs2length_js__WEBPACK_IMPORTED_MODULE_0__["default"]);
/** Deep equality, for enum, const and uniqueItems over objects. */
const equal = own(ajv_dist_runtime_equal_js__WEBPACK_IMPORTED_MODULE_1__["default"]);


/***/ }),

/***/ 1465:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NK: () => (/* binding */ schemaMessage),
/* harmony export */   mv: () => (/* binding */ validateDocument)
/* harmony export */ });
/* unused harmony export SCHEMA_MESSAGES */
/* harmony import */ var _message_template_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3887);
/* harmony import */ var _describe_path_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9104);
/* harmony import */ var _nearest_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7909);
/* harmony import */ var _parse_source_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3226);
/* harmony import */ var _mask_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5235);





/** Keeps the number of errors from one hostile file bounded. */
const MAX_ERRORS_PER_FILE = 200;
/** A whole value that marks what a script writes later: `<AUTO_GENERATED>`, `<VERSION>`. */
const TEMPLATE_MARKER = /^<[A-Za-z0-9_ .-]{2,80}>$/;
/**
 * Validates a parsed document with a precompiled validator (src/schema/compiled/) and maps every ajv
 * error to a finding at the node it is about.
 */
function validateDocument(validate, doc, options) {
    if (validate(doc.value))
        return [];
    const errors = selectErrors(validate.errors ?? []).filter((e) => !(options.templates &&
        (e.keyword === 'format' || e.keyword === 'pattern') &&
        typeof e.data === 'string' &&
        TEMPLATE_MARKER.test(e.data)));
    const findings = [];
    const seen = new Set();
    for (const error of errors.slice(0, MAX_ERRORS_PER_FILE)) {
        const finding = toFinding(error, doc, options);
        const key = `${finding.range.start.line}:${finding.range.start.column}:${finding.message}`;
        if (seen.has(key))
            continue;
        seen.add(key);
        findings.push(finding);
    }
    return findings;
}
/**
 * Drops the noise ajv produces around conditional and union schemas: the summary error of `if`, and,
 * for `anyOf`/`oneOf`, keeps the errors of the branch that came closest (fewest errors) instead of all.
 */
function selectErrors(errors) {
    let kept = errors.filter((e) => e.keyword !== 'if');
    const unions = kept.filter((e) => e.keyword === 'anyOf' || e.keyword === 'oneOf');
    for (const union of unions) {
        const prefix = union.schemaPath + '/';
        const inside = kept.filter((e) => e.schemaPath.startsWith(prefix));
        if (inside.length === 0)
            continue;
        const byBranch = new Map();
        for (const e of inside) {
            const branch = e.schemaPath.slice(prefix.length).split('/')[0];
            byBranch.set(branch, [...(byBranch.get(branch) ?? []), e]);
        }
        // A branch whose errors are all about the value's own type did not fit at all; prefer one that did.
        const ranked = [...byBranch.values()].sort((a, b) => score(a, union) - score(b, union));
        const best = ranked[0];
        const bestFits = best.every((e) => e.instancePath !== union.instancePath || (e.keyword !== 'type' && e.keyword !== 'const' && e.keyword !== 'enum'));
        const drop = new Set(inside.filter((e) => !(bestFits && best.includes(e))));
        if (bestFits)
            drop.add(union);
        kept = kept.filter((e) => !drop.has(e));
    }
    return kept;
}
function score(branch, union) {
    const typeMismatch = branch.some((e) => e.instancePath === union.instancePath && (e.keyword === 'type' || e.keyword === 'const'));
    return (typeMismatch ? 1000 : 0) + branch.length;
}
/**
 * The schema checker's messages by id, one sentence each naming the value and the problem; `{{name}}` is
 * filled from the finding's data. The why and the fix (the schema's own explanation where it gives one)
 * go to `help`.
 */
const SCHEMA_MESSAGES = {
    missing: '{{where}} is missing the required "{{key}}"',
    // A key the host refuses the file over; one it ignores but that is a near miss of a key it reads;
    // one it simply ignores (a note, or another host's key), which is harmless and only a notice.
    rejected: 'unknown key "{{key}}" in {{where}}: {{host}} rejects it',
    rejectedNear: 'unknown key "{{key}}" in {{where}}: {{host}} rejects it; did you mean "{{suggestion}}"?',
    misspelled: 'unknown key "{{key}}" in {{where}}: {{host}} ignores it; did you mean "{{suggestion}}"?',
    ignored: 'unknown key "{{key}}" in {{where}}: {{host}} ignores it',
    wrongType: '{{where}} must be {{expected}}, not {{actual}}',
    notAllowed: '{{where}} is {{value}}, but {{host}} accepts only {{allowed}}',
    notAllowedNear: '{{where}} is {{value}}, but {{host}} accepts only {{allowed}}; did you mean "{{suggestion}}"?',
    badFormat: '{{where}} is not {{format}}: {{value}}',
    empty: '{{where}} must not be empty',
    tooShort: '{{where}} is shorter than {{limit}} characters',
    tooLong: '{{where}} is {{length}} characters long; the limit is {{limit}}',
    badPattern: '{{where}} {{value}} does not match the expected form {{pattern}}',
    noShape: '{{where}} does not match any of the shapes {{host}} accepts',
    forbidden: '{{where}} is {{value}}, which {{host}} does not allow',
    invalid: '{{where}} {{problem}}'
};
/** A schema message with its data filled in. */
function schemaMessage(messageId, data) {
    return (0,_message_template_js__WEBPACK_IMPORTED_MODULE_3__/* .fillMessage */ .f)(SCHEMA_MESSAGES[messageId], data);
}
/** A message template (`{{name}}`) with its data filled in: the schema's own, or a host adapter's. */
function toFinding(error, doc, options) {
    const path = (0,_parse_source_js__WEBPACK_IMPORTED_MODULE_1__/* .pointerFromString */ .dh)(error.instancePath);
    const explain = explanation(error);
    const where = (0,_describe_path_js__WEBPACK_IMPORTED_MODULE_4__/* .describePath */ .N)(path);
    const host = options.hostName;
    let ruleId;
    let severity = 'error';
    let messageId;
    let data;
    let help;
    let range = doc.locate(path);
    switch (error.keyword) {
        case 'required':
        case 'dependencies':
        case 'dependentRequired': {
            const missing = String(error.params.missingProperty);
            ruleId = 'schema-required';
            messageId = 'missing';
            data = { where: path.length ? where : 'the file', key: missing };
            help = `${host} needs "${missing}" here and cannot load ${path.length ? 'this entry' : 'the file'} without it; add it.`;
            range = doc.locate(path, true);
            break;
        }
        case 'additionalProperties':
        case 'unevaluatedProperties': {
            const extra = String(error.params.additionalProperty ??
                error.params.unevaluatedProperty);
            ruleId = 'schema-unknown-key';
            const known = Object.keys(error.parentSchema?.properties ?? {});
            const suggestion = (0,_nearest_js__WEBPACK_IMPORTED_MODULE_0__/* .suggest */ .Z)(extra, known);
            const rejected = options.unknownKeySeverity === 'error';
            data = { key: extra, where: path.length ? where : 'the top level', host };
            if (suggestion)
                data.suggestion = suggestion;
            if (rejected) {
                severity = 'error';
                messageId = suggestion ? 'rejectedNear' : 'rejected';
                help = `${host} allows only the keys it knows here and refuses the file over any other; ${suggestion ? `rename it to "${suggestion}"` : 'remove it'}.`;
            }
            else if (suggestion) {
                // A near miss of a key the host reads: what the author meant silently does not happen.
                severity = options.unknownKeySeverity;
                messageId = 'misspelled';
                help = `${host} does not read "${extra}", so what it was meant to do does not happen; if you meant "${suggestion}", rename it.`;
            }
            else {
                // A key the host skips (a note, or a setting of another host): the file works as written.
                severity = 'notice';
                messageId = 'ignored';
                help = `${host} does not read "${extra}" here, so it has no effect; remove it unless it is a note for people.`;
            }
            range = doc.locate([...path, extra], true);
            break;
        }
        case 'type': {
            ruleId = 'schema-type';
            const expected = String(error.params.type)
                .split(',')
                .join(' or ');
            messageId = 'wrongType';
            data = { where, expected: withArticle(expected), actual: describeValue(error.data) };
            help = `${host} cannot read a value of another type here; write ${withArticle(expected)}.`;
            break;
        }
        case 'enum':
        case 'const': {
            ruleId = 'schema-enum';
            const allowed = error.keyword === 'enum'
                ? (error.params.allowedValues ?? [])
                : [error.params.allowedValue];
            const shown = allowed.map((v) => JSON.stringify(v)).join(', ');
            const suggestion = typeof error.data === 'string'
                ? (0,_nearest_js__WEBPACK_IMPORTED_MODULE_0__/* .suggest */ .Z)(error.data, allowed.filter((v) => typeof v === 'string'))
                : undefined;
            messageId = suggestion ? 'notAllowedNear' : 'notAllowed';
            data = {
                where,
                value: JSON.stringify(truncate(error.data)),
                host,
                allowed: `${allowed.length > 1 ? 'one of ' : ''}${shown}`
            };
            if (suggestion)
                data.suggestion = suggestion;
            help = `${host} does not know any other value here and refuses or misreads the setting; use ${allowed.length > 1 ? 'one of ' : ''}${shown}.`;
            break;
        }
        case 'format': {
            ruleId = 'schema-format';
            const format = String(error.params.format);
            const what = format.includes('url') || format.includes('uri') ? 'a valid URL' : `a valid ${format}`;
            messageId = 'badFormat';
            data = { where, format: what, value: JSON.stringify(truncate(error.data)) };
            help = `${host} cannot use it as ${what}; correct it.`;
            break;
        }
        case 'minLength': {
            ruleId = 'schema-value';
            const limit = error.params.limit;
            messageId = limit === 1 ? 'empty' : 'tooShort';
            data = limit === 1 ? { where } : { where, limit };
            help = `${host} does not accept ${limit === 1 ? 'an empty value' : 'a value this short'} here; fill it in.`;
            break;
        }
        case 'maxLength':
            ruleId = 'schema-value';
            messageId = 'tooLong';
            data = { where, length: String(error.data).length, limit: error.params.limit };
            help = `${host} does not accept a value this long here; shorten it.`;
            break;
        case 'pattern':
            ruleId = 'schema-value';
            messageId = 'badPattern';
            data = {
                where,
                value: JSON.stringify(truncate(error.data)),
                pattern: error.params.pattern
            };
            help = `${host} accepts only values of this form here; correct it.`;
            break;
        case 'anyOf':
        case 'oneOf':
            ruleId = 'schema-shape';
            messageId = 'noShape';
            data = { where, host };
            help = `${host} cannot load it in this shape; compare it with the shapes its documentation shows.`;
            break;
        case 'not':
            // ajv says "must NOT be valid"; the schema's explanation (in help) says what is excluded.
            ruleId = 'schema-value';
            messageId = 'forbidden';
            data = { where, value: JSON.stringify(truncate(error.data)), host };
            help = `${host} does not allow this value here; change it.`;
            break;
        default:
            ruleId = 'schema-value';
            messageId = 'invalid';
            data = { where, problem: error.message ?? 'is invalid' };
            help = `${host}'s schema does not allow this value; correct it.`;
    }
    // The schema's own explanation says why, before the generic fix.
    if (explain)
        help = `${explain.charAt(0).toUpperCase()}${explain.slice(1)}${/[.?!]$/.test(explain) ? '' : '.'} ${help}`;
    const finding = { ruleId, severity, message: schemaMessage(messageId, data), range, messageId, data, help };
    const server = options.serverAt?.(path);
    if (server !== undefined)
        finding.server = server;
    return finding;
}
/** The schema's own `errorMessage` (a VS Code convention) explains why, where the schema gives one. */
function explanation(error) {
    const parent = error.parentSchema;
    const text = parent?.errorMessage;
    return typeof text === 'string' ? text : undefined;
}
function withArticle(type) {
    const words = {
        object: 'an object',
        array: 'an array',
        string: 'a string',
        number: 'a number',
        integer: 'an integer',
        boolean: 'a boolean (true or false)',
        null: 'null'
    };
    return words[type] ?? type;
}
function describeValue(value) {
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return 'an array';
    if (typeof value === 'object')
        return 'an object';
    if (typeof value === 'string')
        return `the string ${JSON.stringify(truncate(value))}`;
    // What is left of a parsed value is a number, a boolean or a bigint, never an object.
    // eslint-disable-next-line @typescript-eslint/no-base-to-string
    return `the ${typeof value} ${String(value)}`;
}
/** A string quoted in a message: credentials masked first, so that the cut never leaves part of one in the clear. */
function truncate(value) {
    return typeof value === 'string' ? (0,_mask_js__WEBPACK_IMPORTED_MODULE_2__/* .quotable */ .E7)(value, 80) : value;
}


/***/ }),

/***/ 7803:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  As: () => (/* binding */ loadValidators),
  qA: () => (/* binding */ validatorFor)
});

// UNUSED EXPORTS: loadAllValidators

;// CONCATENATED MODULE: ./src/schema/compiled/index.ts
/** Loads one validator module on demand: a run pays only for the hosts whose files it meets. */
const compiled_VALIDATOR_MODULES = {
    'amazonq': () => __webpack_require__.e(/* import() */ 5616).then(__webpack_require__.bind(__webpack_require__, 5616)),
    'amazonq-agent': () => __webpack_require__.e(/* import() */ 4444).then(__webpack_require__.bind(__webpack_require__, 4444)),
    'amp': () => __webpack_require__.e(/* import() */ 4405).then(__webpack_require__.bind(__webpack_require__, 4405)),
    'claude-code': () => __webpack_require__.e(/* import() */ 3247).then(__webpack_require__.bind(__webpack_require__, 3247)),
    'claude-code-bare-map': () => __webpack_require__.e(/* import() */ 5555).then(__webpack_require__.bind(__webpack_require__, 5555)),
    'claude-desktop': () => __webpack_require__.e(/* import() */ 1748).then(__webpack_require__.bind(__webpack_require__, 1748)),
    'claude-plugin': () => __webpack_require__.e(/* import() */ 9357).then(__webpack_require__.bind(__webpack_require__, 9357)),
    'claude-settings': () => __webpack_require__.e(/* import() */ 4547).then(__webpack_require__.bind(__webpack_require__, 4547)),
    'claude-user': () => __webpack_require__.e(/* import() */ 7141).then(__webpack_require__.bind(__webpack_require__, 7141)),
    'cline': () => __webpack_require__.e(/* import() */ 2288).then(__webpack_require__.bind(__webpack_require__, 2288)),
    'codex': () => __webpack_require__.e(/* import() */ 5692).then(__webpack_require__.bind(__webpack_require__, 5692)),
    'continue': () => __webpack_require__.e(/* import() */ 3554).then(__webpack_require__.bind(__webpack_require__, 3554)),
    'continue-config': () => __webpack_require__.e(/* import() */ 6477).then(__webpack_require__.bind(__webpack_require__, 6477)),
    'continue-json': () => __webpack_require__.e(/* import() */ 9469).then(__webpack_require__.bind(__webpack_require__, 9469)),
    'continue-json-single': () => __webpack_require__.e(/* import() */ 1490).then(__webpack_require__.bind(__webpack_require__, 1490)),
    'continue-none': () => __webpack_require__.e(/* import() */ 8729).then(__webpack_require__.bind(__webpack_require__, 8729)),
    'copilot': () => __webpack_require__.e(/* import() */ 3915).then(__webpack_require__.bind(__webpack_require__, 3915)),
    'copilot-agent': () => __webpack_require__.e(/* import() */ 6039).then(__webpack_require__.bind(__webpack_require__, 6039)),
    'copilot-bare-map': () => __webpack_require__.e(/* import() */ 4439).then(__webpack_require__.bind(__webpack_require__, 4439)),
    'crush': () => __webpack_require__.e(/* import() */ 568).then(__webpack_require__.bind(__webpack_require__, 568)),
    'cursor': () => __webpack_require__.e(/* import() */ 5697).then(__webpack_require__.bind(__webpack_require__, 5697)),
    'devcontainer': () => __webpack_require__.e(/* import() */ 6221).then(__webpack_require__.bind(__webpack_require__, 6221)),
    'factory': () => __webpack_require__.e(/* import() */ 7477).then(__webpack_require__.bind(__webpack_require__, 7477)),
    'gemini': () => __webpack_require__.e(/* import() */ 4336).then(__webpack_require__.bind(__webpack_require__, 4336)),
    'gemini-extension': () => __webpack_require__.e(/* import() */ 7496).then(__webpack_require__.bind(__webpack_require__, 5115)),
    'goose': () => __webpack_require__.e(/* import() */ 8116).then(__webpack_require__.bind(__webpack_require__, 8116)),
    'junie': () => __webpack_require__.e(/* import() */ 3920).then(__webpack_require__.bind(__webpack_require__, 3920)),
    'kilo': () => __webpack_require__.e(/* import() */ 3738).then(__webpack_require__.bind(__webpack_require__, 3738)),
    'kilocode': () => __webpack_require__.e(/* import() */ 8803).then(__webpack_require__.bind(__webpack_require__, 8803)),
    'kiro': () => __webpack_require__.e(/* import() */ 9392).then(__webpack_require__.bind(__webpack_require__, 9392)),
    'lmstudio': () => __webpack_require__.e(/* import() */ 9418).then(__webpack_require__.bind(__webpack_require__, 9418)),
    'mcp-servers-lock': () => __webpack_require__.e(/* import() */ 592).then(__webpack_require__.bind(__webpack_require__, 592)),
    'mcpb-0.1': () => __webpack_require__.e(/* import() */ 6421).then(__webpack_require__.bind(__webpack_require__, 6421)),
    'mcpb-0.2': () => __webpack_require__.e(/* import() */ 5508).then(__webpack_require__.bind(__webpack_require__, 5508)),
    'mcpb-0.3': () => __webpack_require__.e(/* import() */ 7907).then(__webpack_require__.bind(__webpack_require__, 7907)),
    'mcpb-0.4': () => __webpack_require__.e(/* import() */ 9458).then(__webpack_require__.bind(__webpack_require__, 9458)),
    'mcpb-unversioned': () => __webpack_require__.e(/* import() */ 2296).then(__webpack_require__.bind(__webpack_require__, 2296)),
    'mcpcop-config': () => __webpack_require__.e(/* import() */ 6964).then(__webpack_require__.bind(__webpack_require__, 6964)),
    'opencode': () => __webpack_require__.e(/* import() */ 6862).then(__webpack_require__.bind(__webpack_require__, 6862)),
    'qwen': () => __webpack_require__.e(/* import() */ 3808).then(__webpack_require__.bind(__webpack_require__, 3808)),
    'registry-2025-07-09': () => __webpack_require__.e(/* import() */ 6324).then(__webpack_require__.bind(__webpack_require__, 6324)),
    'registry-2025-09-16': () => __webpack_require__.e(/* import() */ 4254).then(__webpack_require__.bind(__webpack_require__, 4254)),
    'registry-2025-09-29': () => __webpack_require__.e(/* import() */ 2572).then(__webpack_require__.bind(__webpack_require__, 2572)),
    'registry-2025-12-11': () => __webpack_require__.e(/* import() */ 4555).then(__webpack_require__.bind(__webpack_require__, 4555)),
    'roo': () => __webpack_require__.e(/* import() */ 7311).then(__webpack_require__.bind(__webpack_require__, 7311)),
    'vscode': () => __webpack_require__.e(/* import() */ 8621).then(__webpack_require__.bind(__webpack_require__, 8621)),
    'vscode-settings': () => __webpack_require__.e(/* import() */ 4167).then(__webpack_require__.bind(__webpack_require__, 4167)),
    'windsurf': () => __webpack_require__.e(/* import() */ 4077).then(__webpack_require__.bind(__webpack_require__, 4077)),
    'zed': () => __webpack_require__.e(/* import() */ 9264).then(__webpack_require__.bind(__webpack_require__, 9264))
};

// EXTERNAL MODULE: ./src/schema/formats.ts
var formats = __webpack_require__(4603);
// EXTERNAL MODULE: ./src/schema/runtime.ts
var runtime = __webpack_require__(8039);
;// CONCATENATED MODULE: ./src/schema/validators.ts

// What every validator module imports (ajv-formats and ajv's runtime helpers), loaded here with the
// linter: the bundler then leaves it out of each validator's chunk instead of copying it into every one.


const loaded = new Map();
/**
 * Loads the precompiled validators of these schemas (once each), so that `validatorFor` can hand
 * them out synchronously: a run loads only those of the hosts whose files it meets.
 */
async function loadValidators(ids) {
    // One at a time: each is a few milliseconds, and jest's ESM loader fails on concurrent imports of one module.
    for (const id of new Set(ids))
        if (!loaded.has(id))
            loaded.set(id, (await compiled_VALIDATOR_MODULES[id]()).default);
}
/** Every validator: for callers of the synchronous `checkContent` that may meet any host. */
function loadAllValidators() {
    return loadValidators(Object.keys(VALIDATOR_MODULES));
}
/** A validator loaded by `loadValidators`; a host whose validators were not loaded is a bug of ours. */
function validatorFor(id) {
    const validate = loaded.get(id);
    if (!validate)
        throw new Error(`the validator of the schema "${id}" was not loaded`);
    return validate;
}


/***/ }),

/***/ 4659:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EZ: () => (/* binding */ looksRandom),
/* harmony export */   M3: () => (/* binding */ TOKEN_RUN),
/* harmony export */   Tw: () => (/* binding */ runMayLookRandom),
/* harmony export */   UG: () => (/* binding */ GENERIC_MARKERS),
/* harmony export */   ZT: () => (/* binding */ genericSecrets)
/* harmony export */ });
/* unused harmony exports nameSaysSecret, entropy, passwordLooksReal */
/**
 * The generic rule: a field, flag, header, query parameter or variable whose *name* says it holds a
 * secret (`apiKey`, `--access-token`, `X-Goog-Api-Key`, `?tavilyApiKey=`, `DB_PASSWORD`) and whose
 * value is a literal that looks random (long enough, varied characters, not words, not a
 * placeholder). Also the credential forms that carry their own marker: `Bearer <token>`,
 * `Basic <base64 of user:password>`, and the password of a URL (`redis://:pass@host`).
 */
/** Name words that say "secret". `key` counts only alone or after a word that makes it one. */
const SECRET_WORDS = new Set([
    'token',
    'secret',
    'password',
    'passwd',
    'pwd',
    'passphrase',
    'credential',
    'credentials',
    'auth',
    'authorization',
    'apikey',
    'pat',
    'bearer',
    'cookie',
    'session',
    'sessionid',
    'secretkey',
    'accesskey',
    'privatekey',
    'signature'
]);
const KEY_QUALIFIERS = new Set([
    'api',
    'access',
    'secret',
    'private',
    'auth',
    'app',
    'client',
    'service',
    'master',
    'admin',
    'account',
    'license',
    'licence',
    'encryption',
    'signing',
    'subscription',
    'developer',
    'dev',
    'user',
    'project',
    'server',
    'search',
    'x'
]);
/** A last word that says the value is about a secret, not one: `TOKEN_URL`, `API_KEY_FILE`, `AUTH_TYPE`. */
const NOT_A_SECRET_SUFFIX = new Set([
    'url',
    'uri',
    'urls',
    'endpoint',
    'host',
    'hostname',
    'file',
    'files',
    'path',
    'dir',
    'directory',
    'type',
    'mode',
    'name',
    'names',
    'id',
    'ids',
    'env',
    'var',
    'variable',
    'header',
    'scheme',
    'method',
    'provider',
    'expiry',
    'expires',
    'expiration',
    'ttl',
    'timeout',
    'length',
    'size',
    'count',
    'limit',
    'limits',
    'enabled',
    'disabled',
    'required',
    'optional',
    'prefix',
    'suffix',
    'version',
    'format',
    'region',
    'domain',
    'issuer',
    'audience',
    'scope',
    'scopes',
    'username',
    'user',
    'email',
    'port',
    'location',
    'store',
    'storage',
    'helper',
    'command',
    'cmd',
    'source',
    'server',
    'servers',
    'description',
    'hint',
    'label',
    'title',
    'help',
    'field',
    'param',
    'policy',
    'strategy',
    'level',
    'flow',
    'callback',
    'redirect'
]);
/** The words of a name: `tavilyApiKey` → tavily api key; `X-Goog-Api-Key` → x goog api key. */
function words(name) {
    return name
        .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
        .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
        .toLowerCase()
        .split(/[^a-z0-9]+/)
        .filter(Boolean);
}
/** What `nameSaysSecret` said of each name asked about: the same keys, flags and headers recur file after file. */
const saidOfName = new Map();
/** Whether a field, flag, header, parameter or variable name says its value is a secret. */
function nameSaysSecret(name) {
    let says = saidOfName.get(name);
    if (says === undefined) {
        says = readNameSaysSecret(name);
        if (saidOfName.size >= 10_000)
            saidOfName.clear();
        saidOfName.set(name, says);
    }
    return says;
}
function readNameSaysSecret(name) {
    if (name.length > 100)
        return false;
    const parts = words(name);
    const last = parts[parts.length - 1];
    if (last === undefined || NOT_A_SECRET_SUFFIX.has(last))
        return false;
    return parts.some((word, i) => SECRET_WORDS.has(word) ||
        (word === 'key' && (parts.length === 1 || KEY_QUALIFIERS.has(parts[i - 1] ?? '') || i === parts.length - 1)) ||
        (word === 'pass' && i === parts.length - 1));
}
/** Bits of information per character (Shannon entropy of the character distribution). */
function entropy(value) {
    const counts = new Map();
    for (const ch of value)
        counts.set(ch, (counts.get(ch) ?? 0) + 1);
    let bits = 0;
    for (const count of counts.values()) {
        const p = count / value.length;
        bits -= p * Math.log2(p);
    }
    return bits;
}
/** Made of words and small numbers (`dev-token-123`, `not_needed`, `ollama`): chosen by a person, not generated. */
function isWordy(value) {
    return value
        .split(/[-_. :]+/)
        .filter(Boolean)
        .every((part) => /^(?:[a-z]{1,14}|[A-Z]{1,14}|[A-Z][a-z]{1,13}|\d{1,6})$/.test(part));
}
/** Sequences people type into examples (`1234567890`, `abcdefghij`). */
const SEQUENCE = /0123456789|1234567890|abcdefghij|ABCDEFGHIJ|qwertyuiop|(.)\1{7}/;
/** Code, markup and prose are not credentials: a token has none of these characters. */
const NOT_IN_TOKEN = /[\s`'"(){}[\]<>,;|\\]/;
/**
 * A run of 8 or more characters a token may hold, as long as it goes: every value `looksRandom` takes
 * (8 characters at the least) lies in one.
 */
const TOKEN_RUN = new RegExp(`[^${NOT_IN_TOKEN.source.slice(1, -1)}]{8,}`, 'g');
/**
 * Whether a run of token characters (`TOKEN_RUN`) may hold a value that `looksRandom` takes: it has two
 * classes of characters (lower case, upper case, digits), or a `%` (a URL query's value is judged decoded,
 * and `%41` decodes to a letter).
 */
function runMayLookRandom(run) {
    if (run.includes('%'))
        return true;
    const lower = /[a-z]/.test(run);
    return /[0-9]/.test(run) ? lower || /[A-Z]/.test(run) : lower && /[A-Z]/.test(run);
}
/**
 * Whether a literal value looks generated rather than chosen: long enough, no spaces, not words,
 * varied characters of at least two classes. `minLength` is lower for a URL's password.
 */
function looksRandom(value, minLength = 12) {
    if (value.length < minLength || value.length > 10_000 || NOT_IN_TOKEN.test(value))
        return false;
    if (isWordy(value) || SEQUENCE.test(value))
        return false;
    // A path, a URL, an e-mail address, a version or a number is not a credential.
    if (/^(?:[./~]|[A-Za-z]:\\)|:\/\/|^[^@\s]+@[^@\s]+\.[a-z]{2,}$|^v?\d+(?:\.\d+)+$|^\d+$/.test(value))
        return false;
    const classes = [/[a-z]/, /[A-Z]/, /[0-9]/].filter((re) => re.test(value)).length;
    return classes >= 2 && entropy(value) >= (value.length >= 24 ? 3.2 : 3.0);
}
/** The words that mark the forms whose value need not look random: a private key, `Bearer` (or `Token`), `Basic`. */
const GENERIC_MARKERS = ['PRIVATE KEY', 'Bearer', 'Token', 'Basic'];
/** Whether some part of a text may look random: a run of it does (`runMayLookRandom`). */
function mayLookRandom(text) {
    for (const [run] of text.matchAll(TOKEN_RUN))
        if (runMayLookRandom(run))
            return true;
    return false;
}
/** Default passwords of local development services: committed on purpose, harmless. */
const DEFAULT_PASSWORDS = /^(?:password\d*|passw0rd|pass|secret|postgres|postgresql|mysql|root|admin|administrator|guest|test|user|changeme|example|redis|mongo|neo4j|sa|dev|local|default|letmein|p@ssw0rd|minioadmin|rabbitmq)$/i;
/** Whether a URL's password looks real: not a default, not the user name, not words. */
function passwordLooksReal(password, user) {
    return !DEFAULT_PASSWORDS.test(password) && password !== user && looksRandom(password, 8);
}
/**
 * A value under a password's own name (`ORACLE_PASSWORD`, `--db-pass`): people choose passwords, so it
 * is held to a URL password's bar (8 characters, not a default, not words), not to a token's 12.
 */
function namedPasswordLooksReal(name, value) {
    const last = words(name).at(-1);
    return last !== undefined && /^(?:password|passwd|pwd|pass|passphrase)$/.test(last) && passwordLooksReal(value, '');
}
// Each pattern is linear: a literal anchor, then bounded classes that cannot overlap ambiguously.
const BEARER = /\b(?:Bearer|Token)[ \t]+([A-Za-z0-9._~+/=-]{8,4000})/g;
/** A PEM private key: its body up to the END line (or what follows the BEGIN line, when cut off). */
const PEM = /-----BEGIN ((?:[A-Z0-9]{1,20} ){0,3})PRIVATE KEY(?: BLOCK)?-----((?:\\n|[A-Za-z0-9+/=\s\\:,-]){0,20000})/g;
const BASIC = /\bBasic[ \t]+([A-Za-z0-9+/]{8,4000}={0,2})/g;
/** `scheme://[user]:password@`; the password may hold `/` (as people write them), not `@` or spaces. */
const USERINFO = /\b([a-z][a-z0-9+.-]{1,20}):\/\/([^\s:/?#@]{0,200}):([^\s@]{1,200})@/gi;
const QUERY = /[?&;]([A-Za-z0-9_.[\]-]{1,80})=([^&#\s"'<>]{1,4000})/g;
/** `NAME=value` (docker -e, shell, connection strings) and `--flag=value` / `--flag value` inside a string. */
const ASSIGNMENT = /(?:^|[\s;,'"(])(?:export[ \t]+)?(?:--?)?([A-Za-z_][A-Za-z0-9_.-]{0,80})(=|[ \t]+)("?)([^\s"';&|,]{1,4000})/g;
/** `Header-Name: value` inside a string (`--header "X-Api-Key: …"`). */
const HEADER = /(?:^|[\s"'])([A-Za-z][A-Za-z0-9-]{1,80}):[ \t]*([^\s"']{1,4000})/g;
/**
 * Credentials inside one string, found by their form (`Bearer`, `Basic`, a URL's password) or by
 * the name in front of them (`?apiKey=`, `API_KEY=`, `--token=`, `X-Api-Key: `), and the whole
 * string when `name` (the field, flag or variable it is the value of) says it is a secret.
 * `isPlaceholder` decides what is a stand-in.
 */
function genericSecrets(text, name, isPlaceholder, 
/** Search for every form, without the anchors' shortcuts (for the tests that hold them to it). */
everyForm = false) {
    const found = [];
    const add = (kind, value) => {
        if (!isPlaceholder(value))
            found.push({ kind, value });
    };
    // Each form is searched for only where it can be: its marker word is there, or a value that may look random.
    if (text.includes('PRIVATE KEY'))
        for (const m of text.matchAll(PEM)) {
            const body = m[2]
                .split('-----END')[0]
                .replace(/(?:\\n|\s)+$/, '')
                .replace(/^(?:\\n|\s)+/, '');
            add('private key', body.length >= 16 ? body : m[0]);
        }
    if (text.includes('Bearer') || text.includes('Token'))
        for (const m of text.matchAll(BEARER))
            if (looksRandom(m[1], 16) || (m[1].length >= 20 && !isWordy(m[1])))
                add('bearer token', m[1]);
    if (text.includes('Basic'))
        for (const m of text.matchAll(BASIC))
            if (decodesToCredentials(m[1]))
                add('Basic credentials', m[1]);
    // Every form below takes only a value that looks random, and each is searched for only where the text
    // holds what every match of it holds (a path, a version, a URL without a query need none of them).
    if (!mayLookRandom(text))
        return found;
    if (everyForm || text.includes('://'))
        for (const m of text.matchAll(USERINFO)) {
            const password = m[3];
            // `host:8080/path@x` is a port and a path, not a password.
            if (/^\d{1,5}(?:\/|$)/.test(password))
                continue;
            if (passwordLooksReal(password, m[2]))
                add('password in a URL', password);
        }
    if (text.length <= 100_000) {
        const equals = everyForm || text.includes('=');
        if (equals)
            for (const m of text.matchAll(QUERY)) {
                const value = decode(m[2]);
                if (nameSaysSecret(m[1]) && !isPlaceholder(value) && looksRandom(value))
                    add('token in a URL query', m[2]);
            }
        // `NAME=value`, or `--flag value`: a flag's dash and a blank.
        if (equals || (text.includes('-') && (text.includes(' ') || text.includes('\t'))))
            for (const m of text.matchAll(ASSIGNMENT)) {
                // `--flag value` only for flags; a bare `NAME value` is prose.
                if (m[2] !== '=' && !/(?:^|[\s;,'"(])--?[A-Za-z]/.test(m[0]))
                    continue;
                if (nameSaysSecret(m[1]) && looksRandom(m[4]))
                    add('credential', m[4]);
            }
        if (everyForm || text.includes(':'))
            for (const m of text.matchAll(HEADER))
                if (nameSaysSecret(m[1]) && looksRandom(m[2]))
                    add('credential', m[2]);
    }
    const whole = text.trim();
    if (name !== undefined && nameSaysSecret(name) && (looksRandom(whole) || namedPasswordLooksReal(name, whole)))
        add('credential', whole);
    return found;
}
function decode(value) {
    try {
        return decodeURIComponent(value);
    }
    catch {
        return value;
    }
}
/** Whether a Basic credential decodes to `user:password` (base64 of text with a colon). */
function decodesToCredentials(base64) {
    if (base64.length % 4 === 1)
        return false;
    const text = Buffer.from(base64, 'base64').toString('utf8');
    const colon = text.indexOf(':');
    return colon > 0 && colon < text.length - 1 && /^[\x20-\x7e]+$/.test(text);
}


/***/ }),

/***/ 4097:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Nk: () => (/* binding */ KNOWN_PREFIXES),
/* harmony export */   OY: () => (/* binding */ VENDOR_FORMATS),
/* harmony export */   SD: () => (/* binding */ VENDOR_SHAPES),
/* harmony export */   i_: () => (/* binding */ VENDOR_KEYWORDS),
/* harmony export */   oJ: () => (/* binding */ formatsIn)
/* harmony export */ });
// Boundaries: the credential is not part of a longer word.
const B = String.raw `(?<![A-Za-z0-9_-])`;
const E = String.raw `(?![A-Za-z0-9_-])`;
const p = (body) => new RegExp(`${B}${body}${E}`, 'g');
const UUID = String.raw `[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}`;
const UUID_SHAPE = new RegExp(UUID);
const VENDOR_FORMATS = [
    // Formats the secretlint preset also knows: kept here so the rule works before (or without) it.
    {
        id: 'github-token',
        kind: 'GitHub token',
        prefix: 'ghp_',
        pattern: p('gh[pousr]_[A-Za-z0-9]{36,251}'),
        keywords: ['ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_']
    },
    {
        id: 'github-fine-grained-token',
        kind: 'GitHub token',
        prefix: 'github_pat_',
        pattern: p('github_pat_[A-Za-z0-9_]{22,255}'),
        keywords: ['github_pat_']
    },
    {
        id: 'anthropic-api-key',
        kind: 'Anthropic API key',
        prefix: 'sk-ant-',
        pattern: p('sk-ant-(?:api|admin|oat|sid)\\d{2}-[A-Za-z0-9_-]{20,200}'),
        keywords: ['sk-ant-']
    },
    {
        id: 'openrouter-api-key',
        kind: 'OpenRouter API key',
        prefix: 'sk-or-v1-',
        pattern: p('sk-or-v1-[0-9a-f]{64}'),
        keywords: ['sk-or-v1-']
    },
    {
        id: 'langfuse-secret-key',
        kind: 'Langfuse secret key',
        prefix: 'sk-lf-',
        pattern: p(`sk-lf-${UUID}`),
        keywords: ['sk-lf-']
    },
    {
        id: 'openai-project-key',
        kind: 'OpenAI API key',
        prefix: 'sk-proj-',
        pattern: p('sk-(?:proj|svcacct|admin|None)-[A-Za-z0-9_-]{20,200}'),
        keywords: ['sk-proj-', 'sk-svcacct-', 'sk-admin-', 'sk-None-']
    },
    // DeepSeek, Moonshot, Zhipu and other OpenAI-compatible APIs use the same form.
    {
        id: 'openai-style-api-key',
        kind: 'OpenAI-style API key',
        prefix: 'sk-',
        pattern: p('sk-[A-Za-z0-9_-]{20,200}'),
        keywords: ['sk-']
    },
    {
        id: 'aws-access-key-id',
        kind: 'AWS access key id',
        prefix: 'AKIA',
        pattern: p('(?:AKIA|ASIA|ABIA|ACCA)[A-Z0-9]{16}'),
        keywords: ['AKIA', 'ASIA', 'ABIA', 'ACCA']
    },
    {
        id: 'slack-token',
        kind: 'Slack token',
        prefix: 'xoxb-',
        pattern: p('xox[abposr]-[A-Za-z0-9-]{10,250}'),
        keywords: ['xoxa-', 'xoxb-', 'xoxp-', 'xoxo-', 'xoxs-', 'xoxr-']
    },
    {
        id: 'slack-app-token',
        kind: 'Slack app token',
        prefix: 'xapp-',
        pattern: p('xapp-\\d-[A-Za-z0-9-]{10,250}'),
        keywords: ['xapp-']
    },
    {
        id: 'stripe-secret-key',
        kind: 'Stripe secret key',
        prefix: 'sk_live_',
        pattern: p('(?:sk|rk)_(?:live|test)_[A-Za-z0-9]{16,250}'),
        keywords: ['sk_live_', 'sk_test_', 'rk_live_', 'rk_test_']
    },
    {
        id: 'google-api-key',
        kind: 'Google API key',
        prefix: 'AIza',
        pattern: p('AIza[0-9A-Za-z_-]{35}'),
        keywords: ['AIza']
    },
    {
        id: 'google-bound-api-key',
        kind: 'Google API key',
        prefix: 'AQ.',
        pattern: p('AQ\\.[A-Za-z0-9_-]{40,250}'),
        keywords: ['AQ.']
    },
    {
        id: 'google-oauth-client-secret',
        kind: 'Google OAuth client secret',
        prefix: 'GOCSPX-',
        pattern: p('GOCSPX-[A-Za-z0-9_-]{28}'),
        keywords: ['GOCSPX-']
    },
    {
        id: 'hugging-face-token',
        kind: 'Hugging Face token',
        prefix: 'hf_',
        pattern: p('hf_[A-Za-z0-9]{30,40}'),
        keywords: ['hf_']
    },
    {
        id: 'groq-api-key',
        kind: 'Groq API key',
        prefix: 'gsk_',
        pattern: p('gsk_[A-Za-z0-9]{48,56}'),
        keywords: ['gsk_']
    },
    {
        id: 'linear-api-key',
        kind: 'Linear API key',
        prefix: 'lin_api_',
        pattern: p('lin_api_[A-Za-z0-9]{32,64}'),
        keywords: ['lin_api_']
    },
    {
        id: 'notion-token',
        kind: 'Notion token',
        prefix: 'ntn_',
        pattern: p('ntn_[A-Za-z0-9]{40,60}'),
        keywords: ['ntn_']
    },
    {
        id: 'notion-legacy-token',
        kind: 'Notion token',
        prefix: 'secret_',
        pattern: p('secret_[A-Za-z0-9]{43}'),
        keywords: ['secret_']
    },
    {
        id: 'figma-token',
        kind: 'Figma token',
        prefix: 'figd_',
        pattern: p('figd_[A-Za-z0-9_-]{38,200}'),
        keywords: ['figd_']
    },
    {
        id: 'gitlab-token',
        kind: 'GitLab token',
        prefix: 'glpat-',
        pattern: p('glpat-[A-Za-z0-9_.-]{20,128}'),
        keywords: ['glpat-']
    },
    { id: 'npm-token', kind: 'npm token', prefix: 'npm_', pattern: p('npm_[A-Za-z0-9]{36}'), keywords: ['npm_'] },
    // The preset's SendGrid pattern misses keys with a dash in their first parts.
    {
        id: 'sendgrid-api-key',
        kind: 'SendGrid API key',
        prefix: 'SG.',
        pattern: p('SG\\.[A-Za-z0-9_-]{22}\\.[A-Za-z0-9_-]{43}'),
        keywords: ['SG.']
    },
    // Formats of the MCP ecosystem that the preset lacks.
    {
        id: 'firecrawl-api-key',
        kind: 'Firecrawl API key',
        prefix: 'fc-',
        pattern: p('fc-[0-9a-f]{32}'),
        keywords: ['fc-']
    },
    {
        id: 'perplexity-api-key',
        kind: 'Perplexity API key',
        prefix: 'pplx-',
        pattern: p('pplx-[A-Za-z0-9]{40,64}'),
        keywords: ['pplx-']
    },
    {
        id: 'brave-search-api-key',
        kind: 'Brave Search API key',
        prefix: 'BSA',
        pattern: p('BSA[A-Za-z0-9_-]{20,40}'),
        keywords: ['BSA']
    },
    {
        id: 'context7-api-key',
        kind: 'Context7 API key',
        prefix: 'ctx7sk-',
        pattern: p('ctx7sk-[A-Za-z0-9-]{20,80}'),
        keywords: ['ctx7sk-']
    },
    {
        id: 'supabase-access-token',
        kind: 'Supabase access token',
        prefix: 'sbp_',
        pattern: p('sbp_(?:v0_)?[0-9a-f]{40}'),
        keywords: ['sbp_']
    },
    {
        id: 'supabase-secret-key',
        kind: 'Supabase secret key',
        prefix: 'sb_secret_',
        pattern: p('sb_secret_[A-Za-z0-9_-]{20,80}'),
        keywords: ['sb_secret_']
    },
    {
        id: 'render-api-key',
        kind: 'Render API key',
        prefix: 'rnd_',
        pattern: p('rnd_[A-Za-z0-9]{24,48}'),
        keywords: ['rnd_']
    },
    {
        id: 'tavily-api-key',
        kind: 'Tavily API key',
        prefix: 'tvly-',
        pattern: p('tvly-(?:dev-|prod-)?[A-Za-z0-9]{24,48}'),
        keywords: ['tvly-']
    },
    {
        id: 'sentry-user-token',
        kind: 'Sentry token',
        prefix: 'sntryu_',
        pattern: p('sntryu_[0-9a-f]{64}'),
        keywords: ['sntryu_']
    },
    {
        id: 'sentry-org-token',
        kind: 'Sentry token',
        prefix: 'sntrys_',
        pattern: p('sntrys_[A-Za-z0-9+/=_]{40,500}'),
        keywords: ['sntrys_']
    },
    {
        id: 'replicate-api-token',
        kind: 'Replicate API token',
        prefix: 'r8_',
        pattern: p('r8_[A-Za-z0-9]{37}'),
        keywords: ['r8_']
    },
    {
        id: 'pinecone-api-key',
        kind: 'Pinecone API key',
        prefix: 'pcsk_',
        pattern: p('pcsk_[A-Za-z0-9_]{40,100}'),
        keywords: ['pcsk_']
    },
    {
        id: 'browserbase-api-key',
        kind: 'Browserbase API key',
        prefix: 'bb_live_',
        pattern: p('bb_live_[A-Za-z0-9_-]{20,40}'),
        keywords: ['bb_live_']
    },
    {
        id: 'airtable-token',
        kind: 'Airtable token',
        prefix: 'pat',
        pattern: p('pat[A-Za-z0-9]{14}\\.[0-9a-f]{64}'),
        keywords: ['pat']
    },
    {
        id: 'atlassian-api-token',
        kind: 'Atlassian API token',
        prefix: 'ATATT',
        pattern: p('AT[AC]TT[A-Za-z0-9_=-]{50,300}'),
        keywords: ['ATATT', 'ATCTT']
    },
    { id: 'xai-api-key', kind: 'xAI API key', prefix: 'xai-', pattern: p('xai-[A-Za-z0-9]{70,90}'), keywords: ['xai-'] },
    {
        id: 'jina-api-key',
        kind: 'Jina API key',
        prefix: 'jina_',
        pattern: p('jina_[A-Za-z0-9_-]{50,80}'),
        keywords: ['jina_']
    },
    {
        id: 'apify-api-token',
        kind: 'Apify API token',
        prefix: 'apify_api_',
        pattern: p('apify_api_[A-Za-z0-9]{30,40}'),
        keywords: ['apify_api_']
    },
    {
        id: 'neon-api-key',
        kind: 'Neon API key',
        prefix: 'napi_',
        pattern: p('napi_[A-Za-z0-9]{60,70}'),
        keywords: ['napi_']
    },
    {
        id: 'postman-api-key',
        kind: 'Postman API key',
        prefix: 'PMAK-',
        pattern: p('PMAK-[0-9a-f]{24}-[0-9a-f]{34}'),
        keywords: ['PMAK-']
    },
    {
        id: 'digitalocean-token',
        kind: 'DigitalOcean token',
        prefix: 'dop_v1_',
        pattern: p('do[opr]_v1_[0-9a-f]{64}'),
        keywords: ['doo_v1_', 'dop_v1_', 'dor_v1_']
    },
    { id: 'e2b-api-key', kind: 'E2B API key', prefix: 'e2b_', pattern: p('e2b_[0-9a-f]{40}'), keywords: ['e2b_'] },
    {
        id: 'langsmith-api-key',
        kind: 'LangSmith API key',
        prefix: 'lsv2_',
        pattern: p('lsv2_(?:pt|sk)_[0-9a-f]{32}_[0-9a-f]{10}'),
        keywords: ['lsv2_pt_', 'lsv2_sk_']
    },
    {
        id: 'elevenlabs-api-key',
        kind: 'ElevenLabs API key',
        prefix: 'sk_',
        pattern: p('sk_[0-9a-f]{48}'),
        keywords: ['sk_']
    },
    {
        id: 'pypi-token',
        kind: 'PyPI token',
        prefix: 'pypi-',
        pattern: p('pypi-AgEIcHlwaS5vcmc[A-Za-z0-9_-]{50,250}'),
        keywords: ['pypi-AgEIcHlwaS5vcmc']
    },
    {
        id: 'doppler-token',
        kind: 'Doppler token',
        prefix: 'dp.',
        pattern: p('dp\\.(?:pt|st|sa|ct|scim|audit)\\.[A-Za-z0-9]{40,44}'),
        keywords: ['dp.pt.', 'dp.st.', 'dp.sa.', 'dp.ct.', 'dp.scim.', 'dp.audit.']
    },
    {
        id: 'resend-api-key',
        kind: 'Resend API key',
        prefix: 're_',
        pattern: p('re_[A-Za-z0-9]{8}_[A-Za-z0-9]{20,30}'),
        keywords: ['re_']
    },
    {
        id: 'mailgun-api-key',
        kind: 'Mailgun API key',
        prefix: 'key-',
        pattern: p('key-[0-9a-f]{32}'),
        keywords: ['key-']
    },
    {
        id: 'brevo-api-key',
        kind: 'Brevo API key',
        prefix: 'xkeysib-',
        pattern: p('xkeysib-[0-9a-f]{64}-[A-Za-z0-9]{16}'),
        keywords: ['xkeysib-']
    },
    {
        id: 'hubspot-private-app-token',
        kind: 'HubSpot token',
        prefix: 'pat-',
        pattern: p(`pat-(?:na|eu)\\d-${UUID}`),
        keywords: ['pat-na', 'pat-eu']
    },
    {
        id: 'clickup-api-token',
        kind: 'ClickUp API token',
        prefix: 'pk_',
        pattern: p('pk_\\d{4,12}_[A-Z0-9]{32}'),
        keywords: ['pk_']
    },
    {
        id: 'fireworks-api-key',
        kind: 'Fireworks API key',
        prefix: 'fw_',
        pattern: p('fw_[A-Za-z0-9]{24}'),
        keywords: ['fw_']
    },
    {
        id: 'mapbox-secret-token',
        kind: 'Mapbox secret token',
        prefix: 'sk.',
        pattern: p('sk\\.eyJ[A-Za-z0-9_-]{20,300}\\.[A-Za-z0-9_-]{20,100}'),
        keywords: ['sk.eyJ']
    },
    {
        id: 'telegram-bot-token',
        kind: 'Telegram bot token',
        prefix: '',
        pattern: p('\\d{8,10}:AA[A-Za-z0-9_-]{33}'),
        keywords: [':AA']
    },
    {
        id: 'asana-token',
        kind: 'Asana token',
        prefix: '',
        pattern: p('[12]/\\d{10,20}/\\d{10,20}:[0-9a-f]{32}'),
        keywords: ['1/', '2/']
    },
    {
        id: 'railway-token',
        kind: 'Railway token',
        prefix: '',
        pattern: p(UUID),
        name: /railway/i,
        keywords: [],
        shape: UUID_SHAPE
    },
    {
        id: 'exa-api-key',
        kind: 'Exa API key',
        prefix: '',
        pattern: p(UUID),
        name: /(?:^|[^a-z])exa/i,
        keywords: [],
        shape: UUID_SHAPE
    },
    {
        id: 'json-web-token',
        kind: 'JSON Web Token',
        prefix: 'eyJ',
        pattern: p('eyJ[A-Za-z0-9_-]{8,4000}\\.eyJ[A-Za-z0-9_-]{8,8000}\\.[A-Za-z0-9_-]{8,4000}'),
        keywords: ['eyJ']
    }
];
/** Public prefixes of other known formats (the secretlint preset's), for masking. */
const OTHER_PREFIXES = [
    'sk-ant-api03-',
    'sk-ant-admin01-',
    'sk-proj-',
    'sk-svcacct-',
    'sk-admin-',
    'sk_live_',
    'sk_test_',
    'rk_live_',
    'rk_test_',
    'gho_',
    'ghu_',
    'ghs_',
    'ghr_',
    'xoxp-',
    'xoxa-',
    'xoxr-',
    'xoxo-',
    'ASIA',
    'SG.',
    'shpat_',
    'shppa_',
    'shpca_',
    'shpss_',
    'glsa_',
    'glc_',
    'ops_',
    'hvs.',
    'hvb.',
    'hvr.',
    'vcp_',
    'vci_',
    'vca_',
    'vcr_',
    'vck_',
    'dapi',
    'dckr_pat_',
    'cfk_',
    'cfut_',
    'cfat_',
    'tskey-',
    'doo_v1_',
    'dor_v1_',
    'sbp_v0_',
    'tvly-dev-',
    'tvly-prod-',
    'ATCTT'
];
/** Every known public prefix, longest first. */
const KNOWN_PREFIXES = [
    ...new Set([...VENDOR_FORMATS.map((f) => f.prefix).filter((x) => x.length >= 2), ...OTHER_PREFIXES])
].sort((a, b) => b.length - a.length);
/** Every format's keywords, longest first, and the formats (by index) that a string starting with each may match. */
const KEYWORDS = [...new Set(VENDOR_FORMATS.flatMap((f) => f.keywords))].sort((a, b) => b.length - a.length);
const FORMATS_AT = new Map(KEYWORDS.map((keyword) => [
    keyword,
    VENDOR_FORMATS.flatMap((f, index) => (f.keywords.some((k) => keyword.startsWith(k)) ? [index] : []))
]));
const KEYWORD = new RegExp(KEYWORDS.map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g');
/**
 * The vendor formats (indexes into VENDOR_FORMATS) whose keywords a string holds, in one pass over it:
 * only those can match in it. At each place the longest keyword there is found, and stands for every
 * keyword it starts with; the search goes on from the next character, so keywords that overlap are all found.
 * Undefined when there is none (the common case).
 */
function formatsIn(text) {
    let found;
    KEYWORD.lastIndex = 0;
    for (let match = KEYWORD.exec(text); match !== null; match = KEYWORD.exec(text)) {
        found ??= new Uint8Array(VENDOR_FORMATS.length);
        for (const index of FORMATS_AT.get(match[0]) ?? [])
            found[index] = 1;
        KEYWORD.lastIndex = match.index + 1;
    }
    return found;
}
/** The keywords of every format, as one alternation (for a search that combines it with others). */
const VENDOR_KEYWORDS = KEYWORD.source;
/** The shapes of the formats without keywords (made of token characters only: a UUID). */
const VENDOR_SHAPES = [...new Set(VENDOR_FORMATS.flatMap((f) => (f.shape ? [f.shape] : [])))];


/***/ }),

/***/ 6551:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  aW: () => (/* binding */ fileSecrets),
  dL: () => (/* binding */ findSecrets),
  oR: () => (/* binding */ flagBefore),
  kT: () => (/* binding */ loadSecretRules),
  dV: () => (/* binding */ mayHoldSecret),
  Ff: () => (/* binding */ scanText),
  nb: () => (/* reexport */ presetLoaded),
  Vf: () => (/* binding */ textSecrets)
});

// UNUSED EXPORTS: collectSecrets, holdsOnlyScannedStrings, isPlaceholderValue, mayHoldAnySecret

// EXTERNAL MODULE: ./src/placeholders.ts
var placeholders = __webpack_require__(4429);
// EXTERNAL MODULE: ./src/secret-rules/generic.ts
var generic = __webpack_require__(4659);
;// CONCATENATED MODULE: ./src/secret-rules/preset.ts
let scanners;
/** The preset's scanner rules' short ids, once it is loaded (for tests). */
function presetRuleNames() {
    return (scanners ?? []).map((rule) => presetRuleName(rule.meta.id));
}
/** Loads the preset once; later calls return at once. */
async function loadPreset() {
    if (scanners)
        return;
    const { rules } = await __webpack_require__.e(/* import() */ 1577).then(__webpack_require__.bind(__webpack_require__, 1577));
    // The preset also holds a "filter" rule (secretlint-disable comments), which reports nothing.
    scanners = rules.filter((rule) => rule.meta.type === 'scanner');
}
/** Whether `loadPreset` has finished. */
function presetLoaded() {
    return scanners !== undefined;
}
/**
 * What every match of each preset rule holds, in lower case (as gitleaks' rule keywords), read from the
 * rules' own patterns (secretlint-rule-preset-recommend 13.1): a string that, in lower case, holds none
 * of a rule's keywords is not given to that rule (most strings hold none of any rule's). Lower case
 * makes a keyword stand for every casing, so a rule that matches in any case (the database URIs, Slack's
 * webhooks) is covered. A rule with no entry here runs on every string; a test holds each entry to its
 * rule's reports.
 */
const PRESET_KEYWORDS = {
    // `aws_secret_access_key = …`; the access key id (`AKIA…`) and account id scans run only with the rule's
    // enableIDScanRule option, which mcpcop does not set (their keywords are kept for when it does).
    aws: ['a3t', 'akia', 'agpa', 'aida', 'aroa', 'aipa', 'anpa', 'anva', 'asia', 'secret', 'account'],
    // A service account key file (JSON holding a PEM private key). It reads only a file named .json or .p12,
    // and a string has no name: it never reports here.
    gcp: ['private key'],
    npm: ['x-oauth-basic', '_authtoken=', 'npm_'],
    slack: ['xoxb-', 'xoxp-', 'xapp-', 'xoxa-', 'xoxo-', 'xoxr-', 'hooks.slack.com'],
    basicauth: ['://'],
    openai: ['sk-'],
    anthropic: ['sk-ant-api0'],
    groq: ['gsk_'],
    huggingface: ['hf_'],
    linear: ['lin_api_'],
    notion: ['ntn_'],
    privatekey: ['private key'],
    sendgrid: ['sg.'],
    shopify: ['shppa_', 'shpca_', 'shpat_', 'shpss_'],
    stripe: ['sk_live_', 'sk_test_', 'rk_live_', 'rk_test_'],
    github: ['ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_', 'github_pat_'],
    gitlab: ['glpat-'],
    grafana: ['glc_', 'glsa_'],
    '1password': ['ops_'],
    'database-connection-string': ['mongodb', 'mysql', 'postgres'],
    'hashicorp-vault': ['hvs.', 'hvb.', 'hvr.'],
    vercel: ['vcp_', 'vci_', 'vca_', 'vcr_', 'vck_'],
    databricks: ['dapi'],
    docker: ['dckr_pat_'],
    figma: ['figd_'],
    cloudflare: ['cfk_', 'cfut_', 'cfat_'],
    tailscale: ['tskey-'],
    // Marks `secretlint-disable` comments as ignored ranges; reports nothing.
    'filter-comments': ['secretlint-']
};
/** A preset rule's short id (`@secretlint/secretlint-rule-aws` → `aws`). */
function presetRuleName(ruleId) {
    return ruleId.replace(/^@secretlint\/secretlint-rule-/, '');
}
/**
 * Every range a preset rule reports in `content`; nothing when the preset is not loaded. Each rule runs
 * only when the content holds one of its keywords (`PRESET_KEYWORDS`), unless `everyRule` (for tests).
 */
function scanWithPreset(content, everyRule = false) {
    if (!scanners)
        return [];
    const found = [];
    const lower = content.toLowerCase();
    const source = {
        content,
        // No file: rules that look at a file's name or read it (npmrc, .p12) have nothing to do here.
        filePath: undefined,
        ext: '',
        contentType: 'text',
        hasBOM: false
    };
    for (const rule of scanners) {
        const keywords = PRESET_KEYWORDS[presetRuleName(rule.meta.id)];
        if (!everyRule && keywords && !keywords.some((keyword) => lower.includes(keyword)))
            continue;
        const context = {
            sharedOptions: {},
            createTranslator: (() => (messageId, data) => ({
                message: '',
                messageId,
                data
            })),
            report: (descriptor) => found.push({
                ruleId: rule.meta.id,
                messageId: descriptor.message.messageId,
                start: descriptor.range[0],
                end: descriptor.range[1]
            }),
            ignore: () => undefined
        };
        try {
            const result = rule.create(context, {}).file?.(source);
            // Only binary sources (never passed here) make a rule asynchronous; a stray promise must not reject unhandled.
            if (result && typeof result.catch === 'function')
                result.catch(() => undefined);
        }
        catch {
            // One rule's failure must not cost the others' findings.
        }
    }
    return found;
}
/** What a message calls a preset finding: the vendor from the rule id, the kind from the message id. */
function presetKind(match) {
    const vendor = VENDORS[presetRuleName(match.ruleId)] ?? 'vendor';
    const id = match.messageId.toUpperCase();
    if (/PRIVATE_?KEY|PRIVATEKEY/.test(id))
        return 'private key';
    if (/CONNECTION|URI|BASIC/.test(id) || vendor === 'URL' || vendor === 'database')
        return 'password in a URL';
    if (/API_?KEY/.test(id))
        return `${vendor} API key`;
    if (/SECRET/.test(id))
        return `${vendor} secret`;
    if (/KEY/.test(id))
        return `${vendor} key`;
    return `${vendor} token`;
}
const VENDORS = {
    '1password': '1Password',
    anthropic: 'Anthropic',
    aws: 'AWS',
    basicauth: 'URL',
    cloudflare: 'Cloudflare',
    'database-connection-string': 'database',
    databricks: 'Databricks',
    docker: 'Docker',
    figma: 'Figma',
    gcp: 'Google Cloud',
    github: 'GitHub',
    gitlab: 'GitLab',
    grafana: 'Grafana',
    groq: 'Groq',
    'hashicorp-vault': 'HashiCorp Vault',
    huggingface: 'Hugging Face',
    linear: 'Linear',
    notion: 'Notion',
    npm: 'npm',
    openai: 'OpenAI',
    privatekey: 'private',
    sendgrid: 'SendGrid',
    shopify: 'Shopify',
    slack: 'Slack',
    stripe: 'Stripe',
    tailscale: 'Tailscale',
    vercel: 'Vercel'
};

// EXTERNAL MODULE: ./src/secret-rules/vendors.ts
var vendors = __webpack_require__(4097);
;// CONCATENATED MODULE: ./src/secrets.ts




/** Values that stand for a secret rather than being one. */
const PLACEHOLDER_LIKE = /^(?:<[^>]*>|\[[^\]]*\]|\{[^}]*\}|x{3,}|X{3,}|\*{3,}|\.{3,}|…|redacted|changeme|placeholder|test|null|none|undefined|true|false)$/i;
/** A word that marks a stand-in anywhere in the value (`xoxb-your-slack-bot-token`, `sk-proj-EXAMPLE`). */
const STAND_IN_WORD = /(?:^|[^a-z0-9])(?:your|my|sample|fake|insert|here|todo|fixme|xxxx|test[_-]?key|demo|mock)(?:[^a-z0-9]|$)|example|placeholder|dummy|changeme|redacted|replace[_-]?me|x{6,}|X{6,}|\*{4,}|\.{3}|…|0{12,}/i;
/** Whether a string is a stand-in (`<YOUR_TOKEN>`, `xxx`, `${VAR}`, `fc-YOUR_KEY`) and not a credential. */
function isPlaceholderValue(value) {
    const trimmed = value.trim();
    if (trimmed === '' || PLACEHOLDER_LIKE.test(trimmed) || STAND_IN_WORD.test(trimmed))
        return true;
    // A value that is mostly placeholders (`${API_KEY}`, `Bearer ${TOKEN}`, `{env:KEY}`).
    return (0,placeholders/* hasPlaceholder */.Kc)(trimmed) && (0,placeholders/* withoutPlaceholders */.Zm)(trimmed).length < 8;
}
/**
 * Whether a text may hold a credential of a format the secretlint preset knows: a long run of token
 * characters with a digit or a capital, a private key, or a URL with a password. Cheap and linear;
 * decides whether the preset is worth loading at all.
 */
function mayHoldSecret(text) {
    return PRESET_MARKER.test(text) || PRESET_RUN.test(text);
}
const PRESET_MARKER = /PRIVATE KEY|:\/\/[^\s/@:]{0,200}:[^\s@]{1,200}@|hooks\.slack\.com|_authToken/;
/** Where a run of 20 or more token characters starts (nothing of the run before it), then within it a digit or a capital. */
const PRESET_RUN = /(?<![\w+=-])(?=[\w+=-]{20})[a-z_+=-]*[0-9A-Z]/;
/**
 * Loads the maintained vendor rule set (the secretlint preset). `lint` calls it when some file
 * needs it; callers of the synchronous `checkContent` call it first to get the same results.
 */
async function loadSecretRules() {
    await loadPreset();
}

/**
 * Candidates per name and string: the same values recur across files, and the rule and the masking both
 * ask. Two levels, so that a question costs no new key string (a string's hash is kept with it).
 */
const cache = new Map();
let cached = 0;
/** Whether the cached candidates were found with the preset (loaded once, never unloaded). */
let cachedWithPreset = false;
const CACHE_LIMIT = 25_000;
const NONE = Object.freeze([]);
/**
 * Every credential in a string (placeholders excluded). `name` is what the string is the value of
 * (its key, the flag before it, the header or variable it sets): when it says "secret", a random
 * looking literal is reported even without a known format.
 */
function findSecrets(text, name, purpose = 'report') {
    if (text.length < 8)
        return NONE;
    if (cachedWithPreset !== presetLoaded()) {
        cache.clear();
        cached = 0;
        cachedWithPreset = presetLoaded();
    }
    let byText = cache.get(name ?? '');
    let candidates = byText?.get(text);
    if (!candidates) {
        candidates = scan(text, name);
        if (cached >= CACHE_LIMIT) {
            cache.clear();
            cached = 0;
            byText = undefined;
        }
        if (text.length < 4096) {
            if (!byText)
                cache.set(name ?? '', (byText = new Map()));
            byText.set(text, candidates);
            cached++;
        }
    }
    return candidates.length === 0 ? NONE : pick(candidates, purpose === 'mask');
}
/** What one purpose takes of a string's candidates, in the order found. */
function pick(candidates, masking) {
    const found = [];
    for (const { kind, value, known, random } of candidates) {
        // Masking takes every value of a known format, examples too: hiding one costs nothing.
        if (!masking && !random)
            continue;
        if ((0,placeholders/* hasPlaceholder */.Kc)(value) || (!(masking && known) && isPlaceholderValue(value)))
            continue;
        // One credential is reported once, as the most specific kind found first.
        if (found.some((f) => f.value.includes(value) || value.includes(f.value)))
            continue;
        found.push({ kind, value });
    }
    return found;
}
/** The formats searched for only under their name, in their order among all formats. */
const NAMED_FORMATS = vendors/* VENDOR_FORMATS */.OY.flatMap((format, index) => (format.name ? [index] : []));
function scan(text, name) {
    const found = [];
    // One pass says which formats' keywords the string holds: only those formats are searched for. A string
    // with none (most) can hold only a format searched for under its name, and only when it has a name.
    const possible = (0,vendors/* formatsIn */.oJ)(text);
    const formats = possible ? vendors/* VENDOR_FORMATS */.OY.keys() : name === undefined ? [] : NAMED_FORMATS;
    for (const index of formats) {
        const format = vendors/* VENDOR_FORMATS */.OY[index];
        if (format.name ? name === undefined || !format.name.test(name) : possible?.[index] !== 1)
            continue;
        format.pattern.lastIndex = 0;
        for (const match of text.matchAll(format.pattern)) {
            // A prefix followed by repeated or sequential characters is an example, not a key.
            const random = randomEnough(match[0].slice(format.prefix.length));
            found.push({ kind: format.kind, value: match[0], known: true, random });
        }
    }
    if (presetLoaded() && mayHoldSecret(text)) {
        for (const match of scanWithPreset(text)) {
            const value = presetValue(text.slice(match.start, match.end));
            if (value)
                found.push({ kind: presetKind(match), value, known: true, random: randomEnough(value) });
        }
    }
    for (const match of (0,generic/* genericSecrets */.ZT)(text, name, isPlaceholderValue))
        found.push({ kind: match.kind, value: match.value, known: false, random: true });
    return found;
}
/** Long formats must show some variety: `sbp_0000…`, `fc-aaaa…`, `ghp_1234567890…` are examples. */
function randomEnough(body) {
    return body.length < 12 || (0,generic/* looksRandom */.EZ)(body, 12) || /^[0-9a-f]{24,}$/.test(body) || /^[A-Za-z]{24,}$/.test(body);
}
/**
 * The secret part of what a preset rule reported: the password of a connection string or URL (the
 * rule reports the whole URI), else the text as reported.
 */
function presetValue(reported) {
    const userinfo = /^[a-z][a-z0-9+.-]*:\/\/([^\s:/@]*):([^\s@]+)@/i.exec(reported);
    if (userinfo)
        return userinfo[2];
    if (/:\/\/[^@]*$/.test(reported))
        return undefined;
    return reported.trim();
}
/**
 * Every secret in the strings of a parsed value (keys included, each value under the key or flag it
 * belongs to), for masking the whole report.
 */
function collectSecrets(strings, into = new Set()) {
    for (const node of strings)
        for (const s of findSecrets(node.value, node.isKey ? undefined : node.field, 'mask'))
            into.add(s.value);
    return into;
}
/**
 * Every secret a parsed file can show in any output (messages, code frames, SARIF snippets), for
 * masking: those of its strings (keys included), then those of its raw text, which also holds what
 * parsing drops or changes (comments, escaped characters) and a code frame may show. `json`: the strict
 * JSON text the strings were parsed from (`ParsedDocument.jsonText`): a line of it that holds nothing but
 * those strings (see `holdsOnlyScannedStrings`) is not scanned again.
 */
function fileSecrets(strings, text, into = new Set(), json) {
    collectSecrets(strings, into);
    const scanned = json === undefined
        ? undefined
        : (line, start) => !((json === text || json.startsWith(line, start)) && holdsOnlyScannedStrings(line));
    for (const secret of scanText(text, 'mask', scanned))
        into.add(secret.value);
    return into;
}
/**
 * Whether the text scan of a line of strict JSON could find nothing that the scan of its strings (each
 * value under its key, each key) has not found: the line holds only strings, whitespace and `{}[],:`,
 * and none of what lets the text scan see more than one string at a time. What the text scan asks about
 * a line is the line, the value after its first key, and each `"key": "value"` pair's value under its
 * key (`questionsOf`). Every detector's match is a run without quotes, so it lies inside one string,
 * where it has the same boundaries as in that string alone (a quote and a string's end are both
 * non-word characters) and the same name when it has one. The exceptions, which leave a line to the
 * text scan:
 * - a backslash (an escape: the text differs from the string) or an apostrophe (a pair's value is cut
 *   there, and its head read as a whole value);
 * - a keyword of a secretlint preset rule, whose context rules (`aws_secret_access_key = …`) may read
 *   across strings;
 * - a key that is not a plain name of at most 100 characters, or a first string that is not a key, where
 *   a pair's name could be part of a string; and a key a name-only vendor format (a bare UUID under
 *   `RAILWAY_TOKEN`) answers to, which would see the strings of a nested value under it.
 */
function holdsOnlyScannedStrings(line) {
    if (line.includes('\\') || line.includes("'") || presetMayRun(line))
        return false;
    let first;
    for (let i = 0; i < line.length; i++) {
        const ch = line.charCodeAt(i);
        if (ch === QUOTE) {
            const end = line.indexOf('"', i + 1);
            if (end === -1)
                return false;
            let next = end + 1;
            while (next < line.length && isJsonSpace(line.charCodeAt(next)))
                next++;
            const key = line.charCodeAt(next) === COLON;
            if (key || first === undefined) {
                const body = line.slice(i + 1, end);
                if (key && (!PLAIN_KEY.test(body) || NAME_ONLY_FORMATS.some((format) => format.test(body))))
                    return false;
                first ??= { body, key };
            }
            i = end;
        }
        else if (!isJsonSpace(ch) && !STRUCTURE.has(ch))
            return false;
    }
    // The value after the line's first name is asked about under that name: it must be a key's.
    const pair = LINE_PAIR.exec(line);
    return pair === null || (first !== undefined && first.key && pair[1] === first.body);
}
const QUOTE = 0x22;
const COLON = 0x3a;
/** `{`, `}`, `[`, `]`, `,` and `:`: all a line of JSON holds outside its strings but whitespace. */
const STRUCTURE = new Set([0x7b, 0x7d, 0x5b, 0x5d, 0x2c, COLON]);
/** A key `QUOTED_PAIR` and `LINE_PAIR` read whole. */
const PLAIN_KEY = /^[A-Za-z0-9_.$@-]{1,100}$/;
const NAME_ONLY_FORMATS = vendors/* VENDOR_FORMATS */.OY.flatMap((format) => (format.name ? [format.name] : []));
function isJsonSpace(ch) {
    return ch === 0x20 || ch === 0x09 || ch === 0x0d || ch === 0x0a;
}
/** Every preset rule's keywords, lower case: the preset runs a rule only on a text that holds one (`scanWithPreset`). */
const PRESET_KEYWORD = new RegExp(Object.values(PRESET_KEYWORDS)
    .flat()
    .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|'));
/** Whether a loaded preset rule has no keywords, and so runs on every text: checked once the preset is loaded. */
let presetRunsAnywhere;
/** Whether a preset rule may run on a text or on a part of it. */
function presetMayRun(text) {
    if (presetLoaded())
        presetRunsAnywhere ??= presetRuleNames().some((rule) => PRESET_KEYWORDS[rule] === undefined);
    return presetRunsAnywhere === true || PRESET_KEYWORD.test(text.toLowerCase());
}
/** Every secret in the text of a file that could not be parsed, for masking. */
function textSecrets(text) {
    return scanText(text, 'mask').map((s) => s.value);
}
/**
 * What a text holds when any detector finds anything in it, or in a part of it, under any name: a marker
 * (a vendor format's keyword, a marker of the preset's gate `mayHoldSecret` or of the generic forms), or a
 * run of token characters that may look random, may hold the preset's long run, or has a vendor shape.
 * Each holds for every text around a text it holds for, and none crosses a line: a line without any needs no scan.
 */
const MARKER = new RegExp([
    vendors/* VENDOR_KEYWORDS */.i_,
    PRESET_MARKER.source,
    ...generic/* GENERIC_MARKERS */.UG.map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
].join('|'), 'g');
const RUN = new RegExp(generic/* TOKEN_RUN */.M3.source, 'g');
function runMayHoldSecret(run) {
    return (0,generic/* runMayLookRandom */.Tw)(run) || PRESET_RUN.test(run) || vendors/* VENDOR_SHAPES */.SD.some((shape) => shape.test(run));
}
/** Where the lines of a text start that may hold a secret (see `MARKER`), in order: two searches over the whole text. */
function linesThatMayHoldSecrets(text) {
    const starts = new Set();
    const lineStart = (at) => (at === 0 ? 0 : text.lastIndexOf('\n', at - 1) + 1);
    const nextLine = (at) => {
        const end = text.indexOf('\n', at);
        return end === -1 ? text.length + 1 : end + 1;
    };
    MARKER.lastIndex = 0;
    for (let marker = MARKER.exec(text); marker !== null; marker = MARKER.exec(text)) {
        starts.add(lineStart(marker.index));
        MARKER.lastIndex = nextLine(marker.index);
    }
    RUN.lastIndex = 0;
    for (let run = RUN.exec(text); run !== null; run = RUN.exec(text)) {
        if (!runMayHoldSecret(run[0]))
            continue;
        starts.add(lineStart(run.index));
        RUN.lastIndex = nextLine(run.index);
    }
    return [...starts].sort((a, b) => a - b);
}
/** Whether any detector may find something in a text or in a part of it (see `MARKER`). */
function mayHoldAnySecret(text) {
    return linesThatMayHoldSecrets(text).length > 0;
}
/** The flag an argument is the value of (`["--api-key", "x"]` → `--api-key`), if the previous argument is one. */
function flagBefore(list, index) {
    const previous = list[index - 1];
    return typeof previous === 'string' && /^--?[A-Za-z][A-Za-z0-9_.-]{0,80}$/.test(previous) ? previous : undefined;
}
/** The start of a `"name": "value"`, `name = "value"` or `name: value` line of a file that could not be parsed. */
const LINE_PAIR = /^\s*["']?([A-Za-z0-9_.$@-]{1,100})["']?[ \t]*[:=][ \t]*/;
/** A quoted `"name": "value"` or `name = 'value'` pair anywhere in a line. */
const QUOTED_PAIR = /["']?([A-Za-z0-9_.$@-]{1,100})["']?[ \t]*[:=][ \t]*["']([^"'\n]{1,4000})["']/g;
/** The value of a line after its name: quotes and a trailing comma removed (no regex on the rest: linear). */
function lineValue(rest) {
    let value = rest.trim();
    if (value.endsWith(','))
        value = value.slice(0, -1).trimEnd();
    const quote = value[0];
    if ((quote === '"' || quote === "'" || quote === '`') && value.endsWith(quote) && value.length >= 2)
        value = value.slice(1, -1);
    return value;
}
/**
 * Every secret in a file's raw text, line by line, with its offset: for files that cannot be
 * parsed, and for what parsing drops (comments); `lines` skips lines a caller has no use for (each
 * line is scanned on its own, so skipping one changes nothing about the others). Linear in the text's length.
 */
function scanText(text, purpose = 'report', lines = () => true) {
    const found = [];
    for (const candidate of candidateLines(text)) {
        const { start, line } = candidate;
        if (!lines(line, start))
            continue;
        for (const [value, name] of questionsOf(candidate))
            for (const match of findSecrets(value, name, purpose)) {
                const at = line.indexOf(match.value);
                if (at !== -1 && !found.some((f) => f.value === match.value && f.offset === start + at))
                    found.push({ ...match, offset: start + at });
            }
    }
    return found;
}
/**
 * The lines of a text that may hold a secret, kept for the last text asked about: the rule (for comments)
 * and the masking scan the same text one after the other, so its lines are found once, and each line's
 * questions are put together when a scan first reads that line.
 */
let asked;
function candidateLines(text) {
    if (asked?.text === text)
        return asked.lines;
    const out = [];
    // Only the lines that may hold a secret are asked about (most lines of a config hold none).
    for (const start of linesThatMayHoldSecrets(text)) {
        let end = text.indexOf('\n', start);
        if (end === -1)
            end = text.length;
        if (end - start >= 8)
            out.push({ start, line: text.slice(start, end) });
    }
    asked = { text, lines: out };
    return out;
}
function questionsOf(candidate) {
    if (candidate.questions)
        return candidate.questions;
    const { line } = candidate;
    const questions = [[line, undefined]];
    const pair = LINE_PAIR.exec(line);
    if (pair)
        questions.push([lineValue(line.slice(pair[0].length)), pair[1]]);
    // Several pairs on one line (`"env": { "A": "x", "B": "y" }`).
    for (const inner of line.matchAll(QUOTED_PAIR))
        questions.push([inner[2], inner[1]]);
    return (candidate.questions = questions);
}


/***/ })

};
