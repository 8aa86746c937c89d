package org.spinerad.dictation.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The samples of a 16 kHz mono 16-bit PCM WAV file, checked before they reach the recognizer. */
final class Wav {

	/** Sample rate the acoustic model was trained on. */
	static final int RATE = 16_000;
	/** Shorter audio (a tenth of a second) holds no phrase and is not decoded. */
	static final int SHORTEST = RATE / 10 * 2;

	private Wav() {
	}

	/** @throws IOException when the file is not a 16 kHz mono 16-bit PCM WAV file */
	static byte[] samples(Path wav) throws IOException {
		ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(wav)).order(ByteOrder.LITTLE_ENDIAN);
		if (b.remaining() < 12 || b.getInt(0) != 0x46464952 || b.getInt(8) != 0x45564157) {
			throw new IOException(wav.getFileName() + " is not a WAV file; record 16 kHz mono 16-bit WAV");
		}
		int pos = 12;
		boolean format = false;
		while (pos + 8 <= b.limit()) {
			int id = b.getInt(pos);
			int size = b.getInt(pos + 4);
			int body = pos + 8;
			if (size < 0 || body + (long) size > b.limit()) {
				size = b.limit() - body; // a header written before the length was known
			}
			if (id == 0x20746d66) { // "fmt "
				int encoding = b.getShort(body) & 0xffff;
				int channels = b.getShort(body + 2);
				int rate = b.getInt(body + 4);
				int bits = b.getShort(body + 14);
				if (encoding != 1 || channels != 1 || rate != RATE || bits != 16) {
					throw new IOException(wav.getFileName() + " is " + rate + " Hz, " + channels + " channel(s), " + bits
							+ " bit (format " + encoding + "); the recognizer needs 16 kHz mono 16-bit PCM, e.g. 'sox IN -r 16000 -c 1 -b 16 OUT.wav'");
				}
				format = true;
			} else if (id == 0x61746164) { // "data"
				if (!format) {
					break;
				}
				return Arrays.copyOfRange(b.array(), body, body + (size & ~1));
			}
			pos = body + size + (size & 1);
		}
		throw new IOException(wav.getFileName() + " has no 16 kHz mono 16-bit PCM audio; record 16 kHz mono 16-bit WAV");
	}

	/** @return whether no sample reaches one percent of full scale: silence, nothing to decode */
	static boolean silent(byte[] samples) {
		for (int i = 0; i + 1 < samples.length; i += 2) {
			int v = (short) ((samples[i] & 0xff) | samples[i + 1] << 8);
			if (Math.abs(v) > 327) {
				return false;
			}
		}
		return true;
	}

	/**
	 * The loudness of audio frame by frame, to tell speech from a steady sound:
	 * speech rises and falls with its syllables and pauses, while hiss, hum or
	 * a fan stays within a few decibels.
	 */
	static final class Loudness {

		/** A 10 ms frame at 16 kHz. */
		private static final int FRAME = RATE / 100;
		/** Least spread between loud and quiet frames of speech (sox's noises: 1 to 8 dB, spoken phrases: over 30). */
		static final double LEAST_SPEECH_SPREAD_DB = 15;

		private final List<Double> decibels = new ArrayList<>();
		/** The frames' decibels in order, made once after the last samples came. */
		private double[] sorted;
		private double sum;
		private int count;

		/** Adds 16-bit little-endian samples. */
		void add(byte[] samples, int offset, int length) {
			for (int i = offset; i + 1 < offset + length; i += 2) {
				int v = (short) ((samples[i] & 0xff) | samples[i + 1] << 8);
				sum += (double) v * v;
				if (++count == FRAME) {
					decibels.add(10 * Math.log10(sum / FRAME + 1));
					sorted = null;
					sum = 0;
					count = 0;
				}
			}
		}

		private double[] sorted() {
			if (sorted == null) {
				sorted = decibels.stream().mapToDouble(Double::doubleValue).sorted().toArray();
			}
			return sorted;
		}

		/** @return the loudness below which so many tenths of the frames lie */
		private double tenths(int tenths) {
			double[] s = sorted();
			return s[s.length * tenths / 10];
		}

		/** @return decibels between the loudest and the quietest tenth of the frames */
		double spread() {
			return decibels.size() < 10 ? 0 : tenths(9) - tenths(1);
		}

		/** @return the frames within 20 dB of the loudest tenth: those that hold the speech, if any */
		int loudFrames() {
			if (decibels.isEmpty()) {
				return 0;
			}
			double top = tenths(9);
			return (int) Arrays.stream(sorted()).filter(d -> d >= top - 20).count();
		}

		/** @return whether the audio stays about as loud throughout: a steady noise, no speech */
		boolean steady() {
			return spread() < LEAST_SPEECH_SPREAD_DB;
		}
	}

	/** Half a second of silence as a WAV file, to start a decoder. */
	static Path silence() throws IOException {
		Path file = Files.createTempFile("spinerad-silence-", ".wav");
		int n = RATE; // half a second of 16-bit samples
		ByteBuffer b = ByteBuffer.allocate(44 + n).order(ByteOrder.LITTLE_ENDIAN);
		b.putInt(0x46464952).putInt(36 + n).putInt(0x45564157).putInt(0x20746d66).putInt(16).putShort((short) 1)
				.putShort((short) 1).putInt(RATE).putInt(RATE * 2).putShort((short) 2).putShort((short) 16)
				.putInt(0x61746164).putInt(n);
		Files.write(file, b.array());
		file.toFile().deleteOnExit();
		return file;
	}
}
