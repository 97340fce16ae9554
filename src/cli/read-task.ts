// What the command line's read pool and its worker threads say to each other.

import type { SubmissionResult } from '../consolidate';
import type { Message } from '../messages';

/** A file to read: by path (the worker reads it), or already in memory. */
export type ReadTask = { index: number; path: string } | { index: number; name: string; bytes: Uint8Array; modified?: string };

/** A task as sent to a thread: with the number of the pool's batch it belongs to. */
export type PoolTask = ReadTask & { batch: number };

/**
 * The reply for one task: the file's results (one per form it holds, or its rejection), or why
 * the file could not be read (`error`, a catalogue message), or `internal`: the reading itself
 * failed (a bug, not a bad file; for logs).
 */
export type PoolReply = { batch: number; index: number } & ({ results: SubmissionResult[] } | { error: Message } | { internal: string });
