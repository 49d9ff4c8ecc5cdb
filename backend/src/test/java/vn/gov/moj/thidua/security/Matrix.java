package vn.gov.moj.thidua.security;

import static vn.gov.moj.thidua.security.AccessMatrixTest.body;
import static vn.gov.moj.thidua.security.AccessMatrixTest.missing;
import static vn.gov.moj.thidua.security.AccessMatrixTest.typed;
import static vn.gov.moj.thidua.security.AccessMatrixTest.row;
import static vn.gov.moj.thidua.security.AccessMatrixTest.u;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.gov.moj.thidua.support.DemoIds;

/**
 * The table of {@link AccessMatrixTest}. Roles, in order: admin, secretariat, council-member, cluster-lead,
 * unit-head, unit-officer, viewer, integration. {@code A} allowed, {@code D} denied. Path parameters name their
 * demo object: {@code {id:#420001}} is demo id 420001, {@code {id:?}} an id that does not exist.
 */
final class Matrix {

    private static final Pattern PARAM = Pattern.compile("\\{(\\w+):([^}]*)}");

    private Matrix() {
    }

    static String template(String path) {
        return PARAM.matcher(path).replaceAll("{$1}");
    }

    static String concrete(String path) {
        Matcher m = PARAM.matcher(path);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = m.group(2);
            String id = value.equals("?") ? AccessMatrixTest.UNKNOWN
                    : value.startsWith("#") ? DemoIds.id(Integer.parseInt(value.substring(1))).toString() : value;
            m.appendReplacement(out, id);
        }
        m.appendTail(out);
        return out.toString();
    }

    static void fill() {
        row("listAuditEvents", "GET", "/api/v1/audit-events", "ADDDDDAD");
        row("verifyAuditChain", "GET", "/api/v1/audit-events/verify", "ADDDDDAD");
        body("verifyAuditChainAgainstCheckpoints", "POST", "/api/v1/audit-events/verify", null, "ADDDDDAD", "ADDDDDAD",
                "{\"checkpoints\":[]}");
        row("downloadAuditCheckpoint", "GET", "/api/v1/audit-events/checkpoint", "ADDDDDAA");
        row("listAwardTypes", "GET", "/api/v1/award-types", "AAAAAAAA");
        row("getInbox", "GET", "/api/v1/inbox", "AAAAAAAA");
        row("getAwardsReport", "GET", "/api/v1/reports/awards", "AADDDDAD");
        row("exportAwardsReport", "GET", "/api/v1/reports/awards/export", "AADDDDAD");
        row("getCampaignParticipationReport", "GET", "/api/v1/reports/campaigns", "AADDDDAD");
        row("exportCampaignParticipationReport", "GET", "/api/v1/reports/campaigns/export", "AADDDDAD");
        row("getScoringOverview", "GET", "/api/v1/reports/scoring", "AADDDDAD");
        row("exportScoringOverview", "GET", "/api/v1/reports/scoring/export", "AADDDDAD");
        row("getYearDashboard", "GET", "/api/v1/reports/year-dashboard", "AADDDDAD");
        row("getStatisticsForm", "GET", "/api/v1/reports/statistics/{form:0601}", "AADDDDAD");
        row("getStatisticsCell", "GET", "/api/v1/reports/statistics/{form:0601}/cells", "AADDDDAD");
        row("exportStatisticsForm", "GET", "/api/v1/reports/statistics/{form:0601}/export", "AADDDDAD");
        row("getUnitHistory", "GET", "/api/v1/reports/units/{id:#201}/history", u(201), "AADAAAAD", "AADDDDAD");
        row("exportUnitHistory", "GET", "/api/v1/reports/units/{id:#201}/history/export", u(201), "AADAAAAD", "AADDDDAD");
        row("createAwardType", "POST", "/api/v1/award-types", "DADDDDDD");
        row("updateAwardType", "PUT", "/api/v1/award-types/{id:#100001}", "DADDDDDD");
        row("getAwardType", "GET", "/api/v1/award-types/{id:#100001}", "AAAAAAAA");
        row("listAwards", "GET", "/api/v1/awards", "AAAAAAAA");
        row("printAwardCertificate", "GET", "/api/v1/awards/{id:#410011}/certificate", u(101), "AADDAADD", "AADDDDDD");
        typed("importAwards", "POST", "/api/v1/awards/imports", null, "DADDDDDD", "None", "text/csv");
        row("getAward", "GET", "/api/v1/awards/{id:#410011}", u(101), "AAAAAAAA", "AAAAAAAA");
        row("revokeAward", "POST", "/api/v1/awards/{id:#410011}/revoke", u(101), "DADDDDDD", "DADDDDDD");
        row("listCampaigns", "GET", "/api/v1/campaigns", "AAAAAAAA");
        row("createCampaign", "POST", "/api/v1/campaigns", "DADDDDDD");
        row("campaignInbox", "GET", "/api/v1/campaigns/inbox", "AAAAAAAD");
        row("listRegistrations", "GET", "/api/v1/campaigns/{campaignId:#110001}/registrations", "AAAAAAAA");
        row("createRegistration", "POST", "/api/v1/campaigns/{campaignId:#110001}/registrations", "DDDDAADD");
        row("getRegistrationTotals", "GET", "/api/v1/campaigns/{campaignId:#110001}/registrations/totals", "AAAAAAAA");
        body("updateRegistration", "PUT", "/api/v1/campaigns/{campaignId:#110001}/registrations/{id:#110101}", u(202), "DDDDAADD", "DDDDDDDD", "{\"awardTypeId\":\"00000000-0000-4000-8000-000000100006\"}");
        row("getRegistration", "GET", "/api/v1/campaigns/{campaignId:#110001}/registrations/{id:#110101}", u(202), "AAAAAAAA", "AAADDDAA");
        row("deleteRegistration", "DELETE", "/api/v1/campaigns/{campaignId:#110001}/registrations/{id:#110101}", u(202), "DDDDAADD", "DDDDDDDD");
        row("approveRegistration", "POST", "/api/v1/campaigns/{campaignId:#110001}/registrations/{id:#110101}/approve", u(202), "DADDDDDD", "DADDDDDD");
        row("getRegistrationHistory", "GET", "/api/v1/campaigns/{campaignId:#110001}/registrations/{id:#110101}/history", u(202), "AAAAAAAA", "AAADDDAA");
        row("returnRegistration", "POST", "/api/v1/campaigns/{campaignId:#110001}/registrations/{id:#110101}/return", u(202), "DADDDDDD", "DADDDDDD");
        row("submitRegistration", "POST", "/api/v1/campaigns/{campaignId:#110001}/registrations/{id:#110101}/submit", u(202), "DDDDADDD", "DDDDDDDD");
        row("updateCampaign", "PUT", "/api/v1/campaigns/{id:#110001}", "DADDDDDD");
        row("classifyCampaign", "PUT", "/api/v1/campaigns/{id:#110001}/classification", "DADDDDDD");
        row("getCampaign", "GET", "/api/v1/campaigns/{id:#110001}", "AAAAAAAA");
        row("closeCampaign", "POST", "/api/v1/campaigns/{id:#110002}/close", "DADDDDDD");
        typed("uploadCampaignDocument", "POST", "/api/v1/campaigns/{id:#110001}/documents", null, "DADDDDDD", "None", "multipart/form-data");
        row("listCampaignDocuments", "GET", "/api/v1/campaigns/{id:#110001}/documents", "AAAAAAAA");
        missing("setAwardMethod", "PUT", "/api/v1/awards/{id:?}/method", "DADDDDDD");
        missing("removeCampaignDocument", "DELETE", "/api/v1/campaigns/{id:#110001}/documents/{documentId:?}", "DADDDDDD");
        missing("downloadCampaignDocument", "GET", "/api/v1/campaigns/{id:#110001}/documents/{documentId:#110401}/content", "AAAAAAAA");
        row("finalReviewCampaign", "POST", "/api/v1/campaigns/{id:#110002}/final-review", "DADDDDDD");
        row("getCampaignHistory", "GET", "/api/v1/campaigns/{id:#110001}/history", "AAAAAAAA");
        row("launchCampaign", "POST", "/api/v1/campaigns/{id:#110001}/launch", "DADDDDDD");
        row("addCampaignLink", "POST", "/api/v1/campaigns/{id:#110001}/links", "DADDDDDD");
        row("getCampaignParticipation", "GET", "/api/v1/campaigns/{id:#110001}/participation", "AAADDDAA");
        row("submitCampaignReport", "POST", "/api/v1/campaigns/{id:#110001}/reports", "DDDDAADD");
        row("listCampaignReports", "GET", "/api/v1/campaigns/{id:#110001}/reports", "AAAAAAAA");
        row("startCampaign", "POST", "/api/v1/campaigns/{id:#110001}/start", "DADDDDDD");
        row("listClusters", "GET", "/api/v1/clusters", "AAAAAAAA");
        row("createCluster", "POST", "/api/v1/clusters", "AADDDDDD");
        row("updateCluster", "PUT", "/api/v1/clusters/{id:#8026}", "AADDDDDD");
        row("getCluster", "GET", "/api/v1/clusters/{id:#8026}", "AAAAAAAA");
        row("getClusterRanking", "GET", "/api/v1/clusters/{id:#8026}/ranking", u(202), "AAAAAAAA", "AAADDDAA");
        row("exportClusterRanking", "GET", "/api/v1/clusters/{id:#8026}/ranking/export", u(202), "AAAAAAAA", "AAADDDAA");
        row("getScoreCuts", "GET", "/api/v1/clusters/{id:#8026}/score-cuts", u(202), "AAAAAAAA", "AAADDDAA");
        row("listCovenants", "GET", "/api/v1/covenants", "AAAAAAAA");
        row("createCovenant", "POST", "/api/v1/covenants", "DADADDDD");
        row("updateCovenant", "PUT", "/api/v1/covenants/{id:#110301}", u(202), "DADADDDD", "DADADDDD");
        row("getCovenant", "GET", "/api/v1/covenants/{id:#110301}", u(202), "AAAAAAAA", "AAAAAAAA");
        row("listDecisions", "GET", "/api/v1/decisions", "AAAAAAAA");
        row("issueDecision", "POST", "/api/v1/decisions", "DADDDDDD");
        missing("getDecision", "GET", "/api/v1/decisions/{id:?}", "AAAAAAAA");
        missing("downloadDecisionList", "GET", "/api/v1/decisions/{id:?}/list", "AAAAAAAA");
        missing("printDecisionCertificates", "GET", "/api/v1/decisions/{id:?}/certificates", "AADDDDDD");
        // no demo decision: an upload to an unknown decision (404 for the secretariat), multipart like the real request
        AccessMatrixTest.MATRIX.put("uploadSignedDecision", new AccessMatrixTest.Row("uploadSignedDecision", "POST",
                "/api/v1/decisions/{id:?}/signed-documents", null, "DADDDDDD", "DADDDDDD", null, null, true, "multipart/form-data"));
        missing("listSignedDecisionDocuments", "GET", "/api/v1/decisions/{id:?}/signed-documents", "AAAAAAAA");
        missing("revokeDecision", "POST", "/api/v1/decisions/{id:?}/revoke", "DADDDDDD");
        row("recordDiscipline", "POST", "/api/v1/discipline-records", "DADDDDDD");
        row("listDisciplineRecords", "GET", "/api/v1/discipline-records", "AADDDDDD");
        row("listInitiatives", "GET", "/api/v1/initiatives", "AAAAAAAA");
        row("createInitiative", "POST", "/api/v1/initiatives", "DADDAADD");
        row("getInitiative", "GET", "/api/v1/initiatives/{id:#400001}", u(201), "AAAAAAAA", "AAAAAAAA");
        row("getMe", "GET", "/api/v1/me", "AAAAAAAA");
        row("listNominations", "GET", "/api/v1/nominations", "AAAAAAAA");
        row("createNomination", "POST", "/api/v1/nominations", "DDDDAADD");
        typed("importNominations", "POST", "/api/v1/nominations/imports", null, "DDDDAADD", "None", "text/csv");
        body("updateNomination", "PUT", "/api/v1/nominations/{id:#420001}", u(201), "DDDDAADD", "DDDDDDDD", "{\"personId\":\"00000000-0000-4000-8000-000000007001\",\"awardTypeId\":\"00000000-0000-4000-8000-000000100003\",\"periodId\":\"00000000-0000-4000-8000-000000009025\",\"achievements\":\"matrix probe\"}");
        row("getNomination", "GET", "/api/v1/nominations/{id:#420001}", u(201), "AADAAADD", "AADDDDDD");
        row("appraiseNomination", "POST", "/api/v1/nominations/{id:#420001}/appraise", u(201), "DADDDDDD", "DADDDDDD");
        row("listNominationComments", "GET", "/api/v1/nominations/{id:#420001}/comments", u(201), "AADAAADD", "AADDDDDD");
        body("commentOnNomination", "POST", "/api/v1/nominations/{id:#420001}/comments", u(201), "DADAAADD", "DADDDDDD", "{\"text\":\"matrix probe\"}");
        row("recordNominationCouncilResult", "POST", "/api/v1/nominations/{id:#420001}/council-result", u(201), "DADDDDDD", "DADDDDDD");
        row("recordNominationCouncilVote", "POST", "/api/v1/nominations/{id:#420001}/council-vote", u(201), "DADDDDDD", "DADDDDDD");
        typed("uploadNominationDocument", "POST", "/api/v1/nominations/{id:#420001}/documents", u(201), "DDDDAADD", "DDDDDDDD", "multipart/form-data");
        row("listNominationDocuments", "GET", "/api/v1/nominations/{id:#420001}/documents", u(201), "AADAAADD", "AADDDDDD");
        missing("removeNominationDocument", "DELETE", "/api/v1/nominations/{id:#420001}/documents/{documentId:?}", "DDDDAADD");
        missing("downloadNominationDocument", "GET", "/api/v1/nominations/{id:#420001}/documents/{documentId:?}/content", "AAAAAAAA");
        row("getNominationEligibility", "GET", "/api/v1/nominations/{id:#420001}/eligibility", u(201), "AADAAADD", "AADDDDDD");
        row("getNominationHistory", "GET", "/api/v1/nominations/{id:#420001}/history", u(201), "AADAAADD", "AADDDDDD");
        row("openNominationPublicComment", "POST", "/api/v1/nominations/{id:#420001}/open-public-comment", u(201), "DADDDDDD", "DADDDDDD");
        row("overrideNominationEligibility", "POST", "/api/v1/nominations/{id:#420001}/override-eligibility", u(201), "DADDDDDD", "DADDDDDD");
        row("putNominationOnAgenda", "POST", "/api/v1/nominations/{id:#420001}/put-on-agenda", u(201), "DADDDDDD", "DADDDDDD");
        row("receiveNomination", "POST", "/api/v1/nominations/{id:#420001}/receive", u(201), "DADDDDDD", "DADDDDDD");
        row("returnNomination", "POST", "/api/v1/nominations/{id:#420001}/return", u(201), "DADDDDDD", "DADDDDDD");
        missing("submitNomination", "POST", "/api/v1/nominations/{id:?}/submit", "DDDDADDD");
        missing("withdrawNomination", "POST", "/api/v1/nominations/{id:?}/withdraw", "DDDDADDD");
        missing("discardNomination", "POST", "/api/v1/nominations/{id:?}/discard", "DADDDDDD");
        row("fileClusterProposal", "POST", "/api/v1/cluster-proposals", "DDDADDDD");
        row("listClusterProposals", "GET", "/api/v1/cluster-proposals", "AAAAAAAA");
        missing("getClusterProposal", "GET", "/api/v1/cluster-proposals/{id:?}", "AAAAAAAA");
        row("getClusterQuotas", "GET", "/api/v1/cluster-quotas/{clusterId:#8019}", "AAAAAAAA");
        row("setClusterQuota", "PUT", "/api/v1/cluster-quotas/{clusterId:#8019}", "DADDDDDD");
        row("listHolidays", "GET", "/api/v1/holidays", "AAAAAAAA");
        row("listDueLists", "GET", "/api/v1/due-lists", "DADDAADD");
        row("addHoliday", "POST", "/api/v1/holidays", "DADDDDDD");
        missing("removeHoliday", "DELETE", "/api/v1/holidays/{id:?}", "DADDDDDD");
        row("listNotifications", "GET", "/api/v1/notifications", "AAAAAAAD");
        missing("markNotificationRead", "POST", "/api/v1/notifications/{id:?}/read", "AAAAAAAA");
        row("listPendingCases", "GET", "/api/v1/pending-cases", "AADDDDDD");
        row("openPendingCase", "POST", "/api/v1/pending-cases", "DADDDDDD");
        row("closePendingCase", "POST", "/api/v1/pending-cases/{id:#430001}/close", "DADDDDDD");
        row("listPeople", "GET", "/api/v1/people", "AAAAAAAA");
        row("createPerson", "POST", "/api/v1/people", "AADDDDDD");
        row("updatePerson", "PUT", "/api/v1/people/{id:#7001}", u(201), "AADDDDDD", "AADDDDDD");
        row("getPerson", "GET", "/api/v1/people/{id:#7001}", u(201), "AAAAAAAA", "AAADDDAA");
        body("ratePerson", "PUT", "/api/v1/people/{id:#7001}/ratings/{year:2099}", u(201), "AADDAADD", "AADDDDDD", "{\"rating\":\"HTXSNV\"}");
        row("listPeriods", "GET", "/api/v1/periods", "AAAAAAAA");
        row("createPeriod", "POST", "/api/v1/periods", "AADDDDDD");
        row("updatePeriod", "PUT", "/api/v1/periods/{id:#9026}", "AADDDDDD");
        row("getPeriod", "GET", "/api/v1/periods/{id:#9026}", "AAAAAAAA");
        row("listRuleParameters", "GET", "/api/v1/rule-parameters", "AAAAAAAA");
        row("createRuleParameter", "POST", "/api/v1/rule-parameters", "DADDDDDD");
        row("getRuleParameter", "GET", "/api/v1/rule-parameters/{id:#100101}", "AAAAAAAA");
        row("getRuleParameterHistory", "GET", "/api/v1/rule-parameters/{id:#100101}/history", "AAAAAAAA");
        row("reviseRuleParameter", "POST", "/api/v1/rule-parameters/{id:#100101}/revisions", "DADDDDDD");
        row("recordPastRuleVersion", "POST", "/api/v1/rule-parameters/{id:#100101}/past-versions", "DADDDDDD");
        // a past year as record-keeping: the secretariat only (the 2019 demo period has ended)
        row("enterHistoryCluster", "POST", "/api/v1/history/periods/{periodId:#9019}/clusters", "DADDDDDD");
        row("enterHistoryCampaign", "POST", "/api/v1/history/periods/{periodId:#9019}/campaigns", "DADDDDDD");
        row("enterHistoryRegistration", "POST", "/api/v1/history/periods/{periodId:#9019}/registrations", "DADDDDDD");
        row("enterHistoryFinalScores", "POST", "/api/v1/history/periods/{periodId:#9019}/final-scores", "DADDDDDD");
        row("enterHistoryElection", "POST", "/api/v1/history/periods/{periodId:#9019}/elections", "DADDDDDD");
        row("enterHistoryDossier", "POST", "/api/v1/history/periods/{periodId:#9019}/dossiers", "DADDDDDD");
        row("enterHistoryDecision", "POST", "/api/v1/history/periods/{periodId:#9019}/decisions", "DADDDDDD");
        row("listRuleParameterVersions", "GET", "/api/v1/rule-parameters/{id:#100101}/versions", "AAAAAAAA");
        row("openScoreSheet", "POST", "/api/v1/score-sheets", "AADDAADD");
        row("listScoreSheets", "GET", "/api/v1/score-sheets", "AAAAAAAA");
        row("getScoreSheet", "GET", "/api/v1/score-sheets/{id:#200101}", u(202), "AAAAAAAA", "AAADDDAA");
        body("certifyScoreSheet", "POST", "/api/v1/score-sheets/{id:#200101}/certify", u(202), "AADDDDDD", "AADDDDDD", "{\"comment\":\"matrix probe\"}");
        row("getScoreSheetHistory", "GET", "/api/v1/score-sheets/{id:#200101}/history", u(202), "AAAAAAAA", "AAADDDAA");
        row("lockScoreSheet", "POST", "/api/v1/score-sheets/{id:#200101}/lock", u(202), "AADDDDDD", "AADDDDDD");
        body("returnScoreSheet", "POST", "/api/v1/score-sheets/{id:#200101}/return", u(202), "AADDDDDD", "AADDDDDD", "{\"comment\":\"matrix probe\"}");
        body("saveSelfScores", "PUT", "/api/v1/score-sheets/{id:#200101}/self-scores", u(202), "DDDDAADD", "DDDDDDDD", "{\"entries\":[{\"criterionCode\":\"A.1\",\"input\":1}]}");
        row("submitScoreSheet", "POST", "/api/v1/score-sheets/{id:#200101}/submit", u(202), "DDDDADDD", "DDDDDDDD");
        typed("uploadEvidenceFile", "POST", "/api/v1/score-sheets/{id:#200101}/evidence-files", u(202), "DDDDAADD", "DDDDDDDD", "multipart/form-data");
        missing("downloadEvidenceFile", "GET", "/api/v1/score-sheets/{id:#200101}/evidence-files/{fileId:?}", "AAAAAAAA");
        body("saveVerification", "PUT", "/api/v1/score-sheets/{id:#200101}/verification", u(202), "DDDADDDD", "DDDDDDDD", "{\"entries\":[{\"criterionCode\":\"A.1\",\"input\":1,\"reason\":\"probe\"}]}");
        row("verifyScoreSheet", "POST", "/api/v1/score-sheets/{id:#200101}/verify", u(202), "DDDDDDDD", "DDDDDDDD");
        row("listScoringTemplates", "GET", "/api/v1/scoring-templates", "AAAAAAAA");
        row("createScoringTemplate", "POST", "/api/v1/scoring-templates", "AADDDDDD");
        typed("importScoringTemplate", "POST", "/api/v1/scoring-templates/import", null, "AADDDDDD", "None", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        row("validateScoringTemplate", "POST", "/api/v1/scoring-templates/validate", "AADDDDDD");
        row("updateScoringTemplate", "PUT", "/api/v1/scoring-templates/{id:#200001}", "AADDDDDD");
        row("getScoringTemplate", "GET", "/api/v1/scoring-templates/{id:#200001}", "AAAAAAAA");
        row("copyScoringTemplate", "POST", "/api/v1/scoring-templates/{id:#200001}/copy", "AADDDDDD");
        row("exportScoringTemplate", "GET", "/api/v1/scoring-templates/{id:#200001}/export", "AAAAAAAA");
        missing("newScoringTemplateVersion", "POST", "/api/v1/scoring-templates/{id:?}/new-version", "AADDDDDD");
        row("publishScoringTemplate", "POST", "/api/v1/scoring-templates/{id:#200001}/publish", "AADDDDDD");
        row("listUnits", "GET", "/api/v1/units", "AAAAAAAA");
        row("createUnit", "POST", "/api/v1/units", "AADDDDDD");
        row("updateUnit", "PUT", "/api/v1/units/{id:#201}", u(201), "AADDDDDD", "AADDDDDD");
        row("getUnit", "GET", "/api/v1/units/{id:#201}", u(201), "AAAAAAAA", "AAAAAAAA");
        row("listVotingSessions", "GET", "/api/v1/voting-sessions", "AAAAAAAA");
        row("createVotingSession", "POST", "/api/v1/voting-sessions", "AADADDDD");
        row("updateVotingSession", "PUT", "/api/v1/voting-sessions/{id:#120003}", u(202), "AADADDDD", "AADADDDD");
        row("getVotingSession", "GET", "/api/v1/voting-sessions/{id:#120003}", u(202), "AADADDDD", "AADDDDDD");
        body("castBallot", "POST", "/api/v1/voting-sessions/{id:#120001}/ballots", u(106), "DDDDADDD", "DDDDDDDD", "{\"choices\":[{\"candidateRef\":\"00000000-0000-4000-8000-000000000106\",\"choice\":\"YES\"}]}");
        body("declareConflict", "POST", "/api/v1/voting-sessions/{id:#120003}/conflicts", u(202), "DDDDDDDD", "DDDDDDDD",
                "{\"candidateRef\":\"00000000-0000-4000-8000-000000000202\",\"reason\":\"Đơn vị của tôi\"}");
        row("closeVotingSession", "POST", "/api/v1/voting-sessions/{id:#120003}/close", u(202), "AADADDDD", "AADDDDDD");
        row("getVotingSessionHistory", "GET", "/api/v1/voting-sessions/{id:#120003}/history", u(202), "AADADDDD", "AADDDDDD");
        row("getVotingMinutes", "GET", "/api/v1/voting-sessions/{id:#120003}/minutes", u(202), "AADADDDD", "AADDDDDD");
        row("listSignedMinutes", "GET", "/api/v1/voting-sessions/{id:#120003}/signed-minutes", u(202), "AADADDDD", "AADDDDDD");
        // the demo draft: its runners reach the check (409, not tallied), others are refused; multipart like the real request
        AccessMatrixTest.MATRIX.put("uploadSignedMinutes", new AccessMatrixTest.Row("uploadSignedMinutes", "POST",
                "/api/v1/voting-sessions/{id:#120003}/signed-minutes", u(202), "AADADDDD", "AADDDDDD", null, null, false, "multipart/form-data"));
        body("openVotingSession", "POST", "/api/v1/voting-sessions/{id:#120001}/open", u(202), "AADDDDDD", "AADDDDDD", "{\"present\":[]}");
        row("paperTallyVotingSession", "POST", "/api/v1/voting-sessions/{id:#120003}/paper-tally", u(202), "AADADDDD", "AADADDDD");
        row("publishVotingSession", "POST", "/api/v1/voting-sessions/{id:#120003}/publish", u(202), "AADADDDD", "AADDDDDD");
        row("getVotingResult", "GET", "/api/v1/voting-sessions/{id:#120003}/result", u(202), "AADADDDD", "AADDDDDD");
        row("createVotingRound", "POST", "/api/v1/voting-sessions/{id:#120003}/rounds", u(202), "AADADDDD", "AADADDDD");
        row("tallyVotingSession", "POST", "/api/v1/voting-sessions/{id:#120003}/tally", u(202), "AADADDDD", "AADDDDDD");
        row("getVotingTurnout", "GET", "/api/v1/voting-sessions/{id:#120003}/turnout", u(202), "AADADDDD", "AADDDDDD");
        row("getElectionManifest", "GET", "/api/v1/voting-sessions/{id:#120003}/election-key", u(202), "AADADDDD", "AADDDDDD");
        row("getVotingBulletin", "GET", "/api/v1/voting-sessions/{id:#120003}/bulletin", u(202), "AADADDDD", "AADDDDDD");
        // Counting board (issue 16): runners appoint and read; a key or decryption is posted by that member only (no demo member
        // exists, so every role is refused here; CountingBoardTest plays the member, the wrong member and the runner).
        row("getCountingBoard", "GET", "/api/v1/voting-sessions/{id:#120003}/counting-board", u(202), "AADADDDD", "AADDDDDD");
        body("appointCountingBoard", "PUT", "/api/v1/voting-sessions/{id:#120003}/counting-board", u(202), "AADADDDD", "AADDDDDD",
                "{\"members\":[]}");
        row("getEncryptedTally", "GET", "/api/v1/voting-sessions/{id:#120003}/encrypted-tally", u(202), "AADADDDD", "AADDDDDD");
        body("postGuardianKey", "POST", "/api/v1/voting-sessions/{id:#120003}/counting-board/{guardianId:?}/key", u(202), "DDDDDDDD", "DDDDDDDD",
                "{\"publicKey\":\"036b17d1f2e12c4247f8bce6e563a440f277037d812deb33a0f4a13945d898c296\",\"proof\":{\"c\":\"01\",\"v\":\"01\"}}");
        body("postPartialDecryptions", "POST", "/api/v1/voting-sessions/{id:#120003}/counting-board/{guardianId:?}/decryptions", u(202), "DDDDDDDD",
                "DDDDDDDD", "{\"round\":1,\"shares\":[]}");
        body("castEncryptedBallot", "POST", "/api/v1/voting-sessions/{id:#120001}/encrypted-ballots", u(106), "DDDDADDD", "DDDDDDDD",
                "{\"sessionId\":\"00000000-0000-4000-8000-000000120001\",\"round\":1,\"candidates\":[]}");
        // drafts: only the owning unit and the secretariat side see them
        row("getRegistration#draft", "GET", "/api/v1/campaigns/{campaignId:#110001}/registrations/{id:#110106}", u(201), "DDDAAADD", "DDDDDDDD");
        row("getRegistrationHistory#draft", "GET", "/api/v1/campaigns/{campaignId:#110001}/registrations/{id:#110106}/history", u(201), "DDDAAADD", "DDDDDDDD");
        row("getScoreSheet#draft", "GET", "/api/v1/score-sheets/{id:#200105}", u(201), "AADAAADD", "AADDDDDD");
        row("getScoreSheetHistory#draft", "GET", "/api/v1/score-sheets/{id:#200105}/history", u(201), "AADAAADD", "AADDDDDD");
    }
}
