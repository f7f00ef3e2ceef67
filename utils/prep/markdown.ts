/**
 * The prep document as GFM Markdown, for the "export as Markdown" button.
 * Every text is escaped (`../markdown`), ours and the user's alike: a note can
 * add no heading, list, table cell, link or HTML.
 */
import { markdownLine, markdownLines } from '../markdown';
import { fill, PREP_STRINGS } from './strings';
import type { PrepBlock, PrepDocument, PrepItem } from './types';

export function toMarkdown(doc: PrepDocument): string {
  const figure = PREP_STRINGS[doc.language].figure;
  const out: string[] = [`# ${markdownLine(doc.title)}`];
  if (doc.subtitle.trim()) out.push(markdownLines(doc.subtitle, ''));
  for (const section of doc.sections) {
    out.push(`## ${markdownLine(section.heading)}`);
    if (section.empty) out.push(`_${markdownLine(section.empty)}_`);
    for (const block of section.blocks) out.push(...blockLines(block, figure));
  }
  const { title, caveat, points } = doc.goodToKnow;
  out.push(`## ${markdownLine(title)}`, `_${markdownLine(caveat)}_`, points.map((point) => `- ${markdownLine(point)}`).join('\n'));
  return `${out.join('\n\n')}\n`;
}

function blockLines(block: PrepBlock, figure: string): string[] {
  switch (block.kind) {
    case 'list':
      return [...(block.title ? [`### ${markdownLine(block.title)}`] : []), list(block.items, block.ordered)];
    case 'goal': {
      const out = [`### ${markdownLine(block.title)}`];
      if (block.description?.trim()) out.push(markdownLines(block.description, ''));
      const facts = block.facts.map(
        (fact) => `- ${fill(figure, { label: `**${markdownLine(fact.label)}**`, value: markdownLine(fact.value) })}`,
      );
      if (facts.length) out.push(facts.join('\n'));
      for (const sub of block.lists) out.push(`#### ${markdownLine(sub.title)}`, list(sub.items));
      return out;
    }
    case 'comparison': {
      const row = (cells: readonly string[]) => `| ${cells.map(markdownLine).join(' | ')} |`;
      const table = [
        row(block.columns),
        `| ${block.columns.map(() => '---').join(' | ')} |`,
        ...block.rows.map((r) => row([r.goal, r.changeLabel, r.then, r.now])),
      ];
      return [`### ${markdownLine(block.title)}`, table.join('\n')];
    }
  }
}

function list(items: PrepItem[], ordered = false): string {
  return items
    .map((item, i) => {
      const marker = ordered ? `${i + 1}. ` : '- ';
      const parts = [item.date && markdownLine(item.date), markdownLines(item.text, ' '.repeat(marker.length))];
      if (item.detail) parts.push(markdownLine(item.detail));
      return marker + parts.filter(Boolean).join(' — ');
    })
    .join('\n');
}

