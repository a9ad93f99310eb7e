package io.spinecare.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.spinecare.managetoken.ManageTokenProperties;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.ConfigDataApplicationContextInitializer;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A service that signs or checks manage tokens has no usable default secret: without a proper
 * {@code MANAGE_TOKEN_SECRET} it does not start (ADR 0207). Each service's {@code ManageTokenSecretTest} extends this
 * with its application class and the arguments that keep it from reaching for infrastructure.
 */
public abstract class ManageTokenSecretChecks {

    protected static final String RANDOM_SECRET = "Jx3q0m1u9C8yKkq2V4fJ0Zb7Hs5pLr6tWn2aEo8dXcQ";

    /** The committed application.yml, as the service reads it, with no profile active. */
    protected final ApplicationContextRunner committedConfiguration = new ApplicationContextRunner()
            .withInitializer(new ConfigDataApplicationContextInitializer())
            .withUserConfiguration(Settings.class);

    private final Class<?> application;
    private final List<String> noInfrastructure;

    /** {@code noInfrastructure}: arguments beyond an unreachable database and broker that keep the start offline. */
    protected ManageTokenSecretChecks(Class<?> application, String... noInfrastructure) {
        this.application = application;
        this.noInfrastructure = Stream.concat(
                        Stream.of(
                                "--spring.mongodb.uri=mongodb://localhost:1",
                                "--spring.kafka.bootstrap-servers=localhost:1"),
                        Arrays.stream(noInfrastructure))
                .toList();
    }

    @EnableConfigurationProperties(ManageTokenProperties.class)
    static class Settings {}

    /** Secrets that were, or are, written in the repository as examples, and one that merely looks like one. */
    static Stream<String> publishedSecrets() {
        return Stream.of(
                "dev-only-manage-token-secret-change-me-0123456789",
                "spinecare-local-development-secret-change-me",
                "change-me-to-a-long-random-secret",
                "replace-with-a-long-random-secret",
                "replace-with-32-or-more-random-bytes-see-adr-0207",
                "an-example-secret-that-is-long-enough-to-pass");
    }

    @Test
    void theServiceRefusesToStartWithoutASecretAndSaysWhichVariableToSet() {
        assertThatThrownBy(() -> start()).rootCause().hasMessageContaining("MANAGE_TOKEN_SECRET is not set");
    }

    @ParameterizedTest
    @MethodSource("publishedSecrets")
    void theServiceRefusesToStartWithASecretPublishedInTheRepository(String published) {
        assertThatThrownBy(() -> start("--MANAGE_TOKEN_SECRET=" + published))
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
    @MethodSource("publishedSecrets")
    void theCommittedConfigurationRefusesEverySecretPublishedInTheRepository(String published) {
        committedConfiguration
                .withPropertyValues("MANAGE_TOKEN_SECRET=" + published)
                .run(context -> assertThat(context.getStartupFailure())
                        .rootCause()
                        .hasMessage("MANAGE_TOKEN_SECRET is an example value published with SpineCare;"
                                + " set a random secret of your own."));
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
    void aRandomSecretIsTheCurrentKeyK1WithNoPreviousKey() {
        committedConfiguration
                .withPropertyValues("MANAGE_TOKEN_SECRET=" + RANDOM_SECRET)
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    ManageTokenProperties settings = context.getBean(ManageTokenProperties.class);
                    assertThat(settings.current()).isEqualTo(new ManageTokenProperties.Key("k1", RANDOM_SECRET));
                    assertThat(settings.previous()).isNull();
                });
    }

    @Test
    void theCurrentKeyTakesTheIdItIsGiven() {
        committedConfiguration
                .withPropertyValues("MANAGE_TOKEN_SECRET=" + RANDOM_SECRET, "MANAGE_TOKEN_KEY_ID=k7")
                .run(context -> assertThat(
                                context.getBean(ManageTokenProperties.class).current())
                        .isEqualTo(new ManageTokenProperties.Key("k7", RANDOM_SECRET)));
    }

    /** The real application with no profile and no infrastructure: it must stop before it needs any. */
    private void start(String... args) {
        String[] all =
                Stream.concat(Arrays.stream(args), noInfrastructure.stream()).toArray(String[]::new);
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(application)
                .web(WebApplicationType.NONE)
                .run(all)) {
            throw new AssertionError(application.getSimpleName() + " started without a proper MANAGE_TOKEN_SECRET");
        }
    }
}
