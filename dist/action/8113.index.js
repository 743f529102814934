export const id = 8113;
export const ids = [8113];
export const modules = {

/***/ 8113:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   gitBaseSource: () => (/* binding */ gitBaseSource)
/* harmony export */ });
/* harmony import */ var _read_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2883);
/* harmony import */ var _git_changes_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(977);


/**
 * The base read with git from the checkout in `cwd`. Compares with the merge base of the base commit
 * and HEAD, so that what the base branch gained since the pull request started is not taken for the
 * pull request's own change; on the merge commit `pull_request` checks out that is the base commit
 * itself. Returns why not when git cannot give the base.
 */
async function gitBaseSource(cwd, baseCommit, options) {
    const root = await (0,_git_changes_js__WEBPACK_IMPORTED_MODULE_1__/* .workTreeRoot */ .KY)(cwd);
    if (!root)
        return 'the workspace is not a git checkout';
    // A branch or tag (the CLI's --base main) is resolved here; the action passes a commit id.
    if (!(0,_git_changes_js__WEBPACK_IMPORTED_MODULE_1__/* .isCommitId */ .jh)(baseCommit)) {
        const resolved = await (0,_git_changes_js__WEBPACK_IMPORTED_MODULE_1__/* .resolveRef */ .qE)(root, baseCommit);
        if (!resolved)
            return `"${baseCommit}" names no commit in this repository`;
        baseCommit = resolved;
    }
    const missing = options.fetch
        ? await (0,_git_changes_js__WEBPACK_IMPORTED_MODULE_1__/* .ensureCommit */ .q$)(root, baseCommit)
        : (await (0,_git_changes_js__WEBPACK_IMPORTED_MODULE_1__/* .hasCommit */ .QE)(root, baseCommit))
            ? undefined
            : `the commit ${baseCommit.slice(0, 12)} is not in this clone`;
    if (missing)
        return missing;
    const head = await (0,_git_changes_js__WEBPACK_IMPORTED_MODULE_1__/* .headCommit */ .Qo)(root);
    let commit = baseCommit;
    let note;
    if (head && head !== baseCommit) {
        const parents = await (0,_git_changes_js__WEBPACK_IMPORTED_MODULE_1__/* .recordedParents */ .oS)(root, head);
        const common = parents.includes(baseCommit) ? baseCommit : await (0,_git_changes_js__WEBPACK_IMPORTED_MODULE_1__/* .mergeBase */ .wu)(root, baseCommit, head);
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
            const result = await (0,_git_changes_js__WEBPACK_IMPORTED_MODULE_1__/* .changedPaths */ .vl)(root, commit);
            if (typeof result === 'string')
                throw new Error(result);
            return result;
        },
        read: (paths) => (0,_git_changes_js__WEBPACK_IMPORTED_MODULE_1__.blobsAt)(root, commit, paths, _read_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_FILE_BYTES */ .gZ)
    };
}


/***/ })

};
