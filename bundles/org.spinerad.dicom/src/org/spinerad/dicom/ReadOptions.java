package org.spinerad.dicom;

/**
 * What the reader keeps in memory.
 *
 * @param skipPixelData  leave Pixel Data, Float Pixel Data and Double Float
 *                       Pixel Data (7FE0,0010/0008/0009) in the file as
 *                       {@link BulkData} instead of reading them
 * @param bulkDataLimit  any other value longer than this many bytes is left
 *                       in the file as {@link BulkData} too
 * @param maxDepth       deepest nesting of sequences accepted (deeper input
 *                       is an error, never a stack overflow)
 * @param stopAtPixelData stop reading at Pixel Data: nothing after it (trailing
 *                       padding, signatures) is read, and a truncated pixel
 *                       data value is not noticed
 */
public record ReadOptions(boolean skipPixelData, int bulkDataLimit, int maxDepth, boolean stopAtPixelData) {

	/** Skip pixel data, keep values up to 16 MiB, nest up to 64 levels. */
	public static final ReadOptions DEFAULT = new ReadOptions(true, 16 << 20, 64, false);

	/** Read everything into memory (pixel data too), up to 1 GiB a value. */
	public static final ReadOptions EVERYTHING = new ReadOptions(false, 1 << 30, 64, false);

	public ReadOptions {
		if (bulkDataLimit < 0 || maxDepth < 1) {
			throw new IllegalArgumentException("bulkDataLimit >= 0 and maxDepth >= 1 needed");
		}
	}
}
