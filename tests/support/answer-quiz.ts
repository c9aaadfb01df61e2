import type { Page } from 'playwright-core';
import type { KeyedQuestion } from './answer-keys.js';

async function currentOrder(page: Page, key: string): Promise<string[]> {
  return page
    .locator(`fieldset[data-key="${key}"] li[data-option]`)
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-option') ?? ''));
}

/** Moves items with the accessible "move up" buttons until the list has the wanted order. */
async function arrange(page: Page, key: string, wanted: string[]) {
  for (let i = 0; i < wanted.length; i++) {
    let at = (await currentOrder(page, key)).indexOf(wanted[i]!);
    while (at > i) {
      await page
        .locator(`fieldset[data-key="${key}"] li[data-option="${wanted[i]}"] button`)
        .first()
        .click();
      await expect
        .poll(() => currentOrder(page, key).then((o) => o.indexOf(wanted[i]!)))
        .toBe(at - 1);
      at--;
    }
  }
  expect(await currentOrder(page, key)).toEqual(wanted);
}

/** Answers every drawn question right or (on purpose) wrong, using the controls a learner uses. */
export async function answerAll(page: Page, keys: Map<string, KeyedQuestion>, right: boolean) {
  const drawn = await page
    .locator('fieldset.quiz-question')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-key') ?? ''));
  expect(drawn.length).toBeGreaterThan(0);
  for (const key of drawn) {
    const q = keys.get(key);
    if (!q) throw new Error(`no answer key for ${key}`);
    const box = page.locator(`fieldset[data-key="${key}"]`);
    const options = q.options ?? [];
    switch (q.type) {
      case 'single': {
        const pick = right ? String(q.answer) : options.find((o) => o !== q.answer)!;
        await box.locator(`input[value="${pick}"]`).check();
        break;
      }
      case 'multiple': {
        const answer = q.answer as string[];
        const picks = right ? answer : [options.find((o) => !answer.includes(o))!];
        for (const o of options)
          await box.locator(`input[value="${o}"]`).setChecked(picks.includes(o));
        break;
      }
      case 'true-false':
        await box.locator(`input[value="${String(right ? q.answer : !q.answer)}"]`).check();
        break;
      case 'numeric':
        await box
          .locator('input[type="text"]')
          .fill(String(right ? q.answer : Number(q.answer) * 2 + 10));
        break;
      case 'ordering': {
        const answer = q.answer as string[];
        // A rotation puts every item out of place (reversing keeps an odd list's middle item).
        const wrong = [...answer.slice(1), answer[0]!];
        await arrange(page, key, right ? answer : wrong);
        break;
      }
    }
  }
  return drawn.length;
}
