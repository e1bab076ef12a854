// The one Microsoft Graph client. Only the base URL and the token provider differ between the real Graph and the emulator.
import {
  AuthenticationHandler,
  AuthenticationHandlerOptions,
  Client,
  GraphClientError,
  HTTPMessageHandler,
  TelemetryHandler,
  type AuthenticationProvider,
  type Context,
  type Middleware,
  type MiddlewareOptions,
} from '@microsoft/microsoft-graph-client';
import { scopes as appScopes } from '../auth/scopes';
import type { TokenProvider } from '../auth/tokenProvider';
import { retryAfterSeconds } from './errors';
import { defaultRetryPolicy, isRetriable, RetryBudget, type RetryPolicy } from './retryPolicy';

export interface GraphClientOptions {
  /** `https://graph.microsoft.com` or the emulator's `https://localhost:4444`. */
  baseUrl: string;
  tokens: TokenProvider;
  /** The one retry policy of this client (./retryPolicy.ts); tests shorten the waits. */
  retry?: Partial<RetryPolicy>;
}

const policies = new WeakMap<Client, RetryPolicy>();

/** The retry policy a client was made with, for the `$batch` rounds that resend items themselves. */
export function retryPolicyOf(client: Client): RetryPolicy {
  return policies.get(client) ?? defaultRetryPolicy;
}

export function createGraphClient(options: GraphClientOptions): Client {
  const url = new URL(options.baseUrl);
  const authProvider = new TokenProviderAdapter(options.tokens);
  const policy: RetryPolicy = { ...defaultRetryPolicy, ...options.retry };
  // The SDK's default chain (auth, retry, telemetry, fetch) with a token refresh in front and the app's own retry
  // policy in place of the SDK's RetryHandler, which resends a POST that answered 504 (it may have run: a second
  // bucket, a second task). The SDK's RedirectHandler is left out on purpose: it exists only for Node, and fetch follows
  // Graph's 302s to pre-authenticated download URLs itself (dropping the Authorization header on the cross-origin hop),
  // in the browser and in Node alike.
  const chain: Middleware[] = [
    new ExpiredTokenHandler(options.tokens),
    new AuthenticationHandler(authProvider),
    new PolicyRetryHandler(policy),
    new TelemetryHandler(),
    new HTTPMessageHandler(),
  ];
  const client = Client.initWithMiddleware({
    baseUrl: url.origin,
    defaultVersion: 'v1.0',
    middleware: chain,
    // The SDK attaches the bearer token only to Graph's own hosts and these; it compares host names without the port.
    customHosts: url.hostname === 'graph.microsoft.com' ? undefined : new Set([url.hostname]),
  });
  policies.set(client, policy);
  return client;
}

/** A request whose resends its caller makes (the `$batch` envelope: its rounds resend the items). */
export class WithoutRetries implements MiddlewareOptions {}

/** Resends what ./retryPolicy.ts says may be resent, waiting as it says; the last answer goes up the chain. */
class PolicyRetryHandler implements Middleware {
  private next: Middleware | undefined;

  constructor(private readonly policy: RetryPolicy) {}

  setNext(next: Middleware): void {
    this.next = next;
  }

  async execute(context: Context): Promise<void> {
    const next = this.next;
    if (!next) throw new Error('PolicyRetryHandler must not be last in the chain');
    const method = context.options?.method ?? 'GET';
    const skip = context.middlewareControl?.getMiddlewareOptions(WithoutRetries);
    const budget = new RetryBudget(this.policy);
    for (;;) {
      await next.execute(context);
      const response = context.response;
      if (skip || !response || !isRetriable(response.status, method)) return;
      const wait = budget.next(retryAfterSeconds(response.headers));
      if (wait === undefined) return;
      await this.policy.sleep(wait);
    }
  }
}

/** Per-request scopes for incremental consent (attendance, mail); everything else asks for the base set. */
export function scopeOptions(scopes: string[]): AuthenticationHandlerOptions {
  return new AuthenticationHandlerOptions(undefined, { scopes });
}

class TokenProviderAdapter implements AuthenticationProvider {
  constructor(private readonly tokens: TokenProvider) {}

  async getAccessToken(options?: { scopes?: string[] }): Promise<string> {
    try {
      return await this.tokens.getToken(options?.scopes ?? appScopes.base);
    } catch (error) {
      // The SDK rewraps anything but a GraphClientError into a GraphError and loses the original; keep it.
      const wrapped = new GraphClientError(error instanceof Error ? error.message : String(error));
      wrapped.customError = error;
      throw wrapped;
    }
  }
}

/**
 * A 401 `InvalidAuthenticationToken` means the cached token expired or was revoked early (clock skew, sign-out
 * elsewhere): refresh it once and resend. Any other 401 is passed on.
 */
class ExpiredTokenHandler implements Middleware {
  private next: Middleware | undefined;

  constructor(private readonly tokens: TokenProvider) {}

  setNext(next: Middleware): void {
    this.next = next;
  }

  async execute(context: Context): Promise<void> {
    const next = this.next;
    if (!next) throw new Error('ExpiredTokenHandler must not be last in the chain');
    await next.execute(context);
    if (context.response?.status !== 401 || !(await isExpiredToken(context.response))) return;
    const requested = context.middlewareControl?.getMiddlewareOptions(AuthenticationHandlerOptions) as
      AuthenticationHandlerOptions | undefined;
    await this.tokens.getToken(requested?.authenticationProviderOptions?.scopes ?? appScopes.base, {
      forceRefresh: true,
    });
    removeAuthorization(context);
    await next.execute(context);
  }
}

async function isExpiredToken(response: Response): Promise<boolean> {
  try {
    const body: unknown = await response.clone().json();
    return (
      typeof body === 'object' &&
      body !== null &&
      'error' in body &&
      (body.error as { code?: unknown }).code === 'InvalidAuthenticationToken'
    );
  } catch {
    return false;
  }
}

/** The AuthenticationHandler appends, so the stale header must go before the resend. */
function removeAuthorization(context: Context): void {
  const headers = context.options?.headers;
  if (!headers) return;
  if (headers instanceof Headers) headers.delete('Authorization');
  else if (Array.isArray(headers))
    context.options!.headers = headers.filter(([name]) => name.toLowerCase() !== 'authorization');
  else
    for (const name of Object.keys(headers))
      if (name.toLowerCase() === 'authorization') delete (headers as Record<string, string>)[name];
}
