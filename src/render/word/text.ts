// User text as Word runs. XML 1.0 cannot carry control characters or lone surrogates at all, so
// they are dropped here rather than producing a package Word refuses to open.
import { ExternalHyperlink, TextRun, type ParagraphChild } from 'docx';
import type { Inline } from '../../domain/model';
import { isSafeHref } from '../../domain/richtext';

const forbiddenInXml =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function xmlSafe(text: string): string {
  return text.replace(forbiddenInXml, '');
}

export interface RunFormat {
  bold?: boolean;
  italics?: boolean;
  underline?: boolean;
  strike?: boolean;
  style?: string;
}

/** One run per line: a newline typed in a note becomes a line break, not a space. */
export function textRuns(text: string, format: RunFormat = {}): TextRun[] {
  const { underline, ...rest } = format;
  return xmlSafe(text)
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map(
      (line, index) =>
        new TextRun({
          ...rest,
          ...(underline ? { underline: {} } : {}),
          text: line,
          ...(index > 0 ? { break: 1 } : {}),
        }),
    );
}

export function inlineRuns(content: readonly Inline[]): ParagraphChild[] {
  return content.flatMap((inline): ParagraphChild[] => {
    const format: RunFormat = {
      bold: inline.bold,
      italics: inline.italic,
      underline: inline.underline,
      strike: inline.strike,
    };
    if (inline.href && isSafeHref(inline.href)) {
      return [
        new ExternalHyperlink({
          link: xmlSafe(inline.href.trim()),
          children: textRuns(inline.text, { ...format, style: 'Hyperlink' }),
        }),
      ];
    }
    return textRuns(inline.text, format);
  });
}
