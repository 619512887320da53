import { describe, expect, it } from 'vitest';
import { exportFileName, fileTitle } from '../../../../src/lib/matcher/tell/file-names.ts';

describe('export file names', () => {
  it('are the title, what the file holds and the day, safe for any file system', () => {
    expect(exportFileName('Voorjaar 2026', 'koppelingen', '2026-03-03', 'csv')).toBe('voorjaar-2026-koppelingen-2026-03-03.csv');
    expect(exportFileName('Renée & Zoë: "traject" / HR?', 'project', '2026-03-03', 'json')).toBe('renee-zoe-traject-hr-project-2026-03-03.json');
  });

  it('leave the title out when nothing of it is left, and stay short', () => {
    expect(exportFileName('***', 'matches', '2026-03-03', 'xlsx')).toBe('matches-2026-03-03.xlsx');
    expect(fileTitle('a'.repeat(200)).length).toBeLessThanOrEqual(60);
    expect(fileTitle(`${'ab '.repeat(30)}`)).not.toMatch(/-$/);
  });
});
