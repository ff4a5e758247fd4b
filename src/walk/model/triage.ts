import type { ProgramNumber } from '../../core/model/types.js';

/**
 * Which of the six programs fit a child, by school stage. The programs are fixed by the
 * prefecture (I 0–18歳, II 中学生, III 高校生, IV 中学卒業後の進路未決定・中退, V and VI for the
 * caseworker's own work), so the table is by program number, not by file.
 */

export const STAGES = ['preschool', 'elementary', 'junior', 'high', 'leaver', 'caseworker'] as const;
export type Stage = (typeof STAGES)[number];

const FITS: Record<Stage, ProgramNumber[]> = {
  preschool: ['I'],
  elementary: ['I'],
  junior: ['II', 'I'],
  high: ['III', 'I'],
  leaver: ['IV', 'I'],
  caseworker: ['V', 'VI'],
};

/** The programs for a stage, most specific first. Program I only while the child is 18 or under. */
export function programsFor(stage: Stage, age?: number): ProgramNumber[] {
  return FITS[stage].filter((n) => n !== 'I' || age === undefined || age <= 18);
}

/**
 * The stages an age can mean, likeliest first: 15 may be 中3, 高1 or a leaver; 12 may be 小6 or
 * 中1. Used to pre-select the stage, never to decide it.
 */
export function stagesForAge(age: number | undefined): Stage[] {
  if (age === undefined) return [];
  if (age <= 5) return ['preschool'];
  if (age <= 11) return ['elementary'];
  if (age === 12) return ['elementary', 'junior'];
  if (age <= 14) return ['junior'];
  if (age === 15) return ['junior', 'high', 'leaver'];
  if (age <= 18) return ['high', 'leaver'];
  return ['leaver'];
}
