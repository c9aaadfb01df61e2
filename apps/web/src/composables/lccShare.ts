import type { LccScenarioInput } from '@academy/lcc';

/** What a shared link carries: the scenario plus the offers' display names. */
export interface LccSharedState {
  scenario: LccScenarioInput;
  names: Record<string, string>;
  /** The curriculum exercise the scenario came from, if any. */
  exercise?: string;
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
  const b64 = text.replace(/-/g, '+').replace(/_/g, '/');
  const binary = atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

/** base64url of UTF-8 JSON, so names like "Büro" survive and the value needs no URL escaping. */
export function encodeLccState(state: LccSharedState): string {
  return toBase64Url(new TextEncoder().encode(JSON.stringify(state)));
}

/** The state in a link, or null when the text is not one (the scenario is validated later). */
export function decodeLccState(text: string): LccSharedState | null {
  try {
    return toLccState(
      JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(fromBase64Url(text))),
    );
  } catch {
    return null;
  }
}

/** A parsed value as a shared state (scenario + names), or null; used for links and files. */
export function toLccState(value: unknown): LccSharedState | null {
  if (typeof value !== 'object' || value === null) return null;
  const { scenario, names, exercise } = value as Record<string, unknown>;
  if (typeof scenario !== 'object' || scenario === null) return null;
  const safeNames: Record<string, string> = {};
  if (typeof names === 'object' && names !== null) {
    for (const [k, v] of Object.entries(names))
      if (typeof v === 'string') safeNames[k] = v.slice(0, 200);
  }
  return {
    scenario: scenario as LccScenarioInput,
    names: safeNames,
    ...(typeof exercise === 'string' ? { exercise } : {}),
  };
}

/** The calculator URL (path + query) that restores a state. */
export function lccSharePath(state: LccSharedState): string {
  return `/lcc?s=${encodeLccState(state)}`;
}
