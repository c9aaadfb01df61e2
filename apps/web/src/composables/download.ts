/** Saves a string as a file through a temporary link, so no server round trip is needed. */
export function downloadText(filename: string, text: string, type = 'application/xml'): void {
  downloadBlob(filename, new Blob([text], { type }));
}

/** Saves base64-encoded bytes (a zip from the API) as a file. */
export function downloadBase64(filename: string, base64: string, type = 'application/zip'): void {
  downloadBlob(
    filename,
    new Blob([Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))], { type }),
  );
}

function downloadBlob(filename: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke after the click has been handled, or some browsers cancel the download.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
