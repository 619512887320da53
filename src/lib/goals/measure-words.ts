// Observable results and frequencies that make a goal checkable without a number.
// Normalised; spaces match any whitespace.
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
