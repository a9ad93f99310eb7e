package io.spinecare.booking.system;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one source of "now": every rule about time (holds, notice, late cancel) reads this bean. */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    @Bean
    Clock clock(BookingProperties settings) {
        return Clock.system(settings.zone());
    }
}
