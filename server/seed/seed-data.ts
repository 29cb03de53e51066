import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { LIMITS } from '../../schema/limits';
import { CommitteeKind } from '../committees/committee.entity';
import { MeetingRoleKind } from '../meetings/meeting-role.entity';
import { OrganizationKind } from '../organizations/organization.entity';
import { RegionKind } from '../regions/region.entity';
import { WorkingTableKind } from '../tables/working-table.entity';
import { type BudgetSeedData, readBudgetSeedData } from './budget-seed-data';

/** References between seed records use `key`s; `party` names exactly one of them. */
const party = z.union([
  z.object({ committee: z.string() }),
  z.object({ organization: z.string() }),
  z.object({ person: z.string() }),
]);

const seedSchema = z.object({
  source: z.string(),
  regions: z.array(
    z.object({ key: z.string(), name: z.string(), kind: z.nativeEnum(RegionKind), parent: z.string().optional() }),
  ),
  organizations: z.array(
    z.object({
      key: z.string(),
      name: z.string(),
      shortName: z.string().optional(),
      kind: z.nativeEnum(OrganizationKind),
    }),
  ),
  people: z.array(
    z.object({
      key: z.string(),
      name: z.string(),
      title: z.string().optional(),
      roleText: z.string().optional(),
      organization: z.string().optional(),
    }),
  ),
  committees: z.array(
    z.object({
      key: z.string(),
      name: z.string(),
      shortName: z.string().optional(),
      kind: z.nativeEnum(CommitteeKind),
      region: z.string().optional(),
      parent: z.string().optional(),
      description: z.string().optional(),
    }),
  ),
  meeting: z.object({
    title: z.string(),
    description: z.string().optional(),
    date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    host: z.string(),
    protocolAuthor: z.string(),
    protocolFootnote: z.string().optional(),
    invitations: z.array(
      z.intersection(party, z.object({ guest: z.boolean().optional(), note: z.string().optional() })),
    ),
    contributions: z.array(
      z.object({
        title: z.string(),
        speaker: z.string().optional(),
        speakerName: z.string(),
        affiliation: z.string().optional(),
        summary: z.string().optional(),
      }),
    ),
    workingTables: z.array(
      z.object({ kind: z.nativeEnum(WorkingTableKind), title: z.string(), positions: z.array(z.string()) }),
    ),
    tasks: z.array(
      z.object({ ownerLabel: z.string(), owner: party, items: z.array(z.string()), dueLabel: z.string() }),
    ),
  }),
});

/** The demo meeting, and the budget figures of its Graz contribution from a file of their own. */
export type SeedData = z.infer<typeof seedSchema> & { budget: BudgetSeedData };

/** Demo sign-ins, kept apart from the transcribed protocol; `person` is a key of the seed's people. */
const demoAccountsSchema = z.object({
  note: z.string(),
  password: z.string().min(LIMITS.passwordMin),
  accounts: z.array(
    z.union([
      z.object({ email: z.email(), person: z.string(), isAdmin: z.boolean().optional() }),
      z.object({ email: z.email(), name: z.string(), isAdmin: z.boolean().optional() }),
    ]),
  ),
  meetingRoles: z.array(z.object({ person: z.string(), role: z.enum(MeetingRoleKind) })),
});

export type DemoAccounts = z.infer<typeof demoAccountsSchema>;
export type SeedParty = z.infer<typeof party>;

export const demoMeetingFile = new URL('./sz2-2012-10-19.json', import.meta.url);

/** The protocol text the demo data was transcribed from (as extracted from its PDF). */
export const demoProtocolTextFile = new URL('./protokoll-sz2-2012-10-19.txt', import.meta.url);
export const demoAccountsFile = new URL('./demo-accounts.json', import.meta.url);

export async function readSeedData(file: URL = demoMeetingFile): Promise<SeedData> {
  return { ...seedSchema.parse(JSON.parse(await readFile(file, 'utf8'))), budget: await readBudgetSeedData() };
}

export async function readDemoAccounts(file: URL = demoAccountsFile): Promise<DemoAccounts> {
  return demoAccountsSchema.parse(JSON.parse(await readFile(file, 'utf8')));
}
