export const id = 2813;
export const ids = [2813];
export const modules = {

/***/ 2813:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  gitBaseSource: () => (/* binding */ gitBaseSource)
});

// EXTERNAL MODULE: ./src/read.ts
var read = __webpack_require__(2883);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
;// CONCATENATED MODULE: ./src/git/changes.ts

/** Limit for one git call; a fetch over the network gets more. */
const GIT_TIMEOUT_MS = 15_000;
const FETCH_TIMEOUT_MS = 60_000;
/** Runs git in `root`; never throws. */
function git(root, args, options = {}) {
    return new Promise((resolve) => {
        (0,external_node_child_process_.execFile)('git', ['-c', 'core.fsmonitor=false', '-c', 'core.quotePath=false', ...args], {
            cwd: root,
            timeout: options.timeoutMs ?? GIT_TIMEOUT_MS,
            maxBuffer: options.maxBytes ?? 16 * 1024 * 1024,
            encoding: 'buffer',
            windowsHide: true,
            // Never ask for a password, never page, never read a prompt from the terminal.
            env: { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_PAGER: 'cat', GIT_ASKPASS: '', SSH_ASKPASS: '' }
        }, (error, stdout, stderr) => {
            const message = error
                ? (stderr.toString('utf8').trim().split('\n').at(-1) || error.message).slice(0, 300)
                : undefined;
            resolve({ ok: !error, stdout, error: message });
        });
    });
}
/** A full commit id (SHA-1 or SHA-256), the only kind of ref this module passes to git. */
function isCommitId(value) {
    return typeof value === 'string' && /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/.test(value);
}
/** The top of the work tree `cwd` is in, or undefined outside git. */
async function workTreeRoot(cwd) {
    const result = await git(cwd, ['rev-parse', '--show-toplevel']);
    return result.ok ? result.stdout.toString('utf8').trim() : undefined;
}
/** Whether the repository has the commit. */
async function hasCommit(root, commit) {
    if (!isCommitId(commit))
        return false;
    return (await git(root, ['cat-file', '-e', `${commit}^{commit}`])).ok;
}
/**
 * Makes sure the repository has `commit`: a shallow checkout (actions/checkout's default depth 1) has
 * only the commit it checked out, so the base is fetched from `origin` with depth 1. Returns why not
 * when it cannot be had.
 */
async function ensureCommit(root, commit) {
    if (!isCommitId(commit))
        return `"${commit}" is not a commit id`;
    if (await hasCommit(root, commit))
        return undefined;
    const fetched = await git(root, ['fetch', '--no-tags', '--no-recurse-submodules', '--depth=1', 'origin', commit], {
        timeoutMs: FETCH_TIMEOUT_MS
    });
    if (await hasCommit(root, commit))
        return undefined;
    return `the commit ${commit.slice(0, 12)} is not in this clone and could not be fetched from origin (${fetched.error ?? 'unknown error'})`;
}
/** The best common ancestor of two commits, or undefined when the history at hand does not reach it. */
async function mergeBase(root, a, b) {
    const result = await git(root, ['merge-base', a, b]);
    const sha = result.stdout.toString('utf8').trim();
    return result.ok && isCommitId(sha) ? sha : undefined;
}
/**
 * The parents a commit records (two for the merge commit that `pull_request` checks out), read from
 * the commit itself, so a shallow clone, where git hides them, still tells them.
 */
async function recordedParents(root, commit) {
    const result = await git(root, ['cat-file', 'commit', commit], { maxBytes: 1024 * 1024 });
    if (!result.ok)
        return [];
    const header = result.stdout.toString('utf8').split('\n\n')[0];
    return [...header.matchAll(/^parent ([0-9a-f]+)$/gm)].map((m) => m[1]).filter(isCommitId);
}
/** The commit a ref names (a branch, tag or commit id), or undefined when the repository has none. */
async function resolveRef(root, ref) {
    if (ref === '' || ref.startsWith('-') || ref.length > 255)
        return undefined;
    const result = await git(root, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`]);
    const sha = result.stdout.toString('utf8').trim();
    return result.ok && isCommitId(sha) ? sha : undefined;
}
/** The commit the work tree has checked out. */
async function headCommit(root) {
    const result = await git(root, ['rev-parse', '--verify', '--quiet', 'HEAD^{commit}']);
    const sha = result.stdout.toString('utf8').trim();
    return result.ok && isCommitId(sha) ? sha : undefined;
}
/**
 * The paths whose content differs between `commit` and the work tree (what mcpcop reads), plus the
 * untracked files git does not ignore (new files not committed yet, on a developer's machine).
 * Renames are a deletion and an addition: each path is compared as what it is at each side.
 */
async function changedPaths(root, commit) {
    if (!isCommitId(commit))
        return `"${commit}" is not a commit id`;
    const diff = await git(root, [
        'diff',
        '--no-ext-diff',
        '--no-textconv',
        '--no-renames',
        '--ignore-submodules',
        '--name-status',
        '-z',
        commit,
        '--'
    ]);
    if (!diff.ok)
        return `git diff failed: ${diff.error ?? 'unknown error'}`;
    const out = new Map();
    const fields = diff.stdout.toString('utf8').split('\0');
    for (let i = 0; i + 1 < fields.length; i += 2) {
        const code = fields[i];
        const path = fields[i + 1];
        const status = code === 'A' ? 'added' : code === 'D' ? 'deleted' : 'modified';
        out.set(path, { path, status });
    }
    const untracked = await git(root, ['ls-files', '-z', '--others', '--exclude-standard']);
    if (untracked.ok)
        for (const path of untracked.stdout.toString('utf8').split('\0'))
            if (path !== '' && !out.has(path))
                out.set(path, { path, status: 'added' });
    return [...out.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
/**
 * The content of each path at `commit`: found (up to `maxBytes`), absent, or unknown with the
 * reason. One `ls-tree` for all the paths, then one `cat-file` per file found.
 */
async function blobsAt(root, commit, paths, maxBytes) {
    const out = new Map();
    if (paths.length === 0)
        return out;
    const unknown = (reason) => {
        for (const p of paths)
            if (!out.has(p))
                out.set(p, { status: 'unknown', reason });
    };
    if (!isCommitId(commit)) {
        unknown(`"${commit}" is not a commit id`);
        return out;
    }
    // `--full-tree` reads the paths from the repository root whatever the current folder; `:(literal)`
    // keeps a name with `*` or `:` from acting as a pattern.
    const listed = await git(root, [
        'ls-tree',
        '-z',
        '--long',
        '--full-tree',
        commit,
        '--',
        ...paths.map((p) => `:(literal)${p}`)
    ]);
    if (!listed.ok) {
        unknown(listed.error ?? 'git ls-tree failed');
        return out;
    }
    const entries = new Map();
    for (const line of listed.stdout.toString('utf8').split('\0')) {
        const match = /^(\d+) (\w+) ([0-9a-f]+)\s+(\d+|-)\t(.*)$/s.exec(line);
        if (match)
            entries.set(match[5], { mode: match[1], type: match[2], object: match[3], size: match[4] });
    }
    for (const p of paths) {
        const entry = entries.get(p);
        if (!entry) {
            out.set(p, { status: 'absent' });
            continue;
        }
        if (entry.type !== 'blob' || entry.mode === '120000') {
            out.set(p, { status: 'unknown', reason: 'not a regular file at that commit' });
            continue;
        }
        if (Number(entry.size) > maxBytes) {
            out.set(p, { status: 'unknown', reason: 'too large at that commit' });
            continue;
        }
        const blob = await git(root, ['cat-file', 'blob', entry.object], { maxBytes: maxBytes + 1 });
        out.set(p, blob.ok
            ? { status: 'found', bytes: blob.stdout }
            : { status: 'unknown', reason: blob.error ?? 'git cat-file failed' });
    }
    return out;
}

;// CONCATENATED MODULE: ./src/compare/git-source.ts


/**
 * The base read with git from the checkout in `cwd`. Compares with the merge base of the base commit
 * and HEAD, so that what the base branch gained since the pull request started is not taken for the
 * pull request's own change; on the merge commit `pull_request` checks out that is the base commit
 * itself. Returns why not when git cannot give the base.
 */
async function gitBaseSource(cwd, baseCommit, options) {
    const root = await workTreeRoot(cwd);
    if (!root)
        return 'the workspace is not a git checkout';
    // A branch or tag (the CLI's --base main) is resolved here; the action passes a commit id.
    if (!isCommitId(baseCommit)) {
        const resolved = await resolveRef(root, baseCommit);
        if (!resolved)
            return `"${baseCommit}" names no commit in this repository`;
        baseCommit = resolved;
    }
    const missing = options.fetch
        ? await ensureCommit(root, baseCommit)
        : (await hasCommit(root, baseCommit))
            ? undefined
            : `the commit ${baseCommit.slice(0, 12)} is not in this clone`;
    if (missing)
        return missing;
    const head = await headCommit(root);
    let commit = baseCommit;
    let note;
    if (head && head !== baseCommit) {
        const parents = await recordedParents(root, head);
        const common = parents.includes(baseCommit) ? baseCommit : await mergeBase(root, baseCommit, head);
        if (common)
            commit = common;
        else
            note =
                'the history between the base and this commit is not in this shallow clone, so the comparison is with the base ' +
                    "commit itself: what the base branch changed since this branch started may count as this pull request's " +
                    'change (check out with fetch-depth: 0 for an exact comparison)';
    }
    return {
        via: 'git',
        commit,
        root,
        note,
        async changed() {
            const result = await changedPaths(root, commit);
            if (typeof result === 'string')
                throw new Error(result);
            return result;
        },
        read: (paths) => blobsAt(root, commit, paths, read/* MAX_FILE_BYTES */.gZ)
    };
}


/***/ })

};
