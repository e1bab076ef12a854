import { describe, expect, it } from 'vitest';
import { drivePath, joinUrlKey, odataString, plannerReferenceKey } from '../../src/graph/encoding';

describe('Graph encodings', () => {
  it('encodes each drive path segment but keeps the slashes', () => {
    expect(drivePath('/Protokoll/2026/2026-02-27 Styrgrupp närvård #3 100%.minutes.json')).toBe(
      'Protokoll/2026/2026-02-27%20Styrgrupp%20n%C3%A4rv%C3%A5rd%20%233%20100%25.minutes.json',
    );
  });

  it('doubles single quotes in OData strings', () => {
    expect(odataString("O'Brien")).toBe("'O''Brien'");
  });

  it('keys Planner references as in Microsoft’s example, encoding % first', () => {
    expect(plannerReferenceKey('https://contoso.sharepoint.com/teams/agile/documents/AnnualReport.pptx')).toBe(
      'https%3A//contoso%2Esharepoint%2Ecom/teams/agile/documents/AnnualReport%2Epptx',
    );
    expect(plannerReferenceKey('https://x.example/a%20b#p@q')).toBe('https%3A//x%2Eexample/a%2520b%23p%40q');
  });

  it('matches a Teams join URL however it was encoded', () => {
    const fromGraph =
      'https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjQ2@thread.v2/0?context=%7b%22Tid%22%3a%22t%22%7d';
    const fromTeams =
      'https://Teams.Microsoft.com/l/meetup-join/19%253ameeting_NjQ2%2540thread.v2/0?context={"Tid":"t"}';
    expect(joinUrlKey(fromTeams)).toBe(joinUrlKey(fromGraph));
    expect(joinUrlKey(fromGraph)).not.toBe(joinUrlKey(fromGraph.replace('NjQ2', 'njq2')));
  });
});
