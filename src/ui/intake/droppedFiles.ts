// The files in a drop, folders included (a dropped folder is read recursively), as the browser exposes them.
// Entries must be taken from the DataTransfer synchronously, inside the drop event; reading them is asynchronous.

/** At most this many files from one drop: a dropped home directory should not freeze the tab. */
export const MAX_DROPPED_FILES = 5000;

export function filesFromDrop(data: DataTransfer): Promise<File[]> {
  const entries: FileSystemEntry[] = [];
  const plain: File[] = [];
  for (const item of Array.from(data.items ?? [])) {
    if (item.kind !== 'file') continue;
    const entry = typeof item.webkitGetAsEntry === 'function' ? item.webkitGetAsEntry() : null;
    if (entry) entries.push(entry);
    else { const f = item.getAsFile(); if (f) plain.push(f); }
  }
  if (entries.length === 0 && plain.length === 0) return Promise.resolve(Array.from(data.files ?? []));
  return collect(entries, plain);
}

async function collect(roots: FileSystemEntry[], files: File[]): Promise<File[]> {
  const queue = [...roots];
  while (queue.length && files.length < MAX_DROPPED_FILES) {
    const entry = queue.shift()!;
    if (entry.isFile) {
      const file = await new Promise<File | null>((resolve) => (entry as FileSystemFileEntry).file(resolve, () => resolve(null)));
      if (file) files.push(withPath(file, entry.fullPath));
    } else if (entry.isDirectory) {
      queue.push(...(await readDirectory(entry as FileSystemDirectoryEntry)));
    }
  }
  return files;
}

/** All entries of a directory (readEntries returns them in batches until an empty one). */
async function readDirectory(directory: FileSystemDirectoryEntry): Promise<FileSystemEntry[]> {
  const reader = directory.createReader();
  const all: FileSystemEntry[] = [];
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((resolve) => reader.readEntries(resolve, () => resolve([])));
    if (batch.length === 0) return all;
    all.push(...batch);
  }
}

/** Files from a folder keep their folder in the name (`news/odesa.txt`), so two `index.html` stay apart. */
function withPath(file: File, fullPath: string): File {
  const path = fullPath.replace(/^\//, '');
  return path && path !== file.name ? new File([file], path, { type: file.type, lastModified: file.lastModified }) : file;
}
