package io.spinecare.managetoken;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Refuses to start, before any connection is opened, when the manage-token keys are missing, short or a
 * published example ({@link ManageTokenProperties} says why). Runs once the configuration files are read, in every
 * service that carries this module; registered in META-INF/spring.factories.
 */
class ManageTokenSecretCheck implements EnvironmentPostProcessor, Ordered {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        try {
            Binder.get(environment).bindOrCreate("spinecare.manage-token", ManageTokenProperties.class);
        } catch (BindException e) {
            Throwable reason = NestedExceptionUtils.getMostSpecificCause(e);
            String service = environment.getProperty("spring.application.name", "SpineCare");
            throw new IllegalStateException(service + " cannot start: " + reason.getMessage(), reason);
        }
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
