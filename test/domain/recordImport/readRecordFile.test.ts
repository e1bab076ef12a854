// @vitest-environment jsdom
// The committed .docx fixtures (scripts/recordFixtures.ts), each in Word's and LibreOffice's dialect, read end to
// end through mammoth; and files that are not records get a reason, never a crash.
import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { readRecordFile } from '../../../src/app/recordImport/readRecordFile';
import { MAX_RECORD_BYTES, RecordFileError } from '../../../src/domain/recordImport';

const fixture = (name: string): ArrayBuffer => {
  const bytes = readFileSync(`test/fixtures/records/${name}.docx`);
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
};

const dialects = ['word', 'libreoffice'] as const;

describe.each(dialects)('a record in %s’s dialect', (dialect) => {
  it('protokoll with "§ 12." headings and "Name, Organisation, role" lines', async () => {
    const record = await readRecordFile(fixture(`protokoll-styrgrupp.${dialect}`));
    expect(record).toMatchObject({
      kind: 'protokoll',
      headingStyle: 'dot',
      lastNumber: 17,
      place: 'Kommunhuset, Storgatan 4, Sjöby',
      usualTime: { start: '13:00', end: '15:30' },
      decisionLead: 'Styrgruppen beslutar att:',
      roleStyle: 'comma',
      unread: [],
    });
    expect(record.people.map((p) => [p.name, p.roles.join('+'), p.presence])).toEqual([
      ['Karin Sjöström', 'chair', 'present'],
      ['Olle Bäckman', 'viceChair', 'present'],
      ['Åsa Lindqvist', 'secretary', 'present'],
      ['Per-Erik Ågren', 'adjuster', 'present'],
      ['Lena Östlund', 'deputy', 'present'],
      ['Fatima Rahimi', 'coopted', 'present'],
      ['Nils Ek', 'guest', 'present'],
      ['Ingrid Berg', '', 'present'],
      ['Johan Hedin', '', 'absenceAnnounced'],
      ['Sven Dahl', '', 'absent'],
    ]);
    expect(record.items.map((i) => [i.number, i.kind, i.title])).toEqual([
      [12, 'opening', 'Mötets öppnande'],
      [13, 'adjuster', 'Val av justerare'],
      [14, 'previous', 'Föregående protokoll'],
      [15, 'regular', 'Ekonomisk uppföljning'],
      [16, 'other', 'Övriga frågor'],
      [17, 'closing', 'Mötets avslutande'],
    ]);
  });

  it('notes with tab-separated lines and bold "1." headings', async () => {
    const record = await readRecordFile(fixture(`anteckningar-tabbar.${dialect}`));
    expect(record).toMatchObject({ kind: 'anteckningar', headingStyle: 'dot', lastNumber: 6, unread: [] });
    expect(record.people.map((p) => [p.name, p.organisation, p.roleLabel, p.presence])).toEqual([
      ['Simon Ekdahl', 'Verksamhetschef funktionsnedsättning, Sjöby', 'Ordförande', 'present'],
      ['Jenny Uddberg', 'Enhetschef Barn- och elevhälsa, Sjöby', undefined, 'present'],
      ['Maja Glimåker', 'SIP-samordnare, Sjukhuset', 'adjungerad', 'present'],
      ['Charlotte Björk Falkenholm', 'Närvårdskontoret', 'Ordförande och sekreterare', 'present'],
      ['Anna-Lena Hårdberg', 'Närvårdskontoret', 'Sekreterare', 'present'],
      ['Erik Öhman', 'Polisen', 'Gäst', 'present'],
      ['Thomas Jonsson', 'Skolchef, Vårgårda', undefined, 'absent'],
      ['Else Thorén', 'Brukarföreträdare NSPH', undefined, 'absent'],
    ]);
    expect(record.items.map((i) => i.kind)).toEqual(['opening', 'previous', 'regular', 'regular', 'other', 'closing']);
  });

  it('notes with a √ table, italic organisations, strike-through for the absent and a vacant seat listed', async () => {
    const record = await readRecordFile(fixture(`minnesanteckningar-tabell.${dialect}`));
    expect(record).toMatchObject({ kind: 'anteckningar', date: '2025-03-21', place: 'Grand Hotell Sjöby' });
    expect(record.people.map((p) => [p.name, p.organisation, p.presence])).toEqual([
      ['Marie Blomberg', 'Sjöby kommun', 'present'],
      ['Malin Wikström', 'Vice ordförande NOSAM Älvdala', 'present'],
      ['Kristina Nyberg', 'Sjukhusen i väster', 'present'],
      ['Egil Grahn', 'Sjöby kommun', 'absent'],
      ['Lena Arvling', 'Processledare SAMLA', 'present'],
      ['Maria Ljungberg', 'GR', 'present'],
      ['Karolina Wolmer', 'Delregional samordnare', 'present'],
    ]);
    expect(record.unread).toEqual(['Vakant Habilitering och hälsa']);
    expect(record.items.map((i) => [i.number, i.kind])).toEqual([
      [undefined, 'opening'],
      [1, 'previous'],
      [2, 'regular'],
      [3, 'regular'],
      [4, 'regular'],
      [5, 'other'],
    ]);
  });
});

const problem = async (bytes: ArrayBuffer) =>
  readRecordFile(bytes).then(
    () => 'read',
    (error: unknown) => (error instanceof RecordFileError ? error.problem : `crashed: ${String(error)}`),
  );

/** An OLE compound file's header and a directory entry name in UTF-16LE, as Word writes a password-protected file. */
function compoundFile(streamName: string): ArrayBuffer {
  const bytes = new Uint8Array(2048);
  bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  Array.from(streamName).forEach((c, i) => (bytes[1024 + i * 2] = c.charCodeAt(0)));
  return bytes.buffer;
}

describe('files that are not a readable record', () => {
  it('names the reason: not Word, an old .doc, encrypted, too large, empty', async () => {
    const workbook = new JSZip();
    workbook.file('xl/workbook.xml', '<workbook/>');
    const zip = await workbook.generateAsync({ type: 'arraybuffer' });
    expect(await problem(new TextEncoder().encode('%PDF-1.7\n').buffer)).toBe('notWord');
    expect(await problem(zip)).toBe('notWord');
    expect(await problem(compoundFile('EncryptionInfo'))).toBe('encrypted');
    expect(await problem(compoundFile('WordDocument'))).toBe('oldWord');
    expect(await problem(new ArrayBuffer(MAX_RECORD_BYTES + 1))).toBe('tooLarge');
    expect(await problem(new ArrayBuffer(0))).toBe('empty');
  });
});
