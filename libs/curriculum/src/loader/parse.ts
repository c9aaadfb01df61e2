import type { z } from 'zod';
import type { VirtualFile } from '../edition/overlay.js';
import type { ProblemList } from '../problems.js';
import { parseLocatedYaml } from '../yaml/located.js';
import { splitFrontMatter } from '../yaml/front-matter.js';
import type { LoadedFile } from './model.js';
import type { FileRef } from './paths.js';

/** Parses a YAML file or a Markdown file's front matter and checks it against `schema`, reporting every issue with its line. */
export function parseFile<T>(
  file: VirtualFile,
  ref: FileRef,
  schema: z.ZodType<T>,
  problems: ProblemList,
): LoadedFile<T> | undefined {
  const where = file.displayPath;
  const isMarkdown = file.path.endsWith('.md');
  let yamlText = file.text;
  let offset = 0;
  let body: string | undefined;
  let bodyStartLine: number | undefined;
  if (isMarkdown) {
    const split = splitFrontMatter(file.text);
    if (split.unclosed) {
      problems.error(where, 1, 'front matter opened with --- is never closed');
      return undefined;
    }
    if (split.frontMatter === undefined) {
      problems.error(where, 1, 'missing front matter (the file must start with ---)');
      return undefined;
    }
    yamlText = split.frontMatter;
    offset = split.frontMatterOffset;
    body = split.body;
    bodyStartLine = split.bodyStartLine;
  }
  const located = parseLocatedYaml(yamlText, offset);
  for (const e of located.syntaxErrors) problems.error(where, e.line, `YAML: ${e.message}`);
  if (located.syntaxErrors.length) return undefined;
  let data = located.data;
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    problems.error(where, 1 + offset, isMarkdown ? 'front matter must be a YAML mapping' : 'file must be a YAML mapping');
    return undefined;
  }
  let overrides: string | undefined;
  if ('overrides' in data) {
    const { overrides: recorded, ...rest } = data as Record<string, unknown>;
    data = rest;
    if (file.origin === 'core') problems.error(where, located.lineOf(['overrides']), '`overrides` is only allowed in edition files');
    else if (typeof recorded !== 'string' || !/^[0-9a-f]{16}$/.test(recorded))
      problems.error(where, located.lineOf(['overrides']), 'overrides: must be 16 lowercase hex characters');
    else overrides = recorded;
  }
  const result = schema.safeParse(data);
  if (!result.success) {
    for (const issue of result.error.issues) {
      const keys = issue.code === 'unrecognized_keys' ? issue.keys : [undefined];
      for (const key of keys) {
        const path = key === undefined ? issue.path : [...issue.path, key];
        const label = path.map(String).join('.');
        const message = key === undefined ? issue.message : `unknown key "${key}"`;
        problems.error(where, located.lineOf(path), label ? `${label}: ${message}` : message);
      }
    }
    return undefined;
  }
  return { ref, file, data: result.data, lineOf: located.lineOf.bind(located), body, bodyStartLine, overrides };
}
