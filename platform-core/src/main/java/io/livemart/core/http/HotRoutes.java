package io.livemart.core.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.livemart.core.error.DomainException;
import io.livemart.core.error.Problem;
import io.livemart.core.error.ProblemMapper;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.Context;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import java.io.IOException;
import java.util.function.Consumer;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * What the few hottest requests share when a Vert.x route answers them before RESTEasy (ADR 0024, 0025): the caller's
 * identity, and answers written the way RESTEasy writes them. Such a route answers only what it is sure of, on the
 * event loop; whatever else it meets goes on to the resource ({@link RoutingContext#next()}), which answers as always.
 */
public final class HotRoutes {

    private HotRoutes() {
    }

    /**
     * Puts {@code handler} on {@code POST path} ahead of RESTEasy, after Quarkus's authentication filters. The body is
     * read for it and handed on to RESTEasy; Quarkus's own limit on its size has been checked already.
     */
    public static void installPost(Router router, String path, Handler<RoutingContext> handler) {
        router.post(path).order(RouteConstants.ROUTE_ORDER_BEFORE_DEFAULT).handler(BodyHandler.create(false)).handler(handler);
    }

    /**
     * Runs {@code then} with the caller's identity (null when it cannot be had) on the request's own context.
     * Authentication is lazy ({@code quarkus.http.auth.proactive=false}): this asks for the identity, and RESTEasy
     * reuses it when the request goes on.
     */
    public static void withIdentity(RoutingContext ctx, Consumer<SecurityIdentity> then) {
        Context context = Vertx.currentContext();
        QuarkusHttpUser.getSecurityIdentity(ctx, null).subscribe().with(
                identity -> onContext(context, () -> then.accept(identity)),
                failure -> onContext(context, () -> then.accept(null)));
    }

    /** The caller's token when the identity holds {@code role}; null otherwise (RESTEasy then answers 401 or 403). */
    public static JsonWebToken tokenWithRole(SecurityIdentity identity, String role) {
        return identity != null && identity.hasRole(role) && identity.getPrincipal() instanceof JsonWebToken token ? token : null;
    }

    /** Runs {@code step} on {@code context}: at once when already there (a cached token), else as its next task. */
    public static void onContext(Context context, Runnable step) {
        if (Vertx.currentContext() == context) {
            step.run();
        } else {
            context.runOnContext(ignored -> step.run());
        }
    }

    /** Whether the request says its body is JSON. */
    public static boolean isJson(RoutingContext ctx) {
        String type = ctx.request().getHeader(HttpHeaders.CONTENT_TYPE);
        return type != null && type.startsWith("application/json");
    }

    /** Answers with a JSON body. */
    public static void json(RoutingContext ctx, ObjectMapper json, int status, Object body) {
        write(ctx, json, status, "application/json", body);
    }

    /** Answers a domain failure with the same problem document as {@link ProblemMapper}. */
    public static void problem(RoutingContext ctx, ObjectMapper json, DomainException failure) {
        Problem problem = ProblemMapper.of(failure, ctx.request().path());
        write(ctx, json, problem.status(), Problem.MEDIA_TYPE, problem);
    }

    /** Answers a refusal (a domain failure) as {@link #problem}; any other failure goes on to the resource. */
    public static void refusalOrNext(RoutingContext ctx, ObjectMapper json, Throwable failure) {
        if (failure instanceof DomainException refused) {
            problem(ctx, json, refused);
        } else {
            ctx.next();
        }
    }

    private static void write(RoutingContext ctx, ObjectMapper json, int status, String type, Object body) {
        byte[] bytes;
        try {
            bytes = json.writeValueAsBytes(body);
        } catch (IOException cannotHappen) {
            ctx.fail(cannotHappen);
            return;
        }
        ctx.response().setStatusCode(status).putHeader(HttpHeaders.CONTENT_TYPE, type).end(Buffer.buffer(bytes));
    }
}
