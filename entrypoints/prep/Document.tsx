import { GoodToKnowView } from '@/components/GoodToKnow';
import type { PrepBlock, PrepDocument, PrepItem } from '@/utils/prep';

function Item({ item }: { item: PrepItem }) {
  return (
    <li>
      <span class="note-text">{item.text}</span>
      {(item.date || item.detail) && <span class="muted"> ({[item.date, item.detail].filter(Boolean).join(' · ')})</span>}
    </li>
  );
}

function Block({ block }: { block: PrepBlock }) {
  switch (block.kind) {
    case 'list': {
      const List = block.ordered ? 'ol' : 'ul';
      return (
        <div class="prep-list">
          {/* A section's own list sits under its h2: an h3 (a goal's lists use h4 under the goal's h3). */}
          {block.title && <h3 class="list-title">{block.title}</h3>}
          <List>
            {block.items.map((item, index) => (
              <Item key={index} item={item} />
            ))}
          </List>
        </div>
      );
    }
    case 'goal':
      return (
        <article class={`prep-goal status-${block.status}`}>
          <h3>{block.title}</h3>
          {block.description && <p class="note-text">{block.description}</p>}
          <dl class="facts">
            {block.facts.map((fact) => (
              <div key={fact.label}>
                <dt>{fact.label}</dt>
                <dd>{fact.value}</dd>
              </div>
            ))}
          </dl>
          {block.lists.map((list) => (
            <div key={list.role} class="prep-list">
              <h4>{list.title}</h4>
              <ul>
                {list.items.map((item, index) => (
                  <Item key={index} item={item} />
                ))}
              </ul>
            </div>
          ))}
        </article>
      );
    case 'comparison':
      return (
        <table class="comparison">
          <caption>{block.title}</caption>
          <thead>
            <tr>
              {block.columns.map((column) => (
                <th scope="col" key={column}>
                  {column}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {block.rows.map((row, index) => (
              <tr key={index} class={`change-${row.change}`}>
                <th scope="row">{row.goal}</th>
                <td>{row.changeLabel}</td>
                <td>{row.then}</td>
                <td>{row.now}</td>
              </tr>
            ))}
          </tbody>
        </table>
      );
  }
}

/** The preparation document as a printable page (text only: user content is never markup). */
export function PrepDocumentView({ doc }: { doc: PrepDocument }) {
  return (
    <article class="prep-document" lang={doc.language} data-testid="prep-document">
      <header>
        <h1>{doc.title}</h1>
        <p class="muted">{doc.subtitle}</p>
      </header>
      {doc.sections.map((section, index) => (
        <section key={section.id} class={`prep-section section-${section.id}`} aria-labelledby={`section-${section.id}`}>
          <h2 id={`section-${section.id}`}>
            {index + 1}. {section.heading}
          </h2>
          {section.empty && <p class="empty">{section.empty}</p>}
          {section.blocks.map((block, at) => (
            <Block key={at} block={block} />
          ))}
        </section>
      ))}
      <GoodToKnowView info={doc.goodToKnow} headingId="section-good-to-know" />
    </article>
  );
}
