import { addMonths, isAllowedDate } from '../calendar/dates.ts';
import type { MessageKey } from '../i18n/message.ts';
import type {
  Agreement, DocumentLanguage, IdFactory, IsoDate, IsoDateTime, Party, PartyRole, Responsibility, SectionId, Sections,
  StandardResponsibility, TemplateId, Who,
} from './model.ts';
import { emptyCalendar, LIMITS, SECTION_IDS } from './model.ts';

// The five starting points. Each fills in sensible defaults as data (choices, numbers, dates,
// standard responsibilities rendered from message keys in the document's language) and leaves out
// the sections that do not apply; nothing here is a word.

export interface TemplateContext {
  newId: IdFactory;
  now: IsoDateTime;
  language: DocumentLanguage;
  /** When given, the duration starts on this day. */
  today?: IsoDate;
  /** Group template only: how many mentees (2 to LIMITS.parties − 1; 3 by default). */
  mentees?: number;
}

export interface TemplateDefinition {
  id: TemplateId;
  name: MessageKey;
  description: MessageKey;
  roles: (mentees: number) => PartyRole[];
  /** The sections that apply, in document order; the others are hidden. */
  sections: readonly SectionId[];
  /** How long the mentoring runs by default, in months. */
  months: number;
  defaults: (newId: IdFactory) => Partial<Sections>;
}

const ALL = SECTION_IDS;
const without = (...hidden: SectionId[]): SectionId[] => ALL.filter((section) => !hidden.includes(section));

function responsibilities(newId: IdFactory, items: [Who, StandardResponsibility][]): Responsibility[] {
  return items.map(([who, standard]) => ({ id: newId(), who, standard, text: '' }));
}

function baseSections(newId: IdFactory): Sections {
  return {
    purpose: { purpose: '', goals: [] },
    duration: { start: null, end: null, review: null },
    meetings: { frequency: 'monthly', minutes: 60, format: 'onSite', place: '', scheduler: 'mentee', agenda: 'mentee', noticeHours: 24 },
    contact: { channels: ['email'], replyDays: 3, lapseWeeks: 4, lapseAction: 'mentorReachesOut' },
    confidentiality: { confidential: true, exceptions: ['safety', 'integrity', 'law'], otherException: '' },
    boundaries: { offLimits: '', notLineManager: true, noAppraisalRole: true },
    responsibilities: {
      items: responsibilities(newId, [['mentee', 'prepare'], ['mentee', 'followUp'], ['mentor', 'shareExperience'], ['mentor', 'askQuestions'], ['both', 'keepAppointments'], ['both', 'beHonest']]),
    },
    network: { offered: true, note: '' },
    feedback: { style: 'direct', note: '' },
    difficulties: { mediator: 'coordinator', mediatorName: '', note: '' },
    exit: { noFault: true, closingConversation: true, note: '' },
    closure: { celebration: '', rerateGoals: true },
    coordinator: { sees: ['meetingDates'] },
  };
}

const peerSections = (newId: IdFactory): Partial<Sections> => {
  const base = baseSections(newId);
  return {
    ...base,
    meetings: { ...base.meetings, frequency: 'fortnightly', scheduler: 'both', agenda: 'both' },
    contact: { ...base.contact, lapseAction: 'coordinatorAsks' },
    boundaries: { ...base.boundaries, notLineManager: false, noAppraisalRole: true },
    responsibilities: {
      items: responsibilities(newId, [['both', 'prepare'], ['both', 'learnFromEachOther'], ['both', 'keepAppointments'], ['both', 'respectTime'], ['both', 'beHonest']]),
    },
  };
};

export const TEMPLATES: Readonly<Record<TemplateId, TemplateDefinition>> = {
  oneOnOne: {
    id: 'oneOnOne', name: 'agreements.template.oneOnOne', description: 'agreements.template.oneOnOne.description',
    roles: () => ['mentor', 'mentee'], sections: ALL, months: 6, defaults: baseSections,
  },
  peerDuo: {
    id: 'peerDuo', name: 'agreements.template.peerDuo', description: 'agreements.template.peerDuo.description',
    roles: () => ['peer', 'peer'], sections: without('network', 'coordinator'), months: 6, defaults: peerSections,
  },
  reciprocalDuo: {
    id: 'reciprocalDuo', name: 'agreements.template.reciprocalDuo', description: 'agreements.template.reciprocalDuo.description',
    roles: () => ['peer', 'peer'], sections: ALL, months: 4,
    defaults: (newId) => {
      const base = peerSections(newId);
      return { ...base, coordinator: { sees: ['meetingDates', 'goals'] }, closure: { celebration: '', rerateGoals: true } };
    },
  },
  group: {
    id: 'group', name: 'agreements.template.group', description: 'agreements.template.group.description',
    roles: (mentees) => ['mentor', ...Array.from({ length: mentees }, () => 'mentee' as const)], sections: ALL, months: 6,
    defaults: (newId) => {
      const base = baseSections(newId);
      return {
        ...base,
        meetings: { ...base.meetings, minutes: 90, scheduler: 'mentor', agenda: 'both' },
        contact: { ...base.contact, channels: ['email', 'chat'] },
        responsibilities: {
          items: responsibilities(newId, [['mentor', 'shareExperience'], ['mentor', 'askQuestions'], ['mentee', 'prepare'], ['mentee', 'respectTime'], ['both', 'keepAppointments'], ['both', 'beHonest']]),
        },
      };
    },
  },
  reverse: {
    id: 'reverse', name: 'agreements.template.reverse', description: 'agreements.template.reverse.description',
    roles: () => ['mentor', 'mentee'], sections: ALL, months: 6,
    defaults: (newId) => {
      const base = baseSections(newId);
      return {
        ...base,
        meetings: { ...base.meetings, scheduler: 'mentee', agenda: 'both' },
        responsibilities: {
          items: responsibilities(newId, [['mentor', 'shareExperience'], ['mentee', 'askQuestions'], ['mentee', 'respectTime'], ['both', 'learnFromEachOther'], ['both', 'beHonest']]),
        },
      };
    },
  },
};

/** The default value of one section for a template (when a hidden section is switched on). */
export function defaultSection<S extends SectionId>(template: TemplateId, section: S, newId: IdFactory): Sections[S] {
  const defaults = TEMPLATES[template].defaults(newId);
  return (defaults[section] ?? baseSections(newId)[section]) as Sections[S];
}

function create(template: TemplateId, context: TemplateContext): Agreement {
  const definition = TEMPLATES[template];
  const mentees = Math.min(LIMITS.parties - 1, Math.max(2, Math.round(context.mentees ?? 3)));
  const parties: Party[] = definition.roles(mentees).map((role) => ({ id: context.newId(), role, name: '', contact: '' }));
  const defaults = definition.defaults(context.newId);
  const sections: Partial<Record<SectionId, unknown>> = {};
  for (const section of definition.sections) sections[section] = defaults[section];
  if (isAllowedDate(context.today) && sections.duration) {
    sections.duration = { start: context.today, end: addMonths(context.today, definition.months), review: addMonths(context.today, definition.months / 2) };
  }
  return {
    id: context.newId(),
    title: '',
    template,
    language: context.language,
    parties,
    sections: sections as Partial<Sections>,
    calendar: emptyCalendar(),
    archived: false,
    signatures: [],
    history: [],
    createdAt: context.now,
    updatedAt: context.now,
  };
}

export const oneOnOne = (context: TemplateContext): Agreement => create('oneOnOne', context);
export const peerDuo = (context: TemplateContext): Agreement => create('peerDuo', context);
export const reciprocalDuo = (context: TemplateContext): Agreement => create('reciprocalDuo', context);
export const group = (context: TemplateContext): Agreement => create('group', context);
export const reverse = (context: TemplateContext): Agreement => create('reverse', context);

export function createFromTemplate(template: TemplateId, context: TemplateContext): Agreement {
  return create(template, context);
}
