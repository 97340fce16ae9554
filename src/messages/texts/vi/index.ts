// Every Vietnamese text of the catalogue, by code: the source of truth for codes and their
// parameters. One file per area (the code's prefix); add an area by spreading it in
// without-cli.ts (what the task pane loads first); the command line's own area is added here.

import { cli } from './cli';
import { viWithoutCli } from './without-cli';

export const vi = {
  ...cli,
  ...viWithoutCli,
} as const;
