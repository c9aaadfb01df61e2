import { useI18n } from 'vue-i18n';
import type { LccFieldDef } from './lccFields';

/** Translated labels, help texts and units of the calculator's fields. */
export function useLccLabels() {
  const { t, te } = useI18n();
  const label = (path: string) => t(`lcc.fields.${path}.label`);
  const help = (path: string) => (te(`lcc.fields.${path}.help`) ? t(`lcc.fields.${path}.help`) : undefined);
  const unit = (def: LccFieldDef, currency: string, energyUnit = 'kWh') =>
    def.unit === 'none' ? undefined : t(`lcc.units.${def.unit}`, { currency, unit: energyUnit || 'kWh' });
  /** A trace step's name; unknown keys fall back to the formula itself. */
  const traceLabel = (key: string, formula: string) => (te(`lcc.trace.${key}`) ? t(`lcc.trace.${key}`) : formula);
  const category = (key: string) => t(`lcc.categories.${key}`);
  return { label, help, unit, traceLabel, category };
}
