/**
 * Offers text as a file download through a Blob URL: no `downloads` permission is needed, and nothing
 * leaves the machine. The URL is revoked once the browser has had time to start the download.
 */
export function downloadText(fileName: string, mimeType: string, text: string, doc: Document = document): void {
  const url = URL.createObjectURL(new Blob([text], { type: `${mimeType};charset=utf-8` }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  doc.body.append(link); // Firefox follows only links that are in the document
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}
