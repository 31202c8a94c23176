import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Every file below a folder, by path, in a stable order. */
export function filesUnder(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? filesUnder(path) : [path];
    });
}
