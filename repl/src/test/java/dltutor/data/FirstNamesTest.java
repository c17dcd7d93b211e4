package dltutor.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FirstNamesTest {
    @Test
    void namesAreLowerCaseAndEncodeWithStartAndEnd() {
        FirstNames names = FirstNames.load();
        assertEquals(4944, names.female().size());
        assertEquals(3897, names.male().size());
        assertEquals(8422, names.all().size());
        assertTrue(names.all().stream().allMatch(n -> n.matches("[a-z-]+")));
        assertEquals("aaren", names.female().get(0));
        assertEquals(30, names.tokenizer().size());
        assertArrayEquals(new int[] {1, 4, 7, 4, 2}, names.encode("ada"));
        assertEquals("ada", names.decode(names.encode("Ada")));
        assertEquals("ada", names.decode(new int[] {1, 4, 7, 4, 2, 5, 5}));
        for (String n : names.all()) {
            assertEquals(n, names.decode(names.encode(n)));
        }
        assertEquals(15, names.maxLength());
    }
}
