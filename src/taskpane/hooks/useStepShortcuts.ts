// Alt+Right / Alt+Left move guided entry to the next / previous step from anywhere in the view.

import { useCallback, type KeyboardEvent } from 'react';

export function useStepShortcuts(move: (delta: number) => void): (event: KeyboardEvent<HTMLElement>) => void {
  return useCallback(
    (event: KeyboardEvent<HTMLElement>) => {
      if (!event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
      const delta = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
      if (delta === 0) return;
      event.preventDefault();
      // Commit what is being typed (inputs commit on blur) before the step's inputs go away.
      if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
      move(delta);
    },
    [move],
  );
}
