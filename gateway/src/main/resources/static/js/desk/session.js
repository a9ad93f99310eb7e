// The staff session: the Bearer token from POST /api/auth/token, kept in sessionStorage (this tab
// only, gone when the tab closes). Pure apart from the storage handed in, so it is unit-testable.

const KEY = 'spinecare.desk.session';
const EARLY_MS = 5000; // treat a token as expired a little early: requests take time

/** Stores the token response {access_token, token_type, expires_in}; returns the session. */
export function saveSession(storage, response, now = Date.now()) {
  const token = response?.access_token ?? response?.accessToken ?? response?.token;
  if (!token) throw new Error('The sign-in answer carried no token.');
  const seconds = Number(response.expires_in ?? response.expiresIn);
  const session = {
    token,
    expiresAt: Number.isFinite(seconds) && seconds > 0 ? now + seconds * 1000 : null,
    user: subjectOf(token),
  };
  storage.setItem(KEY, JSON.stringify(session));
  return session;
}

/** The stored session, or null when there is none or it has expired (then it is removed). */
export function loadSession(storage, now = Date.now()) {
  let session = null;
  try {
    session = JSON.parse(storage.getItem(KEY) || 'null');
  } catch {
    session = null;
  }
  if (!session?.token || (session.expiresAt && session.expiresAt - EARLY_MS <= now)) {
    storage.removeItem(KEY);
    return null;
  }
  return session;
}

export function clearSession(storage) {
  storage.removeItem(KEY);
}

/** The `sub` claim of a JWT (the staff user name), read without verifying: for display only. */
export function subjectOf(token) {
  try {
    const payload = String(token).split('.')[1];
    const json = atob(payload.replace(/-/g, '+').replace(/_/g, '/').padEnd(Math.ceil(payload.length / 4) * 4, '='));
    return JSON.parse(json).sub || '';
  } catch {
    return '';
  }
}
