package io.spinecare.booking.fhir;

import io.spinecare.booking.web.DateBounds;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Resource;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.ForwardedHeaderUtils;
import org.springframework.web.util.UriComponentsBuilder;

/** Search parameters and search answers: the shapes every FHIR search of the facade shares. */
final class Searches {

    private Searches() {}

    /** Unknown search parameters are refused rather than ignored, so a client never gets more than it asked for. */
    static void allowOnly(HttpServletRequest request, Set<String> supported) {
        for (String name : request.getParameterMap().keySet()) {
            if (!supported.contains(name) && !"_format".equals(name)) {
                throw FhirProblem.notSupported(
                        "Search parameter '" + name + "' is not supported here; supported: " + supported + ".");
            }
        }
    }

    /** A [from, to) period from date parameters such as {@code ge2030-06-05} and {@code lt2030-06-06T12:00:00+05:30}. */
    record Period(Instant from, Instant to) {

        static Period of(String name, String[] values, ZoneId zone) {
            Instant from = null;
            Instant to = null;
            for (String raw : values == null ? new String[0] : values) {
                String prefix = raw.length() > 2 && Character.isLetter(raw.charAt(0)) ? raw.substring(0, 2) : "eq";
                String value = "eq".equals(prefix) && !raw.startsWith("eq") ? raw : raw.substring(2);
                Instant start;
                Instant end; // the end of the value's precision: the next day for a date
                try {
                    if (value.length() == 10) {
                        LocalDate day = LocalDate.parse(value);
                        start = day.atStartOfDay(zone).toInstant();
                        end = day.plusDays(1).atStartOfDay(zone).toInstant();
                    } else {
                        start = OffsetDateTime.parse(value).toInstant();
                        end = start.plusSeconds(1);
                    }
                    if (!DateBounds.contains(start)) {
                        throw new DateTimeParseException(DateBounds.MESSAGE, value, 0);
                    }
                } catch (DateTimeParseException e) {
                    throw FhirProblem.invalid("Parameter '" + name + "' must be a date (2030-06-05) or a date-time"
                            + " with offset (2030-06-05T09:00:00+05:30), optionally after ge, gt, le, lt or eq.");
                }
                switch (prefix) {
                    case "ge" -> from = start;
                    case "gt" -> from = end;
                    case "lt" -> to = start;
                    case "le" -> to = end;
                    case "eq" -> {
                        from = start;
                        to = end;
                    }
                    default ->
                        throw FhirProblem.notSupported("Prefix '" + prefix + "' of '" + name
                                + "' is not supported: use ge, gt, le, lt or eq.");
                }
            }
            return new Period(from, to);
        }
    }

    /**
     * This server's FHIR base as the client sees it: behind the gateway, the gateway's address from its
     * X-Forwarded-* headers, so fullUrls and links point where the client can follow them.
     */
    static String base(HttpServletRequest request) {
        return asSeenByClient(
                        request,
                        ServletUriComponentsBuilder.fromContextPath(request)
                                .build()
                                .toUri())
                .path(FhirConfiguration.BASE)
                .build()
                .toUriString();
    }

    private static String self(HttpServletRequest request) {
        return asSeenByClient(
                        request,
                        ServletUriComponentsBuilder.fromRequest(request).build().toUri())
                .build()
                .toUriString();
    }

    private static UriComponentsBuilder asSeenByClient(HttpServletRequest request, URI uri) {
        return ForwardedHeaderUtils.adaptFromForwardedHeaders(uri, new ServletServerHttpRequest(request).getHeaders());
    }

    static Bundle searchset(HttpServletRequest request, List<? extends Resource> resources) {
        Bundle bundle = new Bundle();
        bundle.setId(UUID.randomUUID().toString());
        bundle.setType(Bundle.BundleType.SEARCHSET);
        bundle.setTotal(resources.size());
        bundle.addLink().setRelation("self").setUrl(self(request));
        String base = base(request);
        for (Resource resource : resources) {
            bundle.addEntry()
                    .setFullUrl(fullUrl(base, resource))
                    .setResource(resource)
                    .getSearch()
                    .setMode(Bundle.SearchEntryMode.MATCH);
        }
        return bundle;
    }

    static Bundle collection(HttpServletRequest request, List<? extends Resource> resources) {
        Bundle bundle = new Bundle();
        bundle.setId(UUID.randomUUID().toString());
        bundle.setType(Bundle.BundleType.COLLECTION);
        String base = base(request);
        resources.forEach(r -> bundle.addEntry().setFullUrl(fullUrl(base, r)).setResource(r));
        return bundle;
    }

    private static String fullUrl(String base, Resource resource) {
        return resource.hasIdElement() && resource.getIdElement().hasIdPart()
                ? base + "/" + resource.fhirType() + "/"
                        + resource.getIdElement().getIdPart()
                : "urn:uuid:" + UUID.randomUUID();
    }

    /** The id part of {@code Type/id} or a bare id; anything else is refused. */
    static String idOf(String reference, String type, String name) {
        if (reference == null || reference.isBlank()) {
            throw FhirProblem.required("'" + name + "' is required.");
        }
        String id = reference.startsWith(type + "/") ? reference.substring(type.length() + 1) : reference;
        if (!id.matches("^[A-Za-z0-9_-]{1,100}$")) {
            throw FhirProblem.invalid("'" + name + "' must reference a " + type + " such as " + type + "/dr-rao.");
        }
        return id;
    }
}
