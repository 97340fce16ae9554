// `sets`: the built-in criteria sets, one line each.

import { listBuiltinSets } from '../../sets';
import { HELP_OPTION } from '../args';
import type { Command } from '../command';
import { EXIT } from '../io';

export const setsCommand: Command = {
  name: 'sets',
  summary: 'List the built-in criteria sets (year × group).',
  usage: 'sets [--json]',
  options: [{ name: 'json', description: 'Print JSON.' }, HELP_OPTION],
  run(args, io) {
    const sets = listBuiltinSets();
    if (args.options.json) {
      io.out(JSON.stringify(sets, null, 2) + '\n');
      return EXIT.ok;
    }
    const width = Math.max(...sets.map((s) => s.id.length));
    for (const s of sets) io.out(`${s.id.padEnd(width)}  ${s.year}  ${s.group.padEnd(5)}  ${s.formName.padEnd(10)}  max ${String(s.maxTotal).padStart(3)}  ${s.title}\n`);
    return EXIT.ok;
  },
};
