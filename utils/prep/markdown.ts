/**
 * The prep document as GFM Markdown, for the "export as Markdown" button.
 * Every text is escaped, ours and the user's alike: a note can add no heading,
 * list, table cell, link or HTML. No HTML is produced at all; `<` and `>`
 * become entities so not even the characters of a tag survive.
 */
import { fill, PREP_STRINGS } from './strings';
import type { PrepBlock, PrepDocument, PrepItem } from './types';

export function toMarkdown(doc: PrepDocument): string {
  const figure = PREP_STRINGS[doc.language].figure;
  const out: string[] = [`# ${heading(doc.title)}`];
  if (doc.subtitle.trim()) out.push(multiline(doc.subtitle, ''));
  for (const section of doc.sections) {
    out.push(`## ${heading(section.heading)}`);
    if (section.empty) out.push(`_${inline(oneLine(section.empty))}_`);
    for (const block of section.blocks) out.push(...blockLines(block, figure));
  }
  return `${out.join('\n\n')}\n`;
}

function blockLines(block: PrepBlock, figure: string): string[] {
  switch (block.kind) {
    case 'list':
      return [...(block.title ? [`### ${heading(block.title)}`] : []), list(block.items, block.ordered)];
    case 'goal': {
      const out = [`### ${heading(block.title)}`];
      if (block.description?.trim()) out.push(multiline(block.description, ''));
      const facts = block.facts.map(
        (fact) => `- ${fill(figure, { label: `**${inline(oneLine(fact.label))}**`, value: inline(oneLine(fact.value)) })}`,
      );
      if (facts.length) out.push(facts.join('\n'));
      for (const sub of block.lists) out.push(`#### ${heading(sub.title)}`, list(sub.items));
      return out;
    }
    case 'comparison': {
      const row = (cells: readonly string[]) => `| ${cells.map(cell).join(' | ')} |`;
      const table = [
        row(block.columns),
        `| ${block.columns.map(() => '---').join(' | ')} |`,
        ...block.rows.map((r) => row([r.goal, r.changeLabel, r.then, r.now])),
      ];
      return [`### ${heading(block.title)}`, table.join('\n')];
    }
  }
}

function list(items: PrepItem[], ordered = false): string {
  return items
    .map((item, i) => {
      const marker = ordered ? `${i + 1}. ` : '- ';
      const parts = [item.date && inline(oneLine(item.date)), multiline(item.text, ' '.repeat(marker.length))];
      if (item.detail) parts.push(inline(oneLine(item.detail)));
      return marker + parts.filter(Boolean).join(' — ');
    })
    .join('\n');
}

/** Characters that start inline structure anywhere: emphasis, code, links, headings, cells, strikethrough. */
function inline(text: string): string {
  return text
    .replace(/[\\`*_[\]#|~]/g, '\\$&')
    .replace(/&(?=#?\w+;)/g, '\\&') // `&lt;` typed by the user stays text
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

/** Characters that start block structure at the start of a line: lists, setext underlines. */
function lineStart(line: string): string {
  return line.replace(/^[-+=]/, '\\$&').replace(/^(\d+)([.)])/, '$1\\$2');
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function heading(text: string): string {
  return inline(oneLine(text));
}

/** User text over several lines: one escaped line each, joined by hard breaks, indented to stay in its list item. */
function multiline(text: string, indent: string): string {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => lineStart(inline(line)))
    .join(`\\\n${indent}`);
}

function cell(text: string): string {
  return inline(oneLine(text));
}
