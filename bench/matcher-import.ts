// node bench/matcher-import.ts — the matcher's import chain and the participants table's view
// helpers on a realistic 2 000-row list (a Dutch Excel export: `;`, CRLF, BOM, accented names,
// managers by name, lists, a few rows with errors). Figures are medians of several runs.
import { checkTable, decodeText, importFile, parseTable, suggestMapping } from '../src/lib/matcher/import/index.ts';
import type { ParticipantTable } from '../src/lib/matcher/model.ts';
import { filterRows, NO_FILTER, pageOf, rowViews, sortRows, summarise } from '../src/lib/matcher/participants-view.ts';

const ROWS = Number(process.argv[2] ?? 2_000);

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function time<T>(fn: () => T, runs: number): { ms: number; value: T } {
  const times: number[] = [];
  let value!: T;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    value = fn();
    times.push(performance.now() - start);
  }
  return { ms: median(times), value };
}

/** A small deterministic generator, so every run reads the same file. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
}

const FIRST = ['Renée', 'Joël', 'Zoë', 'Jürgen', 'Anaïs', 'Sanne', 'Daan', 'Fatima', 'Mehmet', 'Lotte', 'Bram', 'Noor', 'Sem', 'Eline', 'Thijs', 'Yara', 'Ömer', 'Chloé', 'Sven', 'Iris'];
const INFIX = ['', '', '', 'de', 'van', 'van der', 'van den', 'ter'];
const LAST = ['Jansen', 'de Vries', 'Bakker', 'Müller', 'Çelik', 'Visser', 'Smit', 'Meijer', 'Mulder', 'Bos', 'Vos', 'Peters', 'Hendriks', 'Dekker', 'Brouwer', 'Yılmaz', 'El Amrani', 'Dubois'];
const DEPARTMENTS = ['Directie', 'Financiën', 'HR', 'ICT', 'Klantenservice', 'Marketing', 'Inkoop', 'Juridische zaken', 'Onderzoek & Ontwikkeling', 'Logistiek'];
const LANGUAGES = ['Nederlands', 'Engels', 'Duits', 'Frans', 'Turks', 'Arabisch', 'Spaans'];
const SKILLS = ['Leiderschap', 'Excel', 'Presenteren', 'Feedback geven', 'Projectmanagement', 'Onderhandelen', 'Python', 'Strategie', 'Coaching', 'Begroten', 'Schrijven', 'Timemanagement'];
const ROLES = ['Mentor', 'mentee', 'Mentee', 'beide', 'mentor'];

function csvCell(value: string): string {
  return /[;"\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

function participantCsv(rows: number, seed = 7): string {
  const next = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const some = (items: readonly string[], most: number) => {
    const count = 1 + Math.floor(next() * most);
    return [...new Set(Array.from({ length: count }, () => pick(items)))];
  };
  const names: string[] = [];
  const lines = ['Personeelsnummer;Naam;Rol;Afdeling;Leidinggevende;Talen;Kan helpen met;Leerdoelen;Niveau;Capaciteit;Voorkeuren;Tijdzone'];
  for (let index = 0; index < rows; index++) {
    const name = [pick(FIRST), pick(INFIX), pick(LAST)].filter(Boolean).join(' ');
    names.push(name);
    const role = pick(ROLES);
    const mentor = /mentor|beide/i.test(role);
    // About 1 in 100 rows has something that is an error (an unknown role, a capacity in words).
    const broken = next() < 0.01;
    // Managers by name (often ambiguous: common names repeat) or by number, among earlier rows.
    const manager = index === 0 || next() < 0.1 ? '' : next() < 0.5 ? names[Math.floor(next() * index)]! : String(10_000 + Math.floor(next() * index));
    lines.push(
      [
        String(10_000 + index),
        name,
        broken && next() < 0.5 ? 'stagiair' : role,
        pick(DEPARTMENTS),
        manager,
        some(LANGUAGES, 3).join(', '),
        mentor ? some(SKILLS, 4).join(', ') : '',
        mentor && !/beide/.test(role) ? '' : some(SKILLS, 3).join('; '),
        String(1 + Math.floor(next() * 8)),
        mentor ? (broken ? 'twee' : String(1 + Math.floor(next() * 3))) : '',
        next() < 0.05 ? String(10_000 + Math.floor(next() * rows)) : '',
        next() < 0.9 ? '+1' : pick(['0', '-5', '+5,5', 'UTC+2']),
      ]
        .map(csvCell)
        .join(';'),
    );
  }
  return `${lines.join('\r\n')}\r\n`;
}

const text = participantCsv(ROWS);
const bytes = Uint8Array.from([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]);
const runs = 15;

console.log(`Matcher import, ${ROWS} rows, ${(bytes.length / 1024).toFixed(0)} KiB (medians of ${runs} runs, Node ${process.version})`);
const decoded = time(() => decodeText(bytes), runs);
const parsed = time(() => parseTable(decoded.value.text), runs);
if (!parsed.value.ok) throw new Error('the generated file did not parse');
const table = parsed.value.table;
const mapping = time(() => suggestMapping(table.headers, table.rows), runs);
const checked = time(() => checkTable(table, mapping.value), runs);
const whole = time(() => importFile(bytes), runs);
if (!whole.value.ok) throw new Error('the import failed');
const { participants, issues } = whole.value.result;
const errors = issues.filter((issue) => issue.level === 'error').length;

const rows: [string, number][] = [
  ['decode (bytes → text)', decoded.ms],
  ['parse (text → table)', parsed.ms],
  ['suggestMapping', mapping.ms],
  ['checkTable', checked.ms],
  ['importFile (all of it)', whole.ms],
];

const stored: ParticipantTable = { headers: table.headers, rows: table.rows.map((cells, index) => ({ id: `row-${index}`, row: table.rowNumbers[index]!, cells })) };
const views = time(() => rowViews(stored, mapping.value, checked.value), runs);
const list = views.value;
rows.push(
  ['rowViews (join rows, people, issues)', views.ms],
  ['summarise', time(() => summarise(list), runs).ms],
  ['sortRows by name', time(() => sortRows(list, { column: 'name', direction: 'ascending' }), runs).ms],
  ['sortRows by capacity, descending', time(() => sortRows(list, { column: 'capacity', direction: 'descending' }), runs).ms],
  ['filterRows status = error', time(() => filterRows(list, { ...NO_FILTER, status: 'error' }), runs).ms],
  ['filterRows search "jansen fin"', time(() => filterRows(list, { ...NO_FILTER, query: 'jansen fin' }), runs).ms],
  ['filter + search + sort + page', time(() => pageOf(sortRows(filterRows(list, { status: 'all', role: 'mentor', query: 'e' }), { column: 'department', direction: 'ascending' }), 3), runs).ms],
);

const width = Math.max(...rows.map(([label]) => label.length));
for (const [label, ms] of rows) console.log(`  ${label.padEnd(width)}  ${ms.toFixed(2).padStart(8)} ms`);
console.log(`  → ${participants.length} people, ${errors} errors, ${issues.length - errors} warnings; ${list.filter((view) => view.status === 'error').length} rows with errors`);
