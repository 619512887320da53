// Number words in Dutch and English, checked together because people mix languages.
// "een", "one", "a" are left out on purpose: they are mostly articles ("een presentatie").

const UNITS: Record<string, number> = {
  twee: 2, drie: 3, vier: 4, vijf: 5, zes: 6, zeven: 7, acht: 8, negen: 9, tien: 10,
  elf: 11, twaalf: 12, dertien: 13, veertien: 14, vijftien: 15, zestien: 16, zeventien: 17,
  achttien: 18, negentien: 19, twintig: 20, dertig: 30, veertig: 40, vijftig: 50, zestig: 60,
  zeventig: 70, tachtig: 80, negentig: 90, honderd: 100, duizend: 1000,
  two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60,
  seventy: 70, eighty: 80, ninety: 90, hundred: 100, thousand: 1000, dozen: 12,
  twice: 2, once: 1,
};

const DUTCH_ONES: Record<string, number> = {
  een: 1, twee: 2, drie: 3, vier: 4, vijf: 5, zes: 6, zeven: 7, acht: 8, negen: 9,
};
const DUTCH_TENS: Record<string, number> = {
  twintig: 20, dertig: 30, veertig: 40, vijftig: 50, zestig: 60, zeventig: 70, tachtig: 80, negentig: 90,
};
const DUTCH_COMPOUND = /^(een|twee|drie|vier|vijf|zes|zeven|acht|negen)en(twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig)$/;
const ENGLISH_COMPOUND = /^(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(one|two|three|four|five|six|seven|eight|nine)$/;

/** Value of a normalised number word ("drie", "vijfentwintig", "twenty-one"), or null. */
export function numberWordValue(word: string): number | null {
  const direct = UNITS[word];
  if (direct !== undefined) return direct;
  const dutch = DUTCH_COMPOUND.exec(word);
  if (dutch) return (DUTCH_ONES[dutch[1] ?? ''] ?? 0) + (DUTCH_TENS[dutch[2] ?? ''] ?? 0);
  const english = ENGLISH_COMPOUND.exec(word);
  if (english) return (UNITS[english[1] ?? ''] ?? 0) + (UNITS[english[2] ?? ''] ?? 0);
  return null;
}

/** Regex source matching any number word, including the compounds. */
export const NUMBER_WORD_SOURCE = [
  ...Object.keys(UNITS).sort((a, b) => b.length - a.length),
  DUTCH_COMPOUND.source.slice(1, -1),
  ENGLISH_COMPOUND.source.slice(1, -1),
]
  .join('|')
  // Callers add their own capture groups; ours must not shift their numbering.
  .replace(/\((?!\?)/g, '(?:');
