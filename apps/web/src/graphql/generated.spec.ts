// @vitest-environment node
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generate } from '@graphql-codegen/cli';

type CodegenConfig = Extract<Parameters<typeof generate>[0], { generates: unknown }>;
import { parse } from 'yaml';

const root = join(import.meta.dirname, '../..');

describe('typed GraphQL operations', () => {
  it('are generated from the current apps/api/schema.gql (run `npm run codegen -w @academy/web`)', async () => {
    const config = parse(readFileSync(join(root, 'codegen.yml'), 'utf8')) as CodegenConfig;
    const files = (await generate({ ...config, cwd: root, silent: true }, false)) as {
      filename: string;
      content: string;
    }[];
    expect(files).toHaveLength(1);
    expect(readFileSync(join(root, files[0]!.filename), 'utf8'), 'generated.ts is stale').toBe(
      files[0]!.content,
    );
  }, 60_000);
});
