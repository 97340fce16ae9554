// A form sheet already inside the master workbook (moved or copied there from a unit's file)
// -> a submission, as if its file had been imported. Its data version is the SHA-256 of what
// the sheet holds (set, version, inputs, evidence, notes), so the same sheet merged twice
// changes nothing and an edited sheet replaces the unit's earlier data. Pure: a Grid in.

import type { CriteriaSet } from '../criteria/model';
import { UNIT_NAME_FIELD } from '../criteria/model';
import { canonicalJson } from '../criteria/version';
import { isFormReadError } from '../form/errors';
import { findFormIdentity, readForm } from '../form/read';
import type { Grid } from '../plan/grid';
import { scoreSet } from '../scoring/engine';
import { sha256Hex } from '../util/sha256';
import { cleanName } from './names';
import { setProfile } from './set-profile';
import { criterionFlags, type SubmissionOptions } from './submission';
import type { RejectCode, SubmissionResult } from './types';

/** How a sheet stands for a file in the import log and in messages ("Trang Xã Hy Cương"). */
export function sheetSourceName(sheet: string): string {
  return `Trang ${sheet}`;
}

function rejected(name: string, hash: string | undefined, code: RejectCode, message: string, messageEn: string): SubmissionResult {
  return {
    ok: false,
    rejection: {
      fileName: sheetSourceName(name),
      ...(hash === undefined ? {} : { hash }),
      code,
      message: `Trang tính "${name}" bị từ chối: ${message}`,
      messageEn: `Sheet "${name}" rejected: ${messageEn}`,
    },
  };
}

/**
 * Reads a form sheet of the open workbook against the master's criteria sets. Never throws for a
 * bad sheet: a sheet that is not a form, of an unknown set or version, of another group or year,
 * damaged or without a unit name gives a rejection naming the sheet (and the cell, when known).
 */
export function submissionFromGrid(grid: Grid, sets: readonly CriteriaSet[], opts: SubmissionOptions = {}): SubmissionResult {
  const name = grid.name;
  const identity = findFormIdentity(grid);
  if (!identity) {
    return rejected(name, undefined, 'notAForm', 'không phải biểu mẫu tự đánh giá (không có mã nhận dạng "#egov|form=").', 'not a self-assessment form (no "#egov|form=" marker).');
  }
  const set = sets.find((s) => s.id === identity.setId);
  if (!set) {
    return rejected(name, undefined, 'unknownSet', `biểu mẫu thuộc bộ tiêu chí "${identity.setId}", không có trong tệp tổng hợp.`, `criteria set "${identity.setId}" is not used by this master.`);
  }
  const profile = setProfile(set);
  if (identity.version !== profile.version) {
    return rejected(
      name, undefined, 'otherVersion',
      `biểu mẫu làm theo phiên bản "${identity.version}" của bộ tiêu chí "${set.id}", tệp tổng hợp dùng phiên bản "${profile.version}".`,
      `made from version "${identity.version}" of "${set.id}", the master uses version "${profile.version}".`,
    );
  }
  if (opts.group !== undefined && set.group !== opts.group) {
    return rejected(name, undefined, 'otherGroup', `biểu mẫu của nhóm "${set.group}", đợt tổng hợp này chỉ nhận nhóm "${opts.group}".`, `a form of group "${set.group}", this consolidation accepts "${opts.group}" only.`);
  }
  if (opts.year !== undefined && set.year !== opts.year) {
    return rejected(name, undefined, 'otherYear', `biểu mẫu của năm ${set.year}, đợt tổng hợp này là năm ${opts.year}.`, `a form for ${set.year}, this consolidation is for ${opts.year}.`);
  }
  let form;
  try {
    form = readForm(grid, set);
  } catch (e) {
    if (isFormReadError(e)) return rejected(name, undefined, 'damagedForm', e.message, e.messageEn);
    throw e;
  }
  const hash = sha256Hex(canonicalJson({ setId: set.id, version: profile.version, inputs: form.inputs, evidence: form.evidence, notes: form.notes }));
  const raw = form.inputs[UNIT_NAME_FIELD];
  const unitName = typeof raw === 'string' || typeof raw === 'number' ? cleanName(String(raw)) : '';
  if (!unitName) return rejected(name, hash, 'noUnitName', 'chưa ghi tên đơn vị.', 'the unit name is blank.');
  const score = scoreSet(set, form.inputs, { evidence: form.evidence });
  return {
    ok: true,
    submission: {
      fileName: sheetSourceName(name),
      hash,
      setId: set.id,
      version: profile.version,
      group: set.group,
      year: set.year,
      unitName,
      sheetName: name,
      inputs: form.inputs,
      evidence: form.evidence,
      notes: form.notes,
      selfScores: form.cached.criteria,
      selfTotal: form.cached.total,
      score,
      flags: criterionFlags(profile, form, score),
    },
  };
}
