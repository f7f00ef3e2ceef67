/**
 * Workbooks made in the test: a hand-written zip writer (Node's zlib for the
 * deflate streams) around the minimal SpreadsheetML parts, and the bombs the
 * importer must refuse, built without ever holding what they inflate to.
 */
import { constants, createDeflateRaw, deflateRawSync } from 'node:zlib';

const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

export function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = CRC_TABLE[(crc ^ byte) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** A part as it goes into the zip: its deflated bytes, and the size and CRC its headers state. */
export interface ZipPart {
  name: string;
  deflated: Uint8Array;
  /** The inflated size written in the headers (a lie, for the bombs that lie). */
  statedSize: number;
  crc: number;
}

export function deflatedPart(name: string, content: string | Uint8Array): ZipPart {
  const data = typeof content === 'string' ? new TextEncoder().encode(content) : content;
  return { name, deflated: new Uint8Array(deflateRawSync(data, { level: 9 })), statedSize: data.length, crc: crc32(data) };
}

/** A zip archive of deflated parts: local headers, data, central directory, end record. */
export function zip(parts: readonly ZipPart[]): Uint8Array {
  const chunks: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const part of parts) {
    const name = new TextEncoder().encode(part.name);
    const local = new DataView(new ArrayBuffer(30));
    local.setUint32(0, 0x04034b50, true);
    local.setUint16(4, 20, true);
    local.setUint16(6, 0x0800, true); // UTF-8 names
    local.setUint16(8, 8, true); // deflate
    local.setUint32(14, part.crc, true);
    local.setUint32(18, part.deflated.length, true);
    local.setUint32(22, part.statedSize, true);
    local.setUint16(26, name.length, true);
    const entry = new DataView(new ArrayBuffer(46));
    entry.setUint32(0, 0x02014b50, true);
    entry.setUint16(4, 20, true);
    entry.setUint16(6, 20, true);
    entry.setUint16(8, 0x0800, true);
    entry.setUint16(10, 8, true);
    entry.setUint32(16, part.crc, true);
    entry.setUint32(20, part.deflated.length, true);
    entry.setUint32(24, part.statedSize, true);
    entry.setUint16(28, name.length, true);
    entry.setUint32(42, offset, true);
    chunks.push(new Uint8Array(local.buffer), name, part.deflated);
    central.push(new Uint8Array(entry.buffer), name);
    offset += 30 + name.length + part.deflated.length;
  }
  const centralSize = central.reduce((total, chunk) => total + chunk.length, 0);
  const end = new DataView(new ArrayBuffer(22));
  end.setUint32(0, 0x06054b50, true);
  end.setUint16(8, parts.length, true);
  end.setUint16(10, parts.length, true);
  end.setUint32(12, centralSize, true);
  end.setUint32(16, offset, true);
  const all = [...chunks, ...central, new Uint8Array(end.buffer)];
  const bytes = new Uint8Array(all.reduce((total, chunk) => total + chunk.length, 0));
  let at = 0;
  for (const chunk of all) {
    bytes.set(chunk, at);
    at += chunk.length;
  }
  return bytes;
}

/** The parts around one worksheet: content types, relationships, the workbook naming the sheet "Goals". */
export function workbookParts(sheet: ZipPart): ZipPart[] {
  return [
    deflatedPart(
      '[Content_Types].xml',
      `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`,
    ),
    deflatedPart('_rels/.rels', `${XML}<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`),
    deflatedPart('xl/workbook.xml', `${XML}<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets><sheet name="Goals" sheetId="1" r:id="rId1"/></sheets></workbook>`),
    deflatedPart(
      'xl/_rels/workbook.xml.rels',
      `${XML}<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
    ),
    sheet,
  ];
}

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A worksheet of inline strings and numbers; `rowNumbers` places the rows (default 1, 2, 3…). */
export function sheetXml(rows: readonly (readonly (string | number)[])[], rowNumbers?: readonly number[]): string {
  const body = rows
    .map((row, index) => {
      const number = rowNumbers?.[index] ?? index + 1;
      const cells = row
        .map((cell, column) => {
          const reference = `${columnName(column)}${number}`;
          return typeof cell === 'number'
            ? `<c r="${reference}"><v>${cell}</v></c>`
            : `<c r="${reference}" t="inlineStr"><is><t>${escapeXml(cell)}</t></is></c>`;
        })
        .join('');
      return `<row r="${number}">${cells}</row>`;
    })
    .join('');
  return `${XML}<worksheet xmlns="${MAIN}"><sheetData>${body}</sheetData></worksheet>`;
}

export function columnName(index: number): string {
  let name = '';
  for (let rest = index + 1; rest > 0; rest = Math.floor((rest - 1) / 26)) name = String.fromCharCode(65 + ((rest - 1) % 26)) + name;
  return name;
}

/** A workbook of one sheet, its XML given. */
export function xlsxOf(sheet: string): Uint8Array {
  return zip(workbookParts(deflatedPart('xl/worksheets/sheet1.xml', sheet)));
}

/**
 * A sheet whose one cell holds `megabytes` MB of text, deflated piece by
 * piece: each piece is flushed to a byte boundary by its own compressor, so
 * the same deflated megabyte can be repeated; only the last piece ends the
 * stream. About 1 KB per inflated megabyte. `statedSize`: what the headers
 * say it inflates to (the truth by default).
 */
export function bombSheet(megabytes: number, statedSize?: number): ZipPart {
  const head = `${XML}<worksheet xmlns="${MAIN}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>`;
  const tail = '</t></is></c></row></sheetData></worksheet>';
  const sync = { level: 9, finishFlush: constants.Z_SYNC_FLUSH };
  const megabyte = new Uint8Array(deflateRawSync(Buffer.alloc(1024 * 1024, 'A'), sync));
  const pieces = [new Uint8Array(deflateRawSync(Buffer.from(head), sync))];
  for (let index = 0; index < megabytes; index++) pieces.push(megabyte);
  pieces.push(new Uint8Array(deflateRawSync(Buffer.from(tail))));
  const deflated = new Uint8Array(pieces.reduce((total, piece) => total + piece.length, 0));
  let at = 0;
  for (const piece of pieces) {
    deflated.set(piece, at);
    at += piece.length;
  }
  const size = head.length + megabytes * 1024 * 1024 + tail.length;
  // The CRC of the whole is not computed: nothing on the way checks it, and it would mean holding the whole.
  return { name: 'xl/worksheets/sheet1.xml', deflated, statedSize: statedSize ?? size, crc: 0 };
}

/**
 * The same sheet as one continuous deflate stream (no flush point, so no
 * stored block on the way), stated to inflate to `statedSize` bytes: an
 * unzipper trusting the statement decodes the whole stream into a buffer of
 * that size. Deflated as a stream, 1 MB at a time.
 */
export async function lyingBombSheet(megabytes: number, statedSize: number): Promise<ZipPart> {
  const head = `${XML}<worksheet xmlns="${MAIN}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>`;
  const tail = '</t></is></c></row></sheetData></worksheet>';
  const deflater = createDeflateRaw({ level: 1 });
  const chunks: Buffer[] = [];
  deflater.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise((resolve) => deflater.on('end', resolve));
  const megabyte = Buffer.alloc(1024 * 1024, 'A');
  deflater.write(head);
  for (let index = 0; index < megabytes; index++) deflater.write(megabyte);
  deflater.end(tail);
  await ended;
  return { name: 'xl/worksheets/sheet1.xml', deflated: new Uint8Array(Buffer.concat(chunks)), statedSize, crc: 0 };
}
