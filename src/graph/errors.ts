// Graph failures in the app's terms, so the UI can say exactly what happened without knowing HTTP.
import { GraphClientError, GraphError } from '@microsoft/microsoft-graph-client';
import {
  AccessDeniedError,
  ConflictError,
  isPlannerLimitCode,
  NetworkError,
  NotFoundError,
  PlannerLimitError,
  ThrottledError,
  UnknownOutcomeError,
} from './gateways';

/** What was being done, for the messages and the permission hint. */
export interface ErrorContext {
  what: string;
  scopes?: string[];
  /** A write's 504 is an unknown outcome, a read's only a busy service. Default GET. */
  method?: string;
}

/** Whether a failed write may nevertheless have been carried out (504, or the connection broke on the way back). */
export function mayHaveRun(error: unknown): boolean {
  return error instanceof UnknownOutcomeError || error instanceof NetworkError;
}

export function toGatewayError(error: unknown, context: ErrorContext): Error {
  if (error instanceof GraphClientError) {
    // A token provider's own error (e.g. ConsentRequiredError), wrapped by our AuthenticationProvider to survive the SDK.
    return error.customError instanceof Error ? error.customError : error;
  }
  if (!(error instanceof GraphError)) return error instanceof Error ? error : new Error(String(error));
  const detail = error.code ? `${error.code}: ${error.message}` : error.message;
  switch (error.statusCode) {
    case -1:
      return new NetworkError(
        `${context.what}: Microsoft Graph could not be reached (${error.message || error.code || 'network error'}).`,
      );
    case 401:
      return new AccessDeniedError(
        `${context.what}: the sign-in was not accepted (${detail}). Sign in again.`,
        context.scopes,
      );
    case 403:
      {
        const code = error.code ?? undefined;
        if (isPlannerLimitCode(code))
          return new PlannerLimitError(`${context.what}: Planner's limit ${code} was reached.`, code);
      }
      return new AccessDeniedError(
        `${context.what}: access denied (${detail})` +
          (context.scopes?.length ? `. Needs ${context.scopes.join(' or ')}.` : '.'),
        context.scopes,
      );
    case 404:
      return new NotFoundError(`${context.what}: not found (${detail}).`);
    case 409:
    case 412:
      return new ConflictError(
        `${context.what}: changed by someone else (${detail}).`,
        error.headers?.get('ETag') ?? undefined,
      );
    case 504:
      if ((context.method ?? 'GET').toUpperCase() !== 'GET')
        return new UnknownOutcomeError(`${context.what}: Microsoft Graph did not answer in time (${detail}).`);
      return new ThrottledError(
        `${context.what}: Microsoft Graph is busy (${detail}); try again later.`,
        retryAfterSeconds(error.headers),
      );
    case 429:
    case 503:
      return new ThrottledError(
        `${context.what}: Microsoft Graph is busy (${detail}); try again later.`,
        retryAfterSeconds(error.headers),
      );
    default:
      return new Error(`${context.what}: Microsoft Graph answered ${error.statusCode} (${detail}).`, { cause: error });
  }
}

/** `Retry-After` as seconds: a number (possibly fractional) or an HTTP date. */
export function retryAfterSeconds(headers: Headers | Record<string, string> | undefined): number | undefined {
  const value = headers instanceof Headers ? headers.get('Retry-After') : headerValue(headers, 'Retry-After');
  if (value === undefined || value === null || value === '') return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, (date - Date.now()) / 1000);
}

/** Header lookup in a `$batch` item's plain header object, whose names may come in any case. */
export function headerValue(headers: Record<string, string> | undefined, name: string): string | undefined {
  if (!headers) return undefined;
  const wanted = name.toLowerCase();
  for (const [key, value] of Object.entries(headers)) if (key.toLowerCase() === wanted) return value;
  return undefined;
}

/** An answer Graph gave outside the SDK (a `$batch` item, an upload-session fragment) as the SDK would have thrown it. */
export function graphErrorOf(status: number, body: unknown, headers: Headers): GraphError {
  const error = isErrorBody(body) ? body.error : undefined;
  const graphError = new GraphError(status, error?.message ?? `HTTP ${status}`);
  graphError.code = error?.code ?? null;
  graphError.headers = headers;
  graphError.body = body;
  return graphError;
}

/** A failed fetch response in the app's terms. */
export async function errorFromStatus(response: Response, context: ErrorContext): Promise<Error> {
  const body: unknown = await response.json().catch(() => undefined);
  return toGatewayError(graphErrorOf(response.status, body, response.headers), context);
}

function isErrorBody(body: unknown): body is { error: { code?: string; message?: string } } {
  return (
    typeof body === 'object' &&
    body !== null &&
    'error' in body &&
    typeof body.error === 'object' &&
    body.error !== null
  );
}
