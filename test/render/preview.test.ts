import { describe, expect, it } from 'vitest';
import type { Minutes } from '../../src/domain/model';
import { escapeHtml, mailSummaryHtml, previewModel } from '../../src/render';
import { barnOchUnga, psykiskHalsa, samordningsgruppen } from './fixtures';
import { item } from './fixtures/build';
import { protokollOf } from './support/protokoll';

describe('previewModel', () => {
  it('lays out the header: title, place, time in Swedish style, scope', () => {
    const doc = previewModel(barnOchUnga);
    expect(doc.title).toBe('Mötesanteckning Uppdragsgrupp Barn och unga 2026-03-02');
    expect(doc.date).toBe('2026-03-02');
    expect(doc.meta).toEqual([
      { label: 'Plats', value: 'Digitalt via Teams' },
      { label: 'Tid', value: '14.00-16.00' },
      { label: 'Omfattning', value: '1–9' },
    ]);
    expect(doc.footer).toEqual({
      groupName: 'Uppdragsgrupp Barn och unga',
      date: '2026-03-02',
      pageWord: 'Sida',
      pageOfWord: 'av',
    });
  });

  it('reads times in Swedish time whatever offset the event carries', () => {
    const doc = previewModel({
      ...barnOchUnga,
      meeting: { ...barnOchUnga.meeting, start: '2025-10-07T12:00:00Z', end: '2025-10-07T14:00:00Z' },
    });
    expect(doc.meta[1]?.value).toBe('14.00-16.00');
  });

  it('splits present and absent people and marks announced absence', () => {
    const doc = previewModel(barnOchUnga);
    expect(doc.present.rows.map((row) => row.name)).toHaveLength(8);
    expect(doc.present.rows.find((row) => row.name === 'Henrik Dahl')).toMatchObject({
      detail: 'Ulricehamn, ordförande',
    });
    expect(doc.absent.rows.map((row) => row.name)).toEqual([
      'Ebba Sahlin',
      'Greta Holm',
      'Nils Engström',
      'Olivia Lundgren',
      'Per Ågren',
      'Vera Nordin',
    ]);
    expect(doc.absent.rows.find((row) => row.name === 'Per Ågren')).toMatchObject({
      detail: 'Vårgårda, anmält frånvaro',
      absenceAnnounced: true,
    });
    expect(doc.absent.rows.find((row) => row.name === 'Greta Holm')?.absenceAnnounced).toBe(false);
  });

  it('labels items and sub-items, and hangs the next meeting under the closing item', () => {
    const doc = previewModel(barnOchUnga);
    expect(doc.items.map((i) => i.label)).toEqual(['1.', '2.', '3.', '4.', '5.', '6.', '7.', '8.', '9.']);
    expect(doc.items[7]?.subItems.map((s) => s.heading)).toEqual([
      'a) SAMSA och skolan',
      'b) Blandad info från VVG kopplat till barn',
      'c) Dag kring tillit med fokus på barn',
      'd) Kronobarnsmodellen',
      'e) Vaccinationer',
      'f) Skolchefnätverket',
    ]);
    expect(doc.items[8]?.nextMeeting).toEqual({ heading: 'Nästa möte', text: barnOchUnga.nextMeeting });
    expect(doc.items.filter((i) => i.nextMeeting)).toHaveLength(1);
    expect(doc.items[5]?.outcome).toBe('Ärendet bordläggs.');
  });

  it('keeps the next meeting under the last item when there is no closing item', () => {
    const doc = previewModel({ ...samordningsgruppen, nextMeeting: '25 april' });
    expect(doc.items.at(-1)?.nextMeeting?.text).toBe('25 april');
  });

  it('gives decisions the group’s "beslutar att" and marks unassignable assignees', () => {
    const sub = previewModel(samordningsgruppen).items[3]?.subItems[0];
    expect(sub?.decisionBlocks).toEqual([
      {
        id: expect.any(String),
        heading: 'Beslut',
        intro: 'Samordningsgruppen beslutar att:',
        lines: ['att godkänna årsrapporten för 2024'],
        notesAfter: [],
      },
    ]);
    const nsph = previewModel(psykiskHalsa).items[7]?.subItems[1];
    expect(nsph?.assignments?.rows[0]).toMatchObject({
      assignees: [{ name: 'Sofia Lindblad', unassignable: true }],
      line: 'Sofia Lindblad (ej tilldelad i Planner) — arbetar med det delregionala NSPH-nätverket',
    });
  });

  it('keeps unsafe link addresses out', () => {
    const minutes: Minutes = {
      ...barnOchUnga,
      items: [
        item('Länkar', {
          links: [
            { id: 'a', title: 'Farlig', url: 'javascript:alert(1)' },
            { id: 'b', title: '', url: 'mailto:a@example.org' },
          ],
        }),
      ],
    };
    expect(previewModel(minutes).items[0]?.links?.links).toEqual([
      { title: 'Farlig' },
      { title: 'mailto:a@example.org', url: 'mailto:a@example.org' },
    ]);
  });

  it('has signatures for a protokoll and note takers for notes', () => {
    expect(previewModel(protokollOf(barnOchUnga)).closing).toEqual({
      kind: 'signatures',
      heading: 'Underskrifter',
      lines: [
        { role: 'Ordförande', name: 'Henrik Dahl' },
        { role: 'Justerare', name: 'Ingrid Wester' },
        { role: 'Sekreterare', name: 'Stina Halvarsson-Berg' },
      ],
    });
    expect(previewModel(samordningsgruppen).closing).toEqual({
      kind: 'noteTakers',
      heading: 'Vid anteckningarna',
      names: samordningsgruppen.noteTakers,
    });
    expect(previewModel(barnOchUnga).closing).toBeUndefined();
  });

  it('draws an empty signature line for a role nobody holds', () => {
    const minutes = protokollOf(barnOchUnga);
    const noAdjuster = { ...minutes, attendees: minutes.attendees.filter((a) => a.name !== 'Ingrid Wester') };
    const closing = previewModel(noAdjuster).closing;
    expect(closing?.kind === 'signatures' && closing.lines[1]).toEqual({ role: 'Justerare', name: '' });
  });

  it('stamps only what the caller verified, never what the record says about itself', () => {
    const claimsApproval = { ...protokollOf(barnOchUnga), status: 'approved', approvals: [{ name: 'Henrik Dahl' }] };
    expect(previewModel(claimsApproval as unknown as Minutes).approvalStamp).toBeUndefined();
    expect(previewModel(barnOchUnga, { approval: { date: '2026-03-09', names: ['A B'] } }).approvalStamp).toBe(
      'Justerat digitalt 2026-03-09 av A B',
    );
  });

  it('speaks English for an English record', () => {
    const doc = previewModel({ ...protokollOf(barnOchUnga), language: 'en' });
    expect(doc.meta.map((m) => m.label)).toEqual(['Place', 'Time', 'Scope']);
    expect(doc.meta[2]?.value).toBe('§§ 12–20');
    expect(doc.present.heading).toBe('Present');
    expect(doc.closing?.heading).toBe('Signatures');
  });
});

describe('escapeHtml', () => {
  it('escapes the five characters that matter in content and attributes', () => {
    expect(escapeHtml(`<a href="x" onclick='y'>&amp;</a>`)).toBe(
      '&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;',
    );
    expect(escapeHtml('Åsa 👩‍⚕️ שלום e\u0301')).toBe('Åsa 👩‍⚕️ שלום e\u0301');
  });
});

describe('mailSummaryHtml', () => {
  it('summarises title, labelled items and decisions, with a link to the record', () => {
    const html = mailSummaryHtml(samordningsgruppen, 'https://contoso.sharepoint.com/x?a=1&b=2');
    expect(html).toContain('<h1>Minnesanteckningar Samordningsgruppen 2025-03-21</h1>');
    expect(html).toContain('<h2>4. Beslut</h2>');
    expect(html).toContain('<h2>a) Årsrapport 2024</h2>');
    expect(html).toContain('<li>att godkänna årsrapporten för 2024</li>');
    expect(html).toContain('<a href="https://contoso.sharepoint.com/x?a=1&amp;b=2">Läs hela dokumentet</a>');
    expect(html.indexOf('1. Välkommen')).toBeLessThan(html.indexOf('5. För kännedom'));
  });

  it('escapes every piece of user text and refuses unsafe links', () => {
    const script = '<script>alert(1)</script>';
    const minutes: Minutes = {
      ...barnOchUnga,
      title: `Titel ${script}`,
      place: 'Rum "A"',
      group: { ...barnOchUnga.group, name: `Grupp & ${script}` },
      items: [
        item(`Punkt ${script}`, {
          decisions: [`att <img src=x onerror=alert(1)>`],
          subItems: [item(`Under ${script}`)],
        }),
      ],
    };
    const html = mailSummaryHtml(minutes, 'javascript:alert(1)');
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<img');
    expect(html).not.toContain('href="javascript:');
    expect(html).toContain('Titel &lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('Grupp &amp; &lt;script&gt;');
    expect(html).toContain('Rum &quot;A&quot;');
    expect(html).toContain('javascript:alert(1)');
    expect(mailSummaryHtml(barnOchUnga, 'https://x.example/"onmouseover="alert(1)')).not.toContain('"onmouseover="');
  });
});
