package io.spinecare.booking.patient;

import org.springframework.context.ApplicationContext;

/** The token of a series link, as notification-service derives it for the e-mail (tests only). */
public final class SeriesLinks {

    private SeriesLinks() {}

    public static String token(ApplicationContext context, String seriesId) {
        return context.getBean(ManageTokens.class).derive(seriesId, 1);
    }
}
