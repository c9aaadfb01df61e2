import { parseArgs, type ParseArgsConfig } from 'node:util';

/** A command line the CLI cannot run; the message names the option to change. */
export class UsageError extends Error {}

/**
 * node:util parseArgs (strict: unknown options and missing values are refused), with its errors
 * turned into one short sentence for the terminal.
 */
export function parseCommandLine<T extends ParseArgsConfig>(
  config: T,
): ReturnType<typeof parseArgs<T>> {
  try {
    return parseArgs(config);
  } catch (e) {
    const code = (e as { code?: string }).code;
    const option = /'(-[^' ]+)/.exec(e instanceof Error ? e.message : '')?.[1] ?? '';
    const names = Object.keys(config.options ?? {}).map((o) => `--${o}`);
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION')
      throw new UsageError(`Unknown option ${option} (options: ${names.join(', ') || 'none'}).`);
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
      const type = config.options?.[option.replace(/^--?/, '')]?.type;
      throw new UsageError(
        type === 'boolean' ? `Option ${option} takes no value.` : `Option ${option} needs a value.`,
      );
    }
    if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL')
      throw new UsageError(
        `Unexpected argument ${/'([^']*)'/.exec((e as Error).message)?.[1] ?? ''}.`,
      );
    throw e;
  }
}
