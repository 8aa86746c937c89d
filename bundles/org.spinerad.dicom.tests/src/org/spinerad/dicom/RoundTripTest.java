package org.spinerad.dicom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.spinerad.dicom.testing.Tools;

/** Write, read back, compare; and DCMTK reads every file we write. */
class RoundTripTest {

	@TempDir
	Path dir;

	@ParameterizedTest
	@ValueSource(booleans = { false, true })
	void madeDataSetSurvivesWriteAndRead(boolean undefined) throws Exception {
		DataSet ds = Samples.made();
		DicomWriter writer = undefined ? DicomWriter.undefinedLengths() : DicomWriter.definedLengths();
		Path file = dir.resolve("made.dcm");
		writer.write(ds, file);
		DicomFile back = DicomReader.read(file);
		assertEquals(UIDs.EXPLICIT_VR_LITTLE_ENDIAN, back.transferSyntax());
		assertEquals(UIDs.IMPLEMENTATION_CLASS_UID, back.meta().getString(Tag.ImplementationClassUID));
		assertEquals(ds.getString(Tag.SOPInstanceUID), back.meta().getString(Tag.MediaStorageSOPInstanceUID));
		assertEquals(ds.toString(), back.dataSet().toString());
		assertEquals("1.2.3", back.dataSet().getString(Tag.StudyInstanceUID));
		assertEquals(6, back.dataSet().get(Tag.StudyInstanceUID).bytes().length, "padded to even length");
		assertEquals(0, back.dataSet().get(Tag.StudyInstanceUID).bytes()[5]);
		String dump = Tools.dcmdump(file);
		assertTrue(dump.contains(undefined ? "Sequence with undefined length" : "Sequence with explicit length"), dump);
		assertTrue(dump.contains("FileMetaInformationGroupLength"), dump);
	}

	@ParameterizedTest
	@ValueSource(strings = { "+te", "+ti", "+te -e", "+ti -e" })
	void dcmtkFilesSurviveOurRewriteWithPixelData(String options) throws Exception {
		Path source = Samples.mr(dir, "mr.dcm", options.split(" "));
		DicomFile read = DicomReader.read(source);
		Path copy = dir.resolve("copy.dcm");
		DicomWriter.definedLengths().write(read.dataSet(), copy);
		Tools.dcmdump(copy);
		DicomFile again = DicomReader.read(copy, ReadOptions.EVERYTHING);
		DataSet original = DicomReader.read(source, ReadOptions.EVERYTHING).dataSet();
		for (Element e : original) {
			Element other = again.dataSet().get(e.tag());
			assertEquals(e.isSequence(), other.isSequence(), Tag.describe(e.tag()));
			if (!e.isSequence()) {
				assertEquals(java.util.Arrays.toString(e.bytes()), java.util.Arrays.toString(other.bytes()),
						Tag.describe(e.tag()));
			}
		}
		assertEquals(original.getSequence(Tag.ReferencedSeriesSequence).toString(),
				again.dataSet().getSequence(Tag.ReferencedSeriesSequence).toString());
		// dcmdump compares pixel values: the copied pixel data is the same
		assertTrue(Tools.dcmdump(copy).contains("0001\\0002\\0003\\0004"));
	}
}
