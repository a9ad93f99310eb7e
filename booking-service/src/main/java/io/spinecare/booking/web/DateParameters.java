package io.spinecare.booking.web;

import java.time.LocalDate;
import java.util.Locale;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.Formatter;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Query and path parameters of type {@link LocalDate} (the desk agenda's {@code date}) follow {@link DateBounds}: an
 * ISO date between the policy's years, otherwise a 400 naming the parameter.
 */
@Configuration(proxyBeanMethods = false)
class DateParameters implements WebMvcConfigurer {

    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addFormatterForFieldType(LocalDate.class, new Formatter<LocalDate>() {
            @Override
            public LocalDate parse(String text, Locale locale) {
                LocalDate date = LocalDate.parse(text.strip());
                if (!DateBounds.contains(date)) {
                    throw new IllegalArgumentException(DateBounds.MESSAGE);
                }
                return date;
            }

            @Override
            public String print(LocalDate date, Locale locale) {
                return date.toString();
            }
        });
    }
}
