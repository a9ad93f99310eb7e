package io.spinecare.booking.slot;

import java.util.List;

/**
 * Published in-process after slots became free (released, unblocked, a hold ended early, or newly generated), so
 * the waitlist can offer them at once. Only a wake-up call: the waitlist's scheduled sweep finds the same slots
 * if this instance dies before acting on it.
 */
public record SlotsFreed(List<String> slotIds) {}
