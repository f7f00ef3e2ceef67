#!/usr/bin/env node
/**
 * Writes the byte-exact fixtures of the goals importer tests into
 * tests/fixtures/import/ (the generated files are committed; run again only
 * to change them): `node scripts/make-import-fixtures.mjs`.
 *
 * - XLSX workbooks built from scratch: a zip (Node's zlib deflate + our
 *   CRC-32) holding the minimal SpreadsheetML parts ([Content_Types].xml,
 *   _rels/.rels, xl/workbook.xml + rels, xl/styles.xml, xl/sharedStrings.xml,
 *   one xl/worksheets/sheetN.xml per sheet). Dates are stored the way Excel
 *   stores them: serial day numbers with a date number format (built-in 14,
 *   or custom 164 `dd/mm/yyyy`), plus one bare serial without a date format.
 * - OLE compound files (CFB v3, 512-byte sectors, no mini stream): a
 *   password-protected workbook (EncryptionInfo + EncryptedPackage streams,
 *   the container Office encrypts .xlsx into) and a legacy .xls (a BIFF8
 *   `Workbook` stream).
 * - Text in encodings an editor would not keep: Windows-1252, UTF-16 LE/BE
 *   with BOM, UTF-8 with BOM, CRLF and CR-only line endings, garbage bytes.
 * Plain UTF-8 / LF fixtures in that folder are written by hand.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { deflateRawSync } from 'node:zlib';

const OUT = resolve(import.meta.dirname, '../tests/fixtures/import');
mkdirSync(OUT, { recursive: true });
const write = (name, bytes) => writeFileSync(join(OUT, name), bytes);

// ── zip ──────────────────────────────────────────────────────────────────
const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(bytes) {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** A zip archive of `files` ({ path: string | Buffer }), deflated, fixed timestamp (reproducible). */
function zip(files) {
  const locals = [];
  const centrals = [];
  let offset = 0;
  const DOS_TIME = 0; // 00:00:00
  const DOS_DATE = ((2025 - 1980) << 9) | (1 << 5) | 1; // 2025-01-01
  for (const [path, content] of Object.entries(files)) {
    const name = Buffer.from(path, 'utf8');
    const data = Buffer.isBuffer(content) ? content : Buffer.from(content, 'utf8');
    const packed = deflateRawSync(data, { level: 9 });
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt16LE(DOS_TIME, 10);
    local.writeUInt16LE(DOS_DATE, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);
    locals.push(local, name, packed);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4); // version made by
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt16LE(DOS_TIME, 12);
    central.writeUInt16LE(DOS_DATE, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, name);
    offset += local.length + name.length + packed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(files).length, 8);
  end.writeUInt16LE(Object.keys(files).length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

// ── xlsx ─────────────────────────────────────────────────────────────────
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const escape = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
/** Style ids of the workbook's cellXfs below. */
const STYLE = { general: 0, date14: 1, dateCustom: 2, percent: 3 };

/** Excel's serial day number of an ISO date (1900 date system). */
function serial(iso) {
  return Math.round((Date.parse(`${iso}T00:00:00Z`) - Date.UTC(1899, 11, 30)) / 86_400_000);
}
const column = (index) => String.fromCharCode(65 + index);

/**
 * sheets: [{ name, rows: [[cell…]…] }], a cell being a string, a number,
 * null, or { n: number, s: styleId }.
 */
function xlsx(sheets) {
  const strings = [];
  const stringIndex = new Map();
  const shared = (text) => {
    if (!stringIndex.has(text)) {
      stringIndex.set(text, strings.length);
      strings.push(text);
    }
    return stringIndex.get(text);
  };
  const sheetXml = (rows) => {
    const body = rows
      .map((row, r) => {
        const cells = row
          .map((cell, c) => {
            const ref = `${column(c)}${r + 1}`;
            if (cell === null || cell === undefined) return '';
            if (typeof cell === 'string') return `<c r="${ref}" t="s"><v>${shared(cell)}</v></c>`;
            if (typeof cell === 'number') return `<c r="${ref}"><v>${cell}</v></c>`;
            return `<c r="${ref}" s="${cell.s}"><v>${cell.n}</v></c>`;
          })
          .join('');
        return `<row r="${r + 1}">${cells}</row>`;
      })
      .join('');
    return `${XML}<worksheet xmlns="${MAIN}"><sheetData>${body}</sheetData></worksheet>`;
  };
  const files = {};
  sheets.forEach((sheet, index) => {
    files[`xl/worksheets/sheet${index + 1}.xml`] = sheetXml(sheet.rows);
  });
  const overrides = sheets
    .map((_, index) => `<Override PartName="/xl/worksheets/sheet${index + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`)
    .join('');
  return zip({
    '[Content_Types].xml': `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${overrides}<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>`,
    '_rels/.rels': `${XML}<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    'xl/workbook.xml': `${XML}<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets>${sheets
      .map((sheet, index) => `<sheet name="${escape(sheet.name)}" sheetId="${index + 1}" r:id="rId${index + 1}"/>`)
      .join('')}</sheets></workbook>`,
    'xl/_rels/workbook.xml.rels': `${XML}<Relationships xmlns="${PKG_REL}">${sheets
      .map((_, index) => `<Relationship Id="rId${index + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${index + 1}.xml"/>`)
      .join('')}<Relationship Id="rIdStyles" Type="${REL}/styles" Target="styles.xml"/><Relationship Id="rIdStrings" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
    'xl/styles.xml': `${XML}<styleSheet xmlns="${MAIN}"><numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="4"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="9" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs></styleSheet>`,
    'xl/sharedStrings.xml': `${XML}<sst xmlns="${MAIN}" count="${strings.length}" uniqueCount="${strings.length}">${strings
      .map((text) => `<si><t xml:space="preserve">${escape(text)}</t></si>`)
      .join('')}</sst>`,
    ...files,
  });
}

const date14 = (iso) => ({ n: serial(iso), s: STYLE.date14 });
const dateCustom = (iso) => ({ n: serial(iso), s: STYLE.dateCustom });
const percent = (value) => ({ n: value, s: STYLE.percent });

write(
  'goals-serial-dates.xlsx',
  xlsx([
    {
      name: 'Goals 2025',
      rows: [
        ['Goal', 'Target', 'Actual', 'Unit', 'Due date', 'Weight', 'Status'],
        ['Grow EMEA revenue', 1200000, 1350000, '€', date14('2024-12-31'), percent(0.4), null],
        ['Reduce onboarding time', 10, 12, 'days', dateCustom('2025-03-31'), percent(0.35), 'At risk'],
        // A bare serial (no date format) in the date column: still a date in a workbook.
        ['Launch mentoring programme', null, null, null, serial('2025-06-30'), percent(0.25), 'Achieved'],
      ],
    },
    {
      name: 'Archive 2024',
      rows: [
        ['Title', 'Target', 'Actual', 'Deadline'],
        ['Old goal', 10, 5, date14('2024-06-30')],
      ],
    },
  ]),
);

write(
  'peoplecues.xlsx',
  xlsx([
    {
      name: 'Objectives',
      rows: [
        ['Objective Title', 'Owner_Email_ID', 'Start_Date', 'Due_Date', 'Metric_Name', 'Metric_Type', 'Metric_Start_Value', 'Metric_Target_Value'],
        ['Improve NPS', 'kim@example.com', date14('2025-01-01'), date14('2025-12-31'), 'NPS score', 'Number', 30, 45],
        ['Cut cloud spend', 'kim@example.com', date14('2025-01-01'), date14('2025-09-30'), 'Monthly cost', 'Currency', 52000, 40000],
        ['Raise test coverage', 'kim@example.com', date14('2025-01-01'), date14('2025-06-30'), 'Coverage', 'Percentage', 60, 80],
      ],
    },
  ]),
);

// ── compound files (CFB v3) ──────────────────────────────────────────────
const SECTOR = 512;
const FREESECT = 0xffffffff;
const ENDOFCHAIN = 0xfffffffe;
const FATSECT = 0xfffffffd;
const NOSTREAM = 0xffffffff;

/** A compound file holding `streams` ([name, Buffer]) in the root storage, each padded to 4096 bytes. */
function cfb(streams) {
  const streamSectors = streams.map(([, data]) => Math.ceil(Math.max(data.length, 4096) / SECTOR));
  const total = 2 + streamSectors.reduce((sum, count) => sum + count, 0);
  const file = Buffer.alloc(SECTOR * (1 + total));
  // Header
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(file, 0);
  file.writeUInt16LE(0x003e, 0x18);
  file.writeUInt16LE(0x0003, 0x1a);
  file.writeUInt16LE(0xfffe, 0x1c);
  file.writeUInt16LE(9, 0x1e);
  file.writeUInt16LE(6, 0x20);
  file.writeUInt32LE(1, 0x2c); // FAT sectors
  file.writeUInt32LE(1, 0x30); // first directory sector
  file.writeUInt32LE(0x1000, 0x38);
  file.writeUInt32LE(ENDOFCHAIN, 0x3c);
  file.writeUInt32LE(ENDOFCHAIN, 0x44);
  for (let index = 0; index < 109; index++) file.writeUInt32LE(index === 0 ? 0 : FREESECT, 0x4c + index * 4);
  const sector = (index) => SECTOR * (1 + index);
  // FAT (sector 0)
  const fat = new Array(SECTOR / 4).fill(FREESECT);
  fat[0] = FATSECT;
  fat[1] = ENDOFCHAIN;
  let next = 2;
  const starts = streamSectors.map((count) => {
    const start = next;
    for (let index = 0; index < count; index++) fat[next + index] = index === count - 1 ? ENDOFCHAIN : next + index + 1;
    next += count;
    return start;
  });
  fat.forEach((value, index) => file.writeUInt32LE(value, sector(0) + index * 4));
  // Directory (sector 1): root + streams as a right-leaning chain (sorted by name length, then name).
  const order = streams.map((_, index) => index).sort((a, b) => {
    const [x, y] = [streams[a][0], streams[b][0]];
    return x.length - y.length || (x.toUpperCase() < y.toUpperCase() ? -1 : 1);
  });
  const entry = (slot, name, type, child, right, start, size) => {
    const at = sector(1) + slot * 128;
    const encoded = Buffer.from(`${name}\0`, 'utf16le');
    encoded.copy(file, at);
    file.writeUInt16LE(encoded.length, at + 0x40);
    file.writeUInt8(type, at + 0x42);
    file.writeUInt8(1, at + 0x43); // black
    file.writeUInt32LE(NOSTREAM, at + 0x44);
    file.writeUInt32LE(right, at + 0x48);
    file.writeUInt32LE(child, at + 0x4c);
    file.writeUInt32LE(start, at + 0x74);
    file.writeUInt32LE(size, at + 0x78);
  };
  entry(0, 'Root Entry', 5, order[0] + 1, NOSTREAM, ENDOFCHAIN, 0);
  order.forEach((streamIndex, position) => {
    const [name, data] = streams[streamIndex];
    const right = position + 1 < order.length ? order[position + 1] + 1 : NOSTREAM;
    entry(streamIndex + 1, name, 2, NOSTREAM, right, starts[streamIndex], Math.max(data.length, 4096));
    data.copy(file, sector(starts[streamIndex]));
  });
  return file;
}

const encryptionInfo = Buffer.concat([
  Buffer.from([0x04, 0x00, 0x04, 0x00, 0x40, 0x00, 0x00, 0x00]), // agile encryption, version 4.4
  Buffer.from(
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<encryption xmlns="http://schemas.microsoft.com/office/2006/encryption"><keyData saltSize="16" blockSize="16" keyBits="256" hashSize="64" cipherAlgorithm="AES" cipherChaining="ChainingModeCBC" hashAlgorithm="SHA512" saltValue="AAAAAAAAAAAAAAAAAAAAAA=="/></encryption>',
    'utf8',
  ),
]);
const encryptedPackage = Buffer.alloc(4096, 0xa5);
encryptedPackage.writeUInt32LE(2048, 0); // size of the (fake) decrypted package
write('protected.xlsx', cfb([['EncryptionInfo', encryptionInfo], ['EncryptedPackage', encryptedPackage]]));

// BIFF8 BOF record (workbook globals) followed by EOF.
const biff = Buffer.from([0x09, 0x08, 0x10, 0x00, 0x00, 0x06, 0x05, 0x00, 0xbb, 0x0d, 0xcc, 0x07, 0, 0, 0, 0, 0x06, 0x04, 0, 0, 0x0a, 0x00, 0x00, 0x00]);
write('legacy.xls', cfb([['Workbook', biff]]));

// ── encodings and line endings ───────────────────────────────────────────
const CP1252 = new Map([
  ['€', 0x80], ['‚', 0x82], ['„', 0x84], ['…', 0x85], ['‘', 0x91], ['’', 0x92], ['“', 0x93], ['”', 0x94], ['–', 0x96], ['—', 0x97],
]);
function windows1252(text) {
  return Buffer.from(
    [...text].map((char) => {
      const code = char.codePointAt(0);
      if (CP1252.has(char)) return CP1252.get(char);
      if (code < 0x80 || (code >= 0xa0 && code <= 0xff)) return code;
      throw new Error(`not in Windows-1252: ${char}`);
    }),
  );
}
const crlf = (lines) => `${lines.join('\r\n')}\r\n`;

write(
  'windows-1252.csv',
  windows1252(
    crlf([
      'Objectif;Cible;Réalisé;Unité;Échéance;Statut;Description',
      'Réduire les coûts – phase 2;12\u00a0500 €;11\u00a0800 €;;31/12/2025;atteint;Le “plan d’économies” validé',
      'Améliorer la qualité;95,5;96,2;%;30/06/2025;En cours;Taux de réussite – tests',
    ]),
  ),
);

const german = crlf([
  'Ziel\tZielwert\tIstwert\tEinheit\tFälligkeitsdatum\tStatus\tGewichtung',
  'Umsatz steigern\t1.250.000\t1.310.500,50\t€\t31.12.2025\terreicht\t40 %',
  'Kosten senken\t80.000\t85.000\t€\t30.06.2025\tteilweise erreicht\t35 %',
  'Schulung abschließen\t\t\t\t15.09.2025\tabgebrochen\t25 %',
]);
write('utf16le-bom.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(german, 'utf16le')]));

const english = crlf(['Title,Target,Actual,Due date', 'Ship v2,10,12,2025-12-31', 'Hire two engineers — “senior”,2,1,2025-09-30']);
const le = Buffer.from(english, 'utf16le');
const be = Buffer.alloc(le.length);
for (let index = 0; index < le.length; index += 2) {
  be[index] = le[index + 1];
  be[index + 1] = le[index];
}
write('utf16be-bom.csv', Buffer.concat([Buffer.from([0xfe, 0xff]), be]));

write(
  'utf8-bom.csv',
  Buffer.concat([
    Buffer.from([0xef, 0xbb, 0xbf]),
    Buffer.from(
      crlf([
        'Title,Description,Target,Actual,Unit,Due date,Status,Weight',
        '"Grow revenue, EMEA","Focus on ""key"" accounts","1,234.5","1,300",k€,2025-12-31,On track,60',
        'Café opening,Open the new café,1,1,,2025-06-30,Done,40',
      ]),
      'utf8',
    ),
  ]),
);

write(
  'semicolon-decimal-comma.csv',
  crlf([
    'sep=;',
    'Titel;Omschrijving;Streefwaarde;Gerealiseerd;Eenheid;Einddatum;Status;Weging',
    'Klanttevredenheid verhogen;NPS-score;12,5;13,1;punten;31-12-2025;behaald;30',
    'Kosten verlagen;Operationele kosten;1.250.000;1.180.000,75;€;30-06-2025;;40',
    'Verzuim terugdringen;;4,5;5,2;%;15-03-2025;niet behaald;30',
  ]),
);

write(
  'quoted-newlines.csv',
  crlf([
    'Title,Description,Key results,Target,Actual',
    '"Improve ""customer"" onboarding","Line one, with a comma\r\nLine two","- Cut time to first value\r\n- Publish the guide",5,4',
    'Plain goal,"She said ""done""",,1,1',
  ]),
);

// Number forms of the four languages; the spaces are U+0020, U+00A0 and U+202F.
write(
  'numbers.tsv',
  [
    'Title\tTarget\tActual\tBaseline',
    'English\t1,234.5\t$1,200.50\t-3',
    'German\t1.234,5\t1.200,50 €\t(3)',
    'French\t1\u00a0234,5\t12,5 %\t0',
    'Narrow\t1\u202f234,5\t£3\t1',
    'Spaced\t1 234,5\tEUR 7\t2',
    'Bad\tabout 12\t\t',
    '',
  ].join('\n'),
);

write('cr-line-endings.csv', 'Title,Target,Actual\rFirst goal,10,5\rSecond goal,4,4\r');

// Deterministic garbage (xorshift32) that is neither UTF-8 nor text.
let seed = 0x2545f491;
const garbage = Buffer.alloc(2048);
for (let index = 0; index < garbage.length; index++) {
  seed ^= seed << 13;
  seed ^= seed >>> 17;
  seed ^= seed << 5;
  garbage[index] = (seed >>> 0) & 0xff;
}
garbage[0] = 0x01; // no accidental magic number
write('garbage.csv', garbage);
write('empty.csv', Buffer.alloc(0));
console.log(`fixtures written to ${OUT}`);
