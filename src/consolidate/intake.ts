// One submitted file -> a result for each form it holds: checked before it is opened (name,
// size, emptiness), read by the bounded .xlsx reader, its form sheets found by their markers,
// each accepted (acceptForm) or rejected with its reason naming the file and, for one form
// among several, the sheet. Never throws for a bad file: the batch goes on.

import { sha256 } from '@noble/hashes/sha2';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils';
import type { CriteriaSet } from '../criteria/model';
import { canonicalJson } from '../criteria/version';
import type { FilledForm } from '../form/api';
import { findFormIdentity } from '../form/read';
import { msg, type Message } from '../messages';
import { XlsxError } from '../xlsx/errors';
import { readWorkbook, type SheetData, type WorkbookData } from '../xlsx/read';
import { DEFAULT_READ_LIMITS } from '../xlsx/zip';
import { masterMarkerOf } from './master/keys';
import type { SetProfile } from './set-profile';
import { acceptForm, Rejected, type SubmissionOptions, type SubmittedFile } from './submission';
import type { RejectCode, SubmissionResult } from './types';

function rejectedFor(reason: RejectCode, message: Message): Rejected {
  return new Rejected(reason, message);
}

const mb = (n: number) => Math.round((n / 1048576) * 10) / 10;

function openWorkbook(file: SubmittedFile, opts: SubmissionOptions): WorkbookData {
  const max = opts.limits?.maxInputBytes ?? DEFAULT_READ_LIMITS.maxInputBytes;
  if (file.size !== undefined && file.size > max) throw rejectedFor('tooLarge', msg('xlsx.fileTooLarge', { size: mb(file.size), max: mb(max) }));
  try {
    return readWorkbook(file.bytes, opts.limits, opts.inflate);
  } catch (e) {
    if (e instanceof XlsxError) throw rejectedFor(e.reason, e.localized);
    throw e;
  }
}

/** A form sheet of a workbook: the sheet and the identity its marker gives. */
interface FoundForm {
  sheet: SheetData;
  setId: string;
  version: string;
}

/** The checks made before a file is opened, then every form sheet, in tab order. */
function formsOf(file: SubmittedFile, opts: SubmissionOptions): FoundForm[] {
  if (/\.xlsm$/i.test(file.name)) throw rejectedFor('macroEnabled', msg('intake.macroByName'));
  if (file.bytes.length === 0 && file.size === undefined) throw rejectedFor('empty', msg('intake.empty'));
  const book = openWorkbook(file, opts);
  // Anything rank wrote carries the master's markers: never read as a submission, whatever its name.
  if (book.sheets.some((sheet) => masterMarkerOf(sheet) !== undefined)) throw rejectedFor('isMaster', msg('master.isMasterFile'));
  const forms: FoundForm[] = [];
  for (const sheet of book.sheets) {
    const identity = findFormIdentity(sheet);
    if (identity) forms.push({ sheet, setId: identity.setId, version: identity.version });
  }
  if (forms.length === 0) throw rejectedFor('notAForm', msg('intake.notAForm'));
  return forms;
}

/**
 * The data version of one form of a workbook holding several: the SHA-256 of what the form
 * holds, so that re-sending the workbook with one form changed leaves the others' appraisals.
 */
function formHash(form: FilledForm, profile: SetProfile): string {
  const content = canonicalJson({ setId: profile.set.id, version: profile.version, inputs: form.inputs, evidence: form.evidence, notes: form.notes });
  return bytesToHex(sha256(utf8ToBytes(content)));
}

/** Any other failure on a hostile file still rejects only that file: the batch goes on. */
function asRejected(e: unknown): Rejected {
  if (e instanceof Rejected) return e;
  return rejectedFor('unsupported', msg('intake.unreadable', { detail: e instanceof Error ? e.message : String(e) }));
}

function fileRejection(file: SubmittedFile, hash: string, e: unknown): SubmissionResult {
  const r = asRejected(e);
  const message = msg('intake.fileRejected', { file: file.name, detail: r.text });
  return { ok: false, rejection: { fileName: file.name, ...(file.bytes.length === 0 ? {} : { hash }), code: r.code, message } };
}

/** One form of a workbook that holds several: accepted, or rejected naming the file and the sheet. */
function oneOfSeveral(file: SubmittedFile, found: FoundForm, sets: readonly CriteriaSet[], opts: SubmissionOptions): SubmissionResult {
  let hash: string | undefined;
  try {
    const source = (form: FilledForm, profile: SetProfile) => {
      hash = formHash(form, profile);
      return { fileName: file.name, hash, ...(file.modified === undefined ? {} : { modified: file.modified }) };
    };
    return { ok: true, submission: acceptForm(found.sheet, found, sets, opts, source) };
  } catch (e) {
    const r = asRejected(e);
    const message = msg('intake.sheetRejected', { file: file.name, sheet: found.sheet.name, detail: r.text });
    return { ok: false, rejection: { fileName: file.name, ...(hash === undefined ? {} : { hash }), code: r.code, message } };
  }
}

/**
 * Reads one submitted file against the master's criteria sets: one result for each form it
 * holds (a workbook may carry several units' forms, each imported and logged), or one rejection
 * for the file. Never throws for a bad file: the batch goes on.
 */
export function readSubmissions(file: SubmittedFile, sets: readonly CriteriaSet[], opts: SubmissionOptions = {}): SubmissionResult[] {
  const hash = file.sha256 ?? bytesToHex(sha256(file.bytes));
  let forms: FoundForm[];
  try {
    forms = formsOf(file, opts);
    if (forms.length === 1) {
      const source = () => ({ fileName: file.name, hash, ...(file.modified === undefined ? {} : { modified: file.modified }) });
      return [{ ok: true, submission: acceptForm(forms[0].sheet, forms[0], sets, opts, source) }];
    }
  } catch (e) {
    return [fileRejection(file, hash, e)];
  }
  return forms.map((found) => oneOfSeveral(file, found, sets, opts));
}

/** The result of a file known to hold one form (tests, benchmarks): the first of readSubmissions. */
export function readSubmission(file: SubmittedFile, sets: readonly CriteriaSet[], opts: SubmissionOptions = {}): SubmissionResult {
  return readSubmissions(file, sets, opts)[0];
}
