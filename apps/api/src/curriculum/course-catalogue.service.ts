import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource } from 'typeorm';
import { pickText } from './localized.js';
import { ReleaseCourseEntity, ReleaseModuleEntity } from './release-content.entities.js';
import { ReleaseService } from './release.service.js';

export interface CatalogueCourse {
  slug: string;
  title: string;
  modules: { slug: string; title: string; firstLesson: string | null }[];
}

/** The courses of the current core release with their modules, titled in one language (LTI content selection). */
@Injectable()
export class CourseCatalogue {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly releases: ReleaseService,
  ) {}

  async courses(locale: string): Promise<CatalogueCourse[]> {
    const release = await this.releases.current();
    if (!release) return [];
    const courses = await this.dataSource
      .getRepository(ReleaseCourseEntity)
      .find({ where: { releaseId: release.id }, order: { slug: 'ASC' } });
    const modules = await this.dataSource.getRepository(ReleaseModuleEntity).findBy({
      releaseId: release.id,
      slug: In([...new Set(courses.flatMap((c) => c.modules))]),
    });
    const bySlug = new Map(modules.map((m) => [m.slug, m]));
    const title = (texts: ReleaseCourseEntity['texts']) =>
      pickText<{ title: string }>(texts, locale, release).text.title;
    return courses.map((c) => ({
      slug: c.slug,
      title: title(c.texts),
      modules: c.modules.flatMap((slug) => {
        const m = bySlug.get(slug);
        return m ? [{ slug, title: title(m.texts), firstLesson: m.lessons[0] ?? null }] : [];
      }),
    }));
  }
}
