/** `netzatlas fetch` against a local server on 127.0.0.1: nothing leaves the machine. */
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { EXIT } from '../../src/cli/errors.ts';
import { runCli } from '../../src/cli/main.ts';
import { collectInputFiles, readDocuments } from '../../src/cli/read-inputs.ts';
import { quietly } from './quietly.ts';

interface Seen {
  path: string;
  at: number;
  headers: http.IncomingHttpHeaders;
}

let server: http.Server;
let base: string;
let seen: Seen[] = [];

const PDF = Buffer.from('%PDF-1.4\n% Beispiel\n');

function handle(req: http.IncomingMessage, res: http.ServerResponse): void {
  const url = req.url ?? '/';
  seen.push({ path: url, at: Date.now(), headers: req.headers });
  const send = (
    status: number,
    type: string | undefined,
    body: string | Buffer = '',
    extra: Record<string, string> = {},
  ) => {
    res.writeHead(status, { ...(type ? { 'Content-Type': type } : {}), ...extra });
    res.end(body);
  };
  switch (url) {
    case '/robots.txt':
      return send(200, 'text/plain', 'User-agent: *\nDisallow: /geheim\nAllow: /geheim/offen\n');
    case '/seite':
    case '/zweite':
    case '/geheim/offen':
      return send(
        200,
        'text/html; charset=ISO-8859-1',
        `<html><title>${url}</title><body>Projektträger: Caritas</body></html>`,
      );
    case '/bericht.pdf':
      return send(200, 'application/pdf', PDF);
    case '/geheim/akte':
      return send(200, 'text/html', 'vertraulich');
    case '/a':
      return send(302, undefined, '', { Location: '/b' });
    case '/b':
      return send(301, undefined, '', { Location: `${base}/c` });
    case '/c':
      return send(200, 'text/plain; charset=utf-8', 'angekommen');
    case '/nach-ftp':
      return send(302, undefined, '', { Location: 'ftp://127.0.0.1/datei' });
    case '/nach-geheim':
      return send(302, undefined, '', { Location: '/geheim/akte' });
    case '/schleife':
      return send(302, undefined, '', { Location: '/schleife' });
    case '/fehlt':
      return send(404, 'text/html', 'nicht da');
    case '/kaputt':
      return send(500, 'text/html', 'kaputt');
    case '/bild':
      return send(200, 'image/png', Buffer.from([0x89, 0x50, 0x4e, 0x47]));
    case '/gross': {
      // no Content-Length: the limit must stop the stream itself
      res.writeHead(200, { 'Content-Type': 'application/pdf' });
      const chunk = Buffer.alloc(64 * 1024, 0x41);
      let sent = 0;
      const more = () => {
        while (sent < 3 * 1024 * 1024 && !res.destroyed) {
          sent += chunk.length;
          if (!res.write(chunk)) return void res.once('drain', more);
        }
        res.end();
      };
      return more();
    }
    case '/haengt':
      return; // never answers
    default:
      return send(404, 'text/plain', 'unbekannt');
  }
}

beforeAll(async () => {
  server = http.createServer(handle);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

beforeEach(() => {
  seen = [];
});

function setup(lines: string[]): { dir: string; list: string; out: string } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'netzatlas-fetch-'));
  const list = path.join(dir, 'adressen.txt');
  writeFileSync(list, `${lines.join('\n')}\n`);
  return { dir, list, out: path.join(dir, 'seiten') };
}

async function fetchCli(list: string, out: string, ...extra: string[]) {
  const { value, said } = await quietly(() => runCli(['fetch', list, '--out', out, '--delay', '0', ...extra]));
  return { code: value, said };
}

function index(out: string): {
  format: string;
  version: number;
  files: Record<
    string,
    { url: string; finalUrl: string; retrieved: string; contentType: string; status: number; charset?: string }
  >;
} {
  return JSON.parse(readFileSync(path.join(out, '.netzatlas-quellen.json'), 'utf8'));
}

describe('netzatlas fetch', () => {
  it('saves a page and a PDF with index entries, sending our headers and no cookies', async () => {
    const { list, out } = setup(['# Projekte', '', `${base}/seite`, `${base}/bericht.pdf`]);
    const { code, said } = await fetchCli(list, out);
    expect(code).toBe(EXIT.ok);
    const files = readdirSync(out)
      .filter((f) => !f.startsWith('.'))
      .sort();
    expect(files).toEqual([
      expect.stringMatching(/^127\.0\.0\.1-\d+_bericht-[0-9a-f]{8}\.pdf$/),
      expect.stringMatching(/^127\.0\.0\.1-\d+_seite-[0-9a-f]{8}\.html$/),
    ]);
    expect(readFileSync(path.join(out, files[0]!))).toEqual(PDF);
    const idx = index(out);
    expect(idx.format).toBe('netzatlas-quellen');
    expect(idx.files[files[1]!]).toMatchObject({
      url: `${base}/seite`,
      finalUrl: `${base}/seite`,
      contentType: 'text/html',
      charset: 'iso-8859-1',
      status: 200,
    });
    expect(idx.files[files[1]!]!.retrieved).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(idx.files[files[0]!]).toMatchObject({ contentType: 'application/pdf' });
    expect(said).toMatch(/Geladen: .*\/seite → 127/);
    expect(said).toMatch(/Fertig: 2 geladen, 0 aus dem Zwischenspeicher, 0 übersprungen/);
    const page = seen.find((s) => s.path === '/seite')!;
    expect(page.headers['user-agent']).toMatch(/^Netzatlas\/0\.1 \(/);
    expect(page.headers['accept']).toMatch(/text\/html.*application\/pdf/);
    expect(page.headers['accept-language']).toBe('de');
    expect(page.headers['cookie']).toBeUndefined();
    expect(page.headers['referer']).toBeUndefined();
    expect(seen.filter((s) => s.path === '/robots.txt')).toHaveLength(1);
    // what extract reads of the folder: the page, with its address; neither index nor cache
    const { docs } = await readDocuments((await collectInputFiles([out])).files);
    expect(docs.map((d) => [d.name, d.info.url])).toEqual([[files[1], `${base}/seite`]]);
    expect(docs[0]!.info.retrieved).toBe(idx.files[files[1]!]!.retrieved);
  });

  it('honours robots.txt Disallow (and Allow), also on a redirect', async () => {
    const { list, out } = setup([`${base}/geheim/akte`, `${base}/geheim/offen`, `${base}/nach-geheim`]);
    const { code, said } = await fetchCli(list, out);
    expect(code).toBe(EXIT.warnings);
    expect(said).toMatch(
      /Übersprungen: .*\/geheim\/akte: durch robots\.txt von http:\/\/127\.0\.0\.1:\d+ ausgeschlossen\./,
    );
    expect(said).toMatch(
      /Übersprungen: .*\/nach-geheim: durch robots\.txt .* \(nach Weiterleitung auf .*\/geheim\/akte\)/,
    );
    expect(seen.map((s) => s.path)).not.toContain('/geheim/akte');
    expect(Object.values(index(out).files).map((e) => e.url)).toEqual([`${base}/geheim/offen`]);
  });

  it('follows a redirect chain, and refuses a redirect to another scheme and an endless one', async () => {
    const { list, out } = setup([`${base}/a`, `${base}/nach-ftp`, `${base}/schleife`]);
    const { code, said } = await fetchCli(list, out);
    expect(code).toBe(EXIT.warnings);
    const [entry] = Object.values(index(out).files);
    expect(entry).toMatchObject({ url: `${base}/a`, finalUrl: `${base}/c`, contentType: 'text/plain' });
    expect(said).toMatch(/Geladen: .*\/a \(über .*\/c\) → .*\.txt/);
    expect(said).toMatch(/nach-ftp: Weiterleitung abgelehnt: .*nur http- und https-Adressen .*„ftp:“/);
    expect(said).toMatch(/schleife: mehr als 5 Weiterleitungen/);
    // the redirect is cached: the loop costs one request
    expect(seen.filter((s) => s.path === '/schleife')).toHaveLength(1);
  });

  it('reports 404 and 500, a wrong content type and a refused connection in German, without stack traces', async () => {
    const closed = http.createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const { list, out } = setup([
      `${base}/fehlt`,
      `${base}/kaputt`,
      `${base}/bild`,
      `http://127.0.0.1:${port}/x`,
      `${base.replace('http:', 'https:')}/tls`,
      `${base}/seite`,
    ]);
    const { code, said } = await fetchCli(list, out);
    expect(code).toBe(EXIT.warnings);
    expect(said).toMatch(/fehlt: HTTP 404 \(nicht gefunden\)\./);
    expect(said).toMatch(/kaputt: HTTP 500 \(Serverfehler\)\./);
    expect(said).toMatch(/bild: Inhaltstyp image\/png wird nicht gespeichert/);
    // robots.txt of that host is unreachable: nothing of it is loaded
    expect(said).toMatch(
      /\/x: robots\.txt von .* nicht lesbar, vorsichtshalber nicht geladen: Verbindung abgelehnt.*\(ECONNREFUSED\)\./,
    );
    // https to a plain http server: the TLS handshake fails
    expect(said).toMatch(
      /\/tls: robots\.txt von https:.* nicht lesbar, vorsichtshalber nicht geladen: TLS-Fehler: .*\(EPROTO\)\./,
    );
    expect(said).not.toMatch(/\n\s+at /);
    expect(said).toMatch(/Fertig: 1 geladen, 0 aus dem Zwischenspeicher, 5 übersprungen/);
    expect(Object.keys(index(out).files)).toHaveLength(1);
  });

  it('aborts a download above --max-size and gives up on a server that does not answer (--timeout)', async () => {
    const { list, out } = setup([`${base}/gross`, `${base}/haengt`]);
    const start = Date.now();
    const { code, said } = await fetchCli(list, out, '--max-size', '1', '--timeout', '0,3');
    // the timeout itself works: the run ends long before the hanging server would (it never answers);
    // the bound is generous so that a loaded machine does not fail it
    expect(Date.now() - start).toBeLessThan(15_000);
    expect(code).toBe(EXIT.failure);
    expect(said).toMatch(/gross: zu groß \(mehr als 1 MiB.*Download abgebrochen\./);
    expect(said).toMatch(/haengt: Zeitüberschreitung: keine vollständige Antwort innerhalb von 0,3 s\./);
    expect(said).toMatch(/Fehler: Keine der 2 Adresse\(n\) konnte geladen werden/);
    expect(existsSync(path.join(out, '.netzatlas-quellen.json'))).toBe(false);
  });

  it('waits --delay between two requests to the same host', async () => {
    const { list, out } = setup([`${base}/seite`, `${base}/zweite`]);
    const { value } = await quietly(() => runCli(['fetch', list, '--out', out, '--delay', '0.2']));
    expect(value).toBe(EXIT.ok);
    const times = seen.map((s) => s.at);
    expect(seen.map((s) => s.path)).toEqual(['/robots.txt', '/seite', '/zweite']);
    for (let i = 1; i < times.length; i++) expect(times[i]! - times[i - 1]!).toBeGreaterThanOrEqual(195);
  });

  it('asks at most two hosts at a time', async () => {
    let active = 0;
    let most = 0;
    const slow = await Promise.all(
      [1, 2, 3].map(async () => {
        const s = http.createServer((req, res) => {
          active++;
          most = Math.max(most, active);
          setTimeout(() => {
            active--;
            res.writeHead(req.url === '/robots.txt' ? 404 : 200, { 'Content-Type': 'text/plain' });
            res.end('langsam');
          }, 60);
        });
        await new Promise<void>((resolve) => s.listen(0, '127.0.0.1', resolve));
        return s;
      }),
    );
    try {
      const { list, out } = setup(slow.map((s) => `http://127.0.0.1:${(s.address() as AddressInfo).port}/langsam`));
      expect((await fetchCli(list, out)).code).toBe(EXIT.ok);
      expect(most).toBe(2);
    } finally {
      for (const s of slow) s.close();
    }
  });

  it('reads a second run from the cache, and --refresh goes to the network again', async () => {
    const { list, out } = setup([`${base}/seite`, `${base}/a`]);
    expect((await fetchCli(list, out)).code).toBe(EXIT.ok);
    const first = readFileSync(path.join(out, '.netzatlas-quellen.json'), 'utf8');
    const requests = seen.length;
    expect(requests).toBe(5); // robots.txt, /seite, /a, /b, /c
    const again = await fetchCli(list, out);
    expect(again.code).toBe(EXIT.ok);
    expect(seen.length).toBe(requests);
    expect(again.said).toMatch(/Aus dem Zwischenspeicher: .*\/seite →/);
    expect(again.said).toMatch(/Fertig: 0 geladen, 2 aus dem Zwischenspeicher/);
    expect(readFileSync(path.join(out, '.netzatlas-quellen.json'), 'utf8')).toBe(first);
    const fresh = await fetchCli(list, out, '--refresh');
    expect(fresh.said).toMatch(/Fertig: 2 geladen/);
    expect(seen.length).toBe(2 * requests);
  });

  it('merges a new run into the existing index, and a separate --cache folder works', async () => {
    const { dir, list, out } = setup([`${base}/seite`]);
    const cache = path.join(dir, 'zwischen');
    await fetchCli(list, out, '--cache', cache);
    writeFileSync(list, `${base}/bericht.pdf\n`);
    await fetchCli(list, out, '--cache', cache);
    expect(
      Object.values(index(out).files)
        .map((e) => e.url)
        .sort(),
    ).toEqual([`${base}/bericht.pdf`, `${base}/seite`]);
    expect(readdirSync(cache).length).toBeGreaterThan(0);
    expect(existsSync(path.join(out, '.cache'))).toBe(false);
    // a damaged index is reported and written anew
    writeFileSync(path.join(out, '.netzatlas-quellen.json'), '{ kaputt');
    const { code, said } = await fetchCli(list, out, '--cache', cache);
    expect(code).toBe(EXIT.warnings);
    expect(said).toMatch(
      /Warnung: .*\.netzatlas-quellen\.json: kein gültiges JSON .*; das Quellenverzeichnis wird neu angelegt\./,
    );
    expect(Object.values(index(out).files).map((e) => e.url)).toEqual([`${base}/bericht.pdf`]);
  });

  it('reports invalid lines of the list with their line numbers and loads the rest', async () => {
    const { list, out } = setup([
      '# Kommentar',
      'file:///etc/passwd',
      '',
      'javascript:alert(1)',
      'keine Adresse',
      `${base}/seite`,
      'ftp://127.0.0.1/x',
    ]);
    const { code, said } = await fetchCli(list, out);
    expect(code).toBe(EXIT.warnings);
    expect(said).toMatch(
      /adressen\.txt, Zeile 2: „file:\/\/\/etc\/passwd“: nur http- und https-Adressen werden geladen/,
    );
    expect(said).toMatch(/Zeile 4: .*„javascript:“/);
    expect(said).toMatch(/Zeile 5: „keine Adresse“ enthält Leerzeichen/);
    expect(said).toMatch(/Zeile 7: .*„ftp:“/);
    expect(said).toMatch(/1 geladen, .*0 übersprungen \(dazu 4 ungültige Zeile\(n\) der Liste\)/);
  });

  it('refuses --out equal to the address list, a list without addresses and bad option values', async () => {
    const { list, out } = setup([`${base}/seite`]);
    const same = await quietly(() => runCli(['fetch', list, '--out', list]));
    expect(same.value).toBe(EXIT.usage);
    expect(same.said).toMatch(/--out .*adressen\.txt ist dieselbe Datei wie die Eingabe/);
    expect(readFileSync(list, 'utf8')).toBe(`${base}/seite\n`);
    expect((await quietly(() => runCli(['fetch', list, '--out', out, '--delay', 'bald']))).value).toBe(EXIT.usage);
    expect((await quietly(() => runCli(['fetch', list, '--out', out, '--timeout', '0']))).value).toBe(EXIT.usage);
    expect((await quietly(() => runCli(['fetch', list]))).value).toBe(EXIT.usage);
    writeFileSync(list, '# nichts\n\n');
    const empty = await quietly(() => runCli(['fetch', list, '--out', out]));
    expect(empty.value).toBe(EXIT.failure);
    expect(empty.said).toMatch(/enthält keine ladbare Adresse/);
    expect(seen).toHaveLength(0);
  });
});
