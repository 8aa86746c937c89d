package org.spinerad.dictation;

import java.util.List;

/**
 * What one utterance did.
 *
 * @param utterance the text that was interpreted
 * @param edits     the fields set, in the order spoken; empty when nothing was understood
 * @param unplaced  the words or phrases that could not be placed in a field, each with the
 *                  reason; they are kept verbatim in the finding's remark when a finding was edited
 * @param applied   whether the edit was executed as one command on the editing domain
 */
public record DictationResult(String utterance, List<Edit> edits, List<String> unplaced, boolean applied) {

	public DictationResult {
		edits = List.copyOf(edits);
		unplaced = List.copyOf(unplaced);
	}

	/** @return whether anything at all was understood */
	public boolean understood() {
		return !edits.isEmpty();
	}
}
