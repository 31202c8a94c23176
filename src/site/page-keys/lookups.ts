/**
 * Records lookups written down as they happen. A page on a keyed route reads
 * the records through trackedRecords(), which notes every method called and
 * every property read, with its arguments, as a lookup key; the next build
 * runs the same lookups again (runLookup) to tell whether the page would
 * come out the same.
 */
import type { Records } from '../records.ts';

type Arg = string | number | boolean | null | { readonly [key: string]: Arg | undefined };

function isArg(value: unknown): value is Arg {
  const type = typeof value;
  if (value === null || type === 'string' || type === 'number' || type === 'boolean') return true;
  if (typeof value !== 'object' || Object.getPrototypeOf(value) !== Object.prototype) return false;
  return Object.values(value).every((inner) => inner === undefined || isArg(inner));
}

/** The key of a lookup: a property read has no arguments, a call has a list of them. */
export function lookupKey(path: string, args?: readonly unknown[]): string {
  if (args === undefined) return JSON.stringify([path]);
  const wrong = args.findIndex((arg) => !isArg(arg));
  if (wrong >= 0) {
    // A record or a list as an argument would make every key as large as the record, and a record is found again by its id.
    throw new TypeError(`records.${path}(): argument ${wrong + 1} must be an id, a number or a filter, not a record or a list`);
  }
  return JSON.stringify([path, args]);
}

/** Runs a lookup from its key against these records. */
export function runLookup(records: Records, key: string): unknown {
  const [path, args] = JSON.parse(key) as [string, Arg[] | undefined];
  const names = path.split('.');
  let owner: object = records;
  for (const name of names.slice(0, -1)) owner = Reflect.get(owner, name) as object;
  const value: unknown = Reflect.get(owner, names.at(-1) as string);
  if (args === undefined) return value;
  if (typeof value !== 'function') throw new TypeError(`records.${path} is not a method`);
  return Reflect.apply(value, owner, args);
}

const isPlain = (value: object): boolean => Array.isArray(value) || Object.getPrototypeOf(value) === Object.prototype;

function tracked<T extends object>(target: T, prefix: string, note: (key: string) => void): T {
  return new Proxy(target, {
    get(owner, name) {
      const value: unknown = Reflect.get(owner, name, owner);
      // `await` asks every value for a `then`: not a lookup of the records.
      if (typeof name !== 'string' || !(name in owner)) return value;
      const path = prefix + name;
      if (typeof value === 'function') {
        return (...args: unknown[]): unknown => {
          note(lookupKey(path, args));
          // Called on the records themselves, not on the proxy: their private fields are not the proxy's.
          return Reflect.apply(value, owner, args);
        };
      }
      // An object with methods of its own (the claims' filters) is looked up through, a method at a time.
      if (value !== null && typeof value === 'object' && !isPlain(value)) return tracked(value, `${path}.`, note);
      note(lookupKey(path));
      return value;
    },
  });
}

/** These records, noting each lookup's key through `note`. */
export function trackedRecords(records: Records, note: (key: string) => void): Records {
  return tracked(records, '', note);
}
