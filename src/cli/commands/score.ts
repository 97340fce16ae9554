// `score <file.xlsx>…`: finds the form sheet(s) of each file, recomputes every criterion with
// the engine, prints it beside the file's own self-score and lists the problems (exit 1).

import type { CellValue } from '../../plan/grid';
import { render } from '../../messages/texts';
import { isXlsxError, readWorkbook } from '../../xlsx';
import { HELP_OPTION } from '../args';
import type { Command } from '../command';
import { readBytes } from '../files';
import { EXIT, InputError, UsageError, type CliIo } from '../io';
import { scoreSheets, type ScoreLine, type SheetReport } from '../score-report';

interface FileReport {
  file: string;
  sheets: SheetReport[];
  errors: string[];
}

function scoreFile(file: string): FileReport {
  let bytes: Uint8Array;
  try {
    bytes = readBytes(file);
  } catch (e) {
    if (e instanceof InputError) return { file, sheets: [], errors: [e.message] };
    throw e;
  }
  try {
    const sheets = scoreSheets(readWorkbook(bytes).sheets);
    const errors = sheets.length === 0 ? ['No self-assessment form found: no sheet carries the form identity (was it made by egov-scorecard?).'] : [];
    return { file, sheets, errors };
  } catch (e) {
    if (isXlsxError(e)) return { file, sheets: [], errors: [render('en', e.localized)] };
    throw e;
  }
}

const STATUS_TEXT: Record<ScoreLine['status'], string> = {
  same: '',
  differs: 'DIFFERS',
  notCalculated: '(not calculated yet)',
  noFormula: 'TYPED OVER',
};

function shown(v: CellValue, precision: number): string {
  if (v === null) return '—';
  return typeof v === 'number' ? v.toFixed(precision) : String(v);
}

function table(lines: ScoreLine[], precision: number): string {
  const rows = lines.map((l) => [l.code, String(l.max), shown(l.engine, precision), shown(l.file, precision), STATUS_TEXT[l.status]]);
  const all = [['code', 'max', 'engine', 'file', ''], ...rows];
  const widths = [0, 1, 2, 3].map((i) => Math.max(...all.map((r) => r[i].length)));
  return all.map((r) => `  ${r.slice(0, 4).map((c, i) => c.padEnd(widths[i])).join('  ')}  ${r[4]}`.trimEnd()).join('\n') + '\n';
}

function printSheet(report: SheetReport, io: CliIo): void {
  io.out(`Sheet "${report.sheet}": ${report.setId}${report.unit ? ` — ${report.unit}` : ''}\n`);
  for (const w of report.warnings) io.out(`  warning: ${w}\n`);
  if (report.criteria.length > 0) {
    io.out(table([...report.criteria, ...report.sections, ...(report.total ? [report.total] : [])], report.precision));
    if (report.band && (report.band.engine !== null || report.band.file !== null)) {
      io.out(`  band: engine ${report.band.engine ?? '—'}, file ${shown(report.band.file, 0)} ${STATUS_TEXT[report.band.status]}`.trimEnd() + '\n');
    }
  }
  if (report.problems.length === 0) io.out('  No problems found.\n');
  else {
    io.out(`  ${report.problems.length} problem(s):\n`);
    for (const p of report.problems) io.out(`  - [${p.kind}] ${p.code ? `${p.code} ` : ''}${p.fieldId ? `${p.fieldId}: ` : ''}${p.message}\n`);
  }
}

export const scoreCommand: Command = {
  name: 'score',
  summary: 'Recompute a filled form and compare it with the scores the file shows.',
  usage: 'score <file.xlsx>… [--json]',
  details: 'Exit code 1 when any file has problems: input mistakes, score differences, typed-over formulas, error cells.',
  options: [{ name: 'json', description: 'Print JSON.' }, HELP_OPTION],
  run(args, io) {
    if (args.positionals.length === 0) throw new UsageError('Missing argument: the .xlsx file to score.');
    const reports = args.positionals.map(scoreFile);
    const bad = reports.some((r) => r.errors.length > 0 || r.sheets.some((s) => s.problems.length > 0));
    if (args.options.json) {
      io.out(JSON.stringify({ ok: !bad, files: reports }, null, 2) + '\n');
    } else {
      for (const r of reports) {
        io.out(`${r.file}\n`);
        for (const e of r.errors) io.out(`  error: ${e}\n`);
        for (const s of r.sheets) printSheet(s, io);
      }
    }
    return bad ? EXIT.problems : EXIT.ok;
  },
};
