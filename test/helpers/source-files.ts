/** The .ts files under a directory, recursively; `skipDir` leaves out subdirectories by name. */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export function tsFiles(dir: string, skipDir: (name: string) => boolean = () => false): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return skipDir(name) ? [] : tsFiles(p, skipDir);
    return p.endsWith('.ts') ? [p] : [];
  });
}
