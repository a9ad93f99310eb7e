package io.spinecare.notification.channel.sms;

/**
 * An SMS gateway. Implementations throw {@link io.spinecare.notification.channel.DeliveryException}, and
 * pass {@code idempotencyKey} on so that a gateway which supports it drops a resend after a crash.
 */
public interface SmsProvider {

    void send(String phone, String text, String idempotencyKey);
}
