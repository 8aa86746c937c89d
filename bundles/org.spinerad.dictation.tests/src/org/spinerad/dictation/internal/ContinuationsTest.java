package org.spinerad.dictation.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.spinerad.dictation.DictationResult;
import org.spinerad.dictation.Proposal;
import org.spinerad.model.Report;
import org.spinerad.model.edit.ReportEditingDomain;
import org.spinerad.model.query.Reports;
import org.spinerad.templates.tumor.internal.TumorTemplate;

/** Tab and the completion list of the phrase bar, with the tumor template's real phrase language. */
class ContinuationsTest {

	private static final PhraseLanguage LANGUAGE = DictationService.load(new TumorTemplate());
	private final Report report = Reports.newDraft("test");
	private final Session session = new Session(LANGUAGE, report, new ReportEditingDomain());

	@Test
	void tabWritesOutAPhraseFromTheFirstLettersOfItsWords() {
		assertEquals("t6 metastasis convex posterior cortex ", session.expand("t6 metastasis cpc"));
		assertEquals("t6 metastasis t1 reference disc ", session.expand("t6 metastasis t1rd"));
		assertEquals("t6 metastasis posterior elements left ", session.expand("t6 metastasis pel"));
	}

	@Test
	void tabWritesTheWordsEveryAlternativeSharesThenTheCommonStartOfTheNext() {
		assertEquals("t6 epidural abscess rim quality ", session.expand("t6 epidural abscess rim q"));
		assertEquals("t6 epidural abscess rim quality thi", session.expand("t6 epidural abscess rim quality th"));
		assertEquals("t6 epidural abscess rim quality thick irregular ",
				session.expand("t6 epidural abscess rim quality thic"));
	}

	@Test
	void withNothingMoreInCommonTabTakesTheFirstProposal() {
		List<Proposal> listed = session.proposals("t6 metastasis l");
		assertEquals("lytic", listed.get(0).words(), listed.toString());
		assertEquals("t6 metastasis lytic ", session.expand("t6 metastasis l"));
		assertEquals(listed.get(0).line(), session.expand("t6 metastasis l"));
	}

	@Test
	void numbersAndLevelsAreTypedWholeAndLevelsCompactly() {
		assertEquals("t6 metastasis collapse 25 ", session.expand("t6 metastasis co25"));
		assertEquals("t6 epidural tumor worst level t6 ", session.expand("t6 epidural tumor wlt6"));
		assertEquals("l3-4 ", session.expand("l34"));
		assertEquals("t12 ", session.expand("t12"));
		assertEquals("t6 12x10x18 ", session.expand("t6 12x10x18"));
	}

	@Test
	void aLevelRunsIntoThePhraseAfterItAndANumberFollowsAFieldsFirstLetters() {
		assertEquals("t6 metastasis ", session.expand("t6met"));
		assertEquals("t6 epidural tumor worst at t6 ", session.expand("t6 epidural tumor wt6"));
		assertEquals("t6 epidural tumor thick 5 ", session.expand("t6 epidural tumor t5"));
	}

	@Test
	void phrasesUsedEarlierInTheSessionComeFirst() {
		assertEquals("homogeneously enhancing", session.proposals("t10 metastasis h").get(0).words());
		session.apply("t6 metastasis heterogeneously enhancing");
		assertEquals("heterogeneously enhancing", session.proposals("t10 metastasis h").get(0).words());
	}

	@Test
	void onlyWhatFitsTheRegionNamedIsProposed() {
		List<String> epidural = words(session.proposals("t6 epidural tumor l"));
		assertFalse(epidural.contains("lytic"), epidural.toString());
		assertTrue(epidural.contains("left side"), epidural.toString());
		List<String> marrow = words(session.proposals("t6 metastasis l"));
		assertTrue(marrow.contains("lytic"), marrow.toString());
		// left alone could be the side or the posterior elements of a marrow finding: not proposed alone
		assertFalse(marrow.contains("left"), marrow.toString());
	}

	@Test
	void aFieldSetAndSynonymsOfOneEffectAreProposedOnce() {
		assertTrue(session.proposals("t6 metastasis lytic b").stream().noneMatch(p -> p.meaning().contains("boneLesion")));
		List<Proposal> pattern = session.proposals("t6 metastasis avidly enhancing he");
		assertEquals(1, pattern.stream().filter(p -> p.meaning().equals("enhancement.pattern = heterogeneous")).count(),
				pattern.toString());
	}

	/** Whatever the list proposes, the interpreter places: nothing is unplaced and it sets what the list said. */
	@Test
	void everyProposalIsUnderstoodAsProposed() {
		for (String typed : List.of("t6 ", "t6 metastasis ", "t6 metastasis t1 ", "l4-5 epidural ", "t6 facet ",
				"t6 paraspinal ", "t6 metastasis a", "l2 cord ", "t6met")) {
			everyProposalIsUnderstood(typed);
		}
	}

	@Test
	void theListSaysWhatAProposalSetsInTheClinicianWords() {
		Proposal reference = session.proposals("t6 metastasis t1 r").stream()
				.filter(p -> p.meaning().equals("t1Reference = muscle")).findFirst().orElseThrow();
		assertTrue(reference.shown().toLowerCase(java.util.Locale.ROOT).equals("t1 reference: muscle"), reference.toString());
		for (String typed : List.of("t6 ", "t6 metastasis ", "t6 metastasis a", "l4-5 epidural ", "l2 cord ", "t6met")) {
			for (Proposal p : session.proposals(typed)) {
				assertFalse(p.shown().matches(".*([a-z][A-Z]|_| = ).*"), "'" + p.words() + "' shows " + p.shown());
			}
		}
	}

	private void everyProposalIsUnderstood(String typed) {
		List<Proposal> listed = session.proposals(typed);
		assertFalse(listed.isEmpty(), typed);
		for (Proposal p : listed) {
			if (p.meaning().endsWith("= a number") || p.meaning().endsWith("= a level")
					|| p.meaning().contains("(text)") || p.meaning().equals("negation") || p.meaning().equals("normal")) {
				continue; // a number, level or text follows; a negation or normal needs its region
			}
			DictationResult r = session.preview(p.line());
			assertTrue(r.understood() && r.unplaced().isEmpty(), "'" + p.line() + "' (" + p.meaning() + "): " + r);
			for (String set : p.meaning().split(", ")) {
				if (!set.startsWith("region ")) {
					String field = set.substring(0, set.indexOf(" = "));
					String value = set.substring(set.indexOf(" = ") + 3);
					assertTrue(r.edits().stream().anyMatch(e -> e.field().equals(field) && e.value().equals(value)),
							"'" + p.line() + "' sets " + set + ": " + r);
				}
			}
		}
	}

	@Test
	void aFewLettersAndTabsGiveAWholeFindingOfTum01() {
		String line = typed("t6met\tl\td\tt1rd\tsb\tae\the\tc25\ti70\tpel\tan\tcp\t");
		assertEquals("t6 metastasis lytic dark on t1 t1 reference disc stir bright avidly enhancing heterogeneously"
				+ " enhancing collapse 25 involvement 70 posterior elements left alignment normal convex posterior cortex ",
				line);
		DictationResult r = session.apply(line);
		assertEquals(13, r.edits().size(), r.toString());
		assertTrue(r.unplaced().isEmpty(), r.toString());
	}

	/** @return the line after typing keys, {@code \t} being Tab */
	private String typed(String keys) {
		String line = "";
		for (char c : keys.toCharArray()) {
			line = c == '\t' ? session.expand(line) : line + c;
		}
		return line;
	}

	private static List<String> words(List<Proposal> proposals) {
		return proposals.stream().map(Proposal::words).toList();
	}
}
