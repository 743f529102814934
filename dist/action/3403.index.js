export const id = 3403;
export const ids = [3403];
export const modules = {

/***/ 3403:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   UnsafeDryRunError: () => (/* binding */ UnsafeDryRunError),
/* harmony export */   assertSafeDryRun: () => (/* binding */ assertSafeDryRun)
/* harmony export */ });
/**
 * The "pwn request" guard (security brief): a dry run executes the commands a config names, so it
 * must not run a fork's config with the base repository's token and secrets. Pure: it reads only
 * the event name and payload, like actions/checkout's assertSafePrCheckout, and throws with the
 * reason and the safe alternative.
 */
/** Thrown when a dry run would execute untrusted commands in a trusted context. */
class UnsafeDryRunError extends Error {
    name = 'UnsafeDryRunError';
}
/**
 * Throws when the run is privileged (it has the base repository's token and secrets) and the
 * configs may come from a fork: `pull_request_target` for a fork's pull request (or one whose
 * fork is gone), `workflow_run` triggered by such a pull request, and `issue_comment` on a pull
 * request, whose origin the payload does not tell. Everything else passes, including plain
 * `pull_request`, where fork pull requests get a read-only token and no secrets.
 */
function assertSafeDryRun(context, inputs) {
    if (inputs.allowUntrustedDryRun)
        return;
    const payload = context.payload;
    const baseId = get(payload, 'repository', 'id');
    const baseName = get(payload, 'repository', 'full_name');
    const fromFork = (headId, headName) => {
        // A deleted fork leaves `head.repo` null: its origin is unknown, so it is not trusted.
        if (headId === undefined && headName === undefined)
            return true;
        if (typeof headId === 'number' && typeof baseId === 'number')
            return headId !== baseId;
        return (typeof headName !== 'string' || typeof baseName !== 'string' || headName.toLowerCase() !== baseName.toLowerCase());
    };
    switch (context.eventName) {
        case 'pull_request_target': {
            const headId = get(payload, 'pull_request', 'head', 'repo', 'id');
            const headName = get(payload, 'pull_request', 'head', 'repo', 'full_name');
            if (fromFork(headId, headName))
                refuse(context.eventName, describeFork(headName));
            return;
        }
        case 'workflow_run': {
            const trigger = get(payload, 'workflow_run', 'event');
            if (typeof trigger !== 'string' || !trigger.startsWith('pull_request'))
                return;
            const headId = get(payload, 'workflow_run', 'head_repository', 'id');
            const headName = get(payload, 'workflow_run', 'head_repository', 'full_name');
            if (fromFork(headId, headName))
                refuse(context.eventName, describeFork(headName));
            return;
        }
        case 'issue_comment':
            if (get(payload, 'issue', 'pull_request') !== undefined)
                refuse(context.eventName, 'a pull request that may come from a fork (the event does not say)');
            return;
        default:
            return;
    }
}
function refuse(eventName, origin) {
    throw new UnsafeDryRunError(`refusing to dry-run: this "${eventName}" run has this repository's token and secrets, and the MCP configs ` +
        `come from ${origin}; a dry run executes the commands those configs name, so they could steal them ` +
        `(a "pwn request"). Run mcpcop with dry-run on "pull_request" instead, where fork pull requests get a ` +
        `read-only token and no secrets, or set "allow-untrusted-dry-run: true" if you accept the risk.`);
}
function describeFork(headName) {
    return typeof headName === 'string' ? `the fork "${headName}"` : 'a fork that no longer exists';
}
function get(value, ...keys) {
    let current = value;
    for (const key of keys) {
        if (current === null || typeof current !== 'object' || !Object.hasOwn(current, key))
            return undefined;
        current = current[key];
    }
    // JSON null (a deleted fork's `head.repo`) counts as absent.
    return current === null ? undefined : current;
}


/***/ })

};
