import type { Message } from '../i18n/index.ts';
import { countLatestById, mergeLatestById, type Path } from '../storage/merge.ts';
import type { RecordType, Salvaged } from '../storage/record-type.ts';
import { invalid, valid } from '../storage/validation.ts';
import { LIMITS, type MatcherDocument, type MatchingProject } from './model.ts';
import { parseMatcherDocument, readProject } from './validate.ts';

/** Merging a backup keeps every project from both sides; where both have one, the later edit wins. */
export function mergeMatcher(local: MatcherDocument, incoming: MatcherDocument): MatcherDocument {
  return { projects: mergeLatestById(local.projects, incoming.projects).slice(0, LIMITS.projects) };
}

function describeMerge(local: MatcherDocument, incoming: MatcherDocument, merged: MatcherDocument): Message[] {
  const { added, updated, keptNewer } = countLatestById(local.projects, incoming.projects, merged.projects);
  const lines: Message[] = [];
  if (added > 0) lines.push({ key: 'matcher.merge.added', params: { count: added } });
  if (updated > 0) lines.push({ key: 'matcher.merge.updated', params: { count: updated } });
  if (keptNewer > 0) lines.push({ key: 'matcher.merge.keptNewer', params: { count: keptNewer } });
  return lines.length > 0 ? lines : [{ key: 'matcher.merge.unchanged' }];
}

const NAMED_FIELDS = new Set(['title', 'table', 'mapping', 'mode', 'objective', 'criteria', 'rules', 'review', 'rounds', 'runs', 'archived', 'source', 'preset']);

/** "the column mapping in “Spring 2027”": where a conflict is, in the reader's words. */
function describeField(path: Path, data: MatcherDocument): Message {
  const [, step, field] = path;
  const project = typeof step === 'object' ? data.projects.find((candidate) => candidate.id === step.id) : undefined;
  const title = project?.title.trim() || '…';
  if (typeof field === 'string' && NAMED_FIELDS.has(field)) {
    return { key: 'matcher.conflict.in', params: { project: title, field: { key: `matcher.field.${field}` as Message['key'] } } };
  }
  return { key: 'matcher.conflict.project', params: { project: title } };
}

/** Every project that reads comes through whole; one that does not is left out and named. */
function salvageMatcher(data: unknown): Salvaged<MatcherDocument> {
  const projects = typeof data === 'object' && data !== null && Array.isArray((data as { projects?: unknown }).projects) ? ((data as { projects: unknown[] }).projects) : null;
  if (projects === null) return { value: { projects: [] }, repairs: [{ key: 'matcher.repair.notADocument' }] };
  const kept: MatchingProject[] = [];
  const repairs: Message[] = [];
  const seen = new Set<string>();
  projects.forEach((item, index) => {
    const read = readProject(item, index);
    if (!read.ok || seen.has(read.value.id)) {
      repairs.push({ key: 'matcher.repair.projectDropped', params: { n: index + 1 } });
      return;
    }
    if (kept.length >= LIMITS.projects) return;
    seen.add(read.value.id);
    kept.push(read.value);
  });
  if (projects.length > LIMITS.projects) repairs.push({ key: 'matcher.repair.tooMany', params: { count: projects.length, max: LIMITS.projects } });
  return { value: { projects: kept }, repairs };
}

const later = (a: unknown, b: unknown) => (String(a) > String(b) ? a : b);

export const matcherRecord: RecordType<MatcherDocument> = {
  kind: 'matcher',
  version: 1,
  migrations: {},
  empty: () => ({ projects: [] }),
  validate: (data) => {
    const parsed = parseMatcherDocument(data);
    return parsed.ok ? valid(parsed.value) : invalid({ key: 'storage.validation.recordDamaged', params: { detail: parsed.error } });
  },
  salvage: salvageMatcher,
  merge: mergeMatcher,
  describeMerge,
  mergeRules: {
    autoResolve: (path, mine, theirs) => (path.at(-1) === 'updatedAt' ? later(mine, theirs) : undefined),
  },
  describeField,
  describeContents: (data) => ({ key: 'matcher.contents', params: { count: data.projects.length } }),
  isEmpty: (data) => data.projects.length === 0,
};
