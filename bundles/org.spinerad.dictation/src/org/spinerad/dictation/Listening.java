package org.spinerad.dictation;

import java.io.IOException;

/**
 * Speech being recognized while it is spoken (push-to-talk held): the
 * recognizer decodes the audio as it arrives, so only its last moment is left
 * to decode when the speaker stops.
 */
public interface Listening {

	/**
	 * Stops listening and finishes recognition.
	 *
	 * @return what was heard; nothing when the speech was not in the phrase language
	 * @throws IOException when the recognizer fails or does not finish in time
	 */
	Recognition stop() throws IOException;

	/** Stops listening and drops what was heard so far. */
	void cancel();
}
