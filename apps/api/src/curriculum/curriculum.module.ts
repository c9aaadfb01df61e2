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
import { ReleaseService } from './release.service.js';
import { XliffService } from './xliff.service.js';

/** Curriculum releases and the read API over them (catalogue, lessons, libraries, status). */
@Module({
  providers: [ReleaseService, CourseContentService, CourseCatalogue, ModuleGates, CourseResolver, CourseAssessmentResolver, ModuleFieldsResolver, LessonResolver, LibraryResolver, EditorResolver, LccExerciseResolver, JsonObjectScalar, XliffService],
  exports: [ReleaseService, ModuleGates, CourseContentService, CourseCatalogue],
})
export class CurriculumModule {}
