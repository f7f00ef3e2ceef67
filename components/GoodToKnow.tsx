import type { GoodToKnow } from '@/utils/prep';

/** The "Good to know" part (welcome page, preparation document): general information, said to be so first. */
export function GoodToKnowView({ info, headingId }: { info: GoodToKnow; headingId: string }) {
  return (
    <section class="good-to-know" aria-labelledby={headingId} data-testid="good-to-know">
      <h2 id={headingId}>{info.title}</h2>
      <p class="muted">{info.caveat}</p>
      <ul>
        {info.points.map((point) => (
          <li key={point}>{point}</li>
        ))}
      </ul>
    </section>
  );
}
