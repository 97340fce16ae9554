// `rank <files or folders…> -o master.xlsx`: reads every submitted form, merges them into a
// master (new, or --master existing.xlsx), ranks each group and writes the master workbook.
// One line per file, then each group's ranking. Exit 1 when any file was rejected. A master
// found among the inputs (anything rank wrote, recognised by its markers) is skipped, never read
// as a submission; the master is written beside its place and renamed in, so a failed write
// leaves the old one as it was.

import { BUILTIN_SETS } from '../../sets';
import {
  acceptUnlisted, groupStandings, masterSheets, mergeSubmissions, tellingText, unlistedUnits,
  type GroupStanding, type MasterState, type MergeChange, type SubmissionResult, type Telling,
} from '../../consolidate';
import { isLocalizedError, msg, type Message } from '../../messages';
import { writeWorkbook } from '../../xlsx';
import { HELP_OPTION } from '../args';
import { collectFiles } from '../collect-files';
import type { Command } from '../command';
import { writeBytes } from '../files';
import { EXIT, InputError, UsageError, type Cli } from '../io';
import { readFiles } from '../read-files';
import { checkOutput, startingState } from './rank-inputs';

/** One result of reading a file (a workbook may hold several forms), with the file's path. */
interface Read {
  file: string;
  result: SubmissionResult;
}

const isMasterFile = (r: Read) => !r.result.ok && r.result.rejection.code === 'isMaster';

const RESULT_WORD: Record<MergeChange['result'], Message> = {
  accepted: msg('cli.rank.result.accepted'),
  replaced: msg('cli.rank.result.replaced'),
  unchanged: msg('cli.rank.result.unchanged'),
  rejected: msg('cli.rank.result.rejected'),
};

const said = (cli: Cli, t: Telling) => tellingText(t, cli.language, cli.text);

/** One line per file: what became of it, the unit, and why when it was not taken (or not ranked). */
function printChanges(changes: MergeChange[], cli: Cli): void {
  for (const c of changes) {
    const why = c.result === 'rejected' || c.result === 'unchanged' || c.unlisted ? `  — ${said(cli, c.message)}` : '';
    cli.out(`${cli.text(RESULT_WORD[c.result]).padEnd(9)}  ${c.fileName}${c.unit ? `  ${c.unit}` : ''}${why}\n`);
  }
}

/** Each group's ranking, best first; units not ranked last, saying why. */
function printStandings(standings: GroupStanding[], cli: Cli): void {
  for (const g of standings) {
    cli.out('\n');
    cli.say(msg('cli.rank.group', { group: g.set.groupName, set: g.set.id, count: g.units.length }));
    const rows = g.units.slice().sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity));
    for (const u of rows) {
      const name = u.ranked ? u.unit.name : cli.text(msg(u.listed ? 'cli.rank.notRanked' : 'master.rank.unlisted', { unit: u.unit.name }));
      cli.out(`  ${String(u.rank ?? '-').padStart(3)}  ${u.total.toFixed(g.set.precision).padStart(7)}  ${u.band ?? ''}  ${name}\n`);
    }
  }
}

/** The units with criteria voided by invalid data, each with the codes: what the appraisers must look at. */
function printVoided(standings: GroupStanding[], cli: Cli): void {
  const units = standings.flatMap((g) => g.units.map((u) => ({ g, u, codes: u.recomputed.criteria.filter((c) => c.voided).map((c) => c.code) })));
  const voided = units.filter((x) => x.codes.length > 0);
  if (voided.length === 0) return;
  cli.out('\n');
  cli.say(msg('cli.rank.voided', { count: voided.length }));
  for (const { g, u, codes } of voided) cli.out(`  ${cli.text(msg('cli.rank.voidedUnit', { unit: u.unit.name, group: g.set.groupName, criteria: codes.join(', ') }))}\n`);
}

/** Accepts the units not on the roster when asked to, else says how. */
function unlisted(state: MasterState, accept: boolean, cli: Cli): MasterState {
  const waiting = unlistedUnits(state);
  if (waiting.length === 0) return state;
  if (!accept) {
    cli.warn(msg('master.rank.unlistedHint', { count: waiting.length, units: waiting.map((u) => u.name) }));
    return state;
  }
  const done = acceptUnlisted(state);
  for (const entry of done.added) cli.warn(msg('master.rank.acceptedUnlisted', { unit: entry.name, code: entry.code }));
  return done.state;
}

/** The master's sheets to write; beyond the one limit of writer and reader, refused before anything is written. */
function masterToWrite(state: MasterState): ReturnType<typeof masterSheets> {
  try {
    return masterSheets(state, BUILTIN_SETS);
  } catch (e) {
    if (isLocalizedError(e) && e.code === 'master.tooManyUnits') throw new InputError(e.localized);
    throw e;
  }
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
    { name: 'accept-unlisted', description: msg('master.rank.option.acceptUnlisted') },
    HELP_OPTION,
  ],
  run(args, cli) {
    if (args.positionals.length === 0) throw new UsageError(msg('cli.rank.missingFiles'));
    const output = args.options.output;
    if (typeof output !== 'string') throw new UsageError(msg('cli.rank.missingOutput'));
    const { files, skipped } = collectFiles(args.positionals);
    for (const m of skipped) cli.say(m);
    const read = readFiles(files).flatMap((results, i) => results.map((result): Read => ({ file: files[i], result })));
    const masters = read.filter(isMasterFile);
    const submissions = read.filter((r) => !isMasterFile(r));
    checkOutput(output, args.options, [...new Set(submissions.map((r) => r.file))]);
    const results = submissions.map((r) => r.result);
    const start = startingState(args.options, results);
    for (const n of start.notices) cli.err(`${said(cli, n)}\n`);
    for (const m of masters) if (!m.result.ok) cli.err(`${said(cli, m.result.rejection.message)}\n`);
    const merged = mergeSubmissions(start.state, results, new Date().toISOString());
    printChanges(merged.changes, cli);
    const state = unlisted(merged.state, args.options['accept-unlisted'] === true, cli);
    const master = masterToWrite(state);
    const standings = groupStandings(state, BUILTIN_SETS);
    printStandings(standings, cli);
    printVoided(standings, cli);
    writeBytes(output, writeWorkbook(master));
    const rejected = merged.changes.filter((c) => c.result === 'rejected').length;
    cli.out('\n');
    cli.say(msg('cli.rank.done', { files: files.length - masters.length, read: results.length - rejected, rejected, file: output }));
    return rejected > 0 ? EXIT.problems : EXIT.ok;
  },
};
