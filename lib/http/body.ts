/**
 * Reading and decoding upstream bodies defensively: ERPs answer with HTML error pages, empty bodies, PHP
 * notices and cut-off JSON often enough that none of it may crash a page.
 */

import { createHash } from 'node:crypto';

export class BodyTooLargeError extends Error {
  constructor(readonly limit: number) {
    super(`corpo maior que ${limit} bytes`);
    this.name = 'BodyTooLargeError';
  }
}

const decoder = new TextDecoder('utf-8');

export function decodeText(bytes: Uint8Array): string {
  return decoder.decode(bytes).replace(/^\uFEFF/, '');
}

export type JsonOutcome =
  | { ok: true; value: unknown }
  | { ok: false; reason: 'empty' | 'html' | 'malformed' | 'truncated'; snippet: string };

export function looksLikeHtml(text: string, contentType: string | null): boolean {
  const t = text.trimStart().slice(0, 64).toLowerCase();
  return (
    /^<(!doctype|html|head|body|br|b>|p>|div|h1|title|\?xml)/.test(t) ||
    (contentType?.toLowerCase().includes('text/html') === true && t.startsWith('<'))
  );
}

/**
 * What the logs say about an upstream body by default: its length and a hash, never its text (an ERP's error
 * page can carry names, e-mails, phones and documents in forms no redactor catches). The same body always
 * has the same hash, so support can match repeated failures; a redacted excerpt is logged at debug level only.
 */
export function fingerprintOf(bytes: Uint8Array): string {
  const sha = createHash('sha256').update(bytes).digest('hex').slice(0, 16);
  return `corpo ${bytes.byteLength} bytes, sha256 ${sha}`;
}

// Keys under which vendors put a machine code (`error_code: "VALIDATION_ERROR"`, Vtiger's `error.code`).
const CODE_KEYS = ['code', 'error_code', 'errorCode', 'error', 'type'];
const CODE_RE = /^[A-Za-z][A-Za-z0-9_.-]{1,39}$/;

function codesOf(value: Record<string, unknown>): string[] {
  const out: string[] = [];
  for (const key of CODE_KEYS) {
    const v = value[key];
    if (typeof v === 'string' && CODE_RE.test(v)) out.push(v);
    else if (v && typeof v === 'object' && !Array.isArray(v))
      out.push(...codesOf(v as Record<string, unknown>));
  }
  return out;
}

/**
 * What the debug log says about a failed body beyond its fingerprint: its shape (JSON keys, an HTML page) and
 * the vendor's machine code when it sends one — never its text, which can carry a name no redactor finds.
 */
export function bodyShapeOf(text: string, contentType: string | null): string {
  const parsed = parseJsonText(text, contentType);
  if (!parsed.ok) return parsed.reason === 'html' ? 'página HTML' : `corpo ${parsed.reason}`;
  const v = parsed.value;
  if (Array.isArray(v)) return `JSON lista de ${v.length}`;
  if (!v || typeof v !== 'object') return `JSON ${v === null ? 'null' : typeof v}`;
  const record = v as Record<string, unknown>;
  const codes = codesOf(record);
  const keys = Object.keys(record).slice(0, 12).join(',');
  return `JSON {${keys}}${codes.length > 0 ? ` código ${codes.join('/')}` : ''}`;
}

/** A short, single-line excerpt of a body (parse outcomes; never logged). */
export function snippetOf(text: string, max = 120): string {
  const oneLine = text
    .replace(/<[^>]*>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return oneLine.length > max ? `${oneLine.slice(0, max)}…` : oneLine;
}

export function parseJsonText(text: string, contentType: string | null): JsonOutcome {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, reason: 'empty', snippet: '' };
  if (looksLikeHtml(trimmed, contentType)) return { ok: false, reason: 'html', snippet: snippetOf(trimmed) };
  try {
    return { ok: true, value: JSON.parse(trimmed) as unknown };
  } catch (error) {
    const message = error instanceof Error ? error.message : '';
    const opensStructure = trimmed.startsWith('{') || trimmed.startsWith('[') || trimmed.startsWith('"');
    const truncated = opensStructure && /end of (json )?(input|data)|unterminated/i.test(message);
    return { ok: false, reason: truncated ? 'truncated' : 'malformed', snippet: snippetOf(trimmed) };
  }
}
