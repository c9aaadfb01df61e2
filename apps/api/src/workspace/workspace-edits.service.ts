import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, QueryFailedError } from 'typeorm';
import { AppError, ErrorCode, badInput, conflict, notFound } from '../common/errors.js';
import type { CurrentUser } from '../common/graphql-context.js';
import type { WorkspaceSegmentObject } from './dto/workspace.objects.js';
import { CurriculumFolder } from './curriculum-folder.js';
import { coreVersionOf } from './segment-state.js';
import { WorkspaceCommentEntity, WorkspaceSegmentEntity } from './workspace.entities.js';
import { segmentRow, WorkspaceService, type SegmentKey } from './workspace.service.js';

/** `extensions.reason` of a CONFLICT: someone saved or reviewed the segment since it was opened. */
export const SEGMENT_CHANGED = 'SEGMENT_CHANGED';
/** `extensions.reason` of a FORBIDDEN review: four eyes, so not the segment's own translator. */
export const OWN_TRANSLATION = 'OWN_TRANSLATION';

const isUniqueViolation = (error: unknown) =>
  error instanceof QueryFailedError && (error.driverError as { code?: string }).code === '23505';

/**
 * Saving, reviewing and commenting segments. Saves and reviews carry the version the editor
 * started from; a row locked and found at another version is a conflict that returns the current
 * text, so the editor sees both and nothing typed is lost.
 */
@Injectable()
export class WorkspaceEdits {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly workspace: WorkspaceService,
    private readonly folder: CurriculumFolder,
  ) {}

  async save(
    me: CurrentUser,
    key: SegmentKey & { target: string; expectedVersion: number },
  ): Promise<WorkspaceSegmentObject> {
    const { seg } = this.workspace.segment(key);
    if (key.target.trim() === '')
      throw badInput('The translation is empty.', [
        { field: 'target', message: 'the translation is empty' },
      ]);
    const where = segmentRow(key);
    try {
      await this.dataSource.transaction(async (em) => {
        const repo = em.getRepository(WorkspaceSegmentEntity);
        const row = await repo.findOne({ where, lock: { mode: 'pessimistic_write' } });
        if ((row?.version ?? 0) !== key.expectedVersion) throw this.changed(row);
        const values = {
          target: key.target,
          sourceText: seg.source,
          // The release the source belongs to: what is outdated later is relative to it.
          coreVersion: coreVersionOf(this.folder.model(key.edition)),
          state: 'translated' as const,
          authorId: me.id,
          reviewerId: null,
        };
        if (row) await repo.update({ id: row.id }, { ...values, version: row.version + 1 });
        else await repo.insert({ ...where, ...values, version: 1 });
      });
    } catch (error) {
      // Two first saves at once: the unique key lets one in; the other is told, like any conflict.
      if (isUniqueViolation(error))
        throw this.changed(
          await this.dataSource.getRepository(WorkspaceSegmentEntity).findOneBy(where),
        );
      throw error;
    }
    return this.view(me, key);
  }

  async review(
    me: CurrentUser,
    key: SegmentKey & { expectedVersion: number },
  ): Promise<WorkspaceSegmentObject> {
    const { file, seg } = this.workspace.segment(key);
    const where = segmentRow(key);
    await this.dataSource.transaction(async (em) => {
      const repo = em.getRepository(WorkspaceSegmentEntity);
      const row = await repo.findOne({ where, lock: { mode: 'pessimistic_write' } });
      if (!row || row.version !== key.expectedVersion) throw this.changed(row);
      if (row.authorId === me.id)
        throw new AppError(
          ErrorCode.Forbidden,
          'You cannot review your own translation: a second editor reviews it.',
          { reason: OWN_TRANSLATION },
        );
      if (row.sourceText !== seg.source)
        throw conflict('The source changed since this translation: update the translation first.');
      if (row.state === 'reviewed') throw conflict('This translation is already reviewed.');
      if (
        this.workspace
          .problems(key.edition, file, seg, row.target)
          .some((p) => p.severity === 'error')
      )
        throw badInput('The translation has errors; fix them before reviewing.', [
          { field: 'target', message: 'has validation errors' },
        ]);
      await repo.update(
        { id: row.id },
        { state: 'reviewed', reviewerId: me.id, version: row.version + 1 },
      );
    });
    return this.view(me, key);
  }

  async comment(
    me: CurrentUser,
    key: SegmentKey & { body: string },
  ): Promise<WorkspaceSegmentObject> {
    this.workspace.segment(key);
    if (key.body.trim() === '')
      throw badInput('The comment is empty.', [{ field: 'body', message: 'the comment is empty' }]);
    await this.dataSource.getRepository(WorkspaceCommentEntity).insert({
      ...segmentRow(key),
      authorId: me.id,
      body: key.body.trim(),
    });
    return this.view(me, key);
  }

  private async view(me: CurrentUser, key: SegmentKey): Promise<WorkspaceSegmentObject> {
    const file = await this.workspace.file(me, key.edition, key.locale, key.sourcePath);
    const seg = file.segments.find((s) => s.id === key.segmentId);
    if (!seg) throw notFound(`Segment "${key.segmentId}"`);
    return seg;
  }

  private changed(row: WorkspaceSegmentEntity | null): AppError {
    return new AppError(
      ErrorCode.Conflict,
      'Someone else changed this segment since you opened it. Compare with their text, then save again.',
      {
        reason: SEGMENT_CHANGED,
        currentVersion: row?.version ?? 0,
        currentTarget: row?.target ?? null,
      },
    );
  }
}
