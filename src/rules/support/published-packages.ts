/**
 * What the npm registry held on one day, for the unpublished-package rule: the linter never asks the network, so
 * this list is its whole knowledge and is dated. `npx tsx scripts/check-published-packages.ts` asks the registry
 * about every name here again and says what changed.
 */

/** The day every name below was looked up in the npm registry (a 200 or a 404 for the package document). */
export const CHECKED_ON = '2026-12-04'

/** The one scope whose names are all known: the official MCP organisation's packages. */
export const CLOSED_SCOPE = '@modelcontextprotocol/'

/**
 * Every package published under `@modelcontextprotocol/` on CHECKED_ON. The candidates were every `package.json`
 * name in the organisation's repositories (servers with its history of archived servers, typescript-sdk,
 * inspector, ext-apps and its examples, conformance, create-typescript-server, ext-tasks and the other extension
 * and example repositories) and every `@modelcontextprotocol/…` string in them; each was looked up, and the ones
 * the registry answered with a package are these. The names looked up and not found include the SDK's
 * workspace-only packages (`sdk-client`, `examples-*`), the new inspector's unreleased parts (`inspector-core`,
 * `inspector-web`) and ext-apps examples marked private (`server-qr`, `server-say`).
 */
export const PUBLISHED: readonly string[] = [
  '@modelcontextprotocol/client',
  '@modelcontextprotocol/codemod',
  '@modelcontextprotocol/conformance',
  '@modelcontextprotocol/core',
  '@modelcontextprotocol/create-server',
  '@modelcontextprotocol/express',
  '@modelcontextprotocol/ext-apps',
  '@modelcontextprotocol/ext-tasks',
  '@modelcontextprotocol/fastify',
  '@modelcontextprotocol/hono',
  '@modelcontextprotocol/inspector',
  '@modelcontextprotocol/inspector-cli',
  '@modelcontextprotocol/inspector-client',
  '@modelcontextprotocol/inspector-server',
  '@modelcontextprotocol/node',
  '@modelcontextprotocol/sdk',
  '@modelcontextprotocol/server',
  '@modelcontextprotocol/server-aws-kb-retrieval',
  '@modelcontextprotocol/server-basic-preact',
  '@modelcontextprotocol/server-basic-react',
  '@modelcontextprotocol/server-basic-solid',
  '@modelcontextprotocol/server-basic-svelte',
  '@modelcontextprotocol/server-basic-vanillajs',
  '@modelcontextprotocol/server-basic-vue',
  '@modelcontextprotocol/server-brave-search',
  '@modelcontextprotocol/server-budget-allocator',
  '@modelcontextprotocol/server-cohort-heatmap',
  '@modelcontextprotocol/server-customer-segmentation',
  '@modelcontextprotocol/server-debug',
  '@modelcontextprotocol/server-everart',
  '@modelcontextprotocol/server-everything',
  '@modelcontextprotocol/server-filesystem',
  '@modelcontextprotocol/server-gdrive',
  '@modelcontextprotocol/server-github',
  '@modelcontextprotocol/server-gitlab',
  '@modelcontextprotocol/server-google-maps',
  '@modelcontextprotocol/server-lazy-auth',
  '@modelcontextprotocol/server-legacy',
  '@modelcontextprotocol/server-map',
  '@modelcontextprotocol/server-memory',
  '@modelcontextprotocol/server-pdf',
  '@modelcontextprotocol/server-postgres',
  '@modelcontextprotocol/server-puppeteer',
  '@modelcontextprotocol/server-redis',
  '@modelcontextprotocol/server-scenario-modeler',
  '@modelcontextprotocol/server-sequential-thinking',
  '@modelcontextprotocol/server-shadertoy',
  '@modelcontextprotocol/server-sheet-music',
  '@modelcontextprotocol/server-slack',
  '@modelcontextprotocol/server-system-monitor',
  '@modelcontextprotocol/server-threejs',
  '@modelcontextprotocol/server-transcript',
  '@modelcontextprotocol/server-video-resource',
  '@modelcontextprotocol/server-wiki-explorer'
]

/**
 * Reference servers the organisation's servers repository gave away (moved to its archive): still installable,
 * no longer updated. By the short name the reference servers go by (`server-github` is "github").
 */
export const ARCHIVED: ReadonlySet<string> = new Set([
  'aws-kb-retrieval',
  'brave-search',
  'everart',
  'gdrive',
  'github',
  'gitlab',
  'google-maps',
  'postgres',
  'puppeteer',
  'redis',
  'sentry',
  'slack',
  'sqlite'
])

/**
 * Reference servers written only in Python: their PyPI package (from each one's pyproject.toml), by short name.
 * `@modelcontextprotocol/server-<name>` of each was looked up on npm and not found.
 */
export const PYTHON_ONLY: Readonly<Record<string, string>> = {
  fetch: 'mcp-server-fetch',
  git: 'mcp-server-git',
  sentry: 'mcp-server-sentry',
  sqlite: 'mcp-server-sqlite',
  time: 'mcp-server-time'
}

/**
 * Servers that configs give an invented `@modelcontextprotocol/` name and whose makers publish them under their
 * own (each found on npm, its repository in the maker's organisation): by the short name people write.
 */
export const PUBLISHED_ELSEWHERE: Readonly<Record<string, string>> = {
  'chrome-devtools': 'chrome-devtools-mcp',
  notion: '@notionhq/notion-mcp-server',
  'perplexity-ask': '@perplexity-ai/mcp-server',
  playwright: '@playwright/mcp'
}

/**
 * Names outside the closed scope, which cannot be listed whole: each one seen launched in committed configs and
 * looked up on npm on CHECKED_ON without a package.
 */
export const UNPUBLISHED: readonly string[] = [
  '@anthropic-ai/mcp-fetch',
  '@anthropic-ai/mcp-http-bridge',
  '@anthropic-ai/mcp-memory',
  '@anthropic-ai/mcp-playwright',
  '@anthropic-ai/mcp-server-docs',
  '@anthropic-ai/mcp-server-filesystem',
  '@anthropic-ai/mcp-server-github',
  '@anthropic-ai/mcp-server-memory',
  '@anthropic-ai/mcp-server-playwright',
  '@anthropic-ai/mcp-server-postgres',
  '@anthropic-ai/mcp-server-slack',
  '@anthropic-ai/mcp-server-sqlite',
  '@anthropic-ai/server-brave-search',
  '@anthropic-ai/server-filesystem',
  '@anthropic-ai/server-postgres',
  '@anthropic-ai/server-rails-api-docs',
  '@anthropic-ai/server-time',
  '@anthropic/github-mcp-server',
  '@anthropic/mcp-playwright',
  '@anthropic/mcp-server-brave',
  '@anthropic/mcp-server-camoufox',
  '@anthropic/mcp-server-claude',
  '@anthropic/mcp-server-fetch',
  '@anthropic/mcp-server-filesystem',
  '@anthropic/mcp-server-github',
  '@anthropic/mcp-server-playwright',
  '@anthropic/mcp-server-postgres',
  '@anthropic/mcp-server-puppeteer',
  '@anthropic/mcp-server-slack',
  '@anthropic/playwright-mcp',
  '@anthropic/server-brave-search',
  '@anthropic/server-filesystem',
  '@anthropic/server-mysql',
  '@anthropic/server-postgres',
  '@anthropic/server-puppeteer',
  '@anthropic/server-search',
  '@anthropic/server-sequential-thinking'
]
