/**
 * What an evidence file may be, as the server checks it (`UploadedFiles.DOCUMENT_TYPES`, `thidua.documents.max-bytes`):
 * PDF, Word, Excel, ODT, PNG or JPEG of at most 10 MB. The client checks first so an officer on a phone does not send
 * a large file only to have it refused; the server stays the judge (it also checks the content).
 */
export const EVIDENCE_MAX_BYTES = 10 * 1024 * 1024;

const EXTENSIONS = ['.pdf', '.doc', '.docx', '.xls', '.xlsx', '.odt', '.png', '.jpg', '.jpeg'];

export const EVIDENCE_ACCEPT = EXTENSIONS.join(',');

export type EvidenceFileFault = 'too-large' | 'wrong-type';

export function checkEvidenceFile(file: { name: string; size: number }): EvidenceFileFault | undefined {
  const name = file.name.toLowerCase();
  if (!EXTENSIONS.some((extension) => name.endsWith(extension))) return 'wrong-type';
  if (file.size > EVIDENCE_MAX_BYTES) return 'too-large';
  return undefined;
}
