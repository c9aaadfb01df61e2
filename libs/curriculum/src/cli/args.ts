import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs as parseNodeArgs, type ParseArgsConfig } from 'node:util';

export interface ParsedArgs {
  command: string | undefined;
  positional: string[];
  values: Record<string, string | boolean | (string | boolean)[] | undefined>;
}

/** A command line the CLI cannot run; the message says what to change. */
export class UsageError extends Error {}

type Options = NonNullable<ParseArgsConfig['options']>;
const text = { type: 'string' } as const;
const flag = { type: 'boolean' } as const;

/** Options every command takes. */
const COMMON: Options = { root: text, help: flag };

/** The options of each command; anything else is refused rather than silently ignored. */
const COMMAND_OPTIONS: Record<string, Options> = {
  validate: { edition: text, json: flag },
  status: { locale: text, edition: text, json: flag },
  confirm: {},
  review: { by: text },
  'export-xliff': { locale: text, module: text, edition: text, out: text },
  'import-xliff': {},
  release: { edition: text },
};

/**
 * `cmd a b --flag value --bool` → command, positionals, option values (node:util parseArgs,
 * strict: an unknown option or a missing value throws a UsageError naming it).
 */
export function parseArgs(argv: readonly string[]): ParsedArgs {
  const [command, ...rest] = argv;
  const known = command !== undefined && Object.hasOwn(COMMAND_OPTIONS, command);
  const options = { ...COMMON, ...(known ? COMMAND_OPTIONS[command] : {}) };
  try {
    const { values, positionals } = parseNodeArgs({
      args: rest,
      options,
      allowPositionals: true,
      strict: known,
    });
    return { command, positional: positionals, values };
  } catch (e) {
    const names = Object.keys(options).map((o) => `--${o}`).join(', ');
    const code = (e as { code?: string }).code;
    const option = /'(-[^' ]+)/.exec(e instanceof Error ? e.message : '')?.[1] ?? '';
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION')
      throw new UsageError(`${command}: unknown option ${option} (options: ${names})`);
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE')
      throw new UsageError(
        options[option.replace(/^--/, '')]?.type === 'boolean'
          ? `${command}: ${option} takes no value`
          : `${command}: ${option} needs a value`,
      );
    throw e;
  }
}

export function stringFlag(args: ParsedArgs, name: string): string | undefined {
  const v = args.values[name];
  return typeof v === 'string' ? v : undefined;
}

/** The default curriculum root: `curriculum/` in the nearest ancestor of cwd that has one with a curriculum.yaml. */
export function defaultRoot(cwd: string): string {
  let dir = resolve(cwd);
  for (;;) {
    if (existsSync(join(dir, 'curriculum', 'curriculum.yaml'))) return join(dir, 'curriculum');
    if (existsSync(join(dir, 'curriculum.yaml'))) return dir;
    const up = dirname(dir);
    if (up === dir) return join(resolve(cwd), 'curriculum');
    dir = up;
  }
}
