import { classifyPath } from '../loader/paths.js';
import { scanMarkdown, type MarkdownRef } from '../markdown/scan.js';
import { splitFrontMatter } from '../yaml/front-matter.js';
import type { RuleContext } from './context.js';

/** Academy blocks, glossary terms and internal links in every Markdown body (and exercise contexts) must resolve. */
export function markdownRules(ctx: RuleContext): void {
  const { model, problems } = ctx;
  const terms = new Set(Object.keys(model.glossary.get(model.sourceLocale)?.data.terms ?? {}));
  const report = (file: string, refs: MarkdownRef[]) => {
    for (const ref of refs) {
      const message = unresolved(ctx, ref, terms);
      if (message) problems.error(file, ref.line, message);
    }
  };
  for (const file of model.files.values()) {
    const ref = classifyPath(file.path);
    if (!ref || !['lesson', 'practice', 'host-notes', 'kit-slides', 'trainer-guide'].includes(ref.kind)) continue;
    const split = splitFrontMatter(file.text);
    if (split.unclosed) continue;
    const scan = scanMarkdown(split.body, split.bodyStartLine, { headingsFromH2: true });
    for (const p of scan.problems) {
      if (p.severity === 'error') problems.error(file.displayPath, p.line, p.message);
      else problems.warn(file.displayPath, p.line, p.message);
    }
    report(file.displayPath, scan.refs);
  }
  for (const e of model.exercises.values()) {
    for (const t of e.texts.values()) {
      const line = t.lineOf(['context']);
      const scan = scanMarkdown(t.data.context, line);
      // A YAML block scalar's lines cannot be mapped exactly: report at the `context` key.
      for (const p of scan.problems) problems.error(t.file.displayPath, line, p.message);
      report(t.file.displayPath, scan.refs.map((r) => ({ ...r, line })));
    }
  }
}

export function unresolved({ model }: Pick<RuleContext, 'model'>, ref: MarkdownRef, terms: Set<string>): string | undefined {
  const src = model.sourceLocale;
  switch (ref.kind) {
    case 'lesson': {
      const listed = model.modules.get(ref.module)?.structure?.data.lessons.includes(ref.lesson);
      const file = model.files.has(`modules/${ref.module}/lessons/${ref.lesson}.${src}.md`);
      return listed || file ? undefined : `broken link: lesson "${ref.module}/${ref.lesson}" does not exist`;
    }
    case 'practice':
      return model.files.has(`practices/${ref.slug}.${src}.md`) ? undefined : `broken link: practice "${ref.slug}" does not exist`;
    case 'criteria':
      return model.files.has(`criteria/${ref.group}.yaml`) ? undefined : `broken link: criteria group "${ref.group}" does not exist`;
    case 'term':
      return terms.has(ref.id) ? undefined : `unknown glossary term "${ref.id}"`;
    case 'exercise':
      return model.files.has(`exercises/${ref.id}.yaml`) ? undefined : `unknown lcc-exercise "${ref.id}" (no exercises/${ref.id}.yaml)`;
  }
}
