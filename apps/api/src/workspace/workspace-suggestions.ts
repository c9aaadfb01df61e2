import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { TranslationMemory, type Suggestion, type WorkspaceFile } from '@academy/curriculum';
import { DataSource } from 'typeorm';
import { CurriculumFolder } from './curriculum-folder.js';
import { WorkspaceSegmentEntity } from './workspace.entities.js';

/** Suggestions kept per segment before the current target is left out (which leaves at least 3). */
const KEPT = 4;
const MAX_CACHED = 500;

interface Cached<T> {
  fingerprint: string;
  value: T;
}

/**
 * Translation-memory suggestions for a file's segments: the repository's translations plus the
 * segments translated in the browser. Matching is the costly part of opening a file, so results
 * are cached per file under a fingerprint of the edition's workspace rows (count and last change),
 * read on every request: any replica's save changes it, so no replica serves stale suggestions.
 */
@Injectable()
export class WorkspaceSuggestions {
  private readonly memories = new Map<string, Cached<TranslationMemory>>();
  private readonly files = new Map<string, Cached<Map<string, Suggestion[]>>>();
  private readonly repository = new Map<string, Map<string, Suggestion[]>>();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly folder: CurriculumFolder,
  ) {}

  async forFile(
    edition: string,
    locale: string,
    file: WorkspaceFile,
  ): Promise<Map<string, Suggestion[]>> {
    const fingerprint = await this.fingerprint(edition, locale);
    const key = `${edition}\u0000${locale}\u0000${file.sourcePath}`;
    const cached = this.files.get(key);
    if (cached?.fingerprint === fingerprint) return cached.value;
    const base = this.fromRepository(key, edition, locale, file);
    const workspace = await this.workspaceMemory(edition, locale, fingerprint);
    const value = new Map(
      file.segments.map((seg) => {
        const all = [...(base.get(seg.id) ?? []), ...workspace.suggest(seg.source, { limit: KEPT })]
          .sort((a, b) => b.score - a.score)
          .filter((s, i, list) => list.findIndex((o) => o.target === s.target) === i)
          .slice(0, KEPT);
        return [seg.id, all];
      }),
    );
    remember(this.files, key, { fingerprint, value });
    return value;
  }

  /** Matches in the repository's translations: they change only with the folder, so they are kept. */
  private fromRepository(
    key: string,
    edition: string,
    locale: string,
    file: WorkspaceFile,
  ): Map<string, Suggestion[]> {
    const cached = this.repository.get(key);
    if (cached) return cached;
    const memory = this.folder.files(edition, locale).memory;
    const value = new Map(
      file.segments.map((seg) => [seg.id, memory.suggest(seg.source, { limit: KEPT })]),
    );
    remember(this.repository, key, value);
    return value;
  }

  private async fingerprint(edition: string, locale: string): Promise<string> {
    const row = await this.dataSource
      .getRepository(WorkspaceSegmentEntity)
      .createQueryBuilder('s')
      .select('count(*)', 'n')
      .addSelect('max(s.updated_at)', 'at')
      .where('s.edition_key = :edition AND s.locale = :locale', { edition, locale })
      .getRawOne<{ n: string; at: Date | null }>();
    return `${row?.n ?? 0}@${row?.at?.toISOString() ?? ''}`;
  }

  private async workspaceMemory(
    edition: string,
    locale: string,
    fingerprint: string,
  ): Promise<TranslationMemory> {
    const key = `${edition}\u0000${locale}`;
    const cached = this.memories.get(key);
    if (cached?.fingerprint === fingerprint) return cached.value;
    const rows = await this.dataSource.getRepository(WorkspaceSegmentEntity).find({
      select: { sourcePath: true, sourceText: true, target: true },
      where: { editionKey: edition, locale },
    });
    const value = new TranslationMemory(
      rows.map((r) => ({
        source: r.sourceText,
        target: r.target,
        origin: `workspace: ${r.sourcePath}`,
      })),
    );
    remember(this.memories, key, { fingerprint, value });
    return value;
  }
}

function remember<T>(cache: Map<string, T>, key: string, value: T): void {
  cache.delete(key);
  cache.set(key, value);
  if (cache.size > MAX_CACHED) cache.delete(cache.keys().next().value!);
}
