package io.spinecare.booking.catalog;

import io.spinecare.booking.system.BookingProperties;
import io.spinecare.content.Catalogue;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The clinic's catalogue, loaded once at start-up. A broken data file (or a broken clinic
 * override of the imaging policy) stops the service from starting, naming file and field.
 */
@Configuration(proxyBeanMethods = false)
class CatalogueConfiguration {

    private static final Logger log = LoggerFactory.getLogger(CatalogueConfiguration.class);

    @Bean
    Catalogue catalogue(BookingProperties settings) {
        Path override = settings.clinic().imagingPolicy();
        boolean overridden = override != null && !override.toString().isBlank();
        Catalogue catalogue =
                overridden ? Catalogue.builder().imagingPolicy(override).build() : Catalogue.loadDefault();
        log.info(
                "Catalogue {} loaded ({} imaging policy)",
                catalogue.version(),
                overridden ? "clinic override " + override : "default");
        return catalogue;
    }
}
