// Waitlist offer page (/waitlist/offers/{id}#token=...): the slot held for the patient, the scans needed,
// and one click to book it, decline it or leave the list. The token is handled as on the manage page:
// read from the fragment, moved out of the address bar at once, kept in sessionStorage, sent only in X-Manage-Token.

import { api } from '../api.js';
import { byId, clearFieldErrors, el, fill, focusOn, setMessage, showFieldErrors, whileBusy, wireSkipLink } from '../dom.js';
import { CONSULTATION_TYPE_LABELS, formatClinicDateTime, formatClinicSpan, labelOf } from '../format.js';

wireSkipLink();

const match = /^\/waitlist\/offers\/([^/]+)\/?$/.exec(location.pathname);
const offerId = match ? decodeURIComponent(match[1]) : '';
const fragment = new URLSearchParams(location.hash.replace(/^#/, ''));
const storageKey = `spinecare.offer.${offerId}`;
const status = byId('offer-status');

if (fragment.get('token')) {
  sessionStorage.setItem(storageKey, fragment.get('token'));
}
if (location.hash || location.search) {
  history.replaceState(null, '', `/waitlist/offers/${encodeURIComponent(offerId)}`);
}

const withToken = (options = {}) => ({
  ...options,
  headers: { ...(options.headers || {}), 'X-Manage-Token': sessionStorage.getItem(storageKey) || '' },
});
const path = (action = '') => `/api/waitlist/offers/${encodeURIComponent(offerId)}${action}`;

async function load() {
  if (!offerId || !sessionStorage.getItem(storageKey)) {
    setMessage(status, 'Please open the link from the message we sent you.', 'error');
    return;
  }
  try {
    show(await api(path(), withToken()));
    if (fragment.get('leave')) focusOn(byId('offer-leave-heading'));
  } catch (error) {
    setMessage(status, error.status === 404 ? 'We could not open this offer. Please use the link from our message.' : error.message, 'error');
  }
}

function show(offer) {
  byId('offer-view').hidden = false;
  byId('offer-view').dataset.state = offer.state;
  fill(
    byId('offer-detail'),
    el('p', { 'data-testid': 'offer-time', dataset: { start: offer.start }, text: formatClinicSpan(offer.start, offer.end, offer.timeZone) }),
    el('p', { text: `${labelOf(CONSULTATION_TYPE_LABELS, offer.consultationType)} with ${offer.specialistName}` }),
    el('p', { text: offer.mode === 'VIDEO' ? 'Video consultation' : offer.location }),
    offer.scansNeeded.length === 0
      ? null
      : el('div', { 'data-testid': 'offer-scans' },
        el('p', { text: 'The clinic will ask for these scans:' }),
        el('ul', {}, offer.scansNeeded.map((scan) => el('li', {
          'data-testid': 'offer-scan', dataset: { modality: scan.modality, region: scan.region }, text: scan.description,
        })))),
    offer.open ? el('p', { 'data-testid': 'offer-held-until', text: `Held for you until ${formatClinicDateTime(offer.expiresAt, offer.timeZone)}.` }) : null,
  );
  byId('offer-form').hidden = !offer.open;
  byId('offer-dob-field').hidden = !offer.needsDateOfBirth;
  if (!offer.open && offer.state !== 'accepted') {
    setMessage(status, 'This offer is no longer open. You stay on the waitlist unless you left it.', 'info');
  }
}

byId('offer-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  const form = byId('offer-form');
  clearFieldErrors(form);
  const dob = byId('offer-dob').value;
  await whileBusy(byId('offer-accept'), async () => {
    try {
      const accepted = await api(path('/accept'), withToken({ method: 'POST', body: dob ? { dateOfBirth: dob } : {} }));
      form.hidden = true;
      setMessage(status, `Booked: your reference is ${accepted.appointment.reference}. A confirmation e-mail is on its way.`, 'success');
      byId('offer-view').dataset.state = 'accepted';
      status.dataset.reference = accepted.appointment.reference;
    } catch (error) {
      if (error.fieldErrors && error.fieldErrors.length) showFieldErrors(form, error.fieldErrors);
      else setMessage(status, error.message, 'error');
    }
  });
});

byId('offer-decline').addEventListener('click', () => answer('/decline', byId('offer-decline'), 'Thank you. We have offered the slot to the next patient; you stay on the waitlist.'));
byId('offer-leave').addEventListener('click', () => answer('/leave', byId('offer-leave'), 'You have left the waitlist. You are welcome to book at any time.'));

async function answer(action, button, done) {
  await whileBusy(button, async () => {
    try {
      await api(path(action), withToken({ method: 'POST' }));
      byId('offer-form').hidden = true;
      byId('offer-leave-panel').hidden = action === '/leave';
      setMessage(status, done, 'success');
    } catch (error) {
      setMessage(status, error.message, 'error');
    }
  });
}

load();
