import type { VirtualFile } from '../edition/overlay.js';
import type { FileRef } from './paths.js';
import type {
  Assessment, AssessmentText, Course, CourseText, CriteriaSet, CriteriaText, CurriculumManifest, EditionManifest,
  ExerciseScenario, ExerciseText, Glossary, HostNotesFrontMatter, LessonFrontMatter, ModuleStructure, ModuleText,
  PracticeFrontMatter, PracticeTranslationFrontMatter, QuizBank, QuizText, SlidesFrontMatter, KitCards, KitCardsText,
  EvaluationForm, EvaluationFormText, GuideFrontMatter,
} from '../schemas/index.js';

/** A file that parsed and passed its schema. */
export interface LoadedFile<T> {
  ref: FileRef;
  file: VirtualFile;
  data: T;
  /** File line of the value at a data path (see parseLocatedYaml). */
  lineOf(path: readonly PropertyKey[]): number;
  /** Markdown body (Markdown files only) and the file line it starts on. */
  body?: string;
  bodyStartLine?: number;
  /** `overrides:` recorded by an edition override. */
  overrides?: string;
}

/** Text files of one thing, by locale. */
export type Localized<T> = Map<string, LoadedFile<T>>;

export interface CourseEntry { slug: string; structure?: LoadedFile<Course>; texts: Localized<CourseText> }
export interface ModuleEntry {
  slug: string;
  structure?: LoadedFile<ModuleStructure>;
  texts: Localized<ModuleText>;
  /** lesson slug → locale → lesson file */
  lessons: Map<string, Localized<LessonFrontMatter>>;
  quiz?: LoadedFile<QuizBank>;
  quizTexts: Localized<QuizText>;
  hostNotes: Localized<HostNotesFrontMatter>;
  /** Workshop kit (optional): slides per locale, card structure and card texts per locale. */
  kitSlides: Localized<SlidesFrontMatter>;
  kitCards?: LoadedFile<KitCards>;
  kitCardTexts: Localized<KitCardsText>;
}
/** Course-level workshop kit files under `kit/` (optional). */
export interface CourseKitEntry {
  evaluationForm?: LoadedFile<EvaluationForm>;
  evaluationTexts: Localized<EvaluationFormText>;
  trainerGuide: Localized<GuideFrontMatter>;
}
export interface AssessmentEntry { id: string; structure?: LoadedFile<Assessment>; texts: Localized<AssessmentText> }
export interface ExerciseEntry { id: string; structure?: LoadedFile<ExerciseScenario>; texts: Localized<ExerciseText> }
export interface PracticeEntry {
  slug: string;
  /** The source-locale file, which holds the structured front matter. */
  structure?: LoadedFile<PracticeFrontMatter>;
  texts: Localized<PracticeTranslationFrontMatter>;
}
export interface CriteriaEntry { group: string; structure?: LoadedFile<CriteriaSet>; texts: Localized<CriteriaText> }

/** The curriculum folder in memory, edition overlay applied. Only files that passed their schema appear in the maps. */
export interface CurriculumModel {
  root: string;
  manifest?: LoadedFile<CurriculumManifest>;
  sourceLocale: string;
  /** Locales offered: the edition's when an edition is loaded, else the manifest's. */
  locales: string[];
  edition?: LoadedFile<EditionManifest>;
  /** Every resolved file by logical path, valid or not (existence checks, hashing). */
  files: Map<string, VirtualFile>;
  changelog?: VirtualFile;
  courses: Map<string, CourseEntry>;
  modules: Map<string, ModuleEntry>;
  assessments: Map<string, AssessmentEntry>;
  exercises: Map<string, ExerciseEntry>;
  practices: Map<string, PracticeEntry>;
  criteria: Map<string, CriteriaEntry>;
  glossary: Localized<Glossary>;
  kit: CourseKitEntry;
  /** Manifests of all editions found under editions/ (core load only). */
  editions: Map<string, LoadedFile<EditionManifest>>;
}

export interface LoadOptions {
  /** Edition id: overlay `editions/<id>/` on the core. */
  edition?: string;
}
