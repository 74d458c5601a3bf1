package io.jkompose.parser.dotenv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import io.jkompose.model.Diagnostic;
import io.jkompose.model.Diagnostics;
import io.jkompose.model.SourceLocation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Expected values from compose-go's dotenv tests (TestParsing, TestExpanding...) unless noted. */
class DotEnvTest {

    private static final Function<String, String> NO_ENV = name -> null;

    private final Diagnostics diagnostics = new Diagnostics();

    private LinkedHashMap<String, String> parse(String text) {
        return parse(text, NO_ENV);
    }

    private LinkedHashMap<String, String> parse(String text, Function<String, String> lookup) {
        return DotEnv.parse(text, ".env", lookup, diagnostics);
    }

    private LinkedHashMap<String, String> parseClean(String text) {
        LinkedHashMap<String, String> variables = parse(text);
        assertThat(diagnostics.all()).as("diagnostics of %s", text).isEmpty();
        return variables;
    }

    private Diagnostic onlyError(String text) {
        parse(text);
        assertThat(diagnostics.all()).hasSize(1);
        Diagnostic diagnostic = diagnostics.all().get(0);
        assertThat(diagnostic.isError()).isTrue();
        assertThat(diagnostic.code()).isEqualTo("env-file");
        return diagnostic;
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        // unquoted, spaces around the separator
        "FOO=bar                        | FOO         | bar",
        "FOO =bar                       | FOO         | bar",
        "FOO= bar                       | FOO         | bar",
        // quoted
        "FOO=\"bar\"                    | FOO         | bar",
        "FOO='bar'                      | FOO         | bar",
        "FOO=\"escaped\\\"bar\"         | FOO         | escaped\"bar",
        "FOO=\"\\\"quoted\\\"\"         | FOO         | \"quoted\"",
        "FOO=\"'d'\"                    | FOO         | 'd'",
        // yaml style
        "OPTION_A: 1                    | OPTION_A    | 1",
        "OPTION_A: Foo=bar              | OPTION_A    | Foo=bar",
        "OPTION_A=1:B                   | OPTION_A    | 1:B",
        // export keyword
        "export OPTION_A=2              | OPTION_A    | 2",
        "export OPTION_B='\\n'          | OPTION_B    | \\n",
        "export exportFoo=2             | exportFoo   | 2",
        "exportFOO=2                    | exportFOO   | 2",
        "export_FOO =2                  | export_FOO  | 2",
        "export.FOO= 2                  | export.FOO  | 2",
        "`export\tOPTION_A=2`           | OPTION_A    | 2",
        "`  export OPTION_A=2`          | OPTION_A    | 2",
        "`\texport OPTION_A=2`          | OPTION_A    | 2",
        "export OPTION_A=\"export A\"   | OPTION_A    | export A",
        // names
        "FOO.BAR=foobar                 | FOO.BAR     | foobar",
        "a[1]=c                         | a[1]        | c",
        "FOO=foobar=                    | FOO         | foobar=",
        // trailing spaces and inline comments
        "`FOO=bar `                     | FOO         | bar",
        "FOO=bar # this is foo          | FOO         | bar",
        "FOO=bar #this is foo           | FOO         | bar",
        "FOO=bar #                      | FOO         | bar",
        "FOO=123#not-an-inline-comment  | FOO         | 123#not-an-inline-comment",
        "FOO=\"bar#baz\"                | FOO         | bar#baz",
        "FOO=\"bar#baz\"#               | FOO         | bar#baz",
        "FOO=\"bar#baz\" # comment      | FOO         | bar#baz",
        "FOO='bar#baz' # comment        | FOO         | bar#baz",
        "FOO=\"bar#baz#bang\" # comment | FOO         | bar#baz#bang",
        "FOO='ba#r'                     | FOO         | ba#r",
        // leading whitespace
        "` KEY =value`                  | KEY         | value",
        "`   KEY=value`                 | KEY         | value",
        "`\tKEY=value`                  | KEY         | value",
        // unquoted values keep backslashes
        "FOO=a\\tb                      | FOO         | a\\tb",
        // single quotes are literal
        "BAR='quote $FOO'               | BAR         | quote $FOO",
    })
    void parsesOneLine(String line, String key, String value) {
        assertThat(parseClean(line)).containsEntry(key, value);
    }

    @Test
    void doubleQuotesExpandEscapes() {
        assertThat(parseClean("FOO=\"bar\\nbaz\"")).containsEntry("FOO", "bar\nbaz");
        assertThat(parseClean("FOO=\"a\\tb\"")).containsEntry("FOO", "a\tb");
        assertThat(parseClean("KEY=\"Z\\aZ\\bZ\\fZ\\nZ\\rZ\\tZ\\vZ\\\\Z\\0123Z\""))
                .containsEntry("KEY", "Z\u0007Z\bZ\fZ\nZ\rZ\tZ\u000bZ\\ZSZ");
        assertThat(parseClean("FOO=\"bar\\n\\ b\\az\"")).containsEntry("FOO", "bar\n\\ b\u0007z");
        assertThat(parseClean("FOO=\"bar\\\\\\n\\ b\\az\"")).containsEntry("FOO", "bar\\\n\\ b\u0007z");
        assertThat(parseClean("FOO=\"bar\\\\r\\ b\\az\"")).containsEntry("FOO", "bar\\r\\ b\u0007z");
        assertThat(parseClean("FOO=\"bar\\nbaz\\\\\"")).containsEntry("FOO", "bar\nbaz\\");
        assertThat(parseClean("KEY=\"\\0123\"")).containsEntry("KEY", "S");
    }

    @Test
    void doubleQuotesLeaveOtherEscapesAlone() {
        assertThat(parseClean("KEY=\"\\x07\"")).containsEntry("KEY", "\\x07");
        assertThat(parseClean("KEY=\"\\u12e4\"")).containsEntry("KEY", "\\u12e4");
        assertThat(parseClean("KEY=\"\\U00101234\"")).containsEntry("KEY", "\\U00101234");
    }

    @Test
    void singleQuotesOnlyUnescapeTheirQuote() {
        assertThat(parseClean("K='a\\'b\\nc\\\\'")).containsEntry("K", "a'b\\nc\\\\");
    }

    @Test
    void parsesSeveralLines() {
        assertThat(parseClean("ONE=1\nTWO='2'\nTHREE = \"3\""))
                .containsExactly(entry("ONE", "1"), entry("TWO", "2"), entry("THREE", "3"));
    }

    @Test
    void unicodeNamesAndValues() {
        String text = "\na=b\na[1]=c\na.propertyKey=d\nárvíztűrő-TÜKÖRFÚRÓGÉP=ÁRVÍZTŰRŐ-tükörfúrógép\n";
        assertThat(parseClean(text)).containsExactly(entry("a", "b"), entry("a[1]", "c"),
                entry("a.propertyKey", "d"), entry("árvíztűrő-TÜKÖRFÚRÓGÉP", "ÁRVÍZTŰRŐ-tükörfúrógép"));
    }

    @Test
    void multiLineDoubleQuotedValue() {
        String text = "TEST_URLS=\"stratum+tcp://stratum.antpool.com:3333\nstratum+tcp://stratum.antpool.com:443\"";
        assertThat(parseClean(text)).containsExactly(
                entry("TEST_URLS", "stratum+tcp://stratum.antpool.com:3333\nstratum+tcp://stratum.antpool.com:443"));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "FOO=test\\nBAR=$FOO                  | BAR | test",
        "FOO=test\\nBAR=${FOO}bar             | BAR | testbar",
        "FOO=test\\nBAR=\"quote $FOO\"        | BAR | quote test",
        "FOO=\"foo\\$BAR\"                   | FOO | foo$BAR",
        "FOO=\"foo\\${BAR}\"                 | FOO | foo${BAR}",
        "FOO=test\\nBAR=\"foo\\${FOO} ${FOO}\" | BAR | foo${FOO} test",
        "FOO=$$HOME                          | FOO | $HOME",
        "EMPTY_VAR=\\nRESULT=${EMPTY_VAR:-Default Value} | RESULT | Default Value",
        "RESULT=${UNSET_VAR:-Default Value}  | RESULT | Default Value",
        "RESULT=${UNSET_VAR-Default Value}   | RESULT | Default Value",
        "EMPTY_VAR=\\nRESULT=${EMPTY_VAR-Default Value} | RESULT | ``",
        "TEST_VAR=Test Value\\nRESULT=${TEST_VAR:-Default Value} | RESULT | Test Value",
        "EMPTY_VAR=\\nRESULT=${EMPTY_VAR?Test error} | RESULT | ``",
        "TEST_VAR=Test Value\\nRESULT=${TEST_VAR?Default Value} | RESULT | Test Value",
        "A=\"${X:-{\\\"a\\\":1}}\"           | A   | {\"a\":1}",
    })
    void interpolatesValues(String text, String key, String value) {
        assertThat(parseClean(text.replace("\\n", "\n"))).containsEntry(key, value);
    }

    @Test
    void undefinedVariableExpandsToEmptyAndWarns() {
        assertThat(parse("BAR=$FOO")).containsExactly(entry("BAR", ""));
        assertThat(diagnostics.all()).singleElement().satisfies(d -> {
            assertThat(d.isError()).isFalse();
            assertThat(d.location()).isEqualTo(SourceLocation.of(".env", 1, 5));
        });
    }

    @Test
    void unsetVariablesCanGoToACallbackInstead() {
        List<String> unset = new ArrayList<>();
        DotEnv.parse("A=$X\nB=\"${Y}\"\nC='$Z'", ".env", NO_ENV, diagnostics,
                (name, location) -> unset.add(name + "@" + location));
        assertThat(unset).containsExactly("X@.env:1:3", "Y@.env:2:4");
        assertThat(diagnostics.all()).isEmpty();
    }

    @Test
    void lookupIsAskedBeforeTheFile() {
        // TestExpandingEnvironmentWithLookup, and compose-go's precedence: the environment wins
        assertThat(parse("TEST=$ME", Map.of("ME", "YES")::get)).containsExactly(entry("TEST", "YES"));
        assertThat(parse("A=file\nB=$A", Map.of("A", "env")::get)).containsExactly(entry("A", "file"),
                entry("B", "env"));
    }

    @Test
    void nameAloneInheritsOrIsLeftOut() {
        Function<String, String> env = Map.of("HOME", "/root", "EMPTY", "")::get;
        assertThat(parse("HOME\nEMPTY\nMISSING\nexport USER_X\nA=1", env))
                .containsExactly(entry("HOME", "/root"), entry("EMPTY", ""), entry("A", "1"));
        // the file's own entry is no source for a name alone: the earlier value simply stays
        assertThat(parse("A=1\nA", NO_ENV)).containsExactly(entry("A", "1"));
        // a name alone on the last line, without a line break
        assertThat(parse("A=1\nHOME", env)).containsExactly(entry("A", "1"), entry("HOME", "/root"));
        assertThat(diagnostics.all()).isEmpty();
    }

    @Test
    void exportAloneIsAName() {
        assertThat(parse("export\nexport  \nA=1", Map.of("export", "x")::get))
                .containsExactly(entry("export", "x"), entry("A", "1"));
    }

    @Test
    void laterEntriesOverrideEarlierOnesInPlace() {
        assertThat(parseClean("A=1\nB=2\nA=3")).containsExactly(entry("A", "3"), entry("B", "2"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\n", "\r\n", "\t\t ", "# Comment", "\t # comment", "", "\n\n# a\n  # b\n"})
    void ignoresBlankAndCommentLines(String text) {
        assertThat(parseClean(text)).isEmpty();
    }

    @Test
    void windowsLineEnds() {
        String text = "A=1\r\nB = 'two'\r\nC=\"x\r\ny\"\r\n# c\r\nD\r\nE=e # c\r\n";
        assertThat(parse(text, Map.of("D", "d")::get)).containsExactly(entry("A", "1"), entry("B", "two"),
                entry("C", "x\ny"), entry("D", "d"), entry("E", "e"));
        assertThat(diagnostics.all()).isEmpty();
    }

    @Test
    void byteOrderMarkDoesNotShiftColumns() {
        Diagnostic error = onlyError("\uFEFFA B=1");
        assertThat(error.location()).isEqualTo(SourceLocation.of(".env", 1, 2));
    }

    @ParameterizedTest
    @ValueSource(strings = {"KEY=\"", "KEY=\"value", "KEY=\"value\\\"", "KEY=\"value'", "KEY='", "KEY='value",
        "KEY='value\\'", "KEY='value\""})
    void unterminatedQuotes(String text) {
        Diagnostic error = onlyError(text);
        assertThat(error.message()).startsWith("unterminated quoted value " + text.substring(4));
        assertThat(error.location()).isEqualTo(SourceLocation.of(".env", 1, 5));
    }

    @Test
    void unterminatedQuoteStopsTheFile() {
        LinkedHashMap<String, String> variables = parse("A=1\nB=\"open\nC=3\n");
        assertThat(variables).containsExactly(entry("A", "1"));
        assertThat(diagnostics.all()).singleElement()
                .satisfies(d -> assertThat(d.location()).isEqualTo(SourceLocation.of(".env", 2, 3)));
    }

    @Test
    void badCharacterInNameIsReportedWhereItIs() {
        Diagnostic error = onlyError("OK=1\n\n  lol$wut\n");
        assertThat(error.message()).isEqualTo("invalid variable name \"lol$wut\": '$' is not allowed in a name");
        assertThat(error.location()).isEqualTo(SourceLocation.of(".env", 3, 6));
        assertThat(error.hint()).contains("letters, digits");
    }

    @Test
    void badFirstCharacter() {
        // compose-go's TestParseVariable
        Diagnostic error = onlyError("%!(EXTRA string)=foo");
        assertThat(error.message()).isEqualTo("invalid variable name \"%!(EXTRA string)=foo\": '%' is not allowed in a name");
        assertThat(error.location()).isEqualTo(SourceLocation.of(".env", 1, 1));
    }

    @Test
    void spaceInsideName() {
        Diagnostic error = onlyError("MY VAR=1");
        assertThat(error.message()).isEqualTo("invalid variable name \"MY VAR\": a name cannot contain a space");
        assertThat(error.location()).isEqualTo(SourceLocation.of(".env", 1, 3));
        Diagnostics tabs = new Diagnostics();
        DotEnv.parse("MY\tVAR=1", ".env", NO_ENV, tabs);
        assertThat(tabs.hasErrors()).isTrue();
    }

    @Test
    void emptyNameIsAnError() {
        // compose-go stores "" here; Kubernetes has no use for an unnamed variable
        Diagnostic error = onlyError("=\"value\"");
        assertThat(error.message()).isEqualTo("a variable name is missing before '='");
        assertThat(error.location()).isEqualTo(SourceLocation.of(".env", 1, 1));
    }

    @Test
    void textAfterAClosingQuoteIsAnError() {
        Diagnostic error = onlyError("A=\"x\" y\nB=2");
        assertThat(error.message()).isEqualTo("unexpected text after the closing quote of A");
        assertThat(error.location()).isEqualTo(SourceLocation.of(".env", 1, 7));
    }

    @Test
    void interpolationErrorIsReportedInPlaceAndTheValueKeptAsWritten() {
        LinkedHashMap<String, String> variables = parse("A=1\nPASSWORD=x${DB_PASSWORD:?set it in .env}\nB=2");
        assertThat(variables).containsExactly(entry("A", "1"),
                entry("PASSWORD", "x${DB_PASSWORD:?set it in .env}"), entry("B", "2"));
        assertThat(diagnostics.all()).singleElement().satisfies(d -> {
            assertThat(d.isError()).isTrue();
            assertThat(d.code()).isEqualTo("env-file");
            assertThat(d.message()).isEqualTo("required variable DB_PASSWORD is missing a value: set it in .env");
            assertThat(d.location()).isEqualTo(SourceLocation.of(".env", 2, 11));
        });
    }

    @Test
    void interpolationErrorsInDoubleQuotes() {
        parse("EMPTY_VAR=\nRESULT=\"${EMPTY_VAR:?Test error}\"\nBAD=\"a\\tb ${\"");
        assertThat(diagnostics.all()).extracting(Diagnostic::message).containsExactly(
                "required variable EMPTY_VAR is missing a value: Test error",
                "invalid interpolation format for \"${\": \"${\" must be followed by a variable name (letters,"
                        + " digits and '_', not starting with a digit)");
        // no escape before the problem: the exact column; after an escape: the opening quote's next column
        assertThat(diagnostics.all()).extracting(Diagnostic::location).containsExactly(
                SourceLocation.of(".env", 2, 9), SourceLocation.of(".env", 3, 6));
    }

    @Test
    void columnsCountCharacters() {
        // U+1D49C, a letter outside the BMP: one column, two UTF-16 units
        Diagnostic error = onlyError("A=1\n\uD835\uDC9CÉ X=2");
        assertThat(error.location()).isEqualTo(SourceLocation.of(".env", 2, 3));
    }
}
