// "Audit": the form's filters on one of two records (ADR 0230), one row per recorded staff action:
// changes (GET /api/desk/audit, booking-service) or reads of delivery logs (notification-service).

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
      const path = form.elements.source.value === 'reads' ? PATHS.readsAudit : PATHS.audit;
      const page = normaliseAuditPage(await deskApi(withQuery(path, { ...filters, size: 100 })));
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
