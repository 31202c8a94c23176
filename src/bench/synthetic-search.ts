/**
 * A synthetic search corpus of any size, grown from the real documents:
 * quotes recombined from real sentences halves, entity names varied with
 * suffixes, so that the index grows as real news would rather than by copies.
 */
import type { ClaimDocument, EntityDocument, SearchDocuments } from '../search/documents.ts';
import { pick, seededRandom } from './random.ts';

export function syntheticDocuments(real: SearchDocuments, claims: number, seed = 1): SearchDocuments {
  const random = seededRandom(seed);
  const entityCount = Math.max(real.entities.length, Math.round(claims / 4));
  const entities: EntityDocument[] = [];
  for (let i = 0; i < entityCount; i++) {
    const base = real.entities[i % real.entities.length]!;
    const variant = i < real.entities.length ? '' : ` ${pick(random, SURNAME_PARTS)}${pick(random, SURNAME_PARTS).toLowerCase()}`;
    entities.push({ ...base, id: `${base.id}-${i}`, name: `${base.name}${variant}`, aliases: base.aliases.map((a) => `${a}${variant}`) });
  }
  const words = real.claims.map((c) => c.quote.split(/\s+/u));
  const documents: ClaimDocument[] = [];
  for (let i = 0; i < claims; i++) {
    const asserter = pick(random, entities);
    const first = pick(random, words);
    const second = pick(random, words);
    const quote = [...first.slice(0, Math.ceil(first.length / 2)), ...second.slice(Math.floor(second.length / 2))].join(' ');
    const subject = pick(random, entities);
    documents.push({ id: `claim-${i}`, quote, asserter: asserter.name, asserterId: asserter.id, status: pick(random, STATUSES), entityIds: [asserter.id, subject.id] });
  }
  return { entities, claims: documents, sources: real.sources };
}

const STATUSES = ['confirmed', 'unverified', 'disputed', 'denied', 'unassessed'];
const SURNAME_PARTS = ['Kov', 'Ber', 'Mar', 'Tan', 'Sol', 'Vik', 'Orn', 'Hal', 'Dre', 'Lun', 'Pas', 'Rio', 'Zem', 'Ish', 'Gar'];
