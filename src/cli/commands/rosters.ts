// `rosters [<id>] [--json]`: the built-in rosters with their unit counts, or one roster's units
// (code, name, group, ranked, predecessors) with its sources. Text from the message catalogue.

import { BUILTIN_ROSTERS, findBuiltinRoster, rosterGroup, type RosterFile } from '../../consolidate';
import { BUILTIN_SETS } from '../../sets';
import { msg } from '../../messages/message';
import { HELP_OPTION, rejectExtraPositionals } from '../args';
import type { Command } from '../command';
import { EXIT, UsageError, type Cli } from '../io';

function summaryOf(file: RosterFile) {
  const { id, title, group, validFrom, validTo, source, codes } = file;
  const ranked = file.units.filter((u) => u.ranked !== false).length;
  return { id, title, group, groupName: rosterGroup(file, BUILTIN_SETS).name, ...(validFrom === undefined ? {} : { validFrom }), ...(validTo === undefined ? {} : { validTo }), units: file.units.length, ranked, source, codes };
}

/** One roster as JSON: its sources and its units with exactly the fields the issue names. */
function rosterJson(file: RosterFile) {
  const units = file.units.map((u) => ({
    code: u.code,
    name: u.name,
    group: file.group,
    ranked: u.ranked ?? true,
    predecessors: u.predecessors ?? [],
    ...(u.source === undefined ? {} : { source: u.source }),
  }));
  return { ...summaryOf(file), provenance: file.provenance ?? { official: [], reconstructed: [] }, units };
}

/** One line per roster, in columns: id, the group's Vietnamese name, the unit count (right-aligned), title. */
function printList(io: Cli): void {
  const text = io.text;
  const rows = BUILTIN_ROSTERS.map((r) => ({ r, group: rosterGroup(r, BUILTIN_SETS).name, count: String(r.units.length) }));
  const width = (pick: (row: (typeof rows)[number]) => string) => Math.max(...rows.map((row) => pick(row).length));
  const [idWidth, groupWidth, countWidth] = [width((row) => row.r.id), width((row) => row.group), width((row) => row.count)];
  for (const { r, group, count } of rows) {
    const line = { id: r.id.padEnd(idWidth), group: group.padEnd(groupWidth), count: count.padStart(countWidth), title: r.title };
    io.out(text(msg('roster.cli.line', line)) + '\n');
    if (r.validFrom !== undefined) io.out(text(msg('roster.cli.since', { year: String(r.validFrom) })) + '\n');
    if (r.validTo !== undefined) io.out(text(msg('roster.cli.until', { year: String(r.validTo) })) + '\n');
  }
}

function printRoster(io: Cli, file: RosterFile): void {
  const text = io.text;
  const ranked = file.units.filter((u) => u.ranked !== false).length;
  io.out(text(msg('roster.cli.header', { title: file.title, source: file.source, codes: file.codes, count: file.units.length, ranked })) + '\n');
  for (const u of file.units) {
    io.out(text(msg(u.ranked === false ? 'roster.cli.unitNotRanked' : 'roster.cli.unit', { code: u.code, name: u.name })) + '\n');
    if (u.predecessors?.length) io.out(text(msg('roster.cli.predecessors', { names: u.predecessors.map((p) => p.name) })) + '\n');
    else if (u.clause === undefined && file.units.some((x) => x.clause !== undefined)) io.out(text(msg('roster.cli.unchanged')) + '\n');
  }
  if (file.provenance) {
    const lines = (items: string[]) => items.map((item) => `  - ${item}`).join('\n');
    io.out('\n' + text(msg('roster.cli.provenance', { official: lines(file.provenance.official), reconstructed: lines(file.provenance.reconstructed) })) + '\n');
  }
}

export const rostersCommand: Command = {
  name: 'rosters',
  summary: msg('roster.cli.summary'),
  usage: msg('roster.cli.usage'),
  details: msg('roster.cli.details'),
  options: [{ name: 'json', description: msg('roster.cli.jsonOption') }, HELP_OPTION],
  run(args, io) {
    rejectExtraPositionals(args, 1);
    const id = args.positionals[0];
    const file = id === undefined ? undefined : findBuiltinRoster(id);
    if (id !== undefined && !file) throw new UsageError(msg('roster.unknownId', { id, ids: BUILTIN_ROSTERS.map((r) => r.id) }));
    if (args.options.json) io.out(JSON.stringify(file ? rosterJson(file) : BUILTIN_ROSTERS.map(summaryOf), null, 2) + '\n');
    else if (file) printRoster(io, file);
    else printList(io);
    return EXIT.ok;
  },
};
