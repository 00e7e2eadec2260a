/**
 * One correction form under the node panel: a closed <details> box with the fields, a note field,
 * an error line and the submit button. The form builds an operation and hands it to the controller,
 * which appends it to the log or answers with an error text shown under the form.
 */
import type { CurationOperation } from '../../curation/index.ts';
import { t } from '../i18n.ts';
import { el } from '../panels/dom.ts';
import type { Language } from '../state/view-state.ts';

/** Appends an operation with its note; an error text instead of throwing (a format error of the entry). */
export type AddEntry = (operation: CurationOperation, note: string) => string | null;

export interface FormSpec {
  summary: string;
  explain?: string;
  fields: Node[];
  submit: string;
  danger?: boolean;
  /** The operation, or an error text for the field the planner must fix. */
  build(): CurationOperation | { error: string; field?: HTMLElement };
}

function noteField(id: string, l: Language): { element: HTMLElement; input: HTMLInputElement } {
  const input = el('input', {
    attrs: { type: 'text', id, maxlength: 2000, placeholder: t('curNotePlaceholder', l) },
  });
  return {
    element: el('div', { class: 'field' }, el('label', { attrs: { for: id } }, t('curNote', l)), input),
    input,
  };
}

/** Marks the field the planner must fix and moves the focus there. */
function markInvalid(field: HTMLElement, errorId: string): void {
  field.setAttribute('aria-invalid', 'true');
  field.setAttribute('aria-errormessage', errorId);
  field.focus();
}

export function form(id: string, l: Language, spec: FormSpec, addEntry: AddEntry): HTMLElement {
  const note = noteField(`${id}-note`, l);
  const error = el('p', { class: 'form-error', attrs: { id: `${id}-error`, role: 'alert', hidden: true } });
  const f = el(
    'form',
    { class: 'curation-form', attrs: { novalidate: true } },
    spec.explain ? el('p', { class: 'muted', attrs: { id: `${id}-explain` } }, spec.explain) : null,
    ...spec.fields,
    note.element,
    error,
    el('button', { class: spec.danger ? 'danger' : 'primary', attrs: { type: 'submit' } }, spec.submit),
  );
  if (spec.explain) f.setAttribute('aria-describedby', `${id}-explain`);
  f.addEventListener('submit', (ev) => {
    ev.preventDefault();
    for (const bad of f.querySelectorAll('[aria-invalid]')) bad.removeAttribute('aria-invalid');
    const built = spec.build();
    let problem: string | null;
    if ('error' in built) {
      problem = built.error;
      if (built.field) markInvalid(built.field, `${id}-error`);
    } else problem = addEntry(built, note.input.value);
    error.textContent = problem ?? '';
    error.hidden = !problem;
    if (!problem) note.input.value = '';
  });
  return el('details', { class: 'curation-form-box' }, el('summary', null, spec.summary), f);
}
