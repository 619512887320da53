// The names of the files a coordinator downloads: the project's title made safe for every file
// system, what the file holds, and the day, so a folder of exports sorts and reads at a glance.

const MAX_TITLE = 60;

/** The title in lower case ASCII words joined by hyphens: accents dropped, everything else a break. */
export function fileTitle(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_TITLE)
    .replace(/-+$/, '');
}

/** e.g. `voorjaar-2026-koppelingen-2026-03-03.csv`; `what` alone when the title has no letters or digits. */
export function exportFileName(title: string, what: string, date: string, extension: string): string {
  const name = fileTitle(title);
  return `${name === '' ? '' : `${name}-`}${fileTitle(what) || 'export'}-${date}.${extension}`;
}
