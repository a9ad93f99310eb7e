package io.spinecare.booking.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.spinecare.booking.BookingServiceApplication;
import io.spinecare.managetoken.ManageTokenProperties;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.ConfigDataApplicationContextInitializer;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.ConfigurableApplicationContext;

/** booking-service has no usable default secret: without a proper MANAGE_TOKEN_SECRET it does not start. */
class ManageTokenSecretTest {

    private static final String RANDOM_SECRET = "Jx3q0m1u9C8yKkq2V4fJ0Zb7Hs5pLr6tWn2aEo8dXcQ";

    /** The committed application.yml, as the service reads it, with no profile active. */
    private final ApplicationContextRunner committedConfiguration = new ApplicationContextRunner()
            .withInitializer(new ConfigDataApplicationContextInitializer())
            .withUserConfiguration(Settings.class);

    @EnableConfigurationProperties(ManageTokenProperties.class)
    static class Settings {}

    @Test
    void theServiceRefusesToStartWithoutASecretAndSaysWhichVariableToSet() {
        assertThatThrownBy(() -> start()).rootCause().hasMessageContaining("MANAGE_TOKEN_SECRET is not set");
    }

    @Test
    void theServiceRefusesToStartWithTheExampleSecretOnceCommittedAsItsDefault() {
        assertThatThrownBy(() -> start("--MANAGE_TOKEN_SECRET=dev-only-manage-token-secret-change-me-0123456789"))
                .rootCause()
                .hasMessageContaining("MANAGE_TOKEN_SECRET is an example value");
    }

    @Test
    void theCommittedConfigurationHasNoDefaultSecret() {
        committedConfiguration.run(context -> assertThat(context.getStartupFailure())
                .rootCause()
                .hasMessageContaining("MANAGE_TOKEN_SECRET is not set"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "spinecare-local-development-secret-change-me",
                "change-me-to-a-long-random-secret",
                "replace-with-a-long-random-secret",
                "replace-with-32-or-more-random-bytes-see-adr-0207",
                "an-example-secret-that-is-long-enough-to-pass"
            })
    void everySecretPublishedInTheRepositoryIsRefused(String published) {
        committedConfiguration
                .withPropertyValues("MANAGE_TOKEN_SECRET=" + published)
                .run(context -> assertThat(context.getStartupFailure())
                        .rootCause()
                        .hasMessageContaining("MANAGE_TOKEN_SECRET"));
    }

    @Test
    void aSecretShorterThan32BytesIsRefused() {
        committedConfiguration
                .withPropertyValues("MANAGE_TOKEN_SECRET=0123456789abcdef0123456789abcde")
                .run(context -> assertThat(context.getStartupFailure())
                        .rootCause()
                        .hasMessage("MANAGE_TOKEN_SECRET is too short: at least 32 bytes are required."));
    }

    @Test
    void aPreviousKeyIsCheckedLikeTheCurrentOneAndNeedsAnIdOfItsOwn() {
        committedConfiguration
                .withPropertyValues(
                        "MANAGE_TOKEN_SECRET=" + RANDOM_SECRET,
                        "MANAGE_TOKEN_PREVIOUS_KEY_ID=k0",
                        "MANAGE_TOKEN_PREVIOUS_SECRET=short")
                .run(context -> assertThat(context.getStartupFailure())
                        .rootCause()
                        .hasMessageContaining("MANAGE_TOKEN_PREVIOUS_SECRET is too short"));
        committedConfiguration
                .withPropertyValues(
                        "MANAGE_TOKEN_SECRET=" + RANDOM_SECRET,
                        "MANAGE_TOKEN_PREVIOUS_KEY_ID=k1",
                        "MANAGE_TOKEN_PREVIOUS_SECRET=9Qw8Er7Ty6Ui5Op4As3Df2Gh1Jk0LzXcVbNm1234567")
                .run(context -> assertThat(context.getStartupFailure())
                        .rootCause()
                        .hasMessageContaining("MANAGE_TOKEN_PREVIOUS_KEY_ID must differ"));
    }

    @Test
    void aRandomSecretStartsWithKeyIdK1AndNoPreviousKey() {
        committedConfiguration
                .withPropertyValues("MANAGE_TOKEN_SECRET=" + RANDOM_SECRET)
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    ManageTokenProperties settings = context.getBean(ManageTokenProperties.class);
                    assertThat(settings.current().id()).isEqualTo("k1");
                    assertThat(settings.previous()).isNull();
                });
    }

    /** The real application with no profile and no infrastructure: it must stop before it needs any. */
    private static void start(String... args) {
        String[] all = Arrays.copyOf(args, args.length + 3);
        all[args.length] = "--spring.mongodb.uri=mongodb://localhost:1";
        all[args.length + 1] = "--spring.kafka.bootstrap-servers=localhost:1";
        all[args.length + 2] = "--spinecare.booking.events.relay.enabled=false";
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(BookingServiceApplication.class)
                .web(WebApplicationType.NONE)
                .run(all)) {
            throw new AssertionError("booking-service started without a proper MANAGE_TOKEN_SECRET");
        }
    }
}
