import { describe, expect, it } from 'vitest';
import { parseContentType } from '../../src/cli/commands/fetch.ts';
import { networkReason, statusReason } from '../../src/cli/http-get.ts';

describe('German reasons for network failures', () => {
  it('names DNS failures, refused connections, timeouts, TLS errors and HTTP statuses', () => {
    expect(networkReason({ code: 'ENOTFOUND' })).toBe('Rechnername nicht gefunden (DNS-Fehler, ENOTFOUND)');
    expect(networkReason({ code: 'EAI_AGAIN' })).toMatch(/^Rechnername nicht gefunden/);
    expect(networkReason({ code: 'ECONNREFUSED' })).toMatch(/^Verbindung abgelehnt/);
    expect(networkReason({ code: 'ETIMEDOUT' })).toMatch(/^Zeitüberschreitung/);
    for (const code of [
      'CERT_HAS_EXPIRED',
      'DEPTH_ZERO_SELF_SIGNED_CERT',
      'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
      'ERR_TLS_CERT_ALTNAME_INVALID',
      'ERR_SSL_WRONG_VERSION_NUMBER',
      'EPROTO',
    ]) {
      expect(networkReason({ code })).toMatch(/^TLS-Fehler: .*\(/);
    }
    expect(networkReason({ code: 'HPE_INVALID_CONSTANT' })).toMatch(/ungültige HTTP-Antwort/);
    expect(networkReason(new Error('socket hang up'))).toBe('Netzwerkfehler');
    expect(statusReason(404)).toBe('HTTP 404 (nicht gefunden)');
    expect(statusReason(503)).toBe('HTTP 503 (Dienst nicht verfügbar)');
    expect(statusReason(599)).toBe('HTTP 599 (Serverfehler)');
    expect(statusReason(418)).toBe('HTTP 418 (Fehler der Anfrage)');
  });
});

describe('parseContentType', () => {
  it('gives the MIME type in lower case and the charset, if any', () => {
    expect(parseContentType('Text/HTML; Charset="ISO-8859-1"')).toEqual({ mime: 'text/html', charset: 'iso-8859-1' });
    expect(parseContentType('application/pdf')).toEqual({ mime: 'application/pdf' });
    expect(parseContentType(undefined)).toEqual({ mime: '' });
  });
});
