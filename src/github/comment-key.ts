/** Comment keys are written into an HTML comment: keep them to characters that cannot end it. */
export const COMMENT_KEY_PATTERN = /^[A-Za-z0-9._-]{1,64}$/
