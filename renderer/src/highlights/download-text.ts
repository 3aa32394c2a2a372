// Saves text the interface made (an export) as a file, through the browser's own download.
export function downloadText(text: string, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked once the download has taken the file.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
