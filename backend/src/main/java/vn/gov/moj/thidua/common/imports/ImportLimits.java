package vn.gov.moj.thidua.common.imports;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The bounds of every spreadsheet import ({@code thidua.imports.*}, configured once in application.properties),
 * checked by {@link BoundedWorkbook} before a workbook is inflated and parsed.
 */
@ConfigMapping(prefix = "thidua.imports")
public interface ImportLimits {

    /** Most entries (parts) in the .xlsx package. */
    @WithDefault("200")
    int maxEntries();

    /** Most bytes one part may inflate to. */
    @WithDefault("67108864")
    long maxEntryBytes();

    /** Most bytes all parts together may inflate to. */
    @WithDefault("134217728")
    long maxTotalBytes();

    /** Highest ratio of inflated to compressed bytes of a part, checked once the part passes {@link #ratioGraceBytes()}. */
    @WithDefault("100")
    int maxInflateRatio();

    /** Inflated bytes of a part below which the ratio is not checked (small parts compress very well). */
    @WithDefault("1048576")
    long ratioGraceBytes();

    /** Most rows of a sheet (CSV: lines). */
    @WithDefault("20000")
    int maxRows();

    /** Highest column a cell may be in (1 = A). */
    @WithDefault("50")
    int maxColumns();

    /** Highest row number a row or cell may name (r="…"); rows are numbered from 1. */
    @WithDefault("100000")
    int maxRowIndex();
}
