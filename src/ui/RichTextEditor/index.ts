export { RichTextEditor, type RichTextEditorProps } from './RichTextEditor';
export { richTextEditorStringsEn, richTextEditorStringsSv, type RichTextEditorStrings } from './strings';
export { $richTextToNodes, $rootToRichText, $setRichText, lexicalToRichText, richTextToLexical } from './convert';
export { clipboardToRichText, htmlToRichText, type ClipboardContent } from './pasteWord';
export { useEditorStrings } from './useEditorStrings';
export { hrefFromUserInput, safeHref } from './safeHref';
export { flushPendingChanges } from './pendingChanges';
