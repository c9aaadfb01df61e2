import { dateTimeFormat } from './dateFormat';
import type { ApiProblem } from '../graphql/client';

/** Statuses the API reports for a certificate or a checked credential. */
export type CertificateVerdict = 'valid' | 'revoked' | 'unknown' | 'invalid';

export function toVerdict(status: string | null | undefined): CertificateVerdict {
  return status === 'valid' || status === 'revoked' || status === 'unknown' ? status : 'invalid';
}

/**
 * How a verdict is presented: a tampered or invalid credential is an error, like a revoked one,
 * never a warning; an unknown id is neutral (it may be mistyped).
 */
export function verdictTone(verdict: CertificateVerdict): 'success' | 'error' | 'neutral' {
  switch (verdict) {
    case 'valid':
      return 'success';
    case 'revoked':
    case 'invalid':
      return 'error';
    case 'unknown':
      return 'neutral';
  }
}

/**
 * A certificate date in the reader's language. UTC, as on the PDF, so the page and the paper
 * never disagree about the day.
 */
export function formatCertificateDate(iso: string, locale: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return dateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

/** The first 12 hex digits of a `sha256:…` content hash: enough to compare by eye. */
export function shortHash(hash: string): string {
  return hash.replace(/^sha256:/i, '').slice(0, 12);
}

/**
 * The path of an API URL, so the link stays on the page's own origin: `download` only works
 * same-origin, and the API may know itself under another host name than the browser uses.
 */
export function sameOriginPath(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.pathname}${parsed.search}`;
  } catch {
    return url;
  }
}

/** File name offered when saving a certificate's PDF or credential. */
export function certificateFileName(courseSlug: string, extension: 'pdf' | 'jwt'): string {
  const safe = courseSlug.replace(/[^a-z0-9-]+/gi, '-').replace(/^-+|-+$/g, '') || 'course';
  return `certificate-${safe}.${extension}`;
}

export const isAdmin = (roles: readonly string[] | undefined): boolean =>
  !!roles?.includes('admin');

/** The translation key (and values) for a problem on the public certificate pages. */
export function certificateProblemMessage(problem: ApiProblem): {
  key: string;
  values?: Record<string, unknown>;
} {
  switch (problem.code) {
    case 'RATE_LIMITED':
      return {
        key: 'certificates.errors.rateLimited',
        values: { seconds: problem.retryAfterSeconds ?? 60 },
      };
    case 'FORBIDDEN':
    case 'UNAUTHENTICATED':
      return { key: 'errors.forbidden' };
    case 'NOT_FOUND':
    case 'BAD_USER_INPUT': // an id that is not even well-formed names no certificate
      return { key: 'certificates.errors.notFound' };
    case 'NETWORK':
      return { key: 'errors.network' };
    default:
      return { key: 'errors.unknown' };
  }
}
