package vn.gov.moj.thidua.report;

import java.util.ArrayList;
import java.util.List;

/** Each report's exportable tables, Vietnamese headers. */
final class ReportTables {

    private ReportTables() {
    }

    static List<ReportTable> of(AwardsReport r) {
        List<List<Object>> levels = new ArrayList<>();
        for (AwardsReport.LevelReach l : r.byLevel()) {
            levels.add(List.of(l.level().name(), l.awards(), l.individualAwards(), l.collectiveAwards(), l.share()));
        }
        levels.add(List.of("TONG", r.awards(), r.individualAwards(), r.collectiveAwards(), ReportService.share(r.awards(), r.awards())));
        AwardsReport.StaffReach s = r.staff();
        List<List<Object>> staff = List.of(List.of("Khen cá nhân", s.individualAwards()), List.of("Lãnh đạo", s.leaderAwards()),
                List.of("Công chức trực tiếp", s.frontlineAwards()), List.of("Tỉ lệ trực tiếp", s.frontlineShare()),
                List.of("Trực tiếp cấp xã", s.communeFrontlineAwards()));
        List<List<Object>> types = r.byAwardType().stream().map(t -> List.<Object>of(t.awardTypeCode(), t.awardTypeName(), t.awards(),
                t.ministry(), t.provincial(), t.district(), t.commune(), t.frontline())).toList();
        List<List<Object>> years = r.byYear().stream().map(y -> List.<Object>of(y.year(), y.awards(), y.commune(), y.frontline())).toList();
        List<List<Object>> kinds = r.byUnitKind().stream().map(k -> List.<Object>of(k.unitKind().name(), k.level().name(), k.awards())).toList();
        return List.of(
                new ReportTable("Theo cấp", List.of("Cấp", "Số khen thưởng", "Cá nhân", "Tập thể", "Tỉ lệ"), levels),
                new ReportTable("Lãnh đạo - trực tiếp", List.of("Chỉ tiêu", "Giá trị"), staff),
                new ReportTable("Theo hình thức", List.of("Mã", "Hình thức", "Tổng", "Cấp Bộ", "Cấp tỉnh", "Cấp huyện", "Cấp xã", "Trực tiếp"), types),
                new ReportTable("Theo năm", List.of("Năm", "Tổng", "Cấp xã", "Trực tiếp"), years),
                new ReportTable("Theo loại đơn vị", List.of("Loại đơn vị", "Cấp", "Số khen thưởng"), kinds));
    }

    static List<ReportTable> of(CampaignParticipationReport r) {
        List<List<Object>> rows = r.rows().stream().map(c -> List.<Object>of(c.title(), c.status(), c.scope(), c.startDate().toString(),
                c.endDate().toString(), c.targetUnits(), c.registeredUnits(), c.interimReportedUnits(), c.finalReportedUnits(),
                c.overdueUnits(), c.registrations(), c.approvedRegistrations())).toList();
        return List.of(new ReportTable("Phong trào", List.of("Phong trào", "Trạng thái", "Phạm vi", "Bắt đầu", "Kết thúc", "Đơn vị được giao",
                "Đã đăng ký", "Đã sơ kết", "Đã tổng kết", "Quá hạn", "Lượt đăng ký", "Đã duyệt"), rows));
    }

    static List<ReportTable> of(ScoringOverview r) {
        List<List<Object>> rows = new ArrayList<>();
        for (ScoringOverview.ClusterRow c : r.clusters()) {
            List<Object> row = new ArrayList<>(List.of(c.periodLabel(), c.clusterName(), c.members(), c.submittedSheets(), c.verifiedSheets(),
                    c.lockedSheets()));
            row.add(c.topUnitName());
            row.add(c.topTotal());
            row.addAll(List.of(c.selfTotal(), c.verifiedTotal(), c.cut(), c.criteriaCut()));
            rows.add(row);
        }
        return List.of(new ReportTable("Chấm điểm", List.of("Kỳ", "Cụm", "Thành viên", "Đã nộp", "Đã thẩm định", "Đã khóa", "Dẫn đầu",
                "Điểm dẫn đầu", "Tự chấm", "Thẩm định", "Bị trừ", "Tiêu chí bị trừ"), rows));
    }

    static List<ReportTable> of(UnitHistory r) {
        List<List<Object>> years = new ArrayList<>();
        for (UnitHistory.Year y : r.years()) {
            List<Object> row = new ArrayList<>(List.of(y.year(), y.collectiveAwards(), y.individualAwards()));
            row.add(y.rank());
            row.add(y.total());
            years.add(row);
        }
        List<List<Object>> awards = r.awards().stream().map(a -> List.<Object>of(a.year(), a.awardTypeCode(), a.awardTypeName(),
                a.individual() ? "Cá nhân" : "Tập thể", a.unitName(), a.awards())).toList();
        List<List<Object>> scores = r.scores().stream().map(s -> List.<Object>of(s.periodLabel(), s.clusterName(), s.unitName(), s.status(),
                s.total(), s.selfTotal(), s.rank(), s.rankedUnits())).toList();
        return List.of(new ReportTable("Theo năm", List.of("Năm", "Khen tập thể", "Khen cá nhân", "Hạng", "Tổng điểm"), years),
                new ReportTable("Khen thưởng", List.of("Năm", "Mã", "Hình thức", "Đối tượng", "Đơn vị", "Số lượng"), awards),
                new ReportTable("Chấm điểm", List.of("Kỳ", "Cụm", "Đơn vị", "Trạng thái", "Tổng điểm", "Tự chấm", "Hạng", "Số đơn vị"), scores));
    }
}
