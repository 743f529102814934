#!/usr/bin/env node
// Generates the README's "All inputs" usage block and its inputs and outputs tables from action.yml,
// so the documentation cannot drift from the metadata (actions/checkout does the same with
// src/misc/generate-docs.ts). A test (__tests__/action/readme.test.ts) fails when they differ.
// Usage: node scripts/action-readme.mjs          rewrite README.md
//        node scripts/action-readme.mjs --check  exit 1 when README.md is out of date
import { readFileSync, writeFileSync } from 'node:fs'
import { parse } from 'yaml'

/** The generated blocks, each between `<!-- action-NAME:start -->` and `<!-- action-NAME:end -->`. */
export function renderBlocks(actionYml) {
  const action = parse(actionYml)
  const inputs = Object.entries(action.inputs ?? {})
  const outputs = Object.entries(action.outputs ?? {})
  const cell = (text) => String(text).replace(/\|/g, '\\|').replace(/\r?\n/g, ' ')
  const code = (text) => (text === '' ? '' : `\`${text}\``)
  const usage = ['```yaml', '- uses: mcpcop/mcpcop@v1', '  with:']
  for (const [name, input] of inputs) {
    for (const line of wrap(input.description, 96)) usage.push(`    # ${line}`)
    usage.push(`    # Default: ${input.default === undefined || input.default === '' ? '(empty)' : input.default}`)
    usage.push(`    ${name}: ${quote(input.default ?? '')}`, '')
  }
  usage.pop()
  usage.push('```')
  return {
    usage: usage.join('\n'),
    inputs: [
      '| input | default | description |',
      '| --- | --- | --- |',
      ...inputs.map(
        ([name, input]) => `| \`${name}\` | ${code(cell(input.default ?? ''))} | ${cell(input.description)} |`
      )
    ].join('\n'),
    outputs: [
      '| output | description |',
      '| --- | --- |',
      ...outputs.map(([name, output]) => `| \`${name}\` | ${cell(output.description)} |`)
    ].join('\n')
  }
}

/** The README with every generated block replaced; throws when a block's markers are missing. */
export function updateReadme(readme, actionYml) {
  let out = readme
  for (const [name, block] of Object.entries(renderBlocks(actionYml))) {
    const start = `<!-- action-${name}:start -->`
    const end = `<!-- action-${name}:end -->`
    const from = out.indexOf(start)
    const to = out.indexOf(end)
    if (from < 0 || to < from) throw new Error(`README.md has no ${start} ... ${end} block`)
    out = `${out.slice(0, from + start.length)}\n${block}\n${out.slice(to)}`
  }
  return out
}

function quote(value) {
  return value === ''
    ? "''"
    : /^[\w.${} -]+$/.test(value) && !/^\s|\s$/.test(value)
      ? `'${value}'`
      : JSON.stringify(value)
}

function wrap(text, width) {
  const lines = []
  let line = ''
  for (const word of String(text).split(/\s+/)) {
    if (line && line.length + word.length + 1 > width) {
      lines.push(line)
      line = word
    } else line = line ? `${line} ${word}` : word
  }
  if (line) lines.push(line)
  return lines
}

if (process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href) {
  const readme = readFileSync('README.md', 'utf8')
  const updated = updateReadme(readme, readFileSync('action.yml', 'utf8'))
  if (process.argv.includes('--check')) {
    if (updated !== readme) {
      console.error('README.md is out of date with action.yml: run node scripts/action-readme.mjs')
      process.exit(1)
    }
  } else if (updated !== readme) {
    writeFileSync('README.md', updated)
    console.log('README.md updated from action.yml')
  }
}
