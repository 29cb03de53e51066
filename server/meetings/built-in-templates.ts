import { WorkingTableKind } from '../tables/working-table.entity';
import { WorkshopPhase } from '../workshops/workshop.entity';
import { ALL_PHASES, type TemplateStructure } from './meeting-plan';

export interface BuiltInTemplate {
  name: string;
  description: string;
  structure: TemplateStructure;
}

/**
 * The templates every Planwerk starts with, written into the database by the migration that
 * created templates; from then on they are data that admins edit or remove in the browser.
 */
export const BUILT_IN_TEMPLATES: readonly BuiltInTemplate[] = [
  {
    name: 'Workshop mit Arbeitstischen',
    description:
      'Das Format des SZ²: Chancen, Kritik und Konkretion – Realisierung an drei Tischen, je 5 Punkte zum Abstimmen, die fünf wichtigsten Punkte und nächste Schritte.',
    structure: {
      phases: [...ALL_PHASES],
      reviewsOpenSteps: false,
      tables: [
        { kind: WorkingTableKind.OPPORTUNITIES, title: 'Chancen', voteBudget: 5 },
        { kind: WorkingTableKind.CRITICISM, title: 'Kritik', voteBudget: 5 },
        { kind: WorkingTableKind.REALISATION, title: 'Konkretion – Realisierung', voteBudget: 5 },
      ],
      agenda: [],
    },
  },
  {
    name: 'AG-Sitzung',
    description: 'Tagesordnung mit Rückblick auf die offenen nächsten Schritte des Gremiums, ohne Arbeitstische.',
    structure: {
      phases: [WorkshopPhase.PREPARE, WorkshopPhase.NEXT_STEPS],
      reviewsOpenSteps: true,
      tables: [],
      agenda: [
        { title: 'Begrüßung und Tagesordnung', plannedMinutes: 5 },
        { title: 'Offene nächste Schritte', plannedMinutes: 20 },
        { title: 'Berichte aus den Regionen', plannedMinutes: 30 },
        { title: 'Verschiedenes', plannedMinutes: 10 },
      ],
    },
  },
  {
    name: 'Leer',
    description: 'Nur Titel, Datum und Ort; Tagesordnung und Tische kommen später dazu.',
    structure: { phases: [...ALL_PHASES], reviewsOpenSteps: false, tables: [], agenda: [] },
  },
];
