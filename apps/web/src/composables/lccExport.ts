import { costItemRows, type CostCategory, type LccScenario } from '@academy/lcc';
import type { SheetData } from 'write-excel-file/browser';
import { toLccState, type LccSharedState } from './lccShare';

/** Marks a file as a calculator scenario, so another JSON file is refused rather than misread. */
export const SCENARIO_FORMAT = 'circular-procurement-academy/lcc-scenario';

/** The scenario as a JSON file a tender team can keep, send and load again. */
export function scenarioJson(state: LccSharedState): string {
  return `${JSON.stringify({ format: SCENARIO_FORMAT, version: 1, ...state }, null, 2)}\n`;
}

/** A scenario file's state, or null when the text is not one (the scenario is validated later). */
export function readScenarioJson(text: string): LccSharedState | null {
  try {
    const value: unknown = JSON.parse(text);
    if (
      typeof value !== 'object' ||
      value === null ||
      (value as Record<string, unknown>).format !== SCENARIO_FORMAT
    )
      return null;
    return toLccState(value);
  } catch {
    return null;
  }
}

export interface LccSheetLabels {
  offer: string;
  year: string;
  category: string;
  amount: string;
  presentValue: string;
  categories: Record<CostCategory, string>;
}

/**
 * The spreadsheet layout finance teams use: one row per cost item per year (as paid, and its
 * present value), numbers as numbers so the sheet can be summed and checked.
 */
export function costItemSheet(
  scenario: LccScenario,
  names: Record<string, string>,
  labels: LccSheetLabels,
): SheetData {
  const header = [
    labels.offer,
    labels.year,
    labels.category,
    labels.amount,
    labels.presentValue,
  ].map((value) => ({ value, fontWeight: 'bold' as const }));
  const rows = costItemRows(scenario).map((r) => [
    { value: names[r.offerId] || r.offerId },
    { value: r.year, type: Number },
    { value: labels.categories[r.category] },
    { value: r.amount, type: Number, format: '#,##0.00' },
    { value: r.presentValue, type: Number, format: '#,##0.00' },
  ]);
  return [header, ...rows];
}

/** lcc-2026-12-05.json / .xlsx */
export const exportFilename = (now: Date, ext: 'json' | 'xlsx'): string =>
  `lcc-scenario-${now.toISOString().slice(0, 10)}.${ext}`;
