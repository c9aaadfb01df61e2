import type { LiveActivityFieldsFragment, LiveAnswerFieldsFragment } from '../graphql/generated';

/**
 * An answer as words for the recap and the per-table results: option labels (in the order given),
 * the number formatted for the reader's language, the text, or an LCC offer's three figures
 * (purchase / yearly / end of life).
 */
export function liveAnswerText(
  activity: Pick<LiveActivityFieldsFragment, 'options'>,
  answer: LiveAnswerFieldsFragment | null | undefined,
  formatNumber: (n: number) => string,
): string {
  if (!answer) return '';
  const label = (id: string) => activity.options.find((o) => o.id === id)?.label ?? id;
  if (answer.offer)
    return [answer.offer.purchase, answer.offer.yearlyCost, answer.offer.endOfLifeValue]
      .map(formatNumber)
      .join(' / ');
  if (answer.choice) return label(answer.choice);
  if (answer.choices?.length) return answer.choices.map(label).join(', ');
  if (answer.order?.length) return answer.order.map((id, i) => `${i + 1}. ${label(id)}`).join(' ');
  if (answer.number !== null && answer.number !== undefined) return formatNumber(answer.number);
  return answer.text ?? '';
}
