// `describe <set>`: sections, criteria and the fields to enter (ids, types, bounds, units,
// rule kinds); with --json, the same as data plus the documented inputs JSON shape.

import { groupLevelOf } from '../../criteria/groups';
import type { CriteriaSet, InputField } from '../../criteria/model';
import { describeInputsJson, officialDate } from '../../form';
import { formGeneralFields } from '../../form/form-fields';
import { criterionSentence } from '../../form/text';
import { formatNumber, formatPercent, msg } from '../../messages';
import { HELP_OPTION, rejectExtraPositionals } from '../args';
import type { Command } from '../command';
import { EXIT, type Cli } from '../io';
import { SET_FILE_OPTION, setFromArgs } from '../set-file';

function fieldData(f: InputField) {
  return {
    id: f.id,
    label: f.label,
    type: f.type,
    required: f.required,
    ...(f.unit ? { unit: f.unit } : {}),
    ...(f.min !== undefined ? { min: f.min } : {}),
    ...(f.max !== undefined ? { max: f.max } : {}),
    ...(f.choices ? { choices: f.choices.map((c) => c.label) } : {}),
    ...(f.help ? { help: f.help } : {}),
  };
}

export function describeData(set: CriteriaSet, cli: Cli) {
  return {
    id: set.id,
    title: set.title,
    year: set.year,
    group: set.group,
    groupName: set.groupName,
    groupLevel: groupLevelOf(set),
    formName: set.formName,
    legalBasis: set.legalBasis,
    dataPeriod: set.dataPeriod,
    ...(set.deadline ? { deadline: set.deadline } : {}),
    maxTotal: set.maxTotal,
    ...(set.maxBonus !== undefined ? { maxBonus: set.maxBonus } : {}),
    precision: set.precision,
    bands: set.bands,
    reconstructed: set.provenance.reconstructed,
    generalFields: formGeneralFields(set).map(fieldData),
    sections: set.sections.map((s) => ({
      code: s.code,
      name: s.name,
      max: s.max,
      ...(s.role ? { role: s.role } : {}),
      ...(s.bonusMax !== undefined ? { bonusMax: s.bonusMax } : {}),
      criteria: s.criteria.map((c) => ({
        code: c.code,
        name: c.name,
        guidance: c.guidance,
        scoring: criterionSentence(set, s, c),
        max: c.max,
        rule: c.rule.kind,
        ruleDetail: c.rule,
        evidenceRequired: c.evidenceRequired,
        ...(c.role ? { role: c.role } : {}),
        ...(c.notApplicable ? { notApplicable: c.notApplicable } : {}),
        fields: c.fields.map(fieldData),
      })),
    })),
    inputsJson: describeInputsJson(set, (m) => cli.text(m)),
  };
}

function bounds(f: InputField, cli: Cli): string {
  const show = (n: number) => (f.type === 'percent' ? formatPercent(n, cli.language) : formatNumber(n, cli.language));
  if (f.min !== undefined && f.max !== undefined) return `${show(f.min)}..${show(f.max)}`;
  if (f.min !== undefined) return `>= ${show(f.min)}`;
  if (f.max !== undefined) return `<= ${show(f.max)}`;
  return '';
}

function fieldLine(f: InputField, indent: string, cli: Cli): string {
  const need = cli.text(f.required ? msg('cli.describe.required') : msg('cli.describe.optional'));
  const parts = [f.id, f.type, bounds(f, cli), f.unit ?? '', need].filter(Boolean);
  const choices = f.choices ? `\n${indent}    ${cli.text(msg('cli.describe.choices', { choices: f.choices.map((c) => c.label) }))}` : '';
  return `${indent}${parts.join('  ')} — ${f.label}${choices}\n`;
}

function headerLines(set: CriteriaSet, cli: Cli): string[] {
  const lines = [
    `${set.id}: ${set.title}`,
    `  ${cli.text(msg('cli.describe.form', { formName: set.formName, group: set.group, groupName: set.groupName, max: set.maxTotal, precision: set.precision }))}`,
    `  ${cli.text(msg('cli.describe.legalBasis', { decision: set.legalBasis.decision, date: officialDate(set.legalBasis.date), issuer: set.legalBasis.issuer }))}`,
    `  ${cli.text(msg('cli.describe.dataPeriod', { from: officialDate(set.dataPeriod.from), to: officialDate(set.dataPeriod.to) }))}`,
  ];
  if (set.bands.length) lines.push(`  ${cli.text(msg('cli.describe.bands', { bands: set.bands.map((b) => `${b.label} >= ${formatNumber(b.min, cli.language)}`).join(', ') }))}`);
  // The parts of the set its provenance says were reconstructed, one per line.
  const parts = set.provenance.reconstructed;
  if (parts.length > 0) lines.push('', `  ${cli.text(msg('form.reconstructedHeading'))}`, ...parts.map((p) => `  - ${p}`));
  return lines;
}

function describeText(set: CriteriaSet, cli: Cli): string {
  let out = `${headerLines(set, cli).join('\n')}\n`;
  out += `\n${cli.text(msg('cli.describe.generalHeading'))}\n`;
  for (const f of formGeneralFields(set)) out += fieldLine(f, '  ', cli);
  for (const s of set.sections) {
    out += `\n${cli.text(msg('cli.describe.section', { code: s.code, name: s.name, max: s.max }))}\n`;
    for (const c of s.criteria) {
      const line = { code: c.code, name: c.name, max: c.max, rule: c.rule.kind };
      out += `  ${cli.text(c.evidenceRequired ? msg('cli.describe.criterionWithEvidence', line) : msg('cli.describe.criterion', line))}\n`;
      out += `      ${criterionSentence(set, s, c)}\n`;
      for (const f of c.fields) out += fieldLine(f, '      ', cli);
    }
  }
  out += `\n${cli.text(msg('cli.describe.fillWith', { set: set.id }))}\n`;
  out += `${cli.text(msg('cli.describe.inputsShape', { set: set.id }))}\n`;
  return out;
}

export const describeCommand: Command = {
  name: 'describe',
  summary: msg('cli.describe.summary'),
  usage: msg('cli.describe.usage'),
  options: [{ name: 'json', description: msg('cli.describe.option.json') }, SET_FILE_OPTION, HELP_OPTION],
  run(args, cli) {
    rejectExtraPositionals(args, 1);
    const set = setFromArgs(args, cli);
    cli.out(args.options.json ? JSON.stringify(describeData(set, cli), null, 2) + '\n' : describeText(set, cli));
    return EXIT.ok;
  },
};
