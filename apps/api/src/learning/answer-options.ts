import type { DrawnQuestion } from '@academy/learning';
import type { FieldProblem } from '../common/errors.js';
import type { AnswerInput } from './dto/learning.inputs.js';

/**
 * What is wrong with an answer, judged against the question as drawn for this attempt: a choice,
 * a set of choices or an order may only name the question's own options (each once), and
 * questions without options (true/false, numeric) take no option ids at all. Free text never
 * reaches grading or the host's answer statistics.
 */
export function answerOptionProblems(question: DrawnQuestion, answer: AnswerInput): FieldProblem[] {
  const field = `answers.${answer.key}`;
  const options = question.optionOrder ? new Set(question.optionOrder) : null;
  const given: [string, string[]][] = [];
  if (answer.choice !== undefined && answer.choice !== null)
    given.push(['choice', [answer.choice]]);
  if (answer.choices) given.push(['choices', answer.choices]);
  if (answer.order) given.push(['order', answer.order]);
  const problems: FieldProblem[] = [];
  for (const [name, ids] of given) {
    if (!options) {
      problems.push({
        field: `${field}.${name}`,
        message: 'this question has no options to choose from',
      });
    } else if (ids.some((id) => !options.has(id))) {
      problems.push({ field: `${field}.${name}`, message: 'must name options of this question' });
    } else if (new Set(ids).size !== ids.length) {
      problems.push({ field: `${field}.${name}`, message: 'names an option more than once' });
    }
  }
  return problems;
}
