package io.jkompose.parser.interpolation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jkompose.parser.interpolation.InterpolationException.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Expected values follow the Compose Specification and compose-go's template tests. */
class InterpolatorTest {

    /** compose-go's test environment: FOO set, BAR set but empty, JSON holding braces. */
    private static final Map<String, String> ENV = Map.of("FOO", "first", "BAR", "", "JSON", "{\"json\":2}",
            "lower_case", "low", "_UNDER1", "u1", "GREEK", "αβγ");
    private static final Function<String, String> LOOKUP = ENV::get;

    private static String interpolate(String text) throws InterpolationException {
        return Interpolator.interpolate(text, LOOKUP);
    }

    @Test
    void textWithoutDollarIsReturnedAsIs() throws Exception {
        String text = "plain text";
        assertThat(Interpolator.interpolate(text, LOOKUP)).isSameAs(text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "This $FOO var        | This first var",
        "This ${FOO} var      | This first var",
        "$FOO-bar             | first-bar",
        "${FOO}${FOO}         | firstfirst",
        "$FOO$FOO             | firstfirst",
        "x${lower_case}y      | xlowy",
        "$_UNDER1.            | u1.",
        "$FOO.bar             | first.bar",
        "${GREEK}é            | αβγé",
        "ünïcode $FOO ✓       | ünïcode first ✓",
    })
    void substitutesSetVariables(String text, String expected) throws Exception {
        assertThat(interpolate(text)).isEqualTo(expected);
    }

    @Test
    void nameRunsAsFarAsNameCharactersGo() throws Exception {
        // $FOOBAR is the variable FOOBAR, not FOO followed by BAR
        assertThat(interpolate("$FOOBAR")).isEmpty();
        assertThat(interpolate("$FOO1")).isEmpty();
        assertThat(interpolate("$FOO_")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"This ${missing} var", "This ${BAR} var", "This $missing var"})
    void unsetOrEmptyWithoutDefaultGivesEmptyString(String text) throws Exception {
        assertThat(interpolate(text)).isEqualTo("This  var");
    }

    @Test
    void unsetVariablesAreReportedOncePerReference() throws Exception {
        List<String> unset = new ArrayList<>();
        String result = Interpolator.interpolate("$A ${B} ${BAR} $A ${C:-x} ${D-y} ${E:+z} ${F+w}", LOOKUP,
                unset::add);
        assertThat(result).isEqualTo("    x y  ");
        // BAR is set (empty); C..F have an operator, so compose-go does not warn about them
        assertThat(unset).containsExactly("A", "B", "A");
    }

    @Test
    void unsetVariablesInsideAnUnusedDefaultAreNotReported() throws Exception {
        List<String> unset = new ArrayList<>();
        assertThat(Interpolator.interpolate("${A:+${A},}B", LOOKUP, unset::add)).isEqualTo("B");
        assertThat(unset).isEmpty();
        assertThat(Interpolator.interpolate("${A:-${B}}", LOOKUP, unset::add)).isEmpty();
        assertThat(unset).containsExactly("B");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "ok ${missing:-def}           | ok def",
        "ok ${missing-def}            | ok def",
        "ok ${BAR:-def}               | ok def",
        "ok ${BAR-def}                | `ok `",
        "ok ${FOO:-def}               | ok first",
        "ok ${FOO-def}                | ok first",
        "ok ${BAR:-/non:-alphanumeric} | ok /non:-alphanumeric",
        "${UNSET_VAR-myerror?msg}     | myerror?msg",
        "ok ${missing:-}              | `ok `",
        "ok ${missing:- spaced }      | `ok  spaced `",
    })
    void defaults(String text, String expected) throws Exception {
        assertThat(interpolate(text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "ok ${UNSET_VAR:+presence_value} | `ok `",
        "ok ${UNSET_VAR+presence_value}  | `ok `",
        "ok ${FOO:+presence_value}       | ok presence_value",
        "ok ${FOO+presence_value}        | ok presence_value",
        "ok ${BAR+presence_value}        | ok presence_value",
        "ok ${BAR:+presence_value}       | `ok `",
    })
    void replacements(String text, String expected) throws Exception {
        assertThat(interpolate(text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "ok ${UNSET_VAR-$FOO}            | ok first",
        "ok ${UNSET_VAR-${FOO}}          | ok first",
        "ok ${UNSET_VAR-${FOO} ${FOO}}   | ok first first",
        "ok ${BAR:-$FOO}                 | ok first",
        "ok ${BAR:-${FOO}}               | ok first",
        "ok ${BAR:-${FOO} ${FOO}}        | ok first first",
        "ok ${BAR+$FOO}                  | ok first",
        "ok ${BAR+$FOO ${FOO:+second}}   | ok first second",
        "${A:-${B:-x}}                   | x",
        "${A:-${B:-${C:-${FOO}}}}!       | first!",
        "${A:-${BAR:-${FOO:+deep}}}      | deep",
        "+ok ${UNSET:-${BAR-defaultValue}} | `+ok `",
        "${A:-a}${B:-b}                  | ab",
        "${A:-$${FOO}}                   | ${FOO}",
    })
    void nestedDefaults(String text, String expected) throws Exception {
        assertThat(interpolate(text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "-ok ${BAR:-defaultValue}   | -ok defaultValue",
        ":-ok ${UNSET-defaultValue} | :-ok defaultValue",
        ":?ok ${BAR-defaultValue}   | `:?ok `",
        ":+ok ${BAR:-defaultValue}  | :+ok defaultValue",
        "?ok ${BAR:-defaultValue}   | ?ok defaultValue",
    })
    void operatorsOutsideReferencesAreText(String text, String expected) throws Exception {
        assertThat(interpolate(text)).isEqualTo(expected);
    }

    @Test
    void bracesInsideDefaultsBalance() throws Exception {
        assertThat(interpolate("ok ${missing:-{\"json\":1}}")).isEqualTo("ok {\"json\":1}");
        assertThat(interpolate("ok ${missing-{\"json\":1}}")).isEqualTo("ok {\"json\":1}");
        assertThat(interpolate("ok ${JSON:-{\"json\":1}}")).isEqualTo("ok {\"json\":2}");
        assertThat(interpolate("ok ${JSON-{\"json\":1}} end")).isEqualTo("ok {\"json\":2} end");
        // a Go template as default: the value replaces the whole reference, braces included
        assertThat(interpolate("${FOO:-{{.Name}}}")).isEqualTo("first");
        assertThat(interpolate("${A:-{{.Name}}}")).isEqualTo("{{.Name}}");
    }

    @Test
    void dollarDollarIsALiteralDollar() throws Exception {
        assertThat(interpolate("$${foo}")).isEqualTo("${foo}");
        assertThat(interpolate("$$FOO")).isEqualTo("$FOO");
        assertThat(interpolate("cost: $$5")).isEqualTo("cost: $5");
        assertThat(interpolate("$$$FOO")).isEqualTo("$first");
        assertThat(interpolate("$$$$")).isEqualTo("$$");
    }

    @ParameterizedTest
    @ValueSource(strings = {"a $ string", "^REGEX$", "$}", "$", "100$", "$1", "$-x", "€$ é"})
    void loneDollarStaysAsWritten(String text) throws Exception {
        assertThat(interpolate(text)).isEqualTo(text);
    }

    @Test
    void requiredVariablesPassWhenSet() throws Exception {
        assertThat(interpolate("ok ${FOO:?err}")).isEqualTo("ok first");
        assertThat(interpolate("ok ${FOO?err}")).isEqualTo("ok first");
        assertThat(interpolate("ok ${BAR?err}")).isEqualTo("ok ");
        assertThat(interpolate("${FOO?bar-baz}")).isEqualTo("first");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "not ok ${UNSET_VAR:?Mandatory Variable Unset} | UNSET_VAR | required variable UNSET_VAR is missing a value: Mandatory Variable Unset",
        "not ok ${BAR:?Mandatory Variable Empty}       | BAR       | required variable BAR is missing a value: Mandatory Variable Empty",
        "not ok ${UNSET_VAR:?}                         | UNSET_VAR | required variable UNSET_VAR is missing a value",
        "not ok ${UNSET_VAR?Mandatory Variable Unset}  | UNSET_VAR | required variable UNSET_VAR is missing a value: Mandatory Variable Unset",
        "not ok ${UNSET_VAR?}                          | UNSET_VAR | required variable UNSET_VAR is missing a value",
        "not ok ${UNSET_VAR:?Mandatory Variable ${FOO}} | UNSET_VAR | required variable UNSET_VAR is missing a value: Mandatory Variable first",
        "not ok ${UNSET_VAR?bar-baz}                   | UNSET_VAR | required variable UNSET_VAR is missing a value: bar-baz",
    })
    void requiredVariablesFailWithTheirMessage(String text, String variable, String message) {
        assertThatThrownBy(() -> interpolate(text))
                .isInstanceOfSatisfying(InterpolationException.class, e -> {
                    assertThat(e.getMessage()).isEqualTo(message);
                    assertThat(e.problem()).isEqualTo(Problem.MISSING_REQUIRED);
                    assertThat(e.variable()).isEqualTo(variable);
                    assertThat(e.offset()).isEqualTo(7);
                });
    }

    @Test
    void requiredMessageIsOnlyInterpolatedWhenUsed() throws Exception {
        List<String> unset = new ArrayList<>();
        assertThat(Interpolator.interpolate("${FOO?${B}}", LOOKUP, unset::add)).isEqualTo("first");
        assertThat(unset).isEmpty();
    }

    @Test
    void requiredErrorInsideADefaultPointsAtTheInnerReference() {
        assertThatThrownBy(() -> interpolate("x ${A:-${DB_PASSWORD:?set it in .env}}"))
                .isInstanceOfSatisfying(InterpolationException.class, e -> {
                    assertThat(e.getMessage())
                            .isEqualTo("required variable DB_PASSWORD is missing a value: set it in .env");
                    assertThat(e.offset()).isEqualTo(7);
                });
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "${           | 0 | `invalid interpolation format for \"${\": \"${\" must be followed by a variable name (letters, digits and '_', not starting with a digit)`",
        "${}          | 0 | `invalid interpolation format for \"${}\": the variable name is missing`",
        "${ }         | 0 | `invalid interpolation format for \"${ }\": \"${\" must be followed by a variable name (letters, digits and '_', not starting with a digit)`",
        "ab ${ foo}   | 3 | `invalid interpolation format for \"${ foo}\": \"${\" must be followed by a variable name (letters, digits and '_', not starting with a digit)`",
        "${1A}        | 0 | `invalid interpolation format for \"${1A}\": \"${\" must be followed by a variable name (letters, digits and '_', not starting with a digit)`",
        "${FOO        | 0 | `invalid interpolation format for \"${FOO\": a closing brace is missing`",
        "x ${FOO:-a   | 2 | `invalid interpolation format for \"${FOO:-a\": a closing brace is missing`",
        "${FOO:-{a}   | 0 | `invalid interpolation format for \"${FOO:-{a}\": a closing brace is missing`",
    })
    void invalidFormats(String text, int offset, String message) {
        assertThatThrownBy(() -> interpolate(text))
                .isInstanceOfSatisfying(InterpolationException.class, e -> {
                    assertThat(e.getMessage()).isEqualTo(message);
                    assertThat(e.problem()).isEqualTo(Problem.INVALID_FORMAT);
                    assertThat(e.offset()).isEqualTo(offset);
                    assertThat(e.variable()).isNull();
                });
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "${foo }   | space",
        "${foo!}   | \"!\"",
        "${foo:bar} | \":\"",
        "${foo.bar} | \".\"",
        "${foo:}   | \":\"",
    })
    void unexpectedCharacterAfterTheName(String text, String what) {
        assertThatThrownBy(() -> interpolate(text))
                .isInstanceOf(InterpolationException.class)
                .hasMessageStartingWith("invalid interpolation format for \"" + text + "\": unexpected " + what
                        + " after the variable name; write ${foo}, ${foo:-default}");
    }

    @Test
    void anArgumentCannotSpanALineBreak() {
        // compose-go's pattern does not cross line ends either
        assertThatThrownBy(() -> interpolate("${A:-one\ntwo}"))
                .isInstanceOf(InterpolationException.class)
                .hasMessage("invalid interpolation format for \"${A:-one\": a closing brace is missing");
        assertThat(catchOffset("line1\n  ${A:-x\n}")).isEqualTo(8);
    }

    @Test
    void errorOffsetCountsCharactersOfTheWholeText() {
        assertThat(catchOffset("ünï ${X:?boom}")).isEqualTo(4);
        assertThat(catchOffset("$FOO $$ ${FOO} ${")).isEqualTo(15);
        // the first problem wins
        assertThat(catchOffset("${A?a} ${")).isEqualTo(0);
    }

    @Test
    void invalidReferenceInsideAUsedDefaultFails() {
        assertThat(catchOffset("abc ${A:-x ${ y}}")).isEqualTo(11);
    }

    @Test
    void longFragmentsAreShortenedInMessages() {
        String text = "${A:-" + "x".repeat(200);
        assertThatThrownBy(() -> interpolate(text))
                .isInstanceOf(InterpolationException.class)
                .hasMessage("invalid interpolation format for \"${A:-" + "x".repeat(55) + "...\": a closing brace is missing");
    }

    @Test
    void lookupIsNotAskedForUnusedBranches() throws Exception {
        List<String> asked = new ArrayList<>();
        Function<String, String> recording = name -> {
            asked.add(name);
            return ENV.get(name);
        };
        assertThat(Interpolator.interpolate("${FOO:-${X}}-${A+${Y}}", recording)).isEqualTo("first-");
        assertThat(asked).containsExactly("FOO", "A");
    }

    @Test
    void valuesAreNotInterpolatedAgain() throws Exception {
        Function<String, String> lookup = Map.of("A", "${B}", "B", "no")::get;
        assertThat(Interpolator.interpolate("$A", lookup)).isEqualTo("${B}");
        assertThat(Interpolator.interpolate("${X:-$A}", lookup)).isEqualTo("${B}");
    }

    @Test
    void nestingUpToTheLimitWorks() throws Exception {
        assertThat(interpolate(nested(Interpolator.MAX_NESTING))).isEqualTo("end");
    }

    @Test
    void nestingBeyondTheLimitIsRefusedNotAStackOverflow() {
        String text = nested(100_000);
        assertThatThrownBy(() -> interpolate(text))
                .isInstanceOf(InterpolationException.class)
                .hasMessageEndingWith("references are nested more than 100 levels deep");
    }

    @Test
    void deepNestingInAnUnusedBranchCostsNothing() throws Exception {
        assertThat(interpolate("${FOO:-" + nested(100_000) + "}")).isEqualTo("first");
    }

    private static String nested(int depth) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < depth; i++) {
            text.append("${U").append(i).append(":-");
        }
        return text.append("end").append("}".repeat(depth)).toString();
    }

    private static int catchOffset(String text) {
        try {
            interpolate(text);
        } catch (InterpolationException e) {
            return e.offset();
        }
        throw new AssertionError("no error for " + text);
    }
}
