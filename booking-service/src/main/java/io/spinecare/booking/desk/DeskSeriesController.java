package io.spinecare.booking.desk;

import io.spinecare.booking.series.SeriesChanges;
import io.spinecare.booking.series.SeriesFailures;
import io.spinecare.booking.series.SeriesPlanner;
import io.spinecare.booking.series.SeriesStore;
import io.spinecare.booking.series.SeriesView;
import io.spinecare.booking.series.SeriesViews;
import io.spinecare.content.BodyRegion;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Front desk: record a surgery, see and resolve its follow-up series, cancel it. Staff only. */
@RestController
class DeskSeriesController implements DeskSeriesApiDocs {

    private static final String ID = "^[a-z0-9]+(-[a-z0-9]+)*$";

    private final SeriesPlanner planner;
    private final SeriesChanges changes;
    private final SeriesStore store;
    private final SeriesViews views;

    DeskSeriesController(SeriesPlanner planner, SeriesChanges changes, SeriesStore store, SeriesViews views) {
        this.planner = planner;
        this.changes = changes;
        this.store = store;
        this.views = views;
    }

    record SurgeryRequest(
            @NotBlank @Size(max = 64) @Pattern(regexp = ID) String procedureId,
            @NotNull LocalDate date,
            @NotBlank @Size(max = 64) @Pattern(regexp = ID) String surgeonId,
            @NotNull BodyRegion region) {}

    record SlotRequest(@NotBlank @Size(max = 128) String slotId) {}

    @PostMapping("/api/desk/appointments/{id}/surgery")
    @Override
    public ResponseEntity<SeriesView> recordSurgery(
            @PathVariable String id, @AuthenticationPrincipal Jwt staff, @RequestBody SurgeryRequest request) {
        var series = planner.plan(
                id,
                new SeriesPlanner.Surgery(
                        request.procedureId(), request.date(), request.surgeonId(), request.region()));
        return ResponseEntity.status(HttpStatus.CREATED)
                .header("Location", "/api/desk/series/" + series.id())
                .body(views.of(series));
    }

    @GetMapping("/api/desk/series/{seriesId}")
    @Override
    public SeriesView get(@PathVariable String seriesId) {
        return views.of(store.find(seriesId).orElseThrow(SeriesFailures::notFound));
    }

    @PostMapping("/api/desk/series/{seriesId}/visits/{visitId}/slot")
    @Override
    public SeriesView setVisitSlot(
            @PathVariable String seriesId, @PathVariable String visitId, @RequestBody SlotRequest request) {
        return views.of(changes.moveProposed(seriesId, visitId, request.slotId()));
    }

    @PostMapping("/api/desk/series/{seriesId}/cancel")
    @Override
    public SeriesView cancel(@PathVariable String seriesId, @AuthenticationPrincipal Jwt staff) {
        return views.of(changes.cancel(seriesId, staff.getSubject(), "STAFF"));
    }
}
