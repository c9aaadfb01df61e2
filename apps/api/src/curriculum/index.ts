// The curriculum feature's public entry: what other features may use (see docs/decisions/0009).
export { CourseCatalogue, type CatalogueCourse } from './course-catalogue.service.js';
export { CourseContentService, type CourseContent } from './course-content.service.js';
export { CurriculumContentService } from './curriculum-content.service.js';
export { CurriculumModule } from './curriculum.module.js';
export { createCurriculumLoaders, type CurriculumLoaders } from './curriculum.loaders.js';
export { SourceObject, TextInfoObject } from './dto/curriculum.objects.js';
export { pickText } from './localized.js';
export { ModuleGates } from './module-gates.js';
export type { LocalizedTexts } from './release-content.entities.js';
export { ReleaseContentCache } from './release-content.cache.js';
export { ReleaseService } from './release.service.js';
export { bundledCurriculumDir, editionIds } from './release-source.js';
export { importReleaseBundle, type ImportOutcome } from './release-importer.js';
export { importCurriculumFolder } from './import-bundled.js';
export { readRelease } from './release-source.js';
