import { describe, expect, it } from 'vitest';
import { redactUrl } from './redact';

describe('redactUrl', () => {
  it('blanks secret parameters and credentials in URLs', () => {
    const out = redactUrl('https://user:pw@erp.example.com/api/faturas?doc=52998224725&token=abc&api_key=k');
    expect(out).not.toContain('abc');
    expect(out).not.toContain('pw@');
    expect(out).not.toContain('52998224725');
    expect(out).toContain('token=redacted');
  });

  it('blanks the Vtiger session id that every read carries in the query', () => {
    const out = redactUrl(
      'https://crm.example.com/webservice.php?operation=retrieve&sessionName=4f1a2b3c&id=12x7',
    );
    expect(out).not.toContain('4f1a2b3c');
    expect(out).toContain('sessionName=redacted');
    expect(out).toContain('id=12x7');
  });
});
