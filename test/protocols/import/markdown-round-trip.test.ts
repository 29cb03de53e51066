import { beforeAll, describe, expect, it } from 'vitest';
import { resolveDueLabel } from '../../../schema/deadline';
import { parseProtocolText } from '../../../server/protocols/import/parse-protocol-text';
import { Language } from '../../../server/protocols/messages';
import type { ProtocolDocument } from '../../../server/protocols/protocol-document';
import { layoutProtocol } from '../../../server/protocols/protocol-layout';
import { renderMarkdown } from '../../../server/protocols/render-markdown';
import { readSeedData, type SeedData } from '../../../server/seed/seed-data';
import { demoDocument } from './demo-document';

describe("Planwerk's Markdown export read back", () => {
  let seed: SeedData;
  let doc: ProtocolDocument;
  beforeAll(async () => {
    seed = await readSeedData();
    doc = demoDocument(seed);
  });

  it('gives the demo meeting again: title, date, place, host, author, attendees, talks, tables, points and next steps', () => {
    const parsed = parseProtocolText(renderMarkdown(layoutProtocol(doc, Language.DE)));
    expect(parsed).toEqual({
      title: seed.meeting.title,
      date: seed.meeting.date,
      place: doc.place,
      hostName: 'Strategisches Zentrum Steglitz-Zehlendorf (SZ²)',
      footnote: seed.meeting.protocolFootnote,
      authorName: 'Reinhard Hoffmann',
      attendees: [
        { name: 'Oliver Schruoffenegger', organizationName: 'Jugendamt Steglitz-Zehlendorf' },
        { name: 'Reinhard Hoffmann', organizationName: 'Jugendamt Steglitz-Zehlendorf' },
        { name: 'Ingrid Krammer', organizationName: 'Stadt Graz' },
        { name: 'Gast aus Mitte', organizationName: null },
      ],
      contributions: seed.meeting.contributions.map((c) => ({
        title: c.title,
        speakerName: c.speakerName,
        affiliation: c.affiliation ?? null,
        summary: c.summary ?? null,
      })),
      // Each table's top five come first in the export; read back, every point is there once,
      // and the five in rank order (the demo document ranks a table's first five points 5 to 1).
      workingTables: seed.meeting.workingTables.map((table) => ({
        ...table,
        topFive: table.positions.slice(0, 5).reverse(),
      })),
      tasks: seed.meeting.tasks.map((task) => ({
        ownerLabel: task.ownerLabel,
        items: task.items,
        dueLabel: task.dueLabel,
        dueDate: resolveDueLabel(task.dueLabel),
      })),
    });
  });

  it('reads the English export the same, but for the labels it writes', () => {
    const german = parseProtocolText(renderMarkdown(layoutProtocol(doc, Language.DE)));
    expect(parseProtocolText(renderMarkdown(layoutProtocol(doc, Language.EN)))).toEqual(german);
  });

  it('keeps text that looks like Markdown as text, and a deadline the resolver cannot read with its day', () => {
    const tricky: ProtocolDocument = {
      ...doc,
      title: 'AG <Region 5> & *Gäste* | 1. Runde',
      attendees: [],
      contributions: [
        { title: 'Kritik', speaker: null, affiliation: null, summary: '- kein Punkt\n# keine Überschrift' },
      ],
      sections: [],
      workingTables: [
        {
          title: 'Ideen',
          points: [
            { text: '1. Punkt mit *Stern* und \\ Backslash', rank: null, members: [] },
            { text: 'Gruppe', rank: 1, members: [{ text: 'Teil | A', rank: null, members: [] }] },
          ],
        },
      ],
      nextSteps: [
        { owner: 'Frau X', items: ['Anrufen_1'], dueLabel: 'nach den Winterferien', dueDate: '2027-01-15' },
        { owner: 'AG', items: ['Ohne Frist'], dueLabel: null, dueDate: null },
      ],
    };
    const parsed = parseProtocolText(renderMarkdown(layoutProtocol(tricky, Language.DE)));
    expect(parsed.title).toBe(tricky.title);
    // A talk titled like a table stays a talk: the section it is in decides.
    expect(parsed.contributions).toEqual([
      { title: 'Kritik', speakerName: null, affiliation: null, summary: '- kein Punkt\n# keine Überschrift' },
    ]);
    expect(parsed.workingTables).toEqual([
      {
        kind: 'CUSTOM',
        title: 'Ideen',
        positions: ['1. Punkt mit *Stern* und \\ Backslash', 'Gruppe', 'Teil | A'],
        topFive: ['Gruppe'],
      },
    ]);
    expect(parsed.tasks).toEqual([
      { ownerLabel: 'Frau X', items: ['Anrufen_1'], dueLabel: 'nach den Winterferien', dueDate: '2027-01-15' },
      { ownerLabel: 'AG', items: ['Ohne Frist'], dueLabel: null },
    ]);
  });
});
