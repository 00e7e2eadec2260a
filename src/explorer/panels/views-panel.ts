/** Saved views for presentations: save the current view, show, reorder, delete; presenter mode. */
import { t } from '../i18n.ts';
import type { Language, SavedView } from '../state/view-state.ts';
import { button, el } from './dom.ts';

export interface ViewsPanelContext {
  views: readonly SavedView[];
  lang: Language;
  current: number | null;
  onSave(name: string): void;
  onShow(index: number): void;
  onDelete(index: number): void;
  onMoveUp(index: number): void;
  onPresent(): void;
  /** Saved views as a file (to pass a presentation on), and back. */
  onExport(): void;
  onImport(file: File): void;
}

export function viewsPanel(ctx: ViewsPanelContext): HTMLElement {
  const { lang } = ctx;
  const name = el('input', {
    attrs: {
      type: 'text',
      id: 'view-name',
      maxlength: 200,
      value: `${lang === 'en' ? 'View' : 'Ansicht'} ${ctx.views.length + 1}`,
    },
  });
  const form = el(
    'form',
    { class: 'save-view' },
    el('label', { attrs: { for: 'view-name' } }, t('viewName', lang)),
    name,
    el('button', { attrs: { type: 'submit' } }, t('viewSave', lang)),
  );
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    if (name.value.trim()) ctx.onSave(name.value.trim());
  });
  const list = el('ol', { class: 'saved-views' });
  ctx.views.forEach((v, i) => {
    list.append(
      el(
        'li',
        { class: ctx.current === i ? 'current' : '' },
        el('span', { class: 'view-name' }, v.name),
        ' ',
        button(t('viewShow', lang), () => ctx.onShow(i), {
          attrs: { 'aria-label': `${t('viewShow', lang)}: ${v.name}` },
        }),
        i > 0
          ? button('↑', () => ctx.onMoveUp(i), { attrs: { 'aria-label': `${t('viewUp', lang)}: ${v.name}` } })
          : null,
        button(t('viewDelete', lang), () => ctx.onDelete(i), {
          attrs: { 'aria-label': `${t('viewDelete', lang)}: ${v.name}` },
        }),
      ),
    );
  });
  return el(
    'section',
    { class: 'views', attrs: { 'aria-label': t('tabViews', lang) } },
    el('p', { class: 'intro' }, t('viewsIntro', lang)),
    form,
    ctx.views.length ? list : el('p', { class: 'muted' }, t('viewsNone', lang)),
    button(t('presenter', lang), () => ctx.onPresent(), { class: 'primary', attrs: { id: 'presenter-start' } }),
    el('p', { class: 'muted' }, t('presenterHint', lang)),
    el(
      'div',
      { class: 'views-files' },
      ctx.views.length ? button(t('viewsExport', lang), () => ctx.onExport(), { attrs: { id: 'views-export' } }) : null,
      el(
        'div',
        { class: 'field' },
        el('label', { attrs: { for: 'views-import' } }, t('viewsImport', lang)),
        importInput(ctx),
      ),
    ),
  );
}

function importInput(ctx: ViewsPanelContext): HTMLInputElement {
  const input = el('input', { attrs: { type: 'file', id: 'views-import', accept: '.json,application/json' } });
  input.addEventListener('change', () => {
    const f = input.files?.[0];
    if (f) ctx.onImport(f);
  });
  return input;
}
