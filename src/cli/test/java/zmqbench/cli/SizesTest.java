package zmqbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SizesTest {

    @ParameterizedTest
    @CsvSource({"64,64", "64B,64", "1k,1024", "1KiB,1024", "128kib,131072", "1m,1048576", "2MiB,2097152"})
    void sizesAsPeopleWriteThem(String text, int bytes) {
        assertEquals(bytes, Sizes.parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-1", "k", "lots", "3000000m"})
    void nonsenseIsRefused(String text) {
        assertThrows(IllegalArgumentException.class, () -> Sizes.parse(text));
    }
}
