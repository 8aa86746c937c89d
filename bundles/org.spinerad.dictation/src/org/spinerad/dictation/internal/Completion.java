package org.spinerad.dictation.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.spinerad.dictation.internal.PhraseLanguage.Entry;
import org.spinerad.dictation.internal.PhraseLanguage.FieldInfo;
import org.spinerad.dictation.internal.PhraseLanguage.Kind;

/**
 * The words that may come next in a phrase: first the rest of a phrase begun
 * (a field's values after its name), then any phrase's first word.
 */
final class Completion {

	private final PhraseLanguage language;

	Completion(PhraseLanguage language) {
		this.language = language;
	}

	List<String> complete(String typed) {
		boolean fresh = typed.isEmpty() || Character.isWhitespace(typed.charAt(typed.length() - 1));
		List<String> tokens = Words.split(typed);
		String partial = fresh || tokens.isEmpty() ? "" : tokens.get(tokens.size() - 1);
		List<String> done = fresh || tokens.isEmpty() ? tokens : tokens.subList(0, tokens.size() - 1);
		Set<String> next = new LinkedHashSet<>();
		for (int k = Math.min(done.size(), 6); k >= 1; k--) {
			List<String> tail = done.subList(done.size() - k, done.size());
			for (Entry e : language.entries()) {
				if (e.words().size() > k && e.words().subList(0, k).equals(tail)) {
					next.add(e.words().get(k));
				}
				if (e.meaning().kind() == Kind.FIELD && e.words().equals(tail)) {
					FieldInfo field = language.fields().get(e.meaning().feature());
					field.values().keySet().forEach(v -> next.add(v.get(0)));
					if (field.type() == PhraseLanguage.Type.LEVEL) {
						next.addAll(List.of("c", "t", "l", "s"));
					}
				}
			}
		}
		Set<String> starts = new TreeSet<>();
		for (Entry e : language.entries()) {
			starts.add(e.words().get(0));
		}
		next.addAll(starts);
		next.addAll(List.of("c", "t", "l", "s"));
		List<String> out = new ArrayList<>();
		for (String w : next) {
			if (w.startsWith(partial) && !w.equals("-") && !w.equals("/")) {
				out.add(w);
			}
		}
		return out;
	}
}
