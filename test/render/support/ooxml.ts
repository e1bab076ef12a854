// Reading a rendered .docx back: unzip it, parse its parts strictly (saxes, the parser jsdom uses:
// any well-formedness error throws) and flatten document.xml into paragraphs for order checks.
import JSZip from 'jszip';
import { SaxesParser } from 'saxes';

export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
}

export function parseXml(xml: string): XmlElement {
  const parser = new SaxesParser();
  const root: XmlElement = { name: '#document', attributes: {}, children: [], text: '' };
  const stack: XmlElement[] = [root];
  parser.on('opentag', (tag) => {
    const element: XmlElement = {
      name: tag.name,
      attributes: { ...(tag.attributes as Record<string, string>) },
      children: [],
      text: '',
    };
    stack.at(-1)?.children.push(element);
    stack.push(element);
  });
  parser.on('closetag', () => void stack.pop());
  parser.on('text', (text) => {
    const current = stack.at(-1);
    if (current) current.text += text;
  });
  parser.on('error', (error) => {
    throw error;
  });
  parser.write(xml).close();
  const [top] = root.children;
  if (!top) throw new Error('empty XML part');
  return top;
}

export function* descendants(element: XmlElement, name: string): Generator<XmlElement> {
  for (const child of element.children) {
    if (child.name === name) yield child;
    yield* descendants(child, name);
  }
}

export function textOf(element: XmlElement): string {
  return element.name === 'w:t' ? element.text : element.name === 'w:br' ? '\n' : element.children.map(textOf).join('');
}

export interface WordParagraph {
  text: string;
  style?: string;
  /** The paragraph is an item of a Word list (has w:numPr). */
  listLevel?: number;
}

export function paragraphsOf(documentXml: string): WordParagraph[] {
  return [...descendants(parseXml(documentXml), 'w:p')].map((paragraph) => {
    const properties = paragraph.children.find((child) => child.name === 'w:pPr');
    const style = properties?.children.find((child) => child.name === 'w:pStyle')?.attributes['w:val'];
    const level = properties && [...descendants(properties, 'w:ilvl')][0]?.attributes['w:val'];
    const result: WordParagraph = { text: textOf(paragraph) };
    if (style) result.style = style;
    if (level !== undefined) result.listLevel = Number(level);
    return result;
  });
}

export interface DocxPackage {
  names: string[];
  part(name: string): Promise<string>;
}

export async function openDocx(bytes: Uint8Array): Promise<DocxPackage> {
  const zip = await JSZip.loadAsync(bytes);
  return {
    names: Object.keys(zip.files).filter((name) => !zip.files[name]?.dir),
    async part(name) {
      const file = zip.file(name);
      if (!file) throw new Error(`missing part ${name}`);
      return file.async('string');
    },
  };
}

/**
 * Index of each expected text in the paragraphs, searched from after the previous hit, so a
 * missing or misplaced piece fails with its name. Returns the paragraph indexes found.
 */
export function expectInOrder(paragraphs: readonly WordParagraph[], expected: readonly string[]): number[] {
  const found: number[] = [];
  let from = 0;
  for (const text of expected) {
    const index = paragraphs.findIndex((paragraph, position) => position >= from && paragraph.text.includes(text));
    if (index < 0) {
      const anywhere = paragraphs.findIndex((paragraph) => paragraph.text.includes(text));
      throw new Error(
        anywhere < 0
          ? `not in the document: ${JSON.stringify(text)}`
          : `out of order: ${JSON.stringify(text)} (at paragraph ${anywhere}, expected after ${from - 1})`,
      );
    }
    found.push(index);
    from = index;
  }
  return found;
}
