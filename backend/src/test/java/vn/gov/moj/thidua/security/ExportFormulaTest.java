package vn.gov.moj.thidua.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.quarkus.test.junit.QuarkusTest;
import vn.gov.moj.thidua.support.DemoIds;
import vn.gov.moj.thidua.support.EmbeddedPostgresResource;
import vn.gov.moj.thidua.support.Tokens;

/**
 * A hostile value (a line break, then a formula) in the stored data comes out of every export through the API
 * neutralised: the minutes CSV (session title) and the ranking CSV and workbook (unit names). The values are written
 * straight into the database as an attacker with a foothold upstream would, and put back afterwards.
 */
@QuarkusTest
class ExportFormulaTest {

    static final String HOSTILE = "\n=HYPERLINK(\"http://evil.example\",\"Bấm\")";
    static final String NEUTRALISED = "'\n'=HYPERLINK(\"http://evil.example\",\"Bấm\")";
    static final String SESSION = DemoIds.id(120001).toString();
    static final String CLUSTER = DemoIds.id(8026).toString();

    @BeforeAll
    static void plantHostileValues() throws Exception {
        update("UPDATE voting_session SET title = ? || title WHERE id = '" + SESSION + "'");
        update("UPDATE unit SET name = ? || name");
    }

    @AfterAll
    static void removeThem() throws Exception {
        try (Connection c = EmbeddedPostgresResource.superuserConnection()) {
            for (String table : List.of("voting_session SET title = substr(title, ?) WHERE starts_with(title, ?)",
                    "unit SET name = substr(name, ?) WHERE starts_with(name, ?)")) {
                try (PreparedStatement s = c.prepareStatement("UPDATE " + table)) {
                    s.setInt(1, HOSTILE.length() + 1);
                    s.setString(2, HOSTILE);
                    s.executeUpdate();
                }
            }
        }
    }

    private static void update(String sql) throws Exception {
        try (Connection c = EmbeddedPostgresResource.superuserConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, HOSTILE);
            assertThat(s.executeUpdate()).isPositive();
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "minutes CSV, /api/v1/voting-sessions/%s/minutes, csv, session",
            "ranking CSV, /api/v1/clusters/%s/ranking/export, csv, cluster",
            "ranking workbook, /api/v1/clusters/%s/ranking/export, xlsx, cluster" })
    void aHostileValueComesOutNeutralised(String export, String path, String format, String object) throws IOException {
        byte[] body = Tokens.as("viewer").queryParam("format", format)
                .get(String.format(path, object.equals("session") ? SESSION : CLUSTER))
                .then().statusCode(200).extract().asByteArray();
        List<String> cells = format.equals("csv") ? csvCells(body) : workbookCells(body);
        List<String> hostile = cells.stream().filter(c -> c != null && c.contains("HYPERLINK")).toList();
        assertThat(hostile).as("the planted value reaches the " + export).isNotEmpty();
        assertThat(hostile).allSatisfy(cell -> {
            assertThat(cell).startsWith(NEUTRALISED);
            assertThat(cell).doesNotContain("\n=");
        });
    }

    private static List<String> csvCells(byte[] body) throws IOException {
        String text = new String(body, StandardCharsets.UTF_8).replaceFirst("^\uFEFF", "");
        List<String> cells = new ArrayList<>();
        for (CSVRecord record : CSVFormat.DEFAULT.parse(new StringReader(text))) {
            cells.addAll(record.toList());
        }
        return cells;
    }

    private static List<String> workbookCells(byte[] body) throws IOException {
        List<String> cells = new ArrayList<>();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(body))) {
            for (Sheet sheet : workbook.getSheets().toList()) {
                for (Row row : sheet.read()) {
                    for (Cell cell : row) {
                        if (cell != null) {
                            cells.add(cell.getText());
                        }
                    }
                }
            }
        }
        return cells;
    }
}
