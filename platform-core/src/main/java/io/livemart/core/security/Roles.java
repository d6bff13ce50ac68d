package io.livemart.core.security;

/** The Keycloak realm roles, as constants for {@code @RolesAllowed}. */
public final class Roles {
    public static final String ANCHOR = "anchor";
    public static final String SHOPPER = "shopper";
    public static final String MERCHANT = "merchant";
    public static final String CARRIER = "carrier";
    public static final String MODERATOR = "moderator";
    public static final String ADMIN = "admin";

    private Roles() {
    }
}
