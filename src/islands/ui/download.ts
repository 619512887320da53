import { getStorageService } from '../../stores/storage.ts';

/** Hands a file to the browser's download; nothing leaves the machine. */
export function downloadFile(fileName: string, contents: string | Blob, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([contents], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  // In the document for the click: some browsers ignore a click on a detached link.
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Makes a backup file of everything and downloads it; every workbook offers this in place. */
export async function downloadBackup(): Promise<string> {
  const { fileName, json } = await (await getStorageService()).exportBackup();
  downloadFile(fileName, json);
  return fileName;
}
