import { agentApprovalsOff } from './agent-approvals-off.js'
import { autoApproveAll } from './auto-approve-all.js'
import { commandAndUrl } from './command-and-url.js'
import { commandWithArguments } from './command-with-arguments.js'
import { crossHostDrift } from './cross-host-drift.js'
import { dangerousEnvOverride } from './dangerous-env-override.js'
import { dockerInteractive } from './docker-interactive.js'
import { duplicateServerName } from './duplicate-server-name.js'
import { emptyServerMap } from './empty-server-map.js'
import { emptyUrl } from './empty-url.js'
import { enableAllProjectServers } from './enable-all-project-servers.js'
import { envInventory } from './env-inventory.js'
import { fileNameCase } from './file-name-case.js'
import { filesystemRootAccess } from './filesystem-root-access.js'
import { foreignPlaceholder } from './foreign-placeholder.js'
import { foreignTransportType } from './foreign-transport-type.js'
import { hardcodedSecret } from './hardcoded-secret.js'
import { insecureHttp } from './insecure-http.js'
import { invalidServerName } from './invalid-server-name.js'
import { legacySseTransport } from './legacy-sse-transport.js'
import { mcpJsonInClaudeDir } from './mcp-json-in-claude-dir.js'
import { missingScript } from './missing-script.js'
import { nestedTransport } from './nested-transport.js'
import { npxWithoutYes } from './npx-without-yes.js'
import { reservedServerName } from './reserved-server-name.js'
import { riskyDocker } from './risky-docker.js'
import { serversInClaudeSettings } from './servers-in-claude-settings.js'
import { shellDownloadExec } from './shell-download-exec.js'
import { sseUrlWithoutType } from './sse-url-without-type.js'
import { stdioOnlyHost } from './stdio-only-host.js'
import { surroundingWhitespace } from './surrounding-whitespace.js'
import { toolPoisoning } from './tool-poisoning.js'
import { undefinedInput } from './undefined-input.js'
import { unknownApprovedServer } from './unknown-approved-server.js'
import { unpinnedPackage } from './unpinned-package.js'
import { unpublishedPackage } from './unpublished-package.js'
import { unusedInput } from './unused-input.js'
import { urlWithoutType } from './url-without-type.js'
import { userSpecificPath } from './user-specific-path.js'
import { vulnerableMcpRemote } from './vulnerable-mcp-remote.js'
import { vulnerableMcpServer } from './vulnerable-mcp-server.js'
import { wrongServersKey } from './wrong-servers-key.js'
import type { Rule } from './types.js'

/** Every semantic rule, sorted by id. A test checks each is registered, documented and has fixtures. */
export const RULES: readonly Rule[] = [
  agentApprovalsOff,
  autoApproveAll,
  commandAndUrl,
  commandWithArguments,
  crossHostDrift,
  dangerousEnvOverride,
  dockerInteractive,
  duplicateServerName,
  emptyServerMap,
  emptyUrl,
  enableAllProjectServers,
  envInventory,
  fileNameCase,
  filesystemRootAccess,
  foreignPlaceholder,
  foreignTransportType,
  hardcodedSecret,
  insecureHttp,
  invalidServerName,
  legacySseTransport,
  mcpJsonInClaudeDir,
  missingScript,
  nestedTransport,
  npxWithoutYes,
  reservedServerName,
  riskyDocker,
  serversInClaudeSettings,
  shellDownloadExec,
  sseUrlWithoutType,
  stdioOnlyHost,
  surroundingWhitespace,
  toolPoisoning,
  undefinedInput,
  unknownApprovedServer,
  unpinnedPackage,
  unpublishedPackage,
  unusedInput,
  urlWithoutType,
  userSpecificPath,
  vulnerableMcpRemote,
  vulnerableMcpServer,
  wrongServersKey
]

/** Base URL of the rule docs, for SARIF help links and messages. */
export const DOCS_BASE_URL = 'https://github.com/mcpcop/mcpcop/blob/main/docs/rules/'

/** Link to a rule's documentation page. */
export function docsUrl(ruleId: string): string {
  return `${DOCS_BASE_URL}${ruleId}.md`
}
