/**
 * Curated corrections, kept as data in the content folder and applied after
 * extraction: an entity's description, kind and extra aliases
 * (`entities.yaml`), a claim's asserter or status (`overrides.yaml`). Each
 * change is recorded on the record it changes, with its note.
 */
import { parseDocument } from 'yaml';
import { z } from 'zod';
import { ClaimStatus, EntityKind, Id, type Corpus, type Entity } from './schema.ts';
import { InputError, InputErrors } from './errors.ts';
import { foldKey } from './entities/normalize.ts';

export const EntityOverride = z.strictObject({
  description: z.string().trim().min(1).optional(),
  kind: EntityKind.optional(),
  aliases: z.array(z.string().trim().min(1)).optional(),
  note: z.string().trim().min(1).optional(),
});
export const EntityOverrides = z.record(Id, EntityOverride);
export type EntityOverrides = z.infer<typeof EntityOverrides>;

export const ClaimOverride = z.strictObject({
  status: ClaimStatus.optional(),
  asserter: Id.optional(),
  note: z.string().trim().min(1),
});
export const ClaimOverrides = z.strictObject({ claims: z.record(z.string().min(1), ClaimOverride).default({}) });
export type ClaimOverrides = z.infer<typeof ClaimOverrides>;

/** Parses one overrides file; every problem names the file, the line where YAML knows it, and the key. */
export function parseOverrides<T>(text: string, file: string, schema: z.ZodType<T>): T {
  const document = parseDocument(text, { prettyErrors: true });
  if (document.errors.length > 0) {
    throw new InputErrors(document.errors.map((e) => new InputError(file, `malformed YAML: ${e.message.split('\n')[0]}`, { line: e.linePos?.[0]?.line ?? 1 })));
  }
  const result = schema.safeParse(document.toJS() ?? {});
  if (!result.success) throw new InputErrors(result.error.issues.map((i) => new InputError(file, i.message, { field: i.path.join('.') || '(top level)' })));
  return result.data;
}

export interface OverrideFiles {
  entities: { file: string; overrides: EntityOverrides } | undefined;
  claims: { file: string; overrides: ClaimOverrides } | undefined;
}

export function applyOverrides(corpus: Corpus, files: OverrideFiles): Corpus {
  const problems: InputError[] = [];
  let result = corpus;
  if (files.entities) result = applyEntityOverrides(result, files.entities.file, files.entities.overrides, problems);
  if (files.claims) result = applyClaimOverrides(result, files.claims.file, files.claims.overrides, problems);
  if (problems.length > 0) throw new InputErrors(problems);
  return result;
}

function applyEntityOverrides(corpus: Corpus, file: string, overrides: EntityOverrides, problems: InputError[]): Corpus {
  let entities = corpus.entities.map((e) => ({ ...e, overrides: [...e.overrides] }));
  const renamed = new Map<string, string>();
  for (const [id, o] of Object.entries(overrides)) {
    const entity = entities.find((e) => e.id === id);
    if (!entity) {
      problems.push(new InputError(file, `no entity has the id "${id}"`, { field: id }));
      continue;
    }
    const note = o.note === undefined ? {} : { note: o.note };
    if (o.description !== undefined) {
      entity.overrides.push({ field: 'description', ...(entity.description ? { from: entity.description } : {}), to: o.description, ...note });
      entity.description = o.description;
    }
    if (o.kind !== undefined && o.kind !== entity.kind) {
      entity.overrides.push({ field: 'kind', from: entity.kind, to: o.kind, ...note });
      entity.kind = o.kind;
    }
    for (const alias of o.aliases ?? []) {
      // An alias that another entity goes by merges that entity into this one.
      const other = entities.find((e) => e !== entity && [e.name, ...e.aliases].some((n) => foldKey(n) === foldKey(alias)));
      if (other) {
        mergeInto(entity, other);
        renamed.set(other.id, entity.id);
        entities = entities.filter((e) => e !== other);
      }
      if (!entity.aliases.some((a) => foldKey(a) === foldKey(alias)) && foldKey(entity.name) !== foldKey(alias)) entity.aliases.push(alias);
      entity.overrides.push({ field: 'aliases', to: alias, ...note });
    }
  }
  return renamed.size === 0 ? { ...corpus, entities } : { ...remapEntityIds(corpus, renamed), entities };
}

function mergeInto(target: Entity, other: Entity): void {
  target.aliases = [...new Set([...target.aliases, other.name, ...other.aliases])].filter((a) => a !== target.name).sort();
  target.descriptors = [...new Set([...target.descriptors, ...other.descriptors])].sort();
  target.mentions = [...target.mentions, ...other.mentions];
}

function remapEntityIds(corpus: Corpus, renamed: ReadonlyMap<string, string>): Corpus {
  const to = (id: string) => renamed.get(id) ?? id;
  return {
    ...corpus,
    sources: corpus.sources.map((s) => (s.kind === 'cited' ? { ...s, entityId: to(s.entityId) } : s)),
    claims: corpus.claims.map((c) => ({
      ...c,
      asserterId: to(c.asserterId),
      subjects: [...new Set(c.subjects.map(to))].filter((id) => id !== to(c.asserterId)),
      evidence: c.evidence.map((e) => (e.entityId === undefined ? e : { ...e, entityId: to(e.entityId) })),
    })),
  };
}

function applyClaimOverrides(corpus: Corpus, file: string, overrides: ClaimOverrides, problems: InputError[]): Corpus {
  const claims = corpus.claims.map((c) => ({ ...c, overrides: [...c.overrides] }));
  const entityIds = new Set(corpus.entities.map((e) => e.id));
  for (const [id, o] of Object.entries(overrides.claims)) {
    const claim = claims.find((c) => c.id === id);
    if (!claim) {
      problems.push(new InputError(file, `no claim has the id "${id}"`, { field: `claims.${id}` }));
      continue;
    }
    if (o.asserter !== undefined) {
      if (!entityIds.has(o.asserter)) {
        problems.push(new InputError(file, `no entity has the id "${o.asserter}"`, { field: `claims.${id}.asserter` }));
        continue;
      }
      claim.overrides.push({ field: 'asserterId', from: claim.asserterId, to: o.asserter, note: o.note });
      claim.asserterId = o.asserter;
    }
    if (o.status !== undefined) {
      claim.overrides.push({ field: 'status', from: claim.status, to: o.status, note: o.note });
      claim.status = o.status;
    }
  }
  return { ...corpus, claims };
}
