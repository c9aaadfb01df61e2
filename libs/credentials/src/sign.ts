import { CompactSign, importJWK } from 'jose';
import type { OpenBadgeCredential } from './credential-types.js';
import { SIGNING_ALG, type IssuerKey } from './keys.js';

/** JOSE header `typ` for a VC secured with JOSE (W3C VC-JOSE-COSE, media type application/vc+jwt). */
export const VC_JWT_TYP = 'vc+jwt';

/** JWT registered claims we add beside the credential; removed again when reading a credential back. */
export const JWT_CLAIM_NAMES = ['iss', 'jti', 'iat', 'nbf', 'exp', 'sub'] as const;

export interface SignOptions {
  /** Signing time for `iat`; defaults to now. */
  now?: Date;
}

function seconds(iso: string): number {
  return Math.floor(new Date(iso).getTime() / 1000);
}

/**
 * Signs a credential as a compact JWS (VC-JWT). The payload is the credential itself
 * (VC-JOSE-COSE), plus `iss` = issuer.id, `jti` = credential id, `iat` and `nbf` = validFrom,
 * the claims the OB 3.0 VC-JWT proof format expects.
 */
export async function signCredential(
  credential: OpenBadgeCredential,
  key: IssuerKey,
  options: SignOptions = {},
): Promise<string> {
  const privateKey = await importJWK(key.privateJwk, SIGNING_ALG);
  const payload = {
    ...credential,
    iss: credential.issuer.id,
    jti: credential.id,
    iat: Math.floor((options.now ?? new Date()).getTime() / 1000),
    nbf: seconds(credential.validFrom),
  };
  return new CompactSign(new TextEncoder().encode(JSON.stringify(payload)))
    .setProtectedHeader({ alg: SIGNING_ALG, kid: key.kid, typ: VC_JWT_TYP })
    .sign(privateKey);
}
