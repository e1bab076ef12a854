// What a chosen file is, from its first bytes, before any of it is unzipped: a .docx is a ZIP package (OPC);
// a Word file saved with a password is an OLE compound file holding "EncryptionInfo" and "EncryptedPackage"
// streams (MS-OFFCRYPTO 2.3.4.x), like the old binary .doc, which has neither.

/** Far above any record (a 60-item protokoll is ~50 KB): past this, unzipping could exhaust a phone's memory. */
export const MAX_RECORD_BYTES = 10 * 1024 * 1024;

export type RecordFileProblem = 'empty' | 'tooLarge' | 'notWord' | 'encrypted' | 'oldWord';

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const COMPOUND_FILE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

/** "EncryptionInfo" as a compound file's directory writes stream names: UTF-16LE. */
function namesStream(bytes: Uint8Array, name: string): boolean {
  const pattern = Array.from(name).flatMap((c) => [c.charCodeAt(0), 0]);
  outer: for (let i = 0; i + pattern.length <= bytes.length; i++) {
    for (let j = 0; j < pattern.length; j++) if (bytes[i + j] !== pattern[j]) continue outer;
    return true;
  }
  return false;
}

/** Why this file cannot be read as a record, or undefined when it may be a .docx (mammoth then decides). */
export function recordFileProblem(bytes: Uint8Array): RecordFileProblem | undefined {
  if (bytes.length === 0) return 'empty';
  if (bytes.length > MAX_RECORD_BYTES) return 'tooLarge';
  if (startsWith(bytes, ZIP)) return undefined;
  if (startsWith(bytes, COMPOUND_FILE)) return namesStream(bytes, 'EncryptionInfo') ? 'encrypted' : 'oldWord';
  return 'notWord';
}

/** A file the import cannot read, with the reason the UI words in the user's language. */
export class RecordFileError extends Error {
  constructor(readonly problem: RecordFileProblem) {
    super(`The file cannot be imported as a record: ${problem}`);
    this.name = 'RecordFileError';
  }
}
