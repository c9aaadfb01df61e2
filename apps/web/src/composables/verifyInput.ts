/** The API refuses credentials longer than this (characters). */
export const MAX_CREDENTIAL_CHARS = 100_000;

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;

/**
 * The certificate id in what someone typed or pasted: the bare id, `urn:uuid:<id>`, or any link
 * that carries it (the verification page, the machine-readable status, a PDF or credential URL).
 * Returns null when there is no id, so the form can say so instead of showing "unknown".
 */
export function parseCertificateReference(text: string): string | null {
  const trimmed = text.trim();
  if (!trimmed) return null;
  const bare = /^(?:urn:uuid:)?([0-9a-f-]{36})$/i.exec(trimmed);
  if (bare && UUID.test(bare[1]!)) return bare[1]!.toLowerCase();
  let path = trimmed;
  try {
    path = new URL(trimmed).pathname;
  } catch {
    // Not a full URL: a path such as /verify/<id> or a host without scheme still works below.
  }
  const inPath = /(?:^|\/)(?:verify|verify-api|certificates)\/([0-9a-f-]{36})(?:[/?#]|$)/i.exec(
    path,
  );
  return inPath && UUID.test(inPath[1]!) ? inPath[1]!.toLowerCase() : null;
}

export type CredentialFileResult =
  | { ok: true; text: string }
  | { ok: false; reason: 'too-large' | 'empty' | 'unreadable' };

/** Reads an uploaded `.jwt` or `.json` credential as text, refusing what cannot be a credential. */
export function readCredentialFile(
  file: Blob,
  maxChars = MAX_CREDENTIAL_CHARS,
): Promise<CredentialFileResult> {
  // UTF-8 uses at least one byte per character, so a larger file cannot fit the limit.
  if (file.size > maxChars * 4) return Promise.resolve({ ok: false, reason: 'too-large' });
  return file.text().then(
    (raw): CredentialFileResult => {
      const text = raw.replace(/^\uFEFF/, '').trim();
      if (!text) return { ok: false, reason: 'empty' };
      if (text.length > maxChars) return { ok: false, reason: 'too-large' };
      return { ok: true, text };
    },
    (): CredentialFileResult => ({ ok: false, reason: 'unreadable' }),
  );
}
