package org.spinerad.dicom;

import java.nio.file.Path;

/**
 * A value that was not read into memory (pixel data, or any value larger than
 * the reader's limit): where it is in its file.
 *
 * @param source       the file, or null when read from memory
 * @param offset       byte offset of the value (for encapsulated data: of the
 *                     first item tag)
 * @param length       length in bytes (for encapsulated data: up to and
 *                     including the sequence delimitation item)
 * @param encapsulated true for encapsulated (compressed) pixel data of
 *                     undefined length
 * @param fragments    number of items of encapsulated data (offset table
 *                     included); 0 for native data
 */
public record BulkData(Path source, long offset, long length, boolean encapsulated, int fragments) {
}
