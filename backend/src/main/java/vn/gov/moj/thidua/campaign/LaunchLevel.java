package vn.gov.moj.thidua.campaign;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The level that launched a campaign, for Biểu 0601.N columns 2–4 (Thông tư 02/2023/TT-BNV; Luật Thi đua, khen thưởng
 * 2022 Art. 18): Trung ương, bộ-ngành-tỉnh, cơ quan-đơn vị. Stored in {@code campaign.launch_level} (V64).
 */
@Schema(name = "CampaignLaunchLevel", description = "CENTRAL = Trung ương; MINISTRY = bộ, ngành, tỉnh; AGENCY = cơ quan, đơn vị")
public enum LaunchLevel {
    CENTRAL, MINISTRY, AGENCY
}
