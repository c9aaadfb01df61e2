import { randomBytes } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const VALID = join(import.meta.dirname, '../../../libs/curriculum/test/fixtures/valid');

/** A temp copy of the small valid curriculum with a unique id, so tests never share releases. */
export function curriculumCopy() {
  const root = mkdtempSync(join(tmpdir(), 'academy-curriculum-'));
  cpSync(VALID, root, { recursive: true });
  const id = `test-${randomBytes(4).toString('hex')}`;
  const edit = (rel: string, from: string | RegExp, to: string) => {
    const path = join(root, rel);
    const text = readFileSync(path, 'utf8');
    const next = text.replace(from, to);
    if (next === text) throw new Error(`${String(from)} not found in ${rel}`);
    writeFileSync(path, next);
  };
  edit('curriculum.yaml', /^id: .*$/m, `id: ${id}`);
  return { root, id, edit, cleanup: () => rmSync(root, { recursive: true, force: true }) };
}
