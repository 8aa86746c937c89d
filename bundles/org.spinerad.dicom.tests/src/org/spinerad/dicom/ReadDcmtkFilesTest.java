package org.spinerad.dicom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.spinerad.dicom.testing.Tools;

/** Reads files written by DCMTK's dump2dcm in each encoding the codec supports. */
class ReadDcmtkFilesTest {

	@TempDir
	Path dir;

	@ParameterizedTest
	@ValueSource(strings = { "+te", "+ti", "+te -e", "+ti -e" })
	void readsEveryEncodingOfDump2dcm(String options) throws Exception {
		Path file = Samples.mr(dir, "mr.dcm", options.split(" "));
		DicomFile dicom = DicomReader.read(file);
		String expectedTs = options.startsWith("+ti") ? UIDs.IMPLICIT_VR_LITTLE_ENDIAN : UIDs.EXPLICIT_VR_LITTLE_ENDIAN;
		assertEquals(expectedTs, dicom.transferSyntax());
		assertEquals(UIDs.MR_IMAGE_STORAGE, dicom.sopClassUid());
		DataSet ds = dicom.dataSet();
		assertEquals("DOE^JANE", ds.getString(Tag.PatientName));
		assertArrayEquals(new String[] { "ORIGINAL", "PRIMARY", "M", "ND" }, ds.getStrings(Tag.ImageType));
		assertEquals(LocalDate.of(2026, 11, 2), ds.getDate(Tag.StudyDate));
		assertEquals(LocalTime.of(8, 40, 0, 123_000_000), ds.getTime(Tag.StudyTime));
		assertEquals(68.5, ds.getDouble(Tag.PatientWeight));
		assertEquals(1.5, ds.getDouble(Tag.MagneticFieldStrength));
		assertEquals(7, ds.getInt(Tag.SeriesNumber));
		assertEquals(2, ds.getInt(Tag.Rows));
		assertEquals(12, ds.getInt(Tag.BitsStored));
		assertArrayEquals(new double[] { 0, 1, 0, 0, 0, -1 }, ds.getDoubles(Tag.ImageOrientationPatient));
		assertEquals("private value", ds.getString(Tag.of(0x0009, 0x1001)));

		List<DataSet> series = ds.getSequence(Tag.ReferencedSeriesSequence);
		assertEquals(2, series.size(), "two items, the second empty");
		assertEquals(0, series.get(1).size());
		DataSet nested = series.get(0).getItem(Tag.ReferencedSOPSequence);
		assertEquals("1.2.3.4.5", nested.getString(Tag.ReferencedSOPInstanceUID));
		assertEquals(series.get(0), nested.parent());

		BulkData pixels = ds.getBulkData(Tag.PixelData);
		assertNotNull(pixels, "pixel data left in the file");
		assertEquals(8, pixels.length());
		byte[] all = Files.readAllBytes(file);
		assertEquals(1, all[(int) pixels.offset()]);
		assertEquals(4, all[(int) pixels.offset() + 6]);
		assertNull(ds.getBytes(Tag.PixelData));
	}

	@ParameterizedTest
	@ValueSource(strings = { "+te", "+ti -e" })
	void readsPixelDataWhenAsked(String options) throws Exception {
		Path file = Samples.mr(dir, "mr.dcm", options.split(" "));
		DataSet ds = DicomReader.read(file, ReadOptions.EVERYTHING).dataSet();
		assertArrayEquals(new byte[] { 1, 0, 2, 0, 3, 0, 4, 0 }, ds.getBytes(Tag.PixelData));
	}

	@ParameterizedTest
	@ValueSource(strings = { "+te", "+ti", "+te -e" })
	void ourDumpMatchesWhatDcmdumpSees(String options) throws Exception {
		Path file = Samples.mr(dir, "mr.dcm", options.split(" "));
		String dcmdump = Tools.dcmdump(file);
		DataSet ds = DicomReader.read(file).dataSet();
		for (Element e : ds) {
			String tag = Tag.toString(e.tag()).toLowerCase(java.util.Locale.ROOT);
			assertTrue(dcmdump.contains(tag), () -> tag + " missing in dcmdump:\n" + dcmdump);
			if (e.vr().isText() && !e.isEmpty() && e.tag() != Tag.SpecificCharacterSet // +U8 rewrites it
					&& e.vr() != VR.UI) { // printed by name when known
				String value = String.join("\\", ds.getStrings(e.tag()));
				assertTrue(dcmdump.contains("[" + value), () -> tag + " [" + value + " not in\n" + dcmdump); // dcmdump shows padding
			}
		}
	}
}
