/** A date as a file states it (ISO timestamp, "2024-03-05", "05.03.2024", PDF "D:20240305…") as YYYY-MM-DD, or undefined. */
export function isoDate(raw: string): string | undefined {
  const s = raw.trim();
  const iso = /^(\d{4})-(\d{2})(?:-(\d{2}))?/.exec(s);
  const german = /^(\d{1,2})\.(\d{1,2})\.(\d{4})/.exec(s);
  const pdf = /^D:(\d{4})(\d{2})?(\d{2})?/.exec(s);
  let y: number, m: number | undefined, d: number | undefined;
  if (iso) [y, m, d] = [Number(iso[1]), Number(iso[2]), iso[3] ? Number(iso[3]) : undefined];
  else if (german) [y, m, d] = [Number(german[3]), Number(german[2]), Number(german[1])];
  else if (pdf) [y, m, d] = [Number(pdf[1]), pdf[2] ? Number(pdf[2]) : undefined, pdf[3] ? Number(pdf[3]) : undefined];
  else return undefined;
  if (y < 1900 || y > 2100) return undefined;
  if (m === undefined) return String(y);
  if (m < 1 || m > 12) return undefined;
  const mm = String(m).padStart(2, '0');
  if (d === undefined) return `${y}-${mm}`;
  if (d < 1 || d > new Date(Date.UTC(y, m, 0)).getUTCDate()) return undefined;
  return `${y}-${mm}-${String(d).padStart(2, '0')}`;
}
