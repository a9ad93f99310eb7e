package io.spinecare.booking.support;

import io.spinecare.booking.repair.ArmedCrashPoints;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole service on a random port over real HTTP, with the shared test backends. Every
 * integration test uses exactly this, so one cached application context serves them all.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({TestBackends.class, ArmedCrashPoints.InPlace.class})
@ActiveProfiles("test")
public @interface BookingIntegrationTest {}
