// Reading a JSON request body the way Graph rejects a bad one.
import { badRequest } from '../http/graphError.js';
import { header, type GraphRequest } from '../http/types.js';

export function readJson<T>(request: GraphRequest): T {
  const type = header(request, 'Content-Type') ?? '';
  if (!/application\/json/i.test(type))
    throw badRequest('BadRequest', 'Content-Type must be application/json for this request.');
  try {
    return JSON.parse(request.body.toString('utf8')) as T;
  } catch {
    throw badRequest(
      'BadRequest',
      'Unable to read JSON request payload. Please ensure Content-Type header is set and payload is of valid JSON format.',
    );
  }
}
