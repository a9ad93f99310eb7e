// The visible countdown of a held slot. The timer text updates every second (role=timer, not
// announced); a separate polite live region speaks at 2 min, 1 min and 30 s, so a screen reader
// hears the important moments without a torrent of numbers.

import { countdownAnnouncement, formatCountdown } from '../format.js';

export class HoldCountdown {
  constructor(display, announcer, onExpired) {
    Object.assign(this, { display, announcer, onExpired, timer: null });
  }

  /** Counts down to expiresAt (ms since epoch); null shows "a few minutes" and never expires here. */
  start(expiresAt) {
    this.stop();
    this.announcer.textContent = '';
    if (!expiresAt) {
      this.display.textContent = 'a few minutes';
      return;
    }
    let previous = null;
    const tick = () => {
      const left = expiresAt - Date.now();
      if (previous === null) previous = left; // announce only marks passed while the patient is here
      this.display.textContent = formatCountdown(left);
      this.display.classList.toggle('low', left <= 60000);
      const announcement = countdownAnnouncement(previous, left);
      if (announcement) this.announcer.textContent = announcement;
      previous = left;
      if (left <= 0) {
        this.stop();
        this.onExpired();
      }
    };
    tick();
    this.timer = setInterval(tick, 1000);
  }

  stop() {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }
}
