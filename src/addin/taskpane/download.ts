/** Offers a file to the browser as a download, named `name`. */
export function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  // Some browsers fetch the URL only after click() returns: revoking it at once could cancel the download.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
