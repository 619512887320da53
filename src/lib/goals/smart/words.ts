// The words the SMART check and the deadline finder recognise, normalised (lower case, no
// diacritics; see normaliseText) and, in phrases, with spaces that match any whitespace.
// Dutch and English live side by side and are always checked together, on both sites:
// people write a goal in the language it came to them in, so a Dutch page must still see
// "Give two workshops within 6 weeks" as specific, measurable and time-bound.

// ── Action verbs ─────────────────────────────────────────────────────────────────────
// Concrete verbs: an outsider could see you doing them. Dutch word order often puts
// the verb late ("Ik wil voor maart drie presentaties geven"), so the check looks for
// them anywhere in the statement rather than only at the start.

// [infinitive, first person]; "hij/zij" forms (stem + t) are derived.
const DUTCH: readonly (readonly [string, string])[] = [
  ['geven', 'geef'], ['presenteren', 'presenteer'], ['schrijven', 'schrijf'], ['lezen', 'lees'],
  ['afronden', 'rond'], ['behalen', 'behaal'], ['halen', 'haal'], ['organiseren', 'organiseer'],
  ['voeren', 'voer'], ['afspreken', 'spreek'], ['plannen', 'plan'], ['inplannen', 'plan'], ['leiden', 'leid'],
  ['bouwen', 'bouw'], ['maken', 'maak'], ['volgen', 'volg'], ['voltooien', 'voltooi'],
  ['opleveren', 'lever'], ['leveren', 'lever'], ['publiceren', 'publiceer'], ['begeleiden', 'begeleid'],
  ['coachen', 'coach'], ['interviewen', 'interview'], ['bezoeken', 'bezoek'], ['opstellen', 'stel'],
  ['uitvoeren', 'voer'], ['bijwonen', 'woon'], ['benaderen', 'benader'], ['vragen', 'vraag'],
  ['uitnodigen', 'nodig'], ['delen', 'deel'], ['trainen', 'train'], ['oefenen', 'oefen'],
  ['leren', 'leer'], ['afleggen', 'leg'], ['bespreken', 'bespreek'], ['ontwerpen', 'ontwerp'],
  ['lanceren', 'lanceer'], ['invoeren', 'voer'], ['opzetten', 'zet'], ['starten', 'start'],
  ['meelopen', 'loop'], ['voorbereiden', 'bereid'], ['verzamelen', 'verzamel'], ['noteren', 'noteer'],
  ['bellen', 'bel'], ['mailen', 'mail'], ['spreken', 'spreek'], ['ontmoeten', 'ontmoet'],
  ['kennismaken', 'maak'], ['netwerken', 'netwerk'], ['nomineren', 'nomineer'], ['voordragen', 'draag'],
  ['selecteren', 'selecteer'], ['evalueren', 'evalueer'], ['herschrijven', 'herschrijf'],
  ['vertalen', 'vertaal'], ['automatiseren', 'automatiseer'], ['documenteren', 'documenteer'],
  ['reviewen', 'review'], ['beoordelen', 'beoordeel'], ['opvragen', 'vraag'],
  ['aanvragen', 'vraag'], ['indienen', 'dien'], ['introduceren', 'introduceer'], ['onderzoeken', 'onderzoek'],
  ['zoeken', 'zoek'], ['vinden', 'vind'], ['sluiten', 'sluit'], ['houden', 'houd'],
  ['doorlopen', 'doorloop'], ['hosten', 'host'], ['modereren', 'modereer'], ['signaleren', 'signaleer'],
  ['bespreekbaar maken', 'maak'], ['navragen', 'vraag'], ['samenvatten', 'vat'], ['ophalen', 'haal'],
  ['verhogen', 'verhoog'], ['verlagen', 'verlaag'], ['verminderen', 'verminder'], ['verkorten', 'verkort'],
  ['halveren', 'halveer'], ['verdubbelen', 'verdubbel'], ['terugbrengen', 'breng'],
];

// "Op 1 juni heb ik vijf klanten gesproken": goals are often written as the finished result.
const DUTCH_PARTICIPLES: readonly string[] = [
  'gegeven', 'geschreven', 'gelezen', 'afgerond', 'behaald', 'gehaald', 'georganiseerd', 'gevoerd',
  'gesproken', 'gepresenteerd', 'gepubliceerd', 'opgeleverd', 'geleverd', 'gevolgd', 'voltooid',
  'gebouwd', 'gemaakt', 'begeleid', 'gecoacht', 'geinterviewd', 'bezocht', 'opgesteld', 'uitgevoerd',
  'bijgewoond', 'benaderd', 'gevraagd', 'uitgenodigd', 'gedeeld', 'getraind', 'geoefend', 'geleerd',
  'besproken', 'ontworpen', 'gelanceerd', 'opgezet', 'gestart', 'meegelopen', 'voorbereid', 'verzameld',
  'gebeld', 'genetwerkt', 'voorgedragen', 'geselecteerd', 'geevalueerd', 'ingediend', 'aangevraagd',
  'gehouden', 'verhoogd', 'verlaagd', 'verminderd', 'gehalveerd', 'verdubbeld', 'geleid', 'gepland',
  'ingepland', 'afgesproken', 'afgelegd', 'ontmoet', 'gevonden', 'gesloten',
];

const ENGLISH: readonly string[] = [
  'give', 'present', 'write', 'read', 'complete', 'finish', 'deliver', 'publish', 'organise',
  'organize', 'lead', 'run', 'host', 'schedule', 'hold', 'meet', 'interview', 'attend', 'build',
  'create', 'design', 'launch', 'pass', 'obtain', 'earn', 'mentor', 'coach', 'shadow', 'introduce',
  'contact', 'ask', 'prepare', 'review', 'draft', 'submit', 'teach', 'train', 'learn', 'practise',
  'practice', 'visit', 'join', 'record', 'collect', 'call', 'email', 'invite',
  'share', 'plan', 'set', 'hand', 'nominate', 'recommend', 'select', 'evaluate', 'rewrite',
  'translate', 'automate', 'document', 'apply', 'identify', 'facilitate',
  'moderate', 'chair', 'take', 'make', 'sign', 'reach', 'talk', 'speak', 'send',
  'summarise', 'summarize', 'gather', 'request', 'pair', 'sit', 'test', 'ship', 'close', 'increase', 'reduce', 'raise', 'cut', 'lower',
  'halve', 'double', 'shorten',
];

function dutchForms([infinitive, stem]: readonly [string, string]): string[] {
  return [...infinitive.split(' '), stem, stem.endsWith('t') ? stem : `${stem}t`];
}

function englishForms(verb: string): string[] {
  const last = verb.at(-1) ?? '';
  const base = verb.endsWith('e') ? verb.slice(0, -1) : verb;
  const forms = [verb, `${verb}s`, `${base}ed`, `${base}ing`, `${verb}${last}ing`, `${verb}${last}ed`];
  if (verb.endsWith('y')) forms.push(`${verb.slice(0, -1)}ies`, `${verb.slice(0, -1)}ied`);
  return forms;
}

// Left out on purpose: 'met' and 'gave', which are everyday Dutch words ("with", "gift").
const IRREGULAR_ENGLISH = ['given', 'wrote', 'written', 'led', 'held', 'built', 'spoken', 'found', 'taught', 'ran', 'took', 'made', 'spoke', 'sent'];

const ACTION_VERB_FORMS: ReadonlySet<string> = new Set([
  ...DUTCH.flatMap(dutchForms).filter((form) => form.length > 2),
  ...DUTCH_PARTICIPLES,
  ...ENGLISH.flatMap(englishForms),
  ...IRREGULAR_ENGLISH,
]);

// Right after one of these, "plan", "test", "lead" or "mentor" is a noun: "een plan",
// "a team lead", "een goede mentor".
const BEFORE_NOUNS = new Set([
  'a', 'an', 'the', 'my', 'our', 'your', 'his', 'her', 'their', 'this', 'that', 'team', 'tech', 'project',
  'een', 'de', 'het', 'mijn', 'ons', 'onze', 'jouw', 'zijn', 'haar', 'hun', 'dit', 'deze', 'die', 'dat',
  'good', 'great', 'better', 'new', 'own', 'real', 'goed', 'goede', 'betere', 'nieuwe', 'eigen', 'echte', 'fijne',
]);

export function findActionVerb(wordsOfText: readonly string[]): string | null {
  return wordsOfText.find((word, index) => ACTION_VERB_FORMS.has(word) && !BEFORE_NOUNS.has(wordsOfText[index - 1] ?? '')) ?? null;
}

// ── Vague phrases ────────────────────────────────────────────────────────────────────
// "beter in plannen", "better at planning", "improve my planning": the word after the
// vague part is a topic, not the action, even when it looks like a verb.
const TOPIC = '[\\p{L}-]+(?:\\s+(?:en|and|of|or)\\s+[\\p{L}-]+)*';
// Dutch puts the verb of the topic last: "beter worden in feedback geven" is still the topic.
const TOPIC_NL = '[\\p{L}-]+(?:\\s+[\\p{L}-]+en(?![\\p{L}]))?(?:\\s+(?:en|of)\\s+[\\p{L}-]+)*';
export const VAGUE_PATTERNS: readonly string[] = [
  `beter(?:\\s+worden)?\\s+in\\s+${TOPIC_NL}`,
  `goed\\s+worden\\s+in\\s+${TOPIC_NL}`,
  `better\\s+at\\s+${TOPIC}`,
  `(?:improve|improving|develop|developing|work\\s+on|working\\s+on)\\s+(?:my|our|the|his|her|their)\\s+${TOPIC}`,
  `(?:verbeteren|verbeter|ontwikkelen|ontwikkel|werken\\s+aan|werk\\s+aan)\\s+(?:van\\s+)?(?:mijn|ons|onze|de|het|zijn|haar)\\s+${TOPIC}`,
];

// Phrases that sound like a goal but do not say what you will actually do.
export const VAGUE_PHRASES: readonly string[] = [
  // Dutch
  'beter worden', 'beter maken', 'beter leren', 'verbeteren', 'verbeter', 'verbetert',
  'werken aan', 'werk aan', 'werkt aan', 'meer', 'beter', 'ontwikkelen', 'ontwikkel',
  'groeien', 'groei', 'proberen', 'probeer', 'focussen op', 'focus op', 'aandacht besteden aan',
  'sterker worden', 'sterker', 'leuker', 'optimaliseren', 'versterken', 'versterk',
  'bezig zijn met', 'bezig met',
  // English
  'get better', 'become better', 'be better', 'improve', 'improves', 'improving', 'work on',
  'working on', 'more', 'better', 'develop', 'develops', 'developing', 'grow', 'growing',
  'try to', 'try', 'focus on', 'enhance', 'boost', 'strengthen', 'optimise', 'optimize',
];

// A vague phrase passes only with a concrete situation or measure beside it: a number or a
// measure (see MEASURE_PHRASES), or a recurring situation ("na elk teamoverleg", "in every
// one-to-one"). "Be more confident in meetings" names a place, not when or how often.
export const SITUATION_PATTERNS: readonly string[] = [
  '(?:elk|elke|ieder|iedere|every|each)\\s+[\\p{L}-]+',
  '(?:minstens|minimaal|ten\\s+minste|at\\s+least)\\s+[\\p{L}\\p{N}-]+',
];

// ── Measures ─────────────────────────────────────────────────────────────────────────
// Observable results and frequencies that make a goal checkable without a number.
export const MEASURE_PHRASES: readonly string[] = [
  // Dutch
  'certificaat', 'certificering', 'gecertificeerd', 'diploma', 'examen', 'geslaagd', 'slagen voor',
  'presentatie gegeven', 'presentatie geven', 'gepresenteerd', 'gepubliceerd', 'publicatie',
  'goedgekeurd', 'goedkeuring', 'opgeleverd', 'afgerond', 'ondertekend', 'aangenomen', 'gepromoveerd',
  'portfolio', 'feedbackformulier', 'wekelijks', 'tweewekelijks', 'maandelijks', 'dagelijks',
  'elke week', 'iedere week', 'elke maand', 'iedere maand', 'elke dag', 'per week', 'per maand',
  'procent',
  // English
  'certificate', 'certification', 'certified', 'diploma', 'exam', 'passed', 'published',
  'publication', 'approved', 'approval', 'delivered', 'signed off', 'launched', 'promoted',
  'presented', 'portfolio', 'weekly', 'fortnightly', 'monthly', 'daily', 'every week',
  'every month', 'every day', 'a week', 'a month', 'per cent', 'percent',
];

// ── Number words ─────────────────────────────────────────────────────────────────────
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

// ── Month names ──────────────────────────────────────────────────────────────────────
// Month names and abbreviations in both languages, for reading dates; dates.ts writes them.
export const MONTH_NUMBERS: Readonly<Record<string, number>> = {
  januari: 1, january: 1, jan: 1,
  februari: 2, february: 2, feb: 2, febr: 2,
  maart: 3, march: 3, mrt: 3, mar: 3,
  april: 4, apr: 4,
  mei: 5, may: 5,
  juni: 6, june: 6, jun: 6,
  juli: 7, july: 7, jul: 7,
  augustus: 8, august: 8, aug: 8,
  september: 9, sept: 9, sep: 9,
  oktober: 10, october: 10, okt: 10, oct: 10,
  november: 11, nov: 11,
  december: 12, dec: 12,
};
