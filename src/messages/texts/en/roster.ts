// Built-in rosters and the `rosters` command, in English.

import type { EnglishOf } from './english-of';
import type { roster as vi } from '../vi/roster';

export const roster = {
  'roster.pane.lastYear': 'Last year: {value}',
  'roster.sheet.noHeader': 'Sheet “{sheet}” has no header row with the columns “Tên đơn vị” (name) and “Nhóm” (group).',
  'roster.sheet.unknownGroup': 'Row {row}: unknown group “{group}” for “{name}” (use one of: {codes:list}).',
  'roster.sheet.duplicate': 'Row {row}: “{name}” is listed twice.',
  'roster.unknownId': 'There is no built-in roster “{id}”. The built-in rosters are: {ids:list}.',
  'roster.cli.summary': 'List the built-in rosters (id, group, number of units); with a roster id: print its units.',
  'roster.cli.usage': 'rosters [<roster id>] [--json]',
  'roster.cli.details':
    'A roster id works wherever a roster file is accepted, e.g. rank … --roster phutho-2025-xa (several ids separated by commas).\n' +
    'With --json, rosters <id> prints the units: code, name, group, ranked, predecessors.',
  'roster.cli.jsonOption': 'Print JSON.',
  'roster.cli.line': '{id}  {group}  {count} units  {title}',
  'roster.cli.until': '    units up to {year} (before the 2025 reorganisation)',
  'roster.cli.since': '    units from {year}',
  'roster.cli.header': '{title}\nSource: {source}\nCodes: {codes}\n{count:number} units ({ranked:number} ranked):',
  'roster.cli.unit': '  {code}  {name}',
  'roster.cli.unitNotRanked': '  {code}  {name} (evaluated, not ranked)',
  'roster.cli.predecessors': '        formed from: {names:list}',
  'roster.cli.unchanged': '        not merged (unchanged)',
  'roster.cli.provenance': 'Official sources:\n{official}\nReconstructed, to be checked:\n{reconstructed}',
} as const satisfies EnglishOf<typeof vi>;
