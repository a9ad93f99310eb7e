package io.spinecare.notification.channel.sms;

import org.springframework.stereotype.Component;

/** The SMS channel: forwards to whichever provider the configuration chose. */
@Component
public class SmsSender {

    private final SmsProvider provider;

    SmsSender(SmsProvider provider) {
        this.provider = provider;
    }

    public void send(String phone, String text, String deliveryId) {
        provider.send(phone, text, deliveryId);
    }
}
