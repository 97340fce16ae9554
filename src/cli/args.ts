// A tiny argument parser: positionals, "--name value", "--name=value", "-o value", boolean
// flags and "--" to end options. Unknown options are usage errors with a suggestion.

import { suggest } from '../util/suggest';
import { UsageError } from './io';

export interface OptionSpec {
  /** Long name without dashes ("output"). */
  name: string;
  /** One-letter alias without the dash ("o"). */
  short?: string;
  /** Takes a value (otherwise a boolean flag). */
  value?: boolean;
  /** Shown in help: "<file>". */
  valueName?: string;
  description: string;
}

export interface ParsedArgs {
  positionals: string[];
  options: Record<string, string | true>;
}

export const HELP_OPTION: OptionSpec = { name: 'help', short: 'h', description: 'Show this help.' };

function findSpec(specs: OptionSpec[], token: string): OptionSpec {
  const long = token.startsWith('--');
  const name = token.replace(/^--?/, '');
  const spec = specs.find((s) => (long ? s.name === name : s.short === name));
  if (spec) return spec;
  const hint = suggest(name, specs.map((s) => s.name));
  throw new UsageError(`Unknown option: ${token}`, hint ? `Did you mean --${hint}?` : undefined);
}

export function parseArgs(argv: string[], specs: OptionSpec[]): ParsedArgs {
  const positionals: string[] = [];
  const options: Record<string, string | true> = {};
  for (let i = 0; i < argv.length; i++) {
    const token = argv[i];
    if (token === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (!token.startsWith('-') || token === '-') {
      positionals.push(token);
      continue;
    }
    const eq = token.indexOf('=');
    const head = token.startsWith('--') && eq > 0 ? token.slice(0, eq) : token;
    const spec = findSpec(specs, head);
    if (!spec.value) {
      if (head !== token) throw new UsageError(`Option --${spec.name} takes no value.`);
      options[spec.name] = true;
      continue;
    }
    const value = head !== token ? token.slice(eq + 1) : argv[++i];
    if (value === undefined || (head === token && value.startsWith('-') && value !== '-')) {
      throw new UsageError(`Option ${head} needs a value ${spec.valueName ?? '<value>'}.`);
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

/** Help lines for a list of options. */
export function optionsHelp(specs: OptionSpec[]): string {
  const rows = specs.map((s) => {
    const names = `${s.short ? `-${s.short}, ` : '    '}--${s.name}${s.value ? ` ${s.valueName ?? '<value>'}` : ''}`;
    return [names, s.description] as const;
  });
  const width = Math.max(...rows.map(([n]) => n.length));
  return rows.map(([n, d]) => `  ${n.padEnd(width)}  ${d}`).join('\n');
}

/** Throws a usage error when more than `count` positional arguments were given. */
export function rejectExtraPositionals(args: ParsedArgs, count: number): void {
  if (args.positionals.length > count) throw new UsageError(`Unexpected argument: ${args.positionals[count]}`);
}
