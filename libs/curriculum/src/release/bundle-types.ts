import type { PrintBlock } from '../kit/blocks.js';
import type {
  CardKind, EvaluationForm,
  Assessment, CourseText, CriteriaSet, ExerciseScenario, ExerciseText, Question, QuizSettings, SourceRef,
} from '../schemas/index.js';

/**
 * Which locale a text really comes from. Bundles key texts by every offered locale; when the requested
 * locale had no file, `fellBack` is true and `shownLocale` names the locale shown instead.
 */
export interface FallbackInfo {
  shownLocale: string;
  fellBack: boolean;
  /** The shown text is a translation whose source changed since it was confirmed. */
  outdated: boolean;
  /** The shown text is a translation that no native-speaking expert has reviewed (yet). */
  unreviewed: boolean;
}
/** Texts by requested locale (every offered locale present), resolved along the fallback chain. */
export type PerLocale<T> = Record<string, T & FallbackInfo>;

export interface BundleManifest {
  id: string;
  version: string;
  sourceLocale: string;
  /** Offered locales (the edition's when an edition is bundled), source first. */
  locales: string[];
  fallbacks: Record<string, string[]>;
  edition: { id: string; name: string; locales: string[]; lccDefaults?: { currency?: string; discountRate?: number; discountRateSource?: { title: string; publisher?: string; year?: number; url?: string; accessed?: string; note?: string } } } | null;
  /** releaseContentHash of the resolved files. */
  contentHash: string;
}

export interface BundleCourse {
  slug: string;
  modules: string[];
  finalAssessment: string | null;
  completion: { lessons: 'all' | 'none'; moduleQuizzes: 'passed' | 'none'; finalAssessment: 'passed' | 'none' };
  certificate: boolean;
  texts: PerLocale<CourseText>;
}

export interface BundleQuiz {
  settings: QuizSettings;
  /** Question bank WITH answer keys: keep server-side, never send to learners as is. */
  questions: Question[];
  texts: PerLocale<{ questions: Record<string, { prompt: string; options?: Record<string, string>; explanation?: string }> }>;
}

export interface BundleModule {
  slug: string;
  lessons: string[];
  texts: PerLocale<{ title: string; summary: string }>;
  quiz: BundleQuiz | null;
  /** Workshop plans for hosts (never shown to learners); empty when the module has none. */
  hostNotes: PerLocale<{ title: string; durationMinutes?: number; participants?: string | number; html: string }>;
  /** Workshop kit for hosts (never shown to learners); null when the module has none. */
  kit?: BundleModuleKit | null;
}

export interface BundleKitCard {
  id: string;
  kind: CardKind;
  title: string;
  /** Plain text as print blocks (paragraphs and bullets). */
  blocks: PrintBlock[];
  /** Boxes to fill in (canvases, worksheets): id and translated label. */
  boxes: { id: string; label: string }[];
}

export interface BundleModuleKit {
  /** Sources of the slides and the cards (English files). */
  sources: SourceRef[];
  /** Each slide as sanitized HTML (the lesson renderer); empty object when there are no slides. */
  slides: PerLocale<{ title: string; slides: string[] }>;
  cards: PerLocale<{ title: string; cards: BundleKitCard[] }>;
}

/** Curriculum-level kit: the evaluation form and the train-the-trainer guide. */
export interface BundleCourseKit {
  evaluationForm: {
    questions: EvaluationForm['questions'];
    texts: PerLocale<{ title: string; intro: string; scale: { low: string; high: string }; questions: Record<string, string> }>;
  } | null;
  trainerGuide: PerLocale<{ title: string; blocks: PrintBlock[] }>;
  trainerGuideSources: SourceRef[];
}

export interface BundleLesson {
  module: string;
  slug: string;
  /** 0-based position in the module's reading order. */
  position: number;
  minutes: number;
  sources: SourceRef[];
  /** Plain-text title and objectives (escape when rendering) and sanitized body HTML. */
  texts: PerLocale<{ title: string; objectives: string[]; html: string }>;
}

export interface BundleAssessment extends Assessment {
  texts: PerLocale<{ title: string; instructions: string }>;
}

export interface BundlePractice {
  slug: string;
  organisation: string;
  country: string;
  city: string | null;
  year: number;
  productGroup: string;
  strategies: string[];
  procedure: string | null;
  sources: SourceRef[];
  tags: string[];
  texts: PerLocale<{ title: string; summary: string; results: string; lessons: string; html: string }>;
}

export interface BundleCriteriaSet extends CriteriaSet {
  texts: PerLocale<{ title: string; scope: string; criteria: Record<string, { text: string; verification?: string }> }>;
}

export interface BundleExercise {
  id: string;
  /** The LCC scenario exactly as in exercises/<id>.yaml (input of @academy/lcc). */
  scenario: ExerciseScenario;
  texts: PerLocale<Omit<ExerciseText, 'sourceHash' | 'reviewedBy' | 'reviewedHash'> & { contextHtml: string }>;
}

export interface BundleGlossaryTerm {
  id: string;
  texts: PerLocale<{ term: string; definition: string }>;
}

/** Everything the API imports for one release; plain JSON (no Maps, no undefined-only fields needed). */
export interface ReleaseBundle {
  formatVersion: 1;
  manifest: BundleManifest;
  courses: BundleCourse[];
  modules: BundleModule[];
  lessons: BundleLesson[];
  assessments: BundleAssessment[];
  practices: BundlePractice[];
  criteria: BundleCriteriaSet[];
  exercises: BundleExercise[];
  glossary: BundleGlossaryTerm[];
  /** Absent in bundles built before the workshop kit existed. */
  kit?: BundleCourseKit;
}
