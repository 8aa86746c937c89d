package org.spinerad.dicom;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import org.spinerad.dicom.internal.ByteSource;

/**
 * Reads DICOM Part 10 files: Explicit and Implicit VR Little Endian data sets
 * (and the Explicit VR Little Endian data sets of encapsulated transfer
 * syntaxes), sequences and items of defined and undefined length, pixel data
 * left in the file. Thread-safe (no state).
 */
public final class DicomReader {

	private DicomReader() {
	}

	/** Reads a file with {@link ReadOptions#DEFAULT} (pixel data skipped). */
	public static DicomFile read(Path file) throws IOException {
		return read(file, ReadOptions.DEFAULT);
	}

	/**
	 * Reads a file.
	 *
	 * @throws DicomException        for malformed or unsupported content, naming
	 *                               offset and tag
	 * @throws NoSuchFileException   when the file does not exist
	 * @throws IOException           when the file cannot be read
	 */
	public static DicomFile read(Path file, ReadOptions options) throws IOException {
		try (ByteSource in = ByteSource.of(file)) {
			return new Parser(in, file, options).readFile();
		}
	}

	/** Reads a Part 10 file held in memory. */
	public static DicomFile read(byte[] bytes) throws DicomException {
		return read(bytes, ReadOptions.DEFAULT);
	}

	/** Reads a Part 10 file held in memory. */
	public static DicomFile read(byte[] bytes, ReadOptions options) throws DicomException {
		try (ByteSource in = ByteSource.of(bytes)) {
			return new Parser(in, null, options).readFile();
		} catch (DicomException e) {
			throw e;
		} catch (IOException e) {
			throw new DicomException("cannot read: " + e, -1, null);
		}
	}
}
