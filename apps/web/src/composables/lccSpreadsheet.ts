import type { SheetData } from 'write-excel-file/browser';
import { SCENARIO_FORMAT } from './lccExport';
import { toLccState, type LccSharedState } from './lccShare';

/**
 * The scenario sheet of the .xlsx export: one row per input (`offers.0.acquisition.purchase`,
 * 120000), so finance can read and change the assumptions, and the calculator can load the file
 * again. The cost-item sheet is derived from these inputs and is not read back.
 */
type Json = Record<string, unknown>;

/** Every leaf of a value with its dot path; arrays by index. */
function flatten(value: unknown, path: string, out: [string, string | number][]): void {
  if (value === null || value === undefined) return;
  if (typeof value === 'number' || typeof value === 'string') out.push([path, value]);
  else if (typeof value === 'boolean') out.push([path, String(value)]);
  else if (Array.isArray(value)) value.forEach((v, i) => flatten(v, `${path}.${i}`, out));
  else if (typeof value === 'object')
    for (const [k, v] of Object.entries(value as Json)) flatten(v, path ? `${path}.${k}` : k, out);
}

export interface LccScenarioSheetLabels {
  field: string;
  value: string;
}

/** The rows of the scenario sheet; A1 holds the format marker the import looks for. */
export function scenarioSheet(state: LccSharedState, labels: LccScenarioSheetLabels): SheetData {
  const leaves: [string, string | number][] = [];
  flatten({ scenario: state.scenario, names: state.names, exercise: state.exercise }, '', leaves);
  return [
    [{ value: SCENARIO_FORMAT }, { value: 1, type: Number }],
    [
      { value: labels.field, fontWeight: 'bold' },
      { value: labels.value, fontWeight: 'bold' },
    ],
    ...leaves.map(([path, value]) => [
      { value: path },
      typeof value === 'number' ? { value, type: Number } : { value },
    ]),
  ];
}

const UNSAFE = new Set(['__proto__', 'prototype', 'constructor']);

/** Sets a dot path, creating arrays for numeric segments; refuses prototype keys. */
function setDeep(root: Json, path: string, value: unknown): boolean {
  const parts = path.split('.');
  if (parts.some((p) => p === '' || UNSAFE.has(p))) return false;
  let node: Json | unknown[] = root;
  for (let i = 0; i < parts.length; i++) {
    const key = parts[i]!;
    const last = i === parts.length - 1;
    const container = node as Record<string, unknown>;
    if (last) {
      container[key] = value;
      return true;
    }
    const nextIsIndex = /^\d+$/.test(parts[i + 1]!);
    const existing = container[key];
    if (typeof existing !== 'object' || existing === null) container[key] = nextIsIndex ? [] : {};
    node = container[key] as Json;
  }
  return true;
}

/**
 * The state in a workbook's sheets (as read by read-excel-file), or null when no sheet is a
 * scenario sheet written by this calculator. The scenario is validated later, like a JSON file.
 */
export function readScenarioSheets(
  sheets: { sheet: string; data: unknown[][] }[],
): LccSharedState | null {
  const sheet = sheets.find((s) => s.data[0]?.[0] === SCENARIO_FORMAT);
  if (!sheet) return null;
  const root: Json = {};
  for (const row of sheet.data.slice(2)) {
    const [path, value] = row;
    if (typeof path !== 'string' || (typeof value !== 'string' && typeof value !== 'number'))
      continue;
    if (!/^(scenario|names|exercise)(\.|$)/.test(path) || !setDeep(root, path, value)) return null;
  }
  return toLccState(root);
}
