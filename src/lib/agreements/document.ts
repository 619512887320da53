import type { Message, MessageKey, MessageParams } from '../i18n/message.ts';
import type {
  Agreement, BoundariesSection, ClosureSection, ConfidentialitySection, ContactSection, CoordinatorSection, DifficultiesSection,
  DocumentLanguage, DurationSection, ExitSection, FeedbackSection, IsoDate, MeetingsSection, NetworkSection, PartyRole,
  PurposeSection, ResponsibilitiesSection, SectionId, Sections, Who,
} from './model.ts';
import { SECTION_IDS, WHO } from './model.ts';

// The agreement as the pair reads, prints and signs it: a structure of Messages (keys under
// `agreements.doc.*`, src/lib/i18n/*/agreement-document.ts) that the island renders as HTML and
// markdown.ts as Markdown. Every sentence is a whole sentence of the table, so each language keeps
// its own word order; only choice labels and section names are reused inside them.

/** A paragraph of whole sentences, or a list under an optional lead-in sentence. */
export type DocumentBlock =
  | { readonly kind: 'paragraph'; readonly sentences: readonly Message[] }
  /** What a party wrote, verbatim: line breaks are theirs. */
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'list'; readonly intro: Message | null; readonly items: readonly Message[] };

export interface DocumentSection {
  readonly id: SectionId;
  /** 1, 2, … in document order over the sections present, so leaving one out leaves no gap. */
  readonly number: number;
  readonly heading: Message;
  readonly blocks: readonly DocumentBlock[];
}

export interface DocumentParty {
  readonly partyId: string;
  readonly role: Message;
  readonly name: Message;
  /** null when the party left it empty. */
  readonly contact: string | null;
}

export interface DocumentSignatureLine {
  readonly partyId: string;
  readonly role: Message;
  /** The name on the document, '' when none was filled in (a line to write it on). */
  readonly name: string;
  /** null: not signed here, so the printed copy gets empty lines to sign on paper. */
  readonly signed: { readonly name: string; readonly date: IsoDate; readonly statement: Message } | null;
}

export interface AgreementDocumentModel {
  readonly language: DocumentLanguage;
  readonly title: Message;
  readonly kind: Message;
  readonly parties: { readonly heading: Message; readonly intro: Message; readonly items: readonly DocumentParty[] };
  readonly sections: readonly DocumentSection[];
  readonly signatures: {
    readonly heading: Message;
    readonly intro: Message;
    readonly labels: { readonly name: Message; readonly date: Message; readonly signature: Message };
    readonly lines: readonly DocumentSignatureLine[];
  };
  /** null when the fingerprint has not been computed (yet). */
  readonly fingerprint: { readonly code: Message; readonly explained: Message } | null;
  readonly notLegal: Message;
}

export interface DocumentOptions {
  /** The short code (`shortCode()` of fingerprint.ts), or null when it is not computed. */
  fingerprint: string | null;
  /** Titles of SMART goals by id, so a goal linked to the goals workbook shows its title. */
  smartGoalTitles?: ReadonlyMap<string, string>;
}

/** The key that marks an ISO date among the params; `localizeDates` formats it in the document's language. */
export const DOCUMENT_DATE_KEY = 'agreements.doc.date' satisfies MessageKey;

const message = (key: MessageKey, params?: MessageParams): Message => (params === undefined ? { key } : { key, params });
const dateParam = (iso: IsoDate): Message => message(DOCUMENT_DATE_KEY, { date: iso });
const paragraph = (...sentences: Message[]): DocumentBlock => ({ kind: 'paragraph', sentences });
const filled = (text: string): string | null => (text.trim() === '' ? null : text.trim());
const textBlocks = (text: string): DocumentBlock[] => {
  const value = filled(text);
  return value === null ? [] : [{ kind: 'text', text: value }];
};

/** Replaces every date marker's ISO date by `formatDate(iso)`, at any depth, before translating. */
export function localizeDates(value: Message, formatDate: (iso: IsoDate) => string): Message {
  if (value.params === undefined) return value;
  const params: Record<string, MessageParams[string]> = {};
  for (const [name, param] of Object.entries(value.params)) {
    params[name] = typeof param === 'object' && !Array.isArray(param) ? localizeDates(param as Message, formatDate) : param;
  }
  if (value.key === DOCUMENT_DATE_KEY && typeof params['date'] === 'string') params['date'] = formatDate(params['date']);
  return { key: value.key, params };
}

/** "a", "a en b", "a, b en c": the language's own conjunction, as nested messages. */
export function listOf(items: readonly Message[]): Message {
  if (items.length <= 1) return items[0] ?? message('agreements.doc.text', { text: '' });
  if (items.length === 2) return message('agreements.doc.list.two', { first: items[0]!, second: items[1]! });
  return message('agreements.doc.list.more', { first: items[0]!, rest: listOf(items.slice(1)) });
}

/** Who the people in the agreement are, so the sentences can say "the mentee", "the mentees" or "each other". */
interface Cast {
  hasMentor: boolean;
  mentees: number;
  parties: number;
}

function castOf(agreement: Agreement): Cast {
  return {
    hasMentor: agreement.parties.some((party) => party.role === 'mentor'),
    mentees: agreement.parties.filter((party) => party.role === 'mentee').length,
    parties: agreement.parties.length,
  };
}

const ROLE_KEYS: Readonly<Record<PartyRole, MessageKey>> = {
  mentor: 'agreements.doc.role.mentor',
  mentee: 'agreements.doc.role.mentee',
  peer: 'agreements.doc.role.peer',
};

function purposeBlocks(section: PurposeSection, smartGoalTitles: ReadonlyMap<string, string>): DocumentBlock[] {
  const blocks: DocumentBlock[] = [];
  const purpose = filled(section.purpose);
  if (purpose !== null) blocks.push(paragraph(message('agreements.doc.purpose.statement', { text: purpose })));
  const goals = section.goals.flatMap((goal): Message[] => {
    const text = filled(goal.text);
    const smartTitle = goal.smartGoalId === null ? null : filled(smartGoalTitles.get(goal.smartGoalId) ?? '');
    if (text === null) return smartTitle === null ? [] : [message('agreements.doc.text', { text: smartTitle })];
    if (smartTitle === null || smartTitle === text) return [message('agreements.doc.text', { text })];
    return [message('agreements.doc.purpose.goalWithSmart', { text, title: smartTitle })];
  });
  if (goals.length > 0) blocks.push({ kind: 'list', intro: message('agreements.doc.purpose.goals', { count: goals.length }), items: goals });
  return blocks;
}

function durationBlocks(section: DurationSection): DocumentBlock[] {
  const sentences: Message[] = [];
  if (section.start !== null && section.end !== null) {
    sentences.push(message('agreements.doc.duration.period', { start: dateParam(section.start), end: dateParam(section.end) }));
  } else if (section.start !== null) {
    sentences.push(message('agreements.doc.duration.startOnly', { start: dateParam(section.start) }));
  } else if (section.end !== null) {
    sentences.push(message('agreements.doc.duration.endOnly', { end: dateParam(section.end) }));
  }
  if (section.review !== null) sentences.push(message('agreements.doc.duration.review', { date: dateParam(section.review) }));
  return sentences.length === 0 ? [] : [paragraph(...sentences)];
}

function meetingsBlocks(section: MeetingsSection, parties: number): DocumentBlock[] {
  // With more than two of us, a cancellation goes to all the others.
  const others = parties > 2 ? 'Group' : '';
  const place = filled(section.place);
  const where = place === null
    ? message(`agreements.choice.format.${section.format}`)
    : message(`agreements.doc.meetings.place.${section.format}`, { place });
  return [
    paragraph(
      message('agreements.doc.meetings.rhythm', { frequency: message(`agreements.choice.frequency.${section.frequency}`), minutes: section.minutes, where }),
      // One person doing both reads as one sentence, not the same name twice.
      section.scheduler === section.agenda
        ? message(`agreements.doc.meetings.sameWho.${section.scheduler}`)
        : message('agreements.doc.meetings.roles', {
            scheduler: message(`agreements.doc.meetings.scheduler.${section.scheduler}`),
            agenda: message(`agreements.doc.meetings.agenda.${section.agenda}`),
          }),
      section.noticeHours > 0
        ? message(`agreements.doc.meetings.notice${others}`, { count: section.noticeHours })
        : message(`agreements.doc.meetings.noticeAsap${others}`),
    ),
  ];
}

function contactBlocks(section: ContactSection): DocumentBlock[] {
  const sentences: Message[] = [];
  if (section.channels.length > 0) {
    sentences.push(message('agreements.doc.contact.channels', { channels: listOf(section.channels.map((channel) => message(`agreements.choice.channel.${channel}`))) }));
  }
  sentences.push(section.replyDays > 0 ? message('agreements.doc.contact.reply', { count: section.replyDays }) : message('agreements.doc.contact.replySameDay'));
  sentences.push(message(`agreements.doc.contact.lapse.${section.lapseAction}`, { count: section.lapseWeeks }));
  return [paragraph(...sentences)];
}

function confidentialityBlocks(section: ConfidentialitySection): DocumentBlock[] {
  if (!section.confidential) return [paragraph(message('agreements.doc.confidentiality.notConfidential'))];
  const other = filled(section.otherException);
  const exceptions = section.exceptions.flatMap((exception): Message[] => {
    // "Another exception" says nothing on paper until the parties name it.
    if (exception === 'other') return other === null ? [] : [message('agreements.doc.text', { text: other })];
    return [message(`agreements.choice.exception.${exception}`)];
  });
  const blocks: DocumentBlock[] = [paragraph(message('agreements.doc.confidentiality.confidential'))];
  if (exceptions.length > 0) blocks.push({ kind: 'list', intro: message('agreements.doc.confidentiality.exceptions'), items: exceptions });
  return blocks;
}

function audience(cast: Cast): 'mentee' | 'mentees' | 'peers' {
  if (!cast.hasMentor) return 'peers';
  return cast.mentees > 1 ? 'mentees' : 'mentee';
}

function boundariesBlocks(section: BoundariesSection, cast: Cast): DocumentBlock[] {
  const sentences: Message[] = [];
  if (section.notLineManager) sentences.push(message(`agreements.doc.boundaries.notLineManager.${audience(cast)}`));
  if (section.noAppraisalRole) sentences.push(message(`agreements.doc.boundaries.noAppraisalRole.${audience(cast)}`));
  const offLimits = filled(section.offLimits);
  const blocks: DocumentBlock[] = sentences.length > 0 ? [paragraph(...sentences)] : [];
  if (offLimits !== null) blocks.push(paragraph(message('agreements.doc.boundaries.offLimits', { text: offLimits })));
  return blocks;
}

function responsibilitiesBlocks(section: ResponsibilitiesSection, cast: Cast): DocumentBlock[] {
  const introFor = (who: Who): Message =>
    message(who === 'mentee' && cast.mentees > 1 ? 'agreements.doc.responsibilities.mentees' : `agreements.doc.responsibilities.${who}`);
  return WHO.flatMap((who): DocumentBlock[] => {
    const items = section.items.filter((item) => item.who === who).flatMap((item): Message[] => {
      const text = filled(item.text);
      if (item.standard === null) return text === null ? [] : [message('agreements.doc.text', { text })];
      const standard = message(`agreements.responsibility.${item.standard}`);
      return [text === null ? standard : message('agreements.doc.responsibilities.withNote', { standard, text })];
    });
    return items.length === 0 ? [] : [{ kind: 'list', intro: introFor(who), items }];
  });
}

function networkBlocks(section: NetworkSection, cast: Cast): DocumentBlock[] {
  const peers = cast.hasMentor ? '' : 'Peers';
  const key = section.offered ? (`agreements.doc.network.offered${peers}` as const) : (`agreements.doc.network.notOffered${peers}` as const);
  return [paragraph(message(key)), ...textBlocks(section.note)];
}

function feedbackBlocks(section: FeedbackSection): DocumentBlock[] {
  return [paragraph(message(`agreements.doc.feedback.${section.style}`)), ...textBlocks(section.note)];
}

function difficultiesBlocks(section: DifficultiesSection): DocumentBlock[] {
  const name = filled(section.mediatorName);
  const mediator = name === null
    ? message(`agreements.doc.difficulties.${section.mediator}`)
    : message(`agreements.doc.difficulties.${section.mediator}Named`, { name });
  return [paragraph(message('agreements.doc.difficulties.talkFirst'), mediator), ...textBlocks(section.note)];
}

function exitBlocks(section: ExitSection): DocumentBlock[] {
  const sentences = [message(section.noFault ? 'agreements.doc.exit.noFault' : 'agreements.doc.exit.byAgreement')];
  if (section.closingConversation) sentences.push(message('agreements.doc.exit.closingConversation'));
  return [paragraph(...sentences), ...textBlocks(section.note)];
}

function closureBlocks(section: ClosureSection): DocumentBlock[] {
  const blocks: DocumentBlock[] = [];
  if (section.rerateGoals) blocks.push(paragraph(message('agreements.doc.closure.rerateGoals')));
  const celebration = filled(section.celebration);
  if (celebration !== null) blocks.push(paragraph(message('agreements.doc.closure.celebration', { text: celebration })));
  return blocks;
}

function coordinatorBlocks(section: CoordinatorSection): DocumentBlock[] {
  if (section.sees.length === 0) return [paragraph(message('agreements.doc.coordinator.nothing'))];
  return [
    { kind: 'list', intro: message('agreements.doc.coordinator.sees'), items: section.sees.map((view) => message(`agreements.choice.coordinator.${view}`)) },
    paragraph(message('agreements.doc.coordinator.rest')),
  ];
}

/** Called only for a section that is present, hence the assertions. */
function sectionBlocks(id: SectionId, sections: Partial<Sections>, cast: Cast, options: DocumentOptions): DocumentBlock[] {
  switch (id) {
    case 'purpose': return purposeBlocks(sections.purpose!, options.smartGoalTitles ?? new Map());
    case 'duration': return durationBlocks(sections.duration!);
    case 'meetings': return meetingsBlocks(sections.meetings!, cast.parties);
    case 'contact': return contactBlocks(sections.contact!);
    case 'confidentiality': return confidentialityBlocks(sections.confidentiality!);
    case 'boundaries': return boundariesBlocks(sections.boundaries!, cast);
    case 'responsibilities': return responsibilitiesBlocks(sections.responsibilities!, cast);
    case 'network': return networkBlocks(sections.network!, cast);
    case 'feedback': return feedbackBlocks(sections.feedback!);
    case 'difficulties': return difficultiesBlocks(sections.difficulties!);
    case 'exit': return exitBlocks(sections.exit!);
    case 'closure': return closureBlocks(sections.closure!);
    case 'coordinator': return coordinatorBlocks(sections.coordinator!);
  }
}

/** The whole document in the agreement's own language: title, parties, numbered sections, signatures. */
export function buildAgreementDocument(agreement: Agreement, options: DocumentOptions): AgreementDocumentModel {
  const cast = castOf(agreement);
  const present = SECTION_IDS.filter((id) => agreement.sections[id] !== undefined);
  const sections = present.map((id, index): DocumentSection => {
    const blocks = sectionBlocks(id, agreement.sections, cast, options);
    return {
      id,
      number: index + 1,
      heading: message('agreements.doc.section.heading', { number: index + 1, title: message(`agreements.section.${id}`) }),
      blocks: blocks.length > 0 ? blocks : [paragraph(message('agreements.doc.section.empty'))],
    };
  });
  const title = filled(agreement.title);
  return {
    language: agreement.language,
    title: title === null ? message(`agreements.doc.title.${agreement.template}`) : message('agreements.doc.text', { text: title }),
    kind: message('agreements.doc.kind', { template: message(`agreements.template.${agreement.template}`) }),
    parties: {
      heading: message('agreements.doc.parties.heading'),
      intro: message('agreements.doc.parties.intro'),
      items: agreement.parties.map((party): DocumentParty => {
        const name = filled(party.name);
        return {
          partyId: party.id,
          role: message(ROLE_KEYS[party.role]),
          name: name === null ? message('agreements.doc.parties.unnamed') : message('agreements.doc.text', { text: name }),
          contact: filled(party.contact),
        };
      }),
    },
    sections,
    signatures: {
      heading: message('agreements.doc.signatures.heading'),
      intro: message('agreements.doc.signatures.intro'),
      labels: {
        name: message('agreements.doc.signatures.name'),
        date: message('agreements.doc.signatures.date'),
        signature: message('agreements.doc.signatures.signature'),
      },
      lines: agreement.parties.map((party): DocumentSignatureLine => {
        const signature = agreement.signatures.find((candidate) => candidate.partyId === party.id);
        return {
          partyId: party.id,
          role: message(ROLE_KEYS[party.role]),
          name: filled(signature?.name ?? '') ?? filled(party.name) ?? '',
          signed: signature === undefined
            ? null
            : {
                name: signature.name,
                date: signature.date,
                statement: message('agreements.doc.signatures.signed', { name: signature.name, date: dateParam(signature.date) }),
              },
        };
      }),
    },
    fingerprint: options.fingerprint === null
      ? null
      : { code: message('agreements.doc.fingerprint', { code: options.fingerprint }), explained: message('agreements.doc.fingerprint.explained') },
    notLegal: message('agreements.doc.notLegal'),
  };
}
