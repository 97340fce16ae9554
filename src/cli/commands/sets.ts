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
    const widthOf = (texts: string[]) => Math.max(...texts.map((t) => t.length));
    const [idWidth, groupWidth, formWidth, maxWidth] = [sets.map((s) => s.id), sets.map((s) => s.group), sets.map((s) => s.formName), sets.map((s) => String(s.maxTotal))].map(widthOf);
    for (const s of sets) {
      const columns = { id: s.id.padEnd(idWidth), year: String(s.year), group: s.group.padEnd(groupWidth), formName: s.formName.padEnd(formWidth) };
      cli.say(msg('cli.sets.line', { ...columns, max: String(s.maxTotal).padStart(maxWidth), title: s.title }));
    }
    return EXIT.ok;
  },
};
