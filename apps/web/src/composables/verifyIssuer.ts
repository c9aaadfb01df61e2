import { shallowRef } from 'vue';

/** The issuer as published at `/issuer` (an Open Badges profile), for the "verify independently" notes. */
export interface VerifyIssuer {
  name: string | null;
  profileUrl: string;
  jwksUrl: string;
}

/** What to show before (or without) the profile: the standard locations on this origin. */
export function defaultIssuer(origin: string): VerifyIssuer {
  return { name: null, profileUrl: `${origin}/issuer`, jwksUrl: `${origin}/.well-known/jwks.json` };
}

/** Reads the published profile; the URLs it names are the ones a verifier should trust. */
export function issuerFromProfile(profile: unknown, origin: string): VerifyIssuer {
  const fallback = defaultIssuer(origin);
  if (typeof profile !== 'object' || profile === null) return fallback;
  const p = profile as Record<string, unknown>;
  const text = (v: unknown) => (typeof v === 'string' && v ? v : null);
  return {
    name: text(p.name),
    profileUrl: text(p.id) ?? fallback.profileUrl,
    jwksUrl: text(p.publicKeys) ?? fallback.jwksUrl,
  };
}

let cached: Promise<VerifyIssuer> | null = null;

/** The issuer profile, fetched once per visit; falls back to the standard URLs if it cannot be read. */
export function useVerifyIssuer() {
  const origin = globalThis.location?.origin ?? '';
  const issuer = shallowRef<VerifyIssuer>(defaultIssuer(origin));
  cached ??= fetch('/issuer', { headers: { Accept: 'application/json' } })
    .then((res) => (res.ok ? res.json() : null))
    .then((body: unknown) => issuerFromProfile(body, origin))
    .catch(() => {
      cached = null;
      return defaultIssuer(origin);
    });
  void cached.then((value) => (issuer.value = value));
  return issuer;
}
