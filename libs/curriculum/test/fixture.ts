import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { validateCurriculum } from '../src/validate/validate.js';
import { formatProblem } from '../src/problems.js';

export const FIXTURES = join(import.meta.dirname, 'fixtures');

/** A temp copy of a fixture folder with small mutation helpers, so each rule test changes one thing. */
export class FixtureCopy {
  readonly root: string;
  constructor(name = 'valid') {
    this.root = mkdtempSync(join(tmpdir(), 'curriculum-'));
    cpSync(join(FIXTURES, name), this.root, { recursive: true });
  }
  read(rel: string): string {
    return readFileSync(join(this.root, rel), 'utf8');
  }
  write(rel: string, text: string): this {
    mkdirSync(dirname(join(this.root, rel)), { recursive: true });
    writeFileSync(join(this.root, rel), text);
    return this;
  }
  replace(rel: string, from: string | RegExp, to: string): this {
    const text = this.read(rel);
    const next = text.replace(from, to);
    if (next === text) throw new Error(`fixture: ${String(from)} not found in ${rel}`);
    return this.write(rel, next);
  }
  remove(rel: string): this {
    rmSync(join(this.root, rel));
    return this;
  }
  /** Formatted problems (`path:line: message`), errors first. */
  problems(edition?: string): { errors: string[]; warnings: string[] } {
    const r = validateCurriculum(this.root, { edition });
    return { errors: r.errors.map(formatProblem), warnings: r.warnings.map(formatProblem) };
  }
  cleanup(): void {
    rmSync(this.root, { recursive: true, force: true });
  }
}
