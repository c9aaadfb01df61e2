import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { buildTranslation } from '@academy/curriculum';
import { strToU8, zipSync } from 'fflate';
import { DataSource } from 'typeorm';
import { CurriculumFolder } from './curriculum-folder.js';
import type { WorkspaceExportObject } from './dto/workspace.objects.js';
import { WorkspaceSegmentEntity } from './workspace.entities.js';

/**
 * The edition's translations as curriculum files, from what was translated in the browser: one
 * file per source file touched in the workspace whose every segment has a current target, written
 * under editions/<id>/ (the edition's own folder, so the core stays as it is) with the source's
 * hash, exactly as `import-xliff` writes them. Unzipped over the repository, `validate` accepts them.
 */
@Injectable()
export class WorkspaceExport {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly folder: CurriculumFolder,
  ) {}

  async export(edition: string, locale: string): Promise<WorkspaceExportObject> {
    const { files } = this.folder.files(edition, locale);
    const model = this.folder.model(edition);
    const rows = await this.dataSource.getRepository(WorkspaceSegmentEntity).find({
      select: { sourcePath: true, segmentId: true, sourceText: true, target: true },
      where: { editionKey: edition, locale },
    });
    const byFile = new Map<string, Map<string, WorkspaceSegmentEntity>>();
    for (const r of rows)
      byFile.set(
        r.sourcePath,
        (byFile.get(r.sourcePath) ?? new Map<string, WorkspaceSegmentEntity>()).set(r.segmentId, r),
      );
    const entries: Record<string, Uint8Array> = {};
    const written: string[] = [];
    const incomplete: string[] = [];
    for (const f of files) {
      const touched = byFile.get(f.sourcePath);
      const source = model.files.get(f.sourcePath);
      if (!touched || !source) continue;
      const targets = new Map<string, string>();
      for (const seg of f.segments) {
        const row = touched.get(seg.id);
        if (row && row.sourceText === seg.source) targets.set(seg.id, row.target);
        else if (!row && f.fileState === 'complete' && seg.fileTarget !== undefined)
          targets.set(seg.id, seg.fileTarget);
      }
      if (targets.size < f.segments.length) {
        incomplete.push(f.displayPath);
        continue;
      }
      const path = `editions/${edition}/${f.targetPath}`;
      entries[path] = strToU8(buildTranslation(f.kind, source.text, targets, f.sourceHash));
      written.push(path);
    }
    return {
      filename: `${edition}-${locale}.zip`,
      zipBase64: Buffer.from(zipSync(entries, { level: 6 })).toString('base64'),
      files: written,
      incomplete,
    };
  }
}
