package io.spinecare.notification.system;

import io.opentelemetry.sdk.trace.export.SpanExporter;
import java.io.IOException;
import java.nio.file.Path;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * With {@code spinecare.tracing.directory} set (environment {@code SPINECARE_TRACING_DIRECTORY}; the local stack
 * sets it), finished spans also go to {@code <directory>/<service>.jsonl}. Off otherwise.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty("spinecare.tracing.directory")
class TraceFileConfiguration {

    @Bean
    SpanExporter traceFile(Environment environment) throws IOException {
        Path directory = Path.of(environment.getRequiredProperty("spinecare.tracing.directory"));
        String service = environment.getRequiredProperty("spring.application.name");
        return new TraceFile(directory.resolve(service + ".jsonl"), service);
    }
}
