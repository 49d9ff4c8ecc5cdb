package vn.gov.moj.thidua.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import vn.gov.moj.thidua.org.UnitKind;

class ReachLevelTest {

    @Test
    void shouldPlaceEachUnitKindAtItsAdministrativeLevel() {
        assertThat(ReachLevel.of(UnitKind.XA)).isEqualTo(ReachLevel.COMMUNE);
        assertThat(ReachLevel.of(UnitKind.PHONG_TU_PHAP)).isEqualTo(ReachLevel.DISTRICT);
        assertThat(ReachLevel.of(UnitKind.THADS_KHU_VUC)).isEqualTo(ReachLevel.DISTRICT);
        assertThat(ReachLevel.of(UnitKind.SO_TU_PHAP)).isEqualTo(ReachLevel.PROVINCIAL);
        assertThat(ReachLevel.of(UnitKind.THADS_TINH)).isEqualTo(ReachLevel.PROVINCIAL);
        for (UnitKind kind : new UnitKind[] { UnitKind.BO, UnitKind.VU, UnitKind.CUC, UnitKind.TONG_CUC, UnitKind.VAN_PHONG,
                UnitKind.THANH_TRA, UnitKind.SU_NGHIEP }) {
            assertThat(ReachLevel.of(kind)).as(kind.name()).isEqualTo(ReachLevel.MINISTRY);
        }
    }

    @Test
    void shouldRoundSharesToFourDecimalsAndGiveZeroForNothing() {
        assertThat(ReportService.share(1, 3)).isEqualByComparingTo("0.3333");
        assertThat(ReportService.share(2, 3)).isEqualByComparingTo("0.6667");
        assertThat(ReportService.share(0, 0)).isEqualByComparingTo("0");
    }
}
