import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { TEST_SESSION_SECRET } from './env';

/** No secret and no server-only code reaches the browser: scan every client chunk of the build. */
test('client bundles carry no secrets and no server-only modules', () => {
  const dir = join(process.env.NEXT_DIST_DIR || '.next', 'static');
  const files: string[] = [];
  const walk = (p: string) => {
    for (const name of readdirSync(p)) {
      const full = join(p, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name.endsWith('.js')) files.push(full);
    }
  };
  walk(dir);
  expect(files.length).toBeGreaterThan(0);
  for (const file of files) {
    const js = readFileSync(file, 'utf8');
    expect(js, file).not.toContain(TEST_SESSION_SECRET);
    expect(js, file).not.toContain('SESSION_SECRET');
    expect(js, file).not.toContain('IXC_TOKEN');
    expect(js, file).not.toContain('HTTP_CONTRACT_TOKEN');
    // The demo ERP's data and the session registry are server-side only.
    expect(js, file).not.toContain('Maria Aparecida');
    expect(js, file).not.toContain('SessionRegistry');
  }
});
