import type { CurriculumModel } from '../loader/model.js';
import { classifyPath, localePathOf, type FileKind } from '../loader/paths.js';
import { translationStatus, type ItemState, type StatusRowKind } from '../translation/status.js';
import { existingTargets } from '../xliff/export.js';
import { extractSegments } from '../xliff/segments.js';

/** One translatable segment, as the XLIFF export cuts it, with the target the repository already holds. */
export interface WorkspaceSegment {
  id: string;
  source: string;
  /** The translation file's text for this segment (stale when the file is outdated). */
  fileTarget?: string;
}

/** A source text file of an edition and its translation into one locale. */
export interface WorkspaceFile {
  /** Logical path of the source file (`modules/x/lessons/y.en.md`): the workspace's file key. */
  sourcePath: string;
  displayPath: string;
  /** Logical path of the translation. */
  targetPath: string;
  kind: FileKind;
  group: { kind: StatusRowKind; id: string };
  /** State of the repository's translation file. */
  fileState: ItemState;
  fileReviewed: boolean;
  sourceHash: string;
  segments: WorkspaceSegment[];
}

/**
 * Every text file an editor can translate into `locale`, grouped as the status report groups them,
 * cut into the XLIFF export's segments, with the targets its translation file already holds.
 */
export function workspaceFiles(model: CurriculumModel, locale: string): WorkspaceFile[] {
  const out: WorkspaceFile[] = [];
  for (const row of translationStatus(model, { locale }).rows) {
    for (const item of row.items) {
      const source = model.files.get(item.sourcePath);
      const ref = classifyPath(item.sourcePath);
      if (!source || !ref) continue;
      // An edition's own version of a core file is a new text: the core's translation of the core
      // file does not translate it (it only feeds translation memory), so the edition's is missing.
      const translation = model.files.get(item.path);
      const foreign = source.origin === 'edition' && translation?.origin === 'core';
      const current = foreign ? new Map<string, string>() : existingTargets(ref.kind, source.text, translation?.text);
      out.push({
        sourcePath: item.sourcePath,
        displayPath: source.displayPath,
        targetPath: localePathOf(item.sourcePath, model.sourceLocale, locale),
        kind: ref.kind,
        group: { kind: row.kind, id: row.id },
        fileState: foreign ? 'missing' : item.state,
        fileReviewed: !foreign && (item.reviewed ?? false),
        sourceHash: source.hash,
        segments: extractSegments(ref.kind, source.text).map((s) => ({ id: s.id, source: s.text, fileTarget: current.get(s.id) })),
      });
    }
  }
  return out;
}

/** Words in a text, as translators count them (Markdown punctuation aside). */
export function wordCount(text: string): number {
  return text.split(/[\s*_#>`[\]()]+/).filter((w) => /\p{L}|\p{N}/u.test(w)).length;
}
