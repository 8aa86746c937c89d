package org.spinerad.dictation.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.spinerad.model.RegionKind;

/**
 * The spoken grammar admits what the interpreter can place and nothing that
 * places nothing: every corpus phrase as a radiologist says it, a number
 * field only with its number.
 */
class GrammarTest {

	/**
	 * Phrases the grammar does not offer (typed, they give their edits): a
	 * value of one or two syllables said without its field's name ("lytic",
	 * "left"), a number before a short field's name without a unit ("three
	 * modic type"), a clinical phrase after a region's name ("vertebral body
	 * pathologic fracture"); offered, they took the place of other words more
	 * often than they were said. Not offered yet: a negated region named by a
	 * finding kind.
	 */
	private static final Set<String> NOT_OFFERED = Set.of("no paraspinal abscess",
			"t seven metastasis lytic collapse forty percent",
			"l one vertebral body pathologic fracture retropulsion convex posterior cortex",
			"t six paravertebral tumor left twelve by ten by eighteen millimetres", "t six facet left");

	private final Map<String, String> grammars = new HashMap<>();

	private Sentences grammar(String template) {
		return new Sentences(grammars.computeIfAbsent(template,
				t -> Grammar.jsgf(DictationService.load(Corpus.TEMPLATES.get(t)))));
	}

	/** Asserts that the template's grammar offers the first phrases and not the others. */
	private void assertOffers(String template, List<String> offered, List<String> notOffered) {
		Sentences sentences = grammar(template);
		offered.forEach(p -> assertTrue(sentences.accepts(p), "not offered: " + p));
		notOffered.forEach(p -> assertFalse(sentences.accepts(p), "offered: " + p));
	}

	@Test
	void everyCorpusPhraseAsSpokenIsASentence() throws Exception {
		List<String> missing = new ArrayList<>();
		int checked = 0;
		for (Corpus.Case c : Corpus.cases()) {
			String said = Corpus.spoken(c.phrase());
			Set<String> vocabulary = Grammar.vocabulary(grammars.computeIfAbsent(c.template(),
					t -> Grammar.jsgf(DictationService.load(Corpus.TEMPLATES.get(t)))));
			// words kept verbatim in a remark cannot all be offered to the recognizer
			if (c.expected().equals("(nothing)") || c.expected().contains("remark =")
					|| !vocabulary.containsAll(Arrays.asList(said.split(" "))) || NOT_OFFERED.contains(said)) {
				continue;
			}
			checked++;
			if (!grammar(c.template()).accepts(said)) {
				missing.add(c.template() + " line " + c.line() + ": " + said);
			}
		}
		assertEquals(List.of(), missing);
		assertTrue(checked > 600, "phrases checked: " + checked);
	}

	/**
	 * A clinical phrase that only one region's findings have names the region,
	 * as it does typed; one that fits several regions does not.
	 */
	@Test
	void aClinicalPhraseOfOneRegionNamesIt() {
		assertOffers("postop",
				List.of("l three to l five roots clumped roots thickened", "t twelve endplate erosion"),
				List.of("l four midline", "l four rim enhancing"));
	}

	/**
	 * A value of three syllables or more that fits one field of the region's
	 * findings may be said without the field's name, as it is typed; a
	 * shorter one ("tumor" stood in for "hematoma"), one that fits several
	 * fields, or one without a region named is not offered.
	 */
	@Test
	void aRegionsClinicalPhraseMayFollowItsName() {
		assertOffers("tumor", List.of("l one vertebral body pathologic fracture retropulsion convex posterior cortex",
				"t six cord syrinx"), List.of("l one disc pathologic fracture", "t six epidural syrinx"));
	}

	@Test
	void aLongValueThatFitsOneFieldMayBeSaidAlone() {
		assertOffers("tumor",
				List.of("c four cord intramedullary edema length forty millimetres", "l four l five disc extrusion"),
				List.of("t seven bone lytic", "l four l five disc bulge", "l four disc hyperintense",
						"intramedullary"));
		assertEquals(List.of(2, 6, 1, 4), List.of(Grammar.syllables("lytic"), Grammar.syllables("intramedullary"),
				Grammar.syllables("bulge"), Grammar.syllables("surgical bed")));
	}

	/**
	 * Every value the grammar offers without its field's name is placed in
	 * that field when heard, with nothing left unplaced or in the remark.
	 */
	@Test
	void everyValueOfferedAloneIsPlaced() {
		Map<RegionKind, String> names = Map.of(RegionKind.BONE_MARROW, "marrow", RegionKind.DISC, "disc",
				RegionKind.EPIDURAL, "epidural", RegionKind.CORD_ROOTS_MENINGES, "cord", RegionKind.FACETS, "facet",
				RegionKind.PARASPINAL, "paraspinal");
		List<String> wrong = new ArrayList<>();
		int checked = 0;
		for (String template : Corpus.TEMPLATES.keySet()) {
			PhraseLanguage language = DictationService.load(Corpus.TEMPLATES.get(template));
			for (RegionKind region : language.regions()) {
				for (List<String> value : Grammar.alone(language, region)) {
					String heard = Written.of("l four " + names.get(region) + " " + String.join(" ", value));
					Interpreter.Plan plan = new Interpreter(language, heard).interpret(null);
					checked++;
					if (plan.region() != region || plan.values().size() != 1 || !plan.unplaced().isEmpty()
							|| !plan.leftover().isEmpty()) {
						wrong.add(template + ": " + heard + " -> " + plan.values() + " " + plan.unplaced());
					}
				}
			}
		}
		assertEquals(List.of(), wrong);
		assertTrue(checked > 50, "values offered alone: " + checked);
	}

	/**
	 * A number field's name without its number sets nothing, so it is not
	 * offered: "epidural space" was heard as "epidural thick".
	 */
	@Test
	void aNumberFieldIsSaidWithItsNumber() {
		assertOffers("infection",
				List.of("l three epidural space", "l three epidural five millimetres thick",
						"l three epidural thick five millimetres",
						"c three c four epidural minutes after injection twenty five"),
				List.of("l three epidural thick"));
	}

	/**
	 * A name of three words or more that says its unit takes a number before
	 * it alone: "forty minutes after injection" was outside the grammar and
	 * heard as nothing or as a length ("forty centimetre"). A short name does
	 * not, lest it be heard in trailing sounds.
	 */
	@Test
	void aLongNameTakesANumberBeforeItWithoutUnit() {
		assertOffers("infection",
				List.of("t eight t nine epidural space forty minutes after injection",
						"at t eleven epidural three minutes after contrast"),
				List.of("l three paraspinal twenty delayed images", "l three epidural five thick"));
	}

	/**
	 * A length may be in millimetres or centimetres, so it is said with its
	 * unit; a number alone at the end of a phrase ("epidural thick two") was
	 * heard in the last sounds of other words.
	 */
	@Test
	void aLengthOrAPercentageIsSaidWithItsUnit() {
		assertOffers("infection",
				List.of("l three epidural thick zero point five centimetre",
						"l three paraspinal delayed images twenty"),
				List.of("l three epidural thick five", "l three epidural thick five percent",
						"l four l five disc height loss thirty millimetres"));
	}

	@Test
	void aWholeNumberFieldTakesNoDecimals() {
		assertOffers("infection",
				List.of("l four l five disc height loss thirty percent",
						"l three epidural thick four point five millimetres"),
				List.of("l four l five disc height loss thirty point five percent"));
	}

	/** "left" may be the side or the axial position of an epidural finding: said alone it goes to the remark. */
	@Test
	void aValueIsSaidAfterItsFieldsName() {
		assertOffers("infection", List.of("l four epidural axial position left"), List.of("l four epidural left"));
	}
}
