import { Module } from '@nestjs/common';
import { CourseCatalogue } from './course-catalogue.service.js';
import { CourseContentService } from './course-content.service.js';
import { CourseAssessmentResolver, CourseResolver, ModuleFieldsResolver } from './course.resolver.js';
import { EditorResolver } from './editor.resolver.js';
import { LccExerciseResolver } from './lcc-exercise.resolver.js';
import { LessonResolver } from './lesson.resolver.js';
import { JsonObjectScalar } from '../common/json.scalar.js';
import { LibraryResolver } from './library.resolver.js';
import { ModuleGates } from './module-gates.js';
import { CurriculumContentService } from './curriculum-content.service.js';
import { LibraryService } from './library.service.js';
import { ReleaseContentCache } from './release-content.cache.js';
import { ReleaseService } from './release.service.js';
import { XliffService } from './xliff.service.js';

/** Curriculum releases and the read API over them (catalogue, lessons, libraries, status). */
@Module({
  providers: [
    { provide: ReleaseContentCache, useFactory: () => new ReleaseContentCache() },
    CurriculumContentService,
    CourseContentService,
    CourseCatalogue,
    LibraryService,
    ReleaseService,
    ModuleGates, CourseResolver, CourseAssessmentResolver, ModuleFieldsResolver, LessonResolver, LibraryResolver, EditorResolver, LccExerciseResolver, JsonObjectScalar, XliffService],
  exports: [ReleaseService, ModuleGates, CurriculumContentService, CourseContentService, CourseCatalogue, ReleaseContentCache],
})
export class CurriculumModule {}
