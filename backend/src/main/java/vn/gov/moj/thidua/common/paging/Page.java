package vn.gov.moj.thidua.common.paging;

import java.util.List;
import java.util.function.Function;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a list; {@code page} counts from 0. */
public record Page<T>(
        @Schema(required = true) List<T> items,
        @Schema(required = true, description = "Page index, from 0", examples = "0") int page,
        @Schema(required = true, description = "Page size, at most 200", examples = "20") int size,
        @Schema(required = true, description = "Matching items on all pages", examples = "57") long total) {

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), page, size, total);
    }
}
