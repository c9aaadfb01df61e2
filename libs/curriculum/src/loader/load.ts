import type { z } from 'zod';
import { collectFiles, type VirtualFile } from '../edition/overlay.js';
import { formatProblem, ProblemList } from '../problems.js';
import * as s from '../schemas/index.js';
import type { CurriculumModel, LoadOptions, LoadedFile, Localized, ModuleEntry } from './model.js';
import { parseFile } from './parse.js';
import { classifyPath, type FileRef } from './paths.js';

export interface ReadResult {
  model: CurriculumModel;
  /** Problems found while reading: unknown files, YAML syntax, schema issues. */
  problems: ProblemList;
}

/** Reads and parses every file; never throws on content problems (the validator reports them). */
export function readCurriculum(root: string, options: LoadOptions = {}): ReadResult {
  const problems = new ProblemList();
  const files = collectFiles(root, options.edition);
  const model: CurriculumModel = {
    root, sourceLocale: 'en', locales: ['en'], files, courses: new Map(), modules: new Map(), assessments: new Map(),
    exercises: new Map(), practices: new Map(), criteria: new Map(), glossary: new Map(), editions: new Map(),
    kit: { evaluationTexts: new Map(), trainerGuide: new Map() },
  };
  const manifestFile = files.get('curriculum.yaml');
  if (!manifestFile) problems.error('curriculum.yaml', 1, 'curriculum.yaml is missing');
  else {
    const ref: FileRef = { kind: 'manifest', path: 'curriculum.yaml', id: 'curriculum' };
    model.manifest = parseFile(manifestFile, ref, s.curriculumManifestSchema, problems);
    if (model.manifest) {
      model.sourceLocale = model.manifest.data.sourceLocale;
      model.locales = model.manifest.data.locales;
    }
  }
  if (options.edition !== undefined) loadEditionManifest(options.edition, model, problems);

  for (const file of files.values()) {
    if (file.path === 'curriculum.yaml') continue;
    const ref = classifyPath(file.path);
    if (!ref) {
      problems.error(file.displayPath, 1, 'unrecognised file: not part of the curriculum format (see curriculum/README.md "Layout")');
      continue;
    }
    addFile(model, ref, file, problems);
  }
  return { model, problems };
}

function loadEditionManifest(id: string, model: CurriculumModel, problems: ProblemList): void {
  const path = `editions/${id}/edition.yaml`;
  const file = model.files.get(path);
  if (!file) {
    problems.error(path, 1, `edition "${id}" has no edition.yaml`);
    return;
  }
  model.edition = parseFile(file, { kind: 'edition', path, id }, s.editionSchema, problems);
  if (model.edition) model.locales = model.edition.data.locales;
}

/** Loads the curriculum and throws when any file fails to parse; use validateCurriculum to see every problem. */
export function loadCurriculum(root: string, options: LoadOptions = {}): CurriculumModel {
  const { model, problems } = readCurriculum(root, options);
  const errors = problems.toResult().errors;
  if (errors.length) throw new CurriculumLoadError(errors.map(formatProblem));
  return model;
}

export class CurriculumLoadError extends Error {
  constructor(readonly lines: string[]) {
    super(`curriculum has ${lines.length} error(s):\n${lines.join('\n')}`);
  }
}

function put<T>(map: Localized<T>, parsed: LoadedFile<T> | undefined): void {
  if (parsed?.ref.locale) map.set(parsed.ref.locale, parsed);
}

function getOrCreate<K, V>(map: Map<K, V>, key: K, make: () => NoInfer<V>): V {
  let value = map.get(key);
  if (value === undefined) map.set(key, (value = make()));
  return value;
}

function moduleEntry(model: CurriculumModel, slug: string): ModuleEntry {
  return getOrCreate(model.modules, slug, () => ({
    slug, texts: new Map(), lessons: new Map(), quizTexts: new Map(), hostNotes: new Map(), kitSlides: new Map(), kitCardTexts: new Map(),
  }));
}

function addFile(model: CurriculumModel, ref: FileRef, file: VirtualFile, problems: ProblemList): void {
  const parse = <T>(schema: z.ZodType<T>) => parseFile(file, ref, schema, problems);
  const isSource = ref.locale === model.sourceLocale;
  const id = ref.id;
  switch (ref.kind) {
    case 'manifest':
      return;
    case 'changelog':
      model.changelog = file;
      return;
    case 'edition': {
      const parsed = parse(s.editionSchema);
      if (parsed) model.editions.set(id, parsed);
      return;
    }
    case 'glossary':
      return put(model.glossary, parse(s.glossarySchema));
    case 'course':
      getOrCreate(model.courses, id, () => ({ slug: id, texts: new Map() })).structure = parse(s.courseSchema);
      return;
    case 'course-text':
      return put(getOrCreate(model.courses, id, () => ({ slug: id, texts: new Map() })).texts, parse(s.courseTextSchema));
    case 'module':
      moduleEntry(model, id).structure = parse(s.moduleSchema);
      return;
    case 'module-text':
      return put(moduleEntry(model, id).texts, parse(s.moduleTextSchema));
    case 'lesson': {
      const lessons = getOrCreate(moduleEntry(model, ref.module ?? id).lessons, id, () => new Map());
      return put(lessons, parse<s.LessonFrontMatter>(isSource ? s.lessonSourceSchema : s.lessonTranslationSchema));
    }
    case 'quiz':
      moduleEntry(model, id).quiz = parse(s.quizSchema);
      return;
    case 'quiz-text':
      return put(moduleEntry(model, id).quizTexts, parse(s.quizTextSchema));
    case 'host-notes':
      return put(
        moduleEntry(model, id).hostNotes,
        parse<s.HostNotesFrontMatter>(isSource ? s.hostNotesSourceSchema : s.hostNotesTranslationSchema),
      );
    case 'kit-slides':
      return put(moduleEntry(model, id).kitSlides, parse<s.SlidesFrontMatter>(isSource ? s.slidesSourceSchema : s.slidesTranslationSchema));
    case 'kit-cards':
      moduleEntry(model, id).kitCards = parse(s.kitCardsSchema);
      return;
    case 'kit-cards-text':
      return put(moduleEntry(model, id).kitCardTexts, parse(s.kitCardsTextSchema));
    case 'evaluation-form':
      model.kit.evaluationForm = parse(s.evaluationFormSchema);
      return;
    case 'evaluation-form-text':
      return put(model.kit.evaluationTexts, parse(s.evaluationFormTextSchema));
    case 'trainer-guide':
      return put(model.kit.trainerGuide, parse<s.GuideFrontMatter>(isSource ? s.guideSourceSchema : s.guideTranslationSchema));
    case 'assessment':
      getOrCreate(model.assessments, id, () => ({ id, texts: new Map() })).structure = parse(s.assessmentSchema);
      return;
    case 'assessment-text':
      return put(getOrCreate(model.assessments, id, () => ({ id, texts: new Map() })).texts, parse(s.assessmentTextSchema));
    case 'exercise':
      getOrCreate(model.exercises, id, () => ({ id, texts: new Map() })).structure = parse(s.exerciseSchema);
      return;
    case 'exercise-text':
      return put(getOrCreate(model.exercises, id, () => ({ id, texts: new Map() })).texts, parse(s.exerciseTextSchema));
    case 'practice': {
      const entry = getOrCreate(model.practices, id, () => ({ slug: id, texts: new Map() }));
      if (isSource) {
        const parsed = parse(s.practiceSourceSchema);
        entry.structure = parsed;
        return put(entry.texts, parsed);
      }
      return put(entry.texts, parse(s.practiceTranslationSchema));
    }
    case 'criteria':
      getOrCreate(model.criteria, id, () => ({ group: id, texts: new Map() })).structure = parse(s.criteriaSetSchema);
      return;
    case 'criteria-text':
      return put(getOrCreate(model.criteria, id, () => ({ group: id, texts: new Map() })).texts, parse(s.criteriaTextSchema));
  }
}
