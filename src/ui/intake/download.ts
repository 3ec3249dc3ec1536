// Saving a text as a file the user downloads, without any server.
export function downloadText(text: string, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started from the click; the URL can go once the current task is over.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
