// What the preview and the e-mails need. The Word renderer is deliberately not re-exported:
// the app loads './docx' with a dynamic import() so the docx library stays out of the editor's bundle.
export { previewModel } from './preview';
export type * from './previewTypes';
export { escapeHtml } from './escape';
export { mailSummaryHtml } from './mailSummary';
