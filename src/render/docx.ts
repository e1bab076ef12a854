// Minutes -> .docx bytes. Loaded with a dynamic import() by the app, so the docx library stays out
// of the editor's bundle: nothing the preview uses may import this module.
import { Document, Packer } from 'docx';
import type { Minutes } from '../domain/model';
import { previewModel } from './preview';
import type { RenderOptions } from './previewTypes';
import { recordContent, recordFooter } from './word/record';
import { listInstances } from './word/richText';
import { numbering, page, recordStyles } from './word/styles';
import { xmlSafe } from './word/text';

export const DOCX_CREATOR = 'Mötessekreteraren';

export async function renderDocx(minutes: Minutes, options: RenderOptions = {}): Promise<Uint8Array> {
  const doc = previewModel(minutes, options);
  const document = new Document({
    title: xmlSafe(doc.title),
    creator: DOCX_CREATOR,
    lastModifiedBy: DOCX_CREATOR,
    styles: recordStyles(minutes.language),
    numbering,
    sections: [
      {
        properties: { page },
        footers: { default: recordFooter(doc) },
        children: recordContent(doc, listInstances()),
      },
    ],
  });
  // toArrayBuffer works in browsers and in Node alike (toBuffer is Node-only, toBlob browser-only).
  return new Uint8Array(await Packer.toArrayBuffer(document));
}
