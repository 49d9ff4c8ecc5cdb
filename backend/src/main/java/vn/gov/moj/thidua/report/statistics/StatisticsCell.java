package vn.gov.moj.thidua.report.statistics;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "StatisticsCell", description = "The records counted in one cell of a statistics form")
public record StatisticsCell(
        @Schema(required = true, examples = "0602") String form,
        @Schema(required = true, examples = "2019") int year,
        @Schema(required = true, examples = "09") String row,
        @Schema(required = true, examples = "6.TT") String column,
        @Schema(required = true, examples = "1") long count,
        @Schema(required = true) List<Record> records) {

    @Schema(name = "StatisticsCellRecord")
    public record Record(
            @Schema(required = true, description = "The campaign or the awards-ledger row") UUID id,
            @Schema(required = true, description = "CAMPAIGN or AWARD", examples = "AWARD") String kind,
            @Schema(required = true, examples = "Cục Trợ giúp pháp lý — Cờ thi đua của Chính phủ") String label,
            @Schema(required = true, examples = "QĐ số 123/QĐ-TTg ngày 15/03/2020") String detail,
            @Schema(required = true) LocalDate date) {
    }
}
