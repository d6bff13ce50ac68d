package io.livemart.logistics.shipment.service;

import io.livemart.core.error.ConflictException;
import io.livemart.core.error.InvalidRequestException;
import io.livemart.core.error.NotFoundException;
import io.livemart.core.events.ParcelShipped;
import io.livemart.core.security.CurrentUser;
import io.livemart.logistics.LogisticsConfig;
import io.livemart.logistics.shipment.Shipment;
import io.livemart.logistics.shipment.ShipmentStatus;
import io.livemart.logistics.shipment.api.ShipRequest;
import io.livemart.logistics.shipment.persistence.ShipmentRepository;
import io.livemart.orders.checkout.OrderSnapshot;
import io.livemart.orders.checkout.Orders;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

/** Merchants pack their orders into parcels and hand them to carriers. */
@ApplicationScoped
@Transactional
public class ShipmentService {

    @Inject
    ShipmentRepository shipments;

    @Inject
    Orders orders;

    @Inject
    CurrentUser user;

    @Inject
    LogisticsConfig config;

    @Inject
    Event<ParcelShipped> shipped;

    public Shipment ship(ShipRequest request) {
        if (!config.carriers().containsKey(request.carrier())) {
            throw new InvalidRequestException("carrier: '" + request.carrier() + "' is not a carrier we work with ("
                    + String.join(", ", new java.util.TreeSet<>(config.carriers().keySet())) + ").");
        }
        String merchantId = user.id();
        List<UUID> orderIds = List.copyOf(new LinkedHashSet<>(request.orderIds()));
        String buyerId = null;
        for (UUID orderId : orderIds) {
            OrderSnapshot order = orders.order(orderId)
                    .orElseThrow(() -> new NotFoundException("No order " + orderId + "."));
            user.requireOwner(order.merchantId(), "order");
            if (!order.status().readyToShip()) {
                throw new ConflictException("Order " + orderId + " is " + order.status().label() + ", not ready to ship.");
            }
            if (shipments.shipsOrder(orderId)) {
                throw new ConflictException("Order " + orderId + " is already in a parcel.");
            }
            if (buyerId != null && !buyerId.equals(order.buyerId())) {
                throw new ConflictException("A parcel holds orders of one buyer only.");
            }
            buyerId = order.buyerId();
        }
        if (shipments.byTrackingNumber(request.carrier(), request.trackingNumber()).isPresent()) {
            throw new ConflictException("Tracking number " + request.trackingNumber() + " of " + request.carrier()
                    + " is already used by another parcel.");
        }
        Shipment shipment = new Shipment();
        shipment.id = UUID.randomUUID();
        shipment.merchantId = merchantId;
        shipment.buyerId = buyerId;
        shipment.carrier = request.carrier();
        shipment.trackingNumber = request.trackingNumber();
        shipment.status = ShipmentStatus.SHIPPED;
        shipment.orderIds.addAll(orderIds);
        shipment.shippedAt = Instant.now();
        shipments.persist(shipment);
        shipments.flush();
        shipped.fire(new ParcelShipped(shipment.id, List.copyOf(orderIds), shipment.carrier, shipment.trackingNumber));
        return shipment;
    }

    /** The parcel holding an order, for its merchant, its buyer or staff. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Shipment ofOrder(UUID orderId) {
        Shipment shipment = shipments.ofOrder(orderId)
                .orElseThrow(() -> new NotFoundException("Order " + orderId + " is not in a parcel yet."));
        return get(shipment.id);
    }

    /** A parcel, for its merchant, its buyer or staff. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Shipment get(UUID id) {
        Shipment shipment = shipments.findByIdOptional(id).orElseThrow(() -> new NotFoundException("No parcel " + id + "."));
        if (!user.isStaff() && !user.id().equals(shipment.buyerId)) {
            user.requireOwner(shipment.merchantId, "parcel");
        }
        return shipment;
    }

    /** The orders in a parcel, as the packing slip lists them. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<OrderSnapshot> ordersOf(Shipment parcel) {
        return parcel.orderIds.stream().flatMap(id -> orders.order(id).stream()).toList();
    }

    /** The carrier's name as buyers and merchants see it. */
    public String carrierName(String carrier) {
        LogisticsConfig.Carrier settings = config.carriers().get(carrier);
        return settings == null ? carrier : settings.displayName();
    }
}
