// "Find an appointment": GET /api/desk/appointments?q= rendered with the agenda's row markup.

import { withQuery } from '../api.js';
import { byId, clearFieldErrors, setMessage, showFieldErrors, whileBusy } from '../dom.js';
import { report } from './desk-api.js';
import { PATHS, normaliseSearchResults } from './model.js';
import { rowItem } from './rows.js';

/** Wires the search form; returns runSearch() so row actions can refresh the results. */
export function wireSearch({ deskApi, onAction, conditionNames }) {
  const form = byId('search-form');
  const status = byId('search-status');
  const list = byId('search-results');

  async function runSearch() {
    const q = byId('desk-search-q').value.trim();
    if (!q) {
      showFieldErrors(form, [{ field: 'q', message: 'Enter a reference, name, e-mail or phone number' }]);
      return;
    }
    clearFieldErrors(form);
    try {
      const rows = normaliseSearchResults(await deskApi(withQuery(PATHS.appointments, { q })));
      const options = { showDate: true, showSpecialist: true, conditionNames: conditionNames() };
      list.replaceChildren(...rows.map((row) => rowItem(row, onAction, options)));
      setMessage(status, `${rows.length} appointment${rows.length === 1 ? '' : 's'} found for “${q}”.`);
    } catch (error) {
      list.replaceChildren();
      report(status, error);
    }
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    whileBusy(byId('desk-search-submit'), runSearch);
  });
  return runSearch;
}
