// Loading the pane's core chunk once, and handing it to the components under the pane.

import { createContext, useContext } from 'react';

export type Core = typeof import('../core');

let loading: Promise<Core> | undefined;

/** The core module; the first call starts loading its chunk, later calls share it. */
export function loadCore(): Promise<Core> {
  loading ??= import('../core').catch((error: unknown) => {
    loading = undefined; // a chunk that failed to load is fetched again on the next refresh
    throw error;
  });
  return loading;
}

export const CoreContext = createContext<Core | undefined>(undefined);

/** The loaded core; only components rendered after it loaded (start view, form views) call this. */
export function useCore(): Core {
  const core = useContext(CoreContext);
  if (!core) throw new Error('The pane core is used before it has loaded.');
  return core;
}
