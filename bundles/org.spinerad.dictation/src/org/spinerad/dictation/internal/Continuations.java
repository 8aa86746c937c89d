package org.spinerad.dictation.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.spinerad.dictation.Proposal;
import org.spinerad.dictation.internal.Candidates.Candidate;
import org.spinerad.model.RegionKind;
import org.spinerad.model.levels.Vertebra;

/**
 * Completion of a typed phrase from the phrase language: the unfinished word
 * is matched against the candidates that may follow ({@link Candidates}), as
 * the start of a phrase or as the first letters of its words run together
 * ({@code cpc} is {@code convex posterior cortex}, {@code co25} is
 * {@code collapse 25}); phrases with the same effect are one alternative.
 */
final class Continuations {

	private static final Pattern NUMBER = Pattern.compile("\\d+(\\.\\d+)?");
	private static final Pattern LEVEL = Pattern.compile("[ctls]\\d{1,2}(-[ctls]?\\d{1,2})?");
	/** A disc level typed without its dash: {@code l34}, {@code c56}. */
	private static final Pattern COMPACT_DISC = Pattern.compile("([ctl])(\\d)(\\d)");
	/** A level at the start of an unfinished word, then letters: {@code t6met}. */
	private static final Pattern LEADING_LEVEL = Pattern.compile("([ctls]\\d{1,2}(?:-?[ctls]?\\d{1,2})?)([a-z].*)");

	/** A candidate the unfinished word fits: its words with any slot filled, and how many words the word reached. */
	private record Match(Candidate candidate, List<String> words, int reached) {
	}

	private final Candidates candidates;
	private final Effects effects;
	private String afterKey;
	private List<Candidate> afterList;
	/** The words of the phrases applied in this session, read as they grow. */
	private final List<List<String>> used;

	/**
	 * @param used the words of the phrases applied so far (the list grows with
	 *             the session); their phrases are proposed before others
	 */
	Continuations(PhraseLanguage language, List<List<String>> used) {
		this.candidates = new Candidates(language);
		this.effects = new Effects(language);
		this.used = used;
	}

	List<Proposal> proposals(String typed, RegionKind last) {
		String[] at = split(typed, last);
		List<Proposal> out = new ArrayList<>();
		for (Match m : alternatives(matches(at[0], at[1], last), at[1])) {
			String words = text(visible(m.words()));
			out.add(new Proposal(words, at[0] + words + (words.isEmpty() ? "" : " "), m.candidate().effect(),
					effects.shown(m.candidate().effect())));
		}
		return out;
	}

	String expand(String typed, RegionKind last) {
		String[] at = split(typed, last);
		String done = at[0];
		String fragment = at[1];
		if (fragment.isEmpty()) {
			return unique(matches(done, fragment, last), done).orElse(done);
		}
		if (!candidates.levelNamed(Words.split(done))) {
			String level = level(fragment);
			if (level != null) {
				return done + level + " ";
			}
		}
		if (NUMBER.matcher(fragment).matches() || fragment.matches("\\d+(\\.\\d+)?(x\\d+(\\.\\d+)?){1,2}")) {
			return typed + " ";
		}
		List<Match> matches = matches(done, fragment, last);
		if (matches.isEmpty()) {
			return typed;
		}
		String line = unique(matches, done).orElseGet(() -> common(matches, done, fragment, done + fragment));
		if (!line.equals(done + fragment)) {
			return line;
		}
		// nothing more is common to the proposals: the first one, as the list shows it
		List<String> words = visible(alternatives(matches, fragment).get(0).words());
		return words.isEmpty() ? typed : done + text(words) + " ";
	}

	/**
	 * @return the words done and the unfinished word; a level the unfinished
	 *         word begins with ({@code t6met}) is done, when no level was said
	 *         yet and what follows it fits a phrase
	 */
	private String[] split(String typed, RegionKind last) {
		String done = done(typed);
		String fragment = typed.substring(done.length()).toLowerCase(Locale.ROOT);
		Matcher leading = LEADING_LEVEL.matcher(fragment);
		if (leading.matches() && level(leading.group(1)) != null && !candidates.levelNamed(Words.split(done))) {
			String with = done + level(leading.group(1)) + " ";
			if (!matches(with, leading.group(2), last).isEmpty()) {
				return new String[] { with, leading.group(2) };
			}
		}
		return new String[] { done, fragment };
	}

	/** @return the line with the one alternative written out, when all matches are one */
	private java.util.Optional<String> unique(List<Match> matches, String done) {
		List<Match> alternatives = alternatives(matches, "");
		if (alternatives.size() != 1) {
			return java.util.Optional.empty();
		}
		List<String> words = visible(alternatives.get(0).words());
		return words.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(done + text(words) + " ");
	}

	/** The words all matches begin with, or the longer common start of the next word. */
	private static String common(List<Match> matches, String done, String fragment, String typed) {
		List<String> first = visible(matches.get(0).words());
		int n = first.size();
		for (Match m : matches) {
			List<String> w = visible(m.words());
			int i = 0;
			while (i < Math.min(n, w.size()) && w.get(i).equals(first.get(i))) {
				i++;
			}
			n = i;
		}
		int reached = matches.stream().mapToInt(Match::reached).max().orElse(0);
		if (n > 0 && n >= reached) {
			return done + text(first.subList(0, n)) + " ";
		}
		if (reached == 1 && n == 0) {
			String prefix = first.get(0);
			for (Match m : matches) {
				String w = m.words().get(0);
				int i = 0;
				while (i < Math.min(prefix.length(), w.length()) && prefix.charAt(i) == w.charAt(i)) {
					i++;
				}
				prefix = prefix.substring(0, i);
			}
			if (prefix.length() > fragment.length() && prefix.startsWith(fragment)) {
				return done + prefix;
			}
		}
		return typed;
	}

	private List<Match> matches(String done, String fragment, RegionKind last) {
		List<Match> out = new ArrayList<>();
		for (Candidate c : after(done, last)) {
			String first = c.words().get(0);
			if (!fragment.isEmpty() && first.charAt(0) != fragment.charAt(0) && !isSlot(first)) {
				continue; // the first letter decides most
			}
			List<String> filled = c.words().stream().anyMatch(Continuations::isSlot) ? new ArrayList<>(c.words()) : c.words();
			int reached = fit(fragment, 0, filled, 0);
			if (reached >= 0) {
				out.add(new Match(c, List.copyOf(filled), reached));
			}
		}
		return out;
	}

	/** @return the candidates after the words done; the last ones are kept, as typing a word does not change them */
	private List<Candidate> after(String done, RegionKind last) {
		String key = done.strip().toLowerCase(Locale.ROOT) + "|" + last + "|" + used.size();
		if (!key.equals(afterKey)) {
			afterList = candidates.after(Words.split(done), last);
			afterKey = key;
		}
		return afterList;
	}

	private static boolean isSlot(String word) {
		return word.equals(Candidates.NUMBER) || word.equals(Candidates.LEVEL);
	}

	/**
	 * Whether the rest of the unfinished word (from {@code at}) is the starts of
	 * the words from {@code word} on, each start at least one letter; a slot
	 * takes a whole number or level and is filled in {@code words}, and may
	 * follow the first letters of a field's name at once ({@code wt6}: worst level t6).
	 *
	 * @return how many words were reached, or -1 when the word does not fit
	 */
	private static int fit(String fragment, int at, List<String> words, int word) {
		if (at == fragment.length()) {
			return word;
		}
		if (word == words.size()) {
			return -1;
		}
		String w = words.get(word);
		String rest = fragment.substring(at);
		if (w.equals(Candidates.NUMBER) || w.equals(Candidates.LEVEL)) {
			Matcher m = (w.equals(Candidates.NUMBER) ? NUMBER : LEVEL).matcher(rest);
			if (m.lookingAt() && m.end() == rest.length()) {
				words.set(word, w.equals(Candidates.LEVEL) ? level(rest) : rest);
				return word + 1;
			}
			return -1;
		}
		int best = -1;
		String end = words.get(words.size() - 1);
		if (word > 0 && isSlot(end) && Character.isLetterOrDigit(rest.charAt(0))) {
			// the first letters of a field's name, then its number or level: the rest of the name is implied
			Matcher m = (end.equals(Candidates.NUMBER) ? NUMBER : LEVEL).matcher(rest);
			if (m.matches() && (end.equals(Candidates.NUMBER) || level(rest) != null)) {
				words.set(words.size() - 1, end.equals(Candidates.LEVEL) ? level(rest) : rest);
				best = word + 1; // the words skipped are not reached
			}
		}
		boolean slots = words.stream().anyMatch(Continuations::isSlot);
		for (int n = Math.min(w.length(), rest.length()); n >= 1; n--) {
			if (w.regionMatches(0, rest, 0, n)) {
				List<String> tried = slots ? new ArrayList<>(words) : words;
				int reached = fit(fragment, at + n, tried, word + 1);
				if (reached > best) {
					best = reached;
					for (int i = word + 1; slots && i < words.size(); i++) {
						words.set(i, tried.get(i));
					}
				}
			}
		}
		return best;
	}

	/**
	 * One match per effect, the shortest words of each, in order: phrases the
	 * unfinished word starts first, then phrases of this session's earlier
	 * phrases, then those whose words it reaches most ({@code pel}: posterior
	 * elements left), then shorter phrases, then A to Z.
	 */
	private List<Match> alternatives(List<Match> matches, String fragment) {
		Map<String, Match> best = new LinkedHashMap<>();
		for (Match m : matches) {
			best.merge(m.candidate().effect(), m, (a, b) -> b.reached() > a.reached()
					|| b.reached() == a.reached() && length(b) < length(a) ? b : a);
		}
		List<Match> out = new ArrayList<>(best.values());
		out.sort(Comparator.comparing((Match m) -> !text(m.words()).startsWith(fragment))
				.thenComparing(m -> !usedBefore(m)).thenComparingInt(m -> -m.reached()).thenComparingInt(Continuations::length).thenComparing(m -> text(m.words())));
		return out;
	}

	private boolean usedBefore(Match m) {
		List<String> words = visible(m.words());
		return !words.isEmpty() && used.stream().anyMatch(u -> java.util.Collections.indexOfSubList(u, words) >= 0);
	}

	private static int length(Match m) {
		return text(m.words()).length();
	}

	/** @return the words up to the first unfilled slot */
	private static List<String> visible(List<String> words) {
		for (int i = 0; i < words.size(); i++) {
			if (words.get(i).equals(Candidates.NUMBER) || words.get(i).equals(Candidates.LEVEL)) {
				return words.subList(0, i);
			}
		}
		return words;
	}

	/** @return words as typed: spaces between them, none between a segment letter and its number ({@code t1}) */
	static String text(List<String> words) {
		StringBuilder out = new StringBuilder();
		for (int i = 0; i < words.size(); i++) {
			String w = words.get(i);
			boolean glued = i > 0 && words.get(i - 1).matches("[a-z]") && Character.isDigit(w.charAt(0));
			out.append(i == 0 || glued ? "" : " ").append(w);
		}
		return out.toString();
	}

	/** @return a level typed as the language reads it ({@code l34} as {@code l3-4}), or null when it is none */
	static String level(String fragment) {
		if (!LEVEL.matcher(fragment).matches() && !fragment.matches("[ctls]\\d{1,2}[ctls]\\d{1,2}")) {
			return null;
		}
		Matcher compact = COMPACT_DISC.matcher(fragment);
		if (compact.matches() && Vertebra.parse(fragment).isEmpty()) {
			String upper = compact.group(1) + compact.group(2);
			String lower = compact.group(1) + compact.group(3);
			var u = Vertebra.parse(upper);
			var l = Vertebra.parse(lower);
			return u.isPresent() && l.isPresent() && u.get().hasDiscTo(l.get()) ? upper + "-" + compact.group(3) : null;
		}
		return fragment;
	}

	private static String done(String typed) {
		int cut = typed.length();
		while (cut > 0 && !Character.isWhitespace(typed.charAt(cut - 1))) {
			cut--;
		}
		return typed.substring(0, cut);
	}
}
