package io.spinecare.gateway.routing;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.servers.Server;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The gateway's own OpenAPI document (staff login), listed in the Swagger UI beside the services'. */
@Configuration(proxyBeanMethods = false)
class ApiDocsConfiguration {

    @Bean
    OpenAPI gatewayApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("SpineCare gateway")
                        .description("Staff login (built-in issuer) and its JWK set; the booking and"
                                + " notification APIs are in their own documents.")
                        .version("1"))
                .servers(List.of(new Server().url("/").description("SpineCare gateway")));
    }
}
