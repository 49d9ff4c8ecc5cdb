package vn.gov.moj.thidua.inbox;

import java.sql.Date;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import vn.gov.moj.thidua.common.security.CurrentUser;
import vn.gov.moj.thidua.common.security.Roles;
import vn.gov.moj.thidua.inbox.InboxItem.Kind;

/**
 * Builds the caller's inbox: for each of their roles a few set-based queries (one per kind of item), each
 * returning (id, title, detail, due) rows; a deadline before today marks the item overdue.
 */
@ApplicationScoped
public class InboxService {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final int LIMIT = 100;

    /** One kind of item: who gets it, what it points at, and the query (columns: id, title, detail, due). */
    record Source(Kind kind, String role, String objectType, String route, String sql) {
    }

    private static final String NOMINEE = """
            SELECT n.id, t.name, coalesce(p.full_name, nu.name) || ' — ' || u.name, CAST(NULL AS date)
            FROM nomination n JOIN award_type t ON t.id = n.award_type_id JOIN unit u ON u.id = n.unit_id
            LEFT JOIN person p ON p.id = n.person_id LEFT JOIN unit nu ON nu.id = n.nominee_unit_id
            """;

    private static final String SHEET = """
            SELECT s.id, c.name, s.status, CAST(NULL AS date)
            FROM score_sheet s JOIN cluster c ON c.id = s.cluster_id JOIN scoring_template st ON st.id = s.template_id
            JOIN unit u ON u.id = s.unit_id
            """;

    private static final String LED_CLUSTERS = """
            (SELECT m.cluster_id FROM cluster_member m WHERE m.unit_id = :unit AND m.role IN ('HEAD', 'DEPUTY'))""";

    static final List<Source> SOURCES = List.of(
            // the unit's TĐKT officer
            new Source(Kind.CAMPAIGN_TO_REGISTER, Roles.UNIT_OFFICER, "CAMPAIGN", "/campaigns/%s", """
                    SELECT c.id, c.title, CAST(NULL AS varchar), coalesce(c.registration_deadline, c.end_date)
                    FROM campaign c JOIN campaign_target_unit t ON t.campaign_id = c.id AND t.unit_id = :unit
                    WHERE c.status IN ('LAUNCHED', 'IN_PROGRESS') AND coalesce(c.registration_deadline, c.end_date) >= :today
                      AND NOT EXISTS (SELECT 1 FROM registration r WHERE r.campaign_id = c.id AND r.unit_id = :unit)"""),
            new Source(Kind.CAMPAIGN_REPORT_DUE, Roles.UNIT_OFFICER, "CAMPAIGN", "/campaigns/%s", """
                    SELECT c.id, c.title, st.stage, CASE st.stage WHEN 'INTERIM' THEN c.interim_report_due ELSE c.final_report_due END
                    FROM campaign c JOIN campaign_target_unit t ON t.campaign_id = c.id AND t.unit_id = :unit
                    CROSS JOIN (VALUES ('INTERIM'), ('FINAL')) AS st(stage)
                    WHERE c.status IN ('LAUNCHED', 'IN_PROGRESS', 'FINAL_REVIEW')
                      AND (CASE st.stage WHEN 'INTERIM' THEN c.interim_report_due ELSE c.final_report_due END) IS NOT NULL
                      AND NOT EXISTS (SELECT 1 FROM campaign_report cr WHERE cr.campaign_id = c.id AND cr.unit_id = :unit
                                      AND cr.stage = st.stage)"""),
            new Source(Kind.REGISTRATION_RETURNED, Roles.UNIT_OFFICER, "CAMPAIGN", "/campaigns/%s", """
                    SELECT c.id, c.title, min(r.return_reason), coalesce(c.registration_deadline, c.end_date)
                    FROM registration r JOIN campaign c ON c.id = r.campaign_id
                    WHERE r.unit_id = :unit AND r.status = 'RETURNED'
                    GROUP BY c.id, c.title, c.registration_deadline, c.end_date"""),
            new Source(Kind.SHEET_TO_FILL, Roles.UNIT_OFFICER, "SCORE_SHEET", "/scoring/sheets/%s",
                    SHEET + " WHERE s.unit_id = :unit AND s.status IN ('DRAFT', 'RETURNED')"),
            new Source(Kind.NOMINATION_RETURNED, Roles.UNIT_OFFICER, "NOMINATION", "/nominations/%s",
                    NOMINEE + " WHERE n.unit_id = :unit AND n.status = 'RETURNED'"),
            // the unit's head: what awaits their signature, and their unit's ballot
            new Source(Kind.REGISTRATIONS_TO_SUBMIT, Roles.UNIT_HEAD, "CAMPAIGN", "/campaigns/%s", """
                    SELECT c.id, c.title, CAST(count(*) AS varchar), coalesce(c.registration_deadline, c.end_date)
                    FROM registration r JOIN campaign c ON c.id = r.campaign_id
                    WHERE r.unit_id = :unit AND r.status = 'DRAFT'
                    GROUP BY c.id, c.title, c.registration_deadline, c.end_date"""),
            new Source(Kind.SHEET_TO_SUBMIT, Roles.UNIT_HEAD, "SCORE_SHEET", "/scoring/sheets/%s",
                    SHEET + " WHERE s.unit_id = :unit AND s.status IN ('DRAFT', 'RETURNED')"),
            new Source(Kind.NOMINATION_TO_SUBMIT, Roles.UNIT_HEAD, "NOMINATION", "/nominations/%s",
                    NOMINEE + " WHERE n.unit_id = :unit AND n.status = 'DRAFT'"),
            new Source(Kind.BALLOT_TO_CAST, Roles.UNIT_HEAD, "VOTING_SESSION", "/voting/%s/ballot", """
                    SELECT v.id, v.title, CAST(v.round AS varchar), v.session_date
                    FROM voting_session v
                    WHERE v.status = 'OPEN' AND v.purpose = 'CLUSTER_ELECTION'
                      AND v.electorate @> jsonb_build_array(jsonb_build_object('key', CAST(:unit AS varchar)))
                      AND NOT EXISTS (SELECT 1 FROM vote_participation vp WHERE vp.session_id = v.id AND vp.round = v.round
                                      AND vp.voter_key = CAST(:unit AS varchar))"""),
            // the cluster lead (head or deputy unit of a cluster)
            new Source(Kind.SHEET_TO_VERIFY, Roles.CLUSTER_LEAD, "SCORE_SHEET", "/scoring/sheets/%s", """
                    SELECT s.id, c.name, u.name, CAST(NULL AS date)
                    FROM score_sheet s JOIN cluster c ON c.id = s.cluster_id JOIN scoring_template st ON st.id = s.template_id
                    JOIN unit u ON u.id = s.unit_id
                    WHERE s.cluster_id IN """ + LED_CLUSTERS + """
                     AND s.unit_id <> :unit
                      AND ((s.status = 'SUBMITTED' AND NOT st.requires_certification) OR s.status = 'CERTIFIED')"""),
            new Source(Kind.SHEET_TO_LOCK, Roles.CLUSTER_LEAD, "SCORE_SHEET", "/scoring/sheets/%s", """
                    SELECT s.id, c.name, u.name, CAST(NULL AS date)
                    FROM score_sheet s JOIN cluster c ON c.id = s.cluster_id JOIN unit u ON u.id = s.unit_id
                    WHERE s.cluster_id IN """ + LED_CLUSTERS + " AND s.unit_id <> :unit AND s.status = 'VERIFIED'"),
            new Source(Kind.SESSION_TO_RUN, Roles.CLUSTER_LEAD, "VOTING_SESSION", "/voting/%s", """
                    SELECT v.id, v.title, v.status, v.session_date
                    FROM voting_session v
                    WHERE v.purpose = 'CLUSTER_ELECTION' AND v.status IN ('DRAFT', 'OPEN', 'CLOSED', 'TALLIED')
                      AND v.cluster_id IN """ + LED_CLUSTERS),
            // the secretariat's queues
            new Source(Kind.REGISTRATIONS_TO_APPROVE, Roles.SECRETARIAT, "CAMPAIGN", "/campaigns/%s", """
                    SELECT c.id, c.title, CAST(count(*) AS varchar), coalesce(c.registration_deadline, c.end_date)
                    FROM registration r JOIN campaign c ON c.id = r.campaign_id
                    WHERE r.status = 'SUBMITTED'
                    GROUP BY c.id, c.title, c.registration_deadline, c.end_date"""),
            new Source(Kind.SHEET_TO_CERTIFY, Roles.SECRETARIAT, "SCORE_SHEET", "/scoring/sheets/%s", """
                    SELECT s.id, c.name, u.name, CAST(NULL AS date)
                    FROM score_sheet s JOIN cluster c ON c.id = s.cluster_id JOIN scoring_template st ON st.id = s.template_id
                    JOIN unit u ON u.id = s.unit_id
                    WHERE s.status = 'SUBMITTED' AND st.requires_certification"""),
            new Source(Kind.NOMINATION_TO_RECEIVE, Roles.SECRETARIAT, "NOMINATION", "/nominations/%s",
                    NOMINEE + " WHERE n.status = 'SUBMITTED'"),
            new Source(Kind.NOMINATION_TO_APPRAISE, Roles.SECRETARIAT, "NOMINATION", "/nominations/%s",
                    NOMINEE + " WHERE n.status IN ('RECEIVED', 'APPRAISING')"),
            new Source(Kind.DECISION_TO_ISSUE, Roles.SECRETARIAT, "NOMINATION", "/nominations/%s",
                    NOMINEE + " WHERE n.status = 'APPROVED'"),
            new Source(Kind.SESSION_TO_RUN, Roles.SECRETARIAT, "VOTING_SESSION", "/voting/%s", """
                    SELECT v.id, v.title, v.status, v.session_date
                    FROM voting_session v
                    WHERE v.purpose = 'COUNCIL_REVIEW' AND v.status IN ('DRAFT', 'OPEN', 'CLOSED', 'TALLIED')"""),
            // council members
            new Source(Kind.AGENDA_ITEM, Roles.COUNCIL_MEMBER, "NOMINATION", "/nominations/%s",
                    NOMINEE + " WHERE n.status = 'ON_AGENDA'"),
            new Source(Kind.BALLOT_TO_CAST, Roles.COUNCIL_MEMBER, "VOTING_SESSION", "/voting/%s/ballot", """
                    SELECT v.id, v.title, CAST(v.round AS varchar), v.session_date
                    FROM voting_session v
                    WHERE v.status = 'OPEN' AND v.purpose = 'COUNCIL_REVIEW'
                      AND v.electorate @> jsonb_build_array(jsonb_build_object('key', CAST(:user AS varchar)))
                      AND NOT EXISTS (SELECT 1 FROM vote_participation vp WHERE vp.session_id = v.id AND vp.round = v.round
                                      AND vp.voter_key = CAST(:user AS varchar))"""));

    @Inject
    EntityManager em;

    @Inject
    CurrentUser user;

    public Inbox inbox() {
        LocalDate today = LocalDate.now(VIETNAM);
        Optional<UUID> unit = user.unitId();
        List<InboxItem> items = new ArrayList<>();
        for (Source source : SOURCES) {
            if (!user.hasRole(source.role()) || (source.sql().contains(":unit") && unit.isEmpty())) {
                continue;
            }
            Query query = em.createNativeQuery(source.sql() + " LIMIT " + LIMIT);
            if (source.sql().contains(":unit")) {
                query.setParameter("unit", unit.get());
            }
            if (source.sql().contains(":today")) {
                query.setParameter("today", today);
            }
            if (source.sql().contains(":user")) {
                query.setParameter("user", user.username());
            }
            @SuppressWarnings("unchecked")
            List<Object[]> rows = query.getResultList();
            for (Object[] r : rows) {
                UUID id = (UUID) r[0];
                LocalDate due = date(r[3]);
                items.add(new InboxItem(source.kind(), source.role(), source.objectType(), id, (String) r[1], (String) r[2], due,
                        due != null && due.isBefore(today), source.route().formatted(id)));
            }
        }
        items.sort(Comparator.comparing((InboxItem i) -> !i.overdue())
                .thenComparing(InboxItem::due, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(InboxItem::title));
        return new Inbox(today, user.roles(), unit.orElse(null), items.size(), (int) items.stream().filter(InboxItem::overdue).count(),
                items);
    }

    private static LocalDate date(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof LocalDate d ? d : ((Date) value).toLocalDate();
    }
}
