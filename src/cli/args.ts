// Command-line arguments, parsed by Node's `util.parseArgs`: positionals, "--name value",
// "--name=value", "-o value", boolean flags and "--" to end options. parseArgs runs lenient
// (strict: false) and this file checks its tokens, so that every mistake becomes a catalogue
// message in the user's language, with a suggestion for a misspelt option.

import { parseArgs as parseTokens } from 'node:util';
import { msg, type Message } from '../messages';
import { suggest } from '../util/suggest';
import { UsageError } from './io';

export interface OptionSpec {
  /** Long name without dashes ("output"). */
  name: string;
  /** One-letter alias without the dash ("o"). */
  short?: string;
  /** Takes a value (otherwise a boolean flag). */
  value?: boolean;
  /** Shown in help: "<file.xlsx>" (syntax, the same in every language). */
  valueName?: string;
  description: Message;
}

export interface ParsedArgs {
  positionals: string[];
  options: Record<string, string | true>;
}

export const HELP_OPTION: OptionSpec = { name: 'help', short: 'h', description: msg('cli.option.help') };

function unknownOption(rawName: string, specs: OptionSpec[]): UsageError {
  const hint = suggest(rawName.replace(/^--?/, ''), specs.map((s) => s.name));
  return new UsageError(msg('cli.unknownOption', { option: rawName }), hint ? msg('cli.didYouMeanOption', { suggestion: hint }) : undefined);
}

export function parseArgs(argv: string[], specs: OptionSpec[]): ParsedArgs {
  const config = Object.fromEntries(
    specs.map((s) => [s.name, { type: s.value ? ('string' as const) : ('boolean' as const), ...(s.short ? { short: s.short } : {}) }]),
  );
  const { tokens } = parseTokens({ args: argv, options: config, strict: false, allowPositionals: true, tokens: true });
  const positionals: string[] = [];
  const options: Record<string, string | true> = {};
  for (const token of tokens) {
    if (token.kind === 'positional') positionals.push(token.value);
    if (token.kind !== 'option') continue;
    const spec = specs.find((s) => s.name === token.name);
    if (!spec) throw unknownOption(token.rawName, specs);
    if (!spec.value) {
      if (token.inlineValue) throw new UsageError(msg('cli.optionTakesNoValue', { option: spec.name }));
      options[spec.name] = true;
      continue;
    }
    const value = token.value;
    if (value === undefined || (!token.inlineValue && value.startsWith('-') && value !== '-')) {
      throw new UsageError(msg('cli.optionNeedsValue', { option: token.rawName, valueName: spec.valueName ?? '<value>' }));
    }
    options[spec.name] = value;
  }
  return { positionals, options };
}

/** The value of an option that takes one, or undefined. */
export function optionValue(args: ParsedArgs, name: string): string | undefined {
  const v = args.options[name];
  return typeof v === 'string' ? v : undefined;
}

/** Help lines for a list of options, descriptions rendered by `text`. */
export function optionsHelp(specs: OptionSpec[], text: (m: Message) => string): string {
  const rows = specs.map((s) => {
    const names = `${s.short ? `-${s.short}, ` : '    '}--${s.name}${s.value ? ` ${s.valueName ?? '<value>'}` : ''}`;
    return [names, text(s.description)] as const;
  });
  const width = Math.max(...rows.map(([n]) => n.length));
  return rows.map(([n, d]) => `  ${n.padEnd(width)}  ${d}`).join('\n');
}

/** Throws a usage error when more than `count` positional arguments were given. */
export function rejectExtraPositionals(args: ParsedArgs, count: number): void {
  if (args.positionals.length > count) throw new UsageError(msg('cli.unexpectedArgument', { argument: args.positionals[count] }));
}
