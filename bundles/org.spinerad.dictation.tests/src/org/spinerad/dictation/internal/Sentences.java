package org.spinerad.dictation.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Tells whether words are a sentence of a generated JSGF grammar (the subset
 * {@link Grammar} writes: one rule a line, words, rule references,
 * alternatives with weights, groups, optional parts, {@code *} and {@code +}),
 * without the recognizer: the set of positions reachable after each part.
 */
public final class Sentences {

	private sealed interface Node permits Word, Ref, Seq, Alt, Repeat {
	}

	private record Word(String word) implements Node {
	}

	private record Ref(String rule) implements Node {
	}

	private record Seq(List<Node> parts) implements Node {
	}

	private record Alt(List<Node> options) implements Node {
	}

	/** {@code least} 0 and {@code most} 1: optional; 0 and many: {@code *}; 1 and many: {@code +}. */
	private record Repeat(Node node, int least, boolean many) implements Node {
	}

	private final Map<String, Node> rules = new HashMap<>();
	private String top;

	public Sentences(String jsgf) {
		for (String line : jsgf.lines().toList()) {
			int eq = line.indexOf(" = ");
			if (!line.contains("<") || eq < 0) {
				continue;
			}
			String head = line.substring(0, eq).strip();
			boolean isPublic = head.startsWith("public ");
			String name = head.substring(head.indexOf('<') + 1, head.indexOf('>'));
			String body = line.substring(eq + 3, line.lastIndexOf(';'));
			List<String> tokens = new ArrayList<>();
			for (String t : body.replaceAll("/[0-9.]+/", " ").replaceAll("([()\\[\\]|*+])", " $1 ").split("\\s+")) {
				if (!t.isEmpty()) {
					tokens.add(t);
				}
			}
			int[] at = { 0 };
			rules.put(name, alternatives(tokens, at));
			if (isPublic) {
				top = name;
			}
		}
	}

	/** @return whether the words, separated by spaces, are a sentence of the grammar */
	public boolean accepts(String words) {
		List<String> w = List.of(words.strip().split("\\s+"));
		return ends(rules.get(top), w, Set.of(0)).contains(w.size());
	}

	private Node alternatives(List<String> tokens, int[] at) {
		List<Node> options = new ArrayList<>();
		options.add(sequence(tokens, at));
		while (at[0] < tokens.size() && tokens.get(at[0]).equals("|")) {
			at[0]++;
			options.add(sequence(tokens, at));
		}
		return options.size() == 1 ? options.get(0) : new Alt(options);
	}

	private Node sequence(List<String> tokens, int[] at) {
		List<Node> parts = new ArrayList<>();
		while (at[0] < tokens.size()) {
			String t = tokens.get(at[0]);
			if (t.equals("|") || t.equals(")") || t.equals("]")) {
				break;
			}
			at[0]++;
			Node part;
			if (t.equals("(") || t.equals("[")) {
				part = alternatives(tokens, at);
				at[0]++; // the closing bracket
				if (t.equals("[")) {
					part = new Repeat(part, 0, false);
				}
			} else if (t.startsWith("<")) {
				part = new Ref(t.substring(1, t.length() - 1));
			} else {
				part = new Word(t);
			}
			if (at[0] < tokens.size() && (tokens.get(at[0]).equals("*") || tokens.get(at[0]).equals("+"))) {
				part = new Repeat(part, tokens.get(at[0]).equals("+") ? 1 : 0, true);
				at[0]++;
			}
			parts.add(part);
		}
		return parts.size() == 1 ? parts.get(0) : new Seq(parts);
	}

	private Set<Integer> ends(Node node, List<String> words, Set<Integer> starts) {
		Set<Integer> out = new HashSet<>();
		switch (node) {
		case Word w -> starts.stream().filter(p -> p < words.size() && words.get(p).equals(w.word()))
				.forEach(p -> out.add(p + 1));
		case Ref r -> out.addAll(ends(rules.get(r.rule()), words, starts));
		case Seq s -> {
			Set<Integer> at = starts;
			for (Node part : s.parts()) {
				at = ends(part, words, at);
			}
			out.addAll(at);
		}
		case Alt a -> a.options().forEach(o -> out.addAll(ends(o, words, starts)));
		case Repeat r -> {
			Set<Integer> frontier = r.least() == 1 ? ends(r.node(), words, starts) : starts;
			out.addAll(frontier);
			while (r.many() && !frontier.isEmpty()) {
				Set<Integer> next = new HashSet<>(ends(r.node(), words, frontier));
				next.removeAll(out);
				out.addAll(next);
				frontier = next;
			}
			if (!r.many() && r.least() == 0) {
				out.addAll(ends(r.node(), words, starts));
			}
		}
		}
		return out;
	}
}
