package org.spinerad.dictation;

import java.util.List;

/**
 * Dictation into one open report. The session remembers the finding named
 * last, so a following phrase that names only a field ("rim quality thick
 * irregular") sets that field on it.
 */
public interface DictationSession {

	/**
	 * Interprets one utterance and applies it as one undoable command on the
	 * report's editing domain. Nothing is changed when nothing was understood.
	 */
	DictationResult apply(String utterance);

	/**
	 * Interprets one utterance without changing the report.
	 */
	DictationResult preview(String utterance);

	/**
	 * @param typed the phrase typed so far
	 * @return the words that may follow, best first (the last, unfinished word completed)
	 */
	List<String> complete(String typed);

	/**
	 * The continuations the phrase language allows after what was typed, each
	 * with the whole line it gives. The unfinished word may be the first letters
	 * of a phrase's words run together ({@code cpc} for {@code convex posterior
	 * cortex}, {@code t1rd} for {@code t1 reference disc}); only phrases that fit
	 * the region and the fields named so far are proposed, and phrases that set
	 * the same fields to the same values are proposed once.
	 *
	 * @param typed the phrase typed so far, the caret at its end
	 * @return the proposals, best first
	 */
	List<Proposal> proposals(String typed);

	/**
	 * What Tab does: the unfinished word expanded to the longest continuation
	 * that every proposal agrees on (whole words, a space after them), or to the
	 * longer common start of the next word; a level typed compactly
	 * ({@code l34}) is written as the language reads it ({@code l3-4}).
	 *
	 * @param typed the phrase typed so far, the caret at its end
	 * @return the new phrase line; the same text when the continuation is not unambiguous
	 */
	String expand(String typed);
}
