// The confirmation after booking: reference, status, missing scans with due dates, and the manage
// code, shown this once (only its hash is stored; the e-mail carries the link).

import { appointmentFacts, prerequisiteSection, redFlagNotice } from '../appointment-view.js';
import { el, fill } from '../dom.js';

export function manageLink(reference, token) {
  // The token rides in the fragment: browsers never send it to a server or in a Referer.
  return `/manage/${encodeURIComponent(reference)}${token ? `#token=${encodeURIComponent(token)}` : ''}`;
}

export function renderConfirmation(heading, container, { appointment, conditionName, answeredRedFlag }) {
  const a = appointment;
  heading.textContent = a.status === 'pending'
    ? 'Your appointment is booked – we still need some scans'
    : 'Your appointment is booked';
  fill(container,
    el('p', { class: 'lead', text: 'We have sent a confirmation to your e-mail address.' }),
    appointmentFacts(a, conditionName),
    a.redFlagged || answeredRedFlag ? redFlagNotice(a) : null,
    prerequisiteSection(a),
    a.manageToken ? manageBox(a) : el('p', { text: 'Use the link in your confirmation e-mail to view, change or cancel this appointment.' }),
    el('p', { class: 'actions' }, el('a', { href: '#/', class: 'button secondary', text: 'Back to the start' })),
  );
}

function manageBox(a) {
  return el('section', { class: 'panel token', 'aria-labelledby': 'manage-token-heading', dataset: { testid: 'manage-box' } },
    el('h2', { id: 'manage-token-heading', text: 'Your code to change or cancel' }),
    el('p', {}, el('code', { id: 'manage-token', class: 'token-value', dataset: { testid: 'manage-token' }, text: a.manageToken })),
    el('p', { text: 'We show this code only once and cannot look it up for you. Keep the confirmation e-mail: its link lets you view, reschedule or cancel your appointment. Do not share the code or the link.' }),
    el('p', {}, el('a', { id: 'manage-link', href: manageLink(a.reference, a.manageToken), dataset: { testid: 'manage-link' }, text: 'View, reschedule or cancel this appointment' })),
  );
}
