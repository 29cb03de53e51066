import type { ParsedContribution } from './parsed-protocol';
import type { ProtocolLine } from './protocol-lines';

/** A talk while it is read: its summary's paragraphs, each as lines. */
export interface TalkDraft extends ParsedContribution {
  paragraphs: string[][];
}

export function newTalk(title: string): TalkDraft {
  return { title, speakerName: null, affiliation: null, summary: null, paragraphs: [[]] };
}

/**
 * One line under a talk's heading. An italic line before any text names the speaker as the
 * export writes it, "Name, affiliation"; the rest is its summary.
 */
export function addTalkLine(talk: TalkDraft, line: ProtocolLine & { kind: 'text' | 'item' }): void {
  const current = talk.paragraphs.at(-1) ?? [];
  if (line.kind === 'text' && line.italic && !talk.speakerName && current.length === 0) {
    const [speaker = '', ...affiliation] = line.text.split(', ');
    talk.speakerName = speaker;
    talk.affiliation = affiliation.join(', ') || null;
  } else {
    current.push(line.kind === 'item' ? `- ${line.text}` : line.text);
  }
}

/** A blank line under a talk: its summary's next paragraph begins. */
export function breakTalk(talk: TalkDraft): void {
  talk.paragraphs.push([]);
}

export function finishTalk({ paragraphs, ...talk }: TalkDraft): ParsedContribution {
  const summary = paragraphs
    .filter((paragraph) => paragraph.length > 0)
    .map((paragraph) => paragraph.join('\n'))
    .join('\n\n');
  return { ...talk, summary: summary || null };
}
