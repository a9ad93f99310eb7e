package io.spinecare.bench;

import io.spinecare.localstack.LocalStack;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;

/**
 * E-mail throughput while a backlog waits: bookings made as fast as 16 clients can, then the e-mails
 * counted from the backlog's first to its last, with the pace at which its events reached Kafka beside
 * it, so the report shows which stage set the pace. (Counting only a fixed window after the last booking
 * was answered capped the figure at what was still left by then, 40/s for 600 in 15 s.)
 */
final class MailBacklog {

    /** Times in seconds from the first booking request. */
    record Result(
            int bookings, int mails, double firstMail, double lastMail, double bookingsDone, double eventsPerSecond) {

        double mailsPerSecond() {
            return mails / (lastMail - firstMail);
        }

        @Override
        public String toString() {
            return ("%d e-mails from %.1f s to %.1f s = %.0f/s (goal ≥ 100/s); the %d bookings were answered by %.1f s,"
                            + " their events reached Kafka at %.0f/s; the last e-mail %.1f s after the last booking")
                    .formatted(
                            mails,
                            firstMail,
                            lastMail,
                            mailsPerSecond(),
                            bookings,
                            bookingsDone,
                            eventsPerSecond,
                            lastMail - bookingsDone);
        }
    }

    private MailBacklog() {}

    /** {@code events} is positioned at the end of the appointments topic; bookings are made with {@code book}. */
    static Result measure(
            LocalStack stack, KafkaConsumer<String, byte[]> events, int backlog, IntFunction<Integer> book)
            throws Exception {
        int before = stack.receivedMail().size();
        long started = System.nanoTime();
        CompletableFuture<Load.Result> bookings = CompletableFuture.supplyAsync(
                () -> Load.count("bookings for the e-mail backlog", 16, backlog, book, 201));
        long deadline = started + TimeUnit.MINUTES.toNanos(5);
        double firstMail = -1;
        double lastMail = -1;
        double bookingsDone = -1;
        long firstEvent = Long.MAX_VALUE;
        long lastEvent = Long.MIN_VALUE;
        int eventsSeen = 0;
        int mails = 0;
        while (mails < backlog && System.nanoTime() < deadline) {
            for (ConsumerRecord<String, byte[]> record : events.poll(Duration.ofMillis(20))) {
                firstEvent = Math.min(firstEvent, record.timestamp());
                lastEvent = Math.max(lastEvent, record.timestamp());
                eventsSeen++;
            }
            double now = (System.nanoTime() - started) / 1e9;
            mails = stack.receivedMail().size() - before;
            firstMail = firstMail < 0 && mails > 0 ? now : firstMail;
            lastMail = mails > 0 ? now : lastMail;
            bookingsDone = bookingsDone < 0 && bookings.isDone() ? now : bookingsDone;
        }
        int made = bookings.get().requests() - bookings.get().failures();
        double eventSeconds = Math.max(0.001, (lastEvent - firstEvent) / 1000.0);
        return new Result(made, mails, firstMail, lastMail, bookingsDone, eventsSeen / eventSeconds);
    }
}
