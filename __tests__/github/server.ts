/**
 * A local GitHub REST server for the three issue-comment operations the action uses, on 127.0.0.1.
 * Every request it receives and every response it sends is validated against GitHub's published
 * OpenAPI description (the extract in __tests__/fixtures/github/, from @octokit/openapi), so the
 * tests exercise the real Octokit client against the real contract rather than hand-written stubs.
 * It behaves like GitHub where the tests need it: pagination with Link headers (at most 100 per
 * page), 403 "Resource not accessible by integration" for a read-only token, and 422 for a body
 * over 65,536 characters.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { Ajv, type ValidateFunction } from 'ajv'
import addFormatsModule from 'ajv-formats'

// ajv-formats is CommonJS: its function is the default export under ts-jest and in Node alike.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (
  ajv: Ajv
) => Ajv

const EXTRACT_PATH = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  '..',
  'fixtures',
  'github',
  'openapi-operations.json'
)

/** The OpenAPI extract as committed (operations, referenced components, provenance). */
export const EXTRACT = JSON.parse(readFileSync(EXTRACT_PATH, 'utf8')) as {
  'x-extract': { package: string; version: string; operations: string[] }
  paths: Record<string, Record<string, Operation>>
  components: Record<string, Record<string, unknown>>
}

interface Parameter {
  name: string
  in: 'path' | 'query' | 'header'
  required?: boolean
  schema: object
}

interface Operation {
  operationId: string
  parameters?: (Parameter | { $ref: string })[]
  requestBody?: { required?: boolean; content: { 'application/json': { schema: object } } }
  responses: Record<
    string,
    { $ref?: string; content?: { 'application/json': { schema: object } }; headers?: Record<string, unknown> }
  >
}

/** A stored comment, before it is shaped as the API returns it. */
export interface StoredComment {
  id: number
  body: string
  login: string
  userType: 'Bot' | 'User'
  authorAssociation: 'OWNER' | 'MEMBER' | 'COLLABORATOR' | 'CONTRIBUTOR' | 'NONE'
  createdAt: string
  updatedAt: string
}

/** One request as the server saw it, with its answer. */
export interface RecordedRequest {
  operationId: string
  method: string
  path: string
  query: Record<string, string>
  body?: { body?: unknown }
  status: number
}

export interface FakeGitHubOptions {
  owner?: string
  repo?: string
  /** Writes answer 403 "Resource not accessible by integration", as for a fork's pull request. */
  readOnly?: boolean
}

/** The running server, its state and what it saw. */
export interface FakeGitHub {
  url: string
  owner: string
  repo: string
  requests: RecordedRequest[]
  /** Every way a request or response broke the OpenAPI description; tests expect none. */
  violations: string[]
  readOnly: boolean
  comments(issue: number): StoredComment[]
  /** Adds comments to an issue (ids ascending, as the API orders them). */
  seed(issue: number, comments: Partial<StoredComment>[]): StoredComment[]
  /** The files a pull request changes, as `pulls/list-files` lists them. */
  pullFiles(pr: number, files: { filename: string; status: string; previous_filename?: string }[]): void
  /** The repository's files at a commit, as `repos/get-content` serves them. */
  tree(commit: string, files: Record<string, string>): void
  close(): Promise<void>
}

// ---------------------------------------------------------------------------------------------
// OpenAPI 3.0 to JSON Schema for ajv

/** OpenAPI 3.0 `nullable: true` becomes a JSON Schema type that admits null. */
function toJsonSchema(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(toJsonSchema)
  if (!node || typeof node !== 'object') return node
  const out: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(node)) {
    if (key === 'nullable' || key === 'example' || key === 'examples') continue
    out[key] =
      key === '$ref' && typeof value === 'string' ? value.replace(/^#\//, 'github-openapi#/') : toJsonSchema(value)
  }
  const nullable = (node as Record<string, unknown>).nullable === true
  if (!nullable) return out
  if (typeof out.type === 'string') {
    out.type = [out.type, 'null']
    if (Array.isArray(out.enum)) out.enum = [...out.enum, null]
    return out
  }
  return { anyOf: [out, { type: 'null' }] }
}

function createValidator(): { ajv: Ajv; compile: (schema: object) => ValidateFunction } {
  const ajv = new Ajv({ strict: false, allErrors: true })
  addFormats(ajv)
  ajv.addFormat('int64', { type: 'number', validate: (n: number) => Number.isSafeInteger(n) })
  ajv.addSchema({ $id: 'github-openapi', components: toJsonSchema(EXTRACT.components) as object })
  return { ajv, compile: (schema) => ajv.compile(toJsonSchema(schema) as object) }
}

function resolve<T>(value: T | { $ref: string }): T {
  if (value && typeof value === 'object' && '$ref' in value) {
    const [, kind, name] = /^#\/components\/([^/]+)\/([^/]+)$/.exec(value.$ref) ?? []
    return EXTRACT.components[kind][name] as T
  }
  return value
}

interface Route {
  method: string
  pattern: RegExp
  names: string[]
  operation: Operation
  parameters: Parameter[]
}

function routes(): Route[] {
  const out: Route[] = []
  for (const [template, item] of Object.entries(EXTRACT.paths)) {
    const names: string[] = []
    const pattern = new RegExp(
      '^' +
        template.replace(
          /\{([^}]+)\}/g,
          // A file path (repos/get-content) spans folders.
          (_, name: string) => (names.push(name), name === 'path' ? '(.+)' : '([^/]+)')
        ) +
        '$'
    )
    for (const [method, operation] of Object.entries(item)) {
      if (method === 'parameters') continue
      out.push({
        method: method.toUpperCase(),
        pattern,
        names,
        operation,
        parameters: (operation.parameters ?? []).map((p) => resolve<Parameter>(p))
      })
    }
  }
  return out
}

// ---------------------------------------------------------------------------------------------
// The server

/** Starts the server on 127.0.0.1 with a free port. */
export async function startFakeGitHub(options: FakeGitHubOptions = {}): Promise<FakeGitHub> {
  const owner = options.owner ?? 'octo-org'
  const repo = options.repo ?? 'octo-repo'
  const { compile } = createValidator()
  const table = routes()
  const validators = new Map<object, ValidateFunction>()
  const validatorFor = (schema: object): ValidateFunction => {
    let v = validators.get(schema)
    if (!v) validators.set(schema, (v = compile(schema)))
    return v
  }
  const store = new Map<number, StoredComment[]>()
  const prFiles = new Map<number, { filename: string; status: string; previous_filename?: string }[]>()
  const trees = new Map<string, Record<string, string>>()
  let nextId = 1_000_000
  let clock = Date.parse('2026-11-01T10:00:00Z')
  const now = (): string => new Date((clock += 1000)).toISOString().replace(/\.\d{3}Z$/, 'Z')
  const requests: RecordedRequest[] = []
  const violations: string[] = []
  let base = ''

  const user = (c: StoredComment): Record<string, unknown> => {
    const id = c.userType === 'Bot' ? 41898282 : 1000 + c.login.length
    const u = `${base}/users/${encodeURIComponent(c.login)}`
    return {
      login: c.login,
      id,
      node_id: `MDQ6VXNlcj${id}`,
      avatar_url: `https://avatars.githubusercontent.com/u/${id}?v=4`,
      gravatar_id: '',
      url: u,
      html_url: `https://github.com/${encodeURIComponent(c.login)}`,
      followers_url: `${u}/followers`,
      following_url: `${u}/following{/other_user}`,
      gists_url: `${u}/gists{/gist_id}`,
      starred_url: `${u}/starred{/owner}{/repo}`,
      subscriptions_url: `${u}/subscriptions`,
      organizations_url: `${u}/orgs`,
      repos_url: `${u}/repos`,
      events_url: `${u}/events{/privacy}`,
      received_events_url: `${u}/received_events`,
      type: c.userType,
      user_view_type: 'public',
      site_admin: false
    }
  }
  const shape = (issue: number, c: StoredComment): Record<string, unknown> => ({
    id: c.id,
    node_id: `IC_kwDOAAAB${c.id}`,
    url: `${base}/repos/${owner}/${repo}/issues/comments/${c.id}`,
    html_url: `https://github.com/${owner}/${repo}/pull/${issue}#issuecomment-${c.id}`,
    body: c.body,
    user: user(c),
    created_at: c.createdAt,
    updated_at: c.updatedAt,
    issue_url: `${base}/repos/${owner}/${repo}/issues/${issue}`,
    author_association: c.authorAssociation,
    performed_via_github_app: null,
    reactions: {
      url: `${base}/repos/${owner}/${repo}/issues/comments/${c.id}/reactions`,
      total_count: 0,
      '+1': 0,
      '-1': 0,
      laugh: 0,
      hooray: 0,
      confused: 0,
      heart: 0,
      rocket: 0,
      eyes: 0
    }
  })
  const issueOf = (commentId: number): number | undefined =>
    [...store.entries()].find(([, list]) => list.some((c) => c.id === commentId))?.[0]

  const server: Server = createServer((req, res) => {
    let raw = ''
    req.setEncoding('utf8')
    req.on('data', (chunk: string) => (raw += chunk))
    req.on('end', () => {
      try {
        handle(req, res, raw)
      } catch (error) {
        violations.push(`server error: ${(error as Error).stack}`)
        res.writeHead(500).end()
      }
    })
  })

  function handle(req: IncomingMessage, res: ServerResponse, raw: string): void {
    const url = new URL(req.url ?? '/', base)
    const route = table.find((r) => r.method === req.method && r.pattern.test(url.pathname))
    if (!route) {
      violations.push(`${req.method} ${url.pathname}: not an operation of the extract`)
      return send(res, undefined, 404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' })
    }
    const op = route.operation
    const where = `${op.operationId} (${req.method} ${url.pathname})`
    const params: Record<string, string> = {}
    route.pattern
      .exec(url.pathname)!
      .slice(1)
      .forEach((v, i) => (params[route.names[i]] = decodeURIComponent(v)))
    const query = Object.fromEntries(url.searchParams)
    const record: RecordedRequest = {
      operationId: op.operationId,
      method: req.method!,
      path: url.pathname,
      query,
      status: 0
    }
    requests.push(record)

    // The request, checked against the description.
    if (!/^(token|bearer) \S+$/i.test(req.headers.authorization ?? ''))
      violations.push(`${where}: no token in the Authorization header`)
    for (const p of route.parameters) {
      const value = p.in === 'path' ? params[p.name] : p.in === 'query' ? query[p.name] : undefined
      if (value === undefined) {
        if (p.required) violations.push(`${where}: missing required ${p.in} parameter "${p.name}"`)
        continue
      }
      const schema = p.schema as { type?: string }
      const typed = schema.type === 'integer' ? (/^-?\d+$/.test(value) ? Number(value) : value) : value
      const validate = validatorFor(p.schema)
      if (!validate(typed))
        violations.push(`${where}: ${p.in} parameter "${p.name}"="${value}": ${JSON.stringify(validate.errors)}`)
    }
    for (const name of Object.keys(query))
      if (!route.parameters.some((p) => p.in === 'query' && p.name === name))
        violations.push(`${where}: unknown query parameter "${name}"`)
    let body: { body?: unknown } | undefined
    if (op.requestBody) {
      try {
        body = JSON.parse(raw) as { body?: unknown }
      } catch {
        violations.push(`${where}: the request body is not JSON`)
      }
      record.body = body
      const validate = validatorFor(op.requestBody.content['application/json'].schema)
      if (!validate(body)) {
        violations.push(`${where}: request body: ${JSON.stringify(validate.errors)}`)
        return send(
          res,
          op,
          422,
          {
            message: 'Invalid request.',
            documentation_url: 'https://docs.github.com/rest',
            errors: [{ code: 'invalid', resource: 'IssueComment', field: 'body' }]
          },
          record
        )
      }
    } else if (raw !== '') violations.push(`${where}: unexpected request body`)
    if (params.owner !== owner || params.repo !== repo)
      return send(res, op, 404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' }, record)

    const forbidden = {
      message: 'Resource not accessible by integration',
      documentation_url: 'https://docs.github.com/rest/issues/comments',
      status: '403'
    }
    const tooLong = {
      message: 'Validation Failed',
      errors: [
        {
          resource: 'IssueComment',
          code: 'custom',
          field: 'body',
          message: 'body is too long (maximum is 65536 characters)'
        }
      ],
      documentation_url: 'https://docs.github.com/rest/issues/comments',
      status: '422'
    }
    switch (op.operationId) {
      case 'pulls/list-files': {
        const all = prFiles.get(Number(params.pull_number))
        if (!all)
          return send(
            res,
            op,
            422,
            { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' },
            record,
            {},
            true
          )
        const perPage = Math.min(100, Number(query.per_page ?? 30))
        const page = Number(query.page ?? 1)
        const last = Math.max(1, Math.ceil(all.length / perPage))
        const links: string[] = []
        const link = (n: number, rel: string): string =>
          `<${base}${url.pathname}?per_page=${perPage}&page=${n}>; rel="${rel}"`
        if (page < last) links.push(link(page + 1, 'next'), link(last, 'last'))
        const items = all.slice((page - 1) * perPage, page * perPage).map((f) => ({
          sha: f.status === 'removed' ? null : '1111111111111111111111111111111111111111',
          filename: f.filename,
          status: f.status,
          additions: 1,
          deletions: 0,
          changes: 1,
          blob_url: `https://github.com/${owner}/${repo}/blob/head/${encodeURI(f.filename)}`,
          raw_url: `https://github.com/${owner}/${repo}/raw/head/${encodeURI(f.filename)}`,
          contents_url: `${base}/repos/${owner}/${repo}/contents/${encodeURI(f.filename)}?ref=head`,
          ...(f.previous_filename ? { previous_filename: f.previous_filename } : {})
        }))
        return send(res, op, 200, items, record, links.length > 0 ? { link: links.join(', ') } : {})
      }
      case 'repos/get-content': {
        const files = trees.get(query.ref ?? '')
        const file = params.path
        const text = files?.[file]
        if (text === undefined)
          return send(res, op, 404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' }, record)
        const self = `${base}/repos/${owner}/${repo}/contents/${encodeURI(file)}?ref=${query.ref}`
        return send(
          res,
          op,
          200,
          {
            type: 'file',
            encoding: 'base64',
            size: Buffer.byteLength(text),
            name: file.split('/').at(-1),
            path: file,
            content: Buffer.from(text).toString('base64'),
            sha: '2222222222222222222222222222222222222222',
            url: self,
            git_url: `${base}/repos/${owner}/${repo}/git/blobs/2222222222222222222222222222222222222222`,
            html_url: `https://github.com/${owner}/${repo}/blob/${query.ref}/${encodeURI(file)}`,
            download_url: `https://raw.githubusercontent.com/${owner}/${repo}/${query.ref}/${encodeURI(file)}`,
            _links: { git: null, html: null, self }
          },
          record
        )
      }
      case 'issues/list-comments': {
        const issue = Number(params.issue_number)
        const perPage = Math.min(100, Number(query.per_page ?? 30))
        const page = Number(query.page ?? 1)
        const all = store.get(issue) ?? []
        const last = Math.max(1, Math.ceil(all.length / perPage))
        const links: string[] = []
        const link = (n: number, rel: string): string =>
          `<${base}${url.pathname}?per_page=${perPage}&page=${n}>; rel="${rel}"`
        if (page > 1) links.push(link(page - 1, 'prev'), link(1, 'first'))
        if (page < last) links.push(link(page + 1, 'next'), link(last, 'last'))
        const items = all.slice((page - 1) * perPage, page * perPage).map((c) => shape(issue, c))
        return send(res, op, 200, items, record, links.length > 0 ? { link: links.join(', ') } : {})
      }
      case 'issues/create-comment': {
        if (options.readOnly) return send(res, op, 403, forbidden, record)
        const text = String(body?.body)
        if (text.length > 65536) return send(res, op, 422, tooLong, record)
        const issue = Number(params.issue_number)
        const at = now()
        const comment: StoredComment = {
          id: nextId++,
          body: text,
          login: 'github-actions[bot]',
          userType: 'Bot',
          authorAssociation: 'NONE',
          createdAt: at,
          updatedAt: at
        }
        store.set(issue, [...(store.get(issue) ?? []), comment])
        const shaped = shape(issue, comment)
        return send(res, op, 201, shaped, record, { location: String(shaped.url) })
      }
      case 'issues/update-comment': {
        const id = Number(params.comment_id)
        const issue = issueOf(id)
        // 403 and 404 are not in this operation's description, but GitHub answers them.
        if (options.readOnly) return send(res, op, 403, forbidden, record, {}, true)
        if (issue === undefined)
          return send(
            res,
            op,
            404,
            { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' },
            record,
            {},
            true
          )
        const text = String(body?.body)
        if (text.length > 65536) return send(res, op, 422, tooLong, record)
        const comment = store.get(issue)!.find((c) => c.id === id)!
        comment.body = text
        comment.updatedAt = now()
        return send(res, op, 200, shape(issue, comment), record)
      }
    }
  }

  /** Sends a response after checking it against the operation's description for that status. */
  function send(
    res: ServerResponse,
    op: Operation | undefined,
    status: number,
    payload: unknown,
    record?: RecordedRequest,
    headers: Record<string, string> = {},
    undocumented = false
  ): void {
    if (record) record.status = status
    if (op) {
      const documented = op.responses[String(status)]
      if (!documented && !undocumented)
        violations.push(`${op.operationId}: response status ${status} is not in the description`)
      const response: Operation['responses'][string] = resolve(
        documented ?? { $ref: '#/components/responses/forbidden' }
      )
      const schema = response.content?.['application/json'].schema
      if (schema) {
        const validate = validatorFor(schema)
        if (!validate(payload))
          violations.push(`${op.operationId} ${status} response: ${JSON.stringify(validate.errors).slice(0, 2000)}`)
      }
    }
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers })
    res.end(JSON.stringify(payload))
  }

  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return {
    url: base,
    owner,
    repo,
    requests,
    violations,
    readOnly: options.readOnly ?? false,
    comments: (issue) => store.get(issue) ?? [],
    pullFiles: (pr, files) => void prFiles.set(pr, files),
    tree: (commit, files) => void trees.set(commit, files),
    seed(issue, comments) {
      const added = comments.map((c): StoredComment => {
        const at = now()
        return {
          id: nextId++,
          body: 'a comment',
          login: 'octocat',
          userType: 'User',
          authorAssociation: 'CONTRIBUTOR',
          createdAt: at,
          updatedAt: at,
          ...c
        }
      })
      store.set(issue, [...(store.get(issue) ?? []), ...added])
      return added
    },
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections()
        server.close(() => done())
      })
  }
}
