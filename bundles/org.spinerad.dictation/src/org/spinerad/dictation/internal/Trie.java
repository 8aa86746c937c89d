package org.spinerad.dictation.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Alternatives of a grammar rule with their common beginnings said once:
 * {@code no cord expansion | no syrinx} becomes {@code no (cord expansion |
 * syrinx)}. The phrases heard are the same; the recognizer follows one word
 * where it followed one per alternative, which halves its work on rules of
 * hundreds of alternatives. Each branch is weighed by the phrases it leads
 * to, so every phrase stays as likely as before (unweighed, short branches
 * were favoured and exact phrases fell from 90 to 71 %).
 */
final class Trie {

	private final Map<String, Trie> next = new LinkedHashMap<>();
	private boolean end;

	private Trie() {
	}

	/**
	 * @param phrases alternatives, each a list of words or grammar groups ({@code <single>}, {@code (a | b)})
	 * @return the JSGF expansion of all of them
	 */
	static String of(Collection<List<String>> phrases) {
		Trie root = new Trie();
		for (List<String> p : phrases) {
			Trie node = root;
			for (String word : p) {
				node = node.next.computeIfAbsent(word, w -> new Trie());
			}
			node.end = true;
		}
		return root.expansion();
	}

	/**
	 * The alternatives after this node (it has at least one), each weighed by
	 * the phrases it leads to: every phrase keeps the likelihood it had as an
	 * alternative of its own.
	 */
	private String expansion() {
		List<String> alternatives = alternatives(next.size() > 1);
		return alternatives.size() == 1 ? alternatives.get(0) : "(" + String.join(" | ", alternatives) + ")";
	}

	/**
	 * The alternatives after this node, with their weights when asked.
	 * After a phrase that ends here and goes on in others, they are written
	 * flat in one optional part with their weights ({@code a [/2/ b | /1/ c]}):
	 * the recognizer gives the end of the optional part the weight 1, so the
	 * phrase that ends here is one of n + 1, where a single group in brackets
	 * would make it one of two and favour the shortest phrase.
	 */
	private List<String> alternatives(boolean weighed) {
		List<String> alternatives = new ArrayList<>();
		next.forEach((word, node) -> {
			String weight = weighed ? "/" + node.phrases() + "/ " : "";
			if (node.next.isEmpty()) {
				alternatives.add(weight + word);
			} else if (node.end) {
				alternatives.add(weight + word + " [" + String.join(" | ", node.alternatives(true)) + "]");
			} else {
				alternatives.add(weight + word + " " + node.expansion());
			}
		});
		return alternatives;
	}

	/** @return how many phrases end here or after */
	private int phrases() {
		int n = end ? 1 : 0;
		for (Trie t : next.values()) {
			n += t.phrases();
		}
		return n;
	}
}
