/**
 * npm run bench:documents [-- --rounds 10]
 *
 * Throughput of the PDF reader (src/documents/pdf.ts): the seed PDFs printed by Chromium
 * (test/fixtures/documents) read `--rounds` times each, and a generated 2,000-page PDF
 * (test/documents/minimal-pdf.ts); pages/s and MB/s. Also what loading pdfjs costs once, and how
 * much slower JSON.parse/stringify are after its legacy build has installed core-js polyfills.
 * HTML (src/documents/html.ts): the 52 development pages and the seeds as saved web pages
 * (test/documents/html-form.ts, with navigation, banner, scripts and footer) read `--rounds` times,
 * and one 5 MB page of them; Word (src/documents/docx.ts): the seeds as .docx, MB/s of text.
 * Hostile inputs of the unit tests, whose time is measured here rather than asserted there (a
 * wall-clock limit in a unit test fails on a loaded machine): fastest of three runs each.
 * Progress goes to stderr; stdout carries the report (Markdown).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { arch, cpus, platform, release, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { preloadPdfJs, readPdf } from '../../src/documents/pdf.ts';
import { textPdf } from '../documents/minimal-pdf.ts';
import { readHtml } from '../../src/documents/html.ts';
import { readDocx } from '../../src/documents/docx.ts';
import { htmlForm } from '../documents/html-form.ts';
import { docxOf, zipBomb } from '../documents/minimal-docx.ts';
import { patternMatches } from '../../src/documents/robots.ts';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const FIXTURES = join(ROOT, 'test/fixtures/documents');

const args = process.argv.slice(2);
const roundsArg = args.indexOf('--rounds');
const rounds = roundsArg >= 0 ? Number(args[roundsArg + 1]) : 10;
if (!Number.isInteger(rounds) || rounds < 1) {
  console.error('Aufruf: npm run bench:documents -- [--rounds N]');
  process.exit(2);
}

let jsonBytes = 0;
function jsonMs(): { parse: number; stringify: number } {
  const obj = {
    nodes: Array.from({ length: 40_000 }, (_, i) => ({
      key: `n${i}`,
      label: `Familienzentrum ${i}`,
      kind: 'organisation',
      sources: [{ doc: 'x.txt', start: i, end: i + 9 }],
    })),
  };
  let s = '';
  const t0 = performance.now();
  for (let i = 0; i < 5; i++) s = JSON.stringify(obj);
  const t1 = performance.now();
  jsonBytes = s.length;
  for (let i = 0; i < 5; i++) JSON.parse(s);
  const t2 = performance.now();
  return { stringify: (t1 - t0) / 5, parse: (t2 - t1) / 5 };
}

jsonMs(); // warm-up
const jsonBefore = jsonMs();
let t = performance.now();
await preloadPdfJs();
const loadMs = performance.now() - t;
const jsonAfter = jsonMs();

const files = readdirSync(FIXTURES)
  .filter((f) => /^\d{3}_[0-9a-f]+\.pdf$/.test(f))
  .sort();
const seedBytes = files.map((f) => new Uint8Array(readFileSync(join(FIXTURES, f))));
await readPdf(seedBytes[0]!, 'warm.pdf');

let pages = 0;
let bytes = 0;
t = performance.now();
for (let r = 0; r < rounds; r++) {
  for (const [i, b] of seedBytes.entries()) {
    const res = await readPdf(b, files[i]!);
    if (!res.ok) throw new Error(`${files[i]}: ${res.message}`);
    pages += res.doc.info.pages ?? 0;
    bytes += b.length;
  }
  process.stderr.write(`Runde ${r + 1}/${rounds}\r`);
}
const seedMs = performance.now() - t;

const S = [
  'Das Familienzentrum Nord arbeitet mit der Stadt Bielefeld zusammen.',
  'Die Caritas in Hamm berät Familien.',
  'Der Kinderschutzbund Unna bietet Sprechstunden an.',
  'Kinder- und Jugendhilfe im Quartier.',
  'Partner sind Schulen und Kitas.',
];
const long = textPdf(2000, (p) => [0, 1, 2].map((i) => S[(p + i) % S.length]!));
const longRuns: number[] = [];
let longRes: Awaited<ReturnType<typeof readPdf>> | undefined;
for (let r = 0; r < 3; r++) {
  t = performance.now();
  longRes = await readPdf(long, 'lang.pdf');
  longRuns.push(performance.now() - t);
}
const longMs = Math.min(...longRuns);
if (!longRes?.ok) throw new Error('lang.pdf nicht gelesen');

// HTML: every development page and seed as a saved web page
const textPages = ['seeds', 'test/fixtures/dev'].flatMap((d) =>
  readdirSync(join(ROOT, d))
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(join(ROOT, d, f), 'utf8')),
);
const htmlPages = textPages.map((text, i) => htmlForm(text, `Seite ${i}`));
const htmlBytes = htmlPages.reduce((n, h) => n + Buffer.byteLength(h), 0);
for (const h of htmlPages) readHtml(h, 'warm.html');
t = performance.now();
for (let r = 0; r < rounds; r++) for (const h of htmlPages) readHtml(h, 'seite.html');
const htmlMs = performance.now() - t;
const bigPage = htmlForm(textPages.join('\n\n').repeat(Math.ceil(5e6 / textPages.join('\n\n').length)), 'groß');
t = performance.now();
readHtml(bigPage, 'gross.html');
const bigMs = performance.now() - t;
// Word: the seeds as .docx
const docxFiles = await Promise.all(textPages.slice(0, 5).map((text) => docxOf(text)));
await readDocx(docxFiles[0]!, 'warm.docx');
let docxText = 0;
t = performance.now();
for (let r = 0; r < rounds; r++) {
  for (const d of docxFiles) {
    const res = await readDocx(d, 'seite.docx');
    if (res.ok) docxText += Buffer.byteLength(res.doc.text);
  }
}
const docxMs = performance.now() - t;

// hostile inputs of test/documents/*.test.ts, built before the clock starts
async function fastest<T>(input: T, run: (input: T) => unknown): Promise<number> {
  let best = Infinity;
  for (let r = 0; r < 3; r++) {
    const t0 = performance.now();
    await run(input);
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}
const deep = 1_000_000;
const stars = `/${'*a'.repeat(200)}$`;
const hostileMs: Array<[string, number]> = [
  [
    'HTML: unclosed comment of 1 MB and 200,000 "<" (html.test.ts)',
    await fastest(`<p>Vorher</p><!--${'x'.repeat(1_000_000)}${'<'.repeat(200_000)}`, (h) => readHtml(h, 'a.html')),
  ],
  [
    'HTML: 1,000,000 nested elements, 11 MB (html.test.ts)',
    await fastest(`<p>Oben</p>${'<div>'.repeat(deep)}Mitte${'</div>'.repeat(deep)}`, (h) => readHtml(h, 'a.html')),
  ],
  [
    'Word: ZIP bomb of 300 MB refused (docx.test.ts)',
    await fastest(zipBomb(300 * 1024 * 1024), (b) => readDocx(b, 'x.docx')),
  ],
  [
    'Word: ZIP bomb of 20 MB refused (docx.test.ts)',
    await fastest(zipBomb(20 * 1024 * 1024), (b) => readDocx(b, 'x.docx')),
  ],
  [
    'PDF: password-protected, refused (pdf.test.ts)',
    await fastest(new Uint8Array(readFileSync(join(FIXTURES, 'encrypted.pdf'))), (b) => readPdf(b, 'geheim.pdf')),
  ],
  [
    'robots.txt: 200 stars against a path of 20,000 characters, 1,000 times (robots.test.ts)',
    await fastest(`/${'a'.repeat(20_000)}b`, (path) => {
      for (let i = 0; i < 1000; i++) patternMatches(stars, path);
    }),
  ],
];

const mbps = (b: number, ms: number) => (b / 1e6 / (ms / 1000)).toFixed(2);
const cpu = cpus()[0]?.model ?? '?';
console.log(
  `Machine: ${cpu}, ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB, ${platform()} ${release()} ${arch()}, Node ${process.version}\n`,
);
console.log('| input | files | pages | MB | seconds | pages/s | MB/s |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
console.log(
  `| seed PDFs (Chromium) × ${rounds} | ${files.length * rounds} | ${pages} | ${(bytes / 1e6).toFixed(2)} | ${(seedMs / 1000).toFixed(2)} | ${(pages / (seedMs / 1000)).toFixed(0)} | ${mbps(bytes, seedMs)} |`,
);
console.log(
  `| generated, 2,000 pages (flat page tree) | 1 | 2000 | ${(long.length / 1e6).toFixed(2)} | ${(longMs / 1000).toFixed(2)} | ${(2000 / (longMs / 1000)).toFixed(0)} | ${mbps(long.length, longMs)} |`,
);
console.log(
  `| HTML: ${htmlPages.length} pages (seeds, development pages) × ${rounds} | ${htmlPages.length * rounds} | – | ${((htmlBytes * rounds) / 1e6).toFixed(2)} | ${(htmlMs / 1000).toFixed(2)} | – | ${mbps(htmlBytes * rounds, htmlMs)} |`,
);
console.log(
  `| HTML: one page of ${(Buffer.byteLength(bigPage) / 1e6).toFixed(1)} MB | 1 | – | ${(Buffer.byteLength(bigPage) / 1e6).toFixed(2)} | ${(bigMs / 1000).toFixed(2)} | – | ${mbps(Buffer.byteLength(bigPage), bigMs)} |`,
);
console.log(
  `| Word: 5 seeds as .docx × ${rounds} (MB of text read) | ${5 * rounds} | – | ${(docxText / 1e6).toFixed(2)} | ${(docxMs / 1000).toFixed(2)} | – | ${mbps(docxText, docxMs)} |`,
);
console.log(
  `\n2,000 pages, three runs: ${longRuns.map((ms) => (ms / 1000).toFixed(2)).join(', ')} s (the table shows the fastest).`,
);
console.log(`Loading pdfjs (once per process): ${loadMs.toFixed(0)} ms.`);
console.log(
  `JSON of 40,000 nodes (${(jsonBytes / 1e6).toFixed(1)} MB): stringify ${jsonBefore.stringify.toFixed(0)} → ${jsonAfter.stringify.toFixed(0)} ms, parse ${jsonBefore.parse.toFixed(0)} → ${jsonAfter.parse.toFixed(0)} ms (before → after loading pdfjs and its polyfills).`,
);
console.log('\n| hostile input | fastest of 3 (ms) |\n| --- | ---: |');
for (const [name, ms] of hostileMs) console.log(`| ${name} | ${ms.toFixed(2)} |`);
