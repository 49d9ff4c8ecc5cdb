package vn.gov.moj.thidua.common.paging;

import java.util.List;
import java.util.function.Function;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a list; {@code page} counts from 0. */
public record Page<T>(
        @Schema(required = true) List<T> items,
        @Schema(required = true, description = "Page index, from 0", examples = "0") int page,
        @Schema(required = true, description = "Page size, at most 200", examples = "20") int size,
        @Schema(required = true, description = "Matching items on all pages (when totalCapped: at least this many)", examples = "57") long total,
        @Schema(description = "True when the count stopped at its cap (a search counts at most 1,000 matches): "
                + "show \"more than total\"") boolean totalCapped) {

    public Page(List<T> items, int page, int size, long total) {
        this(items, page, size, total, false);
    }

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), page, size, total, totalCapped);
    }
}
