/**
 * The configuration is documented where the README says it is: every variable lib/config.ts reads appears in
 * .env.example (with its default and meaning), so a new variable cannot ship undocumented.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { envSchema } from './config';

const root = join(__dirname, '..');
const envExample = readFileSync(join(root, '.env.example'), 'utf8');
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const startScripts = ['start.mjs', 'listen.mjs']
  .map((f) => readFileSync(join(root, 'scripts', f), 'utf8'))
  .join('\n');
// Set by Node/Next themselves, not by whoever installs the totem.
const NOT_OURS = new Set(['NODE_ENV']);

describe('configuration documentation', () => {
  const variables = Object.keys(envSchema.shape).filter((name) => !NOT_OURS.has(name));

  it('reads a plausible set of variables', () => {
    expect(variables.length).toBeGreaterThan(40);
    expect(variables).toContain('DATABASE_URL');
  });

  it('every variable is in .env.example', () => {
    const missing = variables.filter((name) => !new RegExp(`\\b${name}\\b`).test(envExample));
    expect(missing).toEqual([]);
  });

  it('.env.example names no variable the app does not read', () => {
    const named = [...envExample.matchAll(/^#?\s?([A-Z][A-Z0-9_]{2,})=/gm)].map((m) => m[1]);
    // PORT and HOST are read by `npm start` (scripts/start.mjs, listen.mjs), before the app.
    const readByStart = (name: string) => new RegExp(`env\\.${name}\\b`).test(startScripts);
    const unknown = [...new Set(named)].filter(
      (name) => name && !(name in envSchema.shape) && !readByStart(name),
    );
    expect(unknown).toEqual([]);
  });

  it('the README points to .env.example for the full list', () => {
    expect(readme).toContain('[`.env.example`](.env.example)');
  });
});
