package io.livemart.core.notification.api;

import java.util.List;

/** One page of the caller's inbox, newest first, with the totals. */
public record NotificationPage(List<NotificationView> items, int page, int size, long total, long unread) {
}
