// THE place where the front-desk console reads agenda, search, specialist and notification
// responses and decides which actions a row offers. Pure (no DOM, no fetch): adjust names here.

import { listOf, normaliseAppointment, pick } from '../appointment.js';

/** API paths used by the console (docs/architecture.md contract; staff sign-in: ADR 0401). */
export const PATHS = {
  token: '/api/auth/token',
  conditions: '/api/catalog/conditions', // public: names for the condition ids on appointments
  specialists: '/api/desk/specialists',
  publicSpecialists: '/api/specialists', // fallback when the desk list is not there (yet)
  agenda: '/api/desk/agenda',
  appointments: '/api/desk/appointments',
  appointmentAction: (id, action) => `/api/desk/appointments/${encodeURIComponent(id)}/${action}`,
  slotAction: (id, action) => `/api/desk/slots/${encodeURIComponent(id)}/${action}`,
  generate: '/api/desk/slots/generate',
  notifications: '/api/desk/notifications',
  reviews: '/api/desk/reviews',
  audit: '/api/desk/audit', // staff changes, booking-service
  readsAudit: '/api/desk/notifications/audit', // staff reads of delivery logs, notification-service (ADR 0230)
  waitlist: '/api/desk/waitlist',
  waitlistEntry: (id) => `/api/desk/waitlist/${encodeURIComponent(id)}`,
  offerNow: (id) => `/api/desk/waitlist/${encodeURIComponent(id)}/offer-now`,
};

const APPOINTMENT_STATUSES = new Set(['proposed', 'pending', 'booked', 'arrived', 'fulfilled', 'cancelled', 'noshow', 'entered-in-error', 'checked-in', 'waitlist']);
const SLOT_STATUSES = new Set(['free', 'busy-tentative', 'busy', 'busy-unavailable']);

export function normaliseSpecialists(body) {
  return listOf(body, 'specialists')
    .map((s) => ({ id: pick(s, 'id', 'specialistId') ?? '', name: pick(s, 'name', 'displayName', 'fullName') ?? pick(s, 'id') ?? '' }))
    .filter((s) => s.id);
}

/**
 * One agenda row: a slot of the day and, when booked, its appointment. Accepted entry shapes:
 * a slot with a nested `appointment`; an appointment with `slotId`/`slot`; a bare slot.
 */
export function normaliseAgendaEntry(entry) {
  const e = entry && typeof entry === 'object' ? entry : {};
  const nested = e.appointment && typeof e.appointment === 'object' ? e.appointment : null;
  const looksLikeAppointment = !nested && (e.reference || e.patient || APPOINTMENT_STATUSES.has(String(e.status || '').toLowerCase()));
  const rawAppointment = nested ?? (looksLikeAppointment ? e : null);
  const appointment = rawAppointment ? normaliseAppointment(rawAppointment) : null;
  const slot = nested || !looksLikeAppointment ? e : e.slot && typeof e.slot === 'object' ? e.slot : {};
  const slotStatus = String(pick(slot, 'slotStatus', 'status') ?? pick(e, 'slotStatus') ?? '').toLowerCase();
  const row = {
    slotId: pick(slot, 'id', 'slotId') ?? pick(e, 'slotId') ?? appointment?.slotId ?? '',
    start: pick(slot, 'start') ?? appointment?.start ?? '',
    end: pick(slot, 'end') ?? appointment?.end ?? '',
    timeZone: pick(slot, 'timeZone', 'zone') ?? appointment?.timeZone ?? '',
    slotStatus: SLOT_STATUSES.has(slotStatus) ? slotStatus : appointment ? 'busy' : '',
    specialist: appointment?.specialist?.name || pick(slot, 'specialistName', 'specialist.name') || '',
    appointment,
  };
  if (appointment && !appointment.start) Object.assign(appointment, { start: row.start, end: row.end });
  return row;
}

/** The agenda as rows: urgent-review appointments first (ADR 0210), then in time order. */
export function normaliseAgenda(body) {
  const zone = pick(body, 'timeZone', 'zone', 'zoneId') ?? '';
  const urgent = (row) => (row.appointment?.redFlagged ? 0 : 1);
  return listOf(body, 'entries', 'slots', 'agenda', 'appointments', 'rows')
    .map(normaliseAgendaEntry)
    .map((row) => (row.timeZone || !zone ? row : { ...row, timeZone: zone }))
    .sort((a, b) => urgent(a) - urgent(b) || String(a.start).localeCompare(String(b.start)));
}

/** One item of the "needs review" queue (GET /api/desk/reviews). */
export function normaliseReview(raw) {
  const r = raw && typeof raw === 'object' ? raw : {};
  const care = r.urgentCare && typeof r.urgentCare === 'object' ? r.urgentCare : {};
  return {
    id: pick(r, 'id') ?? '',
    reference: pick(r, 'reference') ?? '',
    status: String(pick(r, 'status') ?? ''),
    start: pick(r, 'start') ?? '',
    timeZone: pick(r, 'timeZone') ?? '',
    specialist: pick(r, 'specialist.name') ?? '',
    conditionId: pick(r, 'conditionId') ?? '',
    patientName: pick(r, 'patientName') ?? '',
    patientPhone: pick(r, 'patientPhone') ?? '',
    tier: String(pick(care, 'tier') ?? 'URGENT'),
    questions: listOf(care.redFlags).map((f) => pick(f, 'question') ?? pick(f, 'id') ?? ''),
    reviewBy: pick(r, 'reviewBy') ?? '',
  };
}

export function normaliseReviews(body) {
  return listOf(body, 'reviews').map(normaliseReview);
}

/** Appointments found by a desk search, as agenda-like rows. */
export function normaliseSearchResults(body) {
  return listOf(body, 'appointments').map((raw) => normaliseAgendaEntry({ ...raw, status: raw?.status ?? 'booked' }));
}

/** Which buttons a row offers, in display order. Staff can only do what the status allows. */
export function actionsFor(row) {
  const actions = [];
  const a = row.appointment;
  if (a) {
    const open = a.status === 'pending' || a.status === 'booked';
    if (open && (a.status === 'pending' || a.outstanding.length)) actions.push('verify-prerequisites');
    if (a.status === 'booked') actions.push('check-in');
    if (a.status === 'arrived') actions.push('complete');
    if (open && a.redFlagged && !a.reviewAcknowledged) actions.push('acknowledge-review');
    if (open) actions.push('no-show');
    actions.push('notifications');
    actions.push('series');
  } else if (row.slotStatus === 'free') {
    actions.push('block');
  } else if (row.slotStatus === 'busy-unavailable') {
    actions.push('release');
  }
  return actions;
}

export const ACTION_LABELS = {
  'acknowledge-review': 'Acknowledge review',
  'verify-prerequisites': 'Verify scans',
  'check-in': 'Check in',
  complete: 'Complete',
  'no-show': 'No-show',
  notifications: 'Notifications',
  series: 'Follow-up series',
  block: 'Block slot',
  release: 'Release slot',
};

export const ACTION_DONE = {
  'acknowledge-review': 'Urgent review acknowledged',
  'verify-prerequisites': 'Scans verified',
  'check-in': 'Checked in',
  complete: 'Marked as completed',
  'no-show': 'Marked as no-show',
  block: 'Slot blocked',
  release: 'Slot released',
};

/** The request body of a slot or appointment action: none is specified, so an empty JSON object. */
export function actionBody() {
  return {};
}

/** "Published 24 slots." from whatever the generate call answers. */
export function generatedMessage(body) {
  const count = Array.isArray(body) ? body.length : pick(body, 'created', 'generated', 'count', 'slotsCreated', 'total');
  return Number.isFinite(Number(count)) && count !== undefined ? `Published ${count} slot${Number(count) === 1 ? '' : 's'}.` : 'Slots published.';
}

/** One delivery-log entry. */
export function normaliseNotification(raw) {
  return {
    channel: String(pick(raw, 'channel', 'medium') ?? '').toUpperCase(),
    kind: pick(raw, 'kind', 'type', 'template', 'eventType') ?? '',
    status: String(pick(raw, 'status', 'state', 'outcome') ?? '').toLowerCase(),
    at: pick(raw, 'sentAt', 'at', 'timestamp', 'createdAt', 'updatedAt', 'time') ?? '',
    recipient: pick(raw, 'recipient', 'to', 'address') ?? '',
    attempts: pick(raw, 'attempts', 'attemptCount') ?? '',
    error: pick(raw, 'error', 'lastError', 'failureReason', 'reason') ?? '',
  };
}

export function normaliseNotifications(body) {
  return listOf(body, 'notifications', 'deliveries', 'log').map(normaliseNotification);
}

/** Checks a publish-slots request before sending: [{field, message}]. */
export function validateGenerate({ specialistId, from, to }) {
  return [
    !specialistId && { field: 'specialistId', message: 'Choose a specialist' },
    !from && { field: 'from', message: 'Choose the first day' },
    !to && { field: 'to', message: 'Choose the last day' },
    from && to && to < from && { field: 'to', message: 'The last day must not be before the first day' },
  ].filter(Boolean);
}

/** One page of GET /api/desk/audit: records with their before/after as "key: before → after" lines. */
export function normaliseAuditPage(body) {
  const records = listOf(body, 'items').map((r) => {
    const before = r.before && typeof r.before === 'object' ? r.before : {};
    const after = r.after && typeof r.after === 'object' ? r.after : {};
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
    return {
      at: r.at ?? '',
      staff: r.staff ?? '',
      action: r.action ?? '',
      targetType: r.targetType ?? '',
      targetId: r.targetId ?? '',
      changes: keys.filter((k) => before[k] !== after[k]).map((k) => `${k}: ${before[k] ?? '—'} → ${after[k] ?? '—'}`),
    };
  });
  return { records, total: Number(body?.total ?? records.length) };
}

/** One waitlist entry as the desk lists it: what the patient waits for, whom to call, where the entry stands. */
export function normaliseWaitlistEntry(e) {
  return {
    id: e?.id ?? '',
    conditionId: e?.conditionId ?? '',
    consultationType: e?.consultationType ?? '',
    specialistId: e?.specialistId ?? '',
    earliest: e?.earliest ?? '',
    latest: e?.latest ?? '',
    patientName: e?.patient?.name ?? '',
    patientPhone: e?.patient?.phone ?? '',
    joinedAt: e?.createdAt ?? '',
    state: String(e?.state ?? '').toUpperCase(),
  };
}

/** An entry's offers, oldest first: which slot, when it was offered, and how it ended. */
export function normaliseWaitlistHistory(body) {
  return {
    entry: normaliseWaitlistEntry(body?.entry),
    offers: listOf(body, 'offers').map((o) => ({
      id: o.id ?? '',
      slotId: o.slotId ?? '',
      start: o.start ?? '',
      zone: o.timeZone ?? '',
      offeredAt: o.offeredAt ?? '',
      expiresAt: o.expiresAt ?? '',
      state: String(o.state ?? '').toUpperCase(),
      appointmentId: o.appointmentId ?? '',
    })),
  };
}
