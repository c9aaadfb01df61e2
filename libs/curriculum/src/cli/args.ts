import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

export interface ParsedArgs {
  command: string | undefined;
  positional: string[];
  flags: Map<string, string | true>;
}

/** `cmd a b --flag value --bool` → command, positionals, flags. */
export function parseArgs(argv: readonly string[]): ParsedArgs {
  const [command, ...rest] = argv;
  const positional: string[] = [];
  const flags = new Map<string, string | true>();
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i] ?? '';
    if (!arg.startsWith('--')) {
      positional.push(arg);
      continue;
    }
    const [name = '', inline] = arg.slice(2).split('=', 2);
    const next = rest[i + 1];
    if (inline !== undefined) flags.set(name, inline);
    else if (next !== undefined && !next.startsWith('--') && !BOOLEAN_FLAGS.has(name)) {
      flags.set(name, next);
      i++;
    } else flags.set(name, true);
  }
  return { command, positional, flags };
}

const BOOLEAN_FLAGS = new Set(['json', 'help']);

export function stringFlag(args: ParsedArgs, name: string): string | undefined {
  const v = args.flags.get(name);
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
