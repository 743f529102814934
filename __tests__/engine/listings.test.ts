import { mkdirSync, mkdtempSync, realpathSync, symlinkSync, writeFileSync, type Dirent } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { FolderListings } from '../../src/discover.js'
import { lint } from '../../src/engine.js'

// Discovery's walk keeps what it listed, and "does this path exist?" about a listed folder is answered from
// it: these hold those answers to what the file system (existsInside) says.

const entries = (...names: string[]): Dirent[] => names.map((name) => ({ name }) as Dirent)

const mcpJson = (servers: Record<string, unknown>): string => JSON.stringify({ mcpServers: servers }, null, 2) + '\n'

/** The servers missing-script reports, with the path it looked for. */
async function missingScripts(cwd: string, paths: string[]): Promise<string[]> {
  const { report } = await lint({ paths, cwd })
  return report.diagnostics
    .filter((d) => d.ruleId === 'missing-script')
    .map((d) => `${d.file} ${d.server} ${String(d.data?.path)}`)
}

describe('folder listings', () => {
  it('say a name is absent only when no listed name could be it on a case- or normalisation-insensitive file system', () => {
    const listings = new FolderListings()
    listings.record('/r/a', entries('Server.js', 'cafe\u0301.js', 'STRASSE.js', 'other'))
    expect(listings.absent('/r/a/server.js')).toBe(false)
    expect(listings.absent('/r/a/SERVER.JS')).toBe(false)
    expect(listings.absent('/r/a/caf\u00e9.js')).toBe(false)
    expect(listings.absent('/r/a/stra\u00dfe.js')).toBe(false)
    expect(listings.absent('/r/a/missing.js')).toBe(true)
    // Below a listed folder, by the first part of the path under it.
    expect(listings.absent('/r/a/x/missing.js')).toBe(true)
    expect(listings.absent('/r/a/other/missing.js')).toBe(false)
    expect(listings.absent('/r/a/server.js/x')).toBe(false)
    // A folder not listed, nor any above it, is not known.
    expect(listings.absent('/r/b/missing.js')).toBe(false)
    expect(listings.absent('/missing.js')).toBe(false)
  })

  it('answer for the walked tree: a script there is found, one not there is reported', async () => {
    const root = realpathSync(mkdtempSync(path.join(tmpdir(), 'mcpcop-listed-')))
    mkdirSync(path.join(root, 'server'))
    writeFileSync(path.join(root, 'server', 'index.js'), '')
    writeFileSync(
      path.join(root, '.mcp.json'),
      mcpJson({
        ok: { command: 'node', args: ['server/index.js'] },
        gone: { command: 'node', args: ['server/main.js'] }
      })
    )
    expect(await missingScripts(root, ['.'])).toEqual(['.mcp.json gone server/main.js'])
  })

  it('tell a plugin folder (its manifest listed) from a project folder', async () => {
    const root = realpathSync(mkdtempSync(path.join(tmpdir(), 'mcpcop-listed-')))
    const bare = JSON.stringify({ s: { command: 'node', args: ['x.js'] } })
    for (const folder of ['plugin', 'project']) {
      mkdirSync(path.join(root, folder))
      writeFileSync(path.join(root, folder, '.mcp.json'), bare)
    }
    mkdirSync(path.join(root, 'plugin', '.claude-plugin'))
    writeFileSync(path.join(root, 'plugin', '.claude-plugin', 'plugin.json'), '{"name":"p"}')
    const { report } = await lint({ paths: ['.'], cwd: root })
    expect(report.diagnostics.filter((d) => d.messageId === 'bareServerMap').map((d) => d.file)).toEqual([
      'project/.mcp.json'
    ])
  })

  it('do not answer for a path that leads out of the working folder: it is reported present', async () => {
    const repo = realpathSync(mkdtempSync(path.join(tmpdir(), 'mcpcop-listed-')))
    mkdirSync(path.join(repo, 'sub'))
    writeFileSync(path.join(repo, '.mcp.json'), JSON.stringify({ s: { command: 'node', args: ['x.js'] } }))
    const bareMaps = async (cwd: string, paths: string[]): Promise<string[]> =>
      (await lint({ paths, cwd })).report.diagnostics.filter((d) => d.messageId === 'bareServerMap').map((d) => d.file)
    // Checked from a sub-folder, the repository is outside the working folder: its plugin manifest is taken
    // as there (nothing is said of what is outside), so the bare map is a plugin's.
    expect(await bareMaps(path.join(repo, 'sub'), ['..'])).toEqual([])
    expect(await bareMaps(repo, ['.'])).toEqual(['.mcp.json'])
  })

  it('do not answer for a folder reached through a link that leaves the working folder and comes back', async () => {
    const base = realpathSync(mkdtempSync(path.join(tmpdir(), 'mcpcop-listed-')))
    const repo = path.join(base, 'repo')
    const outside = path.join(base, 'outside')
    mkdirSync(path.join(repo, 'real'), { recursive: true })
    mkdirSync(outside)
    // repo/a -> ../outside, and outside/c -> ../repo/real: repo/a/c is repo/real, by way of a folder outside.
    symlinkSync(outside, path.join(repo, 'a'))
    symlinkSync(path.join(repo, 'real'), path.join(outside, 'c'))
    writeFileSync(path.join(repo, 'real', '.mcp.json'), mcpJson({ s: { command: 'node', args: ['not-there.js'] } }))
    // existsInside meets the link out of the repository on the way, and so reports the script present.
    expect(await missingScripts(repo, ['a/c'])).toEqual([])
  })
})
