/** One finding of the validator, always pointing at a file and a line. */
export type Severity = 'error' | 'warning';

export interface Problem {
  /** Path relative to the curriculum root, with forward slashes (edition files keep their `editions/<id>/` prefix). */
  file: string;
  /** 1-based line; 1 when the problem concerns the whole file. */
  line: number;
  message: string;
  severity: Severity;
}

export interface ValidationResult {
  errors: Problem[];
  warnings: Problem[];
}

/** Collects problems from all rules so that every problem is reported, not just the first. */
export class ProblemList {
  readonly items: Problem[] = [];

  error(file: string, line: number, message: string): void {
    this.items.push({ file, line, message, severity: 'error' });
  }

  warn(file: string, line: number, message: string): void {
    this.items.push({ file, line, message, severity: 'warning' });
  }

  toResult(): ValidationResult {
    const sorted = dedupe(this.items).sort(compareProblems);
    return {
      errors: sorted.filter((p) => p.severity === 'error'),
      warnings: sorted.filter((p) => p.severity === 'warning'),
    };
  }
}

export function formatProblem(p: Problem): string {
  return `${p.file}:${p.line}: ${p.severity === 'warning' ? 'warning: ' : ''}${p.message}`;
}

function compareProblems(a: Problem, b: Problem): number {
  return a.file.localeCompare(b.file) || a.line - b.line || a.message.localeCompare(b.message);
}

function dedupe(list: Problem[]): Problem[] {
  const seen = new Set<string>();
  return list.filter((p) => {
    const key = `${p.severity}|${p.file}|${p.line}|${p.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
