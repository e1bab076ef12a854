import { describe, expect, it } from 'vitest';
import { clockTime, recordDate, timeRange } from '../../src/domain/format';
import { isSafeHref, paragraphsFromText, plainText } from '../../src/domain/richtext';

describe('rich text', () => {
  it.each([
    ['https://example.org/a?b=1', true],
    ['http://example.org', true],
    ['mailto:maria.ek@samverkan.example', true],
    ['javascript:alert(1)', false],
    [' JaVaScRiPt:alert(1)', false],
    ['java\nscript:alert(1)', false],
    ['data:text/html,<script>alert(1)</script>', false],
    ['vbscript:msgbox', false],
    ['/relative/path', false],
    ['', false],
  ])('isSafeHref(%j) → %s', (url, safe) => {
    expect(isSafeHref(url)).toBe(safe);
  });

  it('turns text into paragraphs and back', () => {
    const rt = paragraphsFromText('Första stycket.\r\n\r\nAndra stycket.\nTredje.');
    expect(rt).toHaveLength(3);
    expect(plainText(rt)).toBe('Första stycket.\nAndra stycket.\nTredje.');
  });

  it('writes lists and tables as plain lines', () => {
    expect(
      plainText([
        {
          type: 'list',
          ordered: true,
          items: [
            {
              content: [{ text: 'Ett' }],
              children: [{ type: 'list', ordered: false, items: [{ content: [{ text: 'under' }] }] }],
            },
            { content: [{ text: 'Två' }] },
          ],
        },
        {
          type: 'table',
          headerRow: true,
          rows: [
            [[{ text: 'Post' }], [{ text: 'Belopp' }]],
            [[{ text: 'Summa', bold: true }], [{ text: '750 000 kr' }]],
          ],
        },
      ]),
    ).toBe('1. Ett\n  - under\n2. Två\nPost\tBelopp\nSumma\t750 000 kr');
  });
});

describe('format', () => {
  it('writes dates and times in Swedish time, summer and winter', () => {
    expect(recordDate('2025-12-31T23:30:00Z')).toBe('2026-01-01');
    expect(timeRange('2026-02-27T13:00:00Z', '2026-02-27T15:00:00Z')).toBe('14.00-16.00');
    expect(clockTime('2026-06-10T07:05:00Z')).toBe('09.05');
  });
});
