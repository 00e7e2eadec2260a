/**
 * `netzatlas fetch adressen.txt --out seiten/`: downloads the pages and PDFs of an address list so
 * that `netzatlas extract seiten/` can read them. Polite on purpose: robots.txt is honoured (once per
 * host, also on every redirect), requests to one host go one after another with a pause between
 * them, at most two hosts at a time; a GET with our User-Agent, no cookies, no referrer. A second
 * run reads from the cache instead of the network. Each saved file gets its address and retrieval
 * date in the hidden index `<out>/.netzatlas-quellen.json`.
 */
import { readFile, mkdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { formatSize } from '../../util/index.ts';
import {
  ALLOW_ALL,
  checkWebAddress,
  DISALLOW_ALL,
  EXTENSION_BY_TYPE,
  isAllowed,
  MAX_ROBOTS_CHARS,
  pageFileName,
  parseAddressList,
  parseRobots,
  readSourcesIndex,
  SOURCES_INDEX_FILE,
  writeSourcesIndex,
  type RobotsRules,
  type SourceEntry,
} from '../../documents/index.ts';
import { EXIT, NetzatlasError, UsageError, type ExitCode } from '../errors.ts';
import { FetchCache, sha256Hex, type CachedAnswer } from '../fetch-cache.ts';
import { httpGet, statusReason } from '../http-get.ts';
import { writeFileAtomic } from '../write-atomic.ts';

/** Who we are, for the site's operators (ASCII: header values must be). */
export const USER_AGENT =
  'Netzatlas/0.1 (Netzwerkkarte zu Projekten gegen Kinderarmut in NRW; laedt einzelne Seiten aus einer Adressliste, beachtet robots.txt)';

export const REQUEST_HEADERS: Readonly<Record<string, string>> = {
  'User-Agent': USER_AGENT,
  Accept: Object.keys(EXTENSION_BY_TYPE).join(', '),
  'Accept-Language': 'de',
};

export const DEFAULTS = { delayMs: 1000, timeoutMs: 20_000, maxBytes: 20 * 1024 * 1024, parallelHosts: 2 } as const;
export const MAX_REDIRECTS = 5;
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
/** A robots.txt may be larger than what is read of it (500 KiB), but not without end. */
const MAX_ROBOTS_BYTES = 4 * MAX_ROBOTS_CHARS;
const TYPE_NAMES = 'HTML, Text, PDF und Word (.docx)';

export interface FetchRun {
  /** The address list. */
  list: string;
  /** Folder the pages are saved in. */
  out: string;
  /** Cache folder; default `<out>/.cache`. */
  cache?: string;
  delayMs?: number;
  timeoutMs?: number;
  maxBytes?: number;
  /** Ignore the cache when reading (answers are still stored). */
  refresh?: boolean;
  quiet?: boolean;
  log: (line: string) => void;
  /** For tests: the clock. */
  now?: () => Date;
}

type Outcome =
  | { kind: 'loaded' | 'cached'; url: string; file: string; entry: SourceEntry; bytes: number }
  | { kind: 'skipped'; url: string; reason: string };

type Followed = { answer: CachedAnswer; finalUrl: string; fromCache: boolean } | { reason: string };

interface RobotsVerdict {
  rules: RobotsRules;
  /** Set when robots.txt could not be read: then nothing of the host is loaded. */
  unreachable?: string;
}

/** "text/html; charset=ISO-8859-1" → { mime: "text/html", charset: "iso-8859-1" }. */
export function parseContentType(header: string | undefined): { mime: string; charset?: string } {
  const [type = '', ...params] = (header ?? '').split(';');
  const charset = params
    .map((p) => p.trim().match(/^charset\s*=\s*"?([^";\s]+)"?$/i)?.[1])
    .find((c) => c !== undefined);
  return { mime: type.trim().toLowerCase(), ...(charset ? { charset: charset.toLowerCase() } : {}) };
}

function typeProblem(headers: Record<string, string>): string | undefined {
  const { mime } = parseContentType(headers['content-type']);
  if (mime === '') return `kein Inhaltstyp (Content-Type) angegeben; gespeichert werden nur ${TYPE_NAMES}`;
  if (!Object.hasOwn(EXTENSION_BY_TYPE, mime)) return `Inhaltstyp ${mime} wird nicht gespeichert (nur ${TYPE_NAMES})`;
  return undefined;
}

/** YYYY-MM-DD in local time (the planner's calendar day). */
function localDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Requests to one host one after another, with at least `delayMs` from the end of one to the start of the next. */
class HostGate {
  private readonly queues = new Map<string, Promise<unknown>>();
  private readonly last = new Map<string, number>();

  constructor(private readonly delayMs: number) {}

  run<T>(host: string, task: () => Promise<T>): Promise<T> {
    const previous = this.queues.get(host) ?? Promise.resolve();
    const next = previous.then(async () => {
      const last = this.last.get(host);
      if (last !== undefined) {
        const wait = last + this.delayMs - Date.now();
        if (wait > 0) await sleep(wait);
      }
      try {
        return await task();
      } finally {
        this.last.set(host, Date.now());
      }
    });
    this.queues.set(
      host,
      next.catch(() => undefined),
    );
    return next;
  }
}

class Fetcher {
  private readonly gate: HostGate;
  private readonly cache: FetchCache;
  private readonly robotsByOrigin = new Map<string, Promise<RobotsVerdict>>();

  constructor(
    private readonly run: Required<Pick<FetchRun, 'delayMs' | 'timeoutMs' | 'maxBytes' | 'refresh' | 'now'>>,
    cacheDir: string,
  ) {
    this.gate = new HostGate(run.delayMs);
    this.cache = new FetchCache(cacheDir);
  }

  /** One answer for one address: from the cache, else from the network (and then stored). */
  private async get(
    url: string,
    forRobots: boolean,
  ): Promise<{ answer: CachedAnswer; fromCache: boolean } | { reason: string }> {
    if (!this.run.refresh) {
      const cached = await this.cache.get(url);
      if (cached) return { answer: cached, fromCache: true };
    }
    const got = await this.gate.run(new URL(url).host, () =>
      httpGet(url, {
        headers: { ...REQUEST_HEADERS },
        timeoutMs: this.run.timeoutMs,
        maxBytes: forRobots ? MAX_ROBOTS_BYTES : this.run.maxBytes,
        ...(forRobots ? {} : { checkHeaders: typeProblem }),
      }),
    );
    if (!got.ok) return { reason: got.reason };
    const { status, headers, body } = got.response;
    const answer: CachedAnswer = { url, status, headers, body, date: this.run.now().toISOString() };
    const keep =
      status === 200 || status === 203 || REDIRECT_STATUSES.has(status) || (forRobots && status >= 400 && status < 500);
    if (keep) await this.cache.put(answer);
    return { answer, fromCache: false };
  }

  /** Follows redirects (at most MAX_REDIRECTS), checking every hop for its scheme and – unless it is robots.txt – for robots.txt. */
  async follow(url: string, forRobots = false): Promise<Followed> {
    let current = url;
    let fromCache = true;
    for (let redirects = 0; ; redirects++) {
      if (!forRobots) {
        const target = new URL(current);
        const verdict = await this.robots(target.origin);
        const after = redirects > 0 ? ` (nach Weiterleitung auf ${current})` : '';
        if (verdict.unreachable)
          return {
            reason: `robots.txt von ${target.origin} nicht lesbar, vorsichtshalber nicht geladen${after}: ${verdict.unreachable}`,
          };
        if (!isAllowed(verdict.rules, target.pathname + target.search))
          return { reason: `durch robots.txt von ${target.origin} ausgeschlossen${after}` };
      }
      const got = await this.get(current, forRobots);
      if ('reason' in got) return got;
      fromCache &&= got.fromCache;
      const { status, headers } = got.answer;
      if (!REDIRECT_STATUSES.has(status)) return { answer: got.answer, finalUrl: current, fromCache };
      const location = headers['location'];
      if (!location) return { reason: `${statusReason(status)} ohne Ziel der Weiterleitung` };
      if (redirects >= MAX_REDIRECTS) return { reason: `mehr als ${MAX_REDIRECTS} Weiterleitungen` };
      const next = checkWebAddress(location, current);
      if ('problem' in next) return { reason: `Weiterleitung abgelehnt: ${next.problem}` };
      current = next.url;
    }
  }

  /** The robots.txt rules of an origin, fetched once per run (and kept in the cache). */
  robots(origin: string): Promise<RobotsVerdict> {
    let verdict = this.robotsByOrigin.get(origin);
    if (!verdict) {
      verdict = this.loadRobots(origin);
      this.robotsByOrigin.set(origin, verdict);
    }
    return verdict;
  }

  private async loadRobots(origin: string): Promise<RobotsVerdict> {
    const got = await this.follow(`${origin}/robots.txt`, true);
    // RFC 9309: unreachable (network, 5xx) means "disallow all", missing (4xx) "allow all"
    if ('reason' in got) return { rules: DISALLOW_ALL, unreachable: got.reason };
    const status = got.answer.status;
    if (status >= 200 && status < 300)
      return { rules: parseRobots(new TextDecoder().decode(got.answer.body), USER_AGENT) };
    if (status >= 400 && status < 500) return { rules: ALLOW_ALL };
    return { rules: DISALLOW_ALL, unreachable: statusReason(status) };
  }
}

/** Runs `worker` over the items, at most `limit` at a time. */
async function pool<T>(items: readonly T[], limit: number, worker: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const lanes = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) await worker(items[next++]!);
  });
  await Promise.all(lanes);
}

async function writeIfChanged(file: string, data: Uint8Array): Promise<void> {
  const old = await readFile(file).catch(() => undefined);
  if (old && Buffer.compare(old, data) === 0) return;
  await writeFileAtomic(file, data);
}

export async function runFetch(run: FetchRun): Promise<ExitCode> {
  const { log } = run;
  const settings = {
    delayMs: run.delayMs ?? DEFAULTS.delayMs,
    timeoutMs: run.timeoutMs ?? DEFAULTS.timeoutMs,
    maxBytes: run.maxBytes ?? DEFAULTS.maxBytes,
    refresh: run.refresh ?? false,
    now: run.now ?? (() => new Date()),
  };
  let text: string;
  try {
    text = await readFile(run.list, 'utf8');
  } catch {
    throw new NetzatlasError('list-not-found', `Adressliste nicht gefunden oder nicht lesbar: ${run.list}`);
  }
  const list = parseAddressList(text);
  for (const p of list.problems) log(`Übersprungen: ${run.list}, Zeile ${p.line}: ${p.message}`);
  if (list.addresses.length === 0) {
    throw new NetzatlasError(
      'no-addresses',
      `${run.list} enthält keine ladbare Adresse (je Zeile eine http- oder https-Adresse); es wurde nichts geladen.`,
    );
  }

  const outDir = path.resolve(run.out);
  const outInfo = await stat(outDir).catch(() => undefined);
  if (outInfo && !outInfo.isDirectory())
    throw new UsageError(`--out ${run.out} ist eine Datei; erwartet wird ein Ordner für die geladenen Seiten.`);
  await mkdir(outDir, { recursive: true });
  const listPath = path.resolve(run.list);
  const fetcher = new Fetcher(settings, path.resolve(run.cache ?? path.join(outDir, '.cache')));

  const outcomes: Array<Outcome | undefined> = list.addresses.map(() => undefined);
  let printed = 0;
  const report = () => {
    // in the order of the list, whatever order the hosts finish in
    for (; printed < outcomes.length && outcomes[printed]; printed++) {
      const o = outcomes[printed]!;
      if (o.kind === 'skipped') log(`Übersprungen: ${o.url}: ${o.reason}.`);
      else if (!run.quiet) {
        const via = o.entry.finalUrl === o.url ? '' : ` (über ${o.entry.finalUrl})`;
        log(
          `${o.kind === 'loaded' ? 'Geladen' : 'Aus dem Zwischenspeicher'}: ${o.url}${via} → ${o.file} (${formatSize(o.bytes)})`,
        );
      }
    }
  };

  const fetchOne = async (url: string): Promise<Outcome> => {
    const got = await fetcher.follow(url);
    if ('reason' in got) return { kind: 'skipped', url, reason: got.reason };
    const { status, headers, body, date } = got.answer;
    if (status !== 200 && status !== 203) return { kind: 'skipped', url, reason: statusReason(status) };
    const problem = typeProblem(headers);
    if (problem) return { kind: 'skipped', url, reason: problem };
    const type = parseContentType(headers['content-type']);
    const file = pageFileName(url, type.mime, sha256Hex(url));
    const target = path.join(outDir, file);
    // the name is a plain file name by construction; checked anyway: never outside --out, never the list
    if (path.dirname(target) !== outDir || target === listPath)
      return { kind: 'skipped', url, reason: `unzulässiger Dateiname ${file}` };
    await writeIfChanged(target, body);
    const entry: SourceEntry = {
      url,
      finalUrl: got.finalUrl,
      retrieved: localDay(new Date(date)),
      contentType: type.mime,
      status,
      ...(type.charset ? { charset: type.charset } : {}),
    };
    return { kind: got.fromCache ? 'cached' : 'loaded', url, file, entry, bytes: body.length };
  };

  // one lane per host: a host's addresses one after another, at most two hosts at a time
  const byHost = new Map<string, number[]>();
  list.addresses.forEach((a, i) => {
    const host = new URL(a.url).host;
    byHost.set(host, [...(byHost.get(host) ?? []), i]);
  });
  await pool([...byHost.values()], DEFAULTS.parallelHosts, async (indices) => {
    for (const i of indices) {
      outcomes[i] = await fetchOne(list.addresses[i]!.url);
      report();
    }
  });

  const done = outcomes.filter(
    (o): o is Extract<Outcome, { kind: 'loaded' | 'cached' }> => o?.kind === 'loaded' || o?.kind === 'cached',
  );
  const skipped = outcomes.length - done.length;
  const indexFile = path.join(outDir, SOURCES_INDEX_FILE);
  const indexRebuilt =
    done.length > 0 && (await updateIndex(indexFile, new Map(done.map((o) => [o.file, o.entry])), log));

  const loaded = done.filter((o) => o.kind === 'loaded').length;
  const invalid = list.problems.length ? ` (dazu ${list.problems.length} ungültige Zeile(n) der Liste)` : '';
  if (done.length === 0) {
    log(
      `Fehler: Keine der ${outcomes.length} Adresse(n) konnte geladen werden${invalid}; es wurde nichts geschrieben.`,
    );
    return EXIT.failure;
  }
  if (!run.quiet) {
    log(
      `Fertig: ${loaded} geladen, ${done.length - loaded} aus dem Zwischenspeicher, ${skipped} übersprungen${invalid}. Gespeichert in ${run.out}, Quellen in ${indexFile}.`,
    );
  }
  return skipped > 0 || list.problems.length > 0 || indexRebuilt ? EXIT.warnings : EXIT.ok;
}

/** Adds the entries to the index beside the pages; a damaged index is reported and written anew (then: true). */
async function updateIndex(
  file: string,
  updates: Map<string, SourceEntry>,
  log: (line: string) => void,
): Promise<boolean> {
  const old = await readFile(file, 'utf8').catch(() => undefined);
  let existing = new Map<string, SourceEntry>();
  let damaged = false;
  if (old !== undefined) {
    const read = readSourcesIndex(old);
    if (read instanceof Map) existing = read;
    else {
      damaged = true;
      log(`Warnung: ${file}: ${read.problem}; das Quellenverzeichnis wird neu angelegt.`);
    }
  }
  const text = writeSourcesIndex(existing, updates);
  if (text !== old) await writeFileAtomic(file, text);
  return damaged;
}
