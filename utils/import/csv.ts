/**
 * Delimited text (CSV, semicolon CSV, TSV, cells pasted from a spreadsheet)
 * read with papaparse: its delimiter detection, quoting and line-ending
 * handling. Only Excel's `sep=;` first line is handled here.
 */
import Papa, { type ParseResult, type Parser } from 'papaparse';

const DELIMITERS = [',', ';', '\t', '|'];
/** Chunk size for long files: progress is reported and the page gets a turn between chunks. */
const CHUNK_CHARS = 256 * 1024;

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

/** All rows at once (pasted cells, short texts). */
export function parseDelimited(text: string, delimiter: string): string[][] {
  return Papa.parse<string[]>(text, config(delimiter)).data;
}

/**
 * The same rows, parsed in chunks: `onProgress` gets the fraction read after
 * each chunk, and the event loop a turn (papaparse pause/resume), so a page
 * stays responsive on long files. Runs on the calling thread (no Worker).
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
    const rows: string[][] = [];
    Papa.parse<string[]>(text, {
      ...config(delimiter),
      chunkSize: CHUNK_CHARS,
      chunk(results: ParseResult<string[]>, parser: Parser) {
        for (const row of results.data) rows.push(row);
        onProgress?.(Math.min(1, results.meta.cursor / text.length));
        parser.pause();
        setTimeout(() => parser.resume(), 0);
      },
      complete() {
        onProgress?.(1);
        resolve(rows);
      },
      error(error: Error) {
        reject(error);
      },
    });
  });
}
