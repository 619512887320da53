// Phrases that sound like a goal but do not say what you will actually do.
// Normalised (lower case, no diacritics); spaces match any whitespace.
export const VAGUE_PHRASES: readonly string[] = [
  // Dutch
  'beter worden', 'beter maken', 'beter leren', 'verbeteren', 'verbeter', 'verbetert',
  'werken aan', 'werk aan', 'werkt aan', 'meer', 'beter', 'ontwikkelen', 'ontwikkel',
  'groeien', 'groei', 'proberen', 'probeer', 'focussen op', 'focus op', 'aandacht besteden aan',
  'sterker worden', 'sterker', 'leuker', 'optimaliseren', 'versterken', 'versterk',
  'bezig zijn met', 'bezig met', 'ooit', 'zo snel mogelijk', 'binnenkort',
  // English
  'get better', 'become better', 'be better', 'improve', 'improves', 'improving', 'work on',
  'working on', 'more', 'better', 'develop', 'develops', 'developing', 'grow', 'growing',
  'try to', 'try', 'focus on', 'enhance', 'boost', 'strengthen', 'optimise', 'optimize',
  'someday', 'asap', 'as soon as possible', 'soon',
];
