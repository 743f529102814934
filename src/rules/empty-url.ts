import type { Rule, RuleReport } from './types.js'

/** The transports that connect to a url. */
const REMOTE = new Set(['http', 'sse', 'ws'])

/**
 * A remote server whose url is the empty string. Hosts' own formats accept `"url": ""` (it is a string),
 * so the schema is silent, but the client cannot parse it ("Invalid URL") and the server never connects.
 * A stdio entry that also carries `"url": ""` (Amazon Q's generated stubs) is started by its command and
 * is not reported; neither is a disabled entry (a stub kept to fill in later). A url of only whitespace
 * is `surrounding-whitespace`'s.
 */
export const emptyUrl: Rule = {
  id: 'empty-url',
  defaultSeverity: 'error',
  description: 'A remote server whose url is empty.',
  // Codex's schema also rejects "" as a URL, at the same place: one finding, this one.
  supersedes: ['schema-format'],
  messages: {
    empty: 'server "{{server}}" has an empty url, so {{host}} cannot connect to it'
  },
  checkFile({ host, servers }) {
    const reports: RuleReport[] = []
    for (const server of servers) {
      if (server.disabled || server.url !== '' || !REMOTE.has(server.transport) || !server.fields.url) continue
      reports.push({
        messageId: 'empty',
        data: { server: server.name, host: host.name },
        help: `${host.name} connects to a remote server at its url; an empty one is not a URL ("Invalid URL"), so the server never connects and its tools are missing. Write the server's endpoint (e.g. "https://mcp.example.com/mcp"), or a placeholder the host fills in, or remove the entry.`,
        at: server.fields.url,
        server: server.name
      })
    }
    return reports
  }
}
