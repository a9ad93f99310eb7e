package io.spinecare.notification.contact;

import java.net.http.HttpClient;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One HTTP client for the token issuer and booking-service, with the configured connect timeout. */
@Configuration(proxyBeanMethods = false)
class ContactConfiguration {

    @Bean
    HttpClient contactHttpClient(ContactProperties settings) {
        return HttpClient.newBuilder().connectTimeout(settings.timeout()).build();
    }
}
