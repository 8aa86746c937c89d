package org.spinerad.dictation.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.spinerad.dictation.internal.Corpus.Case;
import org.spinerad.templates.FormDefinition.FieldSpec;
import org.spinerad.templates.FormDefinition.RegionForm;
import org.spinerad.templates.TemplateProvider;

/** Every typed phrase of the corpus gives exactly its expected edit. */
class CorpusTest {

	@Test
	void everyTypedPhraseGivesExactlyTheExpectedEdit() throws Exception {
		List<Case> cases = Corpus.cases();
		assertTrue(cases.size() >= 300, "the corpus has " + cases.size() + " phrases");
		Map<String, PhraseLanguage> languages = new HashMap<>();
		List<String> wrong = new ArrayList<>();
		for (Case c : cases) {
			String actual = Corpus.run(c, languages);
			if (!actual.equals(c.expected())) {
				wrong.add("line " + c.line() + ": " + c.phrase() + "\n   expected " + c.expected() + "\n   actual   " + actual);
			}
		}
		assertEquals("", String.join("\n", wrong), wrong.size() + " of " + cases.size() + " phrases wrong");
	}

	@Test
	void theCorpusCoversEveryRegionAndFieldOfEveryTemplate() throws Exception {
		List<Case> cases = Corpus.cases();
		for (Map.Entry<String, TemplateProvider> t : Corpus.TEMPLATES.entrySet()) {
			Set<String> covered = new TreeSet<>();
			for (Case c : cases) {
				if (c.template().equals(t.getKey())) {
					for (String edit : c.expected().split(" ; ")) {
						String[] words = edit.split(" ");
						String field = edit.contains(" = ") ? edit.substring(0, edit.indexOf(" = ")) : edit;
						field = field.substring(field.lastIndexOf(' ') + 1);
						covered.add(words[0] + " " + field);
					}
				}
			}
			Set<String> missing = new TreeSet<>();
			for (RegionForm region : t.getValue().form().regions()) {
				if (!covered.contains(region.kind().getLiteral() + " normal")) {
					missing.add(region.kind().getLiteral() + " normal");
				}
				for (FieldSpec field : region.fields()) {
					String key = region.kind().getLiteral() + " " + field.feature();
					if (!field.feature().equals("from") && !field.feature().equals("to") && !covered.contains(key)) {
						missing.add(key);
					}
				}
			}
			assertEquals(Set.of(), missing, t.getKey() + ": fields no corpus phrase sets");
		}
	}
}
