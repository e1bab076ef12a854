// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { readRecord } from '../../../src/domain/recordImport';
import { body } from './html';

const read = (html: string) => readRecord(body(html));
const names = (html: string) => read(html).people.map((p) => [p.name, p.organisation, p.roles, p.presence]);

describe('reading a previous record: head', () => {
  it('finds a protokoll, its place, usual time and scope from "Label: value" lines', () => {
    const record = read(`
      <p>Protokoll Styrgrupp närvård 2026-02-27</p>
      <p><strong>Plats: </strong>Kommunhuset, Storgatan 4</p>
      <p><strong>Tid: </strong>13.00-15.30</p>
      <p><strong>Omfattning: </strong>§§ 12–17</p>`);
    expect(record).toMatchObject({
      kind: 'protokoll',
      title: 'Protokoll Styrgrupp närvård 2026-02-27',
      date: '2026-02-27',
      place: 'Kommunhuset, Storgatan 4',
      usualTime: { start: '13:00', end: '15:30' },
      lastNumber: 17,
    });
  });

  it('reads tab-separated labels without a colon, a letterhead before the title, and notes by their title', () => {
    const record = read(`
      <p>Närvårdssamverkan Sjöby</p>
      <p><strong>Minnesanteckningar</strong></p>
      <p>Ärende\tSamordningsgruppen</p><p>Datum\t2025-03-21</p><p>Plats\tGrand Hotell</p><p>Tid\t9.00–12.00</p>`);
    expect(record).toMatchObject({
      kind: 'anteckningar',
      title: 'Minnesanteckningar',
      date: '2025-03-21',
      place: 'Grand Hotell',
      usualTime: { start: '09:00', end: '12:00' },
    });
  });
});

describe('reading a previous record: attendance lists', () => {
  it('reads "Name, Organisation, role" lines with every role word, a deputy and announced absence', () => {
    expect(
      names(`
        <h1>Närvarande</h1>
        <p>Karin Sjöström, Sjöby kommun, ordförande</p>
        <p>Olle Bäckman, Region Västerdal, vice ordförande</p>
        <p>Åsa Lindqvist, Närvårdskontoret, sekreterare</p>
        <p>Per-Erik Ågren, Älvdala kommun, justerare</p>
        <p>Lena Östlund, Älvdala kommun, ersättare för Johan Hedin</p>
        <p>Fatima Rahimi, Region Västerdal, adjungerad</p>
        <p>Nils Ek, Länsstyrelsen, gäst</p>
        <h1>Frånvarande</h1>
        <p>Johan Hedin, Älvdala kommun, anmält frånvaro</p>
        <p>Sven Dahl, Region Västerdal</p>`),
    ).toEqual([
      ['Karin Sjöström', 'Sjöby kommun', ['chair'], 'present'],
      ['Olle Bäckman', 'Region Västerdal', ['viceChair'], 'present'],
      ['Åsa Lindqvist', 'Närvårdskontoret', ['secretary'], 'present'],
      ['Per-Erik Ågren', 'Älvdala kommun', ['adjuster'], 'present'],
      ['Lena Östlund', 'Älvdala kommun', ['deputy'], 'present'],
      ['Fatima Rahimi', 'Region Västerdal', ['coopted'], 'present'],
      ['Nils Ek', 'Länsstyrelsen', ['guest'], 'present'],
      ['Johan Hedin', 'Älvdala kommun', [], 'absenceAnnounced'],
      ['Sven Dahl', 'Region Västerdal', [], 'absent'],
    ]);
    const deputy = read('<p>Närvarande</p><p>Lena Östlund, Älvdala kommun, ersättare för Johan Hedin</p>').people[0];
    expect(deputy).toMatchObject({ deputyFor: 'Johan Hedin', roleLabel: 'ersättare för Johan Hedin' });
  });

  it('reads tab-separated lines, keeps the role as written and a job title as part of the organisation', () => {
    const record = read(`
      <p><strong>Närvarande</strong></p>
      <p>Simon Ekdahl\tVerksamhetschef funktionsnedsättning, Sjöby, Ordförande</p>
      <p>Charlotte Björk Falkenholm\tNärvårdskontoret, Ordförande och sekreterare</p>
      <p>Karin Scharling\tGäst, Ordförande Styrgrupp närvård</p>`);
    expect(record.people).toMatchObject([
      {
        name: 'Simon Ekdahl',
        organisation: 'Verksamhetschef funktionsnedsättning, Sjöby',
        roles: ['chair'],
        roleLabel: 'Ordförande',
      },
      { name: 'Charlotte Björk Falkenholm', roles: ['chair', 'secretary'], roleLabel: 'Ordförande och sekreterare' },
      // Chair of another group is part of who she is, not a role in this one.
      { name: 'Karin Scharling', organisation: 'Ordförande Styrgrupp närvård', roles: ['guest'] },
    ]);
    expect(record.roleStyle).toBe('comma');
  });

  it('reads roles in parentheses and tells the group writes them so', () => {
    const record = read(`
      <p>Närvarande</p>
      <p>Lena Östlund, Älvdala kommun (ersättare för Johan Hedin)</p>
      <p>Karin Sjöström, Sjöby kommun (ordförande)</p>`);
    expect(record.people).toMatchObject([
      { name: 'Lena Östlund', organisation: 'Älvdala kommun', roles: ['deputy'], deputyFor: 'Johan Hedin' },
      { name: 'Karin Sjöström', organisation: 'Sjöby kommun', roles: ['chair'], roleLabel: 'ordförande' },
    ]);
    expect(record.roleStyle).toBe('parentheses');
  });

  it('reads a table of names with a √ column: two people a row, italic organisations, "-" and an empty cell absent', () => {
    const record = read(`
      <p>Närvarande (√)</p>
      <table>
        <tr><td><p>Marie Blomberg, ordförande <em>Sjöby kommun</em></p></td><td><p>√</p></td>
            <td><p>Malin Wikström <em>Vice ordförande NOSAM Älvdala</em></p></td><td><p>√</p></td></tr>
        <tr><td><p>Kristina Nyberg <em>Sjukhusen i väster</em></p></td><td><p>-</p></td>
            <td><p>Maria Ljungberg, GR</p></td><td></td></tr>
      </table>`);
    expect(record.people.map((p) => [p.name, p.organisation, p.roles, p.presence])).toEqual([
      ['Marie Blomberg', 'Sjöby kommun', ['chair'], 'present'],
      ['Malin Wikström', 'Vice ordförande NOSAM Älvdala', [], 'present'],
      ['Kristina Nyberg', 'Sjukhusen i väster', [], 'absent'],
      ['Maria Ljungberg', 'GR', [], 'absent'],
    ]);
  });

  it('reads a two-column table without ticks as one person a row', () => {
    expect(
      names(
        `<p>Närvarande</p><table><tr><td><p>Nina Brandt</p></td><td><p>BUP, Sjukhuset, adjungerad</p></td></tr></table>`,
      ),
    ).toEqual([['Nina Brandt', 'BUP, Sjukhuset', ['coopted'], 'present']]);
  });

  it('reads a struck-out person as absent, in one list with the present', () => {
    expect(
      names(`
        <p>Närvarande</p>
        <p>Egil Grahn, Sjöby kommun</p>
        <p><s>Tora Lund, Region Västerdal</s></p>
        <p><s>Bo Ek</s><em><s> Tandvården</s></em></p>`),
    ).toEqual([
      ['Egil Grahn', 'Sjöby kommun', [], 'present'],
      ['Tora Lund', 'Region Västerdal', [], 'absent'],
      ['Bo Ek', 'Tandvården', [], 'absent'],
    ]);
  });

  it('lists what it cannot read as a person instead of dropping it', () => {
    const record = read(`
      <p>Närvarande</p>
      <p>Egil Grahn, Sjöby kommun</p>
      <p>Vakant, Habilitering och hälsa</p>
      <p>3 representanter från skolan</p>
      <p>Frånvarande</p>
      <p>samtliga från regionen</p>
      <h2>§ 1. Mötets öppnande</h2>`);
    expect(record.people.map((p) => p.name)).toEqual(['Egil Grahn']);
    expect(record.unread).toEqual([
      'Vakant, Habilitering och hälsa',
      '3 representanter från skolan',
      'samtliga från regionen',
    ]);
  });
});

describe('reading a previous record: items', () => {
  it('reads "§ 12." headings, the last §, the dot style and the decision lead', () => {
    const record = read(`
      <p>Protokoll Styrgrupp 2026-02-27</p>
      <h2>§ 12. Mötets öppnande</h2><p>Ordföranden öppnar mötet.</p>
      <h2>§ 13. Val av justerare</h2>
      <h2>§ 14. Ekonomi</h2><p><strong>Beslut:</strong></p><p>Styrgruppen beslutar att:</p>
      <ol><li>1. att avsätta 750 000 kr</li></ol>
      <h2>§ 15. Mötets avslutande</h2>
      <h1>Underskrifter</h1><p>§ 99. Not an item</p>`);
    expect(record.items).toEqual([
      { number: 12, title: 'Mötets öppnande', kind: 'opening' },
      { number: 13, title: 'Val av justerare', kind: 'adjuster' },
      { number: 14, title: 'Ekonomi', kind: 'regular' },
      { number: 15, title: 'Mötets avslutande', kind: 'closing' },
    ]);
    expect(record).toMatchObject({
      kind: 'protokoll',
      lastNumber: 15,
      headingStyle: 'dot',
      decisionLead: 'Styrgruppen beslutar att:',
    });
  });

  it('reads "§ 12" headings as bold paragraphs as the plain style, and knows a protokoll by its § alone', () => {
    const record = read(`
      <p><strong>Styrgrupp närvård</strong></p>
      <p><strong>§ 21 Mötets öppnande</strong></p><p><strong>§ 22 Budget 2027</strong></p>`);
    expect(record).toMatchObject({ kind: 'protokoll', headingStyle: 'plain', lastNumber: 22 });
    expect(record.items.map((i) => i.title)).toEqual(['Mötets öppnande', 'Budget 2027']);
  });

  it('reads numbered plain paragraphs that continue the numbering, not numbers inside the text', () => {
    const record = read(`
      <p>Mötesanteckning Uppdragsgrupp 2025-10-07</p>
      <p>1. Mötets öppnande</p><p>Ordförande öppnar mötet.</p>
      <p>2. Föregående mötesanteckningar</p>
      <p>5. Detta är en mening i texten om fem saker.</p>
      <p>3. Övriga frågor</p><p>4. Avslut och nästa möte</p>`);
    expect(record.items.map((i) => [i.number, i.kind])).toEqual([
      [1, 'opening'],
      [2, 'previous'],
      [3, 'other'],
      [4, 'closing'],
    ]);
    expect(record.kind).toBe('anteckningar');
  });

  it('takes unnumbered headings as the items when nothing is numbered', () => {
    const record = read(`
      <p>Minnesanteckningar 2025-03-21</p>
      <h2>Välkommen</h2><h2>Återkoppling</h2><p><strong>Beslut:</strong></p><h2>Övriga frågor</h2>`);
    expect(record.items).toEqual([
      { title: 'Välkommen', kind: 'opening' },
      { title: 'Återkoppling', kind: 'regular' },
      { title: 'Övriga frågor', kind: 'other' },
    ]);
    expect(record.lastNumber).toBeUndefined();
  });
});
