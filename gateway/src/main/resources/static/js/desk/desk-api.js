// Desk calls carry the staff token; a 401 (or a token already expired here) ends the session.

import { api } from '../api.js';
import { setMessage } from '../dom.js';
import { loadSession } from './session.js';

export const SESSION_ENDED = 'Your session has ended. Please sign in again.';

/** A fetch for /api/desk/**: onSessionEnded(message) runs on 401; such errors are marked `handled`. */
export function createDeskApi(storage, onSessionEnded) {
  return async function deskApi(path, options = {}) {
    const session = loadSession(storage);
    if (!session) {
      onSessionEnded(SESSION_ENDED);
      throw Object.assign(new Error(SESSION_ENDED), { status: 401, handled: true });
    }
    try {
      return await api(path, { ...options, token: session.token });
    } catch (error) {
      if (error.status === 401) {
        onSessionEnded(SESSION_ENDED);
        error.handled = true;
      } else if (error.status === 403) {
        error.message = 'Your account does not have front-desk access. Ask an administrator.';
      }
      throw error;
    }
  };
}

/** Shows an error in a status region unless the sign-in form already explains it. */
export function report(region, error) {
  if (!error.handled) setMessage(region, error.message, 'error');
}
