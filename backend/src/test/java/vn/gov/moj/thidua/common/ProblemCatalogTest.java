package vn.gov.moj.thidua.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
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

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = ProblemCatalogTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
