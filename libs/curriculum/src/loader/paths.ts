/** What a file is, derived from its path relative to the curriculum root (see curriculum/README.md "Layout"). */
export type FileKind =
  | 'manifest'
  | 'changelog'
  | 'edition'
  | 'glossary'
  | 'course'
  | 'course-text'
  | 'module'
  | 'module-text'
  | 'lesson'
  | 'quiz'
  | 'quiz-text'
  | 'host-notes'
  | 'assessment'
  | 'assessment-text'
  | 'exercise'
  | 'exercise-text'
  | 'practice'
  | 'criteria'
  | 'criteria-text'
  | 'kit-slides'
  | 'kit-cards'
  | 'kit-cards-text'
  | 'evaluation-form'
  | 'evaluation-form-text'
  | 'trainer-guide';

export interface FileRef {
  kind: FileKind;
  /** Logical path relative to the curriculum root (edition files: relative to the edition folder). */
  path: string;
  /** Slug or id named by the file (course, module, lesson, practice, group, exercise, assessment). */
  id: string;
  /** The module for module, lesson, quiz and host-notes files. */
  module?: string;
  lesson?: string;
  locale?: string;
}

const N = '([^/.]+)';
const PATTERNS: [RegExp, FileKind, (m: RegExpMatchArray) => Partial<FileRef>][] = [
  [/^curriculum\.yaml$/, 'manifest', () => ({ id: 'curriculum' })],
  [/^CHANGELOG\.md$/, 'changelog', () => ({ id: 'changelog' })],
  [new RegExp(`^editions/${N}/edition\\.yaml$`), 'edition', (m) => ({ id: m[1] })],
  [new RegExp(`^glossary/glossary\\.${N}\\.yaml$`), 'glossary', (m) => ({ id: 'glossary', locale: m[1] })],
  [new RegExp(`^courses/${N}\\.yaml$`), 'course', (m) => ({ id: m[1] })],
  [new RegExp(`^courses/${N}\\.${N}\\.yaml$`), 'course-text', (m) => ({ id: m[1], locale: m[2] })],
  [new RegExp(`^modules/${N}/module\\.yaml$`), 'module', (m) => ({ id: m[1], module: m[1] })],
  [new RegExp(`^modules/${N}/module\\.${N}\\.yaml$`), 'module-text', (m) => ({ id: m[1], module: m[1], locale: m[2] })],
  [
    new RegExp(`^modules/${N}/lessons/${N}\\.${N}\\.md$`),
    'lesson',
    (m) => ({ id: m[2], module: m[1], lesson: m[2], locale: m[3] }),
  ],
  [new RegExp(`^modules/${N}/quiz\\.yaml$`), 'quiz', (m) => ({ id: m[1], module: m[1] })],
  [new RegExp(`^modules/${N}/quiz\\.${N}\\.yaml$`), 'quiz-text', (m) => ({ id: m[1], module: m[1], locale: m[2] })],
  [new RegExp(`^modules/${N}/host-notes\\.${N}\\.md$`), 'host-notes', (m) => ({ id: m[1], module: m[1], locale: m[2] })],
  [new RegExp(`^modules/${N}/kit/slides\\.${N}\\.md$`), 'kit-slides', (m) => ({ id: m[1], module: m[1], locale: m[2] })],
  [new RegExp(`^modules/${N}/kit/cards\\.yaml$`), 'kit-cards', (m) => ({ id: m[1], module: m[1] })],
  [new RegExp(`^modules/${N}/kit/cards\\.${N}\\.yaml$`), 'kit-cards-text', (m) => ({ id: m[1], module: m[1], locale: m[2] })],
  [/^kit\/evaluation-form\.yaml$/, 'evaluation-form', () => ({ id: 'evaluation-form' })],
  [new RegExp(`^kit/evaluation-form\\.${N}\\.yaml$`), 'evaluation-form-text', (m) => ({ id: 'evaluation-form', locale: m[1] })],
  [new RegExp(`^kit/train-the-trainer\\.${N}\\.md$`), 'trainer-guide', (m) => ({ id: 'train-the-trainer', locale: m[1] })],
  [new RegExp(`^assessments/${N}\\.yaml$`), 'assessment', (m) => ({ id: m[1] })],
  [new RegExp(`^assessments/${N}\\.${N}\\.yaml$`), 'assessment-text', (m) => ({ id: m[1], locale: m[2] })],
  [new RegExp(`^exercises/${N}\\.yaml$`), 'exercise', (m) => ({ id: m[1] })],
  [new RegExp(`^exercises/${N}\\.${N}\\.yaml$`), 'exercise-text', (m) => ({ id: m[1], locale: m[2] })],
  [new RegExp(`^practices/${N}\\.${N}\\.md$`), 'practice', (m) => ({ id: m[1], locale: m[2] })],
  [new RegExp(`^criteria/${N}\\.yaml$`), 'criteria', (m) => ({ id: m[1] })],
  [new RegExp(`^criteria/${N}\\.${N}\\.yaml$`), 'criteria-text', (m) => ({ id: m[1], locale: m[2] })],
];

export function classifyPath(path: string): FileRef | undefined {
  for (const [re, kind, pick] of PATTERNS) {
    const m = path.match(re);
    if (m) return { kind, path, id: '', ...pick(m) };
  }
  return undefined;
}

/** Files that are documentation, not content: ignored by the loader. */
export function isIgnoredPath(path: string): boolean {
  const name = path.split('/').pop() ?? path;
  return name.startsWith('.') || /^README(\.[a-z-]+)?\.md$/i.test(name) || name === 'FORMAT-NOTES.md';
}

/** The path of the source-locale file a text file is translated from. */
export function sourcePathOf(ref: FileRef, sourceLocale: string): string {
  if (!ref.locale) return ref.path;
  const ext = ref.path.endsWith('.md') ? 'md' : 'yaml';
  return ref.path.replace(new RegExp(`\\.${escapeRe(ref.locale)}\\.${ext}$`), `.${sourceLocale}.${ext}`);
}

/** The path of the same text file in another locale. */
export function localePathOf(sourcePath: string, fromLocale: string, toLocale: string): string {
  return sourcePath.replace(new RegExp(`\\.${escapeRe(fromLocale)}\\.(md|yaml)$`), `.${toLocale}.$1`);
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
