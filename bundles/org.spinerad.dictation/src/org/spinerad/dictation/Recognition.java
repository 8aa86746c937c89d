package org.spinerad.dictation;

/**
 * What a speech recognizer heard.
 *
 * @param text       the words heard, in the phrase language and written as typed ({@code L4-L5},
 *                   {@code 20}); empty when nothing in it was heard
 * @param confidence from 0 to 1, how well the speech fits the words heard; given also when it was
 *                   too poor to take them (the text is then empty)
 * @param millis     how long recognition took, from the end of the audio
 */
public record Recognition(String text, double confidence, long millis) {

	/** @return whether anything in the phrase language was heard */
	public boolean heard() {
		return !text.isBlank();
	}
}
