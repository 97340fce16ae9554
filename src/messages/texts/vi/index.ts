// Every Vietnamese text of the catalogue, by code: the source of truth for codes and their
// parameters. One file per area (the code's prefix); add an area by spreading it here.

import { excel } from './excel';
import { xlsx } from './xlsx';

export const vi = {
  ...excel,
  ...xlsx,
} as const;
