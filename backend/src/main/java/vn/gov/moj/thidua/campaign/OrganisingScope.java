package vn.gov.moj.thidua.campaign;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A campaign's organising scope, for Biểu 0601.N rows 02–05 (Thông tư 02/2023/TT-BNV; Luật Thi đua, khen thưởng 2022
 * Art. 16): toàn quốc, bộ-ngành-địa phương, cụm-khối, cơ quan-đơn vị. Stored in {@code campaign.organising_scope} (V64).
 */
@Schema(name = "CampaignOrganisingScope", description = "NATIONWIDE = toàn quốc; SECTOR = bộ, ngành, địa phương; CLUSTER = cụm, khối thi đua;"
        + " AGENCY = cơ quan, đơn vị")
public enum OrganisingScope {
    NATIONWIDE, SECTOR, CLUSTER, AGENCY
}
