// `score <file.xlsx>…`: finds the form sheet(s) of each file, recomputes every criterion with
// the engine, prints it beside the file's own self-score and lists the problems (exit 1).

import { msg, type Message } from '../../messages';
import type { CellValue } from '../../plan/grid';
import { isXlsxError, readWorkbook } from '../../xlsx';
import { nativeInflate } from '../native-inflate';
import { HELP_OPTION } from '../args';
import type { Command } from '../command';
import { readBytes } from '../files';
import { EXIT, InputError, UsageError, type Cli } from '../io';
import { scoreSheets, type ReportProblem, type ScoreLine, type SheetReport } from '../score-report';

interface FileReport {
  file: string;
  sheets: SheetReport[];
  errors: Message[];
}

function scoreFile(file: string): FileReport {
  let bytes: Uint8Array;
  try {
    bytes = readBytes(file);
  } catch (e) {
    if (e instanceof InputError) return { file, sheets: [], errors: [e.localized] };
    throw e;
  }
  try {
    const sheets = scoreSheets(readWorkbook(bytes, undefined, nativeInflate).sheets);
    return { file, sheets, errors: sheets.length === 0 ? [msg('cli.score.noForm')] : [] };
  } catch (e) {
    if (isXlsxError(e)) return { file, sheets: [], errors: [e.localized] };
    throw e;
  }
}

const STATUS: Record<ScoreLine['status'], Message | undefined> = {
  same: undefined,
  differs: msg('cli.score.status.differs'),
  notCalculated: msg('cli.score.status.notCalculated'),
  noFormula: msg('cli.score.status.typedOver'),
};

function shown(v: CellValue, precision: number): string {
  if (v === null) return '—';
  return typeof v === 'number' ? v.toFixed(precision) : String(v);
}

function table(lines: ScoreLine[], precision: number, cli: Cli): string {
  const status = (s: ScoreLine['status']) => (STATUS[s] ? cli.text(STATUS[s]) : '');
  const rows = lines.map((l) => [l.code === 'total' ? cli.text(msg('cli.score.place.total')) : l.code, String(l.max), shown(l.engine, precision), shown(l.file, precision), status(l.status)]);
  const header = [msg('cli.score.column.code'), msg('cli.score.column.max'), msg('cli.score.column.engine'), msg('cli.score.column.file')].map(cli.text);
  const all = [[...header, ''], ...rows];
  const widths = [0, 1, 2, 3].map((i) => Math.max(...all.map((r) => r[i].length)));
  return all.map((r) => `  ${r.slice(0, 4).map((c, i) => c.padEnd(widths[i])).join('  ')}  ${r[4]}`.trimEnd()).join('\n') + '\n';
}

function problemText(p: ReportProblem, cli: Cli): string {
  return cli.text(p.message);
}

function printSheet(report: SheetReport, cli: Cli): void {
  cli.say(report.unit ? msg('cli.score.sheetOfUnit', { sheet: report.sheet, set: report.setId, unit: report.unit }) : msg('cli.score.sheet', { sheet: report.sheet, set: report.setId }));
  for (const w of report.warnings) cli.out(`  ${cli.text(msg('cli.score.warning', { detail: w }))}\n`);
  if (report.criteria.length > 0) {
    cli.out(table([...report.criteria, ...report.sections, ...(report.total ? [report.total] : [])], report.precision, cli));
    for (const l of report.criteria) if (l.voided) cli.out(`  ${l.code}: ${cli.text(l.voided)}\n`);
    const band = report.band;
    if (band && (band.engine !== null || band.file !== null)) {
      const status = STATUS[band.status];
      cli.out(`  ${cli.text(msg('cli.score.band', { engine: band.engine ?? '—', file: shown(band.file, 0) }))} ${status ? cli.text(status) : ''}`.trimEnd() + '\n');
    }
  }
  if (report.problems.length === 0) cli.out(`  ${cli.text(msg('cli.score.noProblems'))}\n`);
  else {
    cli.out(`  ${cli.text(msg('cli.score.problems', { count: report.problems.length }))}\n`);
    for (const p of report.problems) cli.out(`  - [${p.kind}] ${problemText(p, cli)}\n`);
  }
}

/** The reports as JSON data: every message rendered in the command line's language. */
function jsonReport(reports: FileReport[], ok: boolean, cli: Cli): string {
  const files = reports.map((r) => ({
    file: r.file,
    errors: r.errors.map((e) => cli.text(e)),
    sheets: r.sheets.map((s) => ({
      ...s,
      criteria: s.criteria.map(({ voided, ...line }) => (voided ? { ...line, voided: cli.text(voided) } : line)),
      warnings: s.warnings.map((w) => cli.text(w)),
      problems: s.problems.map((p) => ({ ...p, message: problemText(p, cli) })),
    })),
  }));
  return JSON.stringify({ ok, files }, null, 2) + '\n';
}

export const scoreCommand: Command = {
  name: 'score',
  summary: msg('cli.score.summary'),
  usage: msg('cli.score.usage'),
  details: msg('cli.score.details'),
  options: [{ name: 'json', description: msg('cli.option.json') }, HELP_OPTION],
  run(args, cli) {
    if (args.positionals.length === 0) throw new UsageError(msg('cli.score.missingFile'));
    const reports = args.positionals.map(scoreFile);
    const bad = reports.some((r) => r.errors.length > 0 || r.sheets.some((s) => s.problems.length > 0));
    if (args.options.json) {
      cli.out(jsonReport(reports, !bad, cli));
      return bad ? EXIT.problems : EXIT.ok;
    }
    for (const r of reports) {
      cli.out(`${r.file}\n`);
      for (const e of r.errors) cli.out(`  ${cli.text(msg('cli.score.error', { detail: e }))} [${e.code}]\n`);
      for (const s of r.sheets) printSheet(s, cli);
    }
    return bad ? EXIT.problems : EXIT.ok;
  },
};
