package org.spinerad.dicom.report;

import java.util.List;

/**
 * What an import found.
 *
 * @param studies  the studies, in order of study date then UID
 * @param badFiles the files not imported, with their reasons, by path
 * @param filesRead number of files looked at
 */
public record ImportResult(List<ImportedStudy> studies, List<BadFile> badFiles, int filesRead) {
}
