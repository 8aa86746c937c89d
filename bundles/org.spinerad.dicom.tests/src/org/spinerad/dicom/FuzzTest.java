package org.spinerad.dicom;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bounded fuzzing: mutates valid files (made by dump2dcm and by us) in tens
 * of thousands of deterministic ways. Every case must end in a result or a
 * {@link DicomException}; no other exception, no hang (the whole run has a
 * hard time limit), no out-of-memory. What parses must also survive our
 * accessors, and our writer and reader.
 */
class FuzzTest {

	private static final int CASES = 40_000;
	private static final long SEED = 20261126L;

	@TempDir
	Path dir;

	@Test
	void mutatedFilesGiveResultsOrClearErrorsOnly() throws Exception {
		List<byte[]> seeds = seeds();
		int[] outcome = new int[3]; // parsed, DicomException, written back
		assertTimeoutPreemptively(Duration.ofSeconds(90), () -> {
			Random random = new Random(SEED);
			for (int n = 0; n < CASES; n++) {
				byte[] seed = seeds.get(n % seeds.size());
				byte[] input = mutate(seed, random);
				try {
					DicomFile file = DicomReader.read(input, n % 2 == 0 ? ReadOptions.DEFAULT : ReadOptions.EVERYTHING);
					outcome[0]++;
					exercise(file.dataSet());
					if (writeBack(file)) {
						outcome[2]++;
					}
				} catch (DicomException expected) {
					outcome[1]++;
					if (expected.getMessage() == null || expected.getMessage().isBlank()) {
						fail("case " + n + ": empty message");
					}
				} catch (Throwable t) {
					Path saved = dir.resolve("case-" + n + ".dcm");
					Files.write(saved, input);
					throw new AssertionError("case " + n + " (seed " + SEED + ") threw " + t + "; input kept at " + saved,
							t);
				}
			}
		});
		assertTrue(outcome[0] > CASES / 20 && outcome[1] > CASES / 5,
				"both outcomes occur: parsed " + outcome[0] + ", rejected " + outcome[1]);
		System.out.printf("fuzz: %d cases, %d parsed (%d written back), %d rejected with DicomException%n", CASES,
				outcome[0], outcome[2], outcome[1]);
	}

	private List<byte[]> seeds() throws Exception {
		List<byte[]> seeds = new ArrayList<>();
		for (String options : new String[] { "+te", "+ti", "+te -e", "+ti -e" }) {
			seeds.add(Files.readAllBytes(Samples.mr(dir, "seed.dcm", options.split(" "))));
		}
		seeds.add(DicomWriter.definedLengths().toBytes(Samples.made()));
		seeds.add(DicomWriter.undefinedLengths().toBytes(Samples.made()));
		return seeds;
	}

	private static final long[] LENGTHS = { 0, 1, 2, 3, 0xFF, 0xFFFF, 0x7FFFFFFFL, 0x80000000L, 0xFFFFFFFEL,
			0xFFFFFFFFL };

	static byte[] mutate(byte[] seed, Random random) {
		byte[] b = seed.clone();
		switch (random.nextInt(7)) {
		case 0 -> { // flip a few bytes after the preamble
			for (int i = random.nextInt(4) + 1; i > 0; i--) {
				b[132 + random.nextInt(b.length - 132)] = (byte) random.nextInt(256);
			}
		}
		case 1 -> { // an extreme 32-bit value (lengths)
			int at = 132 + random.nextInt(b.length - 136);
			long v = LENGTHS[random.nextInt(LENGTHS.length)];
			b[at] = (byte) v;
			b[at + 1] = (byte) (v >> 8);
			b[at + 2] = (byte) (v >> 16);
			b[at + 3] = (byte) (v >> 24);
		}
		case 2 -> { // an extreme 16-bit value
			int at = 132 + random.nextInt(b.length - 134);
			long v = LENGTHS[random.nextInt(LENGTHS.length)];
			b[at] = (byte) v;
			b[at + 1] = (byte) (v >> 8);
		}
		case 3 -> { // truncate
			b = Arrays.copyOf(b, random.nextInt(b.length));
		}
		case 4 -> { // delete a chunk
			int from = 132 + random.nextInt(b.length - 132);
			int to = Math.min(b.length, from + 1 + random.nextInt(64));
			byte[] out = new byte[b.length - (to - from)];
			System.arraycopy(b, 0, out, 0, from);
			System.arraycopy(b, to, out, from, b.length - to);
			b = out;
		}
		case 5 -> { // duplicate a chunk
			int from = 132 + random.nextInt(b.length - 132);
			int to = Math.min(b.length, from + 1 + random.nextInt(64));
			int length = to - from;
			byte[] out = new byte[b.length + length];
			System.arraycopy(b, 0, out, 0, to);
			System.arraycopy(b, from, out, to, length);
			System.arraycopy(b, to, out, to + length, b.length - to);
			b = out;
		}
		default -> { // make a length undefined or tags special
			int at = 132 + random.nextInt(b.length - 136);
			int[] special = { Tag.Item, Tag.ItemDelimitationItem, Tag.SequenceDelimitationItem, Tag.PixelData,
					Tag.SpecificCharacterSet, Tag.ContentSequence };
			int tag = special[random.nextInt(special.length)];
			b[at] = (byte) (tag >>> 16);
			b[at + 1] = (byte) (tag >>> 24);
			b[at + 2] = (byte) tag;
			b[at + 3] = (byte) (tag >>> 8);
		}
		}
		return b;
	}

	/** Calls the typed accessors on every element; only DicomValueException may come out. */
	static void exercise(DataSet ds) {
		for (Element e : ds) {
			try {
				if (e.isSequence()) {
					e.items().forEach(FuzzTest::exercise);
				} else if (e.vr().isText()) {
					ds.getStrings(e.tag());
					switch (e.vr()) {
					case DA -> ds.getDate(e.tag());
					case TM -> ds.getTime(e.tag());
					case DS -> ds.getDoubles(e.tag());
					case IS -> ds.getInts(e.tag());
					default -> {
					}
					}
				} else if (e.vr() == VR.US || e.vr() == VR.SS || e.vr() == VR.UL || e.vr() == VR.SL) {
					ds.getInts(e.tag());
				} else if (e.vr() == VR.FL || e.vr() == VR.FD) {
					ds.getDoubles(e.tag());
				}
			} catch (DicomValueException expected) {
				// a clear error about one value
			}
		}
		ds.toString();
	}

	/** What we parsed we can write, and read again. */
	static boolean writeBack(DicomFile file) throws IOException {
		byte[] written;
		try {
			written = DicomWriter.definedLengths().toBytes(file.dataSet());
		} catch (IllegalArgumentException noSopUids) {
			return false;
		} catch (IOException encapsulatedOrNoSource) {
			return false;
		}
		try {
			DicomReader.read(written, ReadOptions.EVERYTHING);
		} catch (DicomException e) {
			throw new AssertionError("we cannot read what we wrote: " + e.getMessage(), e);
		}
		return true;
	}
}
