import {
  calculateLcc,
  MAX_OFFERS,
  validateLccScenario,
  type LccResult,
  type LccScenario,
} from '@academy/lcc';
import { computed, ref, watch } from 'vue';
import { useI18n } from 'petite-vue-i18n';
import {
  blankOffer,
  formToScenario,
  offerNames,
  scenarioToForm,
  type LccForm,
  type LccOfferForm,
} from './lccForm';

export const MIN_OFFERS = 2;

/**
 * The calculator's state: the form as typed, the validated scenario and the engine's result,
 * recalculated on every change (the engine is pure TypeScript and takes milliseconds).
 */
export function useLccCalculator(initial: LccForm, options: { sensitivity?: boolean } = {}) {
  const { t, locale } = useI18n();
  const form = ref<LccForm>(initial);
  const removed = ref<{ offer: LccOfferForm; index: number } | null>(null);

  const read = computed(() => formToScenario(form.value, locale.value));
  const checked = computed(() =>
    read.value.problems.length ? null : validateLccScenario(read.value.scenario),
  );
  const scenario = computed<LccScenario | null>(() =>
    checked.value?.ok ? checked.value.scenario : null,
  );
  const result = computed<LccResult | null>(() =>
    scenario.value
      ? calculateLcc(scenario.value, {
          sensitivity: options.sensitivity ?? true,
          trace: options.sensitivity ?? true,
        })
      : null,
  );

  /** Messages by scenario path: our own for unreadable numbers, the engine's for the rest. */
  const errors = computed<Record<string, string>>(() => {
    const out: Record<string, string> = {};
    for (const p of read.value.problems) out[p.path] = t('lcc.errors.notANumber');
    if (checked.value && !checked.value.ok)
      for (const e of checked.value.errors) {
        out[e.path] ??= e.message;
        // A price in the CO2 table is shown at the table's one field.
        if (/^co2PricePerTonneByYear\.\d+$/.test(e.path)) out.co2PricePerTonneByYear ??= e.message;
      }
    return out;
  });

  const names = computed(() => {
    const out = offerNames(form.value);
    form.value.offers.forEach((o, i) => {
      if (!o.name.trim()) out[o.id] = t('lcc.offer.defaultName', { n: i + 1 });
    });
    return out;
  });

  // Typed numbers follow the interface language: "0.5" in English becomes "0,5" in Dutch.
  watch(locale, (now, before) => {
    const old = formToScenario(form.value, before);
    if (old.problems.length === 0)
      form.value = {
        ...scenarioToForm(old.scenario, offerNames(form.value), now, form.value.exercise),
        currency: form.value.currency,
      };
  });

  function addOffer(vehicle = false) {
    if (form.value.offers.length >= MAX_OFFERS) return;
    form.value.offers.push(
      blankOffer(
        form.value.offers.map((o) => o.id),
        vehicle,
      ),
    );
  }

  function removeOffer(index: number) {
    if (form.value.offers.length <= MIN_OFFERS) return;
    const [offer] = form.value.offers.splice(index, 1);
    if (offer) removed.value = { offer, index };
  }

  function undoRemove() {
    const r = removed.value;
    if (!r || form.value.offers.length >= MAX_OFFERS) return;
    form.value.offers.splice(Math.min(r.index, form.value.offers.length), 0, r.offer);
    removed.value = null;
  }

  function load(next: LccForm) {
    form.value = next;
    removed.value = null;
  }

  return {
    form,
    read,
    scenario,
    result,
    errors,
    names,
    removed,
    addOffer,
    removeOffer,
    undoRemove,
    load,
  };
}
