// The dev token the app mints in the browser for the emulator: an unsigned JWT (alg "none").
// The emulator trusts it as it is; real Graph would reject it. Never use against real Graph.

export interface DevTokenClaims {
  aud: string;
  upn: string;
  scp: string;
  iat: number;
  exp: number;
}

const base64url = (text: string): string => Buffer.from(text, 'utf8').toString('base64url');

export function devToken(upn: string, scopes: string[], expiresInSeconds = 3600): string {
  const iat = Math.floor(Date.now() / 1000);
  const claims: DevTokenClaims = {
    aud: 'https://graph.microsoft.com',
    upn,
    scp: scopes.join(' '),
    iat,
    exp: iat + expiresInSeconds,
  };
  return `${base64url(JSON.stringify({ alg: 'none', typ: 'JWT' }))}.${base64url(JSON.stringify(claims))}.`;
}

/** The claims of a dev token, or undefined when it is not one. */
export function readDevToken(token: string): DevTokenClaims | undefined {
  const [, payload] = token.split('.');
  if (!payload) return undefined;
  try {
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Partial<DevTokenClaims>;
    if (typeof claims.upn !== 'string' || typeof claims.exp !== 'number') return undefined;
    return { aud: claims.aud ?? '', upn: claims.upn, scp: claims.scp ?? '', iat: claims.iat ?? 0, exp: claims.exp };
  } catch {
    return undefined;
  }
}
