import { describe, expect, it } from 'vitest';
import { countryOf, demonymOf, isCapital, isKnownPlace } from '../../src/pipeline/entities/gazetteer.ts';

describe('countryOf', () => {
  it('gives Turkey and Türkiye the same country', () => {
    expect(countryOf('Turkey')).toBeDefined();
    expect(countryOf('Türkiye')).toBe(countryOf('Turkey'));
    expect(countryOf('Turkiye')).toBe(countryOf('Turkey'));
  });

  it('reads "Britain" and "Great Britain" as the United Kingdom', () => {
    expect(countryOf('Britain')).toBe('United Kingdom');
    expect(countryOf('Great Britain')).toBe('United Kingdom');
    expect(countryOf('U.K.')).toBe('United Kingdom');
  });

  it('reads "U.S.", "US" and "USA" as the United States', () => {
    expect(countryOf('U.S.')).toBe('United States');
    expect(countryOf('US')).toBe('United States');
    expect(countryOf('USA')).toBe('United States');
  });

  it('finds the short name inside an official name', () => {
    expect(countryOf('Republic of Türkiye')).toBe(countryOf('Turkey'));
  });

  it('does not read "St" or "St." (Saint, Street) as a country code', () => {
    expect(countryOf('St')).toBeUndefined();
    expect(countryOf('St.')).toBeUndefined();
  });

  it('does not read ISO codes as countries: prose writes them only for the US and the UK', () => {
    for (const code of ['TT', 'GE', 'AU', 'PR', 'SK', 'DE']) expect(countryOf(code)).toBeUndefined();
  });

  it('does not read lower-case words or demonyms as countries', () => {
    expect(countryOf('us')).toBeUndefined();
    expect(countryOf('Russian')).toBeUndefined();
    expect(countryOf('Turkish')).toBeUndefined();
  });
});

describe('demonymOf', () => {
  it('maps demonyms to their country', () => {
    expect(demonymOf('Russian')).toBe('Russia');
    expect(demonymOf('Ukrainian')).toBe('Ukraine');
    expect(demonymOf('Italian')).toBe('Italy');
    expect(demonymOf('British')).toBe('United Kingdom');
    expect(demonymOf('American')).toBe('United States');
    expect(demonymOf('Turkish')).toBe(countryOf('Turkey'));
  });

  it('reads a demonym with an origin suffix ("Turkish-made")', () => {
    expect(demonymOf('Turkish-made')).toBe(countryOf('Turkey'));
  });

  it('does not take a country name or an ordinary word for a demonym', () => {
    expect(demonymOf('Russia')).toBeUndefined();
    expect(demonymOf('Minister')).toBeUndefined();
  });
});

describe('cities', () => {
  it('knows capitals whatever the context', () => {
    expect(isCapital('Kyiv')).toBe(true);
    expect(isCapital('Ankara')).toBe(true);
    expect(isCapital('Tampere')).toBe(false);
  });

  it('knows cities that are not capitals, and not invented names', () => {
    expect(isKnownPlace('Tampere')).toBe(true);
    expect(isKnownPlace('Tula')).toBe(true);
    expect(isKnownPlace('Varnholmsk')).toBe(false);
  });
});
