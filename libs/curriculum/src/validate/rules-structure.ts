import { calculateLcc, lccScenarioSchema, lccWarnings, validateLccScenario } from '@academy/lcc';
import type { VirtualFile } from '../edition/overlay.js';
import type { LoadedFile } from '../loader/model.js';
import { checkDuplicates, displayOf, exists, where, type RuleContext } from './context.js';
import { hiddenLessons } from './rules-hidden.js';

function checkSlug(ctx: RuleContext, file: LoadedFile<unknown> | undefined, key: string, value: string, expected: string): void {
  if (file && value !== expected)
    ctx.problems.error(where(file), file.lineOf([key]), `${key} "${value}" does not match the file name "${expected}"`);
}

/** Courses: slug = file name, modules exist and are unique, final assessment exists, source texts exist. */
export function courseRules(ctx: RuleContext): void {
  const { model, problems } = ctx;
  const src = model.sourceLocale;
  for (const course of model.courses.values()) {
    const s = course.structure;
    const structurePath = `courses/${course.slug}.yaml`;
    if (!exists(model, structurePath)) {
      for (const t of course.texts.values()) problems.error(where(t), 1, `texts for course "${course.slug}" but no ${structurePath}`);
      continue;
    }
    if (!s) continue;
    checkSlug(ctx, s, 'slug', s.data.slug, course.slug);
    checkDuplicates(ctx, s, s.data.modules, ['modules'], 'module');
    s.data.modules.forEach((m, i) => {
      if (!exists(model, `modules/${m}/module.yaml`)) problems.error(where(s), s.lineOf(['modules', i]), `unknown module "${m}" (no modules/${m}/module.yaml)`);
    });
    const fa = s.data.finalAssessment;
    if (fa && !exists(model, `assessments/${fa}.yaml`))
      problems.error(where(s), s.lineOf(['finalAssessment']), `unknown assessment "${fa}" (no assessments/${fa}.yaml)`);
    // An edition can drop a module from a course by overriding the course file; if the final
    // assessment still drew from it, learners would be tested on content they were never shown.
    const assessment = fa ? model.assessments.get(fa)?.structure : undefined;
    assessment?.data.draw.forEach((d, i) => {
      if (!s.data.modules.includes(d.module))
        problems.error(where(assessment), assessment.lineOf(['draw', i, 'module']),
          `draws questions from module "${d.module}", which course "${course.slug}" does not include (${where(s)})`);
    });
    if (s.data.completion?.finalAssessment === 'passed' && !fa)
      problems.error(where(s), s.lineOf(['completion', 'finalAssessment']), 'completion requires a final assessment but the course has no finalAssessment');
    if (!exists(model, `courses/${course.slug}.${src}.yaml`))
      problems.error(where(s), 1, `missing source texts courses/${course.slug}.${src}.yaml`);
  }
}

/** Modules: slug = folder, lessons listed ⇔ lesson files in the source locale, quiz settings ⇔ quiz.yaml. */
export function moduleRules(ctx: RuleContext): void {
  const { model, problems } = ctx;
  const src = model.sourceLocale;
  const used = new Set([...model.courses.values()].flatMap((c) => c.structure?.data.modules ?? []));
  const lessonFiles = sourceLessonFiles(ctx);
  for (const mod of model.modules.values()) {
    const base = `modules/${mod.slug}`;
    if (!exists(model, `${base}/module.yaml`)) {
      const any = [...model.files.values()].find((f) => f.path.startsWith(`${base}/`));
      if (any) problems.error(any.displayPath, 1, `files for module "${mod.slug}" but no ${base}/module.yaml`);
      continue;
    }
    const s = mod.structure;
    if (!s) continue;
    checkSlug(ctx, s, 'slug', s.data.slug, mod.slug);
    checkDuplicates(ctx, s, s.data.lessons, ['lessons'], 'lesson');
    s.data.lessons.forEach((lesson, i) => {
      if (!exists(model, `${base}/lessons/${lesson}.${src}.md`))
        problems.error(where(s), s.lineOf(['lessons', i]), `lesson "${lesson}" has no file ${base}/lessons/${lesson}.${src}.md`);
    });
    // A core lesson the edition's module.yaml leaves out is hidden, not forgotten (rules-hidden.ts).
    const hidden = new Set(hiddenLessons(model, mod));
    for (const [lesson, byLocale] of mod.lessons) {
      if (s.data.lessons.includes(lesson) || hidden.has(lesson)) continue;
      const file = byLocale.get(src)?.file.displayPath ?? displayOf(model, `${base}/lessons/${lesson}.${src}.md`);
      if (exists(model, `${base}/lessons/${lesson}.${src}.md`))
        problems.error(file, 1, `lesson "${lesson}" is not listed in ${displayOf(model, `${base}/module.yaml`)}`);
    }
    // Unlisted lessons whose source file failed to parse are not in mod.lessons: check the file list too.
    for (const [lesson, f] of lessonFiles.get(mod.slug) ?? []) {
      if (!s.data.lessons.includes(lesson) && !mod.lessons.has(lesson) && !hidden.has(lesson))
        problems.error(f.displayPath, 1, `lesson "${lesson}" is not listed in ${displayOf(model, `${base}/module.yaml`)}`);
    }
    if (!exists(model, `${base}/module.${src}.yaml`)) problems.error(where(s), 1, `missing source texts ${base}/module.${src}.yaml`);
    const hasQuiz = exists(model, `${base}/quiz.yaml`);
    if (s.data.quiz && !hasQuiz) problems.error(where(s), s.lineOf(['quiz']), `quiz settings but no ${base}/quiz.yaml`);
    if (!s.data.quiz && hasQuiz) problems.error(displayOf(model, `${base}/quiz.yaml`), 1, `question bank but ${base}/module.yaml has no quiz settings`);
    const bank = mod.quiz?.data.questions.length;
    const per = s.data.quiz?.questionsPerAttempt;
    if (bank !== undefined && per !== undefined && per > bank)
      problems.error(where(s), s.lineOf(['quiz', 'questionsPerAttempt']), `questionsPerAttempt ${per} is more than the ${bank} questions in the bank`);
    if (model.courses.size && !used.has(mod.slug)) problems.warn(where(s), 1, `module "${mod.slug}" is not part of any course`);
  }
}

/** module slug → lesson slug → source-locale lesson file (whether or not it parsed). */
function sourceLessonFiles({ model }: RuleContext): Map<string, Map<string, VirtualFile>> {
  const out = new Map<string, Map<string, VirtualFile>>();
  const re = new RegExp(`^modules/([^/.]+)/lessons/([^/.]+)\\.${model.sourceLocale.replace(/[^\w-]/g, '')}\\.md$`);
  for (const f of model.files.values()) {
    const m = re.exec(f.path);
    if (!m?.[1] || !m[2]) continue;
    if (!out.has(m[1])) out.set(m[1], new Map());
    out.get(m[1])?.set(m[2], f);
  }
  return out;
}

/** Lesson length warning (README: warning above 30 minutes). */
export function lessonRules({ model, problems }: RuleContext): void {
  for (const mod of model.modules.values()) {
    for (const byLocale of mod.lessons.values()) {
      const l = byLocale.get(model.sourceLocale);
      const minutes = l?.data.minutes;
      if (l && minutes !== undefined && minutes > 30)
        problems.warn(where(l), l.lineOf(['minutes']), `lesson takes ${minutes} minutes; consider splitting it (over 30)`);
    }
  }
}

/** Assessments: id = file name, draws from modules that have banks big enough; referenced from a course. */
export function assessmentRules(ctx: RuleContext): void {
  const { model, problems } = ctx;
  for (const a of model.assessments.values()) {
    const s = a.structure;
    if (!exists(model, `assessments/${a.id}.yaml`)) {
      for (const t of a.texts.values()) problems.error(where(t), 1, `texts for assessment "${a.id}" but no assessments/${a.id}.yaml`);
      continue;
    }
    if (!s) continue;
    checkSlug(ctx, s, 'id', s.data.id, a.id);
    checkDuplicates(ctx, s, s.data.draw.map((d) => d.module), ['draw'], 'module', (i) => ['draw', i, 'module']);
    s.data.draw.forEach((d, i) => {
      const mod = model.modules.get(d.module);
      if (!exists(model, `modules/${d.module}/module.yaml`)) {
        problems.error(where(s), s.lineOf(['draw', i, 'module']), `unknown module "${d.module}"`);
      } else if (!exists(model, `modules/${d.module}/quiz.yaml`)) {
        problems.error(where(s), s.lineOf(['draw', i, 'module']), `module "${d.module}" has no question bank`);
      } else if (mod?.quiz && d.count > mod.quiz.data.questions.length) {
        problems.error(where(s), s.lineOf(['draw', i, 'count']), `draws ${d.count} questions but ${d.module} has only ${mod.quiz.data.questions.length}`);
      }
    });
    if (!exists(model, `assessments/${a.id}.${model.sourceLocale}.yaml`))
      problems.error(where(s), 1, `missing source texts assessments/${a.id}.${model.sourceLocale}.yaml`);
  }
}

const pathOf = (path: string): (string | number)[] => (path ? path.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p)) : []);

/**
 * A scenario the schema accepts must also compute: the engine's finiteness check, every total and
 * sensitivity figure finite, and its warnings (a rate that looks like a typo, undiscounted vehicle
 * costs mixed with discounted ones, a currency outside ISO 4217) reported as warnings.
 */
function checkWithEngine(ctx: RuleContext, s: LoadedFile<unknown>, data: unknown): void {
  const checked = validateLccScenario(data);
  if (!checked.ok) {
    for (const e of checked.errors) ctx.problems.error(where(s), s.lineOf(pathOf(e.path)), `LCC engine: ${e.path ? `${e.path}: ` : ''}${e.message}`);
    return;
  }
  const result = calculateLcc(checked.scenario, { trace: false });
  const sweeps = result.sensitivity ? Object.values(result.sensitivity).flatMap((a) => ('points' in a ? a.points : [])) : [];
  const numbers = [...result.offers.map((o) => o.total), ...sweeps.flatMap((p) => p.totals.map((t) => t.total))];
  if (!numbers.every(Number.isFinite)) ctx.problems.error(where(s), 1, 'LCC engine: a total or sensitivity figure is not a finite number');
  for (const w of lccWarnings(checked.scenario))
    ctx.problems.warn(where(s), s.lineOf(pathOf(w.path)), `LCC engine: ${w.path ? `${w.path}: ` : ''}${w.message}`);
}

/** Exercises, criteria sets, practices: ids, unique offer/criterion ids, known product groups, source texts. */
export function libraryRules(ctx: RuleContext): void {
  const { model, problems } = ctx;
  const src = model.sourceLocale;
  for (const e of model.exercises.values()) {
    if (!exists(model, `exercises/${e.id}.yaml`)) {
      for (const t of e.texts.values()) problems.error(where(t), 1, `texts for exercise "${e.id}" but no exercises/${e.id}.yaml`);
      continue;
    }
    const s = e.structure;
    if (!s) continue;
    checkSlug(ctx, s, 'id', s.data.id, e.id);
    checkDuplicates(ctx, s, s.data.offers.map((o) => o.id), ['offers'], 'offer', (i) => ['offers', i, 'id']);
    // The LCC engine owns the full scenario rules; report its issues at the offending line.
    const lcc = lccScenarioSchema.safeParse(s.data);
    for (const issue of lcc.success ? [] : lcc.error.issues) {
      if (issue.message === 'Offer ids must be unique') continue;
      const label = issue.path.map(String).join('.');
      problems.error(where(s), s.lineOf(issue.path), `LCC scenario: ${label ? `${label}: ` : ''}${issue.message}`);
    }
    if (lcc.success) checkWithEngine(ctx, s, s.data);
    if (!exists(model, `exercises/${e.id}.${src}.yaml`)) problems.error(where(s), 1, `missing source texts exercises/${e.id}.${src}.yaml`);
  }
  for (const c of model.criteria.values()) {
    if (!exists(model, `criteria/${c.group}.yaml`)) {
      for (const t of c.texts.values()) problems.error(where(t), 1, `texts for criteria group "${c.group}" but no criteria/${c.group}.yaml`);
      continue;
    }
    const s = c.structure;
    if (!s) continue;
    checkSlug(ctx, s, 'group', s.data.group, c.group);
    checkDuplicates(ctx, s, s.data.criteria.map((x) => x.id), ['criteria'], 'criterion', (i) => ['criteria', i, 'id']);
    if (!s.data.sources?.length) problems.error(where(s), s.lineOf(['sources']), 'criteria set has no sources (at least one is required)');
    if (!exists(model, `criteria/${c.group}.${src}.yaml`)) problems.error(where(s), 1, `missing source texts criteria/${c.group}.${src}.yaml`);
  }
  for (const p of model.practices.values()) {
    const s = p.structure;
    if (!s) continue;
    const group = s.data.productGroup;
    if (!exists(model, `criteria/${group}.yaml`))
      problems.error(where(s), s.lineOf(['productGroup']), `productGroup "${group}" is not a criteria group (no criteria/${group}.yaml)`);
  }
}
