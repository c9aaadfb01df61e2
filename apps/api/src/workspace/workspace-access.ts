import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, QueryFailedError } from 'typeorm';
import { AppError, ErrorCode, notFound } from '../common/errors.js';
import type { CurrentUser } from '../common/graphql-context.js';
import { CurriculumFolder } from './curriculum-folder.js';
import { EditorEditionEntity } from './workspace.entities.js';

/** Why an editor may not touch an edition (`extensions.reason`). */
export const NOT_YOUR_EDITION = 'NOT_YOUR_EDITION';

/** Which editions a signed-in editor may work on: admins all, editors those an admin granted. */
@Injectable()
export class WorkspaceAccess {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly folder: CurriculumFolder,
  ) {}

  async editionsOf(me: CurrentUser): Promise<string[]> {
    const all = this.folder.editions();
    if (me.roles.includes('admin')) return all;
    const grants = await this.dataSource
      .getRepository(EditorEditionEntity)
      .findBy({ userId: me.id });
    return all.filter((e) => grants.some((g) => g.editionKey === e));
  }

  /** Refuses (FORBIDDEN, reason NOT_YOUR_EDITION) unless `me` may edit the edition. */
  async assert(me: CurrentUser, edition: string): Promise<void> {
    if (!this.folder.editions().includes(edition)) throw notFound(`Edition "${edition}"`);
    if (me.roles.includes('admin')) return;
    const granted =
      me.roles.includes('editor') &&
      (await this.dataSource
        .getRepository(EditorEditionEntity)
        .existsBy({ userId: me.id, editionKey: edition }));
    if (!granted)
      throw new AppError(ErrorCode.Forbidden, `You are not an editor of edition "${edition}".`, {
        reason: NOT_YOUR_EDITION,
      });
  }

  async grant(admin: CurrentUser, userId: string, edition: string): Promise<void> {
    if (!this.folder.editions().includes(edition)) throw notFound(`Edition "${edition}"`);
    try {
      await this.dataSource
        .getRepository(EditorEditionEntity)
        .createQueryBuilder()
        .insert()
        .values({ userId, editionKey: edition, grantedBy: admin.id })
        .orIgnore()
        .execute();
    } catch (error) {
      // 23503: no such user (the foreign key refused the grant).
      if (
        error instanceof QueryFailedError &&
        (error.driverError as { code?: string }).code === '23503'
      )
        throw notFound('User');
      throw error;
    }
  }

  async revoke(userId: string, edition: string): Promise<boolean> {
    const res = await this.dataSource
      .getRepository(EditorEditionEntity)
      .delete({ userId, editionKey: edition });
    return (res.affected ?? 0) > 0;
  }
}
