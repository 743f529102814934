/** The generated README blocks (usage, inputs table, outputs table) from action.yml's text. */
export function renderBlocks(actionYml: string): { usage: string; inputs: string; outputs: string }
/** The README with every generated block replaced. */
export function updateReadme(readme: string, actionYml: string): string
