// `describe <set>`: sections, criteria and the fields to enter (ids, types, bounds, units,
// rule kinds); with --json, the same as data plus the documented inputs JSON shape.

import { groupLevelOf } from '../../criteria/groups';
import type { CriteriaSet, InputField } from '../../criteria/model';
import { describeInputsJson, officialDate } from '../../form';
import { criterionSentence } from '../../scoring/guidance';
import { HELP_OPTION, rejectExtraPositionals } from '../args';
import type { Command } from '../command';
import { EXIT } from '../io';
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

export function describeData(set: CriteriaSet) {
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
    precision: set.precision,
    bands: set.bands,
    generalFields: set.generalFields.map(fieldData),
    sections: set.sections.map((s) => ({
      code: s.code,
      name: s.name,
      max: s.max,
      criteria: s.criteria.map((c) => ({
        code: c.code,
        name: c.name,
        guidance: c.guidance,
        scoring: criterionSentence(set, c),
        max: c.max,
        rule: c.rule.kind,
        ruleDetail: c.rule,
        evidenceRequired: c.evidenceRequired,
        fields: c.fields.map(fieldData),
      })),
    })),
    inputsJson: describeInputsJson(set),
  };
}

function bounds(f: InputField): string {
  const show = (n: number) => (f.type === 'percent' ? `${Math.round(n * 1e6) / 1e4}%` : String(n));
  if (f.min !== undefined && f.max !== undefined) return `${show(f.min)}..${show(f.max)}`;
  if (f.min !== undefined) return `>= ${show(f.min)}`;
  if (f.max !== undefined) return `<= ${show(f.max)}`;
  return '';
}

function fieldLine(f: InputField, indent: string): string {
  const parts = [f.id, f.type, bounds(f), f.unit ?? '', f.required ? 'required' : 'optional'].filter(Boolean);
  const choices = f.choices ? `\n${indent}    choices: ${f.choices.map((c) => `"${c.label}"`).join(', ')}` : '';
  return `${indent}${parts.join('  ')} — ${f.label}${choices}\n`;
}

function describeText(set: CriteriaSet): string {
  let out = `${set.id}: ${set.title}\n`;
  out += `  ${set.formName}, group ${set.group} (${set.groupName}), max ${set.maxTotal} points, ${set.precision} decimal(s)\n`;
  out += `  Legal basis: ${set.legalBasis.decision} of ${officialDate(set.legalBasis.date)} (${set.legalBasis.issuer})\n`;
  out += `  Data period: ${officialDate(set.dataPeriod.from)} – ${officialDate(set.dataPeriod.to)}\n`;
  if (set.bands.length) out += `  Bands: ${set.bands.map((b) => `${b.label} >= ${b.min}`).join(', ')}\n`;
  out += '\nGeneral information (field id, type, bounds, unit):\n';
  for (const f of set.generalFields) out += fieldLine(f, '  ');
  for (const s of set.sections) {
    out += `\n${s.code}. ${s.name} (max ${s.max})\n`;
    for (const c of s.criteria) {
      out += `  ${c.code}  ${c.name} — max ${c.max}, rule ${c.rule.kind}${c.evidenceRequired ? ', evidence required' : ''}\n`;
      out += `      ${criterionSentence(set, c)}\n`;
      for (const f of c.fields) out += fieldLine(f, '      ');
    }
  }
  out += '\nFill it with: egov-scorecard fill ' + set.id + ' --inputs inputs.json -o filled.xlsx\n';
  out += 'The inputs JSON shape: egov-scorecard describe ' + set.id + ' --json (key "inputsJson").\n';
  return out;
}

export const describeCommand: Command = {
  name: 'describe',
  summary: 'Show the sections, criteria and input fields of a criteria set.',
  usage: 'describe <set> | --set-file <file.xlsx> [--json]',
  options: [{ name: 'json', description: 'Print JSON, including the documented inputs JSON shape.' }, SET_FILE_OPTION, HELP_OPTION],
  run(args, io) {
    rejectExtraPositionals(args, 1);
    const set = setFromArgs(args, io);
    io.out(args.options.json ? JSON.stringify(describeData(set), null, 2) + '\n' : describeText(set));
    return EXIT.ok;
  },
};
