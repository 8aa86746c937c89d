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
}
