// A previous record's .docx read into an ImportedRecord: the bytes checked first (not Word, encrypted, too large),
// then mammoth turns the package into plain HTML (the same for Word's and LibreOffice's dialects) and the domain
// reads that. mammoth is loaded on first use only, so it is never part of the side panel's first load.
import { readRecord, RecordFileError, recordFileProblem, type ImportedRecord } from '../../domain/recordImport';

/** mammoth's default map has no rule for Word's Title style; a title paragraph is a paragraph. */
const STYLE_MAP = ["p[style-name='Title'] => p:fresh", "p[style-name='Subtitle'] => p:fresh"];

export type HtmlToDom = (html: string) => ParentNode;

const browserDom: HtmlToDom = (html) => new DOMParser().parseFromString(html, 'text/html').body;

export async function readRecordFile(bytes: ArrayBuffer, toDom: HtmlToDom = browserDom): Promise<ImportedRecord> {
  const problem = recordFileProblem(new Uint8Array(bytes));
  if (problem) throw new RecordFileError(problem);
  const { default: mammoth } = await import('mammoth');
  // mammoth's browser build reads `arrayBuffer`, its Node build (the unit tests) `buffer`; both give it to JSZip.
  const input = { arrayBuffer: bytes, buffer: bytes };
  let html: string;
  try {
    const result = await mammoth.convertToHtml(input, {
      styleMap: STYLE_MAP,
      // Pictures are not part of what is imported: skip reading them into data: URIs.
      convertImage: mammoth.images.imgElement(async () => ({ src: '' })),
      // A record never needs to reach outside itself (linked files, external images).
      externalFileAccess: false,
    });
    html = result.value;
  } catch {
    // A ZIP that is not a Word document (a workbook, a damaged file): mammoth finds no main document part.
    throw new RecordFileError('notWord');
  }
  const record = readRecord(toDom(html));
  if (!record.title && record.people.length === 0 && record.items.length === 0) throw new RecordFileError('empty');
  return record;
}
