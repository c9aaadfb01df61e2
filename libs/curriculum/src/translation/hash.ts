import { createHash } from 'node:crypto';

/** First 16 hex characters of the SHA-256 of the bytes with CRLF converted to LF (README "sourceHash"). */
export function sourceHash(content: Uint8Array | string): string {
  const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
  return createHash('sha256').update(crlfToLf(bytes)).digest('hex').slice(0, 16);
}

/** Byte-level CRLF → LF so that hashing never depends on a UTF-8 round trip. */
function crlfToLf(bytes: Uint8Array): Uint8Array {
  if (!bytes.includes(0x0d)) return bytes;
  const out = new Uint8Array(bytes.length);
  let n = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i] as number;
    if (b === 0x0d && bytes[i + 1] === 0x0a) continue;
    out[n++] = b;
  }
  return out.subarray(0, n);
}
