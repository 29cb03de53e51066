import type { WorkingTableKind } from '../../tables/working-table.entity';
import { ATTENDEES, readAttendees } from './attendee-lines';
import { type MetaLine, readMetaLine } from './meta-lines';
import type { ParsedProtocol } from './parsed-protocol';
import { isMarkdown, normaliseText, protocolLines } from './protocol-lines';
import { cells, isStepsHeader, readStepCells, readStepLine, type StepRow, stepTask } from './step-rows';
import { isPlainHeading, type Section, sectionOf, tableKindOf } from './table-headings';
import { addTalkLine, breakTalk, finishTalk, newTalk, type TalkDraft } from './talk-lines';
import { parseFootnote, parseTitleLine } from './title-line';

export type { ParsedProtocol } from './parsed-protocol';

const NAME =
  /^(?:(?:Prof|Dr|Mag|Dipl)\.\s*)*\p{Lu}[\p{L}'-]*(?:\s+(?:(?:von|van|der|de|zu)\s+)*\p{Lu}[\p{L}'-]*){1,3}$/u;
/** The export's lead-ins of a table's lists: the top five repeat points that "Alle Punkte" lists again. */
const TOP_FIVE = /^(?:die fünf wichtigsten punkte|the five most important points):$/i;
const ALL_POINTS = /^(?:alle punkte|all points):$/i;
type Mode = 'outside' | 'table' | 'steps' | 'attendees' | 'contribution';

/**
 * Reads a protocol, plain text or Markdown (Planwerk's own export included): title, date and
 * place, host and author lines, the attendance list by organisation, talks (in Markdown), the
 * working tables ("Chancen", "Kritik", "Konkretion – Realisierung", custom ones) with their
 * bulleted or numbered points, and the next steps (Wer / Was / Bis wann) as a Markdown table,
 * tab-separated text or columns aligned with spaces.
 */
export function parseProtocolText(text: string): ParsedProtocol {
  const rawLines = text.split(/\r?\n/);
  const markdown = isMarkdown(text);
  const lines = protocolLines(text);
  const titleIndex = rawLines.findIndex((line) => line.trim() !== '');
  const head = parseTitleLine(rawLines[titleIndex], markdown);
  const result: ParsedProtocol = {
    title: head.title,
    date: head.date,
    place: head.place,
    hostName: null,
    footnote: parseFootnote(rawLines, head.marker),
    authorName: null,
    attendees: [],
    contributions: [],
    workingTables: [],
    tasks: [],
  };
  const rows: StepRow[] = [];
  let section: { kind: Section; level: number } | null = null;
  let mode: Mode = 'outside';
  let lastStructural = -1;
  let previousWasPoint = false;
  /** Whether the last point had a bullet: then an indented line continues it instead of being a point. */
  let lastPointHadBullet = false;
  let attendeesRead = 0;
  const contributions: TalkDraft[] = [];
  let contribution = null as TalkDraft | null;

  const applyMeta = (meta: MetaLine) => {
    result.date ??= meta.date ?? null;
    result.place ??= meta.place ?? null;
    result.hostName ??= meta.hostName ?? null;
    result.authorName ??= meta.author ?? null;
  };
  const openTable = (kind: WorkingTableKind, title: string) => {
    result.workingTables.push({ kind, title, positions: [] });
    mode = 'table';
    previousWasPoint = false;
  };
  const positions = () => result.workingTables.at(-1)?.positions ?? [];

  const heading = (text: string, level: number) => {
    const opens = sectionOf(text);
    if (opens) {
      section = { kind: opens, level };
      mode = opens === 'steps' ? 'steps' : opens === 'attendees' ? 'attendees' : 'outside';
      attendeesRead = 0;
      return;
    }
    if (section && level <= section.level) section = null;
    const inner = section?.kind;
    if (inner === 'contributions') {
      contribution = newTalk(text);
      contributions.push(contribution);
      mode = 'contribution';
      return;
    }
    const kind = tableKindOf(text) ?? (inner === 'tables' ? ('CUSTOM' as WorkingTableKind) : null);
    if (kind) openTable(kind, text);
    else mode = 'outside';
  };

  lines.forEach((line, index) => {
    const previousBlank = lines[index - 1]?.kind === 'blank';
    if (index === titleIndex) return;
    if (line.kind === 'blank') {
      previousWasPoint = false;
      if (mode === 'attendees' && attendeesRead > 0 && !section) mode = 'outside';
      if (mode === 'contribution' && contribution) breakTalk(contribution);
      return;
    }
    if (line.kind === 'footnote') {
      result.footnote ??= line.text;
      return;
    }
    if (line.kind === 'heading') {
      heading(line.text, line.level);
      lastStructural = index;
      return;
    }
    if (line.kind === 'row') {
      if (isStepsHeader(line.cells.map((cell) => cell.join(' ')))) mode = 'steps';
      if (mode === 'steps') {
        readStepCells(rows, line.cells);
        lastStructural = index;
      }
      return;
    }
    const unindented = line.kind === 'text' && !/^\s/.test(line.raw);
    // Plain text marks its parts by short lines of their own.
    if (!markdown && unindented && isPlainHeading(line.raw, line.text)) {
      const opens = sectionOf(line.text);
      const kind = line.text.endsWith(':') ? null : tableKindOf(line.text);
      if (opens === 'steps' || opens === 'attendees' || kind) {
        heading(line.text, 1);
        section = null;
        lastStructural = index;
        return;
      }
    }
    if (unindented && mode !== 'contribution') {
      const label = /^([^:]+):\s*(.*)$/.exec(line.text);
      if (label?.[1] && ATTENDEES.test(label[1].trim())) {
        result.attendees.push(...readAttendees(label[2] ?? ''));
        mode = label[2] ? 'outside' : 'attendees';
        attendeesRead = 0;
        lastStructural = index;
        return;
      }
      if (line.kind === 'text' && isStepsHeader(cells(line.raw))) {
        mode = 'steps';
        lastStructural = index;
        return;
      }
      const meta = readMetaLine(line.text);
      // Inside the next steps only a signature ends the table; a row may well name a day and a room.
      if (mode === 'steps' ? meta.author : Object.keys(meta).length > 0) {
        applyMeta(meta);
        if (mode === 'table') mode = 'outside';
        lastStructural = index;
        return;
      }
    }
    switch (mode) {
      case 'attendees': {
        const read = readAttendees(line.text);
        result.attendees.push(...read);
        attendeesRead += read.length;
        break;
      }
      case 'contribution':
        if (contribution) addTalkLine(contribution, line);
        break;
      case 'table': {
        const points = positions();
        const continues = previousWasPoint && points.length > 0;
        if (line.kind === 'item' || (!markdown && !unindented && !(continues && lastPointHadBullet))) {
          points.push(line.text);
          lastPointHadBullet = line.kind === 'item';
        } else if (TOP_FIVE.test(line.text)) {
          previousWasPoint = false;
          break;
        } else if (ALL_POINTS.test(line.text)) {
          const table = result.workingTables.at(-1);
          const ranked = points.splice(0);
          if (table && ranked.length > 0) table.topFive = ranked;
          previousWasPoint = false;
          break;
        } else if (continues) {
          points.push(`${points.pop()} ${line.text}`);
        } else {
          mode = 'outside';
          return;
        }
        previousWasPoint = true;
        break;
      }
      case 'steps':
        if (!readStepLine(rows, line.kind === 'item' ? line.text : line.raw, previousBlank)) {
          mode = 'outside';
          const meta = readMetaLine(line.text);
          applyMeta(meta);
          return;
        }
        break;
      default:
        return;
    }
    lastStructural = index;
  });

  if (!result.authorName) {
    const last = rawLines.findLastIndex((line) => line.trim() !== '');
    const lastLine = last > lastStructural && last !== titleIndex ? normaliseText(rawLines[last] ?? '') : '';
    result.authorName = NAME.test(lastLine) ? lastLine : null;
  }
  result.tasks = rows.map(stepTask);
  result.contributions = contributions.map(finishTalk);
  return result;
}
