import { parseCommandLine, UsageError } from './args.js';

const options = { email: { type: 'string' }, help: { type: 'boolean' } } as const;
const parse = (...args: string[]) => parseCommandLine({ args, options, allowPositionals: true });
const refusal = (fn: () => unknown): string => {
  try {
    fn();
  } catch (e) {
    if (e instanceof UsageError) return e.message;
    throw e;
  }
  throw new Error('accepted');
};

describe('command-line arguments (node:util parseArgs)', () => {
  it('reads options and positionals in any order, with --name=value', () => {
    expect(parse('create', '--email=a@b.example', '--help')).toMatchObject({
      positionals: ['create'],
      values: { email: 'a@b.example', help: true },
    });
  });

  it('refuses an unknown option by name, listing the known ones', () => {
    expect(refusal(() => parse('create', '--emial', 'a@b.example'))).toBe(
      'Unknown option --emial (options: --email, --help).',
    );
  });

  it('refuses a missing value and a value for a switch', () => {
    expect(refusal(() => parse('create', '--email'))).toBe('Option --email needs a value.');
    expect(refusal(() => parse('--help=yes'))).toBe('Option --help takes no value.');
  });

  it('refuses stray arguments where a command takes none', () => {
    expect(refusal(() => parseCommandLine({ args: ['extra'], options }))).toBe(
      'Unexpected argument extra.',
    );
  });
});
