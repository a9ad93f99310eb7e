// Pure formatting helpers shared by every page (no DOM, unit-testable).
//
// Times: the services send ISO-8601 date-times with the clinic's offset ("2026-03-02T09:30:00+01:00",
// possibly followed by a zone id in brackets). We show the clinic's wall-clock time exactly as sent
// and never convert it to the browser's time zone: a patient abroad must see the clinic's time.

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

const OFFSET_DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}(?::?\d{2})?)?(?:\[([^\]]+)])?$/;

/** Splits an ISO date-time into its wall-clock parts without any time-zone conversion; null if unreadable. */
export function parseClinicDateTime(iso) {
  const match = OFFSET_DATE_TIME.exec(String(iso || '').trim());
  if (!match) return null;
  const [, y, mo, d, h, mi, , offset, zone] = match;
  return {
    date: `${y}-${mo}-${d}`,
    year: Number(y),
    month: Number(mo),
    day: Number(d),
    time: `${h}:${mi}`,
    offset: normaliseOffset(offset),
    zone: zone || null,
  };
}

function normaliseOffset(offset) {
  if (!offset) return null;
  if (offset === 'Z') return 'UTC';
  const m = /^([+-])(\d{2}):?(\d{2})?$/.exec(offset);
  if (!m) return offset;
  return `UTC${m[1]}${m[2]}:${m[3] || '00'}`;
}

/** Day of week of a calendar date, computed on the calendar alone (no zone involved). */
export function weekdayOf(isoDate) {
  const [y, m, d] = String(isoDate).split('-').map(Number);
  return WEEKDAYS[new Date(Date.UTC(y, m - 1, d)).getUTCDay()];
}

/** "2026-03-02" → "Monday 2 March 2026". */
export function formatDate(isoDate) {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(String(isoDate || ''));
  if (!m) return String(isoDate || '');
  return `${weekdayOf(m[0])} ${Number(m[3])} ${MONTHS[Number(m[2]) - 1]} ${m[1]}`;
}

/** "Europe/Berlin, UTC+01:00" or "UTC+01:00": how we name the clinic's time next to a time. */
export function zoneLabel(parts, zoneName) {
  const zone = zoneName || parts?.zone;
  const offset = parts?.offset;
  if (zone && offset) return `${zone}, ${offset}`;
  return zone || offset || 'clinic time';
}

/** "Monday 2 March 2026, 09:30 (clinic time: Europe/Berlin, UTC+01:00)"; the raw text if unreadable. */
export function formatClinicDateTime(iso, zoneName) {
  const parts = parseClinicDateTime(iso);
  if (!parts) return String(iso || '');
  return `${formatDate(parts.date)}, ${parts.time} (clinic time: ${zoneLabel(parts, zoneName)})`;
}

/** "Monday 2 March 2026, 09:30–10:00 (clinic time: Europe/Berlin, UTC+01:00)". */
export function formatClinicSpan(startIso, endIso, zoneName) {
  const start = parseClinicDateTime(startIso);
  if (!start) return String(startIso || '');
  const end = parseClinicDateTime(endIso);
  const range = end && end.date === start.date ? `${start.time}–${end.time}` : start.time;
  return `${formatDate(start.date)}, ${range} (clinic time: ${zoneLabel(start, zoneName)})`;
}

/** "09:30" from an ISO date-time (clinic wall clock); the raw text if unreadable. */
export function timeOf(iso) {
  return parseClinicDateTime(iso)?.time ?? String(iso || '');
}

/** "09:30–10:00" from two ISO date-times. */
export function formatTimeRange(startIso, endIso) {
  const start = parseClinicDateTime(startIso);
  const end = parseClinicDateTime(endIso);
  if (!start) return String(startIso || '');
  return end ? `${start.time}–${end.time}` : start.time;
}

/** Groups items with an ISO `start` by the clinic-local date: [{date, items}] in order of first appearance after sorting. */
export function groupByClinicDate(items, startOf = (item) => item.start) {
  const sorted = [...items].sort((a, b) => String(startOf(a)).localeCompare(String(startOf(b))));
  const groups = new Map();
  for (const item of sorted) {
    const parts = parseClinicDateTime(startOf(item));
    const key = parts ? parts.date : 'unknown';
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key).push(item);
  }
  return [...groups].map(([date, list]) => ({ date, items: list }));
}

/** Today's calendar date in the browser as "YYYY-MM-DD" (used only to pre-fill date pickers). */
export function todayIso(now = new Date()) {
  const y = now.getFullYear();
  const m = String(now.getMonth() + 1).padStart(2, '0');
  const d = String(now.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

/** Adds days to a "YYYY-MM-DD" date on the calendar. */
export function addDays(isoDate, days) {
  const [y, m, d] = String(isoDate).split('-').map(Number);
  const date = new Date(Date.UTC(y, m - 1, d + days));
  return date.toISOString().slice(0, 10);
}

/** 272000 → "4:32"; never negative. */
export function formatCountdown(ms) {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const minutes = Math.floor(total / 60);
  const seconds = String(total % 60).padStart(2, '0');
  return `${minutes}:${seconds}`;
}

/** What to say to a screen reader at this point of the countdown, or null to stay quiet. */
export function countdownAnnouncement(previousMs, ms) {
  const marks = [120000, 60000, 30000];
  for (const mark of marks) {
    if (previousMs > mark && ms <= mark) {
      return mark >= 60000
        ? `${mark / 60000} minute${mark === 60000 ? '' : 's'} left to finish your booking.`
        : `${mark / 1000} seconds left to finish your booking.`;
    }
  }
  return null;
}

// Shared codes (docs/architecture.md) in plain words.
export const MODALITY_LABELS = { MRI: 'MRI', CT: 'CT', XRAY: 'X-ray', CT_MYELOGRAM: 'CT myelogram' };
export const REGION_LABELS = {
  CERVICAL: 'Neck (cervical spine)',
  THORACIC: 'Upper and mid back (thoracic spine)',
  LUMBAR: 'Lower back (lumbar spine)',
  SACRAL: 'Base of the spine (sacrum)',
  WHOLE_SPINE: 'Whole spine',
};
const REGION_ADJECTIVES = {
  CERVICAL: 'cervical',
  THORACIC: 'thoracic',
  LUMBAR: 'lumbar',
  SACRAL: 'sacral',
  WHOLE_SPINE: 'whole-spine',
};
export const CONSULTATION_TYPE_LABELS = {
  NEW_CONSULTATION: 'New consultation',
  SECOND_OPINION: 'Second opinion',
  FOLLOW_UP: 'Follow-up',
  PRE_OPERATIVE: 'Pre-operative visit',
  POST_OPERATIVE: 'Post-operative check',
};
export const APPOINTMENT_STATUS_LABELS = {
  pending: 'Booked – scans outstanding',
  booked: 'Booked',
  arrived: 'Checked in',
  fulfilled: 'Completed',
  cancelled: 'Cancelled',
  noshow: 'Did not attend',
  proposed: 'Proposed',
  waitlist: 'On the waiting list',
};
export const SLOT_STATUS_LABELS = {
  free: 'Free',
  'busy-tentative': 'Held',
  busy: 'Booked',
  'busy-unavailable': 'Blocked',
};
export const PREREQUISITE_STATUS_LABELS = {
  MET: 'Received',
  MISSING: 'Still needed',
  TOO_OLD: 'Too old – a newer scan is needed',
  ALTERNATIVE_ACCEPTED: 'Alternative accepted',
  VERIFIED: 'Verified by the clinic',
};

/** A label from one of the tables above, or the code made readable. */
export function labelOf(table, code) {
  if (code === undefined || code === null || code === '') return '';
  return table[code] || table[String(code).toUpperCase()] || table[String(code).toLowerCase()] || humanise(code);
}

/** "bladder-bowel-dysfunction" / "TOO_OLD" → "Bladder bowel dysfunction" / "Too old". */
export function humanise(code) {
  const words = String(code).replace(/[-_]+/g, ' ').trim().toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** 365 → "12 months", 180 → "6 months", 45 → "45 days". */
export function formatAge(days) {
  const n = Number(days);
  if (!Number.isFinite(n) || n <= 0) return '';
  if (n % 365 === 0) return `${(n / 365) * 12} months`;
  if (n >= 28 && n % 30 === 0) return `${n / 30} month${n === 30 ? '' : 's'}`;
  return `${n} day${n === 1 ? '' : 's'}`;
}

/** "lumbar MRI, not older than 12 months" for one imaging requirement (or the service's own description). */
export function describeRequirement(requirement) {
  if (!requirement) return '';
  if (typeof requirement.description === 'string' && requirement.description) return requirement.description;
  const region = REGION_ADJECTIVES[requirement.region] || humanise(requirement.region || '').toLowerCase();
  const modality = MODALITY_LABELS[requirement.modality] || requirement.modality || 'scan';
  const parts = [`${region} ${modality}`.trim()];
  if (requirement.contrast) parts[0] += ' with contrast';
  const age = formatAge(requirement.maxAgeDays);
  if (age) parts.push(`not older than ${age}`);
  return parts.join(', ');
}
