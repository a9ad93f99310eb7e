package io.spinecare.notification.channel.sms;

import io.spinecare.notification.channel.Channel;
import io.spinecare.notification.channel.Recipients;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The local stack's SMS "gateway": it logs that a message would have gone out. Only the masked number
 * and the length are logged; the text holds the appointment and the manage link, which are not for logs.
 */
class LoggingSmsProvider implements SmsProvider {

    private static final Logger log = LoggerFactory.getLogger(LoggingSmsProvider.class);

    @Override
    public void send(String phone, String text, String idempotencyKey) {
        log.info(
                "SMS to {} ({} characters, delivery {}) handed to the logging provider",
                Recipients.mask(Channel.SMS, phone),
                text.length(),
                idempotencyKey);
    }
}
