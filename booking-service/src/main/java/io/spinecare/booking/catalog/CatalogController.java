package io.spinecare.booking.catalog;

import io.spinecare.booking.web.ProblemException;
import io.spinecare.content.Catalogue;
import io.spinecare.content.Condition;
import io.spinecare.content.ConsultationTypeDetails;
import io.spinecare.content.ImagingRequirement;
import io.spinecare.content.Procedure;
import io.spinecare.content.RedFlag;
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

    record ConditionDetails(
            Condition condition, List<Procedure> procedures, List<RedFlag> redFlags, String catalogueVersion) {}

    @GetMapping("/conditions")
    @Override
    public List<Condition> conditions(@RequestParam(required = false) String q) {
        return catalogue.searchConditions(q == null ? "" : q);
    }

    @GetMapping("/conditions/{id}")
    @Override
    public ConditionDetails condition(@PathVariable String id) {
        Condition condition = catalogue.condition(id).orElseThrow(() -> notFound("condition", id));
        List<RedFlag> redFlags = condition.redFlagIds().stream()
                .flatMap(flag -> catalogue.redFlag(flag).stream())
                .toList();
        return new ConditionDetails(condition, catalogue.proceduresFor(id), redFlags, catalogue.version());
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

    @GetMapping("/red-flags")
    @Override
    public List<RedFlag> redFlags() {
        return catalogue.redFlags();
    }

    private static ProblemException notFound(String kind, String id) {
        return ProblemException.notFound(
                kind + "-not-found", "No such " + kind, "The catalogue has no " + kind + " '" + id + "'.");
    }
}
