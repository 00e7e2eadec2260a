/** E-mail addresses (also obfuscated: "name [at] domain [dot] de"), phone numbers and web addresses. */
import type { Span } from '../../model/index.ts';

export interface ContactHit extends Span {
  value: string;
}

const EMAIL = /[\p{L}\d._%+-]+@[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.[a-z]{2,}/giu;
const OBFUSCATED_EMAIL =
  /([\p{L}\d._%+-]+(?:\s*[[(]\s*(?:dot|punkt)\s*[\])]\s*[\p{L}\d_%+-]+)*)\s*[[(]\s*(?:at|ät|@)\s*[\])]\s*([\p{L}\d-]+(?:\s*(?:\.|[[(]\s*(?:dot|punkt)\s*[\])])\s*[\p{L}\d-]+)+)/giu;

/** The "[at]" part every obfuscated address has: lines without it skip the slow pattern. */
const OBFUSCATED_AT = /[[(]\s*(?:at|ät|@)\s*[\])]/iu;

function deobfuscate(s: string): string {
  return s
    .replace(/\s*[[(]\s*(?:dot|punkt)\s*[\])]\s*/gi, '.')
    .replace(/\s+/g, '')
    .toLowerCase();
}

export function findEmails(text: string, offset = 0): ContactHit[] {
  const hits: ContactHit[] = [];
  const at = text.includes('@');
  const bracketAt = OBFUSCATED_AT.test(text);
  if (!at && !bracketAt) return hits;
  for (const m of bracketAt ? text.matchAll(OBFUSCATED_EMAIL) : []) {
    hits.push({
      start: offset + m.index,
      end: offset + m.index + m[0].length,
      value: `${deobfuscate(m[1]!)}@${deobfuscate(m[2]!)}`,
    });
  }
  for (const m of at ? text.matchAll(EMAIL) : []) {
    const s = offset + m.index;
    if (hits.some((h) => s >= h.start && s < h.end)) continue;
    hits.push({ start: s, end: s + m[0].length, value: m[0].toLowerCase() });
  }
  return hits.sort((a, b) => a.start - b.start);
}

const PHONE = /(?<![\p{L}])(?:Tel(?:efon)?\.?|Fon|Mobil|Handy|Telefonnummer|T)\s*:?\s*(\+?\(?\d[\d\s/()\-–]{4,}\d)/gu;

export function findPhones(text: string, offset = 0): ContactHit[] {
  const hits: ContactHit[] = [];
  for (const m of text.matchAll(PHONE)) {
    const num = m[1]!;
    const digits = num.replace(/\D/g, '');
    if (digits.length < 6 || digits.length > 16) continue;
    const s = offset + m.index + m[0].length - num.length;
    hits.push({ start: s, end: s + num.length, value: num.replace(/\s+/g, ' ').trim() });
  }
  return hits;
}

const WEB = /(?<![\p{L}\d@.])(?:https?:\/\/|www\.)[^\s,;()<>"“”]+/giu;

export function findWebsites(text: string, offset = 0): ContactHit[] {
  const hits: ContactHit[] = [];
  for (const m of text.matchAll(WEB)) {
    const v = m[0].replace(/[.:]+$/, '');
    hits.push({ start: offset + m.index, end: offset + m.index + v.length, value: v });
  }
  return hits;
}
