import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, QueryFailedError } from 'typeorm';
import { AppError, ErrorCode, conflict } from '../common/errors.js';
import type { CurrentUser } from '../common/graphql-context.js';
import type { WorkspaceSegmentObject } from './dto/workspace.objects.js';
import type {
  WorkspaceOutdatedObject,
  WorkspaceOutdatedSegmentObject,
} from './dto/workspace-upstream.objects.js';
import { CurriculumFolder } from './curriculum-folder.js';
import { coreVersionOf, segmentStatus } from './segment-state.js';
import { WorkspaceSourceConfirmationEntity } from './workspace-upstream.entity.js';
import { WorkspaceSegmentEntity } from './workspace.entities.js';
import { segmentRow, WorkspaceService, type SegmentKey } from './workspace.service.js';

/** `extensions.reason` of a CONFLICT on confirm: the segment is not outdated (any more). */
export const NOT_OUTDATED = 'NOT_OUTDATED';

/**
 * Upstream updates: after a new core release, the segments of an edition whose source changed
 * since they were translated, in overview order, and the editor's "still correct" for one of them.
 * Outdated is always relative to the source a row was translated from (and the release it belonged
 * to), never to the release the workspace runs now: rows of one edition made against two core
 * releases each compare with their own source.
 */
@Injectable()
export class WorkspaceUpstream {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly folder: CurriculumFolder,
    private readonly workspace: WorkspaceService,
  ) {}

  async outdated(edition: string, locale: string): Promise<WorkspaceOutdatedObject> {
    const { files } = this.folder.files(edition, locale);
    const rows = await this.dataSource.getRepository(WorkspaceSegmentEntity).find({
      where: { editionKey: edition, locale },
    });
    const byKey = new Map(rows.map((r) => [`${r.sourcePath}\u0000${r.segmentId}`, r]));
    const segments: WorkspaceOutdatedSegmentObject[] = [];
    const perFile: WorkspaceOutdatedObject['files'] = [];
    for (const file of files) {
      const before = segments.length;
      file.segments.forEach((seg, i) => {
        const row = byKey.get(`${file.sourcePath}\u0000${seg.id}`);
        if (segmentStatus(file, seg, row) !== 'outdated') return;
        segments.push({
          sourcePath: file.sourcePath,
          displayPath: file.displayPath,
          segmentId: seg.id,
          position: i + 1,
          source: seg.source,
          previousSource: row ? row.sourceText : null,
          target: row ? row.target : (seg.fileTarget ?? ''),
          translatedAgainst: row ? row.coreVersion : null,
          origin: row ? 'workspace' : 'repository',
          version: row?.version ?? 0,
        });
      });
      if (segments.length > before)
        perFile.push({
          sourcePath: file.sourcePath,
          displayPath: file.displayPath,
          outdated: segments.length - before,
        });
    }
    return {
      edition,
      locale,
      coreVersion: coreVersionOf(this.folder.model(edition)),
      files: perFile,
      segments,
    };
  }

  /**
   * The outdated segment after the given one, in overview order across files, wrapping around;
   * from the start without one. The given segment need not be outdated any more (just confirmed).
   */
  async next(
    edition: string,
    locale: string,
    after?: { sourcePath: string; segmentId: string } | null,
  ): Promise<WorkspaceOutdatedSegmentObject | null> {
    const { segments } = await this.outdated(edition, locale);
    if (!after) return segments[0] ?? null;
    const { files } = this.folder.files(edition, locale);
    const order = new Map(files.map((f, i) => [f.sourcePath, i]));
    const rank = (sourcePath: string, position: number) =>
      [order.get(sourcePath) ?? -1, position] as const;
    const file = files.find((f) => f.sourcePath === after.sourcePath);
    const at = rank(
      after.sourcePath,
      (file?.segments.findIndex((s) => s.id === after.segmentId) ?? -1) + 1,
    );
    const later = segments.find((s) => {
      const [f, p] = rank(s.sourcePath, s.position);
      return f > at[0] || (f === at[0] && p > at[1]);
    });
    return later ?? segments[0] ?? null;
  }

  /**
   * "The source change does not affect the translation": the target stays as it is and now counts
   * as translated from the new source, and the confirmation is recorded. A review survives only
   * when someone other than the translator confirms (four eyes on the new source too).
   */
  async confirm(
    me: CurrentUser,
    key: SegmentKey & { expectedVersion: number },
  ): Promise<WorkspaceSegmentObject> {
    const { file, seg } = this.workspace.segment(key);
    const coreVersion = coreVersionOf(this.folder.model(key.edition));
    const where = segmentRow(key);
    try {
      await this.dataSource.transaction(async (em) => {
        const repo = em.getRepository(WorkspaceSegmentEntity);
        const row = await repo.findOne({ where, lock: { mode: 'pessimistic_write' } });
        if ((row?.version ?? 0) !== key.expectedVersion) throw changed(row);
        if (segmentStatus(file, seg, row ?? undefined) !== 'outdated')
          throw new AppError(ErrorCode.Conflict, 'This segment is not outdated.', {
            reason: NOT_OUTDATED,
          });
        const target = row ? row.target : seg.fileTarget!;
        await em.getRepository(WorkspaceSourceConfirmationEntity).insert({
          ...where,
          previousSource: row?.sourceText ?? null,
          sourceText: seg.source,
          target,
          translatedAgainst: row?.coreVersion ?? null,
          confirmedIn: coreVersion,
          userId: me.id,
        });
        if (row) {
          const keepsReview = row.state === 'reviewed' && row.authorId !== me.id;
          await repo.update(
            { id: row.id },
            {
              sourceText: seg.source,
              coreVersion,
              state: keepsReview ? 'reviewed' : 'translated',
              reviewerId: keepsReview ? row.reviewerId : null,
              version: row.version + 1,
            },
          );
        } else
          // A repository file's translation: the workspace takes it over from here, by this editor.
          await repo.insert({
            ...where,
            target,
            sourceText: seg.source,
            coreVersion,
            state: 'translated',
            authorId: me.id,
            reviewerId: null,
            version: 1,
          });
      });
    } catch (error) {
      if (
        error instanceof QueryFailedError &&
        (error.driverError as { code?: string }).code === '23505'
      )
        throw changed(await this.dataSource.getRepository(WorkspaceSegmentEntity).findOneBy(where));
      throw error;
    }
    const view = (await this.workspace.file(me, key.edition, key.locale, key.sourcePath)).segments;
    const out = view.find((s) => s.id === key.segmentId);
    if (!out) throw conflict('The segment is gone.');
    return out;
  }
}

function changed(row: WorkspaceSegmentEntity | null): AppError {
  return new AppError(
    ErrorCode.Conflict,
    'Someone else changed this segment since you opened it. Look at it again.',
    {
      reason: 'SEGMENT_CHANGED',
      currentVersion: row?.version ?? 0,
      currentTarget: row?.target ?? null,
    },
  );
}
