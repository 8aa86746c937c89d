package org.spinerad.dictation.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.DataLine;
import javax.sound.sampled.LineUnavailableException;
import javax.sound.sampled.TargetDataLine;

/**
 * Push-to-talk capture from the default input through Java Sound at 16 kHz,
 * 16-bit mono, the format the recognizer needs. Audio is held in memory;
 * {@link #stop()} writes it to a private temporary file for the recognizer,
 * which the caller deletes right after recognition.
 */
public final class MicrophoneCapture {

	/** The recognizer's format: 16 kHz, 16-bit, mono, signed little-endian. */
	public static final AudioFormat FORMAT = new AudioFormat(16_000f, 16, 1, true, false);

	private TargetDataLine line;
	private final ByteArrayOutputStream audio = new ByteArrayOutputStream();
	private Thread reader;

	/**
	 * Starts capturing.
	 *
	 * @throws IOException with a message for users when there is no microphone
	 */
	public synchronized void start() throws IOException {
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
		audio.reset();
		line.start();
		TargetDataLine open = line;
		reader = new Thread(() -> {
			byte[] buffer = new byte[3200];
			while (open.isOpen()) {
				int n = open.read(buffer, 0, buffer.length);
				if (n <= 0) {
					break;
				}
				synchronized (audio) {
					audio.write(buffer, 0, n);
				}
			}
		}, "dictation-microphone");
		reader.setDaemon(true);
		reader.start();
	}

	/**
	 * Stops capturing.
	 *
	 * @return a private temporary WAV file of the utterance; delete it after recognition
	 */
	public synchronized Path stop() throws IOException {
		if (line == null) {
			throw new IOException("not recording");
		}
		line.stop();
		line.close();
		try {
			reader.join(1000);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		line = null;
		byte[] bytes;
		synchronized (audio) {
			bytes = audio.toByteArray();
			audio.reset();
		}
		Path wav = Files.createTempFile("dictation-", ".wav",
				PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
		try (AudioInputStream in = new AudioInputStream(new ByteArrayInputStream(bytes), FORMAT, bytes.length / 2)) {
			AudioSystem.write(in, AudioFileFormat.Type.WAVE, wav.toFile());
		}
		return wav;
	}
}
