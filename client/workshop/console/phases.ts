/** The workshop's phases in the order a session runs through them (README "Facilitation"). */
export const PHASES = ['PREPARE', 'COLLECT', 'GROUP', 'VOTE', 'PRIORITISE', 'NEXT_STEPS', 'CLOSED'] as const;

export type Phase = (typeof PHASES)[number];

/** The phase one step forward (+1) or back (−1), or null at either end. */
export function phaseStep(phase: Phase, step: 1 | -1): Phase | null {
  return PHASES[PHASES.indexOf(phase) + step] ?? null;
}
