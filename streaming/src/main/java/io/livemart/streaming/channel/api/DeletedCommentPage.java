package io.livemart.streaming.channel.api;

import java.util.List;

/** One page of deleted comments, newest first, with how many there are in all. */
public record DeletedCommentPage(List<DeletedCommentView> items, int page, int size, long total) {
}
