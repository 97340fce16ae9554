// The text being typed into an input, kept apart from the workbook's value. With `liveMs` the text
// is committed whenever the user pauses typing for that long (entry counts as you type); it is
// always committed on blur or Enter. While the user types, the box keeps their text (a live commit
// re-reads the sheet, whose value may be shown differently: "0,85" is 85 %); when they leave it, it
// shows the workbook's value again. Escape puts back the value the box had before the typing.

import { useCallback, useEffect, useRef, useState, type KeyboardEvent } from 'react';

export interface Draft {
  text: string;
  setText: (text: string) => void;
  onBlur: () => void;
  onKeyDown: (event: KeyboardEvent<HTMLElement>) => void;
}

export interface DraftOptions {
  /** False for multi-line boxes, which commit on Ctrl+Enter instead of Enter. */
  enterCommits?: boolean;
  /** Commit after this many milliseconds without typing (undefined: only on blur / Enter). */
  liveMs?: number;
}

/**
 * `shown` is the workbook's value as text; `commit` receives the typed text and says whether the
 * box keeps it: true when it wrote (the box waits for the new `shown`) or refused the text (which
 * stays, to be corrected); false when the cell already held that value (the box shows `shown`).
 */
export function useDraft(shown: string, commit: (text: string) => boolean, { enterCommits = true, liveMs }: DraftOptions = {}): Draft {
  const [text, setTextState] = useState(shown);
  const dirty = useRef(false);
  const before = useRef(shown);
  const latest = useRef({ shown, commit });
  latest.current = { shown, commit };
  const timer = useRef<ReturnType<typeof setTimeout>>();

  useEffect(() => {
    if (!dirty.current) setTextState(shown);
  }, [shown]);
  useEffect(() => () => clearTimeout(timer.current), []);

  const setText = useCallback(
    (next: string) => {
      if (!dirty.current) before.current = latest.current.shown;
      dirty.current = true;
      setTextState(next);
      clearTimeout(timer.current);
      if (liveMs !== undefined) timer.current = setTimeout(() => latest.current.commit(next), liveMs);
    },
    [liveMs],
  );

  const finish = useCallback(
    (final: string) => {
      clearTimeout(timer.current);
      if (!dirty.current) return;
      dirty.current = false;
      if (!latest.current.commit(final)) setTextState(latest.current.shown);
    },
    [],
  );

  const onBlur = useCallback(() => finish(text), [finish, text]);

  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLElement>) => {
      const commitKey = event.key === 'Enter' && (enterCommits || event.ctrlKey || event.metaKey);
      if (commitKey) {
        event.preventDefault();
        finish(text);
      } else if (event.key === 'Escape' && dirty.current) {
        event.preventDefault();
        setTextState(before.current);
        finish(before.current);
      }
    },
    [enterCommits, finish, text],
  );

  return { text, setText, onBlur, onKeyDown };
}
