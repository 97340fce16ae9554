// Typing in the sheet is picked up: Office change events are only hints (a value picked from a
// validation list fires none), so the pane also re-reads when it regains focus or becomes visible.

import { useEffect, useRef } from 'react';
import type { Unsubscribe, WorkbookPort } from '../../excel/port';

/** Quiet time after the last change event before re-reading (a paste fires many). */
export const CHANGE_DEBOUNCE_MS = 150;

export function useRefreshTriggers(port: WorkbookPort, refresh: () => Promise<void>): void {
  const latest = useRef(refresh);
  latest.current = refresh;

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const soon = () => {
      if (timer !== undefined) clearTimeout(timer);
      timer = setTimeout(() => {
        timer = undefined;
        void latest.current();
      }, CHANGE_DEBOUNCE_MS);
    };
    const onVisibility = () => {
      if (document.visibilityState === 'visible') soon();
    };
    window.addEventListener('focus', soon);
    document.addEventListener('visibilitychange', onVisibility);

    let unsubscribe: Unsubscribe | undefined;
    let unmounted = false;
    port
      .onChanged(() => soon())
      .then((off) => {
        if (unmounted) void off();
        else unsubscribe = off;
      })
      .catch(() => undefined); // no change events on this host: focus and the refresh button remain

    return () => {
      unmounted = true;
      if (timer !== undefined) clearTimeout(timer);
      window.removeEventListener('focus', soon);
      document.removeEventListener('visibilitychange', onVisibility);
      if (unsubscribe) void unsubscribe();
    };
  }, [port]);
}
