package org.spinerad.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.spinerad.model.ReportPackage;
import org.spinerad.model.levels.SpineLevel;
import org.spinerad.model.levels.Vertebra;

class SpineLevelTest {

	@ParameterizedTest
	@CsvSource({ "L4,L4", "l4,L4", "L4-L5,L4-L5", "L4-5,L4-L5", "l4-l5,L4-L5", "C7-T1,C7-T1", "T12-L1,T12-L1",
			"L5-S1,L5-S1", "C2-C3,C2-C3", "T12-T13,T12-T13", "T13-L1,T13-L1", "L5-L6,L5-L6", "L6-S1,L6-S1",
			"Co,Co", "S5,S5" })
	void readsAndWritesTheCanonicalForm(String text, String canonical) {
		assertEquals(canonical, SpineLevel.valueOf(text).toString());
	}

	@ParameterizedTest
	@ValueSource(strings = { "C1-C2", "C0-C1", "L4-L6", "L5-L4", "S2-S3", "X4", "L9", "", "L4--L5", "T1-T3" })
	void refusesWhatIsNotALevel(String text) {
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SpineLevel.valueOf(text));
		assertTrue(e.getMessage().contains("e.g."), "the message shows an example: " + e.getMessage());
	}

	@Test
	void discsSortBetweenTheirVertebrae() {
		List<SpineLevel> levels = new ArrayList<>();
		for (String s : new String[] { "L5", "L4-L5", "T12-L1", "C2", "L4", "S1", "L5-S1", "T12", "L1" }) {
			levels.add(SpineLevel.valueOf(s));
		}
		Collections.sort(levels);
		assertEquals("[C2, T12, T12-L1, L1, L4, L4-L5, L5, L5-S1, S1]", levels.toString());
		assertTrue(SpineLevel.valueOf("L3").isAbove(SpineLevel.valueOf("L3-L4")));
		assertFalse(SpineLevel.valueOf("S1").isAbove(SpineLevel.valueOf("L5-S1")));
	}

	@Test
	void countsSegmentsOfARange() {
		assertEquals(3, SpineLevel.segmentCount(SpineLevel.valueOf("L2"), SpineLevel.valueOf("L4")));
		assertEquals(2, SpineLevel.segmentCount(SpineLevel.valueOf("L3-L4"), null));
		assertEquals(5, SpineLevel.segmentCount(SpineLevel.valueOf("T7"), SpineLevel.valueOf("T11")));
		assertEquals(1, SpineLevel.segmentCount(SpineLevel.valueOf("T9"), null));
	}

	@Test
	void showsTheShortDisplayForm() {
		assertEquals("L4-5", SpineLevel.valueOf("L4-L5").displayShort());
		assertEquals("C7-T1", SpineLevel.valueOf("C7-T1").displayShort());
		assertEquals("T9", SpineLevel.valueOf("T9").displayShort());
	}

	@Test
	void emfStoresLevelsAsText() {
		SpineLevel level = (SpineLevel) EcoreUtil.createFromString(ReportPackage.Literals.SPINE_LEVEL, "L4-5");
		assertEquals(SpineLevel.disc(Vertebra.L4, Vertebra.L5), level);
		assertEquals("L4-L5", EcoreUtil.convertToString(ReportPackage.Literals.SPINE_LEVEL, level));
	}

	@Test
	void variantsAreOptionalNeighbours() {
		assertTrue(Vertebra.T12.hasDiscTo(Vertebra.L1));
		assertTrue(Vertebra.T12.hasDiscTo(Vertebra.T13));
		assertTrue(Vertebra.L5.hasDiscTo(Vertebra.S1));
		assertFalse(Vertebra.C1.hasDiscTo(Vertebra.C2));
		assertFalse(Vertebra.L3.hasDiscTo(Vertebra.L5));
	}
}
