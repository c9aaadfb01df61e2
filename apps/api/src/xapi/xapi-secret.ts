import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';

const SEALED = 'aes256gcm:';
const PLAIN = 'plain:';

/**
 * LRS secrets at rest. With SECRETS_KEY set they are sealed with AES-256-GCM (the store's id is
 * the associated data, so a sealed value copied to another row does not open); a database dump
 * alone then does not reveal them. Without it they are kept as given, in a column that is never
 * selected by default and never returned by the API: the README asks operators to set the key.
 */
export class XapiSecretBox {
  private readonly key: Buffer | null;

  constructor(secretsKey: string | undefined) {
    // Any string works as the key material; SHA-256 makes it the 32 bytes AES-256 needs.
    this.key = secretsKey ? createHash('sha256').update(secretsKey).digest() : null;
  }

  get sealing(): boolean {
    return this.key !== null;
  }

  seal(secret: string, storeId: string): string {
    if (!this.key) return `${PLAIN}${secret}`;
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    cipher.setAAD(Buffer.from(storeId));
    const body = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()]);
    return `${SEALED}${Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64')}`;
  }

  open(sealed: string, storeId: string): string {
    if (sealed.startsWith(PLAIN)) return sealed.slice(PLAIN.length);
    if (!sealed.startsWith(SEALED)) throw new Error('Unknown format of a stored LRS secret.');
    if (!this.key) throw new Error('The LRS secret is sealed, but SECRETS_KEY is not set.');
    const raw = Buffer.from(sealed.slice(SEALED.length), 'base64');
    const decipher = createDecipheriv('aes-256-gcm', this.key, raw.subarray(0, 12));
    decipher.setAAD(Buffer.from(storeId));
    decipher.setAuthTag(raw.subarray(12, 28));
    return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
  }
}
