package io.spinecare.managetoken;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/** Binds {@code spinecare.manage-token} and offers the signer to the service that carries this module. */
@AutoConfiguration
@EnableConfigurationProperties(ManageTokenProperties.class)
public class ManageTokenConfiguration {

    @Bean
    ManageTokenSigner manageTokenSigner(ManageTokenProperties properties) {
        return new ManageTokenSigner(properties);
    }
}
