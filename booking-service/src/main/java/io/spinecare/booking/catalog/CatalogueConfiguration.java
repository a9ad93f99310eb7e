package io.spinecare.booking.catalog;

import io.spinecare.booking.system.BookingProperties;
import io.spinecare.content.Catalogue;
import io.swagger.v3.oas.models.media.StringSchema;
import java.nio.file.Path;
import java.time.Period;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The clinic's catalogue, loaded once at start-up. A broken data file (or a broken clinic
 * override of the imaging policy) stops the service from starting, naming file and field.
 */
@Configuration(proxyBeanMethods = false)
class CatalogueConfiguration {

    private static final Logger log = LoggerFactory.getLogger(CatalogueConfiguration.class);

    static {
        // Follow-up distances travel as ISO-8601 text ("P14D", "P6M"); without this the API document would
        // describe the fields of the JDK class instead of what the JSON holds.
        SpringDocUtils.getConfig()
                .replaceWithSchema(
                        Period.class,
                        new StringSchema()
                                .format("duration")
                                .description("An ISO-8601 period in days or months, e.g. P14D or P6M.")
                                .example("P14D"));
    }

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
