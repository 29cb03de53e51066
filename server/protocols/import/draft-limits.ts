import { LIMITS } from '../../../schema/limits';
import { BadUserInputError } from '../../errors';
import type { ParsedProtocol } from './parsed-protocol';

interface Check {
  what: string;
  count: number;
  max: number;
}

function longest(texts: (string | null | undefined)[]): number {
  return Math.max(0, ...texts.map((text) => text?.length ?? 0));
}

/**
 * What in a text read for import is more than a saved draft may hold, in words for the refusal;
 * null when all fits. A reviewed draft meets the same limits through its input type.
 */
export function draftLimitProblem(parsed: ParsedProtocol): string | null {
  const points = parsed.workingTables.flatMap((table) => table.positions);
  const items = parsed.tasks.flatMap((task) => task.items);
  const checks: Check[] = [
    { what: 'working tables', count: parsed.workingTables.length, max: LIMITS.importedRecords },
    { what: 'next steps', count: parsed.tasks.length, max: LIMITS.importedRecords },
    { what: 'talks', count: parsed.contributions.length, max: LIMITS.importedRecords },
    { what: 'attendees', count: parsed.attendees.length, max: LIMITS.importedRecords * 10 },
    {
      what: 'points of one table',
      count: Math.max(0, ...parsed.workingTables.map((t) => t.positions.length)),
      max: LIMITS.importedRecords * 10,
    },
    {
      what: 'ranked points of one table',
      count: Math.max(0, ...parsed.workingTables.map((t) => t.topFive?.length ?? 0)),
      max: LIMITS.topRanks,
    },
    {
      what: '"Was" lines of one step',
      count: Math.max(0, ...parsed.tasks.map((t) => t.items.length)),
      max: LIMITS.taskItems,
    },
    { what: 'characters of a point', count: longest(points), max: LIMITS.positionText },
    { what: 'characters of a "Was" line', count: longest(items), max: LIMITS.taskItem },
    { what: 'characters of a deadline', count: longest(parsed.tasks.map((t) => t.dueLabel)), max: LIMITS.dueLabel },
    {
      what: 'characters of a name',
      count: longest([
        parsed.authorName,
        ...parsed.tasks.map((t) => t.ownerLabel),
        ...parsed.attendees.flatMap((a) => [a.name, a.organizationName]),
        ...parsed.contributions.map((c) => c.speakerName),
      ]),
      max: LIMITS.name,
    },
    {
      what: 'characters of a heading or place',
      count: longest([
        parsed.place,
        ...parsed.workingTables.map((t) => t.title),
        ...parsed.contributions.flatMap((c) => [c.title, c.affiliation]),
      ]),
      max: LIMITS.title,
    },
    {
      what: 'characters of a summary or note',
      count: longest([parsed.footnote, ...parsed.contributions.map((c) => c.summary)]),
      max: LIMITS.longText,
    },
  ];
  const over = checks.find((check) => check.count > check.max);
  return over ? `the text has more ${over.what} than a protocol may (${over.count}, at most ${over.max})` : null;
}

/**
 * The rank of each point (by index) from the top five in rank order; a text that is none of the
 * points, or names one point twice, is refused on `field`. Equal texts take their ranks in order.
 */
export function rankOfPoints(
  positions: readonly string[],
  topFive: readonly string[],
  field: string,
): (number | null)[] {
  const ranks: (number | null)[] = positions.map(() => null);
  topFive.forEach((text, index) => {
    const at = positions.findIndex((point, i) => point === text && ranks[i] === null);
    if (at < 0) throw new BadUserInputError(field, `"${text}" is none of the table's points`);
    ranks[at] = index + 1;
  });
  return ranks;
}
