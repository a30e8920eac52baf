import { runCorpus } from '../tests/corpus/run';

/** The corpus of real published forms (tests/corpus): how many hand-written expectations the checker meets. */
export async function benchCorpus(): Promise<void> {
  const results = await runCorpus();
  const all = results.flatMap((r) => r.outcomes);
  const met = all.filter((o) => o.met).length;
  const provinces = new Set(results.map((r) => r.form.province)).size;
  console.log(
    `\ncorpus: ${results.length} forms, ${met}/${all.length} expectations met (${provinces} provinces; tests/corpus, docs/corpus.md)`,
  );
}
