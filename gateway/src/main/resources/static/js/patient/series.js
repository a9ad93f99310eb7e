// Series page (/series/{id}#token=...): the follow-up visits after surgery; confirm all, move one, cancel.
// The token is handled as on the manage page: out of the address bar at once, kept in sessionStorage,
// sent only in X-Manage-Token (ADR 0207, 0305).

import { api } from '../api.js';
import { byId, el, fill, focusOn, setMessage, whileBusy, wireSkipLink } from '../dom.js';
import { formatClinicSpan, formatDate } from '../format.js';
import { normaliseSlots } from './model.js';
import { SERIES_PATHS, normaliseSeries, parseSeriesAddress, seriesTokenKey } from './series-model.js';
import { renderSlots } from './slot-picker.js';

wireSkipLink();

const { seriesId, token: tokenFromLink } = parseSeriesAddress(location.pathname, location.hash);
const storage = window.sessionStorage;
const status = byId('series-status');
const state = { series: null, visit: null, choice: null };

if (tokenFromLink) storage.setItem(seriesTokenKey(seriesId), tokenFromLink);
if (location.hash || location.search) history.replaceState(null, '', `/series/${encodeURIComponent(seriesId)}`);

const withToken = (options = {}) => ({
  ...options,
  headers: { ...(options.headers || {}), 'X-Manage-Token': storage.getItem(seriesTokenKey(seriesId)) || '' },
});

const STATE_TEXT = {
  proposed: 'These times are kept for you. Confirm them all with one click, or choose another time for any visit.',
  confirmed: 'Your follow-up visits are booked.',
  cancelled: 'Your follow-up visits are cancelled.',
};

async function load() {
  if (!seriesId || !storage.getItem(seriesTokenKey(seriesId))) {
    setMessage(status, 'Please open the link in the e-mail that listed your follow-up visits.', 'error');
    return;
  }
  try {
    show(await api(SERIES_PATHS.series(seriesId), withToken()));
  } catch (error) {
    failed(error);
  }
}

function failed(error) {
  const refused = error.status === 404 || error.status === 401 || error.status === 403;
  setMessage(status, refused ? 'We could not open your follow-up visits with this link. Please use the link in your latest e-mail, or call the clinic.' : error.message, 'error');
}

function show(body) {
  const series = normaliseSeries(body);
  state.series = series;
  const stateLine = byId('series-state');
  stateLine.textContent = STATE_TEXT[series.status] || '';
  stateLine.dataset.status = series.status;
  fill(byId('series-visits'), ...series.visits.map((visit) => visitRow(series, visit)));
  byId('series-actions').hidden = !series.mayChange;
  byId('series-confirm').hidden = !series.mayConfirm;
  byId('series-cancel-confirm').hidden = true;
  byId('series-move').hidden = true;
  byId('series-view').hidden = false;
}

function visitRow(series, visit) {
  const span = `Between ${formatDate(visit.earliest)} and ${formatDate(visit.latest)}`;
  const status = visit.appointmentStatus || (visit.slotId ? 'held' : 'unresolved');
  return el('li', { class: 'row', dataset: { testid: 'series-visit', visitId: visit.visitId, slotId: visit.slotId, status } },
    el('p', { class: 'row-title' }, el('strong', { text: visit.name })),
    visit.slotId
      ? el('p', { dataset: { testid: 'visit-time' }, text: `${formatClinicSpan(visit.start, visit.end, visit.timeZone)} with ${visit.specialistName}` })
      : el('p', { dataset: { testid: 'visit-time' }, text: 'No time yet: the clinic will offer you one.' }),
    el('p', { class: 'hint', dataset: { testid: 'visit-window' }, text: span }),
    visit.scans.length
      ? el('ul', {}, visit.scans.map((scan) => el('li', { dataset: { testid: 'visit-scan' }, text: `Before this visit: your ${scan}` })))
      : null,
    series.mayChange && visit.slotId && visit.appointmentStatus !== 'cancelled'
      ? el('button', { type: 'button', class: 'secondary small', dataset: { action: 'move-visit', testid: 'move-visit' }, text: 'Choose another time', on: { click: () => startMove(visit) } })
      : null);
}

async function startMove(visit) {
  state.visit = visit;
  state.choice = null;
  byId('series-cancel-confirm').hidden = true;
  byId('series-move').hidden = false;
  byId('series-move-confirm').hidden = true;
  byId('series-move-heading').textContent = `Choose another time for: ${visit.name}`;
  byId('series-move-window').textContent = `Free times between ${formatDate(visit.earliest)} and ${formatDate(visit.latest)}, clinic time.`;
  focusOn(byId('series-move-heading'));
  await loadSlots('');
}

async function loadSlots(notice) {
  const box = byId('series-move-status');
  setMessage(box, 'Looking for free times…');
  try {
    const slots = normaliseSlots(await api(SERIES_PATHS.slots(seriesId, state.visit.visitId), withToken()))
      .filter((s) => s.id !== state.visit.slotId);
    renderSlots(byId('series-move-slots'), slots, choose);
    const summary = slots.length ? `${slots.length} free time${slots.length === 1 ? '' : 's'} in this visit's window.` : 'No other free time in this visit\'s window. Please call the clinic.';
    setMessage(box, notice ? `${notice} ${summary}` : summary, notice ? 'error' : 'info');
  } catch (error) {
    setMessage(box, error.message, 'error');
  }
}

function choose(slot, button) {
  state.choice = slot;
  for (const other of byId('series-move-slots').querySelectorAll('button.slot')) other.setAttribute('aria-pressed', 'false');
  button.setAttribute('aria-pressed', 'true');
  byId('series-move-choice').textContent = `New time: ${formatClinicSpan(slot.start, slot.end, slot.timeZone)}.`;
  byId('series-move-confirm').hidden = false;
  focusOn(byId('series-move-choice'));
}

byId('series-move-no').addEventListener('click', () => {
  byId('series-move').hidden = true;
});
byId('series-move-yes').addEventListener('click', (event) =>
  whileBusy(event.currentTarget, async () => {
    try {
      show(await api(SERIES_PATHS.move(seriesId, state.visit.visitId), withToken({ method: 'POST', body: { slotId: state.choice.id } })));
      setMessage(status, 'The visit has moved. Your other visits stay as they were.', 'success');
      focusOn(status);
    } catch (error) {
      byId('series-move-confirm').hidden = true;
      if (error.status === 409 || error.status === 410) await loadSlots('Sorry, that time has just been taken. Please choose another.');
      else setMessage(byId('series-move-status'), error.message, 'error');
    }
  }));

byId('series-confirm').addEventListener('click', (event) =>
  whileBusy(event.currentTarget, async () => {
    try {
      show(await api(SERIES_PATHS.confirm(seriesId), withToken({ method: 'POST', body: {} })));
      setMessage(status, 'All your follow-up visits are booked. We have sent you an e-mail.', 'success');
    } catch (error) {
      // nothing is half-booked: reload to show which visit needs another time
      await api(SERIES_PATHS.series(seriesId), withToken()).then(show).catch(() => {});
      setMessage(status, error.status === 409 ? `${error.message} Please choose another time for the visit without one.` : error.message, 'error');
    }
    focusOn(status);
  }));

byId('series-cancel-start').addEventListener('click', () => {
  byId('series-move').hidden = true;
  byId('series-cancel-confirm').hidden = false;
  focusOn(byId('series-cancel-heading'));
});
byId('series-cancel-no').addEventListener('click', () => {
  byId('series-cancel-confirm').hidden = true;
});
byId('series-cancel-yes').addEventListener('click', (event) =>
  whileBusy(event.currentTarget, async () => {
    try {
      show(await api(SERIES_PATHS.cancel(seriesId), withToken({ method: 'POST', body: {} })));
      setMessage(status, 'Your follow-up visits are cancelled.', 'success');
    } catch (error) {
      setMessage(status, error.message, 'error');
    }
    focusOn(status);
  }));

load();
