package vn.gov.moj.thidua.org;

import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Unit", description = "Đơn vị — a unit of the justice sector")
public record UnitView(
        @Schema(required = true) UUID id,
        @Schema(required = true, examples = "Cục Trợ giúp pháp lý") String name,
        @Schema(examples = "Cục TGPL") String shortName,
        @Schema(required = true) UnitKind kind,
        @Schema(examples = "Hà Nội") String province,
        UUID parentId,
        @Schema(examples = "Bộ Tư pháp") String parentName,
        @Schema(required = true, examples = "2008-01-01") LocalDate validFrom,
        LocalDate validTo,
        @Schema(description = "The unit that took over after a merger") UUID successorId,
        @Schema(required = true, description = "Also sent as the ETag") long version) {

    /** The constructor expression of a read over {@link #FROM}. */
    static final String SELECT = "new vn.gov.moj.thidua.org.UnitView(e.id, e.name, e.shortName, e.kind, e.province, e.parentId, "
            + "p.name, e.validFrom, e.validTo, e.successorId, e.version)";
    static final String FROM = "Unit e left join Unit p on p.id = e.parentId";

    static UnitView of(Unit unit, String parentName) {
        return new UnitView(unit.id, unit.name, unit.shortName, unit.kind, unit.province, unit.parentId, parentName,
                unit.validFrom, unit.validTo, unit.successorId, unit.version);
    }
}
