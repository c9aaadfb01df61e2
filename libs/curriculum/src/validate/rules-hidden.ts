import type { CurriculumModel, ModuleEntry } from '../loader/model.js';
import type { RuleContext } from './context.js';

/**
 * Lessons an edition hides: it replaces the module's `module.yaml` and leaves out a lesson of the
 * core (whose source file is the core's, or the edition's text of it). Learners never see it.
 */
export function hiddenLessons(model: CurriculumModel, mod: ModuleEntry): string[] {
  const s = mod.structure;
  if (!s || s.file.origin !== 'edition') return [];
  const prefix = `modules/${mod.slug}/lessons/`;
  const suffix = `.${model.sourceLocale}.md`;
  const out: string[] = [];
  for (const f of model.files.values()) {
    if ((f.origin !== 'core' && !f.replacesHash) || !f.path.startsWith(prefix) || !f.path.endsWith(suffix)) continue;
    const lesson = f.path.slice(prefix.length, -suffix.length);
    if (!lesson.includes('/') && !s.data.lessons.includes(lesson)) out.push(lesson);
  }
  return out.sort();
}

/** Why the module's question bank is still drawn: its own quiz, and final assessments drawing from it. */
function drawnBy(model: CurriculumModel, mod: ModuleEntry): string[] {
  if (!mod.quiz) return [];
  const out: string[] = [];
  if (mod.structure?.data.quiz) out.push('the module quiz');
  for (const course of model.courses.values()) {
    const c = course.structure?.data;
    if (!c?.finalAssessment || !c.modules.includes(mod.slug)) continue;
    const draws = model.assessments.get(c.finalAssessment)?.structure?.data.draw ?? [];
    if (draws.some((d) => d.module === mod.slug)) out.push(`final assessment "${c.finalAssessment}"`);
  }
  return [...new Set(out)];
}

export interface HiddenLessonConflict {
  module: string;
  lesson: string;
  /** The question ids that would still be drawn. */
  questions: string[];
  drawnBy: string[];
  file: string;
  line: number;
  message: string;
}

/**
 * A hidden lesson must not leave questions on it in a quiz: learners would be tested on content
 * they were never shown. Questions do not record which lesson they test, so every question of a
 * drawn bank counts as the lesson's; an edition can hide lessons of modules without a drawn bank.
 */
export function hiddenLessonConflicts(model: CurriculumModel): HiddenLessonConflict[] {
  const out: HiddenLessonConflict[] = [];
  for (const mod of model.modules.values()) {
    const s = mod.structure;
    const hidden = s ? hiddenLessons(model, mod) : [];
    const by = hidden.length ? drawnBy(model, mod) : [];
    if (!s || !by.length || !mod.quiz) continue;
    const questions = mod.quiz.data.questions.map((q) => q.id);
    for (const lesson of hidden)
      out.push({
        module: mod.slug,
        lesson,
        questions,
        drawnBy: by,
        file: s.file.displayPath,
        line: s.lineOf(['lessons']),
        message: `hides lesson "${lesson}" but its quiz questions would still be drawn by ${by.join(' and ')}: ${questions.join(', ')}`,
      });
  }
  return out;
}

export function hiddenLessonRules({ model, problems }: RuleContext): void {
  for (const c of hiddenLessonConflicts(model)) problems.error(c.file, c.line, c.message);
}
