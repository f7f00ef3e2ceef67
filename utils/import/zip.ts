/**
 * A workbook measured before read-excel-file unpacks it. That library (9.x)
 * hands the whole ArrayBuffer to fflate's `unzip`, which inflates every part
 * of the zip (its entry filter is not passed on) into a buffer of the size
 * the zip's central directory states, then decodes every part to a string
 * and lays each worksheet out as a grid of rows padded to its widest row.
 * Three bombs follow, each refused here:
 *
 * 1. Parts that inflate to gigabytes (a zip bomb): the sizes are read from
 *    the central directory exactly as fflate reads them (zip64 included), and
 *    their sum is capped before anything is inflated.
 * 2. A directory that lies (states a small size for a part that inflates to
 *    much more): fflate stops writing at the stated size but keeps decoding
 *    the whole stream. Each part is inflated here first, as a stream, and
 *    the workbook is refused as soon as a part yields more than stated.
 * 3. A worksheet whose cells or rows are far apart (`<c r="XFD1048576">`):
 *    a few bytes that make the reader build 16,384 × 1,048,576 cells. While
 *    each part streams through, the row and cell references of its `<row>`
 *    and `<c>` tags are read the way read-excel-file's XML parser (saxen)
 *    finds them, erring on the side of seeing more: every part is scanned,
 *    whatever its name (which parts are sheets is decided by the workbook's
 *    relationships), tags are bounded as saxen bounds them (quoted `>` does
 *    not end a tag), and any `r` attribute in a tag counts.
 *
 * Memory stays bounded throughout: parts are never held whole here.
 */
import {
  MAX_SHEET_COLUMN_NAME,
  MAX_SHEET_COLUMNS,
  MAX_SHEET_ROWS,
  MAX_WORKBOOK_CELLS,
  MAX_XLSX_INFLATED_BYTES,
  MAX_XLSX_PARTS,
  limitError,
} from './limits';
import { ImportError } from './types';

/** One part of the zip, as fflate's `unzip` will read it. */
export interface ZipPart {
  /** 0: stored, 8: deflated (fflate refuses any other method). */
  method: number;
  /** Where its data starts (after the local header) and how long it is, compressed. */
  dataStart: number;
  compressedSize: number;
  /** The inflated size the central directory states. */
  size: number;
}

const DAMAGED = 'The workbook is damaged and cannot be read. Save it again as .xlsx or CSV and import that file.';
const damaged = () => new ImportError('undecodable', DAMAGED);

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const UINT32_MAX = 0xffffffff;

/**
 * The parts of a zip, read as fflate 0.8 reads them: the end-of-directory
 * record looked for backwards from 22 bytes before the end (within 64 KB),
 * the zip64 record used when its locator is there, each part's sizes taken
 * from the central directory (zip64 extra field when they are 0xFFFFFFFF).
 * Stricter than fflate where a read would fall outside the file. Throws
 * ImportError: `over-limit` for more than MAX_XLSX_PARTS parts.
 */
export function readZipParts(bytes: Uint8Array): ZipPart[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const length = bytes.length;
  const inside = (offset: number, size: number) => offset >= 0 && offset + size <= length;
  const u16 = (offset: number) => {
    if (!inside(offset, 2)) throw damaged();
    return view.getUint16(offset, true);
  };
  const u32 = (offset: number) => {
    if (!inside(offset, 4)) throw damaged();
    return view.getUint32(offset, true);
  };
  const u64 = (offset: number) => u32(offset) + u32(offset + 4) * 2 ** 32;

  let end = length - 22;
  for (; ; end--) {
    if (end <= 0 || length - end > 65558) throw damaged();
    if (u32(end) === EOCD) break;
  }
  let count = u16(end + 8);
  // fflate reads no part at all when this count is 0, whatever a zip64 record says.
  if (count === 0) return [];
  let offset = u32(end + 16);
  let zip64 = inside(end - 20, 4) && u32(end - 20) === ZIP64_LOCATOR;
  if (zip64) {
    const record = u32(end - 12);
    zip64 = inside(record, 4) && u32(record) === ZIP64_EOCD;
    if (zip64) {
      count = u32(record + 32);
      offset = u32(record + 48);
    }
  }
  if (count > MAX_XLSX_PARTS) throw limitError({ limit: 'xlsx-parts', max: MAX_XLSX_PARTS });

  const parts: ZipPart[] = [];
  for (let index = 0; index < count; index++) {
    const nameLength = u16(offset + 28);
    const extraLength = u16(offset + 30);
    const commentLength = u16(offset + 32);
    const method = u16(offset + 10);
    let compressedSize = u32(offset + 20);
    let size = u32(offset + 24);
    let localHeader = u32(offset + 42);
    const extraStart = offset + 46 + nameLength;
    if (zip64 && (compressedSize === UINT32_MAX || size === UINT32_MAX || localHeader === UINT32_MAX)) {
      const wide = { compressed: compressedSize === UINT32_MAX, size: size === UINT32_MAX, offset: localHeader === UINT32_MAX };
      let found = false;
      for (let field = extraStart; field + 4 < extraStart + extraLength; field += 4 + u16(field + 2)) {
        if (u16(field) !== 1) continue;
        // fflate's order: the size, then the compressed size, then the offset (each only when wide).
        const at = field + 4;
        if (wide.compressed) compressedSize = u64(at + 8 * Number(wide.size));
        if (wide.size) size = u64(at);
        if (wide.offset) localHeader = u64(at + 8 * (Number(wide.size) + Number(wide.compressed)));
        found = true;
        break;
      }
      if (!found) throw damaged();
    }
    const dataStart = localHeader + 30 + u16(localHeader + 26) + u16(localHeader + 28);
    parts.push({ method, dataStart, compressedSize, size });
    offset = extraStart + extraLength + commentLength;
  }
  return parts;
}

/**
 * What fflate allocates for the parts: the stated size of each deflated
 * part, the (clamped) compressed size of each stored one.
 */
export function inflatedSize(parts: readonly ZipPart[], fileLength: number): number {
  return parts.reduce((total, part) => total + (part.method === 0 ? Math.min(part.compressedSize, Math.max(0, fileLength - part.dataStart)) : part.size), 0);
}

/**
 * Refuses a workbook that would unpack past the limits (see the module
 * comment), before read-excel-file sees it. Rejects with ImportError:
 * `over-limit` (stated sizes, parts, sheet extent) or `undecodable` (a part
 * that inflates to more than its stated size, or does not inflate).
 */
export async function checkWorkbook(bytes: Uint8Array): Promise<void> {
  const parts = readZipParts(bytes);
  if (parts.some((part) => part.method !== 0 && part.method !== 8)) throw damaged();
  if (inflatedSize(parts, bytes.length) > MAX_XLSX_INFLATED_BYTES) throw limitError({ limit: 'xlsx-inflated', max: MAX_XLSX_INFLATED_BYTES });
  let cells = 0;
  for (const part of parts) {
    const extent = new SheetExtent();
    const data = bytes.subarray(part.dataStart, part.dataStart + part.compressedSize);
    if (part.method === 0) {
      const decoder = new TextDecoder();
      for (let start = 0; start < data.length; start += 1 << 20) {
        extent.feed(decoder.decode(data.subarray(start, start + (1 << 20)), { stream: true }), false);
      }
      extent.feed(decoder.decode(), true);
    } else {
      await inflateInto(data, part.size, extent);
    }
    cells += extent.cells();
    if (cells > MAX_WORKBOOK_CELLS) throw limitError({ limit: 'sheet-cells', max: MAX_WORKBOOK_CELLS });
  }
}

/** Inflates `data` as a stream into `extent`, refusing as soon as it yields more than `size` bytes. */
async function inflateInto(data: Uint8Array, size: number, extent: SheetExtent): Promise<void> {
  const stream = new Blob([data as BlobPart]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
  const reader = stream.getReader();
  const decoder = new TextDecoder();
  let inflated = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      inflated += value.byteLength;
      if (inflated > size) throw damaged();
      extent.feed(decoder.decode(value, { stream: true }), false);
    }
  } catch (error) {
    await reader.cancel().catch(() => undefined);
    if (error instanceof ImportError) throw error;
    throw damaged();
  }
  extent.feed(decoder.decode(), true);
}

/** A tag's name, as saxen reads it: what follows `<` up to white space, `/` or `>`. */
const TAG_START = /<([^\s/>]*)/g;
/** Characters a tag can hold before its end or a quote. */
const TAG_PLAIN = /[^"'>]*/y;
/** An `r` attribute (any prefix, as read-excel-file strips it) with its opening quote. */
const R_ATTRIBUTE = /(?:^|\s)(?:[^\s:=]*:)?r=(["'])/g;
const ROW_REFERENCE = /^[1-9]\d{0,6}$/;
const CELL_REFERENCE = /^([A-Z]{1,3})([1-9]\d{0,6})$/;
/** More text than a tag can take waiting for its end: the part is not a workbook's XML. */
const MAX_CARRY = 1 << 20;

/**
 * The extent one part of the workbook would take as a worksheet: the last
 * row read-excel-file would build (each `<row>` adds one, a reference can
 * skip ahead) and the last column holding a value (a `<c>` that is not
 * self-closing). Fed text as it inflates; a tag cut by the end of a piece is
 * carried over to the next.
 */
class SheetExtent {
  private lastRow = 0;
  private lastColumn = 0;
  private carry = '';

  cells(): number {
    return this.lastRow * Math.max(1, this.lastColumn);
  }

  feed(piece: string, final: boolean): void {
    const text = this.carry + piece;
    this.carry = '';
    TAG_START.lastIndex = 0;
    for (let match = TAG_START.exec(text); match; match = TAG_START.exec(text)) {
      const start = match.index;
      const nameEnd = start + match[0].length;
      if (nameEnd === text.length && !final) return this.keep(text, start);
      const raw = match[1]!;
      const name = raw.slice(raw.indexOf(':') + 1);
      if (name !== 'row' && name !== 'c') continue;
      const end = tagEnd(text, nameEnd, final);
      if (end < 0) return this.keep(text, start);
      this.readTag(name, text.slice(nameEnd, end));
    }
  }

  private keep(text: string, from: number): void {
    if (text.length - from > MAX_CARRY) throw damaged();
    this.carry = text.slice(from);
  }

  private readTag(name: 'row' | 'c', attributes: string): void {
    let referenced = false;
    R_ATTRIBUTE.lastIndex = 0;
    for (let match = R_ATTRIBUTE.exec(attributes); match; match = R_ATTRIBUTE.exec(attributes)) {
      const valueStart = match.index + match[0].length;
      const valueEnd = attributes.indexOf(match[1]!, valueStart);
      if (valueEnd < 0) continue; // saxen drops an attribute without its closing quote
      const value = attributes.slice(valueStart, valueEnd);
      referenced = true;
      if (name === 'row') {
        // Spreadsheet writers write plain row numbers; anything else (entities, exponents) is refused.
        if (!ROW_REFERENCE.test(value)) throw damaged();
        this.lastRow = Math.max(this.lastRow, Number(value));
        this.checkExtent(`A${value}`);
      } else {
        const cell = CELL_REFERENCE.exec(value);
        if (!cell) throw damaged();
        this.lastRow = Math.max(this.lastRow, Number(cell[2]));
        // A self-closing cell holds no value: the reader does not widen its row for it.
        const selfClosing = attributes.endsWith('/') && !attributes.includes('>');
        if (!selfClosing) this.lastColumn = Math.max(this.lastColumn, columnNumber(cell[1]!));
        this.checkExtent(value);
      }
    }
    // A row without a reference comes after the one before it.
    if (name === 'row' && !referenced) {
      this.lastRow++;
      this.checkExtent(`A${this.lastRow}`);
    }
  }

  private checkExtent(reference: string): void {
    if (this.lastRow > MAX_SHEET_ROWS || this.lastColumn > MAX_SHEET_COLUMNS) {
      throw limitError({ limit: 'sheet-extent', cell: reference, maxRow: MAX_SHEET_ROWS, maxColumn: MAX_SHEET_COLUMN_NAME });
    }
  }
}

/**
 * Where a tag ends (its `>`), scanning as saxen does: a quote skips to the
 * next one of its kind, a quote with no partner is a plain character. -1
 * when the text ends first and more is to come (or a quote's partner may be
 * in the text still to come: waiting for it can only see a longer tag).
 */
function tagEnd(text: string, from: number, final: boolean): number {
  let position = from;
  for (;;) {
    TAG_PLAIN.lastIndex = position;
    TAG_PLAIN.exec(text);
    position = TAG_PLAIN.lastIndex;
    const char = text[position];
    if (char === undefined) return final ? text.length : -1;
    if (char === '>') return position;
    const partner = text.indexOf(char, position + 1);
    if (partner < 0 && !final) return -1;
    position = partner < 0 ? position + 1 : partner + 1;
  }
}

/** `A` → 1, `Z` → 26, `AA` → 27 (read-excel-file's numbering). */
function columnNumber(letters: string): number {
  let number = 0;
  for (let index = 0; index < letters.length; index++) number = number * 26 + letters.charCodeAt(index) - 64;
  return number;
}
