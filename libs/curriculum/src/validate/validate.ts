import { readCurriculum } from '../loader/load.js';
import type { CurriculumModel, LoadOptions } from '../loader/model.js';
import type { ValidationResult } from '../problems.js';
import type { Rule } from './context.js';
import { changelogRule, fileNameRules, manifestRules } from './rules-manifest.js';
import { editionRules } from './rules-edition.js';
import { hiddenLessonRules } from './rules-hidden.js';
import { kitRules } from './rules-kit.js';
import { markdownRules } from './rules-markdown.js';
import { quizRules } from './rules-quiz.js';
import { assessmentRules, courseRules, lessonRules, libraryRules, moduleRules } from './rules-structure.js';
import { sourcesRules, textIdRules, translationRules } from './rules-text.js';

const RULES: Rule[] = [
  manifestRules, fileNameRules, changelogRule, courseRules, moduleRules, lessonRules, assessmentRules, libraryRules,
  quizRules, translationRules, sourcesRules, textIdRules, markdownRules, editionRules, hiddenLessonRules, kitRules,
];

export interface CheckResult extends ValidationResult {
  model: CurriculumModel;
}

/** Loads and validates in one pass: the model plus every problem found (schema, references, translations, edition). */
export function checkCurriculum(root: string, options: LoadOptions = {}): CheckResult {
  const { model, problems } = readCurriculum(root, options);
  for (const rule of RULES) rule({ model, problems });
  return { model, ...problems.toResult() };
}

/** Every problem in the curriculum folder, as `{ errors, warnings }`; errors fail a release, warnings do not. */
export function validateCurriculum(root: string, options: LoadOptions = {}): ValidationResult {
  const { errors, warnings } = checkCurriculum(root, options);
  return { errors, warnings };
}
