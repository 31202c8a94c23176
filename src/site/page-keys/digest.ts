/**
 * Digests of plain data: what a page was given and what its lookups
 * returned. Only plain objects, arrays and primitives are accepted; a Map,
 * a class instance or a function would serialize to `{}` whatever it holds,
 * and two different pages would then look the same.
 *
 * A record (an object with an `id`) is digested once per build and stands
 * for itself by its digest wherever it appears again: a claim is in a dozen
 * lists (its asserter's, its article's, each filter's), and serializing
 * every list whole took most of a rebuild that rendered nothing. The records
 * are loaded once per build and never changed, so the object is the record.
 */
import { createHash } from 'node:crypto';

const sha1 = (text: string): string => createHash('sha1').update(text).digest('base64url');
const recordDigests = new WeakMap<object, string>();

function notPlain(what: string): never {
  throw new TypeError(`cannot digest ${what}: only plain objects, arrays and primitives can be`);
}

function encode(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  switch (typeof value) {
    case 'string':
    case 'number':
    case 'boolean':
      return JSON.stringify(value);
    case 'object':
      break;
    default:
      return notPlain(`a ${typeof value}`);
  }
  if (Array.isArray(value)) return `[${value.map(encode).join(',')}]`;
  if (Object.getPrototypeOf(value) !== Object.prototype) return notPlain(`a ${value.constructor.name}`);
  const known = recordDigests.get(value);
  if (known !== undefined) return known;
  const fields = Object.entries(value).filter(([, field]) => field !== undefined);
  const text = `{${fields.map(([name, field]) => `${JSON.stringify(name)}:${encode(field)}`).join(',')}}`;
  if (!('id' in value) || typeof value.id !== 'string') return text;
  const digest = `#${sha1(text)}`;
  recordDigests.set(value, digest);
  return digest;
}

export function digestOf(value: unknown): string {
  return sha1(encode(value));
}

/** A page's digest: what it was given and what each of its lookups returned, in the order of the lookups. */
export function pageDigest(propsDigest: string, lookupDigests: readonly string[]): string {
  return digestOf([propsDigest, lookupDigests]);
}
