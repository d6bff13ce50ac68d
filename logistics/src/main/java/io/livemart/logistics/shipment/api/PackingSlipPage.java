package io.livemart.logistics.shipment.api;

import io.livemart.logistics.shipment.Shipment;
import io.livemart.orders.checkout.OrderSnapshot;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** The printable packing slip of a parcel: one A4/A6-friendly HTML page, every value escaped. */
final class PackingSlipPage {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private PackingSlipPage() {
    }

    static String render(Shipment parcel, String carrierName, List<OrderSnapshot> orders) {
        StringBuilder rows = new StringBuilder();
        StringBuilder collect = new StringBuilder();
        for (OrderSnapshot order : orders) {
            rows.append("<tr><td>").append(escape(order.skuCode())).append("</td><td>")
                    .append(escape(order.productName())).append("</td><td class=\"n\">").append(order.quantity())
                    .append("</td><td class=\"n\">").append(escape(order.id().toString().substring(0, 8))).append("</td></tr>\n");
            if (order.toCollect() != null) {
                collect.append("<li>").append(escape(order.toCollect().amount().toPlainString())).append(' ')
                        .append(escape(order.toCollect().currency())).append(" for order ")
                        .append(escape(order.id().toString().substring(0, 8))).append("</li>");
            }
        }
        return """
                <!doctype html>
                <html lang="en"><head><meta charset="utf-8"><title>Packing slip %s</title>
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <style>
                body{font:14px/1.4 system-ui,sans-serif;margin:1.5rem;color:#111}
                h1{font-size:1.3rem;margin:0 0 .5rem} .tn{font:700 1.6rem monospace;letter-spacing:.05em}
                table{border-collapse:collapse;width:100%%;margin:1rem 0} td,th{border:1px solid #999;padding:.3rem .5rem;text-align:left}
                .n{text-align:right} .cod{border:2px solid #111;padding:.5rem 1rem} @media print{button{display:none}}
                </style></head><body>
                <h1>Packing slip</h1>
                <p>Carrier <strong>%s</strong> · tracking number</p><p class="tn">%s</p>
                <p>Parcel %s · shipped %s · buyer %s</p>
                <table><thead><tr><th>SKU</th><th>Item</th><th class="n">Qty</th><th class="n">Order</th></tr></thead>
                <tbody>
                %s</tbody></table>
                %s
                <button onclick="window.print()">Print</button>
                </body></html>
                """.formatted(escape(parcel.trackingNumber), escape(carrierName), escape(parcel.trackingNumber),
                escape(parcel.id.toString()), DAY.format(parcel.shippedAt), escape(parcel.buyerId.substring(0, Math.min(8,
                        parcel.buyerId.length()))), rows,
                collect.isEmpty() ? "" : "<div class=\"cod\"><strong>Cash on delivery:</strong> collect<ul>" + collect
                        + "</ul></div>");
    }

    /** Text as HTML text: nothing a merchant or buyer typed is ever interpreted as markup. */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
