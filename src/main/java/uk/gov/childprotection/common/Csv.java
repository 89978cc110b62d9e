package uk.gov.childprotection.common;

import java.util.List;
import java.util.stream.Collectors;

/**
 * RFC 4180 CSV for a spreadsheet: every cell quoted, quotes doubled, CRLF line ends. A text cell a spreadsheet
 * would run as a formula (it starts with =, +, -, @, a tab or a return) is written with a leading apostrophe, so
 * a name or a delay reason typed into a case cannot become a formula on a manager's machine.
 */
public final class Csv {

    private Csv() {
    }

    public static String of(List<List<Object>> rows) {
        return rows.stream().map(row -> row.stream().map(Csv::cell).collect(Collectors.joining(",")))
                .collect(Collectors.joining("\r\n", "", "\r\n"));
    }

    static String cell(Object value) {
        String text = value == null ? "" : value.toString();
        if (!(value instanceof Number) && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }
}
