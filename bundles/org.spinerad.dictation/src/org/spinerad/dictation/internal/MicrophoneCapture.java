package org.spinerad.dictation.internal;

import java.io.IOException;

import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.DataLine;
import javax.sound.sampled.LineUnavailableException;
import javax.sound.sampled.TargetDataLine;

/**
 * Push-to-talk capture from the default input through Java Sound at 16 kHz,
 * 16-bit mono, the format the recognizer needs. Samples go to a sink as they
 * are captured (the recognizer decodes them meanwhile); nothing is kept.
 */
final class MicrophoneCapture {

	/** The recognizer's format: 16 kHz, 16-bit, mono, signed little-endian. */
	static final AudioFormat FORMAT = new AudioFormat(16_000f, 16, 1, true, false);

	/** Where captured samples go. */
	interface Sink {
		void write(byte[] samples, int offset, int length);
	}

	private TargetDataLine line;
	private Thread reader;

	/**
	 * Starts capturing.
	 *
	 * @throws IOException with a message for users when there is no microphone
	 */
	synchronized void start(Sink sink) throws IOException {
		DataLine.Info info = new DataLine.Info(TargetDataLine.class, FORMAT);
		if (!AudioSystem.isLineSupported(info)) {
			throw new IOException("no microphone: no audio input records 16 kHz mono here; connect a microphone "
					+ "or check the system's sound settings, or type the phrase");
		}
		try {
			line = (TargetDataLine) AudioSystem.getLine(info);
			line.open(FORMAT);
		} catch (LineUnavailableException | IllegalArgumentException | SecurityException e) {
			throw new IOException("the microphone cannot be opened (" + e.getMessage()
					+ "); close other programs using it, or type the phrase", e);
		}
		line.start();
		TargetDataLine open = line;
		reader = new Thread(() -> {
			byte[] buffer = new byte[3200]; // a tenth of a second
			while (open.isOpen()) {
				int n = open.read(buffer, 0, buffer.length);
				if (n <= 0) {
					break;
				}
				sink.write(buffer, 0, n);
			}
		}, "dictation-microphone");
		reader.setDaemon(true);
		reader.start();
	}

	/** Stops capturing; the sink has every sample captured when this returns. */
	synchronized void stop() {
		if (line == null) {
			return;
		}
		line.stop(); // the reader takes what is still buffered, then reads nothing and ends
		try {
			reader.join(1000);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		line.close();
		line = null;
	}
}
