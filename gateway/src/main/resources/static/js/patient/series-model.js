// THE mapping of a follow-up series response (booking-service SeriesView) for the patient's series page
// and the desk. Pure (no DOM, no fetch): it imports in Node as it is.

import { listOf, pick } from '../appointment.js';
import { describeRequirement } from '../format.js';

export const SERIES_PATHS = {
  series: (id) => `/api/series/${encodeURIComponent(id)}`,
  confirm: (id) => `/api/series/${encodeURIComponent(id)}/confirm`,
  cancel: (id) => `/api/series/${encodeURIComponent(id)}/cancel`,
  slots: (id, visitId) => `/api/series/${encodeURIComponent(id)}/visits/${encodeURIComponent(visitId)}/slots`,
  move: (id, visitId) => `/api/series/${encodeURIComponent(id)}/visits/${encodeURIComponent(visitId)}/move`,
};

/** "/series/{id}" and "#token=…" → {seriesId, token}; a token in a query string is ignored. */
export function parseSeriesAddress(pathname, hash) {
  const match = /^\/series\/([^/]+)\/?$/.exec(pathname || '');
  const seriesId = match ? decodeURIComponent(match[1]).trim() : '';
  const token = new URLSearchParams((hash || '').replace(/^#/, '')).get('token') || '';
  return { seriesId, token: token.trim() };
}

/** The sessionStorage key of a series token: kept per series, for this tab only. */
export function seriesTokenKey(seriesId) {
  return `spinecare.series.${seriesId}`;
}

/** ISO period (P2W, P3M) → days, counted as the catalogue counts a scan's age. */
export function periodDays(period) {
  const m = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?$/.exec(String(period || ''));
  if (!m) return 0;
  const [, y, mo, w, d] = m.map((v) => Number(v || 0));
  return y * 365 + mo * 30 + w * 7 + d;
}

function scanText(scan) {
  const days = periodDays(scan.takenWithin);
  const text = describeRequirement({ modality: scan.modality, region: scan.region, maxAgeDays: days });
  return text;
}

export function normaliseVisit(raw) {
  const v = raw || {};
  return {
    visitId: pick(v, 'visitId', 'id') ?? '',
    name: pick(v, 'name') ?? '',
    earliest: pick(v, 'earliest') ?? '',
    target: pick(v, 'target') ?? '',
    latest: pick(v, 'latest') ?? '',
    scans: listOf(v.imaging).map(scanText),
    slotId: pick(v, 'slotId') ?? '',
    specialistId: pick(v, 'specialistId') ?? '',
    specialistName: pick(v, 'specialistName') ?? pick(v, 'specialistId') ?? '',
    start: pick(v, 'start') ?? '',
    end: pick(v, 'end') ?? '',
    timeZone: pick(v, 'timeZone') ?? '',
    appointmentId: pick(v, 'appointmentId') ?? '',
    reference: pick(v, 'reference') ?? '',
    appointmentStatus: pick(v, 'appointmentStatus') ?? '',
  };
}

export function normaliseSeries(raw) {
  const s = raw || {};
  const visits = listOf(s.visits).map(normaliseVisit);
  const unresolved = listOf(s.unresolvedVisitIds).filter((id) => typeof id === 'string');
  const status = pick(s, 'status') ?? '';
  return {
    id: pick(s, 'id') ?? '',
    appointmentId: pick(s, 'appointmentId') ?? '',
    status,
    procedureId: pick(s, 'procedureId') ?? '',
    surgeryDate: pick(s, 'surgeryDate') ?? '',
    surgeonId: pick(s, 'surgeonId') ?? '',
    visits,
    unresolved,
    // confirming needs a slot for every visit; moving works before and after confirmation
    mayConfirm: status === 'proposed' && unresolved.length === 0 && visits.every((v) => v.slotId),
    mayChange: status === 'proposed' || status === 'confirmed',
  };
}
