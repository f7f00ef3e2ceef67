/**
 * Telling what a file is (magic bytes first, then its extension) and turning
 * text files into a string whatever their encoding.
 */
import { ImportError, MAX_IMPORT_BYTES } from './types';

export type FileKind = 'xlsx' | 'text';

const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP = [0x50, 0x4b];
/** Other binary files people might pick by mistake. */
const BINARY_MAGIC: number[][] = [
  [0x25, 0x50, 0x44, 0x46], // %PDF
  [0x89, 0x50, 0x4e, 0x47], // PNG
  [0x47, 0x49, 0x46, 0x38], // GIF8
  [0xff, 0xd8, 0xff], // JPEG
  [0x1f, 0x8b], // gzip
  [0x52, 0x61, 0x72, 0x21], // Rar!
  [0x37, 0x7a, 0xbc, 0xaf], // 7z
  [0x42, 0x5a, 0x68], // bzip2
  [0x7f, 0x45, 0x4c, 0x46], // ELF
  [0x4d, 0x5a], // MZ (exe)
];
/** Files we don't read even though some are zip containers like .xlsx. */
const REFUSED_EXTENSIONS = new Set(['ods', 'numbers', 'docx', 'doc', 'pptx', 'ppt', 'odt', 'pdf', 'zip', 'png', 'jpg', 'jpeg', 'gif']);
export const TEXT_EXTENSIONS = new Set(['csv', 'tsv', 'tab', 'txt', 'json', 'text']);

const UNKNOWN_FORMAT =
  'This file is not a spreadsheet, CSV or JSON file that can be read. Save it as .xlsx or CSV and import that file.';

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return bytes.length >= magic.length && magic.every((byte, index) => bytes[index] === byte);
}

export function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot < 0 ? '' : name.slice(dot + 1).toLowerCase();
}

/** The UTF-16LE bytes of `text`, to find stream names in a compound file. */
function utf16(text: string): number[] {
  return [...text].flatMap((char) => [char.charCodeAt(0) & 0xff, char.charCodeAt(0) >> 8]);
}

function contains(bytes: Uint8Array, pattern: readonly number[]): boolean {
  const first = pattern[0]!;
  for (let index = bytes.indexOf(first); index >= 0 && index <= bytes.length - pattern.length; index = bytes.indexOf(first, index + 1)) {
    let match = true;
    for (let offset = 1; offset < pattern.length; offset++) {
      if (bytes[index + offset] !== pattern[offset]) {
        match = false;
        break;
      }
    }
    if (match) return true;
  }
  return false;
}

const ENCRYPTION_STREAMS = [utf16('EncryptionInfo'), utf16('EncryptedPackage')];

/**
 * What the file is, or an ImportError for files that cannot be read at all.
 * An OLE compound file (D0 CF 11 E0) is either a password-protected
 * workbook (it holds EncryptionInfo / EncryptedPackage streams: Office
 * encrypts .xlsx that way) or a legacy .xls.
 */
export function sniff(name: string, bytes: Uint8Array): FileKind {
  if (bytes.length > MAX_IMPORT_BYTES) {
    const limit = MAX_IMPORT_BYTES / (1024 * 1024);
    const size = (bytes.length / (1024 * 1024)).toFixed(1);
    throw new ImportError('too-large', `The file is ${size} MB; files larger than ${limit} MB cannot be imported.`);
  }
  if (bytes.length === 0) throw new ImportError('empty', 'The file is empty.');
  if (startsWith(bytes, CFB)) {
    if (ENCRYPTION_STREAMS.some((stream) => contains(bytes, stream))) {
      throw new ImportError(
        'protected',
        'This workbook is password-protected, so it cannot be read. Open it in Excel, save a copy without a password as .xlsx or CSV, and import that file.',
      );
    }
    throw new ImportError(
      'legacy-xls',
      'This is an old Excel workbook (.xls), which cannot be read. Open it in Excel or LibreOffice, save it as .xlsx or CSV, and import that file.',
    );
  }
  const extension = extensionOf(name);
  if (REFUSED_EXTENSIONS.has(extension)) throw new ImportError('unknown-format', UNKNOWN_FORMAT);
  if (startsWith(bytes, ZIP)) return 'xlsx';
  if (BINARY_MAGIC.some((magic) => startsWith(bytes, magic))) throw new ImportError('unknown-format', UNKNOWN_FORMAT);
  // Anything else is read as text, even when named .xls: HR tools often
  // export tab-separated text under that name.
  return 'text';
}

// Windows-1252 0x80–0x9F (WHATWG); 0 = undefined byte, kept as its C1 control.
const CP1252_HIGH = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017d, 0,
  0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178,
];

/**
 * Windows-1252, decoded by table: Node's TextDecoder reads the label as
 * Latin-1 (0x80–0x9F become C1 controls), browsers follow WHATWG; the table
 * gives the same result everywhere.
 */
export function decodeWindows1252(bytes: Uint8Array): string {
  const codes = new Uint16Array(bytes.length);
  for (let index = 0; index < bytes.length; index++) {
    const byte = bytes[index]!;
    codes[index] = byte >= 0x80 && byte <= 0x9f ? CP1252_HIGH[byte - 0x80] || byte : byte;
  }
  let text = '';
  for (let start = 0; start < codes.length; start += 8192) text += String.fromCharCode(...codes.subarray(start, start + 8192));
  return text;
}

/** UTF-16 without a byte order mark: many zero bytes on one side. */
function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const length = Math.min(bytes.length, 4000) & ~1;
  if (length < 4) return undefined;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let index = 0; index < length; index += 2) {
    if (bytes[index] === 0) evenZeros++;
    if (bytes[index + 1] === 0) oddZeros++;
  }
  const pairs = length / 2;
  if (oddZeros > pairs * 0.4 && evenZeros < pairs * 0.05) return 'utf-16le';
  if (evenZeros > pairs * 0.4 && oddZeros < pairs * 0.05) return 'utf-16be';
  return undefined;
}

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/**
 * Decodes a text file: UTF-8 / UTF-16 by their byte order mark, UTF-16
 * without one by its zero bytes, UTF-8 when it decodes strictly, else
 * Windows-1252 (what Excel writes for "CSV" on Western Windows). Binary
 * content is refused (`undecodable` for a text extension, else
 * `unknown-format`).
 */
export function decodeText(name: string, bytes: Uint8Array): { text: string; encoding: TextEncoding } {
  let encoding: TextEncoding;
  let text: string;
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    encoding = 'utf-8';
    text = new TextDecoder('utf-8').decode(bytes.subarray(3));
  } else if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) {
    encoding = bytes[0] === 0xff ? 'utf-16le' : 'utf-16be';
    text = new TextDecoder(encoding).decode(bytes.subarray(2));
  } else {
    const wide = utf16WithoutBom(bytes);
    if (wide) {
      encoding = wide;
      text = new TextDecoder(wide).decode(bytes);
    } else {
      try {
        text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
        encoding = 'utf-8';
      } catch {
        text = decodeWindows1252(bytes);
        encoding = 'windows-1252';
      }
    }
  }
  if (looksBinary(text)) {
    if (TEXT_EXTENSIONS.has(extensionOf(name))) {
      throw new ImportError('undecodable', 'The file cannot be read as text. Save it as CSV UTF-8 or .xlsx and import that file.');
    }
    throw new ImportError('unknown-format', UNKNOWN_FORMAT);
  }
  const start = text.trimStart();
  if (!start) throw new ImportError('empty', 'The file is empty.');
  if (start.startsWith('<')) throw new ImportError('unknown-format', UNKNOWN_FORMAT);
  return { text, encoding };
}

/** NUL, or more than 1 % control characters (tab, line breaks and form feed aside). */
function looksBinary(text: string): boolean {
  const sample = text.length > 200_000 ? text.slice(0, 200_000) : text;
  let controls = 0;
  for (let index = 0; index < sample.length; index++) {
    const code = sample.charCodeAt(index);
    if (code === 0) return true;
    if ((code < 0x20 && code !== 9 && code !== 10 && code !== 13 && code !== 12) || (code >= 0x7f && code <= 0x9f)) controls++;
  }
  return controls > Math.max(2, sample.length / 100);
}
