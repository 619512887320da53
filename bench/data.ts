// Seeded synthetic data for the benchmark, so every run measures the same problems.
import type { Criterion, Participant } from '../src/lib/matching/index.ts';

export function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

/** Dense scores 0..10 000, every pair allowed. */
export function randomScores(cells: number, seed: number): Int32Array {
  const r = rng(seed);
  return Int32Array.from({ length: cells }, () => Math.floor(r() * 10_001));
}

export function symmetricScores(n: number, seed: number): Int32Array {
  const r = rng(seed);
  const m = new Int32Array(n * n).fill(-1);
  for (let i = 0; i < n; i++)
    for (let j = i + 1; j < n; j++) {
      const s = Math.floor(r() * 10_001);
      m[i * n + j] = s;
      m[j * n + i] = s;
    }
  return m;
}

const SKILLS = ['excel', 'python', 'sales', 'finance', 'leadership', 'design', 'sql', 'writing', 'negotiation', 'coaching'];
const DEPARTMENTS = ['finance', 'it', 'hr', 'sales', 'legal', 'operations'];
const LANGUAGES = ['nl', 'en', 'de', 'fr'];

export function participants(count: number, role: (i: number) => Participant['role'], seed: number, capacity = 1): Participant[] {
  const r = rng(seed);
  const pick = (list: readonly string[], k: number): string[] => [...new Set(Array.from({ length: k }, () => list[Math.floor(r() * list.length)]!))];
  return Array.from({ length: count }, (_, i) => ({
    id: `p${String(i).padStart(5, '0')}`,
    name: `Person ${i}`,
    role: role(i),
    department: pick(DEPARTMENTS, 1)[0]!,
    level: Math.floor(r() * 6),
    timeZoneOffset: Math.floor(r() * 3),
    languages: ['nl', ...pick(LANGUAGES, 1)],
    skillsOffered: pick(SKILLS, 3),
    skillsWanted: pick(SKILLS, 2),
    interests: pick(SKILLS, 3),
    capacity,
  }));
}

export const CRITERIA: readonly Criterion[] = [
  { kind: 'offerMeetsWant', weight: 3 },
  { kind: 'shared', weight: 1, property: 'interests' },
  { kind: 'different', weight: 1, property: 'department' },
  { kind: 'levelGap', weight: 1, target: 2, tolerance: 1 },
  { kind: 'timeZone', weight: 1, fullWithinHours: 1, zeroAtHours: 6 },
];
