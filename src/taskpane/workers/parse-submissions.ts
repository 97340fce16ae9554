// Reading a batch of submitted files, one by one, reporting each file as it starts and its
// result as it ends. The Web Worker runs it in one go; the in-pane fallback pauses between files
// so the pane stays responsive. Pure: bytes in, plain (structured-cloneable) results out.

import type { CriteriaSet } from '../../criteria/model';
import { readSubmissions } from '../../consolidate/intake';
import type { SubmissionOptions } from '../../consolidate/submission';
import type { SubmissionResult } from '../../consolidate/types';

export interface FileToParse {
  name: string;
  bytes: ArrayBuffer;
  /** The file's modification time (ISO), which decides which of two files of a unit is newer. */
  modified?: string;
}

/** What the pane sends the worker. */
export interface ParseRequest {
  files: FileToParse[];
  options: SubmissionOptions;
  /** Index of the first file in the whole batch (a pool sends each worker a few files at a time). */
  first?: number;
}

/**
 * What the worker sends back, in this order for each file: start, then its results (one per form
 * the file holds, or its rejection); done at the end.
 */
export type ParseMessage =
  | { type: 'start'; index: number; name: string }
  | { type: 'result'; index: number; results: SubmissionResult[] }
  | { type: 'done' };

export interface ParseControl {
  /** Called between files; when it returns true the batch stops (no 'done'). */
  cancelled?: () => boolean;
  /** Awaited between files (the in-pane fallback yields to the browser there). */
  pause?: () => Promise<void>;
}

export async function parseSubmissions(
  request: ParseRequest,
  sets: readonly CriteriaSet[],
  post: (message: ParseMessage) => void,
  control: ParseControl = {},
): Promise<void> {
  for (const [i, file] of request.files.entries()) {
    const index = (request.first ?? 0) + i;
    if (control.cancelled?.()) return;
    post({ type: 'start', index, name: file.name });
    const results = readSubmissions(
      { name: file.name, bytes: new Uint8Array(file.bytes), ...(file.modified === undefined ? {} : { modified: file.modified }) },
      sets,
      request.options,
    );
    post({ type: 'result', index, results });
    if (control.pause) await control.pause();
  }
  if (!control.cancelled?.()) post({ type: 'done' });
}
