// The whole project as one JSON file: to keep, to hand to a colleague, or to read back in.
//
// The shape, version 1:
//
//   {
//     "format": "mentorkit-matcher-project",
//     "version": 1,
//     "exportedAt": "2025-03-03T10:15:00.000Z",
//     "project": { …a MatchingProject exactly as src/lib/matcher/model.ts defines it… }
//   }
//
// `project` holds the participant table as imported (headers and cells), the column mapping,
// mode, objective, criteria with their importance, the hard rules, the review decisions (locked,
// forbidden and approved match keys), the rounds so far and the stored runs. It is read back
// with the same strict reader as the stored document (validate.ts `parseProject`), so a file
// that was edited by hand is either a valid project or refused with the path of what is wrong.
// A later shape gets a higher `version` and a reader for the old one here.
import type { Message } from '../../i18n/message.ts';
import type { IsoDateTime, MatchingProject } from '../model.ts';
import { readProject, type ParseResult } from '../validate.ts';

export const PROJECT_FORMAT = 'mentorkit-matcher-project';
export const PROJECT_VERSION = 1;
export const JSON_MIME = 'application/json';

export interface ProjectFile {
  readonly format: typeof PROJECT_FORMAT;
  readonly version: typeof PROJECT_VERSION;
  readonly exportedAt: IsoDateTime;
  readonly project: MatchingProject;
}

/** The file's text: indented, so it can be read and compared by a person. */
export function projectJson(project: MatchingProject, exportedAt: IsoDateTime): string {
  const file: ProjectFile = { format: PROJECT_FORMAT, version: PROJECT_VERSION, exportedAt, project };
  return `${JSON.stringify(file, null, 2)}\n`;
}

const refuse = (error: Message): ParseResult<MatchingProject> => ({ ok: false, error });

/** A project from a file's text, or why not. The caller gives it a new id if one with its id exists. */
export function readProjectJson(text: string): ParseResult<MatchingProject> {
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return refuse({ key: 'matcher.tell.json.notJson' });
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return refuse({ key: 'matcher.tell.json.notAProject' });
  const file = value as Record<string, unknown>;
  if (file['format'] !== PROJECT_FORMAT || typeof file['version'] !== 'number' || !Number.isInteger(file['version']) || file['version'] < 1) {
    return refuse({ key: 'matcher.tell.json.notAProject' });
  }
  if (file['version'] > PROJECT_VERSION) return refuse({ key: 'matcher.tell.json.newerVersion', params: { version: file['version'] } });
  return readProject(file['project'], 0);
}
