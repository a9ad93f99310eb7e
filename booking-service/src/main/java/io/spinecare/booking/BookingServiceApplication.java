package io.spinecare.booking;

import io.spinecare.servicestore.ServiceStoreConfiguration;
import io.spinecare.serviceweb.ServiceWebConfiguration;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Import;

@SpringBootApplication
@ConfigurationPropertiesScan
@Import({ServiceWebConfiguration.class, ServiceStoreConfiguration.class}) // what both services share: HTTP edge, store
public class BookingServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(BookingServiceApplication.class, args);
    }
}
