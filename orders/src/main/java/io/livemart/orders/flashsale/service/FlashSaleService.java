package io.livemart.orders.flashsale.service;

import io.livemart.core.catalog.Catalog;
import io.livemart.core.catalog.SkuSnapshot;
import io.livemart.core.error.ConflictException;
import io.livemart.core.error.InvalidRequestException;
import io.livemart.core.error.NotFoundException;
import io.livemart.core.events.FlashSaleClosed;
import io.livemart.core.events.FlashSaleOpened;
import io.livemart.core.money.Money;
import io.livemart.core.security.CurrentUser;
import io.livemart.orders.flashsale.api.FlashSaleRequest;
import io.livemart.orders.OrdersConfig;
import io.livemart.orders.stock.SaleLot;
import io.livemart.orders.stock.SaleLots;
import io.livemart.orders.stock.persistence.SaleLotRepository;
import io.livemart.streaming.show.ShowSnapshot;
import io.livemart.streaming.show.Shows;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Flash sales: an anchor sells a fixed quantity of a line-up SKU at a set price for a set time. The units come from
 * the stock of record first, then from the line-up's live counter; what is left at close returns to the record.
 */
@ApplicationScoped
@Transactional
public class FlashSaleService {

    private static final Logger LOG = Logger.getLogger(FlashSaleService.class);

    @Inject
    SaleLotRepository lots;

    @Inject
    SaleLots saleLots;

    @Inject
    OrdersConfig config;

    @Inject
    Shows shows;

    @Inject
    Catalog catalog;

    @Inject
    CurrentUser user;

    @Inject
    Event<FlashSaleOpened> opened;

    @Inject
    Event<FlashSaleClosed> closed;

    public SaleLot open(FlashSaleRequest request) {
        ShowSnapshot show = shows.show(request.showId())
                .orElseThrow(() -> new NotFoundException("No show " + request.showId() + "."));
        user.requireOwner(show.anchorId(), "show");
        if (!show.isLive()) {
            throw new ConflictException("The show is not live; a flash sale runs only while it is on air.");
        }
        SkuSnapshot sku = catalog.sku(request.skuId())
                .orElseThrow(() -> new NotFoundException("No SKU " + request.skuId() + "."));
        if (!show.lineup().contains(sku.productId())) {
            throw new ConflictException("This product is not in the show's line-up.");
        }
        if (!sku.price().currency().equals(request.price().currency())) {
            throw new InvalidRequestException("The price must be in " + sku.price().currency() + ", the SKU's currency.");
        }
        if (request.perBuyerLimit() > request.quantity()) {
            throw new InvalidRequestException("The per-buyer limit cannot exceed the quantity on sale.");
        }
        if (lots.openFlash(show.id(), sku.id()).isPresent()) {
            throw new ConflictException("A flash sale of this SKU is already running in this show.");
        }
        SaleLot lineup = lots.lineup(show.id(), sku.id())
                .flatMap(l -> lots.locked(l.id))
                .orElseThrow(() -> new ConflictException("This SKU is not on sale in this show."));

        int quantity = request.quantity();
        int inRecord = catalog.takeAllStock(sku.id());
        int fromRecord = Math.min(inRecord, quantity);
        if (inRecord > fromRecord) {
            catalog.returnStock(sku.id(), inRecord - fromRecord);
        }
        int fromLineup = quantity - fromRecord;

        SaleLot lot = saleLots.newLot(show.id(), show.anchorId(), sku.id(), sku.productId(), SaleLot.Kind.FLASH,
                request.perBuyerLimit());
        lot.allocated = quantity;
        lot.unitAmount = request.price().amount();
        lot.currency = request.price().currency();
        lot.endsAt = lot.openedAt.plusSeconds(request.durationSeconds());
        lot.stockStrategy = config.flashSale().stockStrategy();

        saleLots.openFlash(lineup, lot, fromLineup);
        lineup.allocated -= fromLineup;
        lots.persist(lot);
        lots.flush();
        opened.fire(new FlashSaleOpened(lot.id, lot.showId, lot.anchorId, lot.productId, lot.skuId, lot.allocated,
                new Money(lot.unitAmount, lot.currency), lot.perBuyerLimit, lot.endsAt));
        return lot;
    }

    /** The anchor closes its flash sale before its time. */
    public SaleLot closeByAnchor(UUID saleId) {
        SaleLot lot = flash(saleId);
        user.requireOwner(lot.anchorId, "flash sale");
        if (!lot.isOpen()) {
            throw new ConflictException("This flash sale is already closed.");
        }
        return close(saleId, "closed by the anchor");
    }

    /** Closes a flash sale (its time ran out, the anchor closed it, the show ended) and announces it. */
    public SaleLot close(UUID saleId, String reason) {
        SaleLot before = lots.findById(saleId);
        boolean wasOpen = before.isOpen();
        SaleLots.Closed result = saleLots.close(saleId, reason);
        if (wasOpen) {
            closed.fire(new FlashSaleClosed(saleId, result.lot().showId, result.lot().skuId, result.sold(), result.returned(),
                    reason, result.lot().closedAt));
        }
        return result.lot();
    }

    /** Closes every flash sale whose time ran out; each in its own transaction. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public int closeEnded() {
        int count = 0;
        for (UUID id : io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> lots.flashEndedBy(Instant.now()))) {
            try {
                io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> close(id, "time ran out"));
                count++;
            } catch (RuntimeException e) {
                LOG.warnf("Could not close flash sale %s yet (next sweep retries): %s", id, e.getMessage());
            }
        }
        return count;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SaleLot> ofShow(UUID showId) {
        shows.show(showId).orElseThrow(() -> new NotFoundException("No show " + showId + "."));
        return lots.flashOfShow(showId);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public SaleLot flash(UUID saleId) {
        return lots.findByIdOptional(saleId).filter(l -> l.kind == SaleLot.Kind.FLASH)
                .orElseThrow(() -> new NotFoundException("No flash sale " + saleId + "."));
    }

    /** Units left in a sale's counter, or -1 when it cannot say (closed, or Redis unreachable). */
    public long left(SaleLot lot) {
        try {
            return saleLots.left(lot);
        } catch (RuntimeException e) {
            return -1;
        }
    }
}
