import type { LccScenarioInput } from '@academy/lcc';
import type { LccExerciseFieldsFragment } from '../graphql/generated';
import { scenarioToForm, type LccForm } from './lccForm';

/** The offers' display names of a curriculum exercise. */
export const exerciseNames = (e: LccExerciseFieldsFragment): Record<string, string> =>
  Object.fromEntries(e.offers.map((o) => [o.id, o.name]));

/** A curriculum exercise as a calculator form, numbers in the user's locale. */
export function exerciseForm(e: LccExerciseFieldsFragment, locale: string): LccForm {
  return scenarioToForm(e.scenario as LccScenarioInput, exerciseNames(e), locale, e.id);
}
