// The floor for the dry run: start the same stdio servers at once with the MCP SDK client,
// initialize, list tools, close. Nothing else: no config, no classification, no process-tree care.
import { Client } from '@modelcontextprotocol/sdk/client/index.js'
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js'
import { readFileSync } from 'node:fs'

const servers = Object.values(JSON.parse(readFileSync(process.argv[2], 'utf8')).mcpServers)
await Promise.all(
  servers.map(async ({ command, args }) => {
    const client = new Client({ name: 'floor', version: '0' })
    await client.connect(new StdioClientTransport({ command, args, stderr: 'ignore' }))
    await client.listTools()
    await client.close()
  })
)
