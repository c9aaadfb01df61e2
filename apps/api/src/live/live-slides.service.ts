import { Injectable } from '@nestjs/common';
import type { HostedCohortSession } from '../cohorts/index.js';
import {
  CourseContentService,
  CurriculumContentService,
  pickText,
  ReleaseService,
  type LocalizedTexts,
} from '../curriculum/index.js';

export interface LiveSlide {
  module: string;
  moduleTitle: string;
  /** `kit`: a slide of the module's workshop kit; `headings`: a lesson heading instead. */
  source: 'kit' | 'headings';
  /** Kit slides: sanitised HTML from the curriculum's lesson renderer. */
  html: string | null;
  /** Lesson headings: the lesson's title. */
  heading: string | null;
}

/**
 * What the projector shows between activities: for each of the session's modules (all the course's
 * when it names none) the workshop kit's slides in the cohort's language, or, for a module without
 * a kit, one slide per lesson heading. Read from the immutable release, so every replica agrees.
 */
@Injectable()
export class LiveSlidesService {
  constructor(
    private readonly releases: ReleaseService,
    private readonly content: CurriculumContentService,
    private readonly courses: CourseContentService,
  ) {}

  async slides(
    session: Pick<HostedCohortSession, 'releaseId' | 'courseSlug' | 'locale' | 'modules'>,
  ): Promise<LiveSlide[]> {
    const release = await this.releases.resolve(session.releaseId);
    const course = await this.courses.course(release.id, session.courseSlug, session.locale);
    const modules = session.modules.length
      ? course.modules.filter((m) => session.modules.includes(m.slug))
      : course.modules;
    const slides: LiveSlide[] = [];
    for (const m of modules) {
      const kit = (await this.content.moduleKit(release.id, m.slug))?.kit;
      if (kit && Object.keys(kit.slides).length) {
        const { text } = pickText<{ slides: string[] }>(
          kit.slides as unknown as LocalizedTexts,
          session.locale,
          release,
        );
        for (const html of text.slides)
          slides.push({ module: m.slug, moduleTitle: m.title, source: 'kit', html, heading: null });
      } else {
        for (const lesson of m.lessons)
          slides.push({
            module: m.slug,
            moduleTitle: m.title,
            source: 'headings',
            html: null,
            heading: lesson.title,
          });
      }
    }
    return slides;
  }
}
