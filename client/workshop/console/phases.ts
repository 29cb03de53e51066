/** The workshop's phases in the order a session runs through them (README "Facilitation"). */
export const PHASES = ['PREPARE', 'COLLECT', 'GROUP', 'VOTE', 'PRIORITISE', 'NEXT_STEPS', 'CLOSED'] as const;

export type Phase = (typeof PHASES)[number];

/** The phases a meeting runs through (its working phases, as the server lists them) and CLOSED after them. */
export function meetingPhases(working: readonly Phase[]): Phase[] {
  return PHASES.filter((phase) => phase === 'CLOSED' || working.includes(phase));
}

/**
 * The meeting's next phase (+1) or previous one (−1) from `phase`, or null at either end; a
 * phase the meeting no longer runs through still has its neighbours.
 */
export function phaseStep(phase: Phase, step: 1 | -1, sequence: readonly Phase[] = PHASES): Phase | null {
  const at = PHASES.indexOf(phase);
  const candidates = sequence.filter((each) => (PHASES.indexOf(each) - at) * step > 0);
  return (step === 1 ? candidates[0] : candidates.at(-1)) ?? null;
}
