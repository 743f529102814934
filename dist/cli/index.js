#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 5581:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _cli_help_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7911);
/* harmony import */ var _cli_output_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6657);
/* harmony import */ var _git_listing_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(4928);



// A closed standard output (`mcpcop . | head -1`) ends the output quietly; another write error is told and exits 2.
const failed = (error) => {
    process.exitCode = 2;
    process.stderr.write(`mcpcop: cannot write the output: ${error.code ?? error.message}\n`);
};
const stdout = (0,_cli_output_js__WEBPACK_IMPORTED_MODULE_1__/* .streamWriter */ .yr)(process.stdout, failed);
const argv = process.argv.slice(2);
// `--version` and `--help` are answered before the linter is loaded (it is most of the start-up).
const quick = (0,_cli_help_js__WEBPACK_IMPORTED_MODULE_0__/* .quickAnswer */ .Cv)(argv);
if (quick !== undefined)
    stdout(quick);
else {
    // git lists the repository while the linter's code is read and compiled (discovery takes the listing).
    if ((0,_cli_help_js__WEBPACK_IMPORTED_MODULE_0__/* .lintsWorkingFolder */ .W_)(argv))
        (0,_git_listing_js__WEBPACK_IMPORTED_MODULE_2__/* .startListing */ .jF)(process.cwd());
    // The CLI entry: everything is in runCli, so tests call it without a process.
    const { runCli } = await Promise.all(/* import() */[__nccwpck_require__.e(9452), __nccwpck_require__.e(6335)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6335));
    const code = await runCli(argv, {
        cwd: process.cwd(),
        stdout,
        stderr: (0,_cli_output_js__WEBPACK_IMPORTED_MODULE_1__/* .streamWriter */ .yr)(process.stderr, () => (process.exitCode = 2)),
        isTTY: Boolean(process.stdout.isTTY),
        env: process.env,
        readStdin: async () => {
            const chunks = [];
            for await (const chunk of process.stdin)
                chunks.push(chunk);
            return Buffer.concat(chunks).toString('utf8');
        }
    });
    process.exitCode = Math.max(code, Number(process.exitCode ?? 0));
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 7911:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Cv: () => (/* binding */ quickAnswer),
/* harmony export */   W_: () => (/* binding */ lintsWorkingFolder),
/* harmony export */   _$: () => (/* binding */ HELP),
/* harmony export */   hR: () => (/* binding */ FORMATS),
/* harmony export */   lw: () => (/* binding */ OPTIONS)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _dryrun_defaults_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(7154);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(311);



// The help text and the version, in a module of their own so that `mcpcop --help` and `--version`
// are answered before the linter itself is loaded (src/cli.ts).
const FORMATS = ['stylish', 'json', 'sarif', 'markdown', 'github'];
const HELP = `Usage: mcpcop [options] [paths...]
       mcpcop doctor [options]     check this machine's own MCP setup, every host (mcpcop doctor --help)
       mcpcop why "<error text>"   explain an error an MCP host printed (mcpcop why --help)

Finds every MCP server config under the given paths (default: .), validates it for its host,
and reports each problem at its line. To check a folder named "doctor" or "why", write ./doctor.

Options:
  -f, --format <name>    output format: ${FORMATS.join(', ')} (default: stylish)
  -o, --output <file>    write the report to a file instead of standard output (creates missing folders)
      --fail-on <level>  exit 1 when a finding is at or above: error, warning, notice, never (default: error)
      --host <id>        read explicitly named files as this host's format (see --list-hosts)
  -c, --config <file>    settings file (default: .mcpcop.json or .mcpcop.yaml here or in a folder
                         above, up to the repository root)
      --list-hosts       list the host formats and the paths where they are found
      --list-rules       list the rules: id, preset, severity and what each catches
      --explain <rule>   print a rule's documentation: why it matters and how to fix it
      --print-config     print the settings in effect (preset, every rule's severity, suppressions)
      --init             write a starter .mcpcop.json and .github/workflows/mcpcop.yml (never overwrites)
  -q, --quiet            report errors only (warnings and notices are left out)
      --max-warnings <n> also exit 1 when there are more than n warnings
      --base <ref>       report only the findings introduced since this git ref (a branch, tag or commit);
                         the others are counted on standard error
      --baseline <file>  baseline file (default: .mcpcop-baseline.json next to the settings file, if present)
      --write-baseline   record every current finding in the baseline file, so later runs report only
                         new ones; run it again to shrink the baseline once findings are fixed
      --dry-run          also start every configured server as its host would (runs the commands
                         the configs name!) and report whether it answers; see docs/dry-run.md
      --update-lock      dry-run, then write what every server offers to the tool lock
                         (mcp-servers.lock.json) for review and commit; see the README's Tool lock
      --timeout <ms>     dry run: time each server gets to start and answer (default: ${_dryrun_defaults_js__WEBPACK_IMPORTED_MODULE_1__/* .DRY_RUN_DEFAULTS */ .L.timeoutMs})
      --concurrency <n>  dry run: servers started at once (default: ${_dryrun_defaults_js__WEBPACK_IMPORTED_MODULE_1__/* .DRY_RUN_DEFAULTS */ .L.concurrency})
      --pass-env <name>  dry run: also give servers this variable from the environment (repeatable);
                         by default they get only PATH, HOME, TMPDIR, LANG, LC_*, TERM, SHELL, USER
      --env-file <file>  dry run: also give servers the variables of this dotenv file (repeatable);
                         their values are masked in every output
      --color            colour the report even when the output is not a terminal, or goes to a file
      --no-color         plain output; without either flag, FORCE_COLOR and NO_COLOR decide, then
                         whether the output is a terminal
  -h, --help             show this help
  -v, --version          show the version

A path of - reads the config from standard input; --host says its format.

Exit codes: 0 no findings at the fail-on level, 1 findings at or above it (or more warnings than
--max-warnings), 2 usage or internal error.
`;
/**
 * What `mcpcop --version`, `-v`, `--help` or `-h` alone print, or undefined for any other command
 * line (runCli parses those, and answers these the same way).
 */
function quickAnswer(argv) {
    if (argv.length !== 1)
        return undefined;
    if (argv[0] === '--version' || argv[0] === '-v')
        return `${_version_js__WEBPACK_IMPORTED_MODULE_2__/* .VERSION */ .x}\n`;
    if (argv[0] === '--help' || argv[0] === '-h')
        return HELP;
    return undefined;
}
/** The command line's options (parsed by runCli; looked at before the linter loads by `lintsWorkingFolder`). */
const OPTIONS = {
    format: { type: 'string', short: 'f', default: 'stylish' },
    output: { type: 'string', short: 'o' },
    'fail-on': { type: 'string', default: 'error' },
    host: { type: 'string' },
    config: { type: 'string', short: 'c' },
    'list-hosts': { type: 'boolean' },
    'list-rules': { type: 'boolean' },
    explain: { type: 'string' },
    'print-config': { type: 'boolean' },
    init: { type: 'boolean' },
    quiet: { type: 'boolean', short: 'q' },
    'max-warnings': { type: 'string' },
    base: { type: 'string' },
    baseline: { type: 'string' },
    'write-baseline': { type: 'boolean' },
    'dry-run': { type: 'boolean' },
    'update-lock': { type: 'boolean' },
    timeout: { type: 'string' },
    concurrency: { type: 'string' },
    'pass-env': { type: 'string', multiple: true },
    'env-file': { type: 'string', multiple: true },
    color: { type: 'boolean' },
    'no-color': { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
    version: { type: 'boolean', short: 'v' }
};
/**
 * Whether the command line lints the working folder and nothing else (no paths, or "."), as a bare
 * `mcpcop` in a repository does: then its git listing can start before the linter is loaded.
 */
function lintsWorkingFolder(argv) {
    if (argv[0] === 'doctor' || argv[0] === 'why')
        return false;
    try {
        const { values, positionals } = (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({ args: argv, allowPositionals: true, options: OPTIONS });
        const notALint = values.help ||
            values.version ||
            values['list-hosts'] ||
            values['list-rules'] ||
            values.explain !== undefined ||
            values['print-config'] ||
            values.init;
        return !notALint && positionals.every((p) => p === '.');
    }
    catch {
        // Not a command line runCli accepts: it says so, and lints nothing.
        return false;
    }
}


/***/ }),

/***/ 6657:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   OJ: () => (/* binding */ prepareReportFolder),
/* harmony export */   aS: () => (/* binding */ writeReportFile),
/* harmony export */   yr: () => (/* binding */ streamWriter)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);


/**
 * A writer for standard output or error that goes quiet when the reader has gone (EPIPE, as in
 * `mcpcop . | head -1`): the rest of the output is dropped and the exit code stays the report's,
 * instead of an unhandled 'error' event with a stack trace. Any other write error is told once.
 */
function streamWriter(stream, onFailure) {
    let closed = false;
    stream.on('error', (error) => {
        if (closed)
            return;
        closed = true;
        if (error.code !== 'EPIPE')
            onFailure(error);
    });
    return (text) => {
        if (!closed)
            stream.write(text);
    };
}
/**
 * Creates the folders on the way to the report file `file` (relative to `cwd`). Returns why it
 * could not, in a few words, or undefined when the folder is there.
 */
function prepareReportFolder(cwd, file) {
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(cwd, file)), { recursive: true });
        return undefined;
    }
    catch (error) {
        return reason(error);
    }
}
/** Writes the report to `file` (relative to `cwd`). Returns why it could not, or undefined when it did. */
function writeReportFile(cwd, file, text) {
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(cwd, file), text);
        return undefined;
    }
    catch (error) {
        return reason(error);
    }
}
const REASONS = {
    ENOTDIR: 'a part of the path is a file, not a folder',
    EEXIST: 'a part of the path is a file, not a folder',
    EISDIR: 'it is a folder',
    EACCES: 'permission denied',
    EPERM: 'permission denied',
    EROFS: 'the file system is read-only',
    ENOSPC: 'no space left on the device',
    ENAMETOOLONG: 'the name is too long'
};
function reason(error) {
    return (error.code && REASONS[error.code]) ?? error.code ?? error.message;
}


/***/ }),

/***/ 7154:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ DRY_RUN_DEFAULTS)
/* harmony export */ });
/** Dry-run defaults, in their own module so the CLI can show them without loading the MCP SDK. */
const DRY_RUN_DEFAULTS = { timeoutMs: 30_000, concurrency: 8, budgetMs: 300_000, graceMs: 2_000 };


/***/ }),

/***/ 4928:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   OY: () => (/* binding */ listWorkTree),
/* harmony export */   OZ: () => (/* binding */ takeListing),
/* harmony export */   jF: () => (/* binding */ startListing)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _work_tree_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(4155);


/** git's listing of a large work tree can be long; past this, the caller walks the folder instead. */
const MAX_LISTING_BYTES = 256 * 1024 * 1024;
/**
 * The files under `dir` that git tracks, plus the untracked ones it does not ignore, as
 * `git ls-files -z --cached --others --exclude-standard` prints them (NUL-separated, relative to
 * `dir`); undefined when git is missing, fails (not a work tree) or prints too much. Asynchronous, so
 * git runs while this process does other work (loading the linter's code).
 */
async function listWorkTree(dir) {
    // Outside a work tree git only says so: no process, unless git's own variables place the repository.
    if (!(0,_work_tree_js__WEBPACK_IMPORTED_MODULE_1__/* .foldersUpToWorkTree */ .h)(dir) && process.env.GIT_DIR === undefined && process.env.GIT_WORK_TREE === undefined)
        return undefined;
    // Loaded here, not at import: `mcpcop --version` imports this module and starts no process.
    const { spawn } = await Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 1421, 23));
    return new Promise((resolve) => {
        let child;
        try {
            child = spawn('git', 
            // A repository's own config could name an fsmonitor program for git to run: never.
            ['-c', 'core.fsmonitor=false', 'ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
                cwd: dir,
                stdio: ['ignore', 'pipe', 'ignore'],
                // Listing must not write to the repository (no index refresh), nor wait for a lock.
                env: { ...process.env, GIT_OPTIONAL_LOCKS: '0', GIT_TERMINAL_PROMPT: '0' },
                windowsHide: true
            });
        }
        catch {
            resolve(undefined);
            return;
        }
        const chunks = [];
        let size = 0;
        child.stdout.on('data', (chunk) => {
            size += chunk.length;
            if (size > MAX_LISTING_BYTES)
                child.kill();
            else
                chunks.push(chunk);
        });
        child.on('error', () => resolve(undefined));
        child.on('close', (code) => resolve(code === 0 && size <= MAX_LISTING_BYTES ? Buffer.concat(chunks) : undefined));
    });
}
/** Listings started ahead of time, by folder, each taken once. */
const started = new Map();
/**
 * Starts listing `dir` now, for `takeListing` to pick up later: the CLI starts it before it loads the
 * linter's code, so that git runs while that code is read and compiled.
 */
function startListing(dir) {
    const listing = listWorkTree(dir);
    // Never taken (the run turned out not to list this folder): its failure is nobody's.
    listing.catch(() => undefined);
    started.set(node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(dir), listing);
}
/** The listing started for `dir`, if one was (and not taken yet). */
function takeListing(dir) {
    const key = node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(dir);
    const listing = started.get(key);
    started.delete(key);
    return listing;
}


/***/ }),

/***/ 311:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ VERSION)
/* harmony export */ });
/** The tool's version, printed by --version and written into SARIF and reports. Kept in step with package.json by a test. */
const VERSION = '0.1.0';


/***/ }),

/***/ 4155:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ foldersUpToWorkTree)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);


/**
 * The folders from `start` up to the root of the git work tree that holds it, `start` first; undefined
 * outside a work tree. `.git` is a folder in a clone and a file in a linked worktree or a submodule;
 * it is looked at without following links.
 */
function foldersUpToWorkTree(start) {
    const folders = [node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(start)];
    for (let dir = folders[0]; (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, '.git'), { throwIfNoEntry: false }) === undefined;) {
        const parent = node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(dir);
        if (parent === dir)
            return undefined;
        folders.push((dir = parent));
    }
    return folders;
}


/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 6982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 3339:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("module");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 8995:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 7016:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		8792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(5581);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
