import { SaxesParser } from 'saxes';
import { FORBIDDEN_CHARACTER_MESSAGE, LIMITS } from '../../../../schema/limits';
import { BadUserInputError } from '../../../errors';
import { FileLimitError, UnreadableFileError } from '../file-limits';
import { UNREADABLE_XLSX, type ZipParts } from './zip-parts';

export interface XmlHandlers {
  /** An element opens; its name without namespace prefix (`row` for `x:row`). */
  open?: (name: string, attributes: Record<string, string>) => void;
  text?: (text: string) => void;
  close?: (name: string) => void;
}

/**
 * The most characters between two `<`: a text node or a tag. saxes holds such a run whole before
 * it reports it, so a run is bounded before it is parsed; a cell of LIMITS.importCellChars
 * characters, each escaped as an entity, still fits.
 */
const MAX_RUN = LIMITS.importCellChars * 6;

const cellTooLong = () =>
  new FileLimitError(`a cell holds at most ${LIMITS.importCellChars} characters`, LIMITS.importCellChars);

/** The run without `<` at the end of `text`, given the run `carried` over from the chunk before. */
function trailingRun(text: string, carried: number): number {
  let run = carried;
  let start = 0;
  for (let at = text.indexOf('<'); at !== -1; at = text.indexOf('<', start)) {
    if (run + at - start > MAX_RUN) throw cellTooLong();
    run = 0;
    start = at + 1;
  }
  run += text.length - start;
  if (run > MAX_RUN) throw cellTooLong();
  return run;
}

const localName = (name: string) => name.slice(name.indexOf(':') + 1);

/**
 * Parses the XML part `name` while it inflates (saxes: streaming, no DTD entities), handing
 * elements and text to `handlers`; false when there is no such part. XML that is not well formed
 * makes the file unreadable; a NUL, which XML cannot hold either, is refused like a NUL in a cell.
 */
export async function parseXmlPart(zip: ZipParts, name: string, handlers: XmlHandlers): Promise<boolean> {
  const parser = new SaxesParser();
  parser.on('error', () => {
    throw new UnreadableFileError(UNREADABLE_XLSX);
  });
  if (handlers.open) {
    const open = handlers.open;
    parser.on('opentag', (tag) => open(localName(tag.name), tag.attributes as Record<string, string>));
  }
  if (handlers.text) {
    parser.on('text', handlers.text);
    parser.on('cdata', handlers.text);
  }
  if (handlers.close) {
    const close = handlers.close;
    parser.on('closetag', (tag) => close(localName(tag.name)));
  }
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const decode = (chunk?: Buffer) => {
    try {
      return chunk ? decoder.decode(chunk, { stream: true }) : decoder.decode();
    } catch {
      throw new UnreadableFileError(UNREADABLE_XLSX);
    }
  };
  let run = 0;
  const found = await zip.read(name, (chunk) => {
    const text = decode(chunk);
    if (text.includes('\u0000')) throw new BadUserInputError('file', `${name} ${FORBIDDEN_CHARACTER_MESSAGE}`);
    run = trailingRun(text, run);
    parser.write(text);
  });
  if (!found) return false;
  parser.write(decode());
  parser.close();
  return true;
}
