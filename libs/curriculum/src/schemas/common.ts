import { z } from 'zod';

export const SLUG_RE = /^[a-z0-9]+(-[a-z0-9]+)*$/;
/** BCP 47 subset used by the academy: language plus optional region/script subtags. */
export const LOCALE_RE = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;
export const SOURCE_HASH_RE = /^[0-9a-f]{16}$/;

export const slug = z.string().regex(SLUG_RE, 'must be lowercase kebab-case (a-z, 0-9, -)');
export const locale = z.string().regex(LOCALE_RE, 'must be a BCP 47 tag such as en or nl-BE');
export const text = z.string().regex(/\S/, 'must not be empty');
export const sourceHash = z.string().regex(SOURCE_HASH_RE, 'must be 16 lowercase hex characters');
export const positiveInt = z.number().int().positive();
export const fraction = z.number().gt(0).lte(1);

export const sourceRefSchema = z.strictObject({
  title: text,
  publisher: text.optional(),
  year: z.number().int().min(1900).max(2100).optional(),
  url: z.string().regex(/^https?:\/\/\S+$/, 'must be an http(s) URL').optional(),
  accessed: z.string().optional(),
  note: text.optional(),
});
export type SourceRef = z.infer<typeof sourceRefSchema>;

/**
 * Every text file may carry `sourceHash`; rules decide whether it must (translations) or must not
 * (source). `reviewedBy`/`reviewedHash` record an expert's review (translation/review.ts).
 */
export const textMeta = {
  sourceHash: sourceHash.optional(),
  reviewedBy: text.max(200).optional(),
  reviewedHash: sourceHash.optional(),
};
export type TextMeta = { sourceHash?: string; reviewedBy?: string; reviewedHash?: string };
