import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { DraftFiles } from './workspace-draft.js';
import { WorkspaceAdaptationEntity } from './workspace-adaptation.entity.js';

/**
 * The edition files written in the browser (local adaptation), as the draft, publish, preview and
 * export write them: path from the curriculum root (`editions/<id>/…`) → text.
 */
@Injectable()
export class WorkspaceAdaptationFiles {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async rows(edition: string): Promise<WorkspaceAdaptationEntity[]> {
    return this.dataSource.getRepository(WorkspaceAdaptationEntity).find({
      where: { editionKey: edition },
      relations: { updater: true },
      order: { path: 'ASC' },
    });
  }

  async draft(edition: string): Promise<DraftFiles> {
    const files = new Map<string, string>();
    for (const r of await this.rows(edition)) files.set(`editions/${edition}/${r.path}`, r.text);
    return { files, incomplete: [], reviewed: [] };
  }
}
