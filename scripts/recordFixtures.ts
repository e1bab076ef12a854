// Writes the .docx fixtures of "Import from last record" (test/fixtures/records/): three records shaped like the
// examples in shared/examples (fictional people), each in Word's dialect (the `docx` package writes what Word writes:
// style ids, w:tab, w:strike) and in LibreOffice's (the same file opened and saved again by LibreOffice Writer, which
// rewrites styles, runs and tables its own way). The files are committed, so tests need no LibreOffice:
//   npx tsx scripts/recordFixtures.ts          (needs `soffice`, e.g. Debian's libreoffice-writer-nogui)
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  Tab,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type FileChild,
  type ParagraphChild,
} from 'docx';

const OUT = 'test/fixtures/records';

/** A run: plain text, or text with marks. */
type Run = string | { text: string; bold?: boolean; italics?: boolean; strike?: boolean; tab?: boolean };

function runs(parts: Run[]): ParagraphChild[] {
  return parts.map((part) => {
    if (typeof part === 'string') return new TextRun(part);
    if (part.tab) return new TextRun({ children: [new Tab()] });
    return new TextRun({ text: part.text, bold: part.bold, italics: part.italics, strike: part.strike });
  });
}

const p = (...parts: Run[]) => new Paragraph({ children: runs(parts) });
const bold = (text: string) => new Paragraph({ children: runs([{ text, bold: true }]) });
const heading = (text: string, level: 1 | 2 = 2) =>
  new Paragraph({ heading: level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2, children: runs([text]) });
const TAB: Run = { text: '', tab: true };
const tabbed = (name: string, rest: string) => p(name, TAB, rest);
const bullet = (text: string) => new Paragraph({ bullet: { level: 0 }, children: runs([text]) });

/** Protokoll, "§ 12." headings in Word's heading style, "Name, Organisation, role" lines, a decision lead. */
function protokoll(): FileChild[] {
  return [
    new Paragraph({ heading: HeadingLevel.TITLE, children: runs(['Protokoll Styrgrupp närvård 2026-02-27']) }),
    p({ text: 'Plats: ', bold: true }, 'Kommunhuset, Storgatan 4, Sjöby'),
    p({ text: 'Tid: ', bold: true }, '13.00-15.30'),
    p({ text: 'Omfattning: ', bold: true }, '§§ 12–17'),
    heading('Närvarande', 1),
    p('Karin Sjöström, Sjöby kommun, ordförande'),
    p('Olle Bäckman, Region Västerdal, vice ordförande'),
    p('Åsa Lindqvist, Närvårdskontoret, sekreterare'),
    p('Per-Erik Ågren, Älvdala kommun, justerare'),
    p('Lena Östlund, Älvdala kommun, ersättare för Johan Hedin'),
    p('Fatima Rahimi, Region Västerdal, adjungerad'),
    p('Nils Ek, Länsstyrelsen, gäst'),
    p('Ingrid Berg, Brukarföreningen'),
    heading('Frånvarande', 1),
    p('Johan Hedin, Älvdala kommun, anmält frånvaro'),
    p('Sven Dahl, Region Västerdal'),
    heading('§ 12. Mötets öppnande'),
    p('Ordföranden öppnar mötet och hälsar alla välkomna. Dagordningen godkänns.'),
    heading('§ 13. Val av justerare'),
    p('Per-Erik Ågren väljs som justerare.'),
    heading('§ 14. Föregående protokoll'),
    p('Föregående protokoll läggs till handlingarna.'),
    heading('§ 15. Ekonomisk uppföljning'),
    p('Olle Bäckman redovisar utfallet.'),
    p({ text: 'Beslut:', bold: true }),
    p('Styrgruppen beslutar att:'),
    bullet('att avsätta 750 000 kr till arbetet med SIP'),
    heading('§ 16. Övriga frågor'),
    p('Inga övriga frågor.'),
    heading('§ 17. Mötets avslutande'),
    p('Nästa möte blir den 24 april och genomförs digitalt.'),
    heading('Underskrifter', 1),
    p('Ordförande', TAB, 'Justerare', TAB, 'Sekreterare'),
    p('Karin Sjöström', TAB, 'Per-Erik Ågren', TAB, 'Åsa Lindqvist'),
  ];
}

/** Notes: tab-separated "Name<TAB>Organisation, role" lines, "1." headings as bold paragraphs. */
function notesTabbed(): FileChild[] {
  return [
    bold('Mötesanteckning Uppdragsgrupp Barn och unga 2026-03-02'),
    p('Plats: Digitalt via Teams'),
    p('Tid: 14.00-16.00'),
    p('Omfattning: 1–6'),
    bold('Närvarande'),
    tabbed('Simon Ekdahl', 'Verksamhetschef funktionsnedsättning, Sjöby, Ordförande'),
    tabbed('Jenny Uddberg', 'Enhetschef Barn- och elevhälsa, Sjöby'),
    tabbed('Maja Glimåker', 'SIP-samordnare, Sjukhuset, adjungerad'),
    tabbed('Charlotte Björk Falkenholm', 'Närvårdskontoret, Ordförande och sekreterare'),
    tabbed('Anna-Lena Hårdberg', 'Närvårdskontoret, Sekreterare'),
    tabbed('Erik Öhman', 'Polisen, Gäst'),
    bold('Frånvarande'),
    tabbed('Thomas Jonsson', 'Skolchef, Vårgårda'),
    tabbed('Else Thorén', 'Brukarföreträdare NSPH'),
    bold('1. Mötets öppnande och godkännande av dagordningen'),
    p('Ordförande öppnar mötet och hälsar alla välkomna.'),
    bold('2. Föregående mötesanteckningar'),
    p('Föregående mötesanteckningar läggs till handlingarna.'),
    bold('3. Aktiviteter kopplat till målen'),
    p('Genomgång av aktiviteterna.'),
    bold('4. SIP'),
    p('Maja Glimåker presenterar.'),
    bold('5. Övrigt'),
    p('Inget övrigt.'),
    bold('6. Avslut'),
    p('Ordförande avslutar dagens möte. Nästa möte är den 17 april och genomförs digitalt.'),
  ];
}

const cell = (parts: Run[]) => new TableCell({ width: { size: 4000, type: WidthType.DXA }, children: [p(...parts)] });
const tick = (mark: string) => new TableCell({ width: { size: 600, type: WidthType.DXA }, children: [p(mark)] });

/** Notes with one list of people: a table of "name, role, organisation" cells each followed by a √ (or -) cell. */
function notesTable(): FileChild[] {
  const person = (name: string, org: string, strike = false): Run[] => [
    { text: name, strike },
    { text: ' ', strike },
    { text: org, italics: true, strike },
  ];
  return [
    bold('Minnesanteckningar'),
    p('Ärende', TAB, 'Samordningsgruppen'),
    p('Datum', TAB, '2025-03-21'),
    p('Plats', TAB, 'Grand Hotell Sjöby'),
    p('Tid', TAB, '09.00–12.00'),
    p('Närvarande (√)'),
    new Table({
      rows: [
        new TableRow({
          children: [
            cell(person('Marie Blomberg, ordförande', 'Sjöby kommun')),
            tick('√'),
            cell(person('Malin Wikström', 'Vice ordförande NOSAM Älvdala')),
            tick('√'),
          ],
        }),
        new TableRow({
          children: [
            cell(person('Kristina Nyberg', 'Sjukhusen i väster')),
            tick('√'),
            cell(person('Egil Grahn', 'Sjöby kommun', true)),
            tick(''),
          ],
        }),
        new TableRow({
          children: [
            cell(person('Vakant', 'Habilitering och hälsa')),
            tick('-'),
            cell(person('Lena Arvling', 'Processledare SAMLA')),
            tick('√'),
          ],
        }),
        new TableRow({
          children: [
            cell(['Maria Ljungberg, GR']),
            tick('√'),
            cell(person('Karolina Wolmer', 'Delregional samordnare')),
            tick('√'),
          ],
        }),
      ],
    }),
    bold('Välkommen & presentation'),
    p('Marie Blomberg, ordförande SAMLA'),
    bold('1. Minnesanteckningar 2025-01-24 läggs till handlingarna.'),
    bold('2. Information och dialog'),
    p('Samordningsgruppen beslutar att ställa sig bakom rutinen.'),
    bold('3. Beslut'),
    bullet('Årsrapport 2024, publiceras på hemsidan.'),
    bold('4. För kännedom'),
    bold('5. Övriga frågor'),
    p('Vid anteckningarna'),
    p({ text: 'Lena Arvling, processledare', italics: true }),
  ];
}

const shapes: Record<string, () => FileChild[]> = {
  'protokoll-styrgrupp': protokoll,
  'anteckningar-tabbar': notesTabbed,
  'minnesanteckningar-tabell': notesTable,
};

async function main() {
  mkdirSync(OUT, { recursive: true });
  const work = mkdtempSync(join(tmpdir(), 'record-fixtures-'));
  for (const [name, content] of Object.entries(shapes)) {
    const word = join(OUT, `${name}.word.docx`);
    const doc = new Document({ creator: 'Mötessekreteraren fixtures', sections: [{ children: content() }] });
    writeFileSync(word, await Packer.toBuffer(doc));
    // LibreOffice saves the document again in its own dialect ("MS Word 2007 XML" export filter).
    execFileSync('soffice', ['--headless', '--convert-to', 'docx:MS Word 2007 XML', '--outdir', work, word], {
      stdio: 'ignore',
    });
    renameSync(join(work, `${name}.word.docx`), join(OUT, `${name}.libreoffice.docx`));
    console.log(`${name}: ${word} and its LibreOffice twin`);
  }
}

await main();
