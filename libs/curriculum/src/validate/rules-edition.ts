import type { RuleContext } from './context.js';
import { parseLocatedYaml } from '../yaml/located.js';
import { splitFrontMatter } from '../yaml/front-matter.js';

/** Reads `overrides:` from a file's top level / front matter, with its line. */
export function readOverrides(text: string, markdown: boolean): { value?: string; line: number } {
  let yaml = text;
  let offset = 0;
  if (markdown) {
    const split = splitFrontMatter(text);
    if (split.frontMatter === undefined) return { line: 1 };
    yaml = split.frontMatter;
    offset = split.frontMatterOffset;
  }
  const located = parseLocatedYaml(yaml, offset);
  const data = located.data as Record<string, unknown> | undefined;
  const value = data && typeof data === 'object' ? data['overrides'] : undefined;
  return { value: typeof value === 'string' ? value : undefined, line: value === undefined ? 1 : located.lineOf(['overrides']) };
}

/** Edition overrides must record the core hash they replace; stale ones warn; overriding nothing is an error. */
export function editionRules({ model, problems }: RuleContext): void {
  if (model.edition) {
    const id = model.edition.data.id;
    const expected = model.edition.file.displayPath.split('/')[1];
    if (id !== expected) problems.error(model.edition.file.displayPath, model.edition.lineOf(['id']), `id "${id}" does not match the folder "${expected}"`);
  }
  for (const [folder, ed] of model.editions) {
    if (ed.data.id !== folder) problems.error(ed.file.displayPath, ed.lineOf(['id']), `id "${ed.data.id}" does not match the folder "${folder}"`);
  }
  for (const file of model.files.values()) {
    if (file.origin !== 'edition' || file.path === 'CHANGELOG.md') continue;
    const { value, line } = readOverrides(file.text, file.path.endsWith('.md'));
    if (file.replacesHash === undefined) {
      if (value !== undefined) problems.error(file.displayPath, line, `overrides a core file that does not exist: ${file.path}`);
      continue;
    }
    if (value === undefined)
      problems.error(file.displayPath, 1, `replaces core ${file.path} but records no "overrides: ${file.replacesHash}"`);
    else if (value !== file.replacesHash)
      problems.warn(file.displayPath, line, `override is behind core: ${file.path} changed (recorded ${value}, now ${file.replacesHash})`);
  }
}
