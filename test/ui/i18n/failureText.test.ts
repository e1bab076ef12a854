import { describe, expect, it } from 'vitest';
import {
  AccessDeniedError,
  NetworkError,
  NotFoundError,
  PlannerLimitError,
  ThrottledError,
  UnknownOutcomeError,
} from '../../../src/graph/gateways';
import { failureText } from '../../../src/ui/i18n/failureText';
import { uiStrings } from '../../support/uiStrings';

const sv = uiStrings.sv;
const en = uiStrings.en;

describe('failureText', () => {
  it('says a blocked or unreachable file host in the user’s language, without the technical detail', () => {
    const error = new NetworkError(
      'Reading the record: the file host x.sharepoint.com could not be reached (TypeError).',
    );
    expect(failureText(error, sv)).toBe(sv.failure.network);
    expect(failureText(error, en)).toBe(en.failure.network);
    expect(failureText(error, sv)).not.toMatch(/TypeError|sharepoint\.com/);
    expect(failureText(new TypeError('Failed to fetch'), en)).toBe(en.failure.network);
  });

  it('names throttling, an unknown outcome and a deleted object', () => {
    expect(failureText(new ThrottledError('429', 30), sv)).toBe(sv.failure.busy);
    expect(failureText(new UnknownOutcomeError('504 on POST'), en)).toBe(en.failure.unknownOutcome);
    expect(failureText(new NotFoundError('itemNotFound'), sv)).toBe(sv.failure.notFound);
  });

  it('gives a Planner limit its own sentence and a refusal the missing permission', () => {
    expect(failureText(new PlannerLimitError('403', 'MaximumBucketsInProject'), en)).toBe(
      en.plannerLimit.MaximumBucketsInProject,
    );
    expect(failureText(new AccessDeniedError('403', ['Tasks.ReadWrite']), en)).toBe(en.accessDenied('Tasks.ReadWrite'));
  });

  it('shows an error it has no words for as it came, so nothing is hidden', () => {
    expect(failureText(new Error('Ett helt annat fel'), sv)).toBe('Ett helt annat fel');
    expect(failureText('plain text', en)).toBe('plain text');
  });
});
