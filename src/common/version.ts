import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The nearest package.json above this file (src/ in development, dist/ in the image). */
export function readPackageVersion(): { name: string; version: string } {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    const candidate = join(dir, 'package.json');
    if (existsSync(candidate)) {
      const pkg = JSON.parse(readFileSync(candidate, 'utf8')) as { name: string; version: string };
      return { name: pkg.name, version: pkg.version };
    }
    dir = dirname(dir);
  }
  return { name: 'klepaas-backend', version: '0.0.0' };
}
