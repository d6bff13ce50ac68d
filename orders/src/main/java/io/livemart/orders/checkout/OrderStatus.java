package io.livemart.orders.checkout;

import io.livemart.core.error.ConflictException;
import java.util.EnumSet;
import java.util.Set;

/** The order's state machine: each status names the statuses it may move to. */
public enum OrderStatus {
    AWAITING_PAYMENT,
    PAID,
    /** Cash on delivery: confirmed without payment, paid when delivered. */
    CONFIRMED,
    /** Pick-up in store: waiting in the store until the buyer collects (and pays) it. */
    READY_FOR_PICKUP,
    SHIPPED,
    DELIVERED,
    COMPLETED,
    CANCELLED,
    EXPIRED;

    private Set<OrderStatus> successors() {
        return switch (this) {
            case AWAITING_PAYMENT -> EnumSet.of(PAID, CANCELLED, EXPIRED);
            case PAID, CONFIRMED -> EnumSet.of(SHIPPED, CANCELLED);
            case READY_FOR_PICKUP -> EnumSet.of(COMPLETED, CANCELLED);
            case SHIPPED -> EnumSet.of(DELIVERED);
            case DELIVERED -> EnumSet.of(COMPLETED);
            case COMPLETED, CANCELLED, EXPIRED -> EnumSet.noneOf(OrderStatus.class);
        };
    }

    /** Answers {@code next} when the move is allowed, else refuses with 409. */
    public OrderStatus next(OrderStatus next) {
        if (!successors().contains(next)) {
            throw new ConflictException("An order that is " + label() + " cannot become " + next.label() + ".");
        }
        return next;
    }

    /** The statuses that may move to {@code next}: for a move written as one statement, without loading the orders. */
    public static Set<OrderStatus> allowedBefore(OrderStatus next) {
        Set<OrderStatus> before = EnumSet.noneOf(OrderStatus.class);
        for (OrderStatus s : values()) {
            if (s.successors().contains(next)) {
                before.add(s);
            }
        }
        return before;
    }

    /** Orders a merchant may put in a parcel. */
    public boolean readyToShip() {
        return this == PAID || this == CONFIRMED;
    }

    /** Whether the order still holds its units (it is neither cancelled nor expired). */
    public boolean holdsStock() {
        return this != CANCELLED && this != EXPIRED;
    }

    public String label() {
        return name().toLowerCase().replace('_', ' ');
    }
}
