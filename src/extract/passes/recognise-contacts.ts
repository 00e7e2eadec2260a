/** Pass: e-mail addresses, phone numbers and web addresses; their spans are never names. */
import { findEmails, findPhones, findWebsites } from '../actors/contacts.ts';
import { recognisableLines } from '../context.ts';
import type { ExtractionRun } from '../run.ts';

export function recogniseContacts(run: ExtractionRun): void {
  for (const line of recognisableLines(run.ctx)) {
    for (const [type, find] of [
      ['email', findEmails],
      ['phone', findPhones],
      ['website', findWebsites],
    ] as const) {
      for (const hit of find(line.text, line.start)) {
        run.found.contacts.push({ type, hit, line: line.index });
        run.store.take(line.index, hit);
      }
    }
  }
}
