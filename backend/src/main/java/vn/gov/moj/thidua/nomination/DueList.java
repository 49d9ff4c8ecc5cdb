package vn.gov.moj.thidua.nomination;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DueList", description = "Who is due a proposal (đủ điều kiện đề nghị) in the scope and year, a page of rows and the counts")
public record DueList(
        @Schema(required = true, description = "The emulation year judged", examples = "2025") int year,
        @Schema(description = "The year's emulation period (for a draft dossier)") UUID periodId,
        @Schema(description = "The unit whose subtree is listed; empty: the whole sector") UUID unitId,
        @Schema(required = true, description = "Eligible rows in the scope (all kinds, before paging)", examples = "12") long eligible,
        @Schema(required = true, description = "Almost eligible rows", examples = "5") long almost,
        @Schema(required = true, description = "Eligible rows at commune or district level", examples = "4") long eligibleFrontline,
        @Schema(required = true) List<DueListRow> items,
        @Schema(required = true, examples = "0") int page,
        @Schema(required = true, examples = "20") int size,
        @Schema(required = true, description = "Rows matching the filters on all pages", examples = "17") long total) {
}
