// The command line's folder scan (src/cli/collect-files.ts), in English.

import type { files as vi } from '../vi/files';
import type { EnglishOf } from './english-of';

export const files = {
  'files.special': 'Skipped “{path}”: not a regular file ({kind:message}).',
  'files.linkOutside': 'Skipped “{path}”: a link leading outside the chosen folder.',
  'files.unreadableFolder': 'Skipped folder “{path}”: cannot be read ({reason}).',
  'files.loop': 'Skipped “{path}”: a link back to a folder already read.',
  'files.notRegular': 'Not reading “{path}”: not a regular file (a pipe, a device…).',
  'files.kind.fifo': 'named pipe',
  'files.kind.socket': 'socket',
  'files.kind.device': 'device',
} as const satisfies EnglishOf<typeof vi>;
