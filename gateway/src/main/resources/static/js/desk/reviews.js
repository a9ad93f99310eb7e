// "Needs review": urgent red-flag bookings nobody has acknowledged yet (GET /api/desk/reviews),
// soonest review deadline first; "Acknowledge" records the staff user in the appointment history.

import { byId, el, focusOn, setMessage, whileBusy } from '../dom.js';
import { formatClinicDateTime } from '../format.js';
import { report } from './desk-api.js';
import { PATHS, actionBody, normaliseReviews } from './model.js';

/** Wires the review list; returns load() so other sections can refresh it after a change. */
export function wireReviews({ deskApi, conditionNames, onChange = () => {} }) {
  const list = byId('review-list');
  const status = byId('reviews-status');
  const tab = byId('tab-reviews');

  async function load() {
    try {
      const reviews = normaliseReviews(await deskApi(PATHS.reviews));
      list.replaceChildren(...reviews.map((r) => reviewItem(r, conditionNames())));
      tab.textContent = reviews.length ? `Needs review (${reviews.length})` : 'Needs review';
      setMessage(status, reviews.length ? '' : 'No urgent review is waiting.');
    } catch (error) {
      report(status, error);
    }
  }

  function reviewItem(r, names) {
    const button = el('button', {
      type: 'button',
      class: 'small primary',
      'aria-label': `Acknowledge the urgent review of ${r.patientName || r.reference}`,
      dataset: { action: 'acknowledge-review', testid: 'action-acknowledge-review' },
      text: 'Acknowledge',
    });
    button.addEventListener('click', () => acknowledge(r, button));
    return el('li', { class: 'row row-appointment', dataset: { testid: 'review-item', appointmentId: r.id, reference: r.reference, tier: r.tier } },
      el('div', { class: 'row-when' },
        el('strong', { text: r.reviewBy ? `Review by ${formatClinicDateTime(r.reviewBy, r.timeZone)}` : 'Review soon' })),
      el('div', { class: 'row-main' },
        el('p', { class: 'row-title' },
          el('strong', { dataset: { testid: 'patient-name' }, text: r.patientName || 'Patient' }),
          ' ',
          el('span', { class: 'status-badge urgent', dataset: { testid: 'red-flag' }, text: 'Red flag – needs review' })),
        el('p', { class: 'hint', text: [
          r.reference && `Ref. ${r.reference}`,
          names.get(r.conditionId) || r.conditionId,
          r.start && `appointment ${formatClinicDateTime(r.start, r.timeZone)}`,
          r.specialist,
          r.patientPhone,
        ].filter(Boolean).join(' · ') }),
        el('ul', { class: 'hint', dataset: { testid: 'review-answers' } }, r.questions.map((q) => el('li', { text: `Yes: ${q}` })))),
      el('div', { class: 'row-actions' }, button));
  }

  async function acknowledge(r, button) {
    await whileBusy(button, async () => {
      try {
        await deskApi(PATHS.appointmentAction(r.id, 'acknowledge-review'), { method: 'POST', body: actionBody() });
        await load();
        await onChange();
        setMessage(status, `Urgent review acknowledged – ${r.patientName || r.reference}.`, 'success');
      } catch (error) {
        report(status, error);
      }
    });
    focusOn(status);
  }

  return load;
}
