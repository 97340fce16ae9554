// `sets`: the built-in criteria sets, one line each.

import { msg } from '../../messages';
import { listBuiltinSets } from '../../sets';
import { HELP_OPTION } from '../args';
import type { Command } from '../command';
import { EXIT } from '../io';

export const setsCommand: Command = {
  name: 'sets',
  summary: msg('cli.sets.summary'),
  usage: msg('cli.sets.usage'),
  options: [{ name: 'json', description: msg('cli.option.json') }, HELP_OPTION],
  run(args, cli) {
    const sets = listBuiltinSets();
    if (args.options.json) {
      cli.out(JSON.stringify(sets, null, 2) + '\n');
      return EXIT.ok;
    }
    const width = Math.max(...sets.map((s) => s.id.length));
    for (const s of sets) {
      cli.say(msg('cli.sets.line', { id: s.id.padEnd(width), year: String(s.year), group: s.group.padEnd(5), formName: s.formName.padEnd(10), max: String(s.maxTotal).padStart(3), title: s.title }));
    }
    return EXIT.ok;
  },
};
