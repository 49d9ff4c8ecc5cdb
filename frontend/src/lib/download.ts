/**
 * Saves a blob under a file name. The API needs the bearer token, so files come through fetch rather than plain
 * links; a temporary object URL on a detached anchor hands the blob to the browser's download.
 */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  try {
    const a = document.createElement('a');
    a.href = url;
    a.download = fileName;
    a.click();
  } finally {
    URL.revokeObjectURL(url);
  }
}
