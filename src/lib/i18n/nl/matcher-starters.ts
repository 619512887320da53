import type { MessageTable } from '../table.ts';

// Gespreksstarters voor de koppelkaarten: onderwerpen bij een leerdoel of een gedeelde
// interesse, algemene ijsbrekers, en wat er in een eerste gesprek aan bod komt (uit De vijf fasen).

export const matcherStarters = {
  'matcher.starters.goal.1': 'Wat wil je over een half jaar kunnen op het gebied van {goal} dat nu nog niet lukt?',
  'matcher.starters.goal.2': 'Vertel elkaar over een keer dat {goal} je goed afging, en over een keer dat het tegenviel.',
  'matcher.starters.goal.3': 'Waaraan merk je straks dat je vooruitgaat met {goal}? Spreek samen één teken af.',
  'matcher.starters.goal.4': 'Wie ken je die sterk is in {goal}? Wat doet die persoon anders dan jij?',
  'matcher.starters.offered.1': 'Hoe heb jij {goal} zelf onder de knie gekregen, en wat had je achteraf eerder willen weten?',
  'matcher.starters.offered.2': 'Waar lopen mensen die net met {goal} beginnen meestal op vast?',
  'matcher.starters.offered.3': 'Welke kleine oefening met {goal} kan de mentee vóór jullie volgende afspraak al doen?',
  'matcher.starters.interest.1': 'Jullie hebben allebei iets met {interest}. Hoe zijn jullie daar ooit in verzeild geraakt?',
  'matcher.starters.interest.2': 'Heeft {interest} je iets geleerd waar je op je werk ook wat aan hebt?',
  'matcher.starters.interest.3': 'Wat is het mooiste dat je met {interest} hebt meegemaakt?',
  'matcher.starters.interest.4': 'Stel dat je de ander een middag meeneemt naar {interest}: wat laat je als eerste zien?',
  'matcher.starters.general.1': 'Wat deed je in je allereerste baan, en wat neem je daar nog steeds van mee?',
  'matcher.starters.general.2': 'Waar word je op een gewone werkdag blij van, en waar zie je tegen op?',
  'matcher.starters.general.3': 'Wie heeft jou ooit echt verder geholpen, en hoe pakte die dat aan?',
  'matcher.starters.general.4': 'Welk advies kreeg je ooit dat je nog altijd gebruikt?',
  'matcher.starters.general.5': 'Waar sta je graag over een jaar, en wat houdt je nu nog tegen?',
  'matcher.starters.general.6': 'Wat weten je collega’s meestal niet van je?',
  'matcher.starters.general.7': 'Waar ben je de laatste tijd trots op, ook al heeft niemand het gezien?',
  'matcher.starters.general.8': 'Wanneer vind je deze samenwerking over een paar maanden de moeite waard geweest?',
  'matcher.starters.checklist.why': 'Vertel elkaar waarom je meedoet en wat er aan het eind anders moet zijn.',
  'matcher.starters.checklist.strengths': 'Noem allebei twee of drie sterke punten die je meebrengt.',
  'matcher.starters.checklist.expectations': 'Bespreek wat je van elkaar verwacht en wie wat voorbereidt.',
  'matcher.starters.checklist.contact': 'Spreek af hoe vaak jullie elkaar zien, via welk kanaal en hoeveel tijd per maand erin gaat.',
  'matcher.starters.checklist.boundaries': 'Zeg welke onderwerpen gevoelig zijn en wat tussen jullie blijft.',
  'matcher.starters.checklist.goals': 'Loop de eerste versie van de leerdoelen van de mentee door en maak ze samen SMART.',
  'matcher.starters.checklist.network': 'Vraag hoeveel van het eigen netwerk de mentor wil openzetten.',
  'matcher.starters.checklist.difficult': 'Leg vast wat je doet als het schuurt of als een afspraak niet wordt nagekomen.',
  'matcher.starters.checklist.next': 'Prik de volgende afspraak en zet de mentoringovereenkomst binnen een paar weken op papier.',
} as const satisfies MessageTable;
