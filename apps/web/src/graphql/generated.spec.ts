// @vitest-environment node
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { generate } from '@graphql-codegen/cli';
import { parse } from 'yaml';

type CodegenConfig = Extract<Parameters<typeof generate>[0], { generates: unknown }>;

const root = join(import.meta.dirname, '../..');

describe('typed GraphQL operations', () => {
  it('are generated from the current apps/api/schema.gql (run `npm run codegen -w @academy/web`)', async () => {
    const config = parse(readFileSync(join(root, 'codegen.yml'), 'utf8')) as CodegenConfig;
    // The per-file preset resolves imports from the working directory, which is the repository
    // root under Vitest but apps/web under `npm run codegen`.
    for (const output of Object.values(config.generates)) {
      const preset = (output as { presetConfig?: Record<string, unknown> }).presetConfig;
      if (preset) preset.cwd = root;
    }
    const files = (await generate({ ...config, cwd: root, silent: true }, false)) as {
      filename: string;
      content: string;
    }[];
    // the schema's input types plus one module per operations file
    const operationFiles = readdirSync(join(import.meta.dirname, 'operations')).filter((f) =>
      f.endsWith('.graphql'),
    );
    expect(files).toHaveLength(operationFiles.length + 1);
    for (const file of files) {
      expect(readFileSync(resolve(root, file.filename), 'utf8'), `${file.filename} is stale`).toBe(
        file.content,
      );
    }
  }, 60_000);

  it('are all re-exported by generated.ts, the module the app imports them from', () => {
    const barrel = readFileSync(join(import.meta.dirname, 'generated.ts'), 'utf8');
    const exported = [
      ...barrel.matchAll(/^export \* from '\.\/operations\/([\w-]+)\.generated';$/gm),
    ];
    const operationFiles = readdirSync(join(import.meta.dirname, 'operations'))
      .filter((f) => f.endsWith('.graphql'))
      .map((f) => f.replace(/\.graphql$/, ''));
    expect(exported.map((m) => m[1])).toEqual(operationFiles);
  });
});
