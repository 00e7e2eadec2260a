/**
 * A text page written as a saved web page, the way sites mark it up: blank-line blocks as paragraphs
 * (lines inside with <br>), `- ` lines as a list, `A | B` lines as a table, the first line as <h1>;
 * German letters and typographic quotes as named entities; around it navigation, a cookie banner,
 * scripts, styles and a footer that must not be read.
 */
const ENTITIES: Readonly<Record<string, string>> = {
  ä: '&auml;',
  ö: '&ouml;',
  ü: '&uuml;',
  Ä: '&Auml;',
  Ö: '&Ouml;',
  Ü: '&Uuml;',
  ß: '&szlig;',
  '„': '&bdquo;',
  '“': '&ldquo;',
  '–': '&ndash;',
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  '€': '&euro;',
};

export function escapeHtml(s: string): string {
  return s.replace(/[äöüÄÖÜß„“–&<>"€]/g, (c) => ENTITIES[c]!);
}

function block(lines: string[], first: boolean): string {
  if (lines.every((l) => /^- /.test(l)))
    return `<ul>${lines.map((l) => `<li>${escapeHtml(l.slice(2))}</li>`).join('\n')}</ul>`;
  if (lines.every((l) => l.includes(' | ')))
    return `<table><tbody>${lines
      .map(
        (l) =>
          `<tr>${l
            .split(' | ')
            .map((c) => `<td>${escapeHtml(c.trim())}</td>`)
            .join('')}</tr>`,
      )
      .join('\n')}</tbody></table>`;
  if (first && lines.length === 1) return `<h1>${escapeHtml(lines[0]!)}</h1>`;
  return `<p>${lines.map(escapeHtml).join('<br>\n')}</p>`;
}

export function htmlForm(text: string, title = 'Seite'): string {
  const blocks = text
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((b) => b.split('\n').filter((l) => l.trim() !== ''))
    .filter((b) => b.length > 0);
  const body = blocks.map((b, i) => block(b, i === 0)).join('\n');
  return `<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>
<meta property="og:title" content="${escapeHtml(title)}"><link rel="canonical" href="https://www.beispiel.nrw/seite">
<meta property="article:published_time" content="2024-05-17T09:30:00+02:00">
<style>body { font-family: sans-serif } .x::before { content: "Jugendamt Nirgendwo" }</style>
<script>window.dataLayer = [{ partner: "Jobcenter Irgendwo" }];</script></head>
<body><header><a href="/">Startseite</a><nav><ul><li><a href="/presse">Presse</a></li><li><a href="/jugendamt">Jugendamt</a></li><li>Kita-Suche</li></ul></nav></header>
<div class="cookie-consent" id="cmp-banner"><p>Diese Seite verwendet Cookies des Landes NRW.</p><button>Alle akzeptieren</button></div>
<main><article>
${body}
</article></main>
<aside><h2>Das könnte Sie auch interessieren</h2><p>Familienzentrum Sonnenschein</p></aside>
<footer><p>Impressum · Datenschutz · Stadtverwaltung Musterstadt</p></footer>
<script>console.log("<p>Caritas</p>")</script></body></html>`;
}
