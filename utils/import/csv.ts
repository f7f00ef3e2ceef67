/**
 * Delimited text (CSV, semicolon CSV, TSV, cells pasted from a spreadsheet)
 * read with papaparse: its delimiter detection, quoting and line-ending
 * handling. Only Excel's `sep=;` first line is handled here.
 */
import Papa, { type ParseResult, type Parser } from 'papaparse';
import { MAX_IMPORT_ROWS, MAX_ROW_CHARS, checkRow, isBeyondRowLimit, limitError } from './limits';
import { nextTurn } from './turn';

const DELIMITERS = [',', ';', '\t', '|'];
/** Chunk size for long files: progress is reported and the page gets a turn between chunks. */
const CHUNK_CHARS = 64 * 1024;

/** Excel's `sep=;` first line (optionally quoted): the delimiter, and the text without that line. */
export function takeSepLine(text: string): { text: string; delimiter?: string } {
  const match = /^"?sep=(.)"?[ \t]*(?:\r\n|\n|\r|$)/i.exec(text);
  return match ? { text: text.slice(match[0].length), delimiter: match[1] } : { text };
}

/** The delimiter papaparse guesses from the start of the text (`,` when it cannot tell). */
export function guessDelimiter(text: string, candidates: string[] = DELIMITERS): string {
  const sample = Papa.parse<string[]>(text.slice(0, 64 * 1024), {
    delimitersToGuess: candidates,
    preview: 50,
    skipEmptyLines: 'greedy',
  });
  return sample.meta.delimiter || ',';
}

const config = (delimiter: string) =>
  ({ delimiter, header: false, dynamicTyping: false, skipEmptyLines: 'greedy' }) as const;

/**
 * Rows as papaparse hands them over, kept within the import limits
 * (limits.ts): each row checked and cut to the width it uses as it arrives,
 * so a row of 100,000 empty cells costs nothing once read, and reading stops
 * at the first limit crossed. Rows are numbered as papaparse counts them
 * (non-empty records of the file).
 */
class RowCollector {
  readonly rows: string[][] = [];
  private chunks = 0;

  /** One chunk of papaparse's chunked parse of a text of `textLength` characters. */
  addChunk(results: ParseResult<string[]>, textLength: number): void {
    this.chunks++;
    this.add(results.data);
    this.checkUnfinished(Math.min(textLength, this.chunks * CHUNK_CHARS), results.meta.cursor);
  }

  add(rows: readonly string[][]): void {
    for (const row of rows) {
      const used = checkRow(row, this.rows.length + 1);
      row.length = used;
      this.rows.push(row);
      if (isBeyondRowLimit(this.rows.length)) throw limitError({ limit: 'rows', max: MAX_IMPORT_ROWS });
    }
  }

  /**
   * After a chunk: the text read but not yet part of a finished row (`fed`
   * characters given to the parser, `cursor` where its last finished row
   * ended). A row that long is refused before the parser splits it.
   */
  checkUnfinished(fed: number, cursor: number): void {
    if (fed - cursor > MAX_ROW_CHARS) throw limitError({ limit: 'row-length', max: MAX_ROW_CHARS, row: this.rows.length + 1 });
  }
}

/**
 * All rows at once (pasted cells, short texts), within the import limits:
 * throws ImportError(`over-limit`) at the first one crossed. Synchronous:
 * papaparse parses a string chunk after chunk on the calling thread.
 */
export function parseDelimited(text: string, delimiter: string): string[][] {
  const collector = new RowCollector();
  let failure: unknown;
  Papa.parse<string[]>(text, {
    ...config(delimiter),
    chunkSize: CHUNK_CHARS,
    chunk(results: ParseResult<string[]>, parser: Parser) {
      try {
        collector.addChunk(results, text.length);
      } catch (error) {
        failure = error;
        parser.abort();
      }
    },
    complete() {
      // Rows arrive through `chunk`; nothing is left to collect.
    },
  });
  if (failure) throw failure;
  return collector.rows;
}

/**
 * The same rows, parsed in chunks: `onProgress` gets the fraction read after
 * each chunk, and the event loop a turn (papaparse pause/resume), so a page
 * stays responsive on long files. Runs on the calling thread (no Worker).
 * Rejects with ImportError(`over-limit`) at the first limit crossed.
 */
export function parseDelimitedInChunks(
  text: string,
  delimiter: string,
  onProgress?: (fraction: number) => void,
): Promise<string[][]> {
  if (text.length <= CHUNK_CHARS) {
    const rows = parseDelimited(text, delimiter);
    onProgress?.(1);
    return Promise.resolve(rows);
  }
  return new Promise((resolve, reject) => {
    const collector = new RowCollector();
    let failed = false;
    Papa.parse<string[]>(text, {
      ...config(delimiter),
      chunkSize: CHUNK_CHARS,
      chunk(results: ParseResult<string[]>, parser: Parser) {
        try {
          collector.addChunk(results, text.length);
        } catch (error) {
          failed = true;
          parser.abort();
          reject(error);
          return;
        }
        onProgress?.(Math.min(1, results.meta.cursor / text.length));
        parser.pause();
        void nextTurn().then(() => parser.resume());
      },
      complete() {
        if (failed) return;
        onProgress?.(1);
        resolve(collector.rows);
      },
      error(error: Error) {
        reject(error);
      },
    });
  });
}
