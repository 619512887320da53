import { describe, expect, it } from 'vitest';
import { PRESET_IDS } from '../../../src/lib/matcher/model.ts';
import { createProject } from '../../../src/lib/matcher/operations.ts';
import { changedFromPreset, groupsMode, PRESETS, presetSettings } from '../../../src/lib/matcher/presets.ts';
import { parseMatcherDocument } from '../../../src/lib/matcher/validate.ts';

const project = createProject('Round', 'careerMentoring', { newId: () => 'p1', now: '2026-03-01T10:00:00.000Z' });

describe('presets', () => {
  it('know whether the settings still are the preset’s, whatever order their keys are in', () => {
    expect(changedFromPreset(project)).toBe(false);
    const reordered = { ...project, rules: Object.fromEntries(Object.entries(project.rules).reverse()) as typeof project.rules };
    expect(changedFromPreset(reordered)).toBe(false);
    expect(changedFromPreset({ ...project, rules: { ...project.rules, differentDepartment: true } })).toBe(true);
    expect(changedFromPreset({ ...project, criteria: project.criteria.slice(1) })).toBe(true);
    expect(changedFromPreset({ ...project, preset: null })).toBe(true);
    for (const preset of PRESET_IDS) expect(changedFromPreset({ ...project, preset, ...presetSettings(preset) })).toBe(false);
  });

  it('keep group sizes valid whichever one is typed, and the record accepts them', () => {
    const stored = (mode: ReturnType<typeof groupsMode>) => parseMatcherDocument({ projects: [{ ...project, mode }] }).ok;
    for (const keep of ['size', 'minSize', 'maxSize'] as const)
      for (const [size, minSize, maxSize] of [[5, 7, 6], [0, 99, 3], [50, 2, 2], [3, 3, 3]])
        expect(stored(groupsMode({ size: size!, minSize: minSize!, maxSize: maxSize! }, true, keep))).toBe(true);
    expect(groupsMode({ size: 5, minSize: 4, maxSize: 6 }, true, 'minSize')).toEqual({ kind: 'groups', size: 5, minSize: 4, maxSize: 6, oneMentorPerGroup: true });
    expect(groupsMode({ size: 5, minSize: 7, maxSize: 6 }, false, 'minSize')).toEqual({ kind: 'groups', size: 7, minSize: 7, maxSize: 7, oneMentorPerGroup: false });
    expect(groupsMode({ size: 5, minSize: 4, maxSize: 3 }, false, 'maxSize')).toEqual({ kind: 'groups', size: 3, minSize: 3, maxSize: 3, oneMentorPerGroup: false });
    expect(groupsMode({ size: 1, minSize: 4, maxSize: 90 }, false, 'size')).toEqual({ kind: 'groups', size: 2, minSize: 2, maxSize: 50, oneMentorPerGroup: false });
    expect(groupsMode({ size: Number.NaN, minSize: 2.6, maxSize: 4 }, false)).toEqual({ kind: 'groups', size: 2, minSize: 2, maxSize: 4, oneMentorPerGroup: false });
  });

  it('each give a mode, criteria and rules a stored project accepts', () => {
    for (const preset of PRESET_IDS) {
      const settings = PRESETS[preset];
      expect(settings.criteria.length).toBeGreaterThan(0);
      expect(parseMatcherDocument({ projects: [{ ...project, preset, ...presetSettings(preset) }] }).ok).toBe(true);
    }
  });
});
