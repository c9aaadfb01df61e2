import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Inject, Injectable } from '@nestjs/common';
import { parse } from 'yaml';
import { compareReleaseVersions } from '@academy/curriculum';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { bundledCurriculumDir } from './release-source.js';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { notFound } from '../common/errors.js';
import type { ReleaseObject } from './dto/curriculum.objects.js';
import type { ReleaseLocales } from './localized.js';
import { ReleaseEntity } from './release.entity.js';

export type Release = ReleaseEntity & ReleaseLocales;

/** The id in curriculum.yaml of a folder, or null when it cannot be read. */
export function curriculumIdOf(root: string): string | null {
  try {
    const manifest = parse(readFileSync(join(root, 'curriculum.yaml'), 'utf8')) as { id?: unknown };
    return typeof manifest.id === 'string' ? manifest.id : null;
  } catch {
    return null;
  }
}

export function toReleaseObject(r: ReleaseEntity): ReleaseObject {
  const edition = (r.manifest.edition ?? null) as { id: string; name: string } | null;
  return {
    id: r.id,
    curriculumId: r.curriculumId,
    version: r.version,
    contentHash: r.contentHash,
    edition: r.editionKey || null,
    editionName: edition?.name ?? null,
    sourceLocale: r.sourceLocale,
    locales: r.locales,
    importedAt: r.importedAt,
  };
}

/** How long a replica keeps answering with the release it found current. */
export const CURRENT_RELEASE_TTL_MS = 5_000;

/** Finds releases; the "current" one is the highest version of the most recently imported curriculum. */
@Injectable()
export class ReleaseService {
  private primaryId: string | null | undefined;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  private primaryCurriculumId(): string | null {
    if (this.primaryId === undefined) this.primaryId = curriculumIdOf(this.config.curriculumDir || bundledCurriculumDir);
    return this.primaryId;
  }

  private withLocales(r: ReleaseEntity): Release {
    return Object.assign(r, { fallbacks: (r.manifest.fallbacks ?? {}) as Record<string, string[]> });
  }

  async list(edition: string | undefined): Promise<ReleaseEntity[]> {
    const rows = await this.dataSource.getRepository(ReleaseEntity).find({
      where: edition === undefined ? {} : { editionKey: edition },
      order: { importedAt: 'DESC' },
      select: { id: true, curriculumId: true, editionKey: true, version: true, contentHash: true, sourceLocale: true, locales: true, manifest: true, importedAt: true },
    });
    return rows;
  }

  /**
   * The highest version of the academy's own curriculum (the folder it serves), or of the most
   * recently imported one when that has no release yet.
   */
  current(edition = ''): Promise<Release | null> {
    const cached = this.currentCache.get(edition);
    if (cached && cached.until > Date.now()) return cached.release;
    const release = this.lookUpCurrent(edition);
    this.currentCache.set(edition, { release, until: Date.now() + CURRENT_RELEASE_TTL_MS });
    // A lookup that failed or found none (nothing imported yet) is not kept.
    release.then(
      (found) => found ?? this.currentCache.delete(edition),
      () => this.currentCache.delete(edition),
    );
    return release;
  }

  // Which release is current changes only when another process (start-up import, the release
  // CLI) imports one; every replica sees it within the TTL, and meanwhile serves the previous
  // release, which stays valid (releases are immutable).
  private readonly currentCache = new Map<string, { release: Promise<Release | null>; until: number }>();

  private async lookUpCurrent(edition: string): Promise<Release | null> {
    const repo = this.dataSource.getRepository(ReleaseEntity);
    const own = this.primaryCurriculumId();
    const hasOwn = own !== null && (await repo.existsBy({ editionKey: edition, curriculumId: own }));
    const latest = hasOwn ? { curriculumId: own } : await repo.findOne({ where: { editionKey: edition }, order: { importedAt: 'DESC' }, select: { curriculumId: true } });
    if (!latest) return null;
    // Newest import first, so among equal versions (an edition's workspace builds, 1.4.0 and
    // 1.4.0+town.2: build metadata does not order) the last one published is current.
    const candidates = await repo.find({
      where: { editionKey: edition, curriculumId: latest.curriculumId },
      select: { id: true, version: true },
      order: { importedAt: 'DESC' },
    });
    const best = candidates.sort((a, b) => compareReleaseVersions(b.version, a.version))[0]!;
    return this.byId(best.id);
  }

  /** After this process imported a release of the edition: look the current one up again. */
  forgetCurrent(edition = ''): void {
    this.currentCache.delete(edition);
  }

  // Releases never change once imported, so a looked-up release is cached for the process.
  private readonly byIdCache = new Map<string, Release>();

  async byId(id: string): Promise<Release | null> {
    const cached = this.byIdCache.get(id);
    if (cached) return cached;
    const r = await this.dataSource.getRepository(ReleaseEntity).findOne({
      where: { id },
      select: { id: true, curriculumId: true, editionKey: true, version: true, contentHash: true, sourceLocale: true, locales: true, manifest: true, importedAt: true },
    });
    if (!r) return null;
    const release = this.withLocales(r);
    if (this.byIdCache.size > 500) this.byIdCache.clear();
    this.byIdCache.set(id, release);
    return release;
  }

  /** The requested release, or the current core one; NOT_FOUND when there is none. */
  async resolve(releaseId: string | undefined): Promise<Release> {
    const release = releaseId ? await this.byId(releaseId) : await this.current();
    if (!release) throw notFound(releaseId ? 'The curriculum release' : 'A curriculum release');
    return release;
  }

  async withStatus(releaseId: string | undefined): Promise<ReleaseEntity> {
    const release = await this.resolve(releaseId);
    return this.dataSource.getRepository(ReleaseEntity).findOneByOrFail({ id: release.id });
  }
}
