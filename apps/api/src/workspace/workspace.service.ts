import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  checkSegment,
  segmentTerms,
  type Suggestion,
  type WorkspaceFile,
  type WorkspaceSegment,
} from '@academy/curriculum';
import { DataSource } from 'typeorm';
import { notFound } from '../common/errors.js';
import type { CurrentUser } from '../common/graphql-context.js';
import { CurriculumFolder } from './curriculum-folder.js';
import {
  SegmentStatusValue,
  type SegmentProblemObject,
  type WorkspaceCountsObject,
  type WorkspaceEditionObject,
  type WorkspaceFileObject,
  type WorkspaceOverviewObject,
  type WorkspaceSegmentObject,
} from './dto/workspace.objects.js';
import { countFile, segmentStatus, type StoredSegment } from './segment-state.js';
import { WorkspaceSuggestions } from './workspace-suggestions.js';
import { WorkspaceCommentEntity, WorkspaceSegmentEntity } from './workspace.entities.js';

export interface SegmentKey {
  edition: string;
  locale: string;
  sourcePath: string;
  segmentId: string;
}

/** The columns that name a segment's row (workspace_segments, comments, confirmations). */
export function segmentRow(key: SegmentKey) {
  return {
    editionKey: key.edition,
    locale: key.locale,
    sourcePath: key.sourcePath,
    segmentId: key.segmentId,
  };
}

/** The workspace's reads: editions, the overview per edition and locale, one file's segments. */
@Injectable()
export class WorkspaceService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly folder: CurriculumFolder,
    private readonly suggestions: WorkspaceSuggestions,
  ) {}

  edition(id: string): WorkspaceEditionObject {
    const model = this.folder.model(id);
    return { id, name: model.edition?.data.name ?? id, locales: this.folder.locales(id) };
  }

  async overview(edition: string, locale: string): Promise<WorkspaceOverviewObject> {
    const { files } = this.folder.files(edition, locale);
    const rows = await this.dataSource.getRepository(WorkspaceSegmentEntity).find({
      select: { sourcePath: true, segmentId: true, sourceText: true, state: true, target: true },
      where: { editionKey: edition, locale },
    });
    const byFile = new Map<string, Map<string, StoredSegment>>();
    for (const r of rows) {
      const m = byFile.get(r.sourcePath) ?? new Map<string, StoredSegment>();
      m.set(r.segmentId, r);
      byFile.set(r.sourcePath, m);
    }
    const totals: WorkspaceCountsObject = {
      segments: 0,
      complete: 0,
      outdated: 0,
      missing: 0,
      unreviewed: 0,
      words: 0,
      wordsToDo: 0,
    };
    const summaries = files.map((f) => {
      const counts = countFile(f, byFile.get(f.sourcePath) ?? new Map<string, StoredSegment>());
      for (const k of Object.keys(totals) as (keyof WorkspaceCountsObject)[])
        totals[k] += counts[k];
      return {
        sourcePath: f.sourcePath,
        displayPath: f.displayPath,
        groupKind: f.group.kind,
        groupId: f.group.id,
        kind: f.kind,
        ...counts,
      };
    });
    return { edition, locale, totals, files: summaries };
  }

  /** The file the editor opens: every segment with its target, status, glossary terms, suggestions, problems and comments. */
  async file(
    me: CurrentUser,
    edition: string,
    locale: string,
    sourcePath: string,
  ): Promise<WorkspaceFileObject> {
    const file = this.sourceFile(edition, locale, sourcePath);
    const [rows, comments, suggestions] = await Promise.all([
      this.dataSource.getRepository(WorkspaceSegmentEntity).find({
        where: { editionKey: edition, locale, sourcePath },
        relations: { author: true, reviewer: true },
      }),
      this.dataSource.getRepository(WorkspaceCommentEntity).find({
        where: { editionKey: edition, locale, sourcePath },
        relations: { author: true },
        order: { createdAt: 'ASC' },
      }),
      this.suggestions.forFile(edition, locale, file),
    ]);
    const byId = new Map(rows.map((r) => [r.segmentId, r]));
    return {
      edition,
      locale,
      sourcePath,
      displayPath: file.displayPath,
      targetPath: file.targetPath,
      segments: file.segments.map((seg) => {
        const view = this.segmentView(
          me,
          edition,
          locale,
          file,
          seg,
          byId.get(seg.id),
          suggestions.get(seg.id) ?? [],
        );
        view.comments = comments
          .filter((c) => c.segmentId === seg.id)
          .map((c) => ({
            id: c.id,
            body: c.body,
            authorName: c.author?.displayName ?? null,
            createdAt: c.createdAt,
          }));
        return view;
      }),
    };
  }

  /** One segment as the editor shows it; suggestions that equal its target are left out. */
  segmentView(
    me: CurrentUser,
    edition: string,
    locale: string,
    file: WorkspaceFile,
    seg: WorkspaceSegment,
    row: WorkspaceSegmentEntity | undefined,
    memory: Suggestion[],
  ): WorkspaceSegmentObject {
    const model = this.folder.model(edition);
    const status = segmentStatus(file, seg, row);
    const target = row?.target ?? seg.fileTarget ?? null;
    const suggestions = memory.filter((s) => s.target !== target).slice(0, 3);
    return {
      id: seg.id,
      source: seg.source,
      target,
      previousSource: row && row.sourceText !== seg.source ? row.sourceText : null,
      status: SegmentStatusValue[status],
      version: row?.version ?? 0,
      authorName: row?.author?.displayName ?? null,
      reviewerName: row?.reviewer?.displayName ?? null,
      canReview: !!row && status === 'translated' && row.authorId !== me.id,
      terms: segmentTerms(model, locale, seg.source).map((t) => ({
        id: t.id,
        term: t.term,
        translation: t.translation ?? null,
      })),
      suggestions,
      problems: target === null ? [] : this.problems(edition, file, seg, target),
      comments: [],
    };
  }

  problems(
    edition: string,
    file: WorkspaceFile,
    seg: WorkspaceSegment,
    target: string,
  ): SegmentProblemObject[] {
    return checkSegment(this.folder.model(edition), file.kind, seg.id, seg.source, target);
  }

  sourceFile(edition: string, locale: string, sourcePath: string): WorkspaceFile {
    const file = this.folder.files(edition, locale).bySource.get(sourcePath);
    if (!file) throw notFound(`File "${sourcePath}"`);
    return file;
  }

  segment(key: SegmentKey): { file: WorkspaceFile; seg: WorkspaceSegment } {
    const file = this.sourceFile(key.edition, key.locale, key.sourcePath);
    const seg = file.segments.find((s) => s.id === key.segmentId);
    if (!seg) throw notFound(`Segment "${key.segmentId}" of ${key.sourcePath}`);
    return { file, seg };
  }
}
