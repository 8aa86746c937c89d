package org.spinerad.dictation;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Offline speech recognition constrained to a template's phrase language.
 * Audio is recognized on this machine and never stored by the recognizer.
 */
public interface SpeechRecognizer {

	/**
	 * @return null when the recognizer can run here, else a message saying what is
	 *         missing and how to install it
	 */
	String unavailableReason();

	/**
	 * @param wav        16 kHz mono 16-bit PCM WAV audio of one utterance
	 * @param templateId the template whose phrase language constrains what is heard
	 * @throws IOException when the recognizer fails or does not finish in time
	 */
	Recognition recognize(Path wav, String templateId) throws IOException;

	/**
	 * Starts listening to the default audio input (16 kHz mono through Java
	 * Sound) and recognizing while the user speaks.
	 *
	 * @param templateId the template whose phrase language constrains what is heard
	 * @throws IOException with a message for users when there is no microphone or no recognizer
	 */
	Listening listen(String templateId) throws IOException;
}
