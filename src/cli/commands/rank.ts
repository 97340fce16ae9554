// `rank <files or folders…> -o master.xlsx`: reads every submitted form, merges them into a
// master (new, or --master existing.xlsx), ranks each group and writes the master workbook.
// One line per file, then each group's ranking. Exit 1 when any file was rejected.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { BUILTIN_SETS } from '../../sets';
import {
  emptyMaster, groupStandings, masterPlan, mergeSubmissions, readMasterState, readSubmission,
  rosterFromGrid, nameIndex, type MasterState, type RosterEntry, type SubmissionResult,
} from '../../consolidate';
import { render } from '../../messages/texts';
import { isXlsxError, readWorkbook, writeWorkbook } from '../../xlsx';
import { HELP_OPTION } from '../args';
import type { Command } from '../command';
import { readBytes, writeBytes } from '../files';
import { EXIT, InputError, UsageError, type CliIo } from '../io';
import { defaultRoster, rosterOption } from '../roster-arg';

/**
 * Spreadsheets a unit may have sent: .xlsx is read; the others are listed so that each gets
 * its reason (macro-enabled, old .xls, CSV…) instead of being passed over in silence.
 */
const SPREADSHEET = /\.(xlsx|xlsm|xlsb|xls|xltx|xltm|csv|ods)$/i;
/** Excel's lock file beside an open workbook ("~$form.xlsx"): not a submission. */
const LOCK_FILE = /^~\$/;

/** Every spreadsheet under the given files and folders, recursively, in name order. */
function collectFiles(targets: string[]): string[] {
  const out: string[] = [];
  const walk = (p: string, named: boolean) => {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(p);
    } catch {
      throw new InputError(`Cannot read ${p}: no such file or folder`);
    }
    if (stat.isDirectory()) {
      for (const name of fs.readdirSync(p).sort()) walk(path.join(p, name), false);
    } else if (named || (SPREADSHEET.test(p) && !LOCK_FILE.test(path.basename(p)))) out.push(p);
  };
  for (const t of targets) walk(t, true);
  return out;
}

function readGrids(file: string) {
  try {
    return readWorkbook(readBytes(file)).sheets;
  } catch (e) {
    if (isXlsxError(e)) throw new InputError(`${file}: ${render('en', e.localized)}`);
    throw e;
  }
}

function rosterFrom(file: string): RosterEntry[] {
  for (const grid of readGrids(file)) {
    const { entries } = rosterFromGrid(grid);
    if (entries.length > 0) return entries;
  }
  throw new InputError(`${file}: no sheet with a roster (columns code, name, group, ranked).`);
}

/** Roster entries with last year's appraised totals from a previous master, matched by name. */
function withPrevious(roster: RosterEntry[], file: string): RosterEntry[] {
  const previous = readMasterState(readGrids(file), BUILTIN_SETS);
  const totals = groupStandings(previous, BUILTIN_SETS).flatMap((g) => g.units.map((u) => ({ name: u.unit.name, total: u.total })));
  const index = nameIndex(totals, (t) => t.name);
  return roster.map((r) => {
    const hit = index.find(r.name);
    return hit ? { ...r, previousScore: hit.total } : r;
  });
}

function startingState(args: Record<string, string | true>, results: readonly SubmissionResult[]): MasterState {
  const master = typeof args.master === 'string' ? readMasterState(readGrids(args.master), BUILTIN_SETS) : undefined;
  let roster = typeof args.roster === 'string' ? rosterOption(args.roster, rosterFrom) : master?.roster ?? defaultRoster(results);
  if (typeof args.previous === 'string') roster = withPrevious(roster, args.previous);
  return master ? { ...master, roster } : emptyMaster(roster);
}

export const rankCommand: Command = {
  name: 'rank',
  summary: 'Consolidate submitted forms into a ranked master workbook.',
  usage: 'rank <files or folders…> -o master.xlsx [--roster roster.xlsx] [--previous last-year.xlsx] [--master existing.xlsx]',
  details:
    'Reads every spreadsheet under the folders (.xlsx is read; .xlsm, .xls, .csv… are reported and refused). Each file is identified (set, version, unit), checked and recomputed;\n' +
    'the newer file of a unit replaces the older, the same file twice changes nothing. Exit code 1 when a file was rejected.',
  options: [
    { name: 'output', short: 'o', value: true, valueName: '<master.xlsx>', description: 'The master workbook to write.' },
    { name: 'roster', value: true, valueName: '<roster.xlsx | id,…>', description: 'Roster: a file (columns code, name, group, ranked) or built-in roster ids, comma-separated (see rosters).' },
    { name: 'previous', value: true, valueName: '<last-year.xlsx>', description: "Last year's master: its totals become the \"last year\" column." },
    { name: 'master', value: true, valueName: '<existing.xlsx>', description: 'An existing master to import into (its appraisals are kept).' },
    HELP_OPTION,
  ],
  run(args, io: CliIo) {
    if (args.positionals.length === 0) throw new UsageError('Missing argument: the submitted files or folders.');
    const output = args.options.output;
    if (typeof output !== 'string') throw new UsageError('Missing option: -o <master.xlsx>.');
    const files = collectFiles(args.positionals);
    const results = files.map((file) => {
      const modified = fs.statSync(file).mtime.toISOString();
      return readSubmission({ name: path.basename(file), bytes: readBytes(file), modified }, BUILTIN_SETS);
    });
    const state = startingState(args.options, results);
    const merged = mergeSubmissions(state, results, new Date().toISOString());
    for (const c of merged.changes) io.out(`${c.result.padEnd(9)}  ${c.fileName}${c.unit ? `  ${c.unit}` : ''}${c.result === 'rejected' || c.result === 'unchanged' ? `  — ${c.messageEn}` : ''}\n`);
    const standings = groupStandings(merged.state, BUILTIN_SETS);
    for (const g of standings) {
      io.out(`\nGroup ${g.group} (${g.set.id}), ${g.units.length} unit(s):\n`);
      const rows = g.units.slice().sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity));
      for (const u of rows) {
        io.out(`  ${String(u.rank ?? '-').padStart(3)}  ${u.total.toFixed(g.set.precision).padStart(7)}  ${u.band ?? ''}  ${u.unit.name}${u.ranked ? '' : ' (evaluated, not ranked)'}\n`);
      }
    }
    writeBytes(output, writeWorkbook(masterPlan(merged.state, BUILTIN_SETS)));
    const rejected = merged.changes.filter((c) => c.result === 'rejected').length;
    io.out(`\n${files.length} file(s): ${files.length - rejected} read, ${rejected} rejected. Master written to ${output}.\n`);
    return rejected > 0 ? EXIT.problems : EXIT.ok;
  },
};
