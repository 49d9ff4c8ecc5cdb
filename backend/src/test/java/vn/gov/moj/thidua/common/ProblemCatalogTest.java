package vn.gov.moj.thidua.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import vn.gov.moj.thidua.common.problem.ApiProblem;
import vn.gov.moj.thidua.common.problem.Problem;
import vn.gov.moj.thidua.common.problem.ProblemTexts;
import vn.gov.moj.thidua.common.problem.Text;

/** Every problem type and catalogue message has a Vietnamese and an English text; no key is in one file only. */
class ProblemCatalogTest {

    private static final Pattern PROBLEM_TYPE = Pattern.compile("\"/problems/([a-z0-9-]+)\"");

    @Test
    void everyProblemTypeInTheCodeHasAVietnameseAndAnEnglishTitle() throws IOException {
        Set<String> types = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = PROBLEM_TYPE.matcher(Files.readString(file));
                while (m.find()) {
                    if (!m.group(1).endsWith("-")) { // "/problems/http-" + status: the http-NNN titles are checked below
                        types.add(m.group(1));
                    }
                }
            }
        }
        assertThat(types).contains("validation", "not-found", "illegal-transition");
        types.addAll(java.util.List.of("http-400", "http-404", "http-405", "http-406", "http-415"));
        Properties vi = load("i18n/problems.properties");
        Properties en = load("i18n/problems_en.properties");
        for (String type : types) {
            assertThat(vi.getProperty("title." + type)).as("Vietnamese title of /problems/" + type).isNotBlank();
            assertThat(en.getProperty("title." + type)).as("English title of /problems/" + type).isNotBlank();
        }
    }

    @Test
    void bothLanguagesHaveTheSameKeysAndEveryPatternParses() throws IOException {
        Properties vi = load("i18n/problems.properties");
        Properties en = load("i18n/problems_en.properties");
        assertThat(en.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(vi.stringPropertyNames());
        for (String key : vi.stringPropertyNames()) {
            new MessageFormat(vi.getProperty(key), ProblemTexts.VIETNAMESE);
            new MessageFormat(en.getProperty(key), Locale.ENGLISH);
        }
    }

    @Test
    void vietnameseIsTheDefaultAndEnglishIsChosenOnlyWhenPreferred() {
        assertThat(ProblemTexts.languageOf(java.util.List.of())).isEqualTo(ProblemTexts.VIETNAMESE);
        assertThat(ProblemTexts.languageOf(java.util.List.of(Locale.forLanguageTag("en-US")))).isEqualTo(Locale.ENGLISH);
        assertThat(ProblemTexts.languageOf(java.util.List.of(Locale.forLanguageTag("vi-VN"), Locale.ENGLISH)))
                .isEqualTo(ProblemTexts.VIETNAMESE);
        assertThat(ProblemTexts.languageOf(java.util.List.of(Locale.FRENCH))).isEqualTo(ProblemTexts.VIETNAMESE);
    }

    @Test
    void anIllegalStateChangeNamesTheObjectTheStateAndTheActionsInWords() {
        ApiProblem problem = ApiProblem.illegalTransition("Nomination", "DRAFT", "receive", java.util.List.of("edit", "submit"));
        Problem vi = problem.toProblem("/x", ProblemTexts.VIETNAMESE);
        assertThat(vi.title()).isEqualTo("Thao tác không hợp lệ ở trạng thái hiện tại");
        assertThat(vi.detail()).isEqualTo("Hồ sơ đề nghị đang ở trạng thái \"Nháp\" nên không thể thực hiện \"tiếp nhận\"."
                + " Thao tác được phép: sửa, gửi.");
        assertThat(vi.allowedActions()).containsExactly("edit", "submit");
        assertThat(problem.toProblem("/x", Locale.ENGLISH).detail())
                .isEqualTo("Nomination in state DRAFT does not allow 'receive'; allowed: edit, submit");
    }

    @Test
    void aFieldIsNamedInWordsWithItsRow() {
        assertThat(ProblemTexts.field("entries[2].verifiedScore", ProblemTexts.VIETNAMESE)).isEqualTo("Điểm thẩm định (dòng 3)");
        assertThat(ProblemTexts.field("yearFrom", ProblemTexts.VIETNAMESE)).isEqualTo("Từ năm");
        assertThat(ProblemTexts.field("yearFrom", Locale.ENGLISH)).isEqualTo("Year from");
        assertThat(ProblemTexts.field("someNewField", ProblemTexts.VIETNAMESE)).isEqualTo("someNewField");
        Problem p = ApiProblem.invalidField("reason", Text.of("field.unreadable")).toProblem("/x", ProblemTexts.VIETNAMESE);
        assertThat(p.detail()).isEqualTo("Lý do: không đọc được giá trị");
        assertThat(p.errors()).extracting(Problem.FieldError::field).containsExactly("reason");
    }

    @Test
    void everyCatalogueKeyNamedInTheCodeHasAVietnameseAndAnEnglishText() throws IOException {
        Pattern key = Pattern.compile("\"((?:campaign|voting|org|catalog|scoring|common|detail|field|thing|value|state|action|nomination|import|upload|report)"
                + "\\.[A-Za-z][A-Za-z0-9.-]*)\"");
        Set<String> named = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = key.matcher(Files.readString(file));
                while (m.find()) {
                    // library settings are not ours; a prefix ending in a dot ("import.column." + name) is completed in the code
                    if (!m.group(1).matches("org\\.(hibernate|jboss|eclipse|apache|postgresql)\\..*") && !m.group(1).endsWith(".")) {
                        named.add(m.group(1));
                    }
                }
            }
        }
        assertThat(named).contains("voting.quorum-not-met", "campaign.registration-window");
        Properties vi = load("i18n/problems.properties");
        Properties en = load("i18n/problems_en.properties");
        assertThat(named).allSatisfy(k -> {
            assertThat(vi.getProperty(k)).as("Vietnamese " + k).isNotBlank();
            assertThat(en.getProperty(k)).as("English " + k).isNotBlank();
        });
    }

    @Test
    void everyApostropheIsWrittenTwiceSoNoTextIsSwallowed() throws IOException {
        for (Properties texts : List.of(load("i18n/problems.properties"), load("i18n/problems_en.properties"))) {
            for (String k : texts.stringPropertyNames()) {
                // '' is an apostrophe; a lone ' starts a quoted run (only meant around a literal brace, '{id}')
                String rest = texts.getProperty(k).replace("''", "").replaceAll("'\\{[^']*}'", "");
                assertThat(rest).as(k).doesNotContain("'");
            }
        }
        assertThat(ProblemTexts.render(Text.of("scoring.edit-own-unit-only"), Locale.ENGLISH))
                .isEqualTo("Only the unit's own officers and head score its sheet");
    }

    @Test
    void datesReadDayMonthYearInVietnameseAndEnumsReadInWords() {
        Text window = Text.of("campaign.registration-window", java.time.LocalDate.of(2030, 3, 1), java.time.LocalDate.of(2030, 4, 30),
                java.time.LocalDate.of(2030, 5, 1));
        assertThat(ProblemTexts.render(window, ProblemTexts.VIETNAMESE))
                .isEqualTo("Phong trào nhận đăng ký thi đua từ ngày 01/03/2030 đến ngày 30/04/2030; hôm nay là ngày 01/05/2030.");
        assertThat(ProblemTexts.render(window, Locale.ENGLISH))
                .isEqualTo("Registrations are open from 2030-03-01 to 2030-04-30; today is 2030-05-01");
        // a registration entered as history is refused for the day entered, not for today
        Text entered = Text.of("campaign.registration-window-history", java.time.LocalDate.of(2019, 3, 1), java.time.LocalDate.of(2019, 4, 30),
                java.time.LocalDate.of(2019, 5, 2));
        assertThat(ProblemTexts.render(entered, ProblemTexts.VIETNAMESE))
                .isEqualTo("Phong trào nhận đăng ký thi đua từ ngày 01/03/2019 đến ngày 30/04/2019; ngày đăng ký đã nhập (02/05/2019) nằm ngoài thời hạn đó.")
                .doesNotContain("hôm nay");
        assertThat(ProblemTexts.render(entered, Locale.ENGLISH)).doesNotContain("today").contains("2019-05-02");
        assertThat(ProblemTexts.render(Text.of("campaign.report-sent", vn.gov.moj.thidua.campaign.ReportStage.INTERIM),
                ProblemTexts.VIETNAMESE)).isEqualTo("Đơn vị của bạn đã gửi báo cáo sơ kết cho phong trào này.");
        assertThat(ProblemTexts.render(Text.of("common.rate-limited", 1200, 60, 7), ProblemTexts.VIETNAMESE))
                .isEqualTo("Quá nhiều yêu cầu: tối đa 1200 lần trong 60 giây; hãy thử lại sau 7 giây.");
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = ProblemCatalogTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
