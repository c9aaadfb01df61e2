import { useI18n } from 'petite-vue-i18n';
import { te } from '../i18n';
import type { LccFieldDef } from './lccFields';

/** Translated labels, help texts and units of the calculator's fields. */
export function useLccLabels() {
  const { t } = useI18n();
  const label = (path: string) => t(`lcc.fields.${path}.label`);
  const help = (path: string) =>
    te(`lcc.fields.${path}.help`) ? t(`lcc.fields.${path}.help`) : undefined;
  const unit = (def: LccFieldDef, currency: string, energyUnit = 'kWh') =>
    def.unit === 'none'
      ? undefined
      : t(`lcc.units.${def.unit}`, { currency, unit: energyUnit || 'kWh' });
  /** A trace step's name; unknown keys fall back to the formula itself. */
  const traceLabel = (key: string, formula: string) =>
    te(`lcc.trace.${key}`) ? t(`lcc.trace.${key}`) : formula;
  const category = (key: string) => t(`lcc.categories.${key}`);

  /** Where a scenario path points, in words: "Offer 2: Maintenance", "Real discount rate". */
  function place(path: string, offerNames: readonly string[]): string {
    const row = /^offers\.(\d+)\.(oneOff|revenues\.items)\.(\d+)\.(year|amount)$/.exec(path);
    if (row) {
      const texts = row[2] === 'oneOff' ? 'oneOff' : 'revenueItems';
      return `${offerNames[Number(row[1])] ?? ''}: ${t(`lcc.${texts}.${row[4]}`, { n: Number(row[3]) + 1 })}`;
    }
    const offer = /^offers\.(\d+)(?:\.(.+))?$/.exec(path);
    if (offer) {
      const name = offerNames[Number(offer[1])] ?? t('lcc.offers.title');
      return offer[2] && te(`lcc.fields.${offer[2]}.label`)
        ? `${name}: ${t(`lcc.fields.${offer[2]}.label`)}`
        : name;
    }
    return te(`lcc.fields.${path}.label`) ? t(`lcc.fields.${path}.label`) : t('lcc.offers.title');
  }
  return { label, help, unit, traceLabel, category, place };
}
