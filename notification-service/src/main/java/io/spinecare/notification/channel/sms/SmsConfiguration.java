package io.spinecare.notification.channel.sms;

import io.spinecare.notification.system.NotificationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.client.RestClient;

/** Picks the SMS provider named by {@code spinecare.notification.sms.provider}. */
@Configuration(proxyBeanMethods = false)
class SmsConfiguration {

    @Bean
    SmsProvider smsProvider(NotificationProperties properties) {
        return switch (properties.sms().provider()) {
            case HTTP -> new HttpSmsProvider(properties.sms(), RestClient.builder());
            case LOGGING -> new LoggingSmsProvider();
        };
    }
}
