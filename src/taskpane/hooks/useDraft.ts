// The text being typed into an input, kept apart from the workbook's value until it is committed
// (on blur or Enter). Until the user types, the input follows the workbook; Escape undoes the typing.

import { useCallback, useEffect, useRef, useState, type KeyboardEvent } from 'react';

export interface Draft {
  text: string;
  setText: (text: string) => void;
  onBlur: () => void;
  onKeyDown: (event: KeyboardEvent<HTMLElement>) => void;
}

/**
 * `shown` is the workbook's value as text; `commit` receives the typed text when the user is done.
 * `enterCommits` is false for multi-line boxes, which commit on Ctrl+Enter instead.
 */
export function useDraft(shown: string, commit: (text: string) => void, enterCommits = true): Draft {
  const [text, setTextState] = useState(shown);
  const dirty = useRef(false);

  useEffect(() => {
    if (!dirty.current) setTextState(shown);
  }, [shown]);

  const setText = useCallback((next: string) => {
    dirty.current = true;
    setTextState(next);
  }, []);

  const finish = useCallback(() => {
    if (!dirty.current) return;
    dirty.current = false;
    commit(text);
  }, [commit, text]);

  const onBlur = finish;

  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLElement>) => {
      const commitKey = event.key === 'Enter' && (enterCommits || event.ctrlKey || event.metaKey);
      if (commitKey) {
        event.preventDefault();
        finish();
      } else if (event.key === 'Escape' && dirty.current) {
        event.preventDefault();
        dirty.current = false;
        setTextState(shown);
      }
    },
    [enterCommits, finish, shown],
  );

  return { text, setText, onBlur, onKeyDown };
}
