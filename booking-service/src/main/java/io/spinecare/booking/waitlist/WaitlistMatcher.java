package io.spinecare.booking.waitlist;

import io.spinecare.booking.slot.SlotSearch;
import io.spinecare.booking.slot.SlotView;
import io.spinecare.booking.slot.SlotsFreed;
import io.spinecare.booking.system.BookingProperties;
import io.spinecare.booking.system.ClinicTime;
import jakarta.annotation.PreDestroy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Offers free slots to waiting entries (ADR 0222). One sweep: end offers whose time ran out (their slot is free
 * again), take entries whose window is over or whose patient booked off the list, then give each waiting entry,
 * longest-waiting first, the earliest free slot that matches it and was never offered to it. Everything it needs
 * is in the database, so a sweep after a crash finds what the crash left; the {@link SlotsFreed} signal only makes
 * it run at once instead of at the next scheduled sweep.
 */
@Component
public class WaitlistMatcher {

    private static final Logger log = LoggerFactory.getLogger(WaitlistMatcher.class);
    private static final List<String> LIVE = List.of("PENDING", "BOOKED", "ARRIVED", "FULFILLED");

    private final WaitlistEntries entries;
    private final WaitlistOffers offers;
    private final OfferMaker maker;
    private final OfferEndings endings;
    private final SlotSearch search;
    private final MongoTemplate mongo;
    private final ClinicTime time;
    private final BookingProperties booking;
    // Its own thread: expiry must not wait behind other scheduled work (the reconciler, key clean-up).
    private final ScheduledExecutorService runner = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "waitlist-matcher");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicBoolean queued = new AtomicBoolean();

    WaitlistMatcher(
            WaitlistEntries entries,
            WaitlistOffers offers,
            OfferMaker maker,
            OfferEndings endings,
            SlotSearch search,
            MongoTemplate mongo,
            ClinicTime time,
            BookingProperties booking,
            WaitlistProperties settings) {
        this.entries = entries;
        this.offers = offers;
        this.maker = maker;
        this.endings = endings;
        this.search = search;
        this.mongo = mongo;
        this.time = time;
        this.booking = booking;
        long every = settings.sweepEvery().toMillis();
        runner.scheduleWithFixedDelay(this::sweepSafely, every, every, TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        runner.shutdownNow();
    }

    @EventListener
    void on(SlotsFreed freed) {
        wake();
    }

    /** Runs a sweep soon on the matcher's own thread; wake-ups while one is queued fold into it. */
    void wake() {
        if (queued.compareAndSet(false, true)) {
            runner.execute(() -> {
                queued.set(false);
                sweepSafely();
            });
        }
    }

    private void sweepSafely() {
        try {
            sweep();
        } catch (RuntimeException | Error e) {
            // An exception escaping a fixed-delay task cancels every later run, silently: no failure, however
            // bad, may end the schedule (Spring's scheduler suppresses them for the same reason).
            log.warn("Waitlist sweep failed, the next one will retry: {}", e.toString());
        }
    }

    /** Runs the action while no sweep is under way (a sweep started earlier finishes first; tests reset the store). */
    public synchronized void whileIdle(Runnable action) {
        action.run();
    }

    /** One sweep (one at a time per instance; instances race safely on unique keys); returns offers made. */
    synchronized int sweep() {
        Instant now = time.now();
        for (WaitlistOffer offer : offers.open()) {
            if (!offer.expiresAt().isAfter(now)) {
                endings.expire(offer);
            }
        }
        entries.expireBefore(time.today(), now);
        int made = 0;
        List<WaitlistEntry> passedOver = new ArrayList<>();
        for (WaitlistEntry entry : entries.waitingOldestFirst()) {
            if (bookedOffTheList(entry)) {
                entries.leave(entry.id(), EntryState.BOOKED, now);
            } else if (offers.patientHasOpenOffer(entry.patientKey())) {
                continue;
            } else if (offerSlotTo(entry, passedOver).isPresent()) {
                made++;
            } else {
                passedOver.add(entry);
            }
        }
        return made;
    }

    /** Offers the entry a slot now (the desk's "offer now"); empty when none is free or another took it first. */
    Optional<WaitlistOffer> offerSlotTo(WaitlistEntry entry) {
        return offerSlotTo(entry, new ArrayList<>());
    }

    /**
     * Offers the entry its earliest matching slot. A slot freed while the sweep runs can show up for this entry
     * although an entry that waited longer, passed over earlier in the same sweep, wants it too: that entry gets
     * it, and this one tries its next slot, so the longest-waiting entry always comes first.
     */
    private Optional<WaitlistOffer> offerSlotTo(WaitlistEntry entry, List<WaitlistEntry> passedOver) {
        Set<String> offeredBefore = offers.slotsOfferedTo(entry.id());
        for (SlotView slot : candidates(entry)) {
            if (offeredBefore.contains(slot.id())) {
                continue;
            }
            Optional<WaitlistEntry> waitedLonger = firstWanting(passedOver, slot);
            if (waitedLonger.isPresent()) {
                maker.offer(waitedLonger.get(), slot).ifPresent(made -> passedOver.remove(waitedLonger.get()));
                continue;
            }
            Optional<WaitlistOffer> made = maker.offer(entry, slot);
            if (made.isPresent()) {
                return made;
            }
        }
        return Optional.empty();
    }

    private Optional<WaitlistEntry> firstWanting(List<WaitlistEntry> passedOver, SlotView slot) {
        return passedOver.stream()
                .filter(e -> !offers.slotsOfferedTo(e.id()).contains(slot.id())
                        && candidates(e).stream().anyMatch(c -> c.id().equals(slot.id())))
                .findFirst();
    }

    private List<SlotView> candidates(WaitlistEntry entry) {
        Instant now = time.now();
        Optional<Instant> from = Optional.ofNullable(entry.earliest()).map(time::startOf);
        Instant to = entry.latest() == null
                ? now.plus(booking.horizon())
                : time.startOf(entry.latest().plusDays(1));
        return search
                .search(new SlotSearch.Criteria(
                        entry.specialistId(), entry.conditionId(), entry.consultationType(), from, Optional.of(to)))
                .stream()
                .filter(slot -> entry.wantsDay(time.dateOf(slot.startInstant())))
                .toList();
    }

    /** The patient booked this condition since joining, without an offer: the entry leaves the list. */
    private boolean bookedOffTheList(WaitlistEntry entry) {
        Criteria sameEmail = Criteria.where("patient.email")
                .regex("^" + Pattern.quote(entry.patient().email()) + "$", "i");
        return mongo.exists(
                Query.query(sameEmail
                        .and("conditionId")
                        .is(entry.conditionId())
                        .and("createdAt")
                        .gte(entry.createdAt())
                        .and("status")
                        .in(LIVE)),
                "appointments");
    }
}
