// Loading the pane's core chunk once, and handing it to the components under the pane.

import { createContext, useContext } from 'react';
import { LocalizedError, msg } from '../../messages';

export type Core = typeof import('../core');

/**
 * The core module. The bundler loads its chunk once and hands every later call the same
 * module; a chunk that failed to load is fetched again on the next call.
 */
export function loadCore(): Promise<Core> {
  return import('../core');
}

export const CoreContext = createContext<Core | undefined>(undefined);

/** The loaded core; only components rendered after it loaded (start view, form views) call this. */
export function useCore(): Core {
  const core = useContext(CoreContext);
  if (!core) throw new LocalizedError(msg('pane.frame.coreNotLoaded'));
  return core;
}
