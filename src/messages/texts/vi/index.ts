// Every Vietnamese text of the catalogue, by code: the source of truth for codes and their
// parameters. One file per area (the code's prefix); add an area by spreading it here.

import { cli } from './cli';
import { entry } from './entry';
import { excel } from './excel';
import { form } from './form';
import { master } from './master';
import { preview } from './preview';
import { ranking } from './ranking';
import { roster } from './roster';
import { files } from './files';
import { inputs } from './inputs';
import { intake } from './intake';
import { sets } from './sets';
import { xlsx } from './xlsx';

export const vi = {
  ...cli,
  ...entry,
  ...excel,
  ...form,
  ...preview,
  ...ranking,
  ...roster,
  ...files,
  ...inputs,
  ...intake,
  ...sets,
  ...xlsx,
  ...master,
} as const;
