/** Dry-run defaults, in their own module so the CLI can show them without loading the MCP SDK. */
export const DRY_RUN_DEFAULTS = { timeoutMs: 30_000, concurrency: 8, budgetMs: 300_000, graceMs: 2_000 } as const
