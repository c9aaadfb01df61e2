import type { LoadedFile, ModuleEntry } from '../loader/model.js';
import type { Question, QuizText } from '../schemas/index.js';
import { lccAnswer, numberAtPath, parseOutputSpec, validateLccScenario } from '@academy/lcc';
import { checkDuplicates, compareIds, where, type RuleContext } from './context.js';

function optionsOf(q: Question): string[] | undefined {
  return 'options' in q ? q.options : undefined;
}

/**
 * A numeric question tied to an exercise: the engine must agree with its answer key, and the
 * inputs it varies per attempt must be numbers of the scenario named in every prompt.
 */
function checkLccQuestion(ctx: RuleContext, q: Extract<Question, { type: 'numeric' }>): string[] {
  const lcc = q.lcc!;
  const raw = ctx.model.exercises.get(lcc.exercise)?.structure?.data;
  const checked = validateLccScenario(raw);
  if (!checked.ok) return []; // the exercise file reports its own errors
  const spec = parseOutputSpec(lcc.output);
  if (!spec.ok) return [`output "${lcc.output}": ${spec.message}`];
  const problems: string[] = [];
  let engine: number | null = null;
  try {
    engine = lccAnswer(checked.scenario, lcc.output);
  } catch (error) {
    return [`output "${lcc.output}": ${error instanceof Error ? error.message : String(error)}`];
  }
  const tolerance = q.toleranceRelative !== undefined ? Math.abs(q.answer) * q.toleranceRelative : (q.tolerance ?? 0);
  if (engine === null) problems.push(`output "${lcc.output}" has no value for exercise ${lcc.exercise}`);
  else if (Math.abs(engine - q.answer) > tolerance + 1e-9 * Math.max(1, Math.abs(q.answer)))
    problems.push(`answer ${q.answer} differs from the engine's ${Math.round(engine * 100) / 100} for exercise ${lcc.exercise} (tolerance ${tolerance})`);
  for (const v of lcc.vary ?? []) {
    if (numberAtPath(checked.scenario, v.path) === undefined) problems.push(`vary ${v.name}: "${v.path}" is not a number in exercise ${lcc.exercise}`);
    if (v.max < v.min) problems.push(`vary ${v.name}: max is below min`);
  }
  return problems;
}

/** Answer keys must point at existing options; ordering answers must be permutations. */
function checkAnswerKeys(ctx: RuleContext, quiz: LoadedFile<{ questions: Question[] }>): void {
  const err = (i: number, key: string, message: string) => ctx.problems.error(where(quiz), quiz.lineOf(['questions', i, key]), message);
  quiz.data.questions.forEach((q, i) => {
    const options = optionsOf(q);
    if (options) checkDuplicates(ctx, quiz, options, ['questions', i, 'options'], `option in ${q.id}`);
    switch (q.type) {
      case 'single':
        if (!q.options.includes(q.answer)) err(i, 'answer', `${q.id}: answer "${q.answer}" is not one of its options`);
        break;
      case 'multiple':
        for (const a of q.answer) if (!q.options.includes(a)) err(i, 'answer', `${q.id}: answer "${a}" is not one of its options`);
        if (new Set(q.answer).size !== q.answer.length) err(i, 'answer', `${q.id}: answer lists an option twice`);
        break;
      case 'ordering': {
        const sorted = (xs: string[]) => [...xs].sort().join(',');
        if (sorted(q.answer) !== sorted(q.options)) err(i, 'answer', `${q.id}: ordering answer must be a permutation of its options`);
        break;
      }
      case 'numeric':
        if (q.lcc && !ctx.model.files.has(`exercises/${q.lcc.exercise}.yaml`))
          err(i, 'lcc', `${q.id}: unknown exercise "${q.lcc.exercise}"`);
        else if (q.lcc) for (const message of checkLccQuestion(ctx, q)) err(i, 'lcc', `${q.id}: ${message}`);
        break;
      case 'true-false':
        break;
    }
  });
}

/** A quiz text file must have exactly the question ids and option ids of the bank. */
function checkQuizText(ctx: RuleContext, bank: Question[], text: LoadedFile<QuizText>, against: string): void {
  const texts = text.data.questions;
  compareIds(ctx, text, bank.map((q) => q.id), Object.keys(texts), ['questions'], 'question', against);
  for (const q of bank) {
    const t = texts[q.id];
    if (!t) continue;
    if (q.type === 'numeric') {
      for (const v of q.lcc?.vary ?? []) {
        if (!t.prompt.includes(`{${v.name}}`)) {
          ctx.problems.error(where(text), text.lineOf(['questions', q.id, 'prompt']), `${q.id}: the prompt must show the drawn value {${v.name}}`);
        }
      }
    }
    const expected = optionsOf(q) ?? [];
    const actual = Object.keys(t.options ?? {});
    if (!expected.length && actual.length) {
      ctx.problems.error(where(text), text.lineOf(['questions', q.id, 'options']), `question "${q.id}" (${q.type}) has no options`);
      continue;
    }
    compareIds(ctx, text, expected, actual, ['questions', q.id, 'options'], `${q.id} option`, against);
    if (expected.length && t.explanation && OPTION_LETTER.test(t.explanation)) {
      ctx.problems.error(
        where(text),
        text.lineOf(['questions', q.id, 'explanation']),
        `${q.id}: the explanation refers to an option by its letter; options are shuffled, so quote the option text`,
      );
    }
  }
}

/** "(b)", "(a, c)" or "(a en c zijn onjuist)" as a reference to options; "Article 43(1)(a)" is a legal reference, not an option. */
const OPTION_LETTER = /(?<![)\p{L}\p{N}])\((?:[a-f]\)|[a-f](?:(?:\s*,\s*|\s*[-–]\s*|\s+(?:and|or|en|of|und|oder|et|ou|e|o|и|или|ja|tai|og|eller)\s+)\(?[a-f]\)?)+(?=[\s,)]))/u;

export function quizRules(ctx: RuleContext): void {
  for (const mod of ctx.model.modules.values()) checkModuleQuiz(ctx, mod);
}

function checkModuleQuiz(ctx: RuleContext, mod: ModuleEntry): void {
  const quiz = mod.quiz;
  const base = `modules/${mod.slug}`;
  if (!quiz) {
    for (const t of mod.quizTexts.values())
      if (!ctx.model.files.has(`${base}/quiz.yaml`)) ctx.problems.error(where(t), 1, `quiz texts but no ${base}/quiz.yaml`);
    return;
  }
  checkDuplicates(ctx, quiz, quiz.data.questions.map((q) => q.id), ['questions'], 'question id', (i) => ['questions', i, 'id']);
  checkAnswerKeys(ctx, quiz);
  const src = ctx.model.sourceLocale;
  if (!ctx.model.files.has(`${base}/quiz.${src}.yaml`)) ctx.problems.error(where(quiz), 1, `missing source texts ${base}/quiz.${src}.yaml`);
  for (const [locale, text] of mod.quizTexts) {
    checkQuizText(ctx, quiz.data.questions, text, locale === src ? 'the question bank' : 'the source');
  }
}
