package io.spinecare.booking.outbox;

import java.time.Duration;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * The relay's own thread: it publishes each document the moment its write commits (woken by
 * {@link Outbox#committed}), and sweeps every {@code interval} for what no wake-up announced
 * (another instance that died, a broker that was down) — the safety net, never the fast path.
 */
final class RelayWorker implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(RelayWorker.class);

    private final OutboxRelay relay;
    private final Outbox outbox;
    private final Duration sweepEvery;
    private volatile Thread thread;

    RelayWorker(OutboxRelay relay, Outbox outbox, Duration sweepEvery) {
        this.relay = relay;
        this.outbox = outbox;
        this.sweepEvery = sweepEvery;
    }

    @Override
    public void start() {
        Thread worker = new Thread(this::run, "outbox-relay");
        worker.setDaemon(true);
        thread = worker;
        worker.start();
    }

    @Override
    public void stop() {
        Thread running = thread;
        thread = null;
        if (running != null) {
            running.interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return thread != null;
    }

    private void run() {
        long nextSweep = System.nanoTime();
        while (thread == Thread.currentThread()) {
            try {
                Duration untilSweep = Duration.ofNanos(Math.max(0, nextSweep - System.nanoTime()));
                Set<Outbox.Committed> committed = outbox.awaitCommitted(untilSweep);
                if (!committed.isEmpty()) {
                    relay.relay(committed);
                }
                if (System.nanoTime() - nextSweep >= 0) {
                    relay.drain();
                    nextSweep = System.nanoTime() + sweepEvery.toNanos();
                }
            } catch (InterruptedException stopping) {
                return;
            } catch (RuntimeException failed) {
                log.warn("Outbox relay round failed, the next sweep retries: {}", failed.toString());
            }
        }
    }
}
