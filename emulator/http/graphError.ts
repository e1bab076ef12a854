// A Graph error as a value: routes throw it, the server turns it into Graph's error body.

export class GraphError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'GraphError';
  }
}

export const notFound = (code: string, message: string): GraphError => new GraphError(404, code, message);
export const badRequest = (code: string, message: string): GraphError => new GraphError(400, code, message);
export const forbidden = (message = 'Insufficient privileges to complete the operation.'): GraphError =>
  new GraphError(403, 'Authorization_RequestDenied', message);

export interface ErrorBody {
  error: {
    code: string;
    message: string;
    innerError: { date: string; 'request-id': string; 'client-request-id': string };
  };
}

export function errorBody(error: GraphError, requestId: string, clientRequestId: string, now: Date): ErrorBody {
  return {
    error: {
      code: error.code,
      message: error.message,
      // Graph's innerError date has no fractional seconds and no zone designator.
      innerError: {
        date: now.toISOString().slice(0, 19),
        'request-id': requestId,
        'client-request-id': clientRequestId,
      },
    },
  };
}
