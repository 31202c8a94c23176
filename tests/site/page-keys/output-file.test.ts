import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { outputFile } from '../../../src/site/page-keys/output-file.ts';

describe('the output file of a page', () => {
  it('puts each page in a folder of its path, as the site’s trailing slashes ask', () => {
    expect(outputFile('out', '/claims/[id]', { id: 'c-1' })).toBe(join('out', 'claims', 'c-1', 'index.html'));
    expect(outputFile('out', '/entities/[id]/[list]/[...page]', { id: 'e', list: 'articles', page: 'page/2' })).toBe(
      join('out', 'entities', 'e', 'articles', 'page', '2', 'index.html'),
    );
  });

  it('leaves out a rest parameter that is not given', () => {
    expect(outputFile('out', '/claims/[...listing]', { listing: undefined })).toBe(join('out', 'claims', 'index.html'));
    expect(outputFile('out', '/entities/[id]/[list]/[...page]', { id: 'e', list: 'claims' })).toBe(join('out', 'entities', 'e', 'claims', 'index.html'));
  });
});
