// "Waitlist": every entry with where it stands (GET /api/desk/waitlist), its offers on demand
// (GET /api/desk/waitlist/{id}) and "Offer now" for a waiting entry (POST .../offer-now, audited).

import { byId, el, focusOn, setMessage, whileBusy } from '../dom.js';
import { formatClinicDateTime } from '../format.js';
import { report } from './desk-api.js';
import { PATHS, normaliseWaitlistEntry, normaliseWaitlistHistory } from './model.js';

const STATE_LABELS = {
  WAITING: 'Waiting',
  BOOKED: 'Booked',
  LEFT: 'Left the list',
  EXPIRED: 'Window over',
  OPEN: 'Offered, waiting for an answer',
  ACCEPTED: 'Accepted',
  DECLINED: 'Declined',
};

/** Wires the waitlist section; returns load() so the console can fill it after sign-in. */
export function wireWaitlist({ deskApi, conditionNames }) {
  const list = byId('waitlist-list');
  const status = byId('waitlist-status');

  async function load() {
    try {
      const body = await deskApi(PATHS.waitlist);
      const entries = (Array.isArray(body) ? body : []).map(normaliseWaitlistEntry);
      list.replaceChildren(...entries.map((entry) => entryItem(entry, conditionNames())));
      setMessage(status, entries.length ? '' : 'Nobody is on the waitlist.');
    } catch (error) {
      report(status, error);
    }
  }

  function entryItem(entry, names) {
    const history = el('ol', { class: 'rows', dataset: { testid: 'offer-history' }, hidden: true });
    const showHistory = button('Offers', 'waitlist-history', `Show the offers made to ${entry.patientName}`);
    showHistory.addEventListener('click', () => whileBusy(showHistory, () => fillHistory(entry.id, history)));
    const actions = [showHistory];
    if (entry.state === 'WAITING') {
      const offerNow = button('Offer now', 'offer-now', `Offer ${entry.patientName} the earliest matching free slot now`);
      offerNow.addEventListener('click', () => offer(entry, offerNow, history));
      actions.push(offerNow);
    }
    return el('li', { class: 'row', dataset: { testid: 'waitlist-entry', entryId: entry.id, state: entry.state } },
      el('div', { class: 'row-main' },
        el('p', { class: 'row-title' },
          el('strong', { text: entry.patientName || 'Patient' }),
          ' ',
          el('span', { class: 'status-badge', dataset: { testid: 'entry-state' }, text: STATE_LABELS[entry.state] || entry.state })),
        el('p', { class: 'hint', text: [
          names.get(entry.conditionId) || entry.conditionId,
          entry.consultationType,
          entry.specialistId,
          (entry.earliest || entry.latest) && `from ${entry.earliest || 'now'} to ${entry.latest || 'any time'}`,
          entry.joinedAt && `joined ${entry.joinedAt.slice(0, 10)}`,
          entry.patientPhone,
        ].filter(Boolean).join(' · ') }),
        history),
      el('div', { class: 'row-actions' }, ...actions));
  }

  async function fillHistory(entryId, history) {
    try {
      const { offers } = normaliseWaitlistHistory(await deskApi(PATHS.waitlistEntry(entryId)));
      history.replaceChildren(...(offers.length ? offers.map(offerItem) : [el('li', { class: 'hint', text: 'No offer yet.' })]));
      history.hidden = false;
    } catch (error) {
      report(status, error);
    }
  }

  function offerItem(o) {
    return el('li', { dataset: { testid: 'waitlist-offer', offerId: o.id, slotId: o.slotId, state: o.state } },
      `${formatClinicDateTime(o.start, o.zone)} · ${STATE_LABELS[o.state] || o.state}`,
      el('span', { class: 'hint', text: ` · offered ${formatClinicDateTime(o.offeredAt, o.zone)}` }));
  }

  async function offer(entry, offerNow, history) {
    await whileBusy(offerNow, async () => {
      try {
        const { offers } = normaliseWaitlistHistory(await deskApi(PATHS.offerNow(entry.id), { method: 'POST', body: {} }));
        const made = offers[offers.length - 1];
        history.replaceChildren(...offers.map(offerItem));
        history.hidden = false;
        setMessage(status, `Offered ${entry.patientName} the slot of ${formatClinicDateTime(made.start, made.zone)}.`, 'success');
      } catch (error) {
        report(status, error);
      }
    });
    focusOn(status);
  }

  byId('waitlist-refresh').addEventListener('click', (event) => whileBusy(event.currentTarget, load));
  byId('tab-waitlist').addEventListener('click', load);
  return load;
}

function button(text, action, label) {
  return el('button', { type: 'button', class: 'small secondary', 'aria-label': label, dataset: { action, testid: `action-${action}` }, text });
}
