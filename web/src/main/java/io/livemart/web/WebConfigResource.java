package io.livemart.web;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** What the pages need to log in: the realm's address and the public browser client (PKCE). */
@Path("/api/web-config")
@Tag(name = "Pages")
public class WebConfigResource {

    /** The public client of the pages. */
    static final String BROWSER_CLIENT = "livemart-web";

    /** Settings for the pages' login. */
    public record WebConfig(String realmUrl, String clientId) {
    }

    @ConfigProperty(name = "quarkus.oidc.auth-server-url")
    String realmUrl;

    @GET
    @PermitAll
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Login settings of the pages", description = "Public. The realm URL is the token issuer.")
    public WebConfig get() {
        return new WebConfig(realmUrl, BROWSER_CLIENT);
    }
}
