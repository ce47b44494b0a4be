package org.mabsadvisor.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The phrases of a rule are normalized once, when it is compiled, and nothing else of the DRL moves. */
class PhraseLiteralsTest {

    @Test
    void phrasesOfAnEventAreNormalizedInPlace() {
        String drl = "    $e : Event( mentions(\"Défaillance de l'agent\", \"Push Install\"), errorId == \"X\" )\n";
        assertEquals("    $e : Event( mentions(\"defaillance de l agent\", \"push install\"), errorId == \"X\" )\n",
                PhraseLiterals.normalized(drl));
    }

    @Test
    void theTextOfMessagesMentionsAndLongerOrShorterFormsAreLeftAlone() {
        String drl = "    Certificate( Messages.mentions(\"Subject\", \"Windows Azure Tools\", \"Error: failed.\", name) )\n";
        assertEquals("    Certificate( Messages.mentions(\"Subject\", \"windows azure tools\", \"Error: failed.\", name) )\n",
                PhraseLiterals.normalized(drl), "the text stays; a phrase whose form is shorter is normalized when run");
    }

    @Test
    void aDrlWithoutMatchersIsTheSameText() {
        String drl = "rule \"x\" when MarsAgent( version == \"2.0 Beta\" ) then end\n";
        assertEquals(drl, PhraseLiterals.normalized(drl));
    }
}
