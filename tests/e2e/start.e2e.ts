/**
 * `npm start` on a machine without a display: it runs headless and writes
 * its screenshots (popup, sidebar on the practice form, preparation
 * document) to the folder it names. Run here as the script itself, with a
 * short time limit, on the extension already built.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './harness';

/** Width and height from a PNG's header (IHDR), after checking its signature. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect(bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])), `${file} is a PNG`).toBe(true);
  expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('npm start without a display', () => {
  it('runs headless and writes its screenshots, 1280×800, to the folder it prints', async () => {
    const out = mkdtempSync(join(tmpdir(), 'review-companion-start-'));
    try {
      const env = { ...process.env };
      delete env.DISPLAY;
      delete env.WAYLAND_DISPLAY;
      const child = spawn(process.execPath, ['scripts/start.mjs', '--no-build', '--out', out], { cwd: ROOT, env });
      let output = '';
      child.stdout.on('data', (chunk) => (output += chunk));
      child.stderr.on('data', (chunk) => (output += chunk));
      const code = await new Promise<number | null>((resolve) => {
        const limit = setTimeout(() => child.kill('SIGKILL'), 50_000);
        child.on('exit', (status) => {
          clearTimeout(limit);
          resolve(status);
        });
      });
      expect(code, output).toBe(0);
      expect(output).toContain(out);
      const files = readdirSync(out).sort();
      expect(files).toEqual(['1-sidebar-on-practice-form.png', '2-popup.png', '3-preparation-document.png', '4-welcome.png']);
      for (const file of files) {
        expect(pngSize(join(out, file))).toEqual({ width: 1280, height: 800 });
        // Not a blank image: a real page compresses to more than a few kilobytes.
        expect(readFileSync(join(out, file)).length).toBeGreaterThan(10_000);
      }
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 60_000);
});
