package io.spinecare.booking.fhir;

import ca.uhn.fhir.context.FhirContext;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Appointment;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.HealthcareService;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.hl7.fhir.r4.model.Parameters;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.PractitionerRole;
import org.hl7.fhir.r4.model.Schedule;
import org.hl7.fhir.r4.model.Slot;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The FHIR facade's security: every path but {@code metadata} needs a bearer token from the
 * gateway's issuer; scopes and the calling client are checked per request ({@link Caller}).
 * Failures are OperationOutcomes.
 */
@Configuration(proxyBeanMethods = false)
class FhirConfiguration {

    static final String BASE = "/fhir/r4";

    /**
     * HAPI scans a resource type's model the first time it meets it, which takes seconds on a busy
     * machine: done here, at start, for every type the facade reads or writes, so that no client's
     * first request runs into the gateway's time limit.
     */
    @Bean
    FhirContext fhirContext() {
        FhirContext context = FhirContext.forR4Cached();
        var parser = context.newJsonParser();
        for (IBaseResource resource : List.<IBaseResource>of(
                new Appointment(),
                new Bundle(),
                new CapabilityStatement(),
                new HealthcareService(),
                new OperationOutcome(),
                new Parameters(),
                new Patient(),
                new Practitioner(),
                new PractitionerRole(),
                new Schedule(),
                new Slot())) {
            parser.parseResource(resource.getClass(), parser.encodeResourceToString(resource));
        }
        return context;
    }

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    SecurityFilterChain fhirSecurity(HttpSecurity http, FhirJson json) throws Exception {
        http.securityMatcher("/fhir/**")
                .csrf(csrf -> csrf.disable()) // bearer tokens only, no cookies
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(auth -> auth.requestMatchers(BASE + "/metadata")
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .oauth2ResourceServer(oauth -> oauth.jwt(Customizer.withDefaults())
                        .authenticationEntryPoint((request, response, e) -> write(
                                response,
                                json,
                                HttpStatus.UNAUTHORIZED,
                                IssueType.LOGIN,
                                "login",
                                "A valid client-credentials bearer token is required."))
                        .accessDeniedHandler((request, response, e) -> write(
                                response,
                                json,
                                HttpStatus.FORBIDDEN,
                                IssueType.FORBIDDEN,
                                "forbidden",
                                "Access denied.")))
                .exceptionHandling(handling -> handling.authenticationEntryPoint((request, response, e) -> write(
                        response,
                        json,
                        HttpStatus.UNAUTHORIZED,
                        IssueType.LOGIN,
                        "login",
                        "A valid client-credentials bearer token is required.")));
        return http.build();
    }

    private static void write(
            HttpServletResponse response, FhirJson json, HttpStatus status, IssueType code, String slug, String message)
            throws IOException {
        response.setStatus(status.value());
        response.setContentType(FhirJson.FHIR_JSON.toString());
        if (status == HttpStatus.UNAUTHORIZED) {
            response.setHeader("WWW-Authenticate", "Bearer");
        }
        response.getOutputStream()
                .write(json.encode(FhirJson.outcome(code, slug, message)).getBytes(StandardCharsets.UTF_8));
    }
}
