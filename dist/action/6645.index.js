export const id = 6645;
export const ids = [6645];
export const modules = {

/***/ 6645:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   commentMarker: () => (/* binding */ commentMarker),
/* harmony export */   httpStatus: () => (/* binding */ httpStatus),
/* harmony export */   isNoWriteAccess: () => (/* binding */ isNoWriteAccess),
/* harmony export */   octokitComments: () => (/* binding */ octokitComments),
/* harmony export */   upsertStickyComment: () => (/* binding */ upsertStickyComment)
/* harmony export */ });
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2413);
/* harmony import */ var _comment_key_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1524);


/** The port over Octokit (`@actions/github`), 100 comments per page (the API's maximum). */
function octokitComments(ref) {
    const octokit = (0,_actions_github__WEBPACK_IMPORTED_MODULE_0__/* .getOctokit */ .Q)(ref.token, { baseUrl: ref.apiUrl });
    const { owner, repo } = ref;
    return {
        async *pages(issueNumber) {
            const iterator = octokit.paginate.iterator(octokit.rest.issues.listComments, {
                owner,
                repo,
                issue_number: issueNumber,
                per_page: 100
            });
            for await (const page of iterator)
                yield page.data;
        },
        async create(issueNumber, body) {
            return (await octokit.rest.issues.createComment({ owner, repo, issue_number: issueNumber, body })).data;
        },
        async update(commentId, body) {
            return (await octokit.rest.issues.updateComment({ owner, repo, comment_id: commentId, body })).data;
        }
    };
}
// In a module of its own so that the action checks its inputs without loading the GitHub client.

/**
 * The hidden line that identifies the action's comment on a pull request; the key lets several
 * workflows (or several steps) each keep their own comment.
 */
function commentMarker(key) {
    if (!_comment_key_js__WEBPACK_IMPORTED_MODULE_1__/* .COMMENT_KEY_PATTERN */ .D.test(key))
        throw new Error(`comment key "${key}" may only hold letters, digits, ".", "_" and "-" (at most 64)`);
    return `<!-- mcpcop:sticky-comment key=${key} -->`;
}
// Authors whose comment we take as ours: the workflow token's bot (or a GitHub App's), or someone
// with write access (a personal token). A stranger who copies the marker into a comment is ignored.
const TRUSTED_ASSOCIATIONS = new Set(['OWNER', 'MEMBER', 'COLLABORATOR']);
function isOurs(comment, marker) {
    if (!comment.body?.includes(marker))
        return false;
    return comment.user?.type === 'Bot' || TRUSTED_ASSOCIATIONS.has(comment.author_association ?? '');
}
/**
 * Keeps one comment per pull request and key: finds it by its marker (paging through the
 * comments, oldest first, until it appears), leaves it alone when the body is the same (no
 * notification noise), updates it in place otherwise, and creates it only when asked to.
 */
async function upsertStickyComment(port, options) {
    let existing;
    for await (const page of port.pages(options.issueNumber)) {
        existing = page.find((c) => isOurs(c, options.marker));
        if (existing)
            break;
    }
    if (existing) {
        const comment = { id: existing.id, url: existing.html_url };
        if (existing.body === options.body)
            return { action: 'unchanged', comment };
        const updated = await port.update(existing.id, options.body);
        return { action: 'updated', comment: { id: updated.id, url: updated.html_url } };
    }
    if (!options.create)
        return { action: 'not-created' };
    const created = await port.create(options.issueNumber, options.body);
    return { action: 'created', comment: { id: created.id, url: created.html_url } };
}
/** The HTTP status of a failed API call, when it has one (Octokit's `RequestError`). */
function httpStatus(error) {
    const status = error?.status;
    return typeof status === 'number' ? status : undefined;
}
/**
 * Whether a failed call means the token may not write comments here: 403 "Resource not accessible
 * by integration", which a fork's pull request (read-only token) or a job without
 * `pull-requests: write` gets.
 */
function isNoWriteAccess(error) {
    return httpStatus(error) === 403;
}


/***/ })

};
