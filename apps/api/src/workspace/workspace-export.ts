import { Injectable } from '@nestjs/common';
import { strToU8, zipSync } from 'fflate';
import type { WorkspaceExportObject } from './dto/workspace.objects.js';
import { WorkspaceAdaptationFiles } from './workspace-adaptation-files.js';
import { WorkspaceDraft } from './workspace-draft.js';
import { WorkspaceRelease } from './workspace-release.js';

/**
 * The edition's translations as curriculum files, from what was translated in the browser (see
 * WorkspaceDraft): unzipped over the repository, `validate` accepts them. Also as XLIFF, exactly as
 * `npm run curriculum -- export-xliff --edition <id> --locale <l>` writes it over that folder.
 */
@Injectable()
export class WorkspaceExport {
  constructor(
    private readonly draft: WorkspaceDraft,
    private readonly release: WorkspaceRelease,
    private readonly adaptations: WorkspaceAdaptationFiles,
  ) {}

  async export(edition: string, locale: string): Promise<WorkspaceExportObject> {
    const { files: translated, incomplete } = await this.draft.build(edition, locale);
    // The edition's own files (local adaptation) too, written last as publish writes them.
    const files = new Map([...translated, ...(await this.adaptations.draft(edition)).files]);
    const entries: Record<string, Uint8Array> = {};
    for (const [path, text] of files) entries[path] = strToU8(text);
    return {
      filename: `${edition}-${locale}.zip`,
      zipBase64: Buffer.from(zipSync(entries, { level: 6 })).toString('base64'),
      files: [...files.keys()],
      incomplete,
    };
  }

  async xliff(edition: string, locale: string): Promise<{ filename: string; xliff: string }> {
    return {
      filename: `${edition}-${locale}.xlf`,
      xliff: await this.release.xliff(edition, locale),
    };
  }
}
