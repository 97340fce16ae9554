// `rank <files or folders…> -o master.xlsx`: reads every submitted form, merges them into a
// master (new, or --master existing.xlsx), ranks each group and writes the master workbook.
// One line per file, then each group's ranking. Exit 1 when any file was rejected.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { BUILTIN_SETS } from '../../sets';
import {
  emptyMaster, groupStandings, masterPlan, mergeSubmissions, readMasterState, readSubmissions,
  rosterFromGrid, lastYearIndex, withLastYear, type GroupStanding, type MasterState, type RosterEntry, type SubmissionResult, type SubmittedFile,
} from '../../consolidate';
import type { MergeChange } from '../../consolidate/types';
import { msg, type Message } from '../../messages';
import { DEFAULT_READ_LIMITS, isXlsxError, MASTER_READ_LIMITS, readWorkbook, writeWorkbook } from '../../xlsx';
import { HELP_OPTION } from '../args';
import { collectFiles } from '../collect-files';
import type { Command } from '../command';
import { readBytes, writeBytes } from '../files';
import { EXIT, InputError, UsageError, type Cli } from '../io';
import { legacyText } from '../legacy-text';
import { defaultRoster, rosterOption } from '../roster-arg';

function readGrids(file: string) {
  try {
    return readWorkbook(readBytes(file), MASTER_READ_LIMITS).sheets;
  } catch (e) {
    if (isXlsxError(e)) throw new InputError(msg('cli.fileDetail', { file, detail: e.localized }));
    throw e;
  }
}

function rosterFrom(file: string): RosterEntry[] {
  for (const grid of readGrids(file)) {
    const { entries } = rosterFromGrid(grid);
    if (entries.length > 0) return entries;
  }
  throw new InputError(msg('cli.rank.noRoster', { file }));
}

/**
 * Roster entries with last year's appraised results from a previous master: each unit's
 * predecessors (or the unit itself) looked up by name within its group (src/consolidate/previous.ts).
 */
function withPrevious(roster: RosterEntry[], file: string): RosterEntry[] {
  return withLastYear(roster, lastYearIndex(readMasterState(readGrids(file), BUILTIN_SETS), BUILTIN_SETS));
}

function startingState(args: Record<string, string | true>, results: readonly SubmissionResult[]): MasterState {
  const master = typeof args.master === 'string' ? readMasterState(readGrids(args.master), BUILTIN_SETS) : undefined;
  let roster = typeof args.roster === 'string' ? rosterOption(args.roster, rosterFrom) : master?.roster ?? defaultRoster(results);
  if (typeof args.previous === 'string') roster = withPrevious(roster, args.previous);
  return master ? { ...master, roster } : emptyMaster(roster);
}

const RESULT_WORD: Record<MergeChange['result'], Message> = {
  accepted: msg('cli.rank.result.accepted'),
  replaced: msg('cli.rank.result.replaced'),
  unchanged: msg('cli.rank.result.unchanged'),
  rejected: msg('cli.rank.result.rejected'),
};

/** One line per file: what became of it, the unit, and why when it was not taken. */
function printChanges(changes: MergeChange[], cli: Cli): void {
  for (const c of changes) {
    const why = c.result === 'rejected' || c.result === 'unchanged' ? `  — ${legacyText(cli.language, c)}` : '';
    cli.out(`${cli.text(RESULT_WORD[c.result]).padEnd(9)}  ${c.fileName}${c.unit ? `  ${c.unit}` : ''}${why}\n`);
  }
}

/** Each group's ranking, best first. */
function printStandings(standings: GroupStanding[], cli: Cli): void {
  for (const g of standings) {
    cli.out('\n');
    cli.say(msg('cli.rank.group', { group: g.group, set: g.set.id, count: g.units.length }));
    const rows = g.units.slice().sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity));
    for (const u of rows) {
      const name = u.ranked ? u.unit.name : cli.text(msg('cli.rank.notRanked', { unit: u.unit.name }));
      cli.out(`  ${String(u.rank ?? '-').padStart(3)}  ${u.total.toFixed(g.set.precision).padStart(7)}  ${u.band ?? ''}  ${name}\n`);
    }
  }
}

/** A file as submitted: its bytes, unless it is larger than any form may be (then only its size). */
function submittedFile(file: string): SubmittedFile {
  const stat = fs.statSync(file);
  const modified = stat.mtime.toISOString();
  if (stat.size > DEFAULT_READ_LIMITS.maxInputBytes) return { name: path.basename(file), bytes: new Uint8Array(0), modified, size: stat.size };
  return { name: path.basename(file), bytes: readBytes(file), modified };
}

export const rankCommand: Command = {
  name: 'rank',
  summary: msg('cli.rank.summary'),
  usage: msg('cli.rank.usage'),
  details: msg('cli.rank.details'),
  options: [
    { name: 'output', short: 'o', value: true, valueName: '<master.xlsx>', description: msg('cli.rank.option.output') },
    { name: 'roster', value: true, valueName: '<roster.xlsx | id,…>', description: msg('cli.rank.option.roster') },
    { name: 'previous', value: true, valueName: '<last-year.xlsx>', description: msg('cli.rank.option.previous') },
    { name: 'master', value: true, valueName: '<existing.xlsx>', description: msg('cli.rank.option.master') },
    HELP_OPTION,
  ],
  run(args, cli) {
    if (args.positionals.length === 0) throw new UsageError(msg('cli.rank.missingFiles'));
    const output = args.options.output;
    if (typeof output !== 'string') throw new UsageError(msg('cli.rank.missingOutput'));
    const { files, skipped } = collectFiles(args.positionals);
    for (const m of skipped) cli.say(m);
    const results = files.flatMap((file) => readSubmissions(submittedFile(file), BUILTIN_SETS));
    const state = startingState(args.options, results);
    const merged = mergeSubmissions(state, results, new Date().toISOString());
    printChanges(merged.changes, cli);
    printStandings(groupStandings(merged.state, BUILTIN_SETS), cli);
    writeBytes(output, writeWorkbook(masterPlan(merged.state, BUILTIN_SETS)));
    const rejected = merged.changes.filter((c) => c.result === 'rejected').length;
    cli.out('\n');
    cli.say(msg('cli.rank.done', { files: files.length, read: results.length - rejected, rejected, file: output }));
    return rejected > 0 ? EXIT.problems : EXIT.ok;
  },
};
