// Saves a file the game made to the player's own device (a download): no
// server is involved, and the object URL is released straight afterwards.

export function download(file: { name: string; type: string; data: Uint8Array | string }): void {
  const blob = new Blob([file.data as BlobPart], { type: file.type });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = file.name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
