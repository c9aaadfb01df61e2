import { setTopLevelKey, type CurriculumModel } from '@academy/curriculum';
import { parse } from 'yaml';

// What local adaptation reads from and writes into an edition file's text.

/** An edition's text of a core file records the core hash it replaces, as the validator asks. */
export function withOverrides(model: CurriculumModel, path: string, text: string): string {
  const file = model.files.get(path);
  const coreHash = file?.origin === 'core' ? file.hash : file?.replacesHash;
  return coreHash ? setTopLevelKey(text, 'overrides', coreHash, path.endsWith('.md')) : text;
}

/**
 * Problems at the lines of the text as typed: recording `overrides:` may have added a line at the
 * top of the front matter (setTopLevelKey), which shifts the lines below it by one.
 */
export function asTyped<T extends { line: number; message: string; severity: string }>(
  problems: T[],
  typed: string,
  recorded: string,
  path: string,
): { line: number; message: string; severity: string }[] {
  const added = recorded.split('\n').length - typed.split('\n').length;
  const at = path.endsWith('.md') ? 2 : 1;
  return problems.map(({ line, message, severity }) => ({
    line: added > 0 && line > at ? line - added : line,
    message,
    severity,
  }));
}

export function lessonsOf(moduleYaml: string): string[] {
  const data = parse(moduleYaml) as { lessons?: unknown } | null;
  return Array.isArray(data?.lessons) ? data.lessons.map(String) : [];
}

export function frontMatter(text: string): Record<string, unknown> {
  const m = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
  try {
    return (m?.[1] ? (parse(m[1]) as Record<string, unknown>) : null) ?? {};
  } catch {
    return {};
  }
}
