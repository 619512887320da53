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

export const ACTION_VERB_FORMS: ReadonlySet<string> = new Set([
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
