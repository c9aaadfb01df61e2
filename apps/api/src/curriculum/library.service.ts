import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { PracticeFacetsObject } from './dto/library.objects.js';
import { ReleaseCriteriaSetEntity, ReleasePracticeEntity } from './release-content.entities.js';

export interface PracticeFilter {
  productGroup?: string;
  country?: string;
  strategy?: string;
  year?: number;
  /** Words to find, each as a prefix, in the texts of `searchLocale`. */
  words: string[];
  searchLocale: string;
  offset: number;
  limit: number;
}

/** The good-practice and criteria libraries of a release (reads only). */
@Injectable()
export class LibraryService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async practices(releaseId: string, f: PracticeFilter): Promise<[ReleasePracticeEntity[], number]> {
    const qb = this.dataSource
      .getRepository(ReleasePracticeEntity)
      .createQueryBuilder('p')
      .where('p.release_id = :releaseId', { releaseId });
    if (f.productGroup) qb.andWhere('p.product_group = :productGroup', { productGroup: f.productGroup });
    if (f.country) qb.andWhere('p.country = :country', { country: f.country });
    if (f.strategy) qb.andWhere(':strategy = ANY(p.strategies)', { strategy: f.strategy });
    if (f.year) qb.andWhere('p.year = :year', { year: f.year });
    if (f.words.length) {
      // Prefix matching on every word, so "refurb" finds "refurbished"; each word is stemmed with
      // the configuration of the language searched in, the same as its documents.
      qb.andWhere(
        `EXISTS (SELECT 1 FROM release_practice_search s
                  WHERE s.release_id = p.release_id AND s.slug = p.slug AND s.locale = :searchLocale
                    AND s.search_vector @@ to_tsquery(s.config::regconfig, :q))`,
        { searchLocale: f.searchLocale, q: f.words.map((w) => `${w}:*`).join(' & ') },
      );
    }
    return qb.orderBy('p.year', 'DESC').addOrderBy('p.slug').skip(f.offset).take(f.limit).getManyAndCount();
  }

  practice(releaseId: string, slug: string): Promise<ReleasePracticeEntity | null> {
    return this.dataSource.getRepository(ReleasePracticeEntity).findOneBy({ releaseId, slug });
  }

  async practiceFacets(releaseId: string): Promise<PracticeFacetsObject> {
    const [row] = await this.dataSource.query<PracticeFacetsObject[]>(
      `SELECT coalesce(array_agg(DISTINCT product_group ORDER BY product_group), '{}') AS "productGroups",
              coalesce(array_agg(DISTINCT country ORDER BY country), '{}') AS countries,
              coalesce((SELECT array_agg(DISTINCT s ORDER BY s) FROM release_practices p2, unnest(p2.strategies) s WHERE p2.release_id = $1), '{}') AS strategies,
              coalesce(array_agg(DISTINCT year ORDER BY year DESC), '{}') AS years
         FROM release_practices WHERE release_id = $1`,
      [releaseId],
    );
    return row!;
  }

  criteriaSets(releaseId: string, productGroup: string | undefined): Promise<ReleaseCriteriaSetEntity[]> {
    return this.dataSource.getRepository(ReleaseCriteriaSetEntity).find({
      where: { releaseId, ...(productGroup ? { productGroup } : {}) },
      order: { productGroup: 'ASC' },
    });
  }
}
