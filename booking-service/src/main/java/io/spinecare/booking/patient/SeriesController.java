package io.spinecare.booking.patient;

import io.spinecare.booking.series.SeriesView;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** The patient's follow-up series, with the series' manage token: view, confirm all, move one, cancel. */
@RestController
class SeriesController implements SeriesApiDocs {

    private static final String TOKEN = AppointmentController.MANAGE_TOKEN;

    private final SeriesSelfService series;

    SeriesController(SeriesSelfService series) {
        this.series = series;
    }

    // The token header is optional on purpose: a missing token must answer like a wrong one (404).

    @GetMapping("/api/series/{seriesId}")
    @Override
    public SeriesView view(@PathVariable String seriesId, @RequestHeader(name = TOKEN, required = false) String token) {
        return series.view(seriesId, token);
    }

    @PostMapping("/api/series/{seriesId}/confirm")
    @Override
    public SeriesView confirm(
            @PathVariable String seriesId, @RequestHeader(name = TOKEN, required = false) String token) {
        return series.confirm(seriesId, token);
    }

    @PostMapping("/api/series/{seriesId}/visits/{visitId}/move")
    @Override
    public SeriesView move(
            @PathVariable String seriesId,
            @PathVariable String visitId,
            @RequestHeader(name = TOKEN, required = false) String token,
            @RequestBody RescheduleRequest request) {
        return series.move(seriesId, token, visitId, request);
    }

    @PostMapping("/api/series/{seriesId}/cancel")
    @Override
    public SeriesView cancel(
            @PathVariable String seriesId, @RequestHeader(name = TOKEN, required = false) String token) {
        return series.cancel(seriesId, token);
    }
}
