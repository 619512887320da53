import type { Message, MessageKey } from '../i18n/index.ts';
import { countLatestById, mergeLatestById, type Path } from '../storage/merge.ts';
import type { RecordType } from '../storage/record-type.ts';
import { invalid, valid } from '../storage/validation.ts';
import type { AgreementsDocument } from './model.ts';
import { isSectionId } from './model.ts';
import { parseAgreementsDocument } from './validate.ts';

/** Merging a backup keeps every agreement from both sides; where both have one, the later edit wins. */
export function mergeAgreements(local: AgreementsDocument, incoming: AgreementsDocument): AgreementsDocument {
  return { agreements: mergeLatestById(local.agreements, incoming.agreements) };
}

function describeMerge(local: AgreementsDocument, incoming: AgreementsDocument, merged: AgreementsDocument): Message[] {
  const { added, updated, keptNewer } = countLatestById(local.agreements, incoming.agreements, merged.agreements);
  const lines: Message[] = [];
  if (added > 0) lines.push({ key: 'agreements.merge.added', params: { count: added } });
  if (updated > 0) lines.push({ key: 'agreements.merge.updated', params: { count: updated } });
  if (keptNewer > 0) lines.push({ key: 'agreements.merge.keptNewer', params: { count: keptNewer } });
  return lines.length > 0 ? lines : [{ key: 'agreements.merge.unchanged' }];
}

const TOP_FIELDS = new Set(['title', 'language', 'template', 'parties', 'archived', 'signatures', 'history']);

/** "the meeting length in “Agreement with Sam”": where a conflict is, in the reader's words. */
function describeField(path: Path, data: AgreementsDocument): Message {
  const [, step, field, section, sectionField] = path;
  const agreement = typeof step === 'object' ? data.agreements.find((candidate) => candidate.id === step.id) : undefined;
  const title = agreement?.title.trim() || '…';
  let name: MessageKey | undefined;
  if (field === 'sections' && isSectionId(section)) {
    name = (typeof sectionField === 'string' ? `agreements.field.${section}.${sectionField}` : `agreements.section.${section}`) as MessageKey;
  } else if (field === 'parties' && typeof section === 'object' && typeof sectionField === 'string' && ['name', 'contact', 'role'].includes(sectionField)) {
    name = `agreements.field.party.${sectionField}` as MessageKey;
  } else if (typeof field === 'string' && TOP_FIELDS.has(field)) {
    name = `agreements.field.${field}` as MessageKey;
  }
  return name ? { key: 'agreements.conflict.in', params: { agreement: title, field: { key: name } } } : { key: 'agreements.conflict.agreement', params: { agreement: title } };
}

const later = (a: unknown, b: unknown) => (String(a) > String(b) ? a : b);

export const agreementsRecord: RecordType<AgreementsDocument> = {
  kind: 'agreements',
  version: 1,
  migrations: {},
  empty: () => ({ agreements: [] }),
  validate: (data) => {
    const parsed = parseAgreementsDocument(data);
    return parsed.ok ? valid(parsed.value) : invalid({ key: 'storage.validation.recordDamaged', params: { detail: parsed.error } });
  },
  salvage: async (data) => (await import('./salvage.ts')).salvageAgreementsDocument(data),
  merge: mergeAgreements,
  describeMerge,
  mergeRules: {
    // Timestamps are bookkeeping: the later stamp stands.
    autoResolve: (path, mine, theirs) => {
      const last = path.at(-1);
      return last === 'updatedAt' || last === 'unsignedAt' ? later(mine, theirs) : undefined;
    },
  },
  describeField,
  describeContents: (data) => ({ key: 'agreements.contents', params: { count: data.agreements.length } }),
  isEmpty: (data) => data.agreements.length === 0,
};
