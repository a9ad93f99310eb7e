package io.spinecare.bench;

import io.spinecare.localstack.LocalStack;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * E-mail lag at a paced rate: bookings made at a steady pace, and for each the time from booking-service's
 * 201 to the mail server holding the patient's confirmation (looked at every 20 ms).
 */
final class MailLag {

    private MailLag() {}

    /**
     * {@code book} makes one booking and returns the patient's address, or null when it was refused. Returns
     * p50 and p99 in milliseconds, how many confirmations arrived (within 60 s of the last booking), and of how
     * many bookings.
     */
    static double[] measure(LocalStack stack, int perSecond, int bookings, Supplier<String> book)
            throws InterruptedException {
        Map<String, Long> answeredAt = new ConcurrentHashMap<>();
        Map<String, Long> receivedAt = new ConcurrentHashMap<>();
        int[] looked = {stack.receivedMail().size()};
        ScheduledExecutorService watcher = Executors.newSingleThreadScheduledExecutor();
        watcher.scheduleAtFixedRate(
                () -> {
                    List<MimeMessage> mail = stack.receivedMail();
                    long now = System.nanoTime();
                    for (MimeMessage message : mail.subList(looked[0], mail.size())) {
                        recipients(message).forEach(to -> receivedAt.putIfAbsent(to, now));
                    }
                    looked[0] = mail.size();
                },
                0,
                20,
                TimeUnit.MILLISECONDS);
        try {
            long started = System.nanoTime();
            for (int n = 0; n < bookings; n++) {
                TimeUnit.NANOSECONDS.sleep(Math.max(0, started + n * 1_000_000_000L / perSecond - System.nanoTime()));
                String patient = book.get();
                if (patient != null) {
                    answeredAt.put(patient, System.nanoTime());
                }
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (!receivedAt.keySet().containsAll(answeredAt.keySet()) && System.nanoTime() < deadline) {
                TimeUnit.MILLISECONDS.sleep(100);
            }
        } finally {
            watcher.shutdownNow();
        }
        List<Long> lags = new ArrayList<>();
        answeredAt.forEach((patient, at) -> {
            Long received = receivedAt.get(patient);
            if (received != null) {
                lags.add(Math.max(0, received - at));
            }
        });
        lags.sort(null);
        return new double[] {Load.percentile(lags, 50), Load.percentile(lags, 99), lags.size(), answeredAt.size()};
    }

    private static List<String> recipients(MimeMessage message) {
        try {
            Address[] to = message.getAllRecipients();
            return to == null
                    ? List.of()
                    : Arrays.stream(to).map(Address::toString).toList();
        } catch (MessagingException e) {
            return List.of();
        }
    }
}
