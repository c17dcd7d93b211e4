package dltutor.check;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** A tolerance means what it says: close is absolute, closeRelative is relative. */
class ExpectTest {

    @Test
    void closeIsAbsoluteEvenForLargeValues() {
        // a count of 500 with a 6-sd bound of 30: 800 must fail (it passed as "30 × 500 relative")
        assertThrows(CheckFailure.class, () -> Expect.close("count", 800, 500, 30));
        assertDoesNotThrow(() -> Expect.close("count", 525, 500, 30));
        assertThrows(CheckFailure.class, () -> Expect.close("nan", Double.NaN, 1, 1e9));
    }

    @Test
    void closeRelativeScalesWithTheValueAndNotBelowOne() {
        assertDoesNotThrow(() -> Expect.closeRelative("norm", 1000.5, 1000, 1e-3));
        assertThrows(CheckFailure.class, () -> Expect.closeRelative("norm", 1002, 1000, 1e-3));
        assertDoesNotThrow(() -> Expect.closeRelative("small", 0.0005, 0, 1e-3));
        assertThrows(CheckFailure.class, () -> Expect.closeRelative("small", 0.002, 0, 1e-3));
    }
}
