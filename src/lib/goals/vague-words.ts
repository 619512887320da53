// "beter in plannen", "better at planning", "improve my planning": the word after the
// vague part is a topic, not the action, even when it looks like a verb.
const TOPIC = '[\\p{L}-]+(?:\\s+(?:en|and|of|or)\\s+[\\p{L}-]+)*';
export const VAGUE_PATTERNS: readonly string[] = [
  `beter(?:\\s+worden)?\\s+in\\s+${TOPIC}`,
  `goed\\s+worden\\s+in\\s+${TOPIC}`,
  `better\\s+at\\s+${TOPIC}`,
  `(?:improve|improving|develop|developing|work\\s+on|working\\s+on)\\s+(?:my|our|the|his|her|their)\\s+${TOPIC}`,
  `(?:verbeteren|verbeter|ontwikkelen|ontwikkel|werken\\s+aan|werk\\s+aan)\\s+(?:van\\s+)?(?:mijn|ons|onze|de|het|zijn|haar)\\s+${TOPIC}`,
];

// Phrases that sound like a goal but do not say what you will actually do.
// Normalised (lower case, no diacritics); spaces match any whitespace.
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
