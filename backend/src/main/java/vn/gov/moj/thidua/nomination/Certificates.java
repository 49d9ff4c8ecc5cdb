package vn.gov.moj.thidua.nomination;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import vn.gov.moj.thidua.catalog.AwardType;
import vn.gov.moj.thidua.common.document.AuditAnchor;
import vn.gov.moj.thidua.common.document.PrintAnchor;
import vn.gov.moj.thidua.common.problem.ApiProblem;
import vn.gov.moj.thidua.common.problem.Text;
import vn.gov.moj.thidua.common.security.CurrentUser;
import vn.gov.moj.thidua.common.security.Roles;
import vn.gov.moj.thidua.org.Person;
import vn.gov.moj.thidua.org.UnitDirectory;

/**
 * Print certificates: one award's (a reprint from the ledger, checked against {@link CertificateAccess}), or every
 * awardee of a decision as one PDF or a ZIP with one PDF each. A revoked award's certificate is marked revoked.
 */
@ApplicationScoped
public class Certificates {

    static final String ZIP = "application/zip";

    /** A printed file: its name and bytes. */
    public record File(String name, byte[] content) {
    }

    @Inject
    AwardRepository awards;

    @Inject
    AuditAnchor anchors;

    @Inject
    DecisionService decisions;

    @Inject
    EntityManager em;

    @Inject
    AwardLedger ledger;

    @Inject
    CurrentUser caller;

    @Inject
    UnitDirectory directory;

    @ConfigProperty(name = "thidua.certificates.place", defaultValue = "Hà Nội")
    String place;

    public File ofAward(UUID awardId) {
        Award award = awards.findById(awardId);
        if (award == null) {
            throw ApiProblem.notFound("Award", awardId);
        }
        UUID unit = award.unitId != null ? award.unitId : personUnit(award.personId);
        if (!CertificateAccess.mayPrint(caller.hasAnyRole(List.of(Roles.ADMIN, Roles.SECRETARIAT)),
                caller.hasAnyRole(List.of(Roles.UNIT_HEAD, Roles.UNIT_OFFICER)), caller.unitId(), unit)) {
            throw ApiProblem.forbidden(Text.of("certificate.not-yours"));
        }
        Decision decision = award.decisionId == null ? null : em.find(Decision.class, award.decisionId);
        return print(ledger.views(List.of(award)).get(0), decision, anchors.current());
    }

    /** Every awardee of the decision, revoked ones marked; {@code zip} one file each, else one PDF. */
    public File ofDecision(UUID decisionId, boolean zip) {
        Decision decision = decisions.find(decisionId);
        List<AwardView> rows = ledger.views(awards.list("decisionId = ?1 order by createdAt, id", decisionId));
        PrintAnchor anchor = anchors.current();
        String base = "bang-khen-" + safe(decision.number);
        if (!zip) {
            // consecutive awardees of one form are laid out as one document (one font load); runs are then merged
            List<byte[]> runs = new ArrayList<>();
            List<CertificatePdf.Page> run = new ArrayList<>();
            CertificateForm runForm = null;
            for (AwardView a : rows) {
                CertificateForm form = formOf(a);
                if (form != runForm && !run.isEmpty()) {
                    runs.add(CertificatePdf.renderAll(runForm, run, anchor));
                    run = new ArrayList<>();
                }
                runForm = form;
                run.add(page(a, decision, form));
            }
            if (!run.isEmpty()) {
                runs.add(CertificatePdf.renderAll(runForm, run, anchor));
            }
            return new File(base + ".pdf", runs.size() == 1 ? runs.get(0) : CertificatePdf.merge(runs));
        }
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (AwardView a : rows) {
            File f = print(a, decision, anchor);
            files.put(String.format(Locale.ROOT, "%03d-%s", files.size() + 1, f.name()), f.content());
        }
        return new File(base + ".zip", zip(files));
    }

    private CertificateForm formOf(AwardView a) {
        AwardType type = em.find(AwardType.class, a.awardTypeId());
        return CertificateForm.of(type.kind, type.level);
    }

    private File print(AwardView a, Decision decision, PrintAnchor anchor) {
        CertificateForm form = formOf(a);
        boolean person = a.personName() != null;
        String name = safe(form.title + "-" + (person ? a.personName() : a.unitName()) + "-" + a.year()) + ".pdf";
        return new File(name, CertificatePdf.render(form, page(a, decision, form), anchor));
    }

    private CertificatePdf.Page page(AwardView a, Decision decision, CertificateForm form) {
        AwardType type = em.find(AwardType.class, a.awardTypeId());
        String grantorTitle = decision != null ? decision.signerTitle : a.decidedBy() != null ? a.decidedBy() : type.decidedBy;
        String grantor = grantorTitle == null ? "" : grantorTitle.toUpperCase(Locale.forLanguageTag("vi"));
        boolean person = a.personName() != null;
        String awardee = person ? "Ông/Bà " + a.personName() : a.unitName();
        String unit = person ? personUnitName(a.personId()) : null;
        String achievement = form == CertificateForm.GIAY_CHUNG_NHAN
                ? "Đạt danh hiệu " + a.awardTypeName() + " năm " + a.year()
                : "Đã có thành tích xuất sắc trong phong trào thi đua năm " + a.year();
        return new CertificatePdf.Page(form.title, grantor, awardee, unit, a.awardTypeName(), achievement,
                a.decisionNumber(), DecisionDocuments.DATE.format(a.decisionDate()), CertificatePdf.placeAndDate(place, a.decisionDate()),
                grantorTitle, decision != null ? decision.signer : "", a.revoked() ? String.valueOf(a.revocationGrounds()) : null);
    }

    private UUID personUnit(UUID personId) {
        Person p = personId == null ? null : em.find(Person.class, personId);
        return p == null ? null : p.unitId;
    }

    private String personUnitName(UUID personId) {
        UUID unit = personUnit(personId);
        return directory.nameOf(unit);
    }

    /** A file name of ASCII letters, digits and dashes: Vietnamese letters lose their marks (đ → d). */
    static String safe(String text) {
        String plain = java.text.Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        return plain.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

    private static byte[] zip(Map<String, byte[]> files) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> f : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(f.getKey()));
                zip.write(f.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
