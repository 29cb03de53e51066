import type { Readable } from 'node:stream';
import yauzl, { type Entry, type ZipFile } from 'yauzl';
import { LIMITS } from '../../../../schema/limits';
import { UnreadableFileError, unpacksTooLarge } from '../file-limits';

export const UNREADABLE_XLSX = 'XLSX-Datei nicht lesbar';

/** An XLSX holds a dozen parts; a zip of thousands is no spreadsheet, and listing them costs. */
const MAX_PARTS = 1_000;

/** The inflated chunks of one part; whatever goes wrong inside the zip is an unreadable file. */
async function* inflated(stream: Readable): AsyncGenerator<Buffer> {
  try {
    for await (const chunk of stream) yield chunk as Buffer;
  } catch {
    throw new UnreadableFileError(UNREADABLE_XLSX);
  }
}

/**
 * The parts of a zip file (yauzl: the central directory, native zlib), read one at a time under
 * one budget for all, LIMITS.importUnpackedBytes: a part whose declared size does not fit is
 * refused before it is opened, and inflated bytes are counted as they stream, so a part that
 * understates its size stops at the budget too. Only the chunk in hand is held.
 */
export class ZipParts {
  private remaining: number = LIMITS.importUnpackedBytes;

  private constructor(
    private readonly zip: ZipFile,
    private readonly entries: Map<string, Entry>,
  ) {}

  static async open(data: Buffer): Promise<ZipParts> {
    const entries = new Map<string, Entry>();
    let zip: ZipFile;
    try {
      // The sizes a zip declares are only believed as far as they refuse; what is counted are the
      // inflated bytes, so a part that understates its size meets the same limit, not another error.
      zip = await yauzl.fromBufferPromise(data, { validateEntrySizes: false });
      if (zip.entryCount > MAX_PARTS) throw new UnreadableFileError(UNREADABLE_XLSX);
      for await (const entry of zip.eachEntry()) entries.set(entry.fileName, entry);
    } catch {
      throw new UnreadableFileError(UNREADABLE_XLSX);
    }
    return new ZipParts(zip, entries);
  }

  /** Hands the part `name` to `take` chunk by chunk as it inflates; false when the zip has no such part. */
  async read(name: string, take: (chunk: Buffer) => void): Promise<boolean> {
    const entry = this.entries.get(name);
    if (!entry) return false;
    if (entry.uncompressedSize > this.remaining) throw unpacksTooLarge();
    let stream: Readable;
    try {
      stream = await this.zip.openReadStreamPromise(entry);
    } catch {
      throw new UnreadableFileError(UNREADABLE_XLSX);
    }
    for await (const chunk of inflated(stream)) {
      this.remaining -= chunk.length;
      if (this.remaining < 0) throw unpacksTooLarge();
      take(chunk);
    }
    return true;
  }
}
