/**
 * One HTTP(S) GET, nothing more: no redirects followed, no cookies, no referrer, a fresh connection
 * per request. Bounded in time (one limit for connecting and for the whole answer) and in size (the
 * download stops once the limit is passed). Network errors become one German reason, never a stack
 * trace.
 */
import http from 'node:http';
import https from 'node:https';
import zlib from 'node:zlib';
import { formatSize } from '../util/index.ts';

export interface HttpResponse {
  status: number;
  /** Lower-case names; repeated headers joined with ", "; Set-Cookie left out. */
  headers: Record<string, string>;
  /** Only for 2xx answers; empty otherwise. */
  body: Uint8Array;
}

export type HttpResult = { ok: true; response: HttpResponse } | { ok: false; reason: string };

export interface GetOptions {
  headers: Record<string, string>;
  timeoutMs: number;
  maxBytes: number;
  /** Looks at a 2xx answer's headers before its body is read: a German reason stops the download. */
  checkHeaders?: (headers: Record<string, string>) => string | undefined;
}

export function httpGet(url: string, options: GetOptions): Promise<HttpResult> {
  const target = new URL(url);
  const client = target.protocol === 'https:' ? https : http;
  return new Promise((resolve) => {
    let settled = false;
    let connected = false;
    const finish = (result: HttpResult) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      request.destroy();
      resolve(result);
    };
    const seconds = formatSeconds(options.timeoutMs);
    const timer = setTimeout(() => {
      finish({
        ok: false,
        reason: connected
          ? `Zeitüberschreitung: keine vollständige Antwort innerhalb von ${seconds}`
          : `Zeitüberschreitung beim Verbindungsaufbau (${seconds})`,
      });
    }, options.timeoutMs);

    const request = client.request(target, { method: 'GET', headers: options.headers, agent: false });
    request.on('socket', (socket) => {
      if (!socket.connecting) connected = true;
      else socket.once('connect', () => (connected = true));
    });
    request.on('error', (err) => finish({ ok: false, reason: networkReason(err) }));
    request.on('response', (res) => {
      const status = res.statusCode ?? 0;
      const headers = flatHeaders(res.headers);
      if (status < 200 || status > 299) {
        finish({ ok: true, response: { status, headers, body: new Uint8Array() } });
        return;
      }
      const vetoed = options.checkHeaders?.(headers);
      if (vetoed !== undefined) {
        finish({ ok: false, reason: vetoed });
        return;
      }
      const tooLarge = `zu groß (mehr als ${formatSize(options.maxBytes)}; Grenze mit --max-size ändern); Download abgebrochen`;
      const declared = Number(headers['content-length']);
      if (Number.isFinite(declared) && declared > options.maxBytes) {
        finish({ ok: false, reason: tooLarge });
        return;
      }
      // we ask for no compression; a server that compresses anyway is decoded
      const decoder = decoderFor(headers['content-encoding']);
      if (decoder === 'unknown') {
        finish({
          ok: false,
          reason: `unbekannte Kodierung der Übertragung (Content-Encoding: ${headers['content-encoding']})`,
        });
        return;
      }
      const stream = decoder ? res.pipe(decoder) : res;
      const chunks: Buffer[] = [];
      let size = 0;
      stream.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > options.maxBytes) finish({ ok: false, reason: tooLarge });
        else chunks.push(chunk);
      });
      stream.on('end', () =>
        finish({ ok: true, response: { status, headers, body: new Uint8Array(Buffer.concat(chunks)) } }),
      );
      stream.on('error', (err) =>
        finish({
          ok: false,
          reason: decoder
            ? `Antwort nicht lesbar (fehlerhaft komprimiert, ${codeOf(err) ?? 'Fehler'})`
            : networkReason(err),
        }),
      );
      res.on('close', () => {
        if (!res.complete) finish({ ok: false, reason: 'Verbindung während der Übertragung abgebrochen' });
      });
    });
    request.end();
  });
}

function decoderFor(
  encoding: string | undefined,
): zlib.Gunzip | zlib.Inflate | zlib.BrotliDecompress | undefined | 'unknown' {
  const e = (encoding ?? '').trim().toLowerCase();
  if (e === '' || e === 'identity') return undefined;
  if (e === 'gzip' || e === 'x-gzip') return zlib.createGunzip();
  if (e === 'deflate') return zlib.createInflate();
  if (e === 'br') return zlib.createBrotliDecompress();
  return 'unknown';
}

function flatHeaders(raw: http.IncomingHttpHeaders): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(raw)) {
    if (value === undefined || name === 'set-cookie') continue;
    out[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return out;
}

function formatSeconds(ms: number): string {
  return `${(ms / 1000).toLocaleString('de-DE', { maximumFractionDigits: 3 })} s`;
}

function codeOf(err: unknown): string | undefined {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

/** A German reason for a failed connection; the system's error code in brackets for the expert. */
export function networkReason(err: unknown): string {
  const code = codeOf(err);
  switch (code) {
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
    case 'EAI_NONAME':
    case 'EAI_FAIL':
      return `Rechnername nicht gefunden (DNS-Fehler, ${code})`;
    case 'ECONNREFUSED':
      return 'Verbindung abgelehnt: dort antwortet kein Webserver (ECONNREFUSED)';
    case 'ECONNRESET':
    case 'EPIPE':
      return `Verbindung vom Server abgebrochen (${code})`;
    case 'ETIMEDOUT':
      return 'Zeitüberschreitung beim Verbindungsaufbau (ETIMEDOUT)';
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
    case 'EHOSTDOWN':
    case 'ENETDOWN':
      return `Rechner oder Netz nicht erreichbar (${code})`;
    case undefined:
      return 'Netzwerkfehler';
  }
  if (
    code === 'EPROTO' ||
    /CERT|SSL|TLS|SELF_SIGNED|UNABLE_TO_VERIFY|UNABLE_TO_GET_ISSUER|HOSTNAME|ALTNAME/.test(code)
  ) {
    return `TLS-Fehler: sichere Verbindung nicht möglich, Zertifikat ungültig oder nicht vertrauenswürdig (${code})`;
  }
  if (code.startsWith('HPE_')) return `ungültige HTTP-Antwort des Servers (${code})`;
  return `Netzwerkfehler (${code})`;
}

const STATUS_TEXT: Readonly<Record<number, string>> = {
  400: 'ungültige Anfrage',
  401: 'Anmeldung erforderlich',
  403: 'Zugriff verweigert',
  404: 'nicht gefunden',
  410: 'entfernt',
  429: 'zu viele Anfragen',
  500: 'Serverfehler',
  502: 'Serverfehler: Gateway',
  503: 'Dienst nicht verfügbar',
  504: 'Serverfehler: Gateway-Zeitüberschreitung',
};

/** "HTTP 404 (nicht gefunden)". */
export function statusReason(status: number): string {
  const text =
    STATUS_TEXT[status] ??
    (status >= 500
      ? 'Serverfehler'
      : status >= 400
        ? 'Fehler der Anfrage'
        : status >= 300
          ? 'Weiterleitung'
          : 'unerwartete Antwort');
  return `HTTP ${status} (${text})`;
}
