import {
  wordCount,
  type CurriculumModel,
  type WorkspaceFile,
  type WorkspaceSegment,
} from '@academy/curriculum';

/** What the workspace knows of a segment translated in the browser. */
export interface StoredSegment {
  segmentId: string;
  target: string;
  sourceText: string;
  state: 'translated' | 'reviewed';
}

export type SegmentStatus = 'missing' | 'outdated' | 'translated' | 'reviewed';

/**
 * A segment's status: the browser's row wins over the repository's file; a row or a file
 * translated from another source text is outdated; a current file counts as reviewed when the
 * file carries a current review.
 */
export function segmentStatus(
  file: WorkspaceFile,
  seg: WorkspaceSegment,
  row: StoredSegment | undefined,
): SegmentStatus {
  if (row) return row.sourceText !== seg.source ? 'outdated' : row.state;
  if (seg.fileTarget === undefined) return 'missing';
  if (file.fileState !== 'complete') return 'outdated';
  return file.fileReviewed ? 'reviewed' : 'translated';
}

export interface FileCounts {
  segments: number;
  complete: number;
  outdated: number;
  missing: number;
  unreviewed: number;
  words: number;
  /** Source words of segments still to translate (missing or outdated). */
  wordsToDo: number;
}

export function countFile(file: WorkspaceFile, rows: Map<string, StoredSegment>): FileCounts {
  const c: FileCounts = {
    segments: 0,
    complete: 0,
    outdated: 0,
    missing: 0,
    unreviewed: 0,
    words: 0,
    wordsToDo: 0,
  };
  for (const seg of file.segments) {
    const status = segmentStatus(file, seg, rows.get(seg.id));
    const words = wordCount(seg.source);
    c.segments++;
    c.words += words;
    if (status === 'missing' || status === 'outdated') {
      c[status]++;
      c.wordsToDo += words;
    } else {
      c.complete++;
      if (status === 'translated') c.unreviewed++;
    }
  }
  return c;
}

/** The core release a model's sources belong to: its manifest's version (an edition shares the core's). */
export function coreVersionOf(model: CurriculumModel): string {
  return model.manifest?.data.version ?? '';
}
