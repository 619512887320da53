import { roundTo } from './explain.ts';
import type { Match, Summary } from './types.ts';

export function summarise(participants: number, matches: readonly Match[], unmatched: number): Summary {
  const scores = matches.map((m) => m.score);
  const distribution = new Array<number>(10).fill(0);
  for (const s of scores) {
    const band = Math.min(9, Math.floor(s / 10));
    distribution[band] = (distribution[band] ?? 0) + 1;
  }
  const total = scores.reduce((a, b) => a + b, 0);
  return {
    participants,
    matched: matches.reduce((n, m) => n + m.ids.length, 0),
    unmatched,
    matches: matches.length,
    meanScore: scores.length === 0 ? 0 : roundTo(total / scores.length, 2),
    minScore: scores.length === 0 ? 0 : Math.min(...scores),
    maxScore: scores.length === 0 ? 0 : Math.max(...scores),
    distribution,
    totalScore: roundTo(total, 2),
  };
}
