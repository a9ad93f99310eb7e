package io.spinecare.notification.system;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/** Everything the notification service can be told, under {@code spinecare.notification.*}. */
@Validated
@ConfigurationProperties("spinecare.notification")
public record NotificationProperties(
        @NotNull @DefaultValue("http://localhost:8080") URI publicBaseUrl,
        @NotBlank @DefaultValue("SpineCare Clinic") String clinicName,
        @Valid @DefaultValue Topics topics,
        @Valid @DefaultValue Consumer consumer,
        @Valid @DefaultValue Reminders reminders,
        @Valid @DefaultValue Delivery delivery,
        @Valid @DefaultValue Mail mail,
        @Valid @DefaultValue Sms sms,
        @Valid @DefaultValue Triage triage) {

    /** Kafka topics: what we read, where poison goes, where outcomes go. */
    public record Topics(
            @NotBlank @DefaultValue("spinecare.appointments") String appointments,
            @NotBlank @DefaultValue("spinecare.appointments-dlt") String appointmentsDeadLetter,
            @NotBlank @DefaultValue("spinecare.notifications") String notifications,
            @NotBlank @DefaultValue("spinecare.waitlist") String waitlist,
            @Min(1) @DefaultValue("3") int partitions) {}

    /**
     * Bounded in-place retries of a record that failed for a reason other than its content, and how long to
     * keep retrying (with back-off, in order) while the database is unreachable before dead-lettering.
     * {@code parallelism}: how many appointments' events are handled side by side (ADR 0213).
     */
    public record Consumer(
            @Min(1) @DefaultValue("5") int maxAttempts,
            @NotNull @DefaultValue("1s") Duration retryInterval,
            @NotNull @DefaultValue("10m") Duration databaseOutageWait,
            @Min(1) @DefaultValue("16") int parallelism) {}

    /**
     * Reminder offsets before the start (largest first is not required) and the minimum lead: a reminder
     * that could only go out later than {@code minimumLead} before the start is dropped as stale.
     * {@code scanDueLeadDays}: a scan still missing gets a reminder this many days before its due date.
     */
    public record Reminders(
            @NotEmpty @DefaultValue({"24h", "2h"}) List<Duration> offsets,
            @NotNull @DefaultValue("15m") Duration minimumLead,
            @Min(0) @DefaultValue("3") int scanDueLeadDays) {}

    /**
     * Where urgent red-flag reviews are announced: the clinic's own triage mailbox, never a patient.
     * {@code deskUrl} is the page staff open to acknowledge the review.
     */
    public record Triage(
            @NotBlank @DefaultValue("triage@spinecare.example") String address,
            @NotNull @DefaultValue("http://localhost:8080/desk/") URI deskUrl) {}

    /**
     * Sending: how long a claim (lease) lasts, how often due work is polled, and the back-off of retries
     * after provider failures, until {@code maxAttempts} makes the failure permanent.
     */
    public record Delivery(
            @NotNull @DefaultValue("2m") Duration lease,
            @NotNull @DefaultValue("1s") Duration pollInterval,
            @Min(1) @DefaultValue("100") int batchSize,
            @NotNull @DefaultValue("5s") Duration firstRetry,
            @NotNull @DefaultValue("10m") Duration maxRetry,
            @DefaultValue("2.0") double retryMultiplier,
            @Min(1) @DefaultValue("12") int maxAttempts,
            @NotNull @DefaultValue("1m") Duration outcomeRepublishAfter) {}

    /** Sender of e-mails (and organiser of the calendar invitations). */
    public record Mail(
            @NotBlank @DefaultValue("appointments@spinecare.example") String from,
            @NotBlank @DefaultValue("SpineCare Clinic") String fromName) {}

    /** SMS provider: {@code LOGGING} for the local stack, {@code HTTP} for a real gateway. */
    public record Sms(
            @NotNull @DefaultValue("LOGGING") SmsProviderKind provider,
            URI url,
            String username,
            String password,
            String apiKey,
            @NotBlank @DefaultValue("SpineCare") String sender,
            @NotNull @DefaultValue("5s") Duration timeout) {}

    public enum SmsProviderKind {
        LOGGING,
        HTTP
    }
}
