import { posix } from 'node:path';
import { LIMITS } from '../../../../schema/limits';
import { unescapeXstring } from '../../spreadsheet-text';
import { FileLimitError, UnreadableFileError } from '../file-limits';
import { parseXmlPart } from './xml-part';
import { UNREADABLE_XLSX, type ZipParts } from './zip-parts';

/** What the worksheets need to be read: where they are, how strings and dates are stored. */
export interface Workbook {
  sheets: { name: string; part: string }[];
  sharedStrings: string[];
  /** Per cell style (`s`), whether a number in it is a date. */
  dateStyles: boolean[];
  date1904: boolean;
}

const unreadable = () => new UnreadableFileError(UNREADABLE_XLSX);

interface Relationship {
  type: string;
  part: string;
}

/** The relationships of `part` (from `dir/_rels/file.rels`), with targets as part names. */
async function relationships(zip: ZipParts, part: string): Promise<Map<string, Relationship>> {
  const dir = posix.dirname(part);
  const found = new Map<string, Relationship>();
  await parseXmlPart(zip, posix.join(dir, '_rels', `${posix.basename(part)}.rels`), {
    open: (name, { Id, Type, Target }) => {
      if (name !== 'Relationship' || !Id || !Target) return;
      const target = Target.startsWith('/') ? Target.slice(1) : posix.normalize(posix.join(dir, Target));
      found.set(Id, { type: Type ?? '', part: target });
    },
  });
  return found;
}

const ofType = (relations: Map<string, Relationship>, type: string) =>
  [...relations.values()].find((relation) => relation.type.endsWith(`/${type}`))?.part;

// Excel's built-in number formats that show a date or time.
const DATE_FORMAT_IDS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 30, 36, 45, 46, 47, 50, 57]);

/** Whether a custom number format shows a date: a d, m, y, h or s outside quotes, escapes and brackets. */
function isDateFormat(code: string): boolean {
  return /[dmyhs]/i.test(code.replace(/"[^"]*"|\\.|_.|\*.|\[[^\]]*\]/g, ''));
}

async function dateStyles(zip: ZipParts, part: string | undefined): Promise<boolean[]> {
  if (!part) return [];
  const customDates = new Set<number>();
  const styles: boolean[] = [];
  let inCellXfs = false;
  await parseXmlPart(zip, part, {
    open: (name, attributes) => {
      if (name === 'numFmt' && isDateFormat(attributes.formatCode ?? '')) customDates.add(Number(attributes.numFmtId));
      else if (name === 'cellXfs') inCellXfs = true;
      else if (name === 'xf' && inCellXfs) {
        const id = Number(attributes.numFmtId ?? 0);
        styles.push(DATE_FORMAT_IDS.has(id) || customDates.has(id));
      }
    },
    close: (name) => {
      if (name === 'cellXfs') inCellXfs = false;
    },
  });
  return styles;
}

/** The text of rich or plain string items (`<si>`, `<is>`): their `<t>`s, without phonetic runs (`<rPh>`). */
export class StringItemText {
  private text = '';
  private inText = false;
  private inPhonetic = false;

  open(name: string): void {
    if (name === 't') this.inText = true;
    else if (name === 'rPh') this.inPhonetic = true;
  }

  add(text: string): void {
    if (!this.inText || this.inPhonetic) return;
    this.text += text;
    if (this.text.length > LIMITS.importCellChars) {
      throw new FileLimitError(`a cell holds at most ${LIMITS.importCellChars} characters`, LIMITS.importCellChars);
    }
  }

  close(name: string): void {
    if (name === 't') this.inText = false;
    else if (name === 'rPh') this.inPhonetic = false;
  }

  /** The item's text, and ready for the next. */
  take(): string {
    const text = unescapeXstring(this.text);
    this.text = '';
    return text;
  }
}

async function sharedStrings(zip: ZipParts, part: string | undefined): Promise<string[]> {
  if (!part) return [];
  const strings: string[] = [];
  const item = new StringItemText();
  await parseXmlPart(zip, part, {
    open: (name) => item.open(name),
    text: (text) => item.add(text),
    close: (name) => {
      item.close(name);
      if (name === 'si') strings.push(item.take());
    },
  });
  return strings;
}

/** Reads the parts around the worksheets: the package's and the workbook's relationships, sheets, styles, shared strings. */
export async function readWorkbook(zip: ZipParts): Promise<Workbook> {
  const workbookPart = ofType(await relationships(zip, ''), 'officeDocument');
  if (!workbookPart) throw unreadable();
  const listed: { name: string; id: string }[] = [];
  let date1904 = false;
  const found = await parseXmlPart(zip, workbookPart, {
    open: (name, attributes) => {
      if (name === 'workbookPr') date1904 = ['1', 'true'].includes(attributes.date1904 ?? '');
      if (name !== 'sheet') return;
      // r:id, whatever the prefix of the relationships namespace is called.
      const id = Object.entries(attributes).find(([key]) => key.endsWith(':id'))?.[1];
      if (!attributes.name || !id) throw unreadable();
      listed.push({ name: attributes.name, id });
    },
  });
  if (!found) throw unreadable();
  const relations = await relationships(zip, workbookPart);
  const sheets = listed.map(({ name, id }) => {
    const part = relations.get(id)?.part;
    if (!part) throw unreadable();
    return { name, part };
  });
  return {
    sheets,
    dateStyles: await dateStyles(zip, ofType(relations, 'styles')),
    sharedStrings: await sharedStrings(zip, ofType(relations, 'sharedStrings')),
    date1904,
  };
}
