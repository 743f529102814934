#!/usr/bin/env node
// Extracts the GitHub REST operations the action calls (and every component they reference) from
// GitHub's published OpenAPI description, as shipped in the npm package @octokit/openapi, into a
// small committed fixture that the local test server validates requests and responses against.
// The package is large (hundreds of MB unpacked), so it is packed into a temporary directory, never
// installed as a dependency. Usage: node scripts/extract-github-openapi.mjs [version]
// See: https://github.com/octokit/openapi and https://github.com/github/rest-api-description
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

const PACKAGE = '@octokit/openapi'
const VERSION = process.argv[2] ?? '23.0.2'
const DESCRIPTION = 'package/generated/api.github.com.json'
const OUTPUT = '__tests__/fixtures/github/openapi-operations.json'
/** Every REST operation src/github/ calls: keep in step with src/github/comments.ts and src/github/base-source.ts. */
const OPERATION_IDS = [
  'issues/list-comments',
  'issues/create-comment',
  'issues/update-comment',
  'pulls/list-files',
  'repos/get-content'
]

const temp = mkdtempSync(path.join(tmpdir(), 'octokit-openapi-'))
try {
  const packed = JSON.parse(
    execFileSync('npm', ['pack', `${PACKAGE}@${VERSION}`, '--json', '--pack-destination', temp], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024
    })
  )
  const tarball = path.join(temp, packed[0].filename)
  execFileSync('tar', ['-xzf', tarball, '-C', temp, DESCRIPTION])
  const spec = JSON.parse(readFileSync(path.join(temp, DESCRIPTION), 'utf8'))

  const paths = {}
  const found = new Set()
  for (const [route, item] of Object.entries(spec.paths)) {
    for (const [method, operation] of Object.entries(item)) {
      if (!OPERATION_IDS.includes(operation?.operationId)) continue
      paths[route] ??= item.parameters ? { parameters: item.parameters } : {}
      paths[route][method] = operation
      found.add(operation.operationId)
    }
  }
  const missing = OPERATION_IDS.filter((id) => !found.has(id))
  if (missing.length > 0) throw new Error(`operations not in ${PACKAGE}@${VERSION}: ${missing.join(', ')}`)

  // Follow every local $ref until the set of referenced components is closed.
  const components = {}
  const queue = [paths]
  while (queue.length > 0) {
    const node = queue.pop()
    if (Array.isArray(node)) queue.push(...node)
    else if (node && typeof node === 'object') {
      for (const [key, value] of Object.entries(node)) {
        if (key === '$ref' && typeof value === 'string') {
          const [, kind, name] = /^#\/components\/([^/]+)\/([^/]+)$/.exec(value) ?? []
          if (!kind) throw new Error(`unexpected $ref ${value}`)
          components[kind] ??= {}
          if (!(name in components[kind])) {
            components[kind][name] = spec.components[kind][name]
            queue.push(components[kind][name])
          }
        } else queue.push(value)
      }
    }
  }
  for (const kind of Object.keys(components))
    components[kind] = Object.fromEntries(Object.entries(components[kind]).sort(([a], [b]) => a.localeCompare(b)))

  const extract = {
    'x-extract': {
      package: PACKAGE,
      version: VERSION,
      file: DESCRIPTION.replace(/^package\//, ''),
      integrity: packed[0].integrity,
      operations: OPERATION_IDS,
      generatedBy: 'scripts/extract-github-openapi.mjs'
    },
    openapi: spec.openapi,
    info: { title: spec.info.title, version: spec.info.version },
    servers: spec.servers,
    paths,
    components
  }
  writeFileSync(OUTPUT, JSON.stringify(extract, null, 2) + '\n')
  const count = Object.values(components).reduce((n, group) => n + Object.keys(group).length, 0)
  console.log(
    `wrote ${OUTPUT}: ${found.size} operations, ${count} components, from ${PACKAGE}@${VERSION} (${spec.openapi})`
  )
} finally {
  rmSync(temp, { recursive: true, force: true })
}
