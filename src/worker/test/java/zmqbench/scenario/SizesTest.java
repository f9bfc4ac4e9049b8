package zmqbench.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SizesTest {

    @Test
    void wholeBinaryUnitsElseBytes() {
        assertEquals("64 B", Sizes.format(64));
        assertEquals("1 KiB", Sizes.format(1024));
        assertEquals("1 MiB", Sizes.format(1 << 20));
        assertEquals("2 GiB", Sizes.format(2L << 30));
        assertEquals("1000 B", Sizes.format(1000));
    }
}
