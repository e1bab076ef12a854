// Known vulnerabilities in what ships to the browser: `npm audit --omit=dev` must report no high or
// critical advisory. The audit needs the registry's advisory service; when that cannot be reached
// (offline, or a mirror without the audit endpoint) the test is skipped with the reason, not failed.
import { execFile } from 'node:child_process';
import { describe, expect, it } from 'vitest';

type Severity = 'info' | 'low' | 'moderate' | 'high' | 'critical';

interface AuditReport {
  vulnerabilities: Record<string, { severity: Severity; via: unknown[] }>;
  metadata: { vulnerabilities: Record<Severity | 'total', number> };
}

type AuditVerdict = { kind: 'unavailable'; reason: string } | { kind: 'report'; blocking: string[] };

/** npm prints JSON for both a report and a failed request; only a report has the severity counts. */
function auditVerdict(stdout: string): AuditVerdict {
  let parsed: unknown;
  try {
    parsed = JSON.parse(stdout);
  } catch {
    return { kind: 'unavailable', reason: `npm audit printed no JSON: ${stdout.slice(0, 200)}` };
  }
  const report = parsed as Partial<AuditReport> & { message?: string; error?: { code?: string; summary?: string } };
  if (!report.metadata?.vulnerabilities || !report.vulnerabilities) {
    return {
      kind: 'unavailable',
      reason: report.message ?? report.error?.summary ?? report.error?.code ?? 'no audit report',
    };
  }
  const blocking = Object.entries(report.vulnerabilities)
    .filter(([, entry]) => entry.severity === 'high' || entry.severity === 'critical')
    .map(([name, entry]) => `${name} (${entry.severity})`);
  return { kind: 'report', blocking };
}

function runAudit(): Promise<string> {
  return new Promise((resolve) => {
    // npm exits non-zero when it finds advisories or cannot reach the service: the JSON tells which.
    execFile(
      'npm',
      ['audit', '--omit=dev', '--json'],
      { timeout: 60_000, maxBuffer: 16 * 1024 * 1024 },
      (_error, stdout) => resolve(stdout),
    );
  });
}

describe('npm audit of the production dependencies', () => {
  it('reports no high or critical advisory', { timeout: 70_000 }, async ({ skip }) => {
    const verdict = auditVerdict(await runAudit());
    if (verdict.kind === 'unavailable') skip(`the npm advisory service cannot be reached: ${verdict.reason}`);
    else expect(verdict.blocking).toEqual([]);
  });
});

describe('auditVerdict', () => {
  it('lists high and critical advisories from a report and ignores lower ones', () => {
    const report: AuditReport = {
      vulnerabilities: {
        lodash: { severity: 'critical', via: [] },
        'left-pad': { severity: 'moderate', via: [] },
        qs: { severity: 'high', via: [] },
      },
      metadata: { vulnerabilities: { info: 0, low: 0, moderate: 1, high: 1, critical: 1, total: 3 } },
    };
    expect(auditVerdict(JSON.stringify(report))).toEqual({
      kind: 'report',
      blocking: ['lodash (critical)', 'qs (high)'],
    });
  });

  it('treats a clean report as passing', () => {
    expect(
      auditVerdict(
        JSON.stringify({
          vulnerabilities: {},
          metadata: { vulnerabilities: { info: 0, low: 0, moderate: 0, high: 0, critical: 0, total: 0 } },
        }),
      ),
    ).toEqual({ kind: 'report', blocking: [] });
  });

  it('treats a refused or unreachable advisory service as unavailable', () => {
    expect(
      auditVerdict(
        JSON.stringify({
          message: '405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk',
          statusCode: 405,
        }),
      ).kind,
    ).toBe('unavailable');
    expect(
      auditVerdict(
        JSON.stringify({ error: { code: 'ENOTFOUND', summary: 'request to https://registry.npmjs.org failed' } }),
      ),
    ).toEqual({ kind: 'unavailable', reason: 'request to https://registry.npmjs.org failed' });
    expect(auditVerdict('').kind).toBe('unavailable');
  });
});
