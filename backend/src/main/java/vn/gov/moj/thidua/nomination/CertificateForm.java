package vn.gov.moj.thidua.nomination;

import vn.gov.moj.thidua.catalog.AwardKind;
import vn.gov.moj.thidua.catalog.AwardLevel;

/**
 * The printed form of an award's certificate, each with its layout in {@code templates/nomination/certificates/}.
 * Luật Thi đua, khen thưởng 2022 and Nghị định 98/2023/NĐ-CP (Điều 74–76, mẫu bằng, giấy khen, giấy chứng nhận):
 * a title (danh hiệu) is certified by a Giấy chứng nhận; a Bằng khen is granted by a minister or above; a
 * Giấy khen by the head of a unit.
 */
enum CertificateForm {
    BANG_KHEN("bang-khen.html", "Bằng khen"),
    GIAY_KHEN("giay-khen.html", "Giấy khen"),
    GIAY_CHUNG_NHAN("giay-chung-nhan.html", "Giấy chứng nhận");

    final String template;
    final String title;

    CertificateForm(String file, String title) {
        this.template = "nomination/certificates/" + file;
        this.title = title;
    }

    static CertificateForm of(AwardKind kind, AwardLevel level) {
        if (kind == AwardKind.TITLE) {
            return GIAY_CHUNG_NHAN;
        }
        return level == AwardLevel.UNIT ? GIAY_KHEN : BANG_KHEN;
    }
}
