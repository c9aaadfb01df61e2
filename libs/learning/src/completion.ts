/** What a course requires (from the course file) and what a learner has done. */
export interface CompletionRules {
  lessons: 'all' | 'none';
  moduleQuizzes: 'passed' | 'none';
  finalAssessment: 'passed' | 'none';
}

export interface LearnerState {
  /** Every lesson of the course as `module/lesson`. */
  lessons: string[];
  lessonsDone: ReadonlySet<string>;
  /** Modules that have a quiz. */
  quizModules: string[];
  quizzesPassed: ReadonlySet<string>;
  hasFinalAssessment: boolean;
  finalAssessmentPassed: boolean;
  /** Extra rules, e.g. a cohort's attendance, each with whether it is met. */
  extra?: { rule: string; met: boolean }[];
}

export interface CompletionStatus {
  complete: boolean;
  /** Human-readable keys of what is missing, in the order a learner would do it. */
  missing: string[];
}

export function courseCompletion(rules: CompletionRules, s: LearnerState): CompletionStatus {
  const missing: string[] = [];
  if (rules.lessons === 'all')
    for (const l of s.lessons) if (!s.lessonsDone.has(l)) missing.push(`lesson:${l}`);
  if (rules.moduleQuizzes === 'passed')
    for (const m of s.quizModules) if (!s.quizzesPassed.has(m)) missing.push(`quiz:${m}`);
  if (rules.finalAssessment === 'passed' && s.hasFinalAssessment && !s.finalAssessmentPassed)
    missing.push('final-assessment');
  for (const e of s.extra ?? []) if (!e.met) missing.push(`rule:${e.rule}`);
  return { complete: missing.length === 0, missing };
}

/** The lesson a learner should open next: the first not done after the last one visited. */
export function nextLesson(
  lessons: string[],
  done: ReadonlySet<string>,
  lastVisited: string | null,
): string | null {
  const start = lastVisited ? Math.max(0, lessons.indexOf(lastVisited)) : 0;
  for (let i = 0; i < lessons.length; i++) {
    const candidate = lessons[(start + i) % lessons.length]!;
    if (!done.has(candidate)) return candidate;
  }
  return null;
}
