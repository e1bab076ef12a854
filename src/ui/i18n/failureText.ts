// What went wrong, in the user's language. The gateways' errors carry technical English for logs and tests; a
// secretary sees a sentence that says what happened and what to do, and only an error the app has no words for is
// shown as it came.
import {
  AccessDeniedError,
  NetworkError,
  NotFoundError,
  PlannerLimitError,
  ThrottledError,
  UnknownOutcomeError,
} from '../../graph/gateways';
import type { UiStrings } from './strings';

export function failureText(error: unknown, strings: UiStrings): string {
  if (error instanceof NetworkError || error instanceof TypeError) return strings.failure.network;
  if (error instanceof ThrottledError) return strings.failure.busy;
  if (error instanceof UnknownOutcomeError) return strings.failure.unknownOutcome;
  if (error instanceof NotFoundError) return strings.failure.notFound;
  if (error instanceof PlannerLimitError) return strings.plannerLimit[error.code];
  if (error instanceof AccessDeniedError) return strings.accessDenied(error.requiredScopes.join(', ') || error.message);
  return error instanceof Error ? error.message : String(error);
}
