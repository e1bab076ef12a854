// The record's look: A4, Calibri 11, Word's own Title and Heading styles (so the navigation pane
// lists the items) and real Word lists for bullets and numbers.
import { AlignmentType, LevelFormat, type ILevelsOptions, type INumberingOptions, type IStylesOptions } from 'docx';
import type { Language } from '../../domain/model';

export const BULLET_LIST = 'record-bullets';
export const ORDERED_LIST = 'record-numbers';

const font = 'Calibri';
const levels = [0, 1, 2, 3, 4, 5, 6, 7, 8];
const bulletSymbols = ['•', '◦', '▪'];
const orderedFormats = [LevelFormat.DECIMAL, LevelFormat.LOWER_LETTER, LevelFormat.LOWER_ROMAN];

function indent(level: number): ILevelsOptions['style'] {
  return { paragraph: { indent: { left: 360 * (level + 1), hanging: 360 } } };
}

export const numbering: INumberingOptions = {
  config: [
    {
      reference: BULLET_LIST,
      levels: levels.map((level) => ({
        level,
        format: LevelFormat.BULLET,
        text: bulletSymbols[level % bulletSymbols.length] ?? '•',
        alignment: AlignmentType.LEFT,
        style: indent(level),
      })),
    },
    {
      reference: ORDERED_LIST,
      levels: levels.map((level) => ({
        level,
        format: orderedFormats[level % orderedFormats.length] ?? LevelFormat.DECIMAL,
        text: `%${level + 1}.`,
        alignment: AlignmentType.LEFT,
        style: indent(level),
      })),
    },
  ],
};

// Word checks spelling, hyphenates and sorts in the record's language, not the reader's.
const wordLanguage: Record<Language, string> = { sv: 'sv-SE', en: 'en-GB' };

export const recordStyles = (language: Language): IStylesOptions => ({
  default: {
    document: {
      run: { font, size: 22, language: { value: wordLanguage[language] } },
      paragraph: { spacing: { after: 120 } },
    },
    title: { run: { font, size: 36, bold: true, color: '000000' }, paragraph: { spacing: { after: 240 } } },
    heading2: {
      run: { font, size: 28, bold: true, color: '000000' },
      paragraph: { spacing: { before: 360, after: 120 }, keepNext: true },
    },
    heading3: {
      run: { font, size: 24, bold: true, color: '000000' },
      paragraph: { spacing: { before: 240, after: 80 }, keepNext: true },
    },
    hyperlink: { run: { color: '0563C1', underline: {} } },
  },
});

/** A4 in twips with 2 cm margins. */
export const page = {
  size: { width: 11906, height: 16838 },
  margin: { top: 1134, bottom: 1134, left: 1134, right: 1134 },
};

export const contentWidth = page.size.width - page.margin.left - page.margin.right;
