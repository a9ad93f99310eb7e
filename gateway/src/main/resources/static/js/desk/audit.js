// "Audit": GET /api/desk/audit with the form's filters, one row per recorded staff action.

import { withQuery } from '../api.js';
import { byId, el, setMessage, whileBusy } from '../dom.js';
import { report } from './desk-api.js';
import { PATHS, normaliseAuditPage } from './model.js';

export function wireAudit({ deskApi }) {
  const form = byId('audit-form');
  const status = byId('audit-status');
  const list = byId('audit-list');

  async function show() {
    const filters = Object.fromEntries(['staff', 'action', 'targetId', 'from', 'to']
      .map((name) => [name, form.elements[name].value.trim()])
      .filter(([, value]) => value));
    try {
      const page = normaliseAuditPage(await deskApi(withQuery(PATHS.audit, { ...filters, size: 100 })));
      list.replaceChildren(...page.records.map((r) => el('li', { class: 'row', dataset: { testid: 'audit-record', action: r.action, targetId: r.targetId, staff: r.staff } },
        el('p', { class: 'row-title' },
          el('strong', { text: r.action }), ` · ${r.targetType} ${r.targetId}`),
        el('p', { class: 'hint', text: `${r.at} · by ${r.staff}` }),
        r.changes.length ? el('p', { text: r.changes.join('; ') }) : null)));
      setMessage(status, `${page.records.length} of ${page.total} recorded action${page.total === 1 ? '' : 's'}.`);
    } catch (error) {
      list.replaceChildren();
      report(status, error);
    }
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    whileBusy(byId('audit-submit'), show);
  });
}
