// The whole project as JSON: the versioned envelope, and a round trip through the strict reader.
import { describe, expect, it } from 'vitest';
import { addRun, runRecord, setReview } from '../../../../src/lib/matcher/operations.ts';
import { matchKey } from '../../../../src/lib/matcher/model.ts';
import { PROJECT_FORMAT, PROJECT_VERSION, projectJson, readProjectJson } from '../../../../src/lib/matcher/tell/project-json.ts';
import { runMatching } from '../../../../src/lib/matching/index.ts';
import { matchingInput, projectParticipants } from '../../../../src/lib/matcher/input.ts';
import { sampleProject } from './project.ts';

const now = '2025-03-04T09:30:00.000Z';

function projectWithRun() {
  const project = sampleProject();
  const result = runMatching(matchingInput(project, projectParticipants(project).participants));
  const run = runRecord(result, 'print', { newId: () => 'run-1', now })!;
  const reviewed = setReview(addRun(project, run, now), { locked: [['1', '2']], forbidden: [['3', '5']], approved: [matchKey(['1', '2'])] }, now);
  return { ...reviewed, rounds: [{ pairs: [['3', '4']], unmatched: ['5'] }] } as typeof reviewed;
}

describe('projectJson', () => {
  it('wraps the project in a versioned envelope', () => {
    const project = projectWithRun();
    const file = JSON.parse(projectJson(project, now));
    expect(Object.keys(file)).toEqual(['format', 'version', 'exportedAt', 'project']);
    expect(file).toMatchObject({ format: PROJECT_FORMAT, version: PROJECT_VERSION, exportedAt: now });
  });

  it('reads back as the same project with parseProject’s rules', () => {
    const project = projectWithRun();
    const back = readProjectJson(projectJson(project, now));
    expect(back).toEqual({ ok: true, value: project });
    // With a byte order mark, as some editors save it.
    expect(readProjectJson(`\uFEFF${projectJson(project, now)}`).ok).toBe(true);
  });

  it('refuses what is not JSON, not a project, from a newer version, or damaged', () => {
    expect(readProjectJson('Naam;Rol')).toEqual({ ok: false, error: { key: 'matcher.tell.json.notJson' } });
    expect(readProjectJson('[1,2]')).toEqual({ ok: false, error: { key: 'matcher.tell.json.notAProject' } });
    expect(readProjectJson(JSON.stringify({ format: 'other', version: 1, project: {} }))).toEqual({ ok: false, error: { key: 'matcher.tell.json.notAProject' } });
    expect(readProjectJson(JSON.stringify({ format: PROJECT_FORMAT, version: 2, project: {} }))).toEqual({ ok: false, error: { key: 'matcher.tell.json.newerVersion', params: { version: 2 } } });
    const file = JSON.parse(projectJson(projectWithRun(), now));
    file.project.review.approved = [42];
    const damaged = readProjectJson(JSON.stringify(file));
    expect(damaged.ok).toBe(false);
    if (!damaged.ok) expect(damaged.error.key).toMatch(/^matcher\.validation\./);
  });
});
