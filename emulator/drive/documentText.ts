// The readable text of a stored file, for PDF conversion: paragraphs of a .docx, or the file as UTF-8 text.
import JSZip from 'jszip';

const decodeXml = (text: string): string =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

export async function documentText(name: string, bytes: Buffer): Promise<string[]> {
  if (!/\.docx$/i.test(name)) return bytes.toString('utf8').split(/\r?\n/);
  const zip = await JSZip.loadAsync(bytes);
  const xml = await zip.file('word/document.xml')?.async('string');
  if (!xml) return [];
  const paragraphs = xml.match(/<w:p[ >][\s\S]*?<\/w:p>|<w:p\/>/g) ?? [];
  return paragraphs.map((paragraph) =>
    [...paragraph.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:tab\/>|<w:br\/>/g)]
      .map((match) => (match[1] !== undefined ? decodeXml(match[1]) : match[0] === '<w:tab/>' ? '\t' : ' '))
      .join(''),
  );
}
