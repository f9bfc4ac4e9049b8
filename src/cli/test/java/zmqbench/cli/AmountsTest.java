package zmqbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class AmountsTest {

    @Test
    void percentagesWithOrWithoutTheSign() {
        assertEquals(0.05, Amounts.percent("--precision", "5%"), 1e-12);
        assertEquals(0.025, Amounts.percent("--precision", "2.5"), 1e-12);
        assertEquals(0.0, Amounts.percent("--precision", "0"), 1e-12);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Amounts.percent("--precision", "five"));
        assertEquals("--precision: expected a percentage such as 5%, got 'five'", e.getMessage());
    }

    @Test
    void durationsInSecondsOrMinutes() {
        assertEquals(150, Amounts.seconds("--time-budget", "150s"));
        assertEquals(150, Amounts.seconds("--time-budget", "150"));
        assertEquals(180, Amounts.seconds("--time-budget", "3m"));
        assertEquals(0, Amounts.seconds("--time-budget", "0"));
        assertThrows(IllegalArgumentException.class, () -> Amounts.seconds("--time-budget", "soon"));
    }
}
