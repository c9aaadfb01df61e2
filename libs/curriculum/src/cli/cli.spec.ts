import { afterEach, describe, expect, it } from 'vitest';
import { FixtureCopy } from '../../test/fixture.js';
import { runCli, USAGE } from './run.js';

let fx: FixtureCopy;
afterEach(() => fx?.cleanup());

function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = runCli(argv, { out: (l) => out.push(l), err: (l) => err.push(l), cwd: fx.root });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('curriculum CLI', () => {
  it('validate prints path:line lines, a summary, and exits 1 on errors', () => {
    fx = new FixtureCopy();
    expect(run('validate')).toMatchObject({ code: 0, out: '0 errors, 0 warnings' });
    fx.replace('modules/intro/quiz.yaml', 'answer: b', 'answer: z');
    const r = run('validate', '--root', fx.root);
    expect(r.code).toBe(1);
    expect(r.out).toBe('modules/intro/quiz.yaml:5: linear-definition: answer "z" is not one of its options\n1 error, 0 warnings');
  });

  it('validate without --edition also checks each edition', () => {
    fx = new FixtureCopy();
    fx.replace('editions/town/practices/town-lamps.en.md', 'productGroup: furniture', 'productGroup: lamps');
    expect(run('validate').out).toContain('editions/town/practices/town-lamps.en.md:7: productGroup "lamps" is not a criteria group');
  });

  it('status prints a table and JSON; confirm rewrites the hash', () => {
    fx = new FixtureCopy();
    fx.replace('modules/intro/module.en.yaml', 'Why circular.', 'Why circular?');
    const table = run('status', '--locale', 'nl').out;
    expect(table).toMatch(/module intro\s+nl\s+outdated/);
    expect(table).toContain('outdated: modules/intro/module.nl.yaml');
    expect(JSON.parse(run('status', '--json').out).summary.map((s: { locale: string }) => s.locale)).toEqual(['nl', 'de']);
    expect(run('confirm', 'modules/intro/module.nl.yaml').out).toMatch(/^modules\/intro\/module\.nl\.yaml: sourceHash [0-9a-f]{16} → [0-9a-f]{16}$/);
    expect(run('status', '--locale', 'nl').out).toMatch(/module intro\s+nl\s+partial/);
  });

  it('review records the reviewer; without --by it says what it needs', () => {
    fx = new FixtureCopy();
    expect(run('review', 'courses/basics.nl.yaml')).toMatchObject({ code: 2, err: 'review needs at least one translation file and --by "Name, role"' });
    expect(run('review', 'courses/basics.nl.yaml', '--by', 'Eva de Vries')).toMatchObject({ code: 0, out: 'courses/basics.nl.yaml: reviewed by Eva de Vries' });
    expect(run('status', '--locale', 'nl').out).toMatch(/nl: .*; 5 not reviewed by a native-speaking expert\)/);
  });

  it('prints usage on unknown commands and points release to the API', () => {
    fx = new FixtureCopy();
    expect(run('frobnicate')).toMatchObject({ code: 2, err: `unknown command "frobnicate"\n\n${USAGE}` });
    expect(run('release')).toMatchObject({ code: 1, err: 'release is run by the API: npm run curriculum:release' });
  });

  it('refuses unknown options and missing values instead of ignoring them', () => {
    fx = new FixtureCopy();
    expect(run('status', '--locael', 'nl')).toMatchObject({
      code: 2,
      err: `status: unknown option --locael (options: --root, --help, --locale, --edition, --json)\n\n${USAGE}`,
    });
    // An option of another command is just as unknown here.
    expect(run('validate', '--locale', 'nl').err).toMatch(/^validate: unknown option --locale /);
    expect(run('export-xliff', '--locale')).toMatchObject({ code: 2, err: expect.stringMatching(/^export-xliff: --locale needs a value\n/) });
    expect(run('validate', '--json=yes')).toMatchObject({ code: 2, err: expect.stringMatching(/^validate: --json takes no value\n/) });
    expect(run('status', '--help')).toMatchObject({ code: 0, out: USAGE });
  });

  it('reads --option=value and options before or after positionals', () => {
    fx = new FixtureCopy();
    expect(run('status', '--locale=nl').out).toMatch(/module intro\s+nl\s+/);
    expect(run('review', '--by=Eva de Vries', 'courses/basics.nl.yaml')).toMatchObject({ code: 0, out: 'courses/basics.nl.yaml: reviewed by Eva de Vries' });
  });
});
