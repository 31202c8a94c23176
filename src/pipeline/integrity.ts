/**
 * Every reference between records resolves: claims to their article,
 * sentences, asserter, subjects and cited source; cited sources to their
 * entity and citing articles; mentions to their sentences. Astro does not
 * check references for us, so the pipeline does.
 */
import type { Corpus } from './schema.ts';
import { relatedId } from './extract-article.ts';

export class IntegrityError extends Error {
  readonly problems: string[];

  constructor(problems: string[]) {
    super(`the records do not hold together:\n${problems.join('\n')}`);
    this.name = 'IntegrityError';
    this.problems = problems;
  }
}

export function checkIntegrity(corpus: Corpus): void {
  const problems: string[] = [];
  const ids = new Set<string>();
  for (const record of [...corpus.sources, ...corpus.claims, ...corpus.entities]) {
    if (ids.has(record.id)) problems.push(`duplicate id ${record.id}`);
    ids.add(record.id);
  }
  const entities = new Set(corpus.entities.map((e) => e.id));
  const sentences = new Set<string>();
  const cited = new Set<string>();
  for (const source of corpus.sources) {
    if (source.kind === 'cited') {
      cited.add(source.id);
      if (!entities.has(source.entityId)) problems.push(`cited source ${source.id}: unknown entity ${source.entityId}`);
    } else {
      for (const p of source.paragraphs) for (const s of p.sentences) sentences.add(`${source.id}#${s.id}`);
      source.related.forEach((_, r) => sentences.add(`${source.id}#${relatedId(r)}`));
    }
  }
  for (const source of corpus.sources) {
    if (source.kind !== 'cited') continue;
    for (const c of source.citedBy) if (!sentences.has(`${c.articleId}#${c.sentenceId}`)) problems.push(`cited source ${source.id}: unknown sentence ${c.articleId}#${c.sentenceId}`);
  }
  for (const claim of corpus.claims) {
    const where = `claim ${claim.id}`;
    for (const s of claim.sentenceIds) if (!sentences.has(`${claim.sourceId}#${s}`)) problems.push(`${where}: unknown sentence ${claim.sourceId}#${s}`);
    if (!entities.has(claim.asserterId)) problems.push(`${where}: unknown asserter ${claim.asserterId}`);
    for (const s of claim.subjects) if (!entities.has(s)) problems.push(`${where}: unknown subject ${s}`);
    if (claim.via !== undefined && !cited.has(claim.via)) problems.push(`${where}: unknown cited source ${claim.via}`);
    for (const e of claim.evidence) {
      if (!sentences.has(`${e.sourceId}#${e.sentenceId}`)) problems.push(`${where}: unknown evidence sentence ${e.sourceId}#${e.sentenceId}`);
      if (e.entityId !== undefined && !entities.has(e.entityId)) problems.push(`${where}: unknown evidence party ${e.entityId}`);
    }
  }
  for (const entity of corpus.entities) {
    for (const m of entity.mentions) if (!sentences.has(`${m.sourceId}#${m.sentenceId}`)) problems.push(`entity ${entity.id}: unknown mention sentence ${m.sourceId}#${m.sentenceId}`);
  }
  if (problems.length > 0) throw new IntegrityError(problems);
}
