// THE place where the patient pages read catalogue, specialist, slot and hold responses and
// build the booking request. Pure (no DOM, no fetch): adjust field names here when the services land.

import { listOf, pick } from '../appointment.js';
import { humanise } from '../format.js';

/** API paths used by the patient pages (docs/architecture.md contract). */
export const PATHS = {
  conditions: '/api/catalog/conditions',
  condition: (id) => `/api/catalog/conditions/${encodeURIComponent(id)}`,
  prerequisites: (id) => `/api/catalog/conditions/${encodeURIComponent(id)}/prerequisites`,
  procedures: '/api/catalog/procedures',
  procedure: (id) => `/api/catalog/procedures/${encodeURIComponent(id)}`,
  consultationTypes: '/api/catalog/consultation-types',
  redFlags: '/api/catalog/red-flags', // not in the contract: tried only when a condition carries bare ids
  specialists: '/api/specialists',
  slots: '/api/slots',
  hold: (slotId) => `/api/slots/${encodeURIComponent(slotId)}/hold`,
  appointments: '/api/appointments',
  appointment: (reference) => `/api/appointments/${encodeURIComponent(reference)}`,
  cancel: (reference) => `/api/appointments/${encodeURIComponent(reference)}/cancel`,
  reschedule: (reference) => `/api/appointments/${encodeURIComponent(reference)}/reschedule`,
};

/** How many days of free slots one page of the slot picker asks for. */
export const SLOT_WINDOW_DAYS = 14;

const strings = (value) => (Array.isArray(value) ? value.filter((v) => typeof v === 'string' && v) : []);

export function normaliseCondition(raw) {
  const c = raw?.condition && typeof raw.condition === 'object' ? raw.condition : raw || {}; // search hits may wrap it
  return {
    id: pick(c, 'id') ?? '',
    name: pick(c, 'name') ?? pick(c, 'id') ?? '',
    synonyms: strings(c.synonyms),
    summary: pick(c, 'summary') ?? '',
    symptoms: strings(c.symptoms),
    procedureIds: strings(c.procedureIds ?? c.procedures?.map?.((p) => p?.id ?? p)),
    // condition details wrap the condition; the questions to ask (universal ones first) sit beside it
    redFlagIds: strings(Array.isArray(raw?.redFlags) ? raw.redFlags.map((f) => (typeof f === 'string' ? f : f?.id)) : c.redFlagIds ?? c.redFlags?.map?.((f) => (typeof f === 'string' ? f : f?.id))),
    redFlags: questionsOf(Array.isArray(raw?.redFlags) ? raw.redFlags : c.redFlags),
    triageTiers: Array.isArray(raw?.triageTiers) ? raw.triageTiers.map(normaliseTier) : [],
    specialty: pick(c, 'specialty') ?? '',
    // Assumed shape: {NEW_CONSULTATION: [ImagingRequirement...], ...}; also accepted: a list of
    // {consultationType, requirements|prerequisites: [...]}. Absent → null ("not published").
    prerequisites: prerequisitesByType(c.prerequisites ?? c.imagingPrerequisites ?? c.imaging),
  };
}

function questionsOf(list) {
  return Array.isArray(list) ? list.filter((f) => f && typeof f === 'object').map(normaliseRedFlag) : [];
}

function prerequisitesByType(raw) {
  if (!raw || typeof raw !== 'object') return null;
  if (Array.isArray(raw)) {
    const byType = {};
    for (const entry of raw) {
      const type = pick(entry, 'consultationType', 'type');
      if (type) byType[type] = listOf(entry.requirements ?? entry.prerequisites);
    }
    return byType;
  }
  const byType = {};
  for (const [type, list] of Object.entries(raw)) byType[type] = Array.isArray(list) ? list : listOf(list, 'requirements');
  return byType;
}

/** The imaging requirements for one consultation type; null when the service did not publish them. */
export function requirementsFor(condition, consultationType) {
  if (!condition?.prerequisites) return null;
  return condition.prerequisites[consultationType] ?? [];
}

export function normaliseRedFlag(raw) {
  // a question without a tier is treated as an emergency one: never less careful than the service
  if (typeof raw === 'string') return { id: raw, question: `${humanise(raw)}?`, why: '', tier: 'EMERGENCY' };
  return {
    id: pick(raw, 'id') ?? '',
    question: pick(raw, 'question', 'text') ?? `${humanise(pick(raw, 'id') ?? '')}?`,
    why: pick(raw, 'why', 'explanation') ?? '',
    tier: String(pick(raw, 'tier') ?? 'EMERGENCY').toUpperCase(),
  };
}

/** One triage tier with its advice: {tier, name, advice, nextSteps, reviewWithinHours}. */
export function normaliseTier(raw) {
  return {
    tier: String(pick(raw, 'tier') ?? '').toUpperCase(),
    name: pick(raw, 'name') ?? '',
    advice: pick(raw, 'advice') ?? '',
    nextSteps: pick(raw, 'nextSteps') ?? '',
    reviewWithinHours: Number(pick(raw, 'reviewWithinHours') ?? 0),
  };
}

const TIER_ORDER = ['EMERGENCY', 'URGENT', 'ROUTINE'];

/**
 * The triage tier of the answers (the most urgent tier answered yes, else ROUTINE), or null while
 * a question is unanswered. Mirrors content-core's Catalogue.triage; the service decides again.
 */
export function triageOf(questions, answers) {
  if (questions.some((q) => answers[q.id] === undefined)) return null;
  const tiers = questions.filter((q) => answers[q.id] === true).map((q) => q.tier || 'EMERGENCY');
  return TIER_ORDER.find((t) => tiers.includes(t)) ?? 'ROUTINE';
}

/** The advice for a tier from the condition's triage tiers (null when the service sent none). */
export function tierAdvice(condition, tier) {
  return (condition?.triageTiers || []).find((t) => t.tier === tier) ?? null;
}

/** The red-flag questions of a condition: full questions when known, readable ids otherwise. */
export function redFlagQuestions(condition, catalogueFlags = []) {
  if (condition.redFlags.length) return condition.redFlags;
  const known = new Map(catalogueFlags.map((f) => [f.id, f]));
  return condition.redFlagIds.map((id) => known.get(id) ?? normaliseRedFlag(id));
}

export function normaliseProcedure(raw) {
  const p = raw?.procedure && typeof raw.procedure === 'object' ? raw.procedure : raw || {};
  const recovery = p.recovery && typeof p.recovery === 'object' ? p.recovery : {};
  return {
    id: pick(p, 'id') ?? '',
    name: pick(p, 'name') ?? pick(p, 'id') ?? '',
    otherNames: strings(p.otherNames),
    summary: pick(p, 'summary') ?? '',
    technique: pick(p, 'technique') ?? '',
    incision: pick(p, 'incision') ?? '',
    anaesthesia: pick(p, 'anaesthesia', 'anesthesia') ?? '',
    hospitalStay: pick(p, 'hospitalStay') ?? '',
    recovery: {
      walking: pick(recovery, 'walking') ?? '',
      lightActivity: pick(recovery, 'lightActivity') ?? '',
      deskWork: pick(recovery, 'deskWork') ?? '',
      fullRecovery: pick(recovery, 'fullRecovery') ?? '',
    },
    benefits: strings(p.benefits),
    risks: strings(p.risks),
    conditionIds: strings(p.conditionIds),
  };
}

/** Procedures whose name, other names or summary contain every word of the query (blank → all). */
export function filterProcedures(procedures, query) {
  const words = String(query || '').toLowerCase().split(/\s+/).filter(Boolean);
  if (!words.length) return procedures;
  return procedures.filter((p) => {
    const text = [p.name, ...p.otherNames, p.summary].join(' ').toLowerCase();
    return words.every((word) => text.includes(word));
  });
}

export function normaliseConsultationType(raw) {
  return {
    type: pick(raw, 'type', 'id', 'code') ?? '',
    name: pick(raw, 'name') ?? humanise(pick(raw, 'type') ?? ''),
    description: pick(raw, 'description') ?? '',
    durationMinutes: pick(raw, 'durationMinutes', 'duration') ?? '',
    imagingRequired: raw?.imagingRequired === true,
  };
}

export function normaliseSpecialistEntry(raw) {
  return {
    id: pick(raw, 'id', 'specialistId') ?? '',
    name: pick(raw, 'name', 'displayName', 'fullName') ?? '',
    title: pick(raw, 'title', 'specialty', 'role') ?? '',
    bio: pick(raw, 'bio', 'description', 'about') ?? '',
    languages: strings(raw?.languages),
  };
}

/** Free slots from a bare list or a wrapper; the clinic's zone name from the slot or the wrapper. */
export function normaliseSlots(body) {
  const zone = pick(body, 'timeZone', 'zone', 'zoneId') ?? '';
  return listOf(body, 'slots')
    .map((s) => ({
      id: pick(s, 'id', 'slotId') ?? '',
      start: pick(s, 'start', 'startsAt') ?? '',
      end: pick(s, 'end', 'endsAt') ?? '',
      status: pick(s, 'status') ?? 'free',
      specialistId: pick(s, 'specialistId', 'specialist.id') ?? '',
      timeZone: pick(s, 'timeZone', 'zone', 'zoneId') ?? zone,
    }))
    .filter((s) => s.id && s.start && s.status === 'free');
}

/** The slot search parameters (from/to as calendar dates, to inclusive). */
export function slotQuery({ specialistId, conditionId, consultationType, from, to }) {
  return { specialistId, conditionId, consultationType, from, to };
}

/** {holdId, slotId, expiresAt (ms since epoch, corrected for clock skew)} from a hold response. */
export function normaliseHold(body, serverDate, clientNow) {
  const expiresAt = Date.parse(pick(body, 'expiresAt', 'expires') ?? '');
  // The countdown runs on the browser's clock; shift it by the server's clock when both are known.
  const skew = serverDate && clientNow ? serverDate - clientNow : 0;
  return {
    holdId: pick(body, 'holdId', 'id') ?? '',
    slotId: pick(body, 'slotId') ?? '',
    expiresAt: Number.isNaN(expiresAt) ? null : expiresAt - (Math.abs(skew) > 2000 ? skew : 0),
  };
}

/** Reads the details form's values (a plain object, see booking-view) into the booking request. */
export function bookingRequest({ slot, hold, consultationType, conditionId, patient, scans, redFlags }) {
  const request = {
    slotId: slot.id,
    consultationType,
    conditionId,
    patient: {
      name: patient.name.trim(),
      email: patient.email.trim(),
      phone: patient.phone.trim(),
      dateOfBirth: patient.dateOfBirth,
    },
    imaging: scans
      .filter((s) => s.modality || s.region || s.performedOn)
      .map((s) => ({ modality: s.modality, region: s.region, performedOn: s.performedOn })),
  };
  if (hold?.holdId) request.holdId = hold.holdId;
  if (redFlags && Object.keys(redFlags).length) request.redFlags = { ...redFlags };
  return request;
}

/** Checks the details before sending: [{field, message}] (the service validates again). */
export function validateDetails({ patient, scans, redFlags, questions, urgentAcknowledged }, today) {
  const errors = [];
  if (!patient.name.trim()) errors.push({ field: 'patient.name', message: 'Enter your full name' });
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(patient.email.trim())) errors.push({ field: 'patient.email', message: 'Enter an e-mail address like name@example.com' });
  if (!/^\+?[0-9 ()./-]{6,}$/.test(patient.phone.trim())) errors.push({ field: 'patient.phone', message: 'Enter a phone number, for example +49 30 1234567' });
  if (!patient.dateOfBirth) errors.push({ field: 'patient.dateOfBirth', message: 'Enter your date of birth' });
  else if (patient.dateOfBirth > today) errors.push({ field: 'patient.dateOfBirth', message: 'Date of birth must be in the past' });
  scans.forEach((scan, i) => {
    const touched = scan.modality || scan.region || scan.performedOn;
    if (!touched) return;
    if (!scan.modality) errors.push({ field: `imaging[${i}].modality`, message: 'Choose the type of scan' });
    if (!scan.region) errors.push({ field: `imaging[${i}].region`, message: 'Choose the part of the spine' });
    if (!scan.performedOn) errors.push({ field: `imaging[${i}].performedOn`, message: 'Enter the date of the scan' });
    else if (scan.performedOn > today) errors.push({ field: `imaging[${i}].performedOn`, message: 'The scan date cannot be in the future' });
  });
  for (const question of questions) {
    if (redFlags[question.id] === undefined) errors.push({ field: `redFlags.${question.id}`, message: 'Answer yes or no' });
  }
  if (triageOf(questions, redFlags) === 'EMERGENCY') {
    errors.push({ field: 'urgentAcknowledged', message: 'Your answers need emergency care now: this appointment cannot be booked' });
  } else if (anyRedFlag(redFlags) && !urgentAcknowledged) {
    errors.push({ field: 'urgentAcknowledged', message: 'Confirm that you have read the urgent-care advice' });
  }
  return errors;
}

export function anyRedFlag(redFlags) {
  return Object.values(redFlags || {}).some((answer) => answer === true);
}

/**
 * One booking attempt's Idempotency-Key: the same key while the same request is retried after a
 * failure that may not have reached the service (network, timeout, 5xx, 429); a new key as soon as
 * the request changes or got a definite answer.
 */
export class BookingAttempt {
  constructor(newKey) {
    this.newKey = newKey;
    this.key = null;
    this.fingerprint = null;
  }

  keyFor(request) {
    const fingerprint = JSON.stringify(request);
    if (this.key === null || fingerprint !== this.fingerprint) {
      this.key = this.newKey();
      this.fingerprint = fingerprint;
    }
    return this.key;
  }

  /** Call after each response: keeps the key only when the outcome was uncertain. */
  settle(error) {
    if (!error || !error.retryable) {
      this.key = null;
      this.fingerprint = null;
    }
  }
}

/**
 * {reference, token} from the manage link /manage/{reference}#token=...; token '' when absent.
 * The token travels in the fragment, which the browser never sends to a server; a token in the
 * query (?token=) is ignored: such a link has already leaked it into logs and Referer headers.
 */
export function parseManageAddress(pathname, hash) {
  const match = /^\/manage\/([^/]+)\/?$/.exec(pathname || '');
  const reference = match ? decodeURIComponent(match[1]).trim() : '';
  const token = new URLSearchParams((hash || '').replace(/^#/, '')).get('token') || '';
  return { reference, token: token.trim() };
}

/** The sessionStorage key of a manage token: kept per reference, for this tab only. */
export function manageTokenKey(reference) {
  return `spinecare.manage.${reference}`;
}
