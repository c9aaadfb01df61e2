import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import {
  EditorEditionEntity,
  WorkspaceCommentEntity,
  WorkspaceSegmentEntity,
} from './workspace.entities.js';
import { WorkspaceSourceConfirmationEntity } from './workspace-upstream.entity.js';
import { WorkspaceAdaptationEntity } from './workspace-adaptation.entity.js';

/**
 * What the translation workspace holds about a person: the editions they may edit, their comments
 * the segments they translated or reviewed, and the edition files they last changed. On erasure the user row goes and the foreign keys
 * clear the author and reviewer (ON DELETE SET NULL / CASCADE): the city keeps its translation.
 */
@Injectable()
export class WorkspacePersonalData {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async personalData(userId: string) {
    const em = this.dataSource.manager;
    const [editions, comments, translated, reviewed, confirmed, adapted] = await Promise.all([
      em
        .getRepository(EditorEditionEntity)
        .find({ where: { userId }, order: { grantedAt: 'ASC' } }),
      em
        .getRepository(WorkspaceCommentEntity)
        .find({ where: { authorId: userId }, order: { createdAt: 'ASC' } }),
      em.getRepository(WorkspaceSegmentEntity).count({ where: { authorId: userId } }),
      em.getRepository(WorkspaceSegmentEntity).count({ where: { reviewerId: userId } }),
      em.getRepository(WorkspaceSourceConfirmationEntity).count({ where: { userId } }),
      em
        .getRepository(WorkspaceAdaptationEntity)
        .find({ where: { updatedBy: userId }, order: { updatedAt: 'ASC' } }),
    ]);
    return {
      workspace: {
        editions: editions.map((e) => ({ edition: e.editionKey, grantedAt: e.grantedAt })),
        comments: comments.map((c) => ({
          edition: c.editionKey,
          locale: c.locale,
          file: c.sourcePath,
          segment: c.segmentId,
          body: c.body,
          createdAt: c.createdAt,
        })),
        segmentsTranslated: translated,
        segmentsReviewed: reviewed,
        /** Upstream source changes they recorded as not affecting a translation. */
        sourceChangesConfirmed: confirmed,
        adaptationsLastChanged: adapted.map((a) => ({
          edition: a.editionKey,
          file: a.path,
          updatedAt: a.updatedAt,
        })),
      },
    };
  }
}
