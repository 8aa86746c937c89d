package org.spinerad.dictation.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.spinerad.templates.infection.internal.InfectionTemplate;

/** Grammar alternatives that begin alike share their beginning, and each phrase keeps its weight. */
class TrieTest {

	@Test
	void commonBeginningsAreSaidOnceAndWeighedByTheirPhrases() {
		assertEquals("(/4/ no (/1/ cord expansion | /3/ syrinx [/1/ seen | /1/ found]) | /1/ normal)",
				Trie.of(List.of(List.of("no", "cord", "expansion"), List.of("no", "syrinx"), List.of("no", "syrinx", "seen"),
						List.of("no", "syrinx", "found"), List.of("normal"))));
		assertEquals("nerve root <single>", Trie.of(List.of(List.of("nerve", "root", "<single>"))));
	}

	/**
	 * A phrase that others go on from is one of them, not one of two: the
	 * recognizer weighs the end of an optional part 1 against the weights of
	 * the alternatives in it ("epidural" alone was as likely as all its
	 * continuations together, so "epidural space" was heard as "epidural" and
	 * a field).
	 */
	@Test
	void aPhraseThatOthersContinueWeighsAsOneOfThem() {
		assertEquals("epidural [/1/ space | /1/ abscess | /1/ tumor]", Trie.of(List.of(List.of("epidural"),
				List.of("epidural", "space"), List.of("epidural", "abscess"), List.of("epidural", "tumor"))));
		assertEquals("l four [/1/ five]", Trie.of(List.of(List.of("l", "four"), List.of("l", "four", "five"))));
	}

	@Test
	void theGrammarOffersEveryLevelOnceAndNoWeightAsAWord() {
		String jsgf = Grammar.jsgf(DictationService.load(new InfectionTemplate()));
		String single = jsgf.lines().filter(l -> l.startsWith("<single> = ")).findFirst().orElseThrow();
		assertTrue(single.startsWith("<single> = (/"), single);
		assertEquals(1, single.split("\\bc \\(").length - 1, "the letter c starts one branch: " + single);
		assertFalse(Grammar.vocabulary(jsgf).stream().anyMatch(w -> w.contains("/")), "a weight taken for a word");
		assertTrue(Grammar.vocabulary(jsgf).containsAll(List.of("nerve", "root", "delayed", "images")));
	}
}
