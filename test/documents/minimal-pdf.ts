/**
 * Writes small PDFs by hand (PDF 1.4 syntax, ASCII only, a correct cross-reference table), for the
 * reader's tests and benchmark: many pages of a little text, or a page with only an image and a
 * drawing. No PDF library is involved, so these test pdfjs on files it did not make.
 */

/** Assembles numbered objects (1 … n, object 1 the catalog) into a PDF file. */
export function assemblePdf(objects: readonly string[], info?: string): Uint8Array {
  let out = '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n';
  const offsets: number[] = [];
  const all = info ? [...objects, info] : objects;
  all.forEach((body, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${all.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) out += `${String(o).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${all.length + 1} /Root 1 0 R${info ? ` /Info ${all.length} 0 R` : ''} >>\nstartxref\n${xref}\n%%EOF\n`;
  return Uint8Array.from(out, (c) => c.charCodeAt(0) & 0xff);
}

const stream = (content: string, dict = '') => `<< /Length ${content.length}${dict} >>\nstream\n${content}\nendstream`;
const pdfString = (s: string) => `(${s.replace(/[\\()]/g, (c) => `\\${c}`)})`;

/**
 * `pages` pages in Helvetica (not embedded, WinAnsi), each with the given lines from the top, a
 * running header "Bericht 2024" and a footer "Seite n von N".
 */
export function textPdf(pages: number, linesOf: (page: number) => string[], title = 'Langes Dokument'): Uint8Array {
  const objects: string[] = [];
  // 1 catalog, 2 pages, 3 font, then page/content pairs
  const kids = Array.from({ length: pages }, (_, i) => `${4 + 2 * i} 0 R`).join(' ');
  objects.push('<< /Type /Catalog /Pages 2 0 R >>');
  objects.push(`<< /Type /Pages /Kids [${kids}] /Count ${pages} >>`);
  objects.push('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
  for (let p = 1; p <= pages; p++) {
    const body = linesOf(p)
      .map((l, i) => `BT /F1 11 Tf 56 ${740 - i * 14} Td ${pdfString(l)} Tj ET`)
      .join('\n');
    const content = `BT /F1 9 Tf 56 800 Td (Bericht 2024) Tj ET\n${body}\nBT /F1 9 Tf 280 40 Td ${pdfString(`Seite ${p} von ${pages}`)} Tj ET`;
    objects.push(
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents ${5 + 2 * (p - 1)} 0 R >>`,
    );
    objects.push(stream(content));
  }
  return assemblePdf(objects, `<< /Title ${pdfString(title)} /CreationDate (D:20240315093000+01'00') >>`);
}

/** One page with a small grey image and a filled rectangle, and no text at all (a "scan"). */
export function imageOnlyPdf(): Uint8Array {
  const pixels = '\x20\x80\xc0\xff'; // 2 × 2 grey pixels
  return assemblePdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im1 5 0 R >> >> /Contents 4 0 R >>',
    stream('q 400 0 0 600 97 120 cm /Im1 Do Q\n0.2 0.4 0.8 rg 97 740 400 40 re f'),
    stream(pixels, ' /Type /XObject /Subtype /Image /Width 2 /Height 2 /ColorSpace /DeviceGray /BitsPerComponent 8'),
  ]);
}
