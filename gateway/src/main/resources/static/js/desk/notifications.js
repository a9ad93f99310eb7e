// An appointment's delivery log (notification-service) in a modal dialog.

import { withQuery } from '../api.js';
import { byId, el, setMessage } from '../dom.js';
import { formatDate, humanise, parseClinicDateTime } from '../format.js';
import { PATHS, normaliseNotifications } from './model.js';

const dialog = byId('notifications-dialog');
let returnFocusTo = null;

byId('notifications-close').addEventListener('click', () => dialog.close());
dialog.addEventListener('close', () => returnFocusTo?.focus());

/** "Monday 2 March 2026, 08:30 (UTC)": the time as the service sent it, with its offset. */
function when(iso) {
  const parts = parseClinicDateTime(iso);
  return parts ? `${formatDate(parts.date)}, ${parts.time} (${parts.zone || parts.offset || 'time zone not given'})` : String(iso || '');
}

export async function openNotifications(appointment, deskApi, opener) {
  returnFocusTo = opener;
  const list = byId('notifications-list');
  const status = byId('notifications-status');
  byId('notifications-heading').textContent = `Notifications for ${appointment.reference || appointment.patient.name || 'this appointment'}`;
  list.replaceChildren();
  setMessage(status, 'Loading…');
  dialog.showModal();
  try {
    const entries = normaliseNotifications(await deskApi(withQuery(PATHS.notifications, { appointmentId: appointment.id })));
    list.replaceChildren(...entries.map((n) => el('li', { class: `row notification status-${n.status}`, dataset: { testid: 'notification', channel: n.channel, status: n.status } },
      el('p', { class: 'row-title' },
        el('strong', { text: `${n.channel || 'Message'}${n.kind ? ` · ${humanise(n.kind)}` : ''}` }),
        ' ',
        el('span', { class: `status-badge notification-${n.status}`, text: humanise(n.status || 'unknown') })),
      el('p', { class: 'hint', text: [n.at && when(n.at), n.recipient, n.attempts !== '' && `attempts: ${n.attempts}`].filter(Boolean).join(' · ') }),
      n.error ? el('p', { class: 'error-text', text: n.error }) : null)));
    setMessage(status, entries.length ? `${entries.length} message${entries.length === 1 ? '' : 's'}.` : 'No messages sent for this appointment yet.');
  } catch (error) {
    if (error.handled) dialog.close();
    else setMessage(status, error.message, 'error');
  }
}
