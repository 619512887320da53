import type { MessageKey } from '../../lib/i18n/message.ts';
import type { SectionId } from '../../lib/agreements/index.ts';

// Which message family names the values of a choice field: the model keeps values, the tables
// keep words, and this is the one place that ties a field to its words.

const CHOICE_FAMILY: Readonly<Record<string, string>> = {
  'meetings.frequency': 'frequency',
  'meetings.format': 'format',
  'meetings.scheduler': 'who',
  'meetings.agenda': 'who',
  'contact.channels': 'channel',
  'contact.lapseAction': 'lapse',
  'confidentiality.exceptions': 'exception',
  'feedback.style': 'feedback',
  'difficulties.mediator': 'mediator',
  'coordinator.sees': 'coordinator',
};

/** The label of one value of a choice field, e.g. ('meetings', 'format', 'walking') → "walking". */
export function choiceKey(section: SectionId, field: string, value: string): MessageKey {
  const family = CHOICE_FAMILY[`${section}.${field}`] ?? field;
  return `agreements.choice.${family}.${value}` as MessageKey;
}

export const whoKey = (who: string): MessageKey => `agreements.choice.who.${who}` as MessageKey;
export const roleKey = (role: string): MessageKey => `agreements.role.${role}` as MessageKey;
export const responsibilityKey = (standard: string): MessageKey => `agreements.responsibility.${standard}` as MessageKey;
export const sectionKey = (section: SectionId): MessageKey => `agreements.section.${section}` as MessageKey;
export const fieldLabelKey = (section: SectionId, field: string): MessageKey => `agreements.ui.label.${section}.${field}` as MessageKey;
