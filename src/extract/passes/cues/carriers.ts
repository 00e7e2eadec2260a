/**
 * Carrier cues: who runs the sentence's project – the actors after "Träger ist", the agents of "getragen
 * von", the subject of an operating verb, the recipient of a grant for it, the body in the genitive or a
 * relative clause on its name.
 */
import { CARRIER_PARTICIPLE } from '../../rules/cue-relations.ts';
import type { Mention } from '../../../model/index.ts';
import { activeCarriers } from './active-carriers.ts';
import { passiveAgents } from './agents.ts';
import { carriersAfterCue } from './carrier-after-cue.ts';
import { anaphorSpans, relate, type PageCues, type SentenceCues } from './context.ts';
import {
  appositionCarrier,
  copulaCarrier,
  genitiveCarrier,
  recipientCarriers,
  relativeCarrier,
  relativeRunner,
  settingCarrier,
} from './project-carriers.ts';

/** Not in a field's value; an overview entry's carrier is its Jugendamt (other bodies named there are partners). */
export function carrierCues(p: PageCues, x: SentenceCues): void {
  const { text } = p;
  const { s, actors, subject } = x;
  if (!subject || x.inField) return;
  if (!x.block?.isEntry)
    for (const o of carriersAfterCue(text, s, actors))
      relate(p, x, 'carried_by', subject, o, 'Trägerschaft', 'cue.carrier-after');
  if (!x.block?.isEntry)
    for (const o of passiveAgents(text, s, actors, CARRIER_PARTICIPLE))
      relate(p, x, 'carried_by', subject, o, 'Trägerschaft', 'cue.carrier-passive-agent');
  if (!x.aboutProject) return;
  activeCarrierCues(p, x, subject);
  for (const { project, carrier } of recipientCarriers(text, s, actors, p.projectsIn(s)))
    relate(
      p,
      x,
      'carried_by',
      p.canonical.get(project.name) ?? project,
      carrier,
      'Zuwendung für sein Projekt',
      'cue.carrier-recipient',
    );
  for (const named of p.projectsIn(s)) {
    const o = genitiveCarrier(text, named, actors);
    if (o) relate(p, x, 'carried_by', subject, o, 'Trägerschaft', 'cue.carrier-genitive');
    const r = relativeCarrier(text, named, actors) ?? appositionCarrier(text, named, actors);
    if (r) relate(p, x, 'carried_by', subject, r, 'Trägerschaft', 'cue.carrier-relative');
    const c = copulaCarrier(text, named, actors);
    if (c)
      relate(p, x, 'carried_by', p.canonical.get(named.name) ?? named, c, 'Projekt des Trägers', 'cue.carrier-copula');
    const set = settingCarrier(text, s, named, actors);
    if (set)
      relate(p, x, 'carried_by', p.canonical.get(named.name) ?? named, set, 'Träger im Projekt', 'cue.carrier-setting');
  }
  const runner = relativeRunner(text, s, actors);
  if (runner) relate(p, x, 'carried_by', subject, runner, 'setzt das Projekt um', 'cue.carrier-relative-runner');
}

/** "A und B eröffnen das „P“": the subjects of an operating verb run the project, and cooperate in it. */
function activeCarrierCues(p: PageCues, x: SentenceCues, subject: Mention): void {
  const { text } = p;
  const { s } = x;
  const named = p.projectsIn(s);
  const { carriers: active, object } = activeCarriers(
    text,
    s,
    [...x.actors, ...x.acting],
    [...named, ...anaphorSpans(text, s)],
  );
  // the project the verb takes as its object, where the sentence names several ("…, in Lemgo startet X das Projekt „P“")
  const objectProject = named.find((m) => m === object);
  const ran = objectProject ? (p.canonical.get(objectProject.name) ?? objectProject) : subject;
  for (const o of active) relate(p, x, 'carried_by', ran, o, 'Trägerschaft', 'cue.carrier-active');
  for (let i = 0; i < active.length; i++)
    for (let j = i + 1; j < active.length; j++)
      relate(
        p,
        x,
        'cooperates_with',
        active[i]!,
        active[j]!,
        'gemeinsame Trägerschaft',
        'cue.cooperation-joint-carriers',
      );
}
