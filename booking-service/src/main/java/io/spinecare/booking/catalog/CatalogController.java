package io.spinecare.booking.catalog;

import io.spinecare.booking.failure.BookingFailure;
import io.spinecare.content.Catalogue;
import io.spinecare.content.Condition;
import io.spinecare.content.ConsultationTypeDetails;
import io.spinecare.content.ImagingRequirement;
import io.spinecare.content.Procedure;
import io.spinecare.content.RedFlag;
import io.spinecare.content.TriageAdvice;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public catalogue of content-core, served here because the gateway routes
 * {@code /api/catalog/**} to booking-service. Read-only; the content is the same for everyone.
 */
@RestController
@RequestMapping("/api/catalog")
class CatalogController implements CatalogApiDocs {

    private final Catalogue catalogue;

    CatalogController(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    /** {@code redFlags}: the questions to ask before booking, universal ones first (ADR 0210). */
    record ConditionDetails(
            Condition condition,
            List<Procedure> procedures,
            List<RedFlag> redFlags,
            List<TriageAdvice> triageTiers,
            String catalogueVersion) {}

    @GetMapping("/conditions")
    @Override
    public List<Condition> conditions(@RequestParam(required = false) String q) {
        return catalogue.searchConditions(q == null ? "" : q);
    }

    @GetMapping("/conditions/{id}")
    @Override
    public ConditionDetails condition(@PathVariable String id) {
        Condition condition = catalogue.condition(id).orElseThrow(() -> notFound("condition", id));
        return new ConditionDetails(
                condition,
                catalogue.proceduresFor(id),
                catalogue.redFlagsFor(id),
                catalogue.triageTiers(),
                catalogue.version());
    }

    @GetMapping("/conditions/{id}/prerequisites")
    @Override
    public List<ImagingRequirement> prerequisites(
            @PathVariable String id, @RequestParam io.spinecare.content.ConsultationType consultationType) {
        catalogue.condition(id).orElseThrow(() -> notFound("condition", id));
        return catalogue.prerequisitesFor(id, consultationType);
    }

    @GetMapping("/procedures")
    @Override
    public List<Procedure> procedures(@RequestParam(required = false) String q) {
        return catalogue.searchProcedures(q == null ? "" : q);
    }

    @GetMapping("/procedures/{id}")
    @Override
    public Procedure procedure(@PathVariable String id) {
        return catalogue.procedure(id).orElseThrow(() -> notFound("procedure", id));
    }

    @GetMapping("/consultation-types")
    @Override
    public List<ConsultationTypeDetails> consultationTypes() {
        return catalogue.consultationTypes();
    }

    /** The three triage tiers with their advice and what happens next, most urgent first. */
    @GetMapping("/triage-tiers")
    @Override
    public List<TriageAdvice> triageTiers() {
        return catalogue.triageTiers();
    }

    @GetMapping("/red-flags")
    @Override
    public List<RedFlag> redFlags() {
        return catalogue.redFlags();
    }

    private static BookingFailure notFound(String kind, String id) {
        return BookingFailure.notFound(
                kind + "-not-found", "No such " + kind, "The catalogue has no " + kind + " '" + id + "'.");
    }
}
