package org.mabsadvisor.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The checks before the schema locate each problem by the JSON Pointer of its value. */
class TreeLimitsTest {

    @Test
    void problemsAreLocatedByTheirPointerWithKeysEscaped() throws Exception {
        String json = """
                {"ok": [1, 2], "a/b~c": [ "x", "y", "bad\\u0001" ], "n": {"deep": [ {"v": 1e400} ]}, "long": [1, 2, 3, 4]}
                """;
        List<InputProblem> problems = TreeLimits.check("f.json", new ObjectMapper().readTree(json), 3);
        assertEquals(List.of(
                "f.json: /a~1b~0c/2: contains the control character U+0001",
                "f.json: /n/deep/0/v: number Infinity is out of range",
                "f.json: /long: has 4 items; the limit is 3"), problems.stream().map(InputProblem::toString).toList());
    }
}
