package org.spinerad.dictation.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.spinerad.templates.tumor.internal.TumorTemplate;

/** The pronunciation dictionary the recognizer gets: the CMU dictionary's, or the template's own. */
class PronunciationsTest {

	@Test
	void aTemplateLineReplacesTheCmuPronunciationsAndMayGiveSeveral() {
		Map<String, List<String>> cmu = Map.of("epidural", List.of("EH P AH D ER AH L"), "disc", List.of("D IH S K"));
		List<String> missing = new ArrayList<>();
		String dictionary = Pronunciations.dictionary(Set.of("epidural", "disc"), cmu,
				Map.of("epidural", "EH P AH D ER AH L | EH P AH D UH R AH L"), missing);
		assertEquals("disc D IH S K\nepidural EH P AH D ER AH L\nepidural(2) EH P AH D UH R AH L\n", dictionary);
		assertEquals(List.of(), missing);
	}

	@Test
	void aSoundsLineWithoutPhonesIsReportedMissing() {
		List<String> missing = new ArrayList<>();
		String dictionary = Pronunciations.dictionary(Set.of("conus"), Map.of(), Map.of("conus", " | "), missing);
		assertEquals("", dictionary);
		assertEquals(List.of("conus"), missing);
	}

	@Test
	void epiduralIsSaidAsRadiologistsSayIt() throws Exception {
		// the CMU dictionary knows only "ep-uh-der-al"; said "ep-i-dur-al" it was heard as "intradural"
		PhraseLanguage language = DictationService.load(new TumorTemplate());
		List<String> missing = new ArrayList<>();
		String dictionary = Pronunciations.dictionary(Set.of("epidural"),
				Pronunciations.cmu(SphinxRecognizer.MODEL.resolve("cmudict-en-us.dict")), language.sounds(), missing);
		assertTrue(dictionary.contains("epidural(2) EH P AH D UH R AH L\n"), dictionary);
		assertTrue(dictionary.startsWith("epidural EH P AH D ER AH L\n"), dictionary);
	}
}
