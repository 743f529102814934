/**
 * What MCP hosts print when a server fails, why, and how to tell the causes apart: the data behind
 * `mcpcop why` and the hints of `mcpcop doctor`. Every quoted text is one a host (or the MCP SDK a
 * host is built on) really prints, with the source that shows it; the tests check that each one is
 * recognised as its entry. Texts that circulate on third-party pages but that no host was found to
 * print (`Timeout after 30000ms waiting for server initialization`, `Server process exited with code
 * 1`, ...) are recognised by their fragments and listed in `UNCONFIRMED_TEXTS`.
 *
 * Entries are in order of precedence: a pasted log often holds a root cause (a stderr line such as
 * `Cannot find module`) and its symptom (`Connection closed`), and the first entry that matches is
 * the best explanation. So root causes come first, then transport failures, then symptoms, then the
 * generic "failed to connect" wrappers that say nothing of the cause.
 */

/** A dry-run failure kind (src/dryrun/classify.ts) or skip kind an entry explains. */
export type DryRunKind = string

/**
 * Which configured servers an error can be about when its text names no server, command or URL:
 * every stdio server, every remote one, those started by a package runner, or none in particular.
 */
export type Suspects = 'stdio' | 'remote' | 'package-runner' | 'any' | 'none'

export interface HostText {
  /** The text as a host prints it (a placeholder such as `<url>` stands for the varying part). */
  text: string
  /** Who prints it. */
  hosts: readonly string[]
  /** Where it is shown: an issue (`owner/repo#n`), a source file, or a documentation page. */
  source: string
}

export interface Cause {
  /** A letter the checks refer to. */
  id: string
  text: string
  /** The cause applies only on this platform. */
  platform?: 'win32' | 'darwin'
}

export interface Check {
  /** What to run or look at. */
  check: string
  /** What each outcome tells, by the causes' letters. */
  tells: string
}

export interface WhyEntry {
  /** Stable id: `mcpcop why <id>` shows the entry. */
  id: string
  /** One line: what happened. */
  title: string
  /**
   * Regular expressions over one line of the pasted text (without the `g` flag). Named groups say what
   * the error is about: `command` (a program), `endpoint` (host:port), `host` (a host name),
   * `package` (an npm package), `variable` (a placeholder left unexpanded), `server` (a server name).
   */
  patterns: readonly RegExp[]
  texts: readonly HostText[]
  causes: readonly Cause[]
  checks: readonly Check[]
  fix: readonly string[]
  /** The servers to list when the text itself names none. */
  suspects: Suspects
  /** The dry run's failure kinds this entry explains, so `doctor` can point to it. */
  dryRunKinds: readonly DryRunKind[]
}

const SDK_HOSTS = ['Claude Desktop', 'Cursor', 'VS Code', 'Cline', 'Roo Code']

export const CATALOGUE: readonly WhyEntry[] = [
  {
    id: 'unexpanded-variable',
    title: 'a placeholder reached the server unexpanded',
    patterns: [/(?<variable>\$\{[A-Za-z_][\w:.-]*\}|%[A-Za-z_]\w*%)[^\n]*\b(?:ENOENT|not found|no such file)/i],
    texts: [
      {
        text: 'spawn ${APPDATA}/npm/npx ENOENT',
        hosts: ['Claude Desktop'],
        source:
          'modelcontextprotocol/modelcontextprotocol docs/docs/develop/connect-local-servers.mdx (troubleshooting: "${APPDATA}" in paths)'
      }
    ],
    causes: [
      {
        id: 'a',
        text: 'the host does not expand this placeholder syntax (Claude Desktop expands none; Cursor and VS Code want ${env:X}, Claude Code ${X}, opencode {env:X})'
      },
      { id: 'b', text: 'the variable is not set in the environment the host was started with' }
    ],
    checks: [
      { check: 'mcpcop on the config (the foreign-placeholder rule)', tells: 'reported → a' },
      { check: 'echo the variable in the shell that starts the host', tells: 'empty → b' }
    ],
    fix: [
      'write the placeholder in the host\'s own syntax, or write the value itself (Claude Desktop: the expanded path, e.g. "APPDATA": "C:\\\\Users\\\\you\\\\AppData\\\\Roaming" in "env")'
    ],
    suspects: 'none',
    dryRunKinds: ['needs-variable']
  },
  {
    id: 'untrusted-folder',
    title: "the host does not start a project's stdio servers in a folder it does not trust",
    patterns: [/MCP server '(?<server>[^'\n]{1,200})' uses stdio transport but current folder is not trusted/i],
    texts: [
      {
        text: "MCP server 'github' uses stdio transport but current folder is not trusted. Use 'gemini trust' to enable it.",
        hosts: ['Gemini CLI'],
        source: 'npm @google/gemini-cli 0.61.0, packages/core/src/tools/mcp-client.ts createTransport'
      }
    ],
    causes: [
      {
        id: 'a',
        text: "folder trust is on (the default) and this folder is not in ~/.gemini/trustedFolders.json: Gemini CLI starts no stdio server from the project's settings until it is trusted"
      }
    ],
    checks: [{ check: 'is the folder (or a parent) listed in ~/.gemini/trustedFolders.json?', tells: 'no → a' }],
    fix: [
      "trust the folder once you have read its .gemini/settings.json (run 'gemini trust' in it, or answer the trust prompt), since its servers then run with your rights"
    ],
    suspects: 'stdio',
    dryRunKinds: []
  },
  {
    id: 'module-not-found',
    title: 'the server started, but a file or module it needs is missing',
    patterns: [/\bERR_MODULE_NOT_FOUND\b/i, /Cannot find (?:module|package) ['"]?(?<package>[^'"\s]+)?/i],
    texts: [
      {
        text: "Error [ERR_MODULE_NOT_FOUND]: Cannot find module '/home/me/server/dist/index.js'",
        hosts: ["any host (Node.js, in the server's stderr)"],
        source: 'ayeletstudioindia/unreal-analyzer-mcp#6; CircleCI-Public/mcp-server-circleci#50'
      },
      {
        text: "Error: Cannot find module 'zod'",
        hosts: ["any host (Node.js, in the server's stderr)"],
        source: 'MatanYemini/bitbucket-mcp#72'
      }
    ],
    causes: [
      { id: 'a', text: 'a local server was never built: its dist/ (or build/) folder is missing' },
      {
        id: 'b',
        text: 'a relative path in "args" is resolved against another folder than you expect (the host\'s cwd)'
      },
      { id: 'c', text: 'a broken publish of the package, or a corrupt npx cache (~/.npm/_npx)' }
    ],
    checks: [
      { check: 'does the script named in "args" exist (ls <path>)?', tells: 'missing → a or b' },
      { check: 'is the path in "args" absolute?', tells: 'relative → b' },
      { check: 'npm cache verify, then run the npx command by hand', tells: 'works after clearing ~/.npm/_npx → c' }
    ],
    fix: ['build the server (npm run build), use an absolute path in "args", or clear ~/.npm/_npx'],
    suspects: 'stdio',
    dryRunKinds: []
  },
  {
    id: 'npx-no-executable',
    title: 'npx found the package but not a program in it to run',
    patterns: [/npm (?:ERR!|error) could not determine executable to run/i],
    texts: [
      {
        text: 'npm error could not determine executable to run',
        hosts: ["any host (npm, in the server's stderr)"],
        source: 'npm/cli workspaces/libnpmexec/lib/get-bin-from-manifest.js'
      }
    ],
    causes: [
      { id: 'a', text: 'the package has no "bin": it is a library or SDK, not the server (a wrong package name)' },
      {
        id: 'b',
        text: 'the package has several programs and none is named like the package: npx cannot choose one'
      }
    ],
    checks: [
      {
        check: 'npm view <package> bin',
        tells: 'nothing → a (find the server package); several names → b'
      }
    ],
    fix: [
      'name the server package in "args", or choose its program: "npx", ["-y", "--package", "<package>", "<program>"]'
    ],
    suspects: 'package-runner',
    dryRunKinds: []
  },
  {
    id: 'npm-package-not-found',
    title: 'npx could not find the package in the npm registry',
    patterns: [
      /npm (?:ERR!|error) (?:code )?E404/i,
      /404 Not Found - GET https?:\/\/\S+?\/(?<package>@?[^\s/]+(?:\/[^\s/@]+)?)(?:\s|$)/i,
      /'(?<package>@?[^'@\s]+(?:\/[^'@\s]+)?)@[^']*' is not in (?:this|the npm) registry/i
    ],
    texts: [
      {
        text: "npm error 404 '@modelcontextprotocol/server-foo@*' is not in this registry.",
        hosts: ["any host (npm, in the server's stderr)"],
        source: 'mem0ai/mem0-mcp#10; e2b-dev/mcp-server#3'
      },
      {
        text: 'npm ERR! code E404',
        hosts: ["any host (npm, in the server's stderr)"],
        source: 'mem0ai/mem0-mcp#10'
      }
    ],
    causes: [
      { id: 'a', text: 'a typo in the package name, or a scoped name missing its "@"' },
      { id: 'b', text: 'the package is private or unpublished: npm needs credentials (.npmrc) it does not have' }
    ],
    checks: [
      { check: 'npm view <package> name', tells: 'E404 for you too → a (or b for a private package); found → b' }
    ],
    fix: ['correct the package name in "args", or give npm the registry credentials (.npmrc)'],
    suspects: 'package-runner',
    dryRunKinds: []
  },
  {
    id: 'missing-setting',
    title: 'the server exited because a variable or API key it needs is not set',
    patterns: [
      /\b(?<variable>[A-Z][A-Z0-9_]{2,})\b[^\n]{0,40}\b(?:is not set|is required|must be set|not found in environment|environment variable (?:is )?(?:missing|required))/,
      /\b(?:api[_ -]?key|token)\b[^\n]{0,40}\b(?:is required|is missing|not (?:set|provided|found))/i,
      /missing (?:required )?(?:environment variable|api[_ -]?key)s?:? ?(?<variable>[A-Z][A-Z0-9_]{2,})?/i
    ],
    texts: [
      {
        text: 'Error: BRAVE_API_KEY environment variable is required',
        hosts: ["any host (the server's stderr)"],
        source: "falahgs/Brave-Gemini-Research-MCP-Server src/config.ts (the Brave Search server's start-up check)"
      }
    ],
    causes: [
      { id: 'a', text: 'the variable is not in the config\'s "env"' },
      {
        id: 'b',
        text: 'it is exported in your shell, but the host passes servers only a few variables: the MCP SDK default is HOME, LOGNAME, PATH, SHELL, TERM, USER (Windows: APPDATA, PATH, USERPROFILE and a few more); Codex has its own allow-list'
      },
      { id: 'c', text: 'a GUI app (Claude Desktop, Cursor, VS Code from the Dock) never saw your shell profile' }
    ],
    checks: [
      { check: 'is the variable in the entry\'s "env"?', tells: 'no → a or b' },
      { check: 'does the server start from a terminal with the same command?', tells: 'yes → b or c' }
    ],
    fix: [
      'put the variable in the entry\'s "env" (with the host\'s placeholder syntax for a secret), or for Codex list it in "env_vars"'
    ],
    suspects: 'stdio',
    dryRunKinds: []
  },
  {
    id: 'windows-cmd-shim',
    title: 'Windows: the host cannot start npx (a .cmd shim) without a shell',
    patterns: [
      /spawn (?<command>[^\n]+?) EINVAL/i,
      /\bspawn EINVAL\b/i,
      /Windows requires 'cmd \/c' wrapper to execute (?<command>\S+)/i
    ],
    texts: [
      {
        text: 'spawn npx EINVAL',
        hosts: ['Claude Code', 'Cline', 'Roo Code', 'Copilot CLI'],
        source: 'nodejs/node#52681; cline/cline#902, #3665; anthropics/claude-code#68221; github/copilot-cli#3576'
      },
      {
        text: "Windows requires 'cmd /c' wrapper to execute npx",
        hosts: ['Claude Code /doctor (before 2.1.119)'],
        source: 'SuperClaude-Org/SuperClaude_Framework#390; claude-code-docs docs/changelog.md (2.1.119)'
      }
    ],
    causes: [
      {
        id: 'a',
        text: 'since Node 18.20.2 / 20.12.2 (CVE-2024-27980) Node refuses to spawn .cmd and .bat files without a shell, and npx, uvx and pnpm are .cmd shims on Windows',
        platform: 'win32'
      },
      {
        id: 'b',
        text: 'the "/c" of "cmd /c" was rewritten to "C:/" by Git Bash or PowerShell when the server was added from the command line (anthropics/claude-code#36808)',
        platform: 'win32'
      }
    ],
    checks: [
      { check: 'where npx (it prints npx.cmd)', tells: 'a .cmd → a' },
      { check: 'is args[0] "C:/" or "C:" instead of "/c"?', tells: 'yes → b' }
    ],
    fix: [
      '"command": "cmd", "args": ["/c", "npx", "-y", "<package>"] (hosts built on the MCP SDK ≥ 1.8 find npx.cmd themselves)'
    ],
    suspects: 'package-runner',
    dryRunKinds: []
  },
  {
    id: 'not-recognized',
    title: 'Windows: cmd.exe could not find the program',
    patterns: [/'(?<command>[^'\n]+)' is not recognized as an internal or external command/i],
    texts: [
      {
        text: "'npx' is not recognized as an internal or external command, operable program or batch file.",
        hosts: ["any host on Windows (cmd.exe, in the server's stderr)"],
        source: 'Kochava-Studios/witsy#293'
      }
    ],
    causes: [
      { id: 'a', text: 'the program is not installed', platform: 'win32' },
      {
        id: 'b',
        text: 'it is installed, but its folder is not on the PATH the host (and so cmd /c) sees',
        platform: 'win32'
      }
    ],
    checks: [
      {
        check: 'where <program> in a new terminal',
        tells: 'not found → a; found → b (restart the host after installing)'
      }
    ],
    fix: ['install it, restart the host so it sees the new PATH, or write the absolute path of the program'],
    suspects: 'stdio',
    dryRunKinds: []
  },
  {
    id: 'command-not-found',
    title: 'the host could not find the program named in "command"',
    patterns: [
      /spawn (?<command>[^\n]+?) ENOENT/i,
      /command not found: (?<command>\S+)/i,
      /(?:^|\s)(?<command>[\w./-]+): command not found/i,
      /\bprogram not found\b/i,
      /failed to spawn command/i,
      /No such file or directory \(os error 2\)/i
    ],
    texts: [
      {
        text: 'spawn npx ENOENT',
        hosts: SDK_HOSTS,
        source: 'modelcontextprotocol/servers#64, #760'
      },
      {
        text: 'Connection failed: spawn npx ENOENT',
        hosts: ['Cursor'],
        source: 'freepik-company/freepik-mcp#10'
      },
      {
        text: 'Connection state: Error spawn uv ENOENT',
        hosts: ['VS Code'],
        source: 'juehang/vscode-mcp-server#6'
      },
      {
        text: 'MCP client for `fs` failed to start: program not found',
        hosts: ['Codex'],
        source: 'openai/codex#2905'
      },
      {
        text: 'context server failed to start: failed to spawn command',
        hosts: ['Zed'],
        source: 'zed-industries/zed#45757'
      }
    ],
    causes: [
      { id: 'a', text: 'the program is not installed on this machine' },
      {
        id: 'b',
        text: "it is installed, but not on the PATH the host sees: a GUI app on macOS starts with launchd's PATH (/usr/bin:/bin:/usr/sbin:/sbin), without nvm, /opt/homebrew/bin or ~/.local/bin (uv, uvx)",
        platform: 'darwin'
      },
      {
        id: 'c',
        text: 'a bare "npx" or "uvx" (a .cmd shim) in a host that starts programs without a shell',
        platform: 'win32'
      },
      { id: 'd', text: 'the "cwd" of the entry does not exist: Node reports that as "spawn <command> ENOENT" too' },
      { id: 'e', text: 'a typo, or a "~" in the command, which nothing expands without a shell' }
    ],
    checks: [
      {
        check: 'command -v <command> in your shell (Windows: where <command>)',
        tells: 'not found → a or e; found → b, c or d'
      },
      {
        check: 'the folder it resolves to',
        tells: 'under ~/.nvm, /opt/homebrew or ~/.local/bin, with a GUI host → b'
      },
      { check: 'does the entry\'s "cwd" exist?', tells: 'no → d' },
      { check: 'Windows, and the command has no .exe or .cmd', tells: 'yes → c' }
    ],
    fix: [
      'write the absolute path of the program (command -v <command> prints it)',
      'or give the entry "env": { "PATH": "..." } with the program\'s folder',
      'Windows: "command": "cmd", "args": ["/c", "npx", ...]'
    ],
    suspects: 'stdio',
    dryRunKinds: ['command-not-found', 'cwd-not-found']
  },
  {
    id: 'not-executable',
    title: 'the program exists but cannot be executed',
    patterns: [/spawn (?<command>[^\n]+?) EACCES/i, /\bEACCES\b/, /permission denied/i],
    texts: [
      {
        text: 'spawn /home/me/bin/server EACCES',
        hosts: ['any host built on Node.js'],
        source: 'Node.js child_process errno (generic; no host-specific report was found)'
      }
    ],
    causes: [
      { id: 'a', text: 'the file is not marked executable (chmod +x was never run, or git lost the bit)' },
      { id: 'b', text: 'the path is a directory, or a script without a "#!" line' },
      { id: 'c', text: 'the file system is mounted noexec' }
    ],
    checks: [
      { check: 'ls -l <command>', tells: 'no x bit → a; a directory → b' },
      { check: 'head -1 <command>', tells: 'no #! line → b' }
    ],
    fix: ['chmod +x the file, or start it through its interpreter ("command": "node", "args": ["<script>"])'],
    suspects: 'stdio',
    dryRunKinds: ['command-not-executable']
  },
  {
    id: 'port-in-use',
    title: 'the server wants a port that another process holds',
    patterns: [/\bEADDRINUSE\b(?:[^\n]*?(?<endpoint>(?:\[[0-9a-f:]+\]|[\w.-]+):\d+))?/i, /address already in use/i],
    texts: [
      {
        text: 'Error: listen EADDRINUSE: address already in use :::3000',
        hosts: ["any host (the server's stderr)"],
        source: 'boshyxd/robloxstudio-mcp#42; shinzo-labs/gmail-mcp#84; huggingface/hf-mcp-server#238'
      }
    ],
    causes: [
      { id: 'a', text: 'a second copy of the server runs: two hosts are open, or the host started it twice' },
      { id: 'b', text: 'a stale process from an earlier session still holds the port' }
    ],
    checks: [
      {
        check: 'lsof -i :<port> (Windows: netstat -ano | findstr :<port>)',
        tells: 'another copy of the server → a or b'
      }
    ],
    fix: ['stop the other process, or give the server another port'],
    suspects: 'stdio',
    dryRunKinds: []
  },
  {
    id: 'stdout-pollution',
    title: 'the server wrote something other than JSON-RPC on stdout',
    patterns: [
      /Unexpected token '?[^'\n]*'?,? "[^\n]*" is not valid JSON/i,
      /is not valid JSON/i,
      /\bUnexpected token\b/i,
      /\bInvalid JSON\b/i,
      /EOF while parsing/i
    ],
    texts: [
      {
        text: 'Unexpected token \'S\', "Starting server..." is not valid JSON',
        hosts: SDK_HOSTS,
        source: 'yoshiko-pg/o3-search-mcp#11; sbroenne/mcp-server-excel#636'
      },
      {
        text: 'Client error for command Unexpected token',
        hosts: ['Cursor'],
        source: 'microsoft/azure-devops-mcp#147'
      },
      {
        text: 'Invalid JSON: EOF while parsing a value',
        hosts: ['Codex', 'Zed (Rust MCP clients)'],
        source: 'run-llama/mcp-server-llamacloud#5; Kapeli/dash-mcp-server#10'
      }
    ],
    causes: [
      { id: 'a', text: 'the server logs to stdout (console.log, Python print) instead of stderr' },
      {
        id: 'b',
        text: 'a package manager prints on stdout before the server starts (npx install notices, uv messages, dotenv tips)'
      }
    ],
    checks: [
      {
        check: 'run the command by hand and look at the first line it prints',
        tells: 'not a line starting with "{" → a (a server\'s own log) or b (npm, uv, dotenv)'
      }
    ],
    fix: ['send logs to stderr (console.error, print(..., file=sys.stderr)); npx -y --quiet; dotenv { quiet: true }'],
    suspects: 'stdio',
    dryRunKinds: ['stdout-corrupted']
  },
  {
    id: 'protocol-version',
    title: 'the server and the host speak no common MCP protocol version',
    patterns: [/protocol version is not supported/i, /Unsupported protocol version/i],
    texts: [
      {
        text: "Server's protocol version is not supported: 2024-10-07",
        hosts: SDK_HOSTS,
        source: 'modelcontextprotocol/typescript-sdk src/client/index.ts'
      },
      {
        text: 'MCP error -32602: Unsupported protocol version',
        hosts: ['any host'],
        source: 'punkpeye/mcp-remote#66; jonnyzzz/mcp-steroid#482'
      }
    ],
    causes: [{ id: 'a', text: 'an old MCP SDK on one side (the server, or an old host)' }],
    checks: [
      {
        check: "the protocolVersion in the server's initialize answer (mcpcop doctor shows it)",
        tells: 'older than the host supports → a'
      }
    ],
    fix: ['update the server (or the host)'],
    suspects: 'any',
    dryRunKinds: ['unsupported-protocol-version']
  },
  {
    id: 'method-not-found',
    title: 'the host asked for something the server does not offer',
    patterns: [/-32601\b/, /Method not found/i, /Method '[^'\n]+' not found/i],
    texts: [
      {
        text: 'MCP error -32601: Method not found',
        hosts: ['Cursor', 'Cline', 'opencode'],
        source: 'FreePeak/db-mcp-server#35; upstash/context7#2527; modelcontextprotocol/typescript-sdk#929'
      },
      {
        text: 'Error listing offerings: MCP error -32601: Method not found',
        hosts: ['Cursor'],
        source: 'FreePeak/db-mcp-server#35'
      }
    ],
    causes: [
      {
        id: 'a',
        text: 'the host lists prompts or resources of a server that does not declare them: usually harmless noise, but some hosts (opencode, Cline) drop the server'
      },
      { id: 'b', text: 'a very old server' }
    ],
    checks: [
      {
        check: 'the capabilities in the initialize answer (mcpcop doctor lists tools, prompts, resources)',
        tells: 'the method is not among them → a'
      }
    ],
    fix: ['nothing to fix when the tools work; otherwise update the server'],
    suspects: 'any',
    dryRunKinds: ['protocol-error']
  },
  {
    id: 'connection-refused',
    title: 'nothing listens at the address in "url"',
    patterns: [
      /ECONNREFUSED(?: (?<endpoint>(?:\[[0-9a-f:]+\]|[0-9a-f]*:[0-9a-f:]+|[\w.-]+):\d+))?/i,
      /MCP server ["'](?<server>[^"'\n]+)["'] connection refused/i,
      /connection refused/i
    ],
    texts: [
      {
        text: 'connect ECONNREFUSED 127.0.0.1:3100',
        hosts: ['any host built on Node.js (often inside "TypeError: fetch failed")'],
        source: 'punkpeye/mcp-remote#43; mobile-next/mobile-mcp#20'
      },
      {
        text: 'SSE error: TypeError: fetch failed: connect ECONNREFUSED ::1:8080',
        hosts: ['mcp-remote', ...SDK_HOSTS],
        source: 'punkpeye/mcp-remote#43'
      }
    ],
    causes: [
      {
        id: 'a',
        text: 'the HTTP or SSE server is not running (it must be started separately; the host only connects)'
      },
      { id: 'b', text: 'a wrong port in "url"' },
      {
        id: 'c',
        text: 'it listens on IPv6 ::1 and the client connects to 127.0.0.1 (or the reverse; "localhost" can be either)'
      },
      { id: 'd', text: 'it runs in a container whose port is not published' }
    ],
    checks: [
      { check: 'curl -sI http://<host>:<port>/ (or mcpcop doctor)', tells: 'refused → a, b or d' },
      {
        check: 'lsof -i :<port> (Windows: netstat -ano | findstr :<port>)',
        tells: 'nothing → a or b; bound to ::1 only → c'
      },
      { check: 'docker ps (the PORTS column)', tells: 'no 0.0.0.0:<port>-> mapping → d' }
    ],
    fix: [
      'start the server first, correct the port, use 127.0.0.1 or [::1] explicitly, or publish the container port (-p)'
    ],
    suspects: 'remote',
    dryRunKinds: ['connection-refused']
  },
  {
    id: 'dns',
    title: 'the host name in "url" does not resolve',
    patterns: [/getaddrinfo (?:ENOTFOUND|EAI_AGAIN) (?<host>[^\s,)]+)/i, /\bENOTFOUND\b/, /\bEAI_AGAIN\b/],
    texts: [
      {
        text: 'SSE error: TypeError: fetch failed: getaddrinfo ENOTFOUND mcp.example.com',
        hosts: ['mcp-remote', ...SDK_HOSTS],
        source: 'punkpeye/mcp-remote#43'
      }
    ],
    causes: [
      { id: 'a', text: 'a typo in the host name' },
      { id: 'b', text: 'no network, or a VPN the host needs is down' },
      { id: 'c', text: 'a placeholder left unexpanded in the URL (its text became the host name)' }
    ],
    checks: [
      { check: 'nslookup <host>', tells: 'fails here too → a or b' },
      { check: 'does the url contain "${" or "{env:"?', tells: 'yes → c' }
    ],
    fix: ["correct the host, connect the VPN, or write the placeholder in the host's own syntax"],
    suspects: 'remote',
    dryRunKinds: ['dns']
  },
  {
    id: 'tls',
    title: "the server's TLS certificate is not trusted",
    patterns: [
      /self[- ]signed certificate/i,
      /SELF_SIGNED_CERT_IN_CHAIN|DEPTH_ZERO_SELF_SIGNED_CERT/,
      /UNABLE_TO_GET_ISSUER_CERT(?:_LOCALLY)?/,
      /unable to verify the first certificate/i,
      /CERT_HAS_EXPIRED|certificate has expired/i
    ],
    texts: [
      {
        text: 'TypeError: fetch failed: self-signed certificate in certificate chain',
        hosts: ['VS Code', ...SDK_HOSTS],
        source: 'microsoft/vscode#270655; czlonkowski/n8n-mcp#440'
      },
      {
        text: 'unable to get local issuer certificate (UNABLE_TO_GET_ISSUER_CERT_LOCALLY)',
        hosts: ['any host built on Node.js'],
        source: 'upstash/context7#2271; microsoft/copilot-eclipse-feedback#65'
      }
    ],
    causes: [
      { id: 'a', text: 'a corporate proxy or a private CA re-signs the traffic' },
      { id: 'b', text: "the server's certificate is self-signed or expired" }
    ],
    checks: [
      { check: 'curl -v https://<host>/ (the issuer line)', tells: "your company's CA → a; the server itself → b" }
    ],
    fix: [
      'Node hosts: NODE_EXTRA_CA_CERTS=<ca.pem> in the environment the host starts with; fix or renew the certificate'
    ],
    suspects: 'remote',
    dryRunKinds: ['tls']
  },
  {
    id: 'needs-auth',
    title: 'the server refused the request without valid credentials',
    patterns: [
      /\b(?:HTTP |status(?: code)? |Error |\()?40[13]\b[^\n]*(?:status|unauthori[sz]ed|forbidden|POSTing|sending)/i,
      /\bUnauthori[sz]ed\b/i,
      /Needs authentication/i,
      /requires authentication/i,
      /is not logged in/i,
      /The (?<server>\S+) MCP server is not logged in/i
    ],
    texts: [
      {
        text: '! Needs authentication',
        hosts: ['Claude Code (claude mcp list)'],
        source: 'claude-code-docs docs/mcp.md @ec68a5b'
      },
      {
        text: 'Error 401 status sending message to https://example.com/mcp',
        hosts: ['VS Code'],
        source: 'obot-platform/obot#3268'
      },
      {
        text: 'Error POSTing to endpoint (HTTP 401): Unauthorized',
        hosts: SDK_HOSTS,
        source: 'modelcontextprotocol/typescript-sdk src/client/sse.ts'
      },
      {
        text: "MCP server 'github' requires authentication using: /mcp auth github",
        hosts: ['Gemini CLI'],
        source: 'google-gemini/gemini-cli packages/core/src/tools/mcp-client.ts @5411f11'
      },
      {
        text: 'The linear MCP server is not logged in. Run `codex mcp login linear`.',
        hosts: ['Codex'],
        source: 'openai/codex codex-rs/core (mcp_init_error_display)'
      }
    ],
    causes: [
      { id: 'a', text: 'a missing or expired token' },
      {
        id: 'b',
        text: 'a variable used in "headers" is unset, so the header went out as "Bearer " with nothing after it'
      },
      { id: 'c', text: 'the header name or form is wrong (Authorization: Bearer <token>)' },
      {
        id: 'd',
        text: 'the server uses OAuth and the sign-in was never completed (claude /mcp, codex mcp login, gemini /mcp auth)'
      }
    ],
    checks: [
      { check: 'echo the variables "headers" reads, in the environment the host starts with', tells: 'empty → b' },
      {
        check: 'curl -sI -H "Authorization: Bearer $TOKEN" <url>',
        tells: '401 with the token → a or c; 200 → the host sends something else (b or c)'
      },
      { check: 'does the server document OAuth?', tells: 'yes → d' }
    ],
    fix: ["renew the token, set the variable where the host starts, or complete the host's OAuth sign-in"],
    suspects: 'remote',
    dryRunKinds: ['needs-credentials', 'needs-oauth']
  },
  {
    id: 'endpoint-not-found',
    title: 'the URL answers, but not as the MCP transport the host expects',
    patterns: [
      /Error 404 status connecting to (?<url>\S+) as SSE/i,
      /404 status sending message to (?<url>\S+), will attempt to fall back to legacy SSE/i,
      /MCP endpoint not found at (?<url>\S+?)\.?(?:\s|$)/i,
      /Non-200 status code \((?:404|405)\)/i,
      /\(HTTP (?:404|405)\)/i,
      /\b40[45]\b[^\n]*(?:Not Found|Method Not Allowed)/i
    ],
    texts: [
      {
        text: 'MCP endpoint not found at https://example.com. Check the URL in your MCP config.',
        hosts: ['Claude Code'],
        source: 'claude-code-docs docs/mcp-quickstart.md @ec68a5b'
      },
      {
        text: 'Error 404 status connecting to https://example.com/mcp as SSE',
        hosts: ['VS Code'],
        source: 'marianfoo/mcp-sap-docs#27'
      },
      {
        text: '404 status sending message to https://example.com/sse, will attempt to fall back to legacy SSE',
        hosts: ['VS Code'],
        source: 'Azure-Samples/remote-mcp-apim-appservice-dotnet#2'
      },
      {
        text: 'SSE error: Non-200 status code (404)',
        hosts: SDK_HOSTS,
        source: 'modelcontextprotocol/typescript-sdk src/client/sse.ts (SseError)'
      }
    ],
    causes: [
      { id: 'a', text: 'a wrong path: Streamable HTTP servers usually serve /mcp, SSE servers /sse' },
      {
        id: 'b',
        text: 'a transport mismatch: a Streamable HTTP endpoint configured as SSE or the reverse (a typeless "url" means SSE to Cline and Qwen Code, Streamable HTTP to Gemini CLI, Cursor and VS Code)'
      }
    ],
    checks: [
      {
        check: 'POST an initialize request to the URL, and GET it with "Accept: text/event-stream"',
        tells: 'the POST works → it is Streamable HTTP; the GET streams → SSE; both 404 → a'
      }
    ],
    fix: ['correct the path, and give the entry the "type" the endpoint speaks'],
    suspects: 'remote',
    dryRunKinds: ['http-status']
  },
  {
    id: 'startup-timeout',
    title: 'the server did not answer "initialize" in time',
    patterns: [
      /timed out after (?<ms>\d+) ?ms/i,
      /Timeout after \d+ ?ms/i,
      /MCP error -32001\b/i,
      /Request timed out/i,
      /timed out after \d+(?:\.\d+)? ?(?:s|seconds)\b/i,
      /Context server request timeout/i,
      /took over \d+s/i,
      /\b30000 ?ms\b/i,
      /Waiting for server to respond to `initialize` request/i
    ],
    texts: [
      {
        text: 'Connection to MCP server "github" timed out after 30000ms',
        hosts: ['Claude Code (MCP_TIMEOUT, default 30000 ms)'],
        source: 'anthropics/claude-code#1611; Minidoracat/mcp-feedback-enhanced#131'
      },
      {
        text: 'Connection failed after 60031ms: MCP error -32001: Request timed out',
        hosts: ['Claude Code'],
        source: 'anthropics/claude-code#7575'
      },
      {
        text: 'MCP client for `docs` timed out after 10 seconds. Add or adjust `startup_timeout_sec` in your config.toml',
        hosts: ['Codex'],
        source: 'openai/codex#2905'
      },
      {
        text: 'Context server request timeout',
        hosts: ['Zed'],
        source: 'zed-industries/zed#52076'
      },
      {
        text: 'cancelled csp request task for "initialize" id 0 which took over 60s',
        hosts: ['Zed'],
        source: 'evalops/deep-code-reasoning-mcp#1'
      },
      {
        text: 'Waiting for server to respond to `initialize` request...',
        hosts: ['VS Code'],
        source: 'microsoft/vscode#308766'
      }
    ],
    causes: [
      {
        id: 'a',
        text: 'the first "npx -y" or "uvx" run downloads the package past the host\'s start-up limit (Claude Code 30 s, Codex 10-30 s, Crush 10 s, opencode 5 s, Cline CLI 1.5 s)'
      },
      { id: 'b', text: 'the server waits on stdin or a prompt (an interactive login, a question about a missing key)' },
      {
        id: 'c',
        text: 'the server hangs silently: it crashed in a way that kept the process alive, or waits for a variable'
      },
      { id: 'd', text: 'the program is an HTTP server configured as a stdio "command"' }
    ],
    checks: [
      {
        check: 'run the command once by hand (fills the npx/uv cache), then retry in the host',
        tells: 'works the second time → a'
      },
      {
        check: "the server's stderr (mcpcop doctor shows its last lines)",
        tells: 'a prompt → b; "listening on port" → d; nothing → c'
      }
    ],
    fix: [
      "warm the cache, or raise the host's limit (Claude Code: MCP_TIMEOUT=60000; Codex: startup_timeout_sec; Crush: timeout)",
      'give the server what it asks for in "env"',
      'configure an HTTP server by its "url" (started separately) instead of "command"'
    ],
    suspects: 'stdio',
    dryRunKinds: ['timeout']
  },
  {
    id: 'exited-early',
    title: 'the server process ended before it answered',
    patterns: [
      /(?:Process|Server process|server) exited with code (?<code>-?\d+)/i,
      /exited before responding to .?initialize/i,
      /transport closed unexpectedly/i,
      /MCP error -32000\b/i,
      /\bConnection closed\b/i,
      /\bClient closed\b/i,
      /handshaking with MCP server failed/i,
      /Server disconnected/i
    ],
    texts: [
      {
        text: 'MCP error -32000: Connection closed',
        hosts: SDK_HOSTS,
        source:
          'modelcontextprotocol/typescript-sdk src/types.ts (McpError), src/shared/protocol.ts; GLips/Figma-Context-MCP#77'
      },
      {
        text: 'Failed to reload client: MCP error -32000: Connection closed',
        hosts: ['Cursor'],
        source: 'GLips/Figma-Context-MCP#77'
      },
      {
        text: 'Server transport closed unexpectedly, this is likely due to the process exiting early.',
        hosts: ['Claude Desktop (mcp-server-<name>.log)'],
        source: 'modelcontextprotocol/servers#1748, #293; modelcontextprotocol/python-sdk#478'
      },
      {
        text: 'Server disconnected. For troubleshooting guidance, please visit our debugging documentation',
        hosts: ['Claude Desktop'],
        source: 'mims-harvard/ToolUniverse#36; aaddrick/claude-desktop-debian#79'
      },
      {
        text: 'Connection state: Error Process exited with code 1',
        hosts: ['VS Code (Output → MCP: <name>)'],
        source: 'Automattic/mcp-wordpress-remote#17; microsoft/azure-devops-mcp#59'
      },
      {
        text: 'Server exited before responding to `initialize` request.',
        hosts: ['VS Code'],
        source: 'microsoft/vscode src/vs/workbench/contrib/mcp (McpServerConnection); microsoft/vscode#308766'
      },
      {
        text: 'Client closed for command',
        hosts: ['Cursor (Output → MCP Logs)'],
        source: 'BrowserMCP/mcp#9; TSavo/printify-mcp#3'
      },
      {
        text: 'handshaking with MCP server failed: connection closed: initialize response',
        hosts: ['Codex'],
        source: 'openai/codex#11851; CoplayDev/unity-mcp#315'
      }
    ],
    causes: [
      {
        id: 'a',
        text: 'the server crashed at start: its last stderr line says why (a missing variable or API key, a wrong Node version, a missing module, an npm 404, bad arguments)'
      },
      { id: 'b', text: 'the command is not a server: a one-off tool that prints and exits (exit code 0)' },
      {
        id: 'c',
        text: 'Windows and Codex: a stripped environment (no SystemRoot) breaks the program',
        platform: 'win32'
      }
    ],
    checks: [
      {
        check: "the server's last stderr line (mcpcop doctor prints it; or run the command by hand)",
        tells: 'an error → a'
      },
      { check: 'the exit code', tells: '0 → b' }
    ],
    fix: ['fix what the last stderr line reports; see `mcpcop why "<that line>"`'],
    suspects: 'stdio',
    dryRunKinds: ['exited', 'spawn-failed']
  },
  {
    id: 'config-rejected',
    title: 'the host refused the entry itself, before starting anything',
    patterns: [
      /has a "url" but no "type"/i,
      /must explicitly specify 'type'/i,
      /unsupported mcp type/i,
      /requires a non-empty 'command' field/i,
      /is not supported for (?:stdio|streamable_http)/i,
      /\binvalid transport\b/i,
      /not valid MCP server configurations/i,
      /command: expected string, received undefined/i,
      /Rejected \(see disabledMcpjsonServers/i,
      /Pending approval/i
    ],
    texts: [
      {
        text: 'has a "url" but no "type"; add "type": "http" (or "sse" / "ws")',
        hosts: ['Claude Code (≥ 2.1.202)'],
        source: 'claude-code-docs docs/mcp.md @ec68a5b'
      },
      {
        text: "Configuration with 'url' must explicitly specify 'type' as 'sse' or 'streamable-http'.",
        hosts: ['Roo Code', 'Kilo Code'],
        source: 'RooCodeInc/Roo-Code src/services/mcp/McpHub.ts; Kilo-Org/kilocode src/services/mcp/McpHub.ts'
      },
      {
        text: 'unsupported mcp type: ',
        hosts: ['Crush'],
        source: 'charmbracelet/crush internal/agent/tools/mcp/init.go @37f36e9'
      },
      {
        text: "mcp stdio config requires a non-empty 'command' field",
        hosts: ['Crush'],
        source: 'charmbracelet/crush internal/agent/tools/mcp/init.go @37f36e9'
      },
      {
        text: '✘ Rejected (see disabledMcpjsonServers in settings)',
        hosts: ['Claude Code (claude mcp list)'],
        source: 'claude-code-docs docs/mcp.md @ec68a5b'
      },
      {
        text: '⏸ Pending approval',
        hosts: ['Claude Code (claude mcp list)'],
        source: 'claude-code-docs docs/mcp-quickstart.md @ec68a5b'
      }
    ],
    causes: [
      {
        id: 'a',
        text: 'the entry has the wrong shape for this host (a typeless "url", a missing "type" or "command", mixed transports)'
      },
      { id: 'b', text: "Claude Code: the project's .mcp.json server is not approved, or is rejected in settings" }
    ],
    checks: [
      { check: 'npx mcpcop (in the project) or npx mcpcop doctor', tells: 'a finding at the entry → a' },
      { check: 'claude mcp list, and the approval keys in .claude/settings*.json', tells: 'pending or rejected → b' }
    ],
    fix: [
      'fix the entry as mcpcop reports; approve the server in Claude Code (/mcp) or remove it from disabledMcpjsonServers'
    ],
    suspects: 'any',
    dryRunKinds: []
  },
  {
    id: 'network',
    title: 'the request failed below HTTP; the real cause is in the error\'s "cause"',
    patterns: [
      /\bfetch failed\b/i,
      /\bECONNRESET\b|\bETIMEDOUT\b|\bEHOSTUNREACH\b|\bENETUNREACH\b/i,
      /socket hang up/i
    ],
    texts: [
      {
        text: 'TypeError: fetch failed',
        hosts: ['VS Code', ...SDK_HOSTS],
        source: 'microsoft/vscode#244629, #270655'
      }
    ],
    causes: [
      { id: 'a', text: 'connection refused (nothing listens): see `mcpcop why connection-refused`' },
      { id: 'b', text: 'the host name does not resolve: see `mcpcop why dns`' },
      { id: 'c', text: 'a certificate problem: see `mcpcop why tls`' },
      { id: 'd', text: 'a proxy or firewall drops the connection' }
    ],
    checks: [
      {
        check: 'curl -v <url>, or mcpcop doctor (it reports the cause the host hides)',
        tells: 'refused → a; could not resolve → b; certificate → c; hangs → d'
      }
    ],
    fix: ['fix what the cause names'],
    suspects: 'remote',
    dryRunKinds: ['network']
  },
  {
    id: 'failed-to-connect',
    title: 'the host says only that the server failed; the cause is in its log',
    patterns: [
      /Failed to connect/i,
      /\bConnection failed\b/i,
      /Could not connect to MCP server/i,
      /Error connecting to MCP server '(?<server>[^'\n]+)'/i,
      /Failed to connect to server "(?<server>[^"\n]+)"/i,
      /MCP client for `(?<server>[^`\n]+)` failed to start/i,
      /MCP startup incomplete/i,
      /No server info found/i,
      /Failed to get tools/i,
      /Connection state: Error/i,
      /\bConnection error\b/i,
      /context server failed to start/i
    ],
    texts: [
      {
        text: '✘ Failed to connect',
        hosts: ['Claude Code (claude mcp list)'],
        source: 'claude-code-docs docs/mcp.md @ec68a5b'
      },
      {
        text: 'Could not connect to MCP server github',
        hosts: ['Claude Desktop'],
        source: 'modelcontextprotocol/servers#1748'
      },
      {
        text: "Error connecting to MCP server 'github': Connection failed",
        hosts: ['Gemini CLI', 'Qwen Code'],
        source: 'google-gemini/gemini-cli packages/core/src/tools/mcp-client.ts @5411f11'
      },
      {
        text: 'MCP startup incomplete (failed: github)',
        hosts: ['Codex'],
        source: 'openai/codex#33104'
      },
      {
        text: 'No server info found',
        hosts: ['Cursor'],
        source: 'modelcontextprotocol/servers#891'
      },
      {
        text: 'Failed to get tools',
        hosts: ['opencode'],
        source: 'anomalyco/opencode packages/opencode/src/mcp/index.ts @001133b'
      }
    ],
    causes: [
      { id: 'a', text: "any of the causes above: the message is a wrapper, and the host's log holds the real error" }
    ],
    checks: [
      {
        check:
          "the host's log: Claude Code `claude --debug` or `claude mcp list`; Claude Desktop ~/Library/Logs/Claude/mcp-server-<name>.log (Windows %APPDATA%\\Claude\\logs); Cursor and VS Code Output → MCP; Gemini CLI /mcp",
        tells: 'paste the error line it shows into `mcpcop why`'
      },
      { check: 'npx mcpcop doctor', tells: 'starts each server as the host would and names the cause' }
    ],
    fix: ["run `npx mcpcop doctor`, or find the real error in the host's log"],
    suspects: 'any',
    dryRunKinds: []
  }
]

/**
 * Texts quoted in bug reports and on troubleshooting pages that no host was found to print word for
 * word (research for issue 16, C.1). They are recognised by their fragments, as the entry named.
 */
export const UNCONFIRMED_TEXTS: readonly { text: string; entry: string; server?: string }[] = [
  { text: 'Timeout after 30000ms waiting for server initialization', entry: 'startup-timeout' },
  { text: 'Server process exited with code 1', entry: 'exited-early' },
  { text: 'MCP Error: Failed to connect to server "github"', entry: 'failed-to-connect', server: 'github' },
  { text: 'MCP server "github" connection refused', entry: 'connection-refused', server: 'github' }
]

/**
 * Lines of a host's log that name the server or the host without saying what went wrong, used with
 * any entry: a Claude Desktop log line starts with `[<server>]`, Codex quotes it in backticks.
 */
export const CONTEXT: readonly { pattern: RegExp; host?: string }[] = [
  {
    pattern: /^\d{4}-\d\d-\d\dT[\d:.]+Z \[(?<server>[^\]\n]+)\] \[(?:info|error|warn|debug)\]/,
    host: 'Claude Desktop'
  },
  { pattern: /MCP client for `(?<server>[^`\n]+)`/, host: 'Codex' },
  { pattern: /The (?<server>\S+) MCP server is not logged in/, host: 'Codex' },
  { pattern: /\bcodex mcp\b|startup_timeout_sec|config\.toml/, host: 'Codex' },
  { pattern: /Connection to MCP server "(?<server>[^"\n]+)"/, host: 'Claude Code' },
  { pattern: /\bclaude mcp\b|MCP_TIMEOUT|disabledMcpjsonServers/, host: 'Claude Code' },
  { pattern: /MCP server '(?<server>[^'\n]+)'/, host: 'Gemini CLI' },
  { pattern: /Connection state: |\[server stderr\]|Starting server (?<server>\S+)/, host: 'VS Code' },
  { pattern: /Client closed for command|Error listing offerings|Failed to reload client/, host: 'Cursor' },
  { pattern: /context server|csp request/i, host: 'Zed' },
  { pattern: /MCP server ["'](?<server>[^"'\n]+)["']/ },
  { pattern: /to server "(?<server>[^"\n]+)"/ },
  { pattern: /MCP (?<server>[\w.-]+): spawn/ }
]
