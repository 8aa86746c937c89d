package org.spinerad.dicom.report;

import java.nio.file.Path;

/**
 * A file that was not imported, and why (the codec's message names offset and
 * tag for malformed files).
 *
 * @param file   the file
 * @param reason one line: what is wrong
 */
public record BadFile(Path file, String reason) {
}
