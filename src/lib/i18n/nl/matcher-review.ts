import type { MessageTable } from '../table.ts';

// Woorden bij het beoordelen en bijstellen van de koppelingen: wat een wijziging met de hand
// doet, wat die kost, en de doelen die naast elkaar worden gezet.

export const matcherReview = {
  'matcher.review.change.swap': '{a} en {b} ruilen van plek',
  'matcher.review.change.move': '{name} gaat naar de groep van {to}',
  'matcher.review.change.assign': '{name} koppelen aan {to}',
  'matcher.review.change.lock': '{a} en {b} vastzetten',
  'matcher.review.change.forbid': '{a} en {b} nooit meer koppelen',
  'matcher.review.preview.invalid': 'Deze wijziging kan hier niet: kies twee andere mensen.',
  'matcher.review.preview.breaksRule': '{names}: dit gaat tegen een harde regel in ({rule}). Je kunt het toch doen; de koppeling wordt dan zo gemarkeerd.',
  'matcher.review.preview.becomesUnmatched': '{name} heeft daarna geen koppeling meer.',
  'matcher.review.preview.becomesMatched': '{name} krijgt een koppeling.',
  'matcher.review.preview.overCapacity': '{name} krijgt meer mentees dan afgesproken.',
  'matcher.review.objective.total': 'Hoogste totaalscore',
  'matcher.review.objective.fairness': 'Eerlijkst (beste laagste koppeling)',
  'matcher.review.objective.stable': 'Stabiel op basis van voorkeuren',
  'matcher.review.filter.all': 'Alle koppelingen',
  'matcher.review.filter.lowScore': 'Lage scores',
  'matcher.review.filter.unmatched': 'Niet gekoppeld',
  'matcher.review.filter.locked': 'Vastgezet',
  'matcher.review.filter.changedByHand': 'Met de hand aangepast',
  'matcher.review.filter.notApproved': 'Nog niet goedgekeurd',
  'matcher.review.exit.mismatch': 'Het klikte niet',
  'matcher.review.exit.schedule': 'De agenda’s pasten niet',
  'matcher.review.exit.leftOrganisation': 'Uit dienst gegaan',
  'matcher.review.exit.other': 'Andere reden',
} as const satisfies MessageTable;
