// Alt+Right / Alt+Left move guided entry to the next / previous step from anywhere in the pane —
// also when nothing in it has the focus yet (just after the form was created). Listening on the
// document also keeps Alt+Left from being the browser's "back".

import { useEffect, useRef } from 'react';

/** `move(delta)` for Alt+Right (+1) / Alt+Left (-1) while `enabled`. */
export function useStepShortcuts(move: (delta: number) => void, enabled = true): void {
  const latest = useRef(move);
  latest.current = move;
  useEffect(() => {
    if (!enabled) return undefined;
    const onKeyDown = (event: KeyboardEvent) => {
      if (!event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
      const delta = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
      if (delta === 0) return;
      event.preventDefault();
      // Commit what is being typed (inputs commit on blur) before the step's inputs go away.
      if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
      latest.current(delta);
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [enabled]);
}
