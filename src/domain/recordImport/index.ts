// Import from last record: the pure reading of a previous record (mammoth's HTML) and what the group keeps of it.
export * from './types';
export { blocksOf, textOf } from './blocks';
export { readPersonLine, rolePart } from './people';
export { itemHeading, itemKind, templateFrom, type TemplateChoice } from './items';
export { readRecord, readRecordBlocks } from './readRecord';
export { MAX_RECORD_BYTES, RecordFileError, recordFileProblem, type RecordFileProblem } from './fileCheck';
export { applyImport, importDraft, type ImportDraft, type ImportPerson } from './applyImport';
