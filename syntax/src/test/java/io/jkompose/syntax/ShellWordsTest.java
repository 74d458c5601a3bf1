package io.jkompose.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ShellWordsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', emptyValue = "", nullValues = {}, value = {
        "a b  c|a,b,c",
        "'single quoted' x|single quoted,x",
        "\"double \\\"escaped\\\" \\$HOME\"|double \"escaped\" $HOME",
        "\"back\\slash\"|back\\slash",
        "un\\ quoted|un quoted",
        "a''b|ab",
        "''|``",
        "curl -f \"http://a b\" 'c d' e\\ f|curl,-f,http://a b,c d,e f",
    })
    void splitsAsAShellWould(String text, String expected) {
        ShellWords.Result result = ShellWords.split(text);
        assertThat(result.error()).isNull();
        assertThat(result.words()).containsExactly(expected.split(",", -1));
    }

    @Test
    void aBackslashBeforeALineBreakContinuesTheLine() {
        assertThat(ShellWords.split("curl \\\n  -f").words()).containsExactly("curl", "-f");
        assertThat(ShellWords.split("ab\\\ncd").words()).containsExactly("abcd");
        assertThat(ShellWords.split("\"ab\\\ncd\"").words()).containsExactly("abcd");
        assertThat(ShellWords.split("'ab\\\ncd'").words()).containsExactly("ab\\\ncd");
    }

    @Test
    void malformedTextHasAnErrorAndALenientReading() {
        ShellWords.Result doubleQuote = ShellWords.split("echo \"open \\\"x");
        assertThat(doubleQuote.error()).isEqualTo("a double quote is not closed");
        assertThat(doubleQuote.words()).containsExactly("echo", "open \"x");
        ShellWords.Result singleQuote = ShellWords.split("echo 'open x");
        assertThat(singleQuote.error()).isEqualTo("a single quote is not closed");
        assertThat(singleQuote.words()).containsExactly("echo", "open x");
        ShellWords.Result backslash = ShellWords.split("trailing\\");
        assertThat(backslash.error()).contains("backslash");
        assertThat(backslash.words()).containsExactly("trailing\\");
    }

    @Test
    void operatorsWrittenAsWordsAreFound() {
        assertThat(ShellWords.split("a | b").operator()).isEqualTo("|");
        assertThat(ShellWords.split("a && b || c").operator()).isEqualTo("&&");
        assertThat(ShellWords.split("a '&&' b").operator()).isNull();
        assertThat(ShellWords.split("a&&b").operator()).isNull();
        assertThat(ShellWords.split("").words()).isEmpty();
    }

    @Test
    void quotesOnlyWhatAShellWouldReadOtherwise() {
        assertThat(ShellWords.quote("plain-word_1.2/x:y,z+@%")).isEqualTo("plain-word_1.2/x:y,z+@%");
        assertThat(ShellWords.quote("A=b")).isEqualTo("'A=b'");
        assertThat(ShellWords.quote("")).isEqualTo("''");
        assertThat(ShellWords.quote("$HOME")).isEqualTo("'$HOME'");
        assertThat(ShellWords.quote("it's")).isEqualTo("'it'\\''s'");
        assertThat(ShellWords.quote("café")).isEqualTo("'café'");
    }

    @Test
    void anArgumentMayKeepABareEqualsSign() {
        assertThat(ShellWords.quoteArgument("--with-kompose-annotation=false")).isEqualTo("--with-kompose-annotation=false");
        assertThat(ShellWords.quoteArgument("a b")).isEqualTo("'a b'");
        assertThat(ShellWords.quoteArgument("")).isEqualTo("''");
    }

    @Test
    void joinQuotesEachWordAndSplitReadsThemBack() {
        List<String> words = List.of("A=b", "echo", "two words", "it's", "$HOME", "");
        String line = ShellWords.join(words);
        assertThat(line).isEqualTo("'A=b' echo 'two words' 'it'\\''s' '$HOME' ''");
        assertThat(ShellWords.split(line).words()).containsExactlyElementsOf(words);
    }
}
