export const id = 7300;
export const ids = [7300];
export const modules = {

/***/ 7300:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  I: () => (/* binding */ NOT_READ_RULE),
  A: () => (/* binding */ doctor)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/dryrun/defaults.ts
var defaults = __webpack_require__(7154);
// EXTERNAL MODULE: ./src/engine.ts + 1 modules
var engine = __webpack_require__(8483);
// EXTERNAL MODULE: ./src/finding.ts
var finding = __webpack_require__(2018);
// EXTERNAL MODULE: ./src/hosts/index.ts + 34 modules
var hosts = __webpack_require__(1262);
// EXTERNAL MODULE: ./src/hosts/util.ts
var util = __webpack_require__(5035);
// EXTERNAL MODULE: ./src/parse/index.ts
var parse = __webpack_require__(2475);
// EXTERNAL MODULE: ./src/mask.ts
var mask = __webpack_require__(5235);
// EXTERNAL MODULE: ./src/work-tree.ts
var work_tree = __webpack_require__(4155);
// EXTERNAL MODULE: ./src/why/explain.ts
var explain = __webpack_require__(4121);
// EXTERNAL MODULE: ./src/why/format.ts
var format = __webpack_require__(8695);
// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(4006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
// EXTERNAL MODULE: ./src/read.ts
var read = __webpack_require__(2883);
;// CONCATENATED MODULE: ./src/doctor/files.ts





const toPosix = (p) => p.split(path.sep).join('/');
/**
 * How a path is shown: `~/…` inside the home folder, relative inside the working directory (as in
 * every report), else absolute; always with `/`.
 */
function displayPath(absolute, where) {
    if (isInside(absolute, where.cwd) && !isInside(where.cwd, absolute))
        return toPosix(path.relative(where.cwd, absolute));
    if (isInside(absolute, where.home)) {
        const relative = toPosix(path.relative(where.home, absolute));
        return relative === '' ? '~' : `~/${relative}`;
    }
    return toPosix(absolute);
}
/**
 * A file to check, shown as `shown`. The guarded reader refuses it unread when it is not a regular
 * file inside `root` (the home folder for a user's file, the working directory for a project's).
 */
function fileToCheck(absolute, root, shown, host) {
    return { path: shown, absolute, explicit: false, matchPath: shown, root, ...(host ? { host } : {}) };
}
/** Entries of one folder matching a glob segment; nothing when the folder cannot be listed. */
function matchingEntries(dir, segment) {
    const match = picomatch_default()(segment, { dot: true });
    try {
        return (0,external_node_fs_.readdirSync)(dir)
            .filter((name) => match(name))
            .sort();
    }
    catch {
        return [];
    }
}
/**
 * Expands a pattern anchored at `root` segment by segment, listing only the folders its wildcards
 * name: reads nothing but those folders' entries, however large `root` is.
 */
function expandAnchored(root, pattern, limit = 100) {
    let found = [''];
    for (const segment of pattern.split('/')) {
        const next = [];
        for (const prefix of found) {
            const names = picomatch_default().scan(segment).isGlob ? matchingEntries(external_node_path_default().join(root, prefix), segment) : [segment];
            for (const name of names)
                if (next.length < limit)
                    next.push(prefix ? `${prefix}/${name}` : name);
        }
        found = next;
    }
    return found.filter((relative) => {
        try {
            const stat = (0,external_node_fs_.lstatSync)(external_node_path_default().join(root, relative));
            return stat.isFile() || stat.isSymbolicLink();
        }
        catch {
            return false;
        }
    });
}
/**
 * The config files a host started in `cwd` reads from it: each host's project patterns anchored at
 * the folder (`**\/.mcp.json` → `.mcp.json`), not searched for in subfolders, so that running in a
 * home folder or a huge tree costs a few directory reads.
 */
function folderFiles(cwd) {
    const patterns = new Set();
    for (const host of hosts/* HOSTS */.kZ)
        for (const pattern of host.patterns) {
            const anchored = pattern.replace(/^(?:\*\*\/)+/, '');
            if (!anchored.includes('**'))
                patterns.add(anchored);
        }
    const files = new Set();
    for (const pattern of patterns)
        for (const relative of expandAnchored(cwd, pattern))
            files.add(relative);
    return [...files].sort().map((relative) => fileToCheck(external_node_path_default().join(cwd, relative), cwd, relative));
}

;// CONCATENATED MODULE: ./src/doctor/locations.ts





/** The systems whose user-level files the profiles describe; other Unix systems follow Linux's layout. */
function userPlatform(platform) {
    return platform === 'win32' || platform === 'darwin' ? platform : 'linux';
}
/** The home folder of the machine: `%USERPROFILE%` on Windows, `$HOME` elsewhere. */
function homeOf(platform, env, fallback) {
    const home = platform === 'win32'
        ? (variable(env, 'USERPROFILE', platform) ??
            joinDefined(variable(env, 'HOMEDRIVE', platform), variable(env, 'HOMEPATH', platform)))
        : variable(env, 'HOME', platform);
    return home ?? fallback;
}
function joinDefined(drive, rest) {
    return drive !== undefined && rest !== undefined ? drive + rest : undefined;
}
/** An environment variable, by its name in any case on Windows; empty counts as unset, as the hosts treat it. */
function variable(env, name, platform) {
    const value = platform === 'win32'
        ? Object.entries(env).find(([key]) => key.toUpperCase() === name.toUpperCase())?.[1]
        : env[name];
    return value === undefined || value === '' ? undefined : value;
}
const locations_toPosix = (p) => p.split((external_node_path_default()).sep).join('/');
/**
 * A template's path on this machine, or undefined when it does not apply (it names an unset
 * variable, or a drive path that cannot exist on the system doctor runs on). A variable holding a
 * relative path is taken relative to the working directory.
 */
function resolveTemplate(template, machine) {
    let unset = false;
    let text = template.replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g, (_, name) => {
        const value = variable(machine.env, name, machine.platform);
        if (value === undefined)
            unset = true;
        return value ?? '';
    });
    if (unset)
        return undefined;
    if (text === '~' || text.startsWith('~/'))
        text = machine.home + text.slice(1);
    // A Windows drive path can only be read on Windows (a test standing in Windows runs elsewhere).
    if (/^[A-Za-z]:[\\/]/.test(text) && process.platform !== 'win32')
        return undefined;
    return external_node_path_default().resolve(machine.cwd, text);
}
/** How a user-level path is shown: `~/…` inside the home folder, else absolute; with `/`. */
function shownPath(absolute, home) {
    if (!(0,read/* isInside */.FK)(absolute, home))
        return locations_toPosix(absolute);
    const relative = locations_toPosix(external_node_path_default().relative(home, absolute));
    return relative === '' ? '~' : `~/${relative}`;
}
/** Whether a path names a regular file or a link (links are vetted by the guarded reader). */
function isFileOrLink(absolute) {
    try {
        const stat = (0,external_node_fs_.lstatSync)(absolute);
        return stat.isFile() || stat.isSymbolicLink();
    }
    catch {
        return false;
    }
}
/** The files matching an absolute pattern whose `*` segments stand for any one name. */
function expand(pattern) {
    const parts = pattern.split(/[\\/]/);
    const first = parts.findIndex((part) => part.includes('*'));
    if (first === -1)
        return isFileOrLink(pattern) ? [pattern] : [];
    const root = parts.slice(0, first).join((external_node_path_default()).sep) || (external_node_path_default()).sep;
    return expandAnchored(root, parts.slice(first).join('/')).map((relative) => external_node_path_default().join(root, relative));
}
/**
 * Every user-level file the hosts read on this machine, from their profiles: each file's first
 * applicable template, and what exists there. Reads nothing but the listed locations (for a `*`, the
 * entries of that one folder). A path two hosts list is the first host's.
 */
function userLocations(machine) {
    const platform = userPlatform(machine.platform);
    const seen = new Set();
    const locations = [];
    for (const host of hosts/* HOSTS */.kZ) {
        for (const file of host.profile.userFiles) {
            for (const template of file.paths[platform] ?? []) {
                const pattern = resolveTemplate(template, machine);
                if (pattern === undefined)
                    continue;
                if (!seen.has(pattern)) {
                    seen.add(pattern);
                    locations.push({
                        host,
                        file,
                        template,
                        pattern,
                        shown: shownPath(pattern, machine.home),
                        found: expand(pattern)
                    });
                }
                break;
            }
        }
    }
    return locations;
}
/**
 * The files to check of the found locations. A file in the home folder must stay inside it when read
 * (the guarded reader's root); one elsewhere (`/etc/...`) inside its own folder.
 */
function userFilesToCheck(locations, machine) {
    return locations.flatMap((location) => location.found.map((absolute) => {
        const inHome = (0,read/* isInside */.FK)(absolute, machine.home);
        const root = inHome ? machine.home : external_node_path_default().dirname(absolute);
        const file = fileToCheck(absolute, root, shownPath(absolute, machine.home), location.host.id);
        // Told here in the words of a user's folder; the guarded reader refuses it anyway.
        if (leadsOut(absolute, root))
            file.refused = `a symbolic link to a path outside ${inHome ? 'the home folder' : 'its folder'}; it was not followed, and nothing of its target is shown`;
        return file;
    }));
}
/** Whether a link leads out of `root` (a broken link is left to the reader). */
function leadsOut(absolute, root) {
    try {
        return (0,external_node_fs_.lstatSync)(absolute).isSymbolicLink() && !(0,read/* isInside */.FK)((0,external_node_fs_.realpathSync)(absolute), (0,external_node_fs_.realpathSync)(root));
    }
    catch {
        return false;
    }
}

;// CONCATENATED MODULE: ./src/doctor/index.ts















/**
 * Rules about committing a file to a repository, which say nothing about a user's own file: a user's
 * token belongs in it, its paths are that user's, and it has no project folder to find scripts in.
 */
const USER_FILE_SETTINGS = {
    rules: Object.fromEntries([
        'hardcoded-secret',
        'user-specific-path',
        'missing-script',
        'cross-host-drift',
        'unpinned-package',
        'env-inventory',
        'unknown-approved-server',
        'enable-all-project-servers',
        'mcp-json-in-claude-dir',
        // Replaced by a finding per server that names where user servers belong.
        'servers-in-claude-settings'
    ].map((id) => [id, 'off'])),
    ignore: [],
    ignoreServers: []
};
/** The id of doctor's finding for a server in a place its host does not read. */
const NOT_READ_RULE = 'server-not-read';
/**
 * Checks the MCP setup of this machine: the user-level files of every host (from the host profiles,
 * for this system) and the configs of the current folder, linted with the usual rules and, unless
 * told not to, every server started the way its host would, with the user's own environment. Reads
 * nothing but the listed locations; every process it starts is gone when it returns.
 */
async function doctor(options) {
    const platform = options.platform ?? process.platform;
    const machine = {
        platform,
        env: options.env,
        home: options.home ?? homeOf(platform, options.env, external_node_os_default().homedir()),
        cwd: options.cwd
    };
    const locations = userLocations(machine);
    const userFiles = userFilesToCheck(locations, machine);
    const userPaths = new Set(userFiles.map((f) => f.absolute));
    // Run in the home folder, a host's project files are its user files: read them once, as the user's.
    const projectFiles = folderFiles(options.cwd).filter((f) => !userPaths.has(f.absolute));
    const user = await (0,engine/* lint */.u8)({ paths: [], cwd: options.cwd, files: userFiles, settings: USER_FILE_SETTINGS });
    const project = await (0,engine/* lint */.u8)({ paths: [], cwd: options.cwd, files: projectFiles });
    const entries = [
        ...userEntries(user, userFiles, locations, machine),
        ...project.servers.map((server) => ({ server, scope: 'project' }))
    ];
    const notRead = [
        ...ignoredServers(user, userFiles, locations, true),
        ...ignoredServers(project, projectFiles, [], false)
    ];
    entries.push(...notRead.map((n) => n.entry));
    const secrets = new Set([...user.secrets, ...project.secrets]);
    const diagnostics = [
        ...user.report.diagnostics,
        ...project.report.diagnostics,
        ...notRead.flatMap((n) => n.diagnostic)
    ];
    if (options.dryRun)
        diagnostics.push(...(await startAll(entries, { user, project }, machine, options)));
    for (const entry of entries) {
        if (entry.notRead === undefined)
            continue;
        entry.health = {
            name: entry.server.name,
            file: entry.server.file,
            host: entry.server.host,
            transport: entry.server.transport,
            status: 'skipped',
            durationMs: 0,
            error: { kind: 'not-read', message: entry.notRead },
            scope: entry.scope
        };
    }
    const order = (e) => (e.scope === 'project' ? 1 : 0);
    entries.sort((a, b) => order(a) - order(b));
    for (const entry of entries)
        if (entry.health)
            doctor_mask(entry.health, secrets);
    const report = {
        version: 1,
        files: [...user.report.files, ...project.report.files],
        diagnostics: diagnostics.map((d) => (0,mask/* maskDiagnostic */.eh)(d, secrets)).sort(finding/* compareDiagnostics */.oV),
        servers: entries.flatMap((e) => (e.health ? [e.health] : [])),
        doctor: {
            platform,
            dryRun: options.dryRun,
            locations: locations.map((l) => ({
                host: l.host.id,
                path: l.shown,
                scope: l.file.scope,
                found: l.found.map((f) => shownPath(f, machine.home)),
                confirmed: l.file.unconfirmed[platformKey(platform)] === undefined
            }))
        }
    };
    return { report, entries, sources: new Map([...user.sources, ...project.sources]), secrets };
}
function platformKey(platform) {
    return platform === 'win32' || platform === 'darwin' ? platform : 'linux';
}
/** The servers of the user's files, each with the scope of the location it was found in. */
function userEntries(result, files, locations, machine) {
    const locationOf = locationsByShownPath(files, locations);
    const repository = (0,work_tree/* foldersUpToWorkTree */.h)(machine.cwd)?.at(-1);
    return result.servers.map((server) => {
        if (server.project === undefined)
            return { server, scope: locationOf.get(server.file)?.file.scope ?? 'user' };
        const current = [machine.cwd, repository].some((folder) => folder !== undefined && sameFolder(server.project, folder, machine.platform));
        return { server, scope: 'local', project: shownPath(external_node_path_default().resolve(server.project), machine.home), current };
    });
}
function locationsByShownPath(files, locations) {
    const byAbsolute = new Map();
    for (const location of locations)
        for (const found of location.found)
            byAbsolute.set(found, location);
    const out = new Map();
    for (const file of files) {
        const location = byAbsolute.get(file.absolute);
        if (location)
            out.set(file.path, location);
    }
    return out;
}
/**
 * Servers written under a key that the host does not read as servers (`mcpServers` in Claude Code's
 * settings), from the host profile's `ignoredServerMap`: one entry each, and for a user's file a
 * finding at the server, saying where its servers belong (the location's note).
 */
function ignoredServers(result, files, locations, userFiles) {
    const locationOf = locationsByShownPath(files, locations);
    const out = [];
    for (const file of result.report.files) {
        const host = file.host ? (0,hosts/* hostById */.hL)(file.host) : undefined;
        const key = host?.profile.approvals.projectServers?.ignoredServerMap;
        const text = result.sources.get(file.path);
        if (!host || key === undefined || text === undefined)
            continue;
        const doc = (0,parse/* parseDocument */.Tp)(text, host).doc;
        if (!doc)
            continue;
        const note = locationOf.get(file.path)?.file.note;
        const instead = userFiles
            ? (note ?? 'it does not read servers here')
            : `servers belong in ${host.profile.approvals.projectServers.file}`;
        for (const server of (0,util/* normaliseServerMap */.IP)(doc.value, [key], { host: host.id, file: file.path }, () => ({
            transport: 'unknown'
        }))) {
            const why = `${host.name} does not read servers from ${file.path}, so "${server.name}" never starts: ${instead}`;
            const range = doc.locate(server.pointer, true);
            out.push({
                entry: {
                    server,
                    scope: userFiles ? (locationOf.get(file.path)?.file.scope ?? 'user') : 'project',
                    notRead: why
                },
                diagnostic: userFiles
                    ? [
                        (0,finding/* toDiagnostic */.Fd)(file.path, {
                            ruleId: NOT_READ_RULE,
                            severity: 'error',
                            message: why,
                            range,
                            server: server.name
                        })
                    ]
                    : []
            });
        }
    }
    return out;
}
/** Whether a project key of a user's file names this folder: case and separators alike on Windows. */
function sameFolder(key, folder, platform) {
    const normal = (p) => {
        const flat = p.replace(/[\\/]+$/, '');
        return platform === 'win32' ? flat.replace(/\\/g, '/').toLowerCase() : flat;
    };
    return normal(key) === normal(folder);
}
function isDirectory(folder) {
    try {
        return (0,external_node_fs_.statSync)(folder).isDirectory();
    }
    catch {
        return false;
    }
}
/**
 * Starts every server its host reads, where its host would: a user's servers in the current folder
 * (where the user starts the host), a project's local servers in that project, the current folder's
 * own in it. Sets each entry's health and returns the dry run's findings, under each file's settings.
 */
async function startAll(entries, results, machine, options) {
    // Loaded only for a dry run: the MCP SDK is most of the bundle.
    const { dryRun } = await Promise.all(/* import() */[__webpack_require__.e(2420), __webpack_require__.e(4277)]).then(__webpack_require__.bind(__webpack_require__, 4277));
    const runnable = [];
    for (const entry of entries) {
        if (entry.notRead !== undefined)
            continue;
        if (entry.scope === 'project') {
            runnable.push({ entry, server: entry.server });
            continue;
        }
        const folder = entry.project === undefined ? machine.cwd : external_node_path_default().resolve(entry.server.project);
        if (!isDirectory(folder)) {
            entry.health = skippedHealth(entry, 'project-missing', `the project folder ${entry.project} does not exist, so its host never starts this server`);
            continue;
        }
        // The file's real place, so `${extensionPath}` and the like resolve; the host's folder stands for the project.
        const real = external_node_path_default().relative(machine.cwd, realPath(entry.server.file, machine));
        runnable.push({ entry, server: { ...entry.server, file: real.split((external_node_path_default()).sep).join('/'), folder } });
    }
    const dry = await dryRun(runnable.map((r) => r.server), {
        cwd: machine.cwd,
        env: machine.env,
        inheritEnv: true,
        timeoutMs: options.timeoutMs ?? defaults/* DRY_RUN_DEFAULTS */.L.timeoutMs,
        concurrency: options.concurrency ?? defaults/* DRY_RUN_DEFAULTS */.L.concurrency
    });
    runnable.forEach(({ entry, server }, i) => {
        const health = dry.servers[i];
        entry.health = {
            ...health,
            file: entry.server.file,
            scope: entry.scope,
            ...place(entry),
            ...advice(server, health)
        };
    });
    const diagnostics = [];
    for (const d of dry.diagnostics) {
        const run = runnable.find((r) => r.server.file === d.file && r.server.name === d.server && r.server.keyRange?.start.line === d.line);
        if (!run)
            continue;
        const levels = (run.entry.scope === 'project' ? results.project : results.user).config.rules;
        const level = levels[d.ruleId];
        if (level === 'off')
            continue;
        diagnostics.push({ ...d, file: run.entry.server.file, ...(level ? { severity: level } : {}) });
    }
    return diagnostics;
}
/** The absolute path of a shown user-file path (`~/…` or absolute). */
function realPath(shown, machine) {
    return shown === '~' || shown.startsWith('~/') ? external_node_path_default().join(machine.home, shown.slice(1)) : shown;
}
function place(entry) {
    return entry.project === undefined ? {} : { project: entry.project, current: entry.current ?? false };
}
function skippedHealth(entry, kind, message) {
    return {
        name: entry.server.name,
        file: entry.server.file,
        host: entry.server.host,
        transport: entry.server.transport,
        status: 'skipped',
        durationMs: 0,
        error: { kind, message },
        scope: entry.scope,
        ...place(entry)
    };
}
function doctor_mask(health, secrets) {
    if (health.error) {
        const { help } = health.error;
        health.error = {
            ...health.error,
            message: (0,mask/* redact */.E$)(health.error.message, secrets),
            ...(help === undefined ? {} : { help: (0,mask/* redact */.E$)(help, secrets) })
        };
    }
    if (health.stderrTail !== undefined)
        health.stderrTail = (0,mask/* redact */.E$)(health.stderrTail, secrets);
    if (health.fix !== undefined)
        health.fix = (0,mask/* redact */.E$)(health.fix, secrets);
}
/**
 * The catalogue entry and fix for a server that did not answer. The server's own last stderr line
 * names the real cause more often than the symptom does ("BRAVE_API_KEY environment variable is
 * required" behind "exited with code 1"), so it is asked first.
 */
function advice(server, health) {
    if (health.status === 'ok' || !health.error)
        return {};
    const last = health.stderrTail
        ?.split('\n')
        .filter((line) => line.trim())
        .at(-1);
    const fromStderr = last === undefined ? undefined : (0,explain/* explain */.WE)(last).matches[0];
    const entry = fromStderr?.entry ?? (0,explain/* entryForDryRunKind */.SB)(health.error.kind);
    if (!entry)
        return {};
    const program = (0,explain/* programOf */.oQ)(server);
    const about = { ...(program ? { command: program } : {}), ...fromStderr?.about };
    return { why: entry.id, fix: (0,format/* filled */.Bq)(entry.fix[0], about) };
}


/***/ }),

/***/ 3363:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SK: () => (/* binding */ CONTEXT),
/* harmony export */   yh: () => (/* binding */ CATALOGUE)
/* harmony export */ });
/* unused harmony export UNCONFIRMED_TEXTS */
/**
 * What MCP hosts print when a server fails, why, and how to tell the causes apart: the data behind
 * `mcpcop why` and the hints of `mcpcop doctor`. Every quoted text is one a host (or the MCP SDK a
 * host is built on) really prints, with the source that shows it; the tests check that each one is
 * recognised as its entry. Texts that circulate on third-party pages but that no host was found to
 * print (`Timeout after 30000ms waiting for server initialization`, `Server process exited with code
 * 1`, ...) are recognised by their fragments and listed in `UNCONFIRMED_TEXTS`.
 *
 * Entries are in order of precedence: a pasted log often holds a root cause (a stderr line such as
 * `Cannot find module`) and its symptom (`Connection closed`), and the first entry that matches is
 * the best explanation. So root causes come first, then transport failures, then symptoms, then the
 * generic "failed to connect" wrappers that say nothing of the cause.
 */
const SDK_HOSTS = ['Claude Desktop', 'Cursor', 'VS Code', 'Cline', 'Roo Code'];
const CATALOGUE = [
    {
        id: 'unexpanded-variable',
        title: 'a placeholder reached the server unexpanded',
        patterns: [/(?<variable>\$\{[A-Za-z_][\w:.-]*\}|%[A-Za-z_]\w*%)[^\n]*\b(?:ENOENT|not found|no such file)/i],
        texts: [
            {
                text: 'spawn ${APPDATA}/npm/npx ENOENT',
                hosts: ['Claude Desktop'],
                source: 'modelcontextprotocol/modelcontextprotocol docs/docs/develop/connect-local-servers.mdx (troubleshooting: "${APPDATA}" in paths)'
            }
        ],
        causes: [
            {
                id: 'a',
                text: 'the host does not expand this placeholder syntax (Claude Desktop expands none; Cursor and VS Code want ${env:X}, Claude Code ${X}, opencode {env:X})'
            },
            { id: 'b', text: 'the variable is not set in the environment the host was started with' }
        ],
        checks: [
            { check: 'mcpcop on the config (the foreign-placeholder rule)', tells: 'reported → a' },
            { check: 'echo the variable in the shell that starts the host', tells: 'empty → b' }
        ],
        fix: [
            'write the placeholder in the host\'s own syntax, or write the value itself (Claude Desktop: the expanded path, e.g. "APPDATA": "C:\\\\Users\\\\you\\\\AppData\\\\Roaming" in "env")'
        ],
        suspects: 'none',
        dryRunKinds: ['needs-variable']
    },
    {
        id: 'module-not-found',
        title: 'the server started, but a file or module it needs is missing',
        patterns: [/\bERR_MODULE_NOT_FOUND\b/i, /Cannot find (?:module|package) ['"]?(?<package>[^'"\s]+)?/i],
        texts: [
            {
                text: "Error [ERR_MODULE_NOT_FOUND]: Cannot find module '/home/me/server/dist/index.js'",
                hosts: ["any host (Node.js, in the server's stderr)"],
                source: 'ayeletstudioindia/unreal-analyzer-mcp#6; CircleCI-Public/mcp-server-circleci#50'
            },
            {
                text: "Error: Cannot find module 'zod'",
                hosts: ["any host (Node.js, in the server's stderr)"],
                source: 'MatanYemini/bitbucket-mcp#72'
            }
        ],
        causes: [
            { id: 'a', text: 'a local server was never built: its dist/ (or build/) folder is missing' },
            {
                id: 'b',
                text: 'a relative path in "args" is resolved against another folder than you expect (the host\'s cwd)'
            },
            { id: 'c', text: 'a broken publish of the package, or a corrupt npx cache (~/.npm/_npx)' }
        ],
        checks: [
            { check: 'does the script named in "args" exist (ls <path>)?', tells: 'missing → a or b' },
            { check: 'is the path in "args" absolute?', tells: 'relative → b' },
            { check: 'npm cache verify, then run the npx command by hand', tells: 'works after clearing ~/.npm/_npx → c' }
        ],
        fix: ['build the server (npm run build), use an absolute path in "args", or clear ~/.npm/_npx'],
        suspects: 'stdio',
        dryRunKinds: []
    },
    {
        id: 'npx-no-executable',
        title: 'npx found the package but not a program in it to run',
        patterns: [/npm (?:ERR!|error) could not determine executable to run/i],
        texts: [
            {
                text: 'npm error could not determine executable to run',
                hosts: ["any host (npm, in the server's stderr)"],
                source: 'npm/cli workspaces/libnpmexec/lib/get-bin-from-manifest.js'
            }
        ],
        causes: [
            { id: 'a', text: 'the package has no "bin": it is a library or SDK, not the server (a wrong package name)' },
            {
                id: 'b',
                text: 'the package has several programs and none is named like the package: npx cannot choose one'
            }
        ],
        checks: [
            {
                check: 'npm view <package> bin',
                tells: 'nothing → a (find the server package); several names → b'
            }
        ],
        fix: [
            'name the server package in "args", or choose its program: "npx", ["-y", "--package", "<package>", "<program>"]'
        ],
        suspects: 'package-runner',
        dryRunKinds: []
    },
    {
        id: 'npm-package-not-found',
        title: 'npx could not find the package in the npm registry',
        patterns: [
            /npm (?:ERR!|error) (?:code )?E404/i,
            /404 Not Found - GET https?:\/\/\S+?\/(?<package>@?[^\s/]+(?:\/[^\s/@]+)?)(?:\s|$)/i,
            /'(?<package>@?[^'@\s]+(?:\/[^'@\s]+)?)@[^']*' is not in (?:this|the npm) registry/i
        ],
        texts: [
            {
                text: "npm error 404 '@modelcontextprotocol/server-foo@*' is not in this registry.",
                hosts: ["any host (npm, in the server's stderr)"],
                source: 'mem0ai/mem0-mcp#10; e2b-dev/mcp-server#3'
            },
            {
                text: 'npm ERR! code E404',
                hosts: ["any host (npm, in the server's stderr)"],
                source: 'mem0ai/mem0-mcp#10'
            }
        ],
        causes: [
            { id: 'a', text: 'a typo in the package name, or a scoped name missing its "@"' },
            { id: 'b', text: 'the package is private or unpublished: npm needs credentials (.npmrc) it does not have' }
        ],
        checks: [
            { check: 'npm view <package> name', tells: 'E404 for you too → a (or b for a private package); found → b' }
        ],
        fix: ['correct the package name in "args", or give npm the registry credentials (.npmrc)'],
        suspects: 'package-runner',
        dryRunKinds: []
    },
    {
        id: 'missing-setting',
        title: 'the server exited because a variable or API key it needs is not set',
        patterns: [
            /\b(?<variable>[A-Z][A-Z0-9_]{2,})\b[^\n]{0,40}\b(?:is not set|is required|must be set|not found in environment|environment variable (?:is )?(?:missing|required))/,
            /\b(?:api[_ -]?key|token)\b[^\n]{0,40}\b(?:is required|is missing|not (?:set|provided|found))/i,
            /missing (?:required )?(?:environment variable|api[_ -]?key)s?:? ?(?<variable>[A-Z][A-Z0-9_]{2,})?/i
        ],
        texts: [
            {
                text: 'Error: BRAVE_API_KEY environment variable is required',
                hosts: ["any host (the server's stderr)"],
                source: "falahgs/Brave-Gemini-Research-MCP-Server src/config.ts (the Brave Search server's start-up check)"
            }
        ],
        causes: [
            { id: 'a', text: 'the variable is not in the config\'s "env"' },
            {
                id: 'b',
                text: 'it is exported in your shell, but the host passes servers only a few variables: the MCP SDK default is HOME, LOGNAME, PATH, SHELL, TERM, USER (Windows: APPDATA, PATH, USERPROFILE and a few more); Codex has its own allow-list'
            },
            { id: 'c', text: 'a GUI app (Claude Desktop, Cursor, VS Code from the Dock) never saw your shell profile' }
        ],
        checks: [
            { check: 'is the variable in the entry\'s "env"?', tells: 'no → a or b' },
            { check: 'does the server start from a terminal with the same command?', tells: 'yes → b or c' }
        ],
        fix: [
            'put the variable in the entry\'s "env" (with the host\'s placeholder syntax for a secret), or for Codex list it in "env_vars"'
        ],
        suspects: 'stdio',
        dryRunKinds: []
    },
    {
        id: 'windows-cmd-shim',
        title: 'Windows: the host cannot start npx (a .cmd shim) without a shell',
        patterns: [
            /spawn (?<command>[^\n]+?) EINVAL/i,
            /\bspawn EINVAL\b/i,
            /Windows requires 'cmd \/c' wrapper to execute (?<command>\S+)/i
        ],
        texts: [
            {
                text: 'spawn npx EINVAL',
                hosts: ['Claude Code', 'Cline', 'Roo Code', 'Copilot CLI'],
                source: 'nodejs/node#52681; cline/cline#902, #3665; anthropics/claude-code#68221; github/copilot-cli#3576'
            },
            {
                text: "Windows requires 'cmd /c' wrapper to execute npx",
                hosts: ['Claude Code /doctor (before 2.1.119)'],
                source: 'SuperClaude-Org/SuperClaude_Framework#390; claude-code-docs docs/changelog.md (2.1.119)'
            }
        ],
        causes: [
            {
                id: 'a',
                text: 'since Node 18.20.2 / 20.12.2 (CVE-2024-27980) Node refuses to spawn .cmd and .bat files without a shell, and npx, uvx and pnpm are .cmd shims on Windows',
                platform: 'win32'
            },
            {
                id: 'b',
                text: 'the "/c" of "cmd /c" was rewritten to "C:/" by Git Bash or PowerShell when the server was added from the command line (anthropics/claude-code#36808)',
                platform: 'win32'
            }
        ],
        checks: [
            { check: 'where npx (it prints npx.cmd)', tells: 'a .cmd → a' },
            { check: 'is args[0] "C:/" or "C:" instead of "/c"?', tells: 'yes → b' }
        ],
        fix: [
            '"command": "cmd", "args": ["/c", "npx", "-y", "<package>"] (hosts built on the MCP SDK ≥ 1.8 find npx.cmd themselves)'
        ],
        suspects: 'package-runner',
        dryRunKinds: []
    },
    {
        id: 'not-recognized',
        title: 'Windows: cmd.exe could not find the program',
        patterns: [/'(?<command>[^'\n]+)' is not recognized as an internal or external command/i],
        texts: [
            {
                text: "'npx' is not recognized as an internal or external command, operable program or batch file.",
                hosts: ["any host on Windows (cmd.exe, in the server's stderr)"],
                source: 'Kochava-Studios/witsy#293'
            }
        ],
        causes: [
            { id: 'a', text: 'the program is not installed', platform: 'win32' },
            {
                id: 'b',
                text: 'it is installed, but its folder is not on the PATH the host (and so cmd /c) sees',
                platform: 'win32'
            }
        ],
        checks: [
            {
                check: 'where <program> in a new terminal',
                tells: 'not found → a; found → b (restart the host after installing)'
            }
        ],
        fix: ['install it, restart the host so it sees the new PATH, or write the absolute path of the program'],
        suspects: 'stdio',
        dryRunKinds: []
    },
    {
        id: 'command-not-found',
        title: 'the host could not find the program named in "command"',
        patterns: [
            /spawn (?<command>[^\n]+?) ENOENT/i,
            /command not found: (?<command>\S+)/i,
            /(?:^|\s)(?<command>[\w./-]+): command not found/i,
            /\bprogram not found\b/i,
            /failed to spawn command/i,
            /No such file or directory \(os error 2\)/i
        ],
        texts: [
            {
                text: 'spawn npx ENOENT',
                hosts: SDK_HOSTS,
                source: 'modelcontextprotocol/servers#64, #760'
            },
            {
                text: 'Connection failed: spawn npx ENOENT',
                hosts: ['Cursor'],
                source: 'freepik-company/freepik-mcp#10'
            },
            {
                text: 'Connection state: Error spawn uv ENOENT',
                hosts: ['VS Code'],
                source: 'juehang/vscode-mcp-server#6'
            },
            {
                text: 'MCP client for `fs` failed to start: program not found',
                hosts: ['Codex'],
                source: 'openai/codex#2905'
            },
            {
                text: 'context server failed to start: failed to spawn command',
                hosts: ['Zed'],
                source: 'zed-industries/zed#45757'
            }
        ],
        causes: [
            { id: 'a', text: 'the program is not installed on this machine' },
            {
                id: 'b',
                text: "it is installed, but not on the PATH the host sees: a GUI app on macOS starts with launchd's PATH (/usr/bin:/bin:/usr/sbin:/sbin), without nvm, /opt/homebrew/bin or ~/.local/bin (uv, uvx)",
                platform: 'darwin'
            },
            {
                id: 'c',
                text: 'a bare "npx" or "uvx" (a .cmd shim) in a host that starts programs without a shell',
                platform: 'win32'
            },
            { id: 'd', text: 'the "cwd" of the entry does not exist: Node reports that as "spawn <command> ENOENT" too' },
            { id: 'e', text: 'a typo, or a "~" in the command, which nothing expands without a shell' }
        ],
        checks: [
            {
                check: 'command -v <command> in your shell (Windows: where <command>)',
                tells: 'not found → a or e; found → b, c or d'
            },
            {
                check: 'the folder it resolves to',
                tells: 'under ~/.nvm, /opt/homebrew or ~/.local/bin, with a GUI host → b'
            },
            { check: 'does the entry\'s "cwd" exist?', tells: 'no → d' },
            { check: 'Windows, and the command has no .exe or .cmd', tells: 'yes → c' }
        ],
        fix: [
            'write the absolute path of the program (command -v <command> prints it)',
            'or give the entry "env": { "PATH": "..." } with the program\'s folder',
            'Windows: "command": "cmd", "args": ["/c", "npx", ...]'
        ],
        suspects: 'stdio',
        dryRunKinds: ['command-not-found', 'cwd-not-found']
    },
    {
        id: 'not-executable',
        title: 'the program exists but cannot be executed',
        patterns: [/spawn (?<command>[^\n]+?) EACCES/i, /\bEACCES\b/, /permission denied/i],
        texts: [
            {
                text: 'spawn /home/me/bin/server EACCES',
                hosts: ['any host built on Node.js'],
                source: 'Node.js child_process errno (generic; no host-specific report was found)'
            }
        ],
        causes: [
            { id: 'a', text: 'the file is not marked executable (chmod +x was never run, or git lost the bit)' },
            { id: 'b', text: 'the path is a directory, or a script without a "#!" line' },
            { id: 'c', text: 'the file system is mounted noexec' }
        ],
        checks: [
            { check: 'ls -l <command>', tells: 'no x bit → a; a directory → b' },
            { check: 'head -1 <command>', tells: 'no #! line → b' }
        ],
        fix: ['chmod +x the file, or start it through its interpreter ("command": "node", "args": ["<script>"])'],
        suspects: 'stdio',
        dryRunKinds: ['command-not-executable']
    },
    {
        id: 'port-in-use',
        title: 'the server wants a port that another process holds',
        patterns: [/\bEADDRINUSE\b(?:[^\n]*?(?<endpoint>(?:\[[0-9a-f:]+\]|[\w.-]+):\d+))?/i, /address already in use/i],
        texts: [
            {
                text: 'Error: listen EADDRINUSE: address already in use :::3000',
                hosts: ["any host (the server's stderr)"],
                source: 'boshyxd/robloxstudio-mcp#42; shinzo-labs/gmail-mcp#84; huggingface/hf-mcp-server#238'
            }
        ],
        causes: [
            { id: 'a', text: 'a second copy of the server runs: two hosts are open, or the host started it twice' },
            { id: 'b', text: 'a stale process from an earlier session still holds the port' }
        ],
        checks: [
            {
                check: 'lsof -i :<port> (Windows: netstat -ano | findstr :<port>)',
                tells: 'another copy of the server → a or b'
            }
        ],
        fix: ['stop the other process, or give the server another port'],
        suspects: 'stdio',
        dryRunKinds: []
    },
    {
        id: 'stdout-pollution',
        title: 'the server wrote something other than JSON-RPC on stdout',
        patterns: [
            /Unexpected token '?[^'\n]*'?,? "[^\n]*" is not valid JSON/i,
            /is not valid JSON/i,
            /\bUnexpected token\b/i,
            /\bInvalid JSON\b/i,
            /EOF while parsing/i
        ],
        texts: [
            {
                text: 'Unexpected token \'S\', "Starting server..." is not valid JSON',
                hosts: SDK_HOSTS,
                source: 'yoshiko-pg/o3-search-mcp#11; sbroenne/mcp-server-excel#636'
            },
            {
                text: 'Client error for command Unexpected token',
                hosts: ['Cursor'],
                source: 'microsoft/azure-devops-mcp#147'
            },
            {
                text: 'Invalid JSON: EOF while parsing a value',
                hosts: ['Codex', 'Zed (Rust MCP clients)'],
                source: 'run-llama/mcp-server-llamacloud#5; Kapeli/dash-mcp-server#10'
            }
        ],
        causes: [
            { id: 'a', text: 'the server logs to stdout (console.log, Python print) instead of stderr' },
            {
                id: 'b',
                text: 'a package manager prints on stdout before the server starts (npx install notices, uv messages, dotenv tips)'
            }
        ],
        checks: [
            {
                check: 'run the command by hand and look at the first line it prints',
                tells: 'not a line starting with "{" → a (a server\'s own log) or b (npm, uv, dotenv)'
            }
        ],
        fix: ['send logs to stderr (console.error, print(..., file=sys.stderr)); npx -y --quiet; dotenv { quiet: true }'],
        suspects: 'stdio',
        dryRunKinds: ['stdout-corrupted']
    },
    {
        id: 'protocol-version',
        title: 'the server and the host speak no common MCP protocol version',
        patterns: [/protocol version is not supported/i, /Unsupported protocol version/i],
        texts: [
            {
                text: "Server's protocol version is not supported: 2024-10-07",
                hosts: SDK_HOSTS,
                source: 'modelcontextprotocol/typescript-sdk src/client/index.ts'
            },
            {
                text: 'MCP error -32602: Unsupported protocol version',
                hosts: ['any host'],
                source: 'punkpeye/mcp-remote#66; jonnyzzz/mcp-steroid#482'
            }
        ],
        causes: [{ id: 'a', text: 'an old MCP SDK on one side (the server, or an old host)' }],
        checks: [
            {
                check: "the protocolVersion in the server's initialize answer (mcpcop doctor shows it)",
                tells: 'older than the host supports → a'
            }
        ],
        fix: ['update the server (or the host)'],
        suspects: 'any',
        dryRunKinds: ['unsupported-protocol-version']
    },
    {
        id: 'method-not-found',
        title: 'the host asked for something the server does not offer',
        patterns: [/-32601\b/, /Method not found/i, /Method '[^'\n]+' not found/i],
        texts: [
            {
                text: 'MCP error -32601: Method not found',
                hosts: ['Cursor', 'Cline', 'opencode'],
                source: 'FreePeak/db-mcp-server#35; upstash/context7#2527; modelcontextprotocol/typescript-sdk#929'
            },
            {
                text: 'Error listing offerings: MCP error -32601: Method not found',
                hosts: ['Cursor'],
                source: 'FreePeak/db-mcp-server#35'
            }
        ],
        causes: [
            {
                id: 'a',
                text: 'the host lists prompts or resources of a server that does not declare them: usually harmless noise, but some hosts (opencode, Cline) drop the server'
            },
            { id: 'b', text: 'a very old server' }
        ],
        checks: [
            {
                check: 'the capabilities in the initialize answer (mcpcop doctor lists tools, prompts, resources)',
                tells: 'the method is not among them → a'
            }
        ],
        fix: ['nothing to fix when the tools work; otherwise update the server'],
        suspects: 'any',
        dryRunKinds: ['protocol-error']
    },
    {
        id: 'connection-refused',
        title: 'nothing listens at the address in "url"',
        patterns: [
            /ECONNREFUSED(?: (?<endpoint>(?:\[[0-9a-f:]+\]|[0-9a-f]*:[0-9a-f:]+|[\w.-]+):\d+))?/i,
            /MCP server ["'](?<server>[^"'\n]+)["'] connection refused/i,
            /connection refused/i
        ],
        texts: [
            {
                text: 'connect ECONNREFUSED 127.0.0.1:3100',
                hosts: ['any host built on Node.js (often inside "TypeError: fetch failed")'],
                source: 'punkpeye/mcp-remote#43; mobile-next/mobile-mcp#20'
            },
            {
                text: 'SSE error: TypeError: fetch failed: connect ECONNREFUSED ::1:8080',
                hosts: ['mcp-remote', ...SDK_HOSTS],
                source: 'punkpeye/mcp-remote#43'
            }
        ],
        causes: [
            {
                id: 'a',
                text: 'the HTTP or SSE server is not running (it must be started separately; the host only connects)'
            },
            { id: 'b', text: 'a wrong port in "url"' },
            {
                id: 'c',
                text: 'it listens on IPv6 ::1 and the client connects to 127.0.0.1 (or the reverse; "localhost" can be either)'
            },
            { id: 'd', text: 'it runs in a container whose port is not published' }
        ],
        checks: [
            { check: 'curl -sI http://<host>:<port>/ (or mcpcop doctor)', tells: 'refused → a, b or d' },
            {
                check: 'lsof -i :<port> (Windows: netstat -ano | findstr :<port>)',
                tells: 'nothing → a or b; bound to ::1 only → c'
            },
            { check: 'docker ps (the PORTS column)', tells: 'no 0.0.0.0:<port>-> mapping → d' }
        ],
        fix: [
            'start the server first, correct the port, use 127.0.0.1 or [::1] explicitly, or publish the container port (-p)'
        ],
        suspects: 'remote',
        dryRunKinds: ['connection-refused']
    },
    {
        id: 'dns',
        title: 'the host name in "url" does not resolve',
        patterns: [/getaddrinfo (?:ENOTFOUND|EAI_AGAIN) (?<host>[^\s,)]+)/i, /\bENOTFOUND\b/, /\bEAI_AGAIN\b/],
        texts: [
            {
                text: 'SSE error: TypeError: fetch failed: getaddrinfo ENOTFOUND mcp.example.com',
                hosts: ['mcp-remote', ...SDK_HOSTS],
                source: 'punkpeye/mcp-remote#43'
            }
        ],
        causes: [
            { id: 'a', text: 'a typo in the host name' },
            { id: 'b', text: 'no network, or a VPN the host needs is down' },
            { id: 'c', text: 'a placeholder left unexpanded in the URL (its text became the host name)' }
        ],
        checks: [
            { check: 'nslookup <host>', tells: 'fails here too → a or b' },
            { check: 'does the url contain "${" or "{env:"?', tells: 'yes → c' }
        ],
        fix: ["correct the host, connect the VPN, or write the placeholder in the host's own syntax"],
        suspects: 'remote',
        dryRunKinds: ['dns']
    },
    {
        id: 'tls',
        title: "the server's TLS certificate is not trusted",
        patterns: [
            /self[- ]signed certificate/i,
            /SELF_SIGNED_CERT_IN_CHAIN|DEPTH_ZERO_SELF_SIGNED_CERT/,
            /UNABLE_TO_GET_ISSUER_CERT(?:_LOCALLY)?/,
            /unable to verify the first certificate/i,
            /CERT_HAS_EXPIRED|certificate has expired/i
        ],
        texts: [
            {
                text: 'TypeError: fetch failed: self-signed certificate in certificate chain',
                hosts: ['VS Code', ...SDK_HOSTS],
                source: 'microsoft/vscode#270655; czlonkowski/n8n-mcp#440'
            },
            {
                text: 'unable to get local issuer certificate (UNABLE_TO_GET_ISSUER_CERT_LOCALLY)',
                hosts: ['any host built on Node.js'],
                source: 'upstash/context7#2271; microsoft/copilot-eclipse-feedback#65'
            }
        ],
        causes: [
            { id: 'a', text: 'a corporate proxy or a private CA re-signs the traffic' },
            { id: 'b', text: "the server's certificate is self-signed or expired" }
        ],
        checks: [
            { check: 'curl -v https://<host>/ (the issuer line)', tells: "your company's CA → a; the server itself → b" }
        ],
        fix: [
            'Node hosts: NODE_EXTRA_CA_CERTS=<ca.pem> in the environment the host starts with; fix or renew the certificate'
        ],
        suspects: 'remote',
        dryRunKinds: ['tls']
    },
    {
        id: 'needs-auth',
        title: 'the server refused the request without valid credentials',
        patterns: [
            /\b(?:HTTP |status(?: code)? |Error |\()?40[13]\b[^\n]*(?:status|unauthori[sz]ed|forbidden|POSTing|sending)/i,
            /\bUnauthori[sz]ed\b/i,
            /Needs authentication/i,
            /requires authentication/i,
            /is not logged in/i,
            /The (?<server>\S+) MCP server is not logged in/i
        ],
        texts: [
            {
                text: '! Needs authentication',
                hosts: ['Claude Code (claude mcp list)'],
                source: 'claude-code-docs docs/mcp.md @ec68a5b'
            },
            {
                text: 'Error 401 status sending message to https://example.com/mcp',
                hosts: ['VS Code'],
                source: 'obot-platform/obot#3268'
            },
            {
                text: 'Error POSTing to endpoint (HTTP 401): Unauthorized',
                hosts: SDK_HOSTS,
                source: 'modelcontextprotocol/typescript-sdk src/client/sse.ts'
            },
            {
                text: "MCP server 'github' requires authentication using: /mcp auth github",
                hosts: ['Gemini CLI'],
                source: 'google-gemini/gemini-cli packages/core/src/tools/mcp-client.ts @5411f11'
            },
            {
                text: 'The linear MCP server is not logged in. Run `codex mcp login linear`.',
                hosts: ['Codex'],
                source: 'openai/codex codex-rs/core (mcp_init_error_display)'
            }
        ],
        causes: [
            { id: 'a', text: 'a missing or expired token' },
            {
                id: 'b',
                text: 'a variable used in "headers" is unset, so the header went out as "Bearer " with nothing after it'
            },
            { id: 'c', text: 'the header name or form is wrong (Authorization: Bearer <token>)' },
            {
                id: 'd',
                text: 'the server uses OAuth and the sign-in was never completed (claude /mcp, codex mcp login, gemini /mcp auth)'
            }
        ],
        checks: [
            { check: 'echo the variables "headers" reads, in the environment the host starts with', tells: 'empty → b' },
            {
                check: 'curl -sI -H "Authorization: Bearer $TOKEN" <url>',
                tells: '401 with the token → a or c; 200 → the host sends something else (b or c)'
            },
            { check: 'does the server document OAuth?', tells: 'yes → d' }
        ],
        fix: ["renew the token, set the variable where the host starts, or complete the host's OAuth sign-in"],
        suspects: 'remote',
        dryRunKinds: ['needs-credentials', 'needs-oauth']
    },
    {
        id: 'endpoint-not-found',
        title: 'the URL answers, but not as the MCP transport the host expects',
        patterns: [
            /Error 404 status connecting to (?<url>\S+) as SSE/i,
            /404 status sending message to (?<url>\S+), will attempt to fall back to legacy SSE/i,
            /MCP endpoint not found at (?<url>\S+?)\.?(?:\s|$)/i,
            /Non-200 status code \((?:404|405)\)/i,
            /\(HTTP (?:404|405)\)/i,
            /\b40[45]\b[^\n]*(?:Not Found|Method Not Allowed)/i
        ],
        texts: [
            {
                text: 'MCP endpoint not found at https://example.com. Check the URL in your MCP config.',
                hosts: ['Claude Code'],
                source: 'claude-code-docs docs/mcp-quickstart.md @ec68a5b'
            },
            {
                text: 'Error 404 status connecting to https://example.com/mcp as SSE',
                hosts: ['VS Code'],
                source: 'marianfoo/mcp-sap-docs#27'
            },
            {
                text: '404 status sending message to https://example.com/sse, will attempt to fall back to legacy SSE',
                hosts: ['VS Code'],
                source: 'Azure-Samples/remote-mcp-apim-appservice-dotnet#2'
            },
            {
                text: 'SSE error: Non-200 status code (404)',
                hosts: SDK_HOSTS,
                source: 'modelcontextprotocol/typescript-sdk src/client/sse.ts (SseError)'
            }
        ],
        causes: [
            { id: 'a', text: 'a wrong path: Streamable HTTP servers usually serve /mcp, SSE servers /sse' },
            {
                id: 'b',
                text: 'a transport mismatch: a Streamable HTTP endpoint configured as SSE or the reverse (a typeless "url" means SSE to Cline and Qwen Code, Streamable HTTP to Gemini CLI, Cursor and VS Code)'
            }
        ],
        checks: [
            {
                check: 'POST an initialize request to the URL, and GET it with "Accept: text/event-stream"',
                tells: 'the POST works → it is Streamable HTTP; the GET streams → SSE; both 404 → a'
            }
        ],
        fix: ['correct the path, and give the entry the "type" the endpoint speaks'],
        suspects: 'remote',
        dryRunKinds: ['http-status']
    },
    {
        id: 'startup-timeout',
        title: 'the server did not answer "initialize" in time',
        patterns: [
            /timed out after (?<ms>\d+) ?ms/i,
            /Timeout after \d+ ?ms/i,
            /MCP error -32001\b/i,
            /Request timed out/i,
            /timed out after \d+(?:\.\d+)? ?(?:s|seconds)\b/i,
            /Context server request timeout/i,
            /took over \d+s/i,
            /\b30000 ?ms\b/i,
            /Waiting for server to respond to `initialize` request/i
        ],
        texts: [
            {
                text: 'Connection to MCP server "github" timed out after 30000ms',
                hosts: ['Claude Code (MCP_TIMEOUT, default 30000 ms)'],
                source: 'anthropics/claude-code#1611; Minidoracat/mcp-feedback-enhanced#131'
            },
            {
                text: 'Connection failed after 60031ms: MCP error -32001: Request timed out',
                hosts: ['Claude Code'],
                source: 'anthropics/claude-code#7575'
            },
            {
                text: 'MCP client for `docs` timed out after 10 seconds. Add or adjust `startup_timeout_sec` in your config.toml',
                hosts: ['Codex'],
                source: 'openai/codex#2905'
            },
            {
                text: 'Context server request timeout',
                hosts: ['Zed'],
                source: 'zed-industries/zed#52076'
            },
            {
                text: 'cancelled csp request task for "initialize" id 0 which took over 60s',
                hosts: ['Zed'],
                source: 'evalops/deep-code-reasoning-mcp#1'
            },
            {
                text: 'Waiting for server to respond to `initialize` request...',
                hosts: ['VS Code'],
                source: 'microsoft/vscode#308766'
            }
        ],
        causes: [
            {
                id: 'a',
                text: 'the first "npx -y" or "uvx" run downloads the package past the host\'s start-up limit (Claude Code 30 s, Codex 10-30 s, Crush 10 s, opencode 5 s, Cline CLI 1.5 s)'
            },
            { id: 'b', text: 'the server waits on stdin or a prompt (an interactive login, a question about a missing key)' },
            {
                id: 'c',
                text: 'the server hangs silently: it crashed in a way that kept the process alive, or waits for a variable'
            },
            { id: 'd', text: 'the program is an HTTP server configured as a stdio "command"' }
        ],
        checks: [
            {
                check: 'run the command once by hand (fills the npx/uv cache), then retry in the host',
                tells: 'works the second time → a'
            },
            {
                check: "the server's stderr (mcpcop doctor shows its last lines)",
                tells: 'a prompt → b; "listening on port" → d; nothing → c'
            }
        ],
        fix: [
            "warm the cache, or raise the host's limit (Claude Code: MCP_TIMEOUT=60000; Codex: startup_timeout_sec; Crush: timeout)",
            'give the server what it asks for in "env"',
            'configure an HTTP server by its "url" (started separately) instead of "command"'
        ],
        suspects: 'stdio',
        dryRunKinds: ['timeout']
    },
    {
        id: 'exited-early',
        title: 'the server process ended before it answered',
        patterns: [
            /(?:Process|Server process|server) exited with code (?<code>-?\d+)/i,
            /exited before responding to .?initialize/i,
            /transport closed unexpectedly/i,
            /MCP error -32000\b/i,
            /\bConnection closed\b/i,
            /\bClient closed\b/i,
            /handshaking with MCP server failed/i,
            /Server disconnected/i
        ],
        texts: [
            {
                text: 'MCP error -32000: Connection closed',
                hosts: SDK_HOSTS,
                source: 'modelcontextprotocol/typescript-sdk src/types.ts (McpError), src/shared/protocol.ts; GLips/Figma-Context-MCP#77'
            },
            {
                text: 'Failed to reload client: MCP error -32000: Connection closed',
                hosts: ['Cursor'],
                source: 'GLips/Figma-Context-MCP#77'
            },
            {
                text: 'Server transport closed unexpectedly, this is likely due to the process exiting early.',
                hosts: ['Claude Desktop (mcp-server-<name>.log)'],
                source: 'modelcontextprotocol/servers#1748, #293; modelcontextprotocol/python-sdk#478'
            },
            {
                text: 'Server disconnected. For troubleshooting guidance, please visit our debugging documentation',
                hosts: ['Claude Desktop'],
                source: 'mims-harvard/ToolUniverse#36; aaddrick/claude-desktop-debian#79'
            },
            {
                text: 'Connection state: Error Process exited with code 1',
                hosts: ['VS Code (Output → MCP: <name>)'],
                source: 'Automattic/mcp-wordpress-remote#17; microsoft/azure-devops-mcp#59'
            },
            {
                text: 'Server exited before responding to `initialize` request.',
                hosts: ['VS Code'],
                source: 'microsoft/vscode src/vs/workbench/contrib/mcp (McpServerConnection); microsoft/vscode#308766'
            },
            {
                text: 'Client closed for command',
                hosts: ['Cursor (Output → MCP Logs)'],
                source: 'BrowserMCP/mcp#9; TSavo/printify-mcp#3'
            },
            {
                text: 'handshaking with MCP server failed: connection closed: initialize response',
                hosts: ['Codex'],
                source: 'openai/codex#11851; CoplayDev/unity-mcp#315'
            }
        ],
        causes: [
            {
                id: 'a',
                text: 'the server crashed at start: its last stderr line says why (a missing variable or API key, a wrong Node version, a missing module, an npm 404, bad arguments)'
            },
            { id: 'b', text: 'the command is not a server: a one-off tool that prints and exits (exit code 0)' },
            {
                id: 'c',
                text: 'Windows and Codex: a stripped environment (no SystemRoot) breaks the program',
                platform: 'win32'
            }
        ],
        checks: [
            {
                check: "the server's last stderr line (mcpcop doctor prints it; or run the command by hand)",
                tells: 'an error → a'
            },
            { check: 'the exit code', tells: '0 → b' }
        ],
        fix: ['fix what the last stderr line reports; see `mcpcop why "<that line>"`'],
        suspects: 'stdio',
        dryRunKinds: ['exited', 'spawn-failed']
    },
    {
        id: 'config-rejected',
        title: 'the host refused the entry itself, before starting anything',
        patterns: [
            /has a "url" but no "type"/i,
            /must explicitly specify 'type'/i,
            /unsupported mcp type/i,
            /requires a non-empty 'command' field/i,
            /is not supported for (?:stdio|streamable_http)/i,
            /\binvalid transport\b/i,
            /not valid MCP server configurations/i,
            /command: expected string, received undefined/i,
            /Rejected \(see disabledMcpjsonServers/i,
            /Pending approval/i
        ],
        texts: [
            {
                text: 'has a "url" but no "type"; add "type": "http" (or "sse" / "ws")',
                hosts: ['Claude Code (≥ 2.1.202)'],
                source: 'claude-code-docs docs/mcp.md @ec68a5b'
            },
            {
                text: "Configuration with 'url' must explicitly specify 'type' as 'sse' or 'streamable-http'.",
                hosts: ['Roo Code', 'Kilo Code'],
                source: 'RooCodeInc/Roo-Code src/services/mcp/McpHub.ts; Kilo-Org/kilocode src/services/mcp/McpHub.ts'
            },
            {
                text: 'unsupported mcp type: ',
                hosts: ['Crush'],
                source: 'charmbracelet/crush internal/agent/tools/mcp/init.go @37f36e9'
            },
            {
                text: "mcp stdio config requires a non-empty 'command' field",
                hosts: ['Crush'],
                source: 'charmbracelet/crush internal/agent/tools/mcp/init.go @37f36e9'
            },
            {
                text: '✘ Rejected (see disabledMcpjsonServers in settings)',
                hosts: ['Claude Code (claude mcp list)'],
                source: 'claude-code-docs docs/mcp.md @ec68a5b'
            },
            {
                text: '⏸ Pending approval',
                hosts: ['Claude Code (claude mcp list)'],
                source: 'claude-code-docs docs/mcp-quickstart.md @ec68a5b'
            }
        ],
        causes: [
            {
                id: 'a',
                text: 'the entry has the wrong shape for this host (a typeless "url", a missing "type" or "command", mixed transports)'
            },
            { id: 'b', text: "Claude Code: the project's .mcp.json server is not approved, or is rejected in settings" }
        ],
        checks: [
            { check: 'npx mcpcop (in the project) or npx mcpcop doctor', tells: 'a finding at the entry → a' },
            { check: 'claude mcp list, and the approval keys in .claude/settings*.json', tells: 'pending or rejected → b' }
        ],
        fix: [
            'fix the entry as mcpcop reports; approve the server in Claude Code (/mcp) or remove it from disabledMcpjsonServers'
        ],
        suspects: 'any',
        dryRunKinds: []
    },
    {
        id: 'network',
        title: 'the request failed below HTTP; the real cause is in the error\'s "cause"',
        patterns: [
            /\bfetch failed\b/i,
            /\bECONNRESET\b|\bETIMEDOUT\b|\bEHOSTUNREACH\b|\bENETUNREACH\b/i,
            /socket hang up/i
        ],
        texts: [
            {
                text: 'TypeError: fetch failed',
                hosts: ['VS Code', ...SDK_HOSTS],
                source: 'microsoft/vscode#244629, #270655'
            }
        ],
        causes: [
            { id: 'a', text: 'connection refused (nothing listens): see `mcpcop why connection-refused`' },
            { id: 'b', text: 'the host name does not resolve: see `mcpcop why dns`' },
            { id: 'c', text: 'a certificate problem: see `mcpcop why tls`' },
            { id: 'd', text: 'a proxy or firewall drops the connection' }
        ],
        checks: [
            {
                check: 'curl -v <url>, or mcpcop doctor (it reports the cause the host hides)',
                tells: 'refused → a; could not resolve → b; certificate → c; hangs → d'
            }
        ],
        fix: ['fix what the cause names'],
        suspects: 'remote',
        dryRunKinds: ['network']
    },
    {
        id: 'failed-to-connect',
        title: 'the host says only that the server failed; the cause is in its log',
        patterns: [
            /Failed to connect/i,
            /\bConnection failed\b/i,
            /Could not connect to MCP server/i,
            /Error connecting to MCP server '(?<server>[^'\n]+)'/i,
            /Failed to connect to server "(?<server>[^"\n]+)"/i,
            /MCP client for `(?<server>[^`\n]+)` failed to start/i,
            /MCP startup incomplete/i,
            /No server info found/i,
            /Failed to get tools/i,
            /Connection state: Error/i,
            /\bConnection error\b/i,
            /context server failed to start/i
        ],
        texts: [
            {
                text: '✘ Failed to connect',
                hosts: ['Claude Code (claude mcp list)'],
                source: 'claude-code-docs docs/mcp.md @ec68a5b'
            },
            {
                text: 'Could not connect to MCP server github',
                hosts: ['Claude Desktop'],
                source: 'modelcontextprotocol/servers#1748'
            },
            {
                text: "Error connecting to MCP server 'github': Connection failed",
                hosts: ['Gemini CLI', 'Qwen Code'],
                source: 'google-gemini/gemini-cli packages/core/src/tools/mcp-client.ts @5411f11'
            },
            {
                text: 'MCP startup incomplete (failed: github)',
                hosts: ['Codex'],
                source: 'openai/codex#33104'
            },
            {
                text: 'No server info found',
                hosts: ['Cursor'],
                source: 'modelcontextprotocol/servers#891'
            },
            {
                text: 'Failed to get tools',
                hosts: ['opencode'],
                source: 'anomalyco/opencode packages/opencode/src/mcp/index.ts @001133b'
            }
        ],
        causes: [
            { id: 'a', text: "any of the causes above: the message is a wrapper, and the host's log holds the real error" }
        ],
        checks: [
            {
                check: "the host's log: Claude Code `claude --debug` or `claude mcp list`; Claude Desktop ~/Library/Logs/Claude/mcp-server-<name>.log (Windows %APPDATA%\\Claude\\logs); Cursor and VS Code Output → MCP; Gemini CLI /mcp",
                tells: 'paste the error line it shows into `mcpcop why`'
            },
            { check: 'npx mcpcop doctor', tells: 'starts each server as the host would and names the cause' }
        ],
        fix: ["run `npx mcpcop doctor`, or find the real error in the host's log"],
        suspects: 'any',
        dryRunKinds: []
    }
];
/**
 * Texts quoted in bug reports and on troubleshooting pages that no host was found to print word for
 * word (research for issue 16, C.1). They are recognised by their fragments, as the entry named.
 */
const UNCONFIRMED_TEXTS = [
    { text: 'Timeout after 30000ms waiting for server initialization', entry: 'startup-timeout' },
    { text: 'Server process exited with code 1', entry: 'exited-early' },
    { text: 'MCP Error: Failed to connect to server "github"', entry: 'failed-to-connect', server: 'github' },
    { text: 'MCP server "github" connection refused', entry: 'connection-refused', server: 'github' }
];
/**
 * Lines of a host's log that name the server or the host without saying what went wrong, used with
 * any entry: a Claude Desktop log line starts with `[<server>]`, Codex quotes it in backticks.
 */
const CONTEXT = [
    {
        pattern: /^\d{4}-\d\d-\d\dT[\d:.]+Z \[(?<server>[^\]\n]+)\] \[(?:info|error|warn|debug)\]/,
        host: 'Claude Desktop'
    },
    { pattern: /MCP client for `(?<server>[^`\n]+)`/, host: 'Codex' },
    { pattern: /The (?<server>\S+) MCP server is not logged in/, host: 'Codex' },
    { pattern: /\bcodex mcp\b|startup_timeout_sec|config\.toml/, host: 'Codex' },
    { pattern: /Connection to MCP server "(?<server>[^"\n]+)"/, host: 'Claude Code' },
    { pattern: /\bclaude mcp\b|MCP_TIMEOUT|disabledMcpjsonServers/, host: 'Claude Code' },
    { pattern: /MCP server '(?<server>[^'\n]+)'/, host: 'Gemini CLI' },
    { pattern: /Connection state: |\[server stderr\]|Starting server (?<server>\S+)/, host: 'VS Code' },
    { pattern: /Client closed for command|Error listing offerings|Failed to reload client/, host: 'Cursor' },
    { pattern: /context server|csp request/i, host: 'Zed' },
    { pattern: /MCP server ["'](?<server>[^"'\n]+)["']/ },
    { pattern: /to server "(?<server>[^"\n]+)"/ },
    { pattern: /MCP (?<server>[\w.-]+): spawn/ }
];


/***/ }),

/***/ 4121:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RL: () => (/* binding */ entryById),
/* harmony export */   SB: () => (/* binding */ entryForDryRunKind),
/* harmony export */   WE: () => (/* binding */ explain),
/* harmony export */   oQ: () => (/* binding */ programOf),
/* harmony export */   zA: () => (/* binding */ suspects)
/* harmony export */ });
/* harmony import */ var _catalogue_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3363);

/** A pasted log can be long; the error is usually near its end, and the patterns run per line. */
const MAX_LINES = 400;
const MAX_LINE_LENGTH = 2000;
const ABOUT_KEYS = ['command', 'endpoint', 'host', 'package', 'variable', 'server', 'url'];
/** The lines worth matching: the last MAX_LINES, each cut to MAX_LINE_LENGTH, with ANSI colours removed. */
function linesOf(text) {
    const lines = text
        .replace(/\u001b\[[0-9;]*m/g, '')
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter(Boolean);
    return lines.slice(-MAX_LINES).map((line) => line.slice(0, MAX_LINE_LENGTH));
}
/**
 * The catalogue entries that explain a pasted error text, best first (catalogue order: root causes
 * before symptoms, symptoms before generic wrappers), with what the text names.
 */
function explain(text) {
    const lines = linesOf(text);
    const matches = [];
    for (const entry of _catalogue_js__WEBPACK_IMPORTED_MODULE_0__/* .CATALOGUE */ .yh) {
        let first;
        const about = {};
        for (const line of lines) {
            for (const pattern of entry.patterns) {
                const found = pattern.exec(line);
                if (!found)
                    continue;
                first ??= line;
                for (const key of ABOUT_KEYS) {
                    const value = found.groups?.[key]?.trim();
                    if (value && about[key] === undefined)
                        about[key] = clean(value);
                }
            }
        }
        if (first !== undefined)
            matches.push({ entry, line: first, about });
    }
    const hosts = new Set();
    let server;
    for (const line of lines) {
        for (const { pattern, host } of _catalogue_js__WEBPACK_IMPORTED_MODULE_0__/* .CONTEXT */ .SK) {
            const found = pattern.exec(line);
            if (!found)
                continue;
            if (host)
                hosts.add(host);
            server ??= found.groups?.server?.trim() || undefined;
        }
    }
    for (const match of matches)
        server ??= match.about.server;
    return { matches, hosts: [...hosts], ...(server ? { server } : {}) };
}
/** Quotes and trailing punctuation are the message's, not the value's. */
function clean(value) {
    return value.replace(/^["'`]+|["'`.,:;]+$/g, '');
}
/** An entry by its id (`mcpcop why command-not-found`). */
function entryById(id) {
    return _catalogue_js__WEBPACK_IMPORTED_MODULE_0__/* .CATALOGUE */ .yh.find((entry) => entry.id === id);
}
/** The entry that explains a dry-run failure kind, if any. */
function entryForDryRunKind(kind) {
    return _catalogue_js__WEBPACK_IMPORTED_MODULE_0__/* .CATALOGUE */ .yh.find((entry) => entry.dryRunKinds.includes(kind));
}
/** Programs that download and run a package, which the package-related entries are about. */
const PACKAGE_RUNNERS = new Set(['npx', 'uvx', 'pipx', 'bunx', 'pnpx', 'pnpm', 'yarn', 'bun', 'deno', 'docker', 'uv']);
const LOOPBACK = new Set(['localhost', '127.0.0.1', '::1', '[::1]', '0.0.0.0', '::', '[::]']);
/** The program a stdio server runs, as its bare name: `C:\\x\\npx.cmd` → `npx`; `cmd /c npx` → `npx`. */
function programOf(server) {
    const command = server.command?.trim();
    if (!command)
        return undefined;
    // A path may hold spaces (`C:\\Program Files\\nodejs\\npx.cmd`); a bare name with spaces is a whole command line.
    const base = bareProgram(/[\\/]/.test(command) ? command : command.split(/\s+/)[0]);
    if (base === 'cmd' && /^\/c$/i.test(server.args?.[0] ?? '') && server.args?.[1])
        return bareProgram(server.args[1]);
    return base;
}
function bareProgram(word) {
    const name = word
        .replace(/^["']|["']$/g, '')
        .split(/[\\/]/)
        .pop() ?? word;
    return name.replace(/\.(cmd|exe|bat|ps1)$/i, '').toLowerCase();
}
/** Host and port of an endpoint text (`127.0.0.1:3100`, `[::1]:8080`, `::1:8080`). */
function parseEndpoint(text) {
    const found = /^(.*):(\d+)$/.exec(text);
    if (!found)
        return undefined;
    return { host: found[1].replace(/^\[|\]$/g, '').toLowerCase(), port: found[2] };
}
function urlOf(server) {
    if (!server.url)
        return undefined;
    try {
        return new URL(server.url);
    }
    catch {
        return undefined;
    }
}
function portOf(url) {
    return url.port || (url.protocol === 'https:' ? '443' : url.protocol === 'http:' ? '80' : '');
}
function sameHost(a, b) {
    const x = a.replace(/^\[|\]$/g, '').toLowerCase();
    const y = b.replace(/^\[|\]$/g, '').toLowerCase();
    return x === y || (LOOPBACK.has(x) && LOOPBACK.has(y));
}
function strings(server) {
    return [
        server.command ?? '',
        ...(server.args ?? []),
        ...Object.values(server.env ?? {}),
        server.url ?? '',
        ...Object.values(server.headers ?? {}),
        server.cwd ?? ''
    ];
}
/**
 * The configured servers an explained error can be about: those the text names (by server name,
 * program, address, package or placeholder) when there are any, else every server of the kind the
 * entry is about (its `suspects`).
 */
function suspects(match, servers, namedServer) {
    const live = servers.filter((s) => !s.disabled);
    const { about } = match;
    const named = [];
    const add = (server, reason) => {
        if (!named.some((n) => n.server === server))
            named.push({ server, how: 'named', reason });
    };
    const name = about.server ?? namedServer;
    if (name !== undefined)
        for (const s of live)
            if (s.name === name)
                add(s, `the error names "${name}"`);
    if (about.command !== undefined) {
        const wanted = bareProgram(/[\\/]/.test(about.command) ? about.command : about.command.split(/\s+/)[0]);
        for (const s of live)
            if (s.transport === 'stdio' && (programOf(s) === wanted || s.command === about.command))
                add(s, `runs "${wanted}"`);
    }
    const endpoint = about.endpoint === undefined ? undefined : parseEndpoint(about.endpoint);
    if (endpoint)
        for (const s of live) {
            const url = urlOf(s);
            if (url && portOf(url) === endpoint.port && sameHost(url.hostname, endpoint.host))
                add(s, `connects to ${url.host}`);
        }
    if (about.host !== undefined)
        for (const s of live) {
            const url = urlOf(s);
            if (url && sameHost(url.hostname, about.host))
                add(s, `connects to ${url.hostname}`);
        }
    if (about.url !== undefined)
        for (const s of live) {
            const url = urlOf(s);
            if (url && about.url.startsWith(`${url.protocol}//${url.host}`))
                add(s, `connects to ${url.host}`);
        }
    if (about.package !== undefined) {
        const pkg = about.package;
        for (const s of live)
            if ((s.args ?? []).some((a) => a === pkg || a.startsWith(`${pkg}@`) || a.endsWith(`/${pkg}`)))
                add(s, `runs the package "${pkg}"`);
    }
    if (about.variable !== undefined) {
        const variable = about.variable;
        for (const s of live)
            if (strings(s).some((v) => v.includes(variable)))
                add(s, `uses "${variable}"`);
    }
    if (named.length > 0)
        return named;
    const kind = match.entry.suspects;
    const of = (s) => {
        if (kind === 'any')
            return 'any server';
        if (kind === 'stdio')
            return s.transport === 'stdio' ? 'a stdio server' : undefined;
        if (kind === 'remote')
            return s.transport === 'http' || s.transport === 'sse' ? 'a remote server' : undefined;
        if (kind === 'package-runner') {
            const program = programOf(s);
            return s.transport === 'stdio' && program !== undefined && PACKAGE_RUNNERS.has(program)
                ? `runs "${program}"`
                : undefined;
        }
        return undefined;
    };
    return live.flatMap((server) => {
        const reason = of(server);
        return reason === undefined ? [] : [{ server, how: 'kind', reason }];
    });
}


/***/ }),

/***/ 8695:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bq: () => (/* binding */ filled),
/* harmony export */   Yp: () => (/* binding */ formatWhy),
/* harmony export */   b2: () => (/* binding */ whyReport),
/* harmony export */   tD: () => (/* binding */ formatCatalogue),
/* harmony export */   v4: () => (/* binding */ launchOf)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _report_terminal_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7496);


/** How a server starts, for a listing: `npx -y pkg` or its URL. */
function launchOf(server) {
    if (server.transport === 'stdio' || server.command !== undefined)
        return [server.command ?? '', ...(server.args ?? [])].join(' ').trim();
    return server.url ?? '';
}
/** The report, with each match's servers already chosen and masked by the caller. */
function whyReport(explanation, servers) {
    return {
        version: 1,
        hosts: explanation.hosts,
        ...(explanation.server ? { server: explanation.server } : {}),
        matches: explanation.matches.map((m, i) => ({
            id: m.entry.id,
            title: m.entry.title,
            line: m.line,
            about: m.about,
            causes: m.entry.causes,
            checks: m.entry.checks,
            fix: m.entry.fix,
            texts: m.entry.texts,
            servers: servers[i] ?? []
        }))
    };
}
const PLATFORM = { win32: 'Windows', darwin: 'macOS' };
/** Servers listed by kind only: beyond this many, a count. */
const MAX_LISTED = 12;
/** Fills `<command>`, `<port>`, `<host>`, `<package>` in a check with what the error named. */
function filled(text, about) {
    const port = about.endpoint ? /:(\d+)$/.exec(about.endpoint)?.[1] : undefined;
    const host = about.host ?? (about.endpoint ? about.endpoint.replace(/:\d+$/, '') : undefined);
    const program = about.command?.split(/\s+/)[0];
    return text
        .replace(/<command>|<program>/g, (m) => program ?? m)
        .replace(/<port>/g, (m) => port ?? m)
        .replace(/<host>/g, (m) => host ?? m)
        .replace(/<package>/g, (m) => about.package ?? m);
}
/** The terminal form: the best explanation in full, then the other entries that matched by name. */
function formatWhy(report, options) {
    const paint = (name, text) => {
        if (!options.color)
            return text;
        const [open, close] = node_util__WEBPACK_IMPORTED_MODULE_0__.inspect.colors[name] ?? [0, 0];
        return `\u001b[${open}m${text}\u001b[${close}m`;
    };
    const [best, ...others] = report.matches;
    if (!best)
        return ('mcpcop does not recognise this error. Run `npx mcpcop doctor` to start every configured server\n' +
            'the way its host does and see which one fails, and why.\n');
    const out = [];
    out.push(`${paint('bold', best.title)}  ${paint('dim', best.id)}`);
    out.push(`  matched: ${(0,_report_terminal_js__WEBPACK_IMPORTED_MODULE_1__/* .terminalSafeLine */ .y)(best.line)}`);
    if (report.hosts.length > 0)
        out.push(`  looks like: ${report.hosts.join(', ')}`);
    out.push('', paint('bold', 'Likely causes'));
    for (const cause of best.causes) {
        const platform = cause.platform ? `(${PLATFORM[cause.platform]}) ` : '';
        out.push(`  ${cause.id}. ${platform}${filled(cause.text, best.about)}`);
    }
    out.push('', paint('bold', 'Checks that tell them apart'));
    for (const check of best.checks) {
        out.push(`  • ${filled(check.check, best.about)}`);
        out.push(`      ${paint('dim', '→')} ${check.tells}`);
    }
    out.push('', paint('bold', 'Fix'));
    for (const fix of best.fix)
        out.push(`  • ${filled(fix, best.about)}`);
    out.push('', ...serverLines(best.servers, options.where, paint));
    if (others.length > 0) {
        out.push('', paint('bold', 'Also matches'));
        for (const other of others)
            out.push(`  ${other.title}  ${paint('dim', `mcpcop why ${other.id}`)}`);
    }
    return out.join('\n') + '\n';
}
function serverLines(servers, where, paint) {
    if (servers.length === 0)
        return [paint('dim', `No server configured ${where} matches this error.`)];
    const named = servers.every((s) => s.how === 'named');
    const out = [
        paint('bold', named ? `Servers configured ${where} that it is about` : `It can be any of these servers configured ${where}`)
    ];
    const shown = servers.slice(0, MAX_LISTED);
    const fileWidth = Math.max(...shown.map((s) => (0,_report_terminal_js__WEBPACK_IMPORTED_MODULE_1__/* .terminalSafeLine */ .y)(s.file).length));
    const nameWidth = Math.max(...shown.map((s) => (0,_report_terminal_js__WEBPACK_IMPORTED_MODULE_1__/* .terminalSafeLine */ .y)(s.name).length));
    for (const s of shown)
        out.push(`  ${(0,_report_terminal_js__WEBPACK_IMPORTED_MODULE_1__/* .terminalSafeLine */ .y)(s.file).padEnd(fileWidth)}  ${(0,_report_terminal_js__WEBPACK_IMPORTED_MODULE_1__/* .terminalSafeLine */ .y)(s.name).padEnd(nameWidth)}  ${paint('dim', (0,_report_terminal_js__WEBPACK_IMPORTED_MODULE_1__/* .terminalSafeLine */ .y)(s.launch))}  (${s.reason})`);
    if (servers.length > shown.length)
        out.push(`  … and ${servers.length - shown.length} more`);
    return out;
}
/** The catalogue as a list (`mcpcop why` without a text). */
function formatCatalogue(entries) {
    const width = Math.max(...entries.map((e) => e.id.length));
    return ('Usage: mcpcop why "<error text>"   (or - to read it from standard input)\n' +
        '       mcpcop why <id>\n\nKnown errors:\n' +
        entries.map((e) => `  ${e.id.padEnd(width)}  ${e.title}`).join('\n') +
        '\n');
}


/***/ })

};
